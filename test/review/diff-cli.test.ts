import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  AccessMode,
  ConnectivityDiff,
  ConnectivityIntent,
  ConnectivityPolicy,
  DiffMatch,
  Emit,
  OpeningKind,
  SynthesizedArtifact,
  FlowDirection,
} from '../../lib';
import { runReviewCommand } from '../../lib/cli/review-command';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

type Json = Record<string, unknown>;

const PATH = 'Agents/BackupAgent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);

/** The construct's group as CDK would write it, with rules left out or added, under a logical id. */
function template(opts: { drop?: number; extraIngress?: Json[]; extraEgress?: Json[]; id?: string; reverse?: boolean; metadata?: Json } = {}): Json {
  const record = ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.SECURITY_GROUP);
  const rules = (d: FlowDirection) => {
    const list = POLICY.rules.filter((r) => r.direction === d && r.fromPort !== opts.drop).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
    return opts.reverse ? list.reverse() : list;
  };
  const group = awsGroup(
    [...rules(FlowDirection.INGRESS), ...(opts.extraIngress ?? [])],
    [...rules(FlowDirection.EGRESS), ...(opts.extraEgress ?? []), CDK_NO_EGRESS],
    {
      [ConnectivityIntent.METADATA_KEY]: record,
      ...opts.metadata,
    },
  );
  return cfnTemplate({ [opts.id ?? 'AgentSg']: group });
}

