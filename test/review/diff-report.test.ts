import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AccessMode, ConnectivityIntent, ConnectivityOptions, ConnectivityPolicy, DiffMatch, Emit, FlowDirection } from '../../lib';
import { ConnectivityDiff, SynthesizedArtifact } from '../../lib/review';
import { awsTemplate } from './aws-stack';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The connectivity diff's verdict: which constructs under new paths are paired, which stacks count as
 * changed, when a diff is identical or passes, its failure reasons and result line, the recorded
 * options it names, and how it names stacks read from paths.
 */
type Json = Record<string, unknown>;

const OPTIONS: ConnectivityOptions = { mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] };

/** A construct's security group at `path` with the policy's rules and extra ingress rules, and separate rules joining it. */
function agent(path: string, opts: { options?: ConnectivityOptions; inline?: Json[]; shared?: Json[] } = {}): Record<string, Json> {
  const policy = ConnectivityPolicy.resolve(opts.options ?? OPTIONS, path);
  const rules = (d: FlowDirection) => policy.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  const id = path.replace(/\W/g, '');
  const shared = (opts.shared ?? []).map((rule, i) => [
    `${id}Shared${i}`,
    { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': [id, 'GroupId'] }, ...rule } },
  ]);
  return {
    [id]: awsGroup([...rules(FlowDirection.INGRESS), ...(opts.inline ?? [])], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.record(policy, path, 'aws', Emit.SECURITY_GROUP),
    }),
    ...Object.fromEntries(shared),
  };
}

function stack(name: string, ...parts: Array<Record<string, Json>>): SynthesizedArtifact {
  return SynthesizedArtifact.fromObject(cfnTemplate(Object.assign({}, ...parts)), name);
}

/** A group with an intent record whose options do not resolve: a problem of the review. */
function broken(path: string): Record<string, Json> {
  const record = ConnectivityIntent.record(ConnectivityPolicy.resolve(OPTIONS, path), path, 'aws', Emit.SECURITY_GROUP);
  return {
    Broken: awsGroup([], [CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: { ...record, options: { ...record.options, mode: 'everything' } } }),
  };
}

const matches = (diff: ConnectivityDiff) => diff.stacks.flatMap((s) => s.constructs.map((c) => [c.constructPath, c.match]));

describe('constructs under a new path', () => {
  test('are not paired when the same flows are opened by rules of another kind', () => {
    const ssh = tcpRule('10.50.0.0/16', 22);
    const unresolved = tcpRule({ Ref: 'Admin' }, 22);
    for (const rule of [ssh, unresolved]) {
      const diff = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Old', { inline: [rule] }))], [stack('S', agent('S/New', { shared: [rule] }))]);
      expect(diff.stacks[0].sameConnectivity).toBe(true);
      expect(matches(diff)).toEqual([
        ['S/New', DiffMatch.ADDED],
        ['S/Old', DiffMatch.REMOVED],
      ]);
    }
    const same = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Old', { inline: [ssh] }))], [stack('S', agent('S/New', { inline: [ssh] }))]);
    expect(matches(same)).toEqual([['S/New', DiffMatch.MOVED]]);
  });
});

