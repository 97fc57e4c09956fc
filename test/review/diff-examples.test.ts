import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { AccessMode, BackupAgentConnectivity, CatalogEdition } from '../../lib/aws';
import { ConnectivityDiff, DiffMatch, StackDiff } from '../../lib';
import { exampleCdkOut as awsOut, exampleCdktfOut as cdktfOut } from '../setup/synthesized-examples';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const OPENED_BY_2026 = [
  { direction: 'ingress', cidrs: ['10.2.126.0/24'], servicePorts: '2548', clientPorts: '32768-65535', catalogHosts: [] },
  { direction: 'egress', cidrs: ['10.2.126.0/24'], servicePorts: '8086-8087', clientPorts: '32768-65535', catalogHosts: [] },
];

function expectOnlyOpened(stack: StackDiff, constructPath: string): void {
  expect(stack.match).toBe(DiffMatch.MATCHED);
  expect(stack.sameConnectivity).toBe(false);
  expect(stack.opened).toEqual(OPENED_BY_2026);
  expect([stack.closed, stack.undecidedAppeared, stack.undecidedVanished, stack.newProblems]).toEqual([[], [], [], []]);
  expect(stack.constructs).toHaveLength(1);
  const construct = stack.constructs[0];
  expect(construct).toEqual({
    constructPath,
    match: DiffMatch.MATCHED,
    previousPath: undefined,
    intentChanges: ['edition: 2024-07-23 → 2026-06-08'],
    unchanged: false,
    opened: OPENED_BY_2026,
    closed: [],
    undecidedAppeared: [],
    undecidedVanished: [],
    becameBlocked: [],
    unblocked: [],
    openingsAppeared: [],
    openingsVanished: [],
  });
}

describe('diff of the example apps: minimal mode from edition 2024-07-23 to 2026-06-08', () => {
  test('AWS: 10.2.126.0/24 opened on TCP 8086-8087 and inbound 2548, and nothing else in any stack', () => {
    const diff = ConnectivityDiff.ofPaths([awsOut(CatalogEdition.EDITION_2024_07_23)], [awsOut()]);
    expect(diff.passed).toBe(true);
    expect(diff.identical).toBe(false);
    expect(diff.summary).toBe('Connectivity diff passed: 1 of 5 stack(s) changed.');
    const changed = diff.stacks.filter((s) => !s.sameConnectivity || s.constructs.some((c) => !c.unchanged));
    expect(changed.map((s) => s.stack)).toEqual(['CommercialMinimalWithVault']);
    expectOnlyOpened(changed[0], 'CommercialMinimalWithVault/BackupAgent');
    for (const other of diff.stacks.filter((s) => s !== changed[0]))
      expect(other.constructs.every((c) => c.unchanged && c.intentChanges.length === 0)).toBe(true);

    const markdown = diff.toMarkdown();
    expect(markdown).toContain('| opened | ingress | 10.2.126.0/24 | 2548 | 32768-65535 | — |');
    expect(markdown).toContain('| opened | egress | 10.2.126.0/24 | 8086-8087 | 32768-65535 | — |');
    expect(markdown).not.toMatch(/\| (closed|blocked → undecided|undecided → blocked|\*\*became BLOCKED\*\*|unblocked|appeared|vanished) /);
    expect(markdown).toContain('Same connectivity, stack and constructs: `CommercialBroad`, `Federal`, `ExistingSecurityGroup`, `NetworkAcl`.');
    // The README shows this comment as the command prints it.
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const excerpt = /<!-- review-diff-excerpt: edition -->\n````markdown\n([\s\S]*?)\n````/.exec(readme);
    expect(excerpt?.[1]).toBe(markdown.trimEnd());
  });

  test('IBM VPC network ACL (cdktf): the same two openings through the stateless ACL, request and reply, and nothing else', () => {
    const diff = ConnectivityDiff.ofPaths([cdktfOut(CatalogEdition.EDITION_2024_07_23)], [cdktfOut()]);
    expect(diff.passed).toBe(true);
    const changed = diff.stacks.filter((s) => !s.sameConnectivity || s.constructs.some((c) => !c.unchanged));
    expect(changed.map((s) => s.stack)).toEqual(['backup-agent-vpc-network-acl']);
    expectOnlyOpened(changed[0], 'backup-agent-vpc-network-acl/BackupAgent');
  });

  test('the reverse change closes them: same rows, as closed', () => {
    const diff = ConnectivityDiff.ofPaths([awsOut()], [awsOut(CatalogEdition.EDITION_2024_07_23)]);
    const stack = diff.stacks.find((s) => s.stack === 'CommercialMinimalWithVault')!;
    expect(stack.closed).toEqual(OPENED_BY_2026);
    expect(stack.opened).toEqual([]);
    expect(diff.passed).toBe(true);
  });

  test('the same output on both sides: identical connectivity, said in one line', () => {
    const out = awsOut();
    const diff = ConnectivityDiff.ofPaths([out], [out]);
    expect(diff.identical).toBe(true);
    expect(diff.summary).toBe('Identical connectivity: 5 stack(s) and 5 construct(s) let through exactly the same flows.');
    expect(diff.toMarkdown()).toBe(`## Backup agent connectivity diff\n\n${diff.summary}\n`);
  });
});

/**
 * A stack like the examples' with the construct under the given id (its path and every logical id change with it),
 * synthesized without CDK's built-in CloudFormation validation, like the review tests' other apps (see `aws-stack.ts`).
 */
function renamedApp(constructId: string, scope: 'stack' | 'nested' = 'stack'): string {
  const outdir = tempDir('diff-rename-');
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f60001'],
  });
  const parent = scope === 'nested' ? new Construct(stack, 'Backup') : stack;
  new BackupAgentConnectivity(parent, constructId, { vpc, mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15/32'] });
  app.synth();
  return outdir;
}

describe('diff of a renamed or moved construct', () => {
  test('renamed: the stack allows exactly the same, and the construct is paired with its old path', () => {
    const diff = ConnectivityDiff.ofPaths([renamedApp('BackupAgent')], [renamedApp('Agents')]);
    const stack = diff.stacks[0];
    expect(stack.sameConnectivity).toBe(true);
    expect([stack.opened, stack.closed]).toEqual([[], []]);
    expect(stack.constructs.map((c) => [c.constructPath, c.match, c.previousPath, c.unchanged])).toEqual([
      ['Agents/Agents', DiffMatch.MOVED, 'Agents/BackupAgent', true],
    ]);
    expect(diff.identical).toBe(true);
    expect(diff.summary).toBe('Identical connectivity: 1 stack(s) and 1 construct(s) let through exactly the same flows (1 construct(s) moved).');
  });

  test('moved under another scope: the same', () => {
    const diff = ConnectivityDiff.ofPaths([renamedApp('BackupAgent')], [renamedApp('BackupAgent', 'nested')]);
    expect(diff.stacks[0].sameConnectivity).toBe(true);
    expect(diff.stacks[0].constructs.map((c) => [c.constructPath, c.match])).toEqual([['Agents/Backup/BackupAgent', DiffMatch.MOVED]]);
  });
});