const dirs: string[] = [];
function file(value: Json): string {
  const dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
  dirs.push(dir);
  const path = join(dir, 'Agents.template.json');
  writeFileSync(path, JSON.stringify(value, null, 1));
  return path;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runReviewCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function diffOf(base: Json, head: Json): ConnectivityDiff {
  return ConnectivityDiff.ofArtifacts([SynthesizedArtifact.fromObject(base, 'Agents')], [SynthesizedArtifact.fromObject(head, 'Agents')]);
}

describe('review --base', () => {
  test('other logical ids, reordered rules and added metadata: identical connectivity in one line, exit 0', () => {
    const { code, out, err } = run([
      '--base',
      file(template()),
      file(template({ id: 'RenamedGroup1234', reverse: true, metadata: { 'aws:cdk:path': 'Agents/X' } })),
    ]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(
      '## Backup agent connectivity diff\n\nIdentical connectivity: 1 stack(s) and 1 construct(s) let through exactly the same flows.\n',
    );
  });

  test('a required flow that became blocked: exit 1, the rule and the part named, the layer that blocks it', () => {
    const { code, out, err } = run(['--base', file(template()), file(template({ drop: 2546 }))]);
    expect(code).toBe(1);
    expect(out.split('\n')[2]).toBe('Connectivity diff FAILED: 1 of 1 stack(s) changed; 1 required flow(s) became blocked.');
    expect(out).toContain(
      '| **became BLOCKED** | egress 10.200.90.15/32 2546 | 10.200.90.15/32 | 2546 | 32768-65535 | — | blocked at aws-security-groups (request): no rule allows it |',
    );
    expect(out).toContain('| closed | egress | 10.200.90.15/32 | 2546 | 32768-65535 | — |');
    expect(err).toContain('Agents.template.json: Agents/BackupAgent: required egress flow 10.200.90.15/32 TCP 2546 became blocked');
  });

  test('the fix, the other way round: unblocked, exit 0', () => {
    const diff = diffOf(template({ drop: 2546 }), template());
    expect(diff.passed).toBe(true);
    const construct = diff.stacks[0].constructs[0];
    expect(construct.unblocked.map((r) => [r.ruleId, r.cidrs, r.detail])).toEqual([[expect.any(String), ['10.200.90.15/32'], 'allowed now']]);
    expect(construct.becameBlocked).toEqual([]);
  });

  test("a new opening by the construct's own rule: it fails, with the rule; its removal is reported as vanished", () => {
    const wider = template({ extraEgress: [tcpRule('10.9.0.0/16', 443)] });
    const { code, out } = run(['--base', file(template()), file(wider), '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      passed: boolean;
      failingOpenings: number;
      stacks: Array<{ constructs: Array<{ openingsAppeared: Json[]; opened: Json[] }> }>;
    };
    expect(json.passed).toBe(false);
    expect(json.failingOpenings).toBe(1);
    const construct = json.stacks[0].constructs[0];
    expect(construct.opened).toEqual([
      { direction: 'egress', cidrs: ['10.9.0.0/16'], servicePorts: '443', clientPorts: '32768-65535', catalogHosts: [] },
    ]);
    expect(construct.openingsAppeared).toEqual([
      expect.objectContaining({
        kind: OpeningKind.CONSTRUCT_RULE,
        verdict: 'allowed',
        direction: 'egress',
        cidrs: ['10.9.0.0/16'],
        servicePorts: '443',
        publicCidrs: [],
        fails: true,
      }),
    ]);
    const back = diffOf(wider, template());
    expect(back.passed).toBe(true);
    expect(back.stacks[0].constructs[0].openingsVanished).toEqual([
      expect.objectContaining({ kind: OpeningKind.CONSTRUCT_RULE, cidrs: ['10.9.0.0/16'], fails: false }),
    ]);
  });

  test('--strict: a new opening by a shared rule fails it, and the result line says why', () => {
    const base = template();
    const shared = (): Json => {
      const t = template() as { Resources: Record<string, Json> };
      t.Resources.OtherRule = {
        Type: 'AWS::EC2::SecurityGroupEgress',
        Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, ...tcpRule('10.9.0.0/16', 443) },
      };
      return t;
    };
    const lenient = run(['--base', file(base), file(shared())]);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('| appeared | shared rule | allowed | aws-security-groups | `OtherRule` | egress | 10.9.0.0/16 | 443 |');
    const strict = run(['--base', file(base), file(shared()), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out.split('\n')[2]).toBe(
      'Connectivity diff FAILED (strict): 1 change(s) a strict diff fails on: new openings by shared or undecided rules, or flows that became undecided.',
    );
    expect(strict.err).toContain('new opening beyond the intent (shared-rule, allowed): egress 10.9.0.0/16 TCP 443 by OtherRule');
  });

  test('an opening to public addresses names them', () => {
    const diff = diffOf(template(), template({ extraIngress: [tcpRule('203.0.113.0/24', 2548)] }));
    expect(diff.passed).toBe(false);
    expect(diff.stacks[0].constructs[0].openingsAppeared.map((o) => [o.cidrs, o.publicCidrs, o.fails])).toEqual([
      [['203.0.113.0/24'], ['203.0.113.0/24'], true],
    ]);
    expect(diff.failureReasons()[0]).toContain('public 203.0.113.0/24');
  });

  test("a shared rule that newly opens the construct's group to public addresses fails as an exposure; one to private addresses does not", () => {
    const shared = (cidr: unknown) => ({
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, ...tcpRule(cidr, 22) },
    });
    const withShared = (t: Json, cidr: string, extra: Json = {}): Json => ({ Resources: { ...(t.Resources as Json), ...extra, Ssh: shared(cidr) } });
    const diff = diffOf(template(), withShared(template(), '203.0.113.0/24'));
    expect(diff.stacks[0].constructs[0].openingsAppeared.map((o) => [o.kind, o.cidrs, o.publicCidrs, o.fails])).toEqual([
      [OpeningKind.SHARED_RULE, ['203.0.113.0/24'], ['203.0.113.0/24'], true],
    ]);
    expect(diff.passed).toBe(false);
    // A private peer is no exposure: the shared rule is reported, and fails only a strict diff.
    const inside = diffOf(template(), withShared(template(), '10.50.0.0/16'));
    expect(inside.stacks[0].constructs[0].openingsAppeared.map((o) => [o.kind, o.publicCidrs, o.fails])).toEqual([
      [OpeningKind.SHARED_RULE, [], false],
    ]);
    expect(inside.passed).toBe(true);
    // An undecided opening to the same addresses before (an unresolved peer) does not hide the new exposure.
    const maybe = { Maybe: shared({ Ref: 'Peer' }) };
    const behind = diffOf({ Resources: { ...(template().Resources as Json), ...maybe } }, withShared(template(), '203.0.113.0/24', maybe));
    expect(behind.stacks[0].constructs[0].openingsAppeared.map((o) => [o.kind, o.verdict, o.publicCidrs, o.fails])).toEqual([
      [OpeningKind.SHARED_RULE, 'allowed', ['203.0.113.0/24'], true],
    ]);
    expect(behind.passed).toBe(false);
  });

  test('stacks only on one side are added or removed; a construct with other connectivity under a new path is not paired', () => {
    const other = ConnectivityPolicy.resolve({ mode: AccessMode.BROAD }, 'Agents/Other');
    const record = ConnectivityIntent.record(other, 'Agents/Other', 'aws', Emit.SECURITY_GROUP);
    const rules = (d: FlowDirection) => other.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
    const moved = cfnTemplate({
      Sg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: record }),
    });
    const diff = diffOf(template(), moved);
    expect(diff.stacks[0].constructs.map((c) => [c.constructPath, c.match])).toEqual([
      ['Agents/Other', DiffMatch.ADDED],
      [PATH, DiffMatch.REMOVED],
    ]);
    expect(diff.stacks[0].sameConnectivity).toBe(false);
    const two = ConnectivityDiff.ofArtifacts(
      [SynthesizedArtifact.fromObject(template(), 'Old')],
      [SynthesizedArtifact.fromObject(template(), 'New')],
    );
    expect(two.stacks.map((s) => [s.stack, s.match])).toEqual([
      ['New', DiffMatch.ADDED],
      ['Old', DiffMatch.REMOVED],
    ]);
  });

  test('a construct under a new path is paired only when its groups and ACLs together let through the same flows', () => {
    const build = (path: string, telnet: boolean): Json => {
      const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, path);
      const record = ConnectivityIntent.record(policy, path, 'aws', Emit.SECURITY_GROUP);
      const rules = (d: FlowDirection) => policy.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
      const telnetRule = {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, ...tcpRule('10.50.0.0/16', 23) },
      };
      return cfnTemplate({
        AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
          [ConnectivityIntent.METADATA_KEY]: record,
        }),
        ...(telnet ? { Telnet: telnetRule } : {}),
        Acl: awsAcl({ [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference(path) }),
        In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
        Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
      });
    };
    const matches = (base: Json, head: Json) => diffOf(base, head).stacks[0].constructs.map((c) => [c.constructPath, c.match]);
    expect(matches(build('Agents/Old', true), build('Agents/New', true))).toEqual([['Agents/New', DiffMatch.MOVED]]);
    // The ACL's shared entries open everything beyond the intent on both sides, so only what the layers let through together differs.
    expect(matches(build('Agents/Old', true), build('Agents/New', false))).toEqual([
      ['Agents/New', DiffMatch.ADDED],
      ['Agents/Old', DiffMatch.REMOVED],
    ]);
  });

  test('a long diff: tables collapsed in <details> and capped, the comment cut below 65,536 characters and the cut stated', () => {
    const many = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => tcpRule(`10.${64 + seed}.${i & 255}.${(i * 7) & 255}/32`, 1000 + (i % 500)));
    const one = diffOf(template(), template({ extraEgress: many(300, 0) }));
    const markdown = one.toMarkdown();
    expect(markdown.length).toBeLessThan(65536);
    expect(markdown).toContain('<details><summary>What its groups and ACLs let through (300 rows)</summary>');
    expect(markdown).toContain('_200 more row(s) not shown here; the JSON output (`--format json`) lists them all._');
    expect(markdown).not.toContain('**Truncated**');
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);

    const names = Array.from({ length: 12 }, (_, i) => `Stack${i}`);
    const wide = ConnectivityDiff.ofArtifacts(
      names.map((n) => SynthesizedArtifact.fromObject(template(), n)),
      names.map((n, i) => SynthesizedArtifact.fromObject(template({ extraEgress: many(120, i) }), n)),
    );
    const cut = wide.toMarkdown();
    expect(cut.length).toBeLessThan(65536);
    expect(cut).toMatch(
      /\*\*Truncated\*\* to stay within 65535 characters \(GitHub refuses comments of 65,536 or more\): [0-9]+ table row\(s\) and [0-9]+ further part\(s\) are not shown/,
    );
    expect(cut.split('<details>').length).toBe(cut.split('</details>').length);
    const short = wide.toMarkdown(5000);
    expect(short.length).toBeLessThanOrEqual(5000);
    expect(short).toContain('**Truncated** to stay within 5000 characters');
  });

  test('a cut comment: whole blocks while they fit with 400 characters kept for the note, then rows of the first that does not', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => tcpRule(`10.64.0.${i}/32`, 1000 + i));
    const diff = ConnectivityDiff.ofArtifacts(
      ['A', 'B'].map((n) => SynthesizedArtifact.fromObject(template(), n)),
      ['A', 'B'].map((n) => SynthesizedArtifact.fromObject(template({ extraEgress: many(12) }), n)),
    );
    const full = diff.toMarkdown(100_000);
    const lines = full.trimEnd().split('\n');
    const isRow = (l: string) => /^\| (opened|appeared) /.test(l);
    // Per stack: its title and flow table, the construct's title, flow table and openings: ten parts, 72 rows.
    expect(lines.filter(isRow)).toHaveLength(72);
    const size = (ls: string[]) => ls.reduce((n, l) => n + l.length + 1, 0);
    const note = (m: number, rows: number, parts: number) =>
      `**Truncated** to stay within ${m} characters (GitHub refuses comments of 65,536 or more): ${rows} table row(s) and ${parts} further part(s) are not shown. ` +
      'The JSON output (`--format json`) holds the whole diff.';
    const cut = (m: number, body: string[], rows: number, parts: number) =>
      expect(diff.toMarkdown(m)).toBe([...body, '', note(m, rows, parts)].join('\n') + '\n');

    expect(diff.toMarkdown(size(lines) + 400)).toBe(full);
    // One character less: the last table loses its last row.
    const last = lines.length - 3;
    expect(isRow(lines[last])).toBe(true);
    cut(size(lines) + 399, [...lines.slice(0, last), ...lines.slice(last + 1)], 1, 0);

    // The first table, rows 0..k-1 and its closing lines; k rows need exactly their own length.
    const firstRow = lines.findIndex(isRow);
    const tail = ['', '</details>'];
    for (const k of [2, 5, 12]) {
      const body = [...lines.slice(0, firstRow + k), ...tail];
      cut(size(body) + 400, body, 72 - k, 8);
      cut(size(body) + 399, [...lines.slice(0, firstRow + k - 1), ...tail], 73 - k, 8);
    }
    // Not even the first row fits with the table's frame: the table is left out whole, not shown empty.
    const titleOnly = lines.slice(0, firstRow - 5);
    expect(titleOnly[titleOnly.length - 1]).toBe('### `A`: connectivity changed');
    cut(size([...lines.slice(0, firstRow + 1), ...tail]) + 399, titleOnly, 72, 9);
    // A text part that does not fit is left out whole, and so is everything after it.
    const construct = lines.indexOf('#### `Agents/BackupAgent`');
    cut(size(lines.slice(0, construct + 1)) + 399, lines.slice(0, construct - 1), 60, 8);

    for (let m = 1000; m < size(lines) + 420; m += 37) {
      const out = diff.toMarkdown(m);
      expect(out.length).toBeLessThanOrEqual(m);
      const shown = out.split('\n').filter(isRow);
      expect(shown).toEqual(lines.filter(isRow).slice(0, shown.length));
      if (out !== full) expect(out).toContain(` ${72 - shown.length} table row(s)`);
    }
  });

  test('opened and closed flows name the catalogued hosts inside them', () => {
    const diff = diffOf(template({ drop: 8086 }), template());
    const construct = diff.stacks[0].constructs[0];
    const egress = construct.opened.filter((r) => r.direction === 'egress');
    expect(egress.map((r) => [r.cidrs, r.servicePorts])).toEqual([[['10.2.118.0/24', '10.2.126.0/24', '10.200.86.0/24'], '8086-8087']]);
    expect(egress[0].catalogHosts).toEqual(
      expect.arrayContaining(['evwebamp0905.service.softlayer.com', 'cloudbackupregister.service.softlayer.com']),
    );
    expect(construct.unblocked.map((r) => r.detail)).toEqual(['allowed now', 'allowed now', 'allowed now']);
    const back = diffOf(template(), template({ drop: 8086 }));
    expect(back.stacks[0].constructs[0].closed.find((r) => r.direction === 'egress')?.catalogHosts).toEqual(egress[0].catalogHosts);
    expect(back.toMarkdown()).toContain('evwebamp0901-0910.service.softlayer.com');
  });

  test('wrong arguments: exit 2 naming the option', () => {
    expect(run(['--base']).err).toContain('--base needs a value');
    const mismatch = run(['--base', file(template()), file(template()), file(template())]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('give as many base paths (1) as head paths (2)');
    expect(run(['--base', '/nonexistent/cdk.out', file(template())]).err).toContain("'/nonexistent/cdk.out' does not exist");
  });
});