describe('what the diff counts', () => {
  test('a problem both sides have is not new; one only the head has fails the diff, even with the same connectivity', () => {
    const both = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Agent'), broken('S/Broken'))], [stack('S', agent('S/Agent'), broken('S/Broken'))]);
    expect([both.newProblems, both.identical, both.passed]).toEqual([0, true, true]);

    const diff = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Agent'))], [stack('S', agent('S/Agent'), broken('S/Broken'))]);
    expect([diff.newProblems, diff.identical, diff.passed]).toEqual([1, false, false]);
    expect(diff.summary).toBe('Connectivity diff FAILED: 0 of 1 stack(s) changed; 1 new problem(s).');
    expect(diff.failureReasons()).toEqual([
      'S: new problem: the intent record of S/Broken does not resolve: Invalid backup agent connectivity options at \'S/Broken\':\n  - mode: must be one of broad, minimal, hosts (got "everything")',
    ]);
  });

  test('an added stack is a change even when it lets nothing through', () => {
    const closed = { Closed: awsGroup([], [CDK_NO_EGRESS]) };
    const diff = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Agent'))], [stack('S', agent('S/Agent')), stack('Closed', closed)]);
    expect(diff.stacks.map((s) => [s.stack, s.match, s.sameConnectivity, s.opened.length])).toEqual([
      ['S', DiffMatch.MATCHED, true, 0],
      ['Closed', DiffMatch.ADDED, false, 0],
    ]);
    expect(diff.identical).toBe(false);
    expect(diff.summary).toBe('Connectivity diff passed: 1 of 2 stack(s) changed.');
  });

  test("a stack whose other groups changed is changed, though its constructs' connectivity is the same", () => {
    const other = { Other: awsGroup([tcpRule('10.50.0.0/16', 22)], [CDK_NO_EGRESS]) };
    const diff = ConnectivityDiff.ofArtifacts([stack('S', agent('S/Agent'))], [stack('S', agent('S/Agent'), other)]);
    expect(diff.stacks[0].constructs.map((c) => c.unchanged)).toEqual([true]);
    expect([diff.stacks[0].sameConnectivity, diff.identical]).toEqual([false, false]);
    expect(diff.summary).toBe('Connectivity diff passed: 1 of 1 stack(s) changed.');
  });

  test('recorded lists are named one by one, and an empty one as a dash', () => {
    const diff = ConnectivityDiff.ofArtifacts(
      [stack('S', agent('S/Agent', { options: { mode: AccessMode.MINIMAL } }))],
      [stack('S', agent('S/Agent', { options: { mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15', '10.200.90.16'] } }))],
    );
    expect(diff.stacks[0].constructs[0].intentChanges).toEqual(['vaultCidrs: — → 10.200.90.15/32, 10.200.90.16/32']);
  });
});

describe('failure reasons and the result line', () => {
  test("an added construct's stateless replies fail no diff, not even a strict one", () => {
    const head = awsTemplate({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'], emit: Emit.BOTH }) as Json;
    const diff = ConnectivityDiff.ofArtifacts([stack('Agents')], [SynthesizedArtifact.fromObject(head, 'Agents')]);
    expect(diff.stacks[0].constructs[0].openingsAppeared.length).toBeGreaterThan(0);
    expect(diff.failureReasons(true)).toEqual([]);
    expect(diff.resultLine(true)).toBe(diff.summary);
  });

  test('the result line is the summary unless asked to judge strictly', () => {
    const diff = ConnectivityDiff.ofArtifacts(
      [stack('S', agent('S/Agent'))],
      [stack('S', agent('S/Agent', { shared: [tcpRule('10.50.0.0/16', 22)] }))],
    );
    expect(diff.passed).toBe(true);
    expect(diff.resultLine()).toBe(diff.summary);
    expect(diff.resultLine(true)).toBe(
      'Connectivity diff FAILED (strict): 1 change(s) a strict diff fails on: new openings by shared or undecided rules, or flows that became undecided.',
    );
  });
});

describe('stacks read from paths', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** Writes a cloud assembly of templates (`name.template.json`, with its manifest) into a new directory `dir` and returns its path. */
  function outDir(dir: string, templates: Record<string, SynthesizedArtifact>): string {
    const root = mkdtempSync(join(tmpdir(), 'diff-report-'));
    dirs.push(root);
    const path = join(root, dir);
    mkdirSync(path);
    const artifacts: Json = {};
    for (const [name, artifact] of Object.entries(templates)) {
      writeFileSync(join(path, `${name}.template.json`), JSON.stringify(artifact.document));
      artifacts[name] = { type: 'aws:cloudformation:stack', properties: { templateFile: `${name}.template.json` } };
    }
    writeFileSync(join(path, 'manifest.json'), JSON.stringify({ version: '48.0.0', artifacts }));
    return path;
  }
  const plain = stack('S', agent('S/Agent'));
  const names = (diff: ConnectivityDiff) => diff.stacks.map((s) => [s.stack, s.match]);

  test('needs at least one path on each side, and as many on both', () => {
    const dir = outDir('out', { S: plain });
    expect(() => ConnectivityDiff.ofPaths([], [dir])).toThrow('give at least one base path and one head path');
    expect(() => ConnectivityDiff.ofPaths([dir], [])).toThrow('give at least one base path and one head path');
    expect(() => ConnectivityDiff.ofPaths([dir, dir], [dir])).toThrow('give as many base paths (2) as head paths (1)');
  });

  test("one directory per side: stacks by their names; two files: one stack, named by the head's file", () => {
    const base = outDir('base', { Old: plain, S: plain });
    const head = outDir('head', { S: plain, New: plain });
    expect(names(ConnectivityDiff.ofPaths([base], [head]))).toEqual([
      ['S', DiffMatch.MATCHED],
      ['New', DiffMatch.ADDED],
      ['Old', DiffMatch.REMOVED],
    ]);
    const files = ConnectivityDiff.ofPaths([join(base, 'Old.template.json')], [join(head, 'New.template.json')]);
    expect(names(files)).toEqual([['New.template.json', DiffMatch.MATCHED]]);
    expect(files.identical).toBe(true);
    // A file against a directory is not a pair of files: each stack keeps its name, a file's is the file's.
    expect(names(ConnectivityDiff.ofPaths([join(base, 'Old.template.json')], [head]))).toEqual([
      ['S', DiffMatch.ADDED],
      ['New', DiffMatch.ADDED],
      ['Old.template.json', DiffMatch.REMOVED],
    ]);
  });

  test("several paths: each base with the head at its position, names prefixed by the head path's last segment", () => {
    const a = outDir('a', { S: plain });
    const b = outDir('b', { T: plain });
    expect(names(ConnectivityDiff.ofPaths([a, b], [a, b]))).toEqual([
      ['a/S', DiffMatch.MATCHED],
      ['b/T', DiffMatch.MATCHED],
    ]);
    // Two head paths with the same last segment name the same stacks twice.
    const one = outDir('x', { S: plain });
    const other = outDir('x', { S: plain });
    expect(() => ConnectivityDiff.ofPaths([a, b], [one, other])).toThrow("head: two stacks are named 'x/S'");
    expect(() => ConnectivityDiff.ofPaths([one, other], [a, a])).toThrow("base: two stacks are named 'a/S'");
  });
});
