import {
  AccessMode,
  CatalogEdition,
  ConnectivityDiff,
  ConnectivityIntent,
  ConnectivityPolicy,
  Emit,
  FlowDirection,
  SynthesizedArtifact,
} from '../../lib';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The connectivity diff's details for required flows that are no longer blocked, for stacks named
 * twice, and its strict reasons; a construct's group on each side, with its record.
 */
type Json = Record<string, unknown>;
const PATH = 'Agents/BackupAgent';
const WITH_VAULT = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);
const WITHOUT_VAULT = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, PATH);

/** The construct's group for a policy: its rules but those of `dropPort`, with the vault rule's peer replaced when asked, and extra ingress rules. */
function template(policy: ConnectivityPolicy, opts: { vaultPeer?: unknown; extraIngress?: Json[]; path?: string; dropPort?: number } = {}): Json {
  const record = ConnectivityIntent.record(policy, opts.path ?? PATH, 'aws', Emit.SECURITY_GROUP);
  const rules = (d: FlowDirection) =>
    policy.rules
      .filter((r) => r.direction === d && r.fromPort !== opts.dropPort)
      .map((r) => (r.fromPort === 2546 && opts.vaultPeer !== undefined ? tcpRule(opts.vaultPeer, 2546) : tcpRule(r.cidr, r.fromPort, r.toPort)));
  return cfnTemplate({
    AgentSg: awsGroup([...rules(FlowDirection.INGRESS), ...(opts.extraIngress ?? [])], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: record,
    }),
  });
}
const diffOf = (base: Json, head: Json) =>
  ConnectivityDiff.ofArtifacts([SynthesizedArtifact.fromObject(base, 'Agents')], [SynthesizedArtifact.fromObject(head, 'Agents')]);
const unblocked = (diff: ConnectivityDiff) =>
  diff.stacks.flatMap((s) =>
    s.constructs.flatMap((c) => c.unblocked.map((r) => `${c.constructPath} ${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}: ${r.detail}`)),
  );

// The vault rule points at another address, so the vault flow is blocked on the base side.
const BLOCKED_VAULT = template(WITH_VAULT, { vaultPeer: '10.200.90.99/32' });

test('a blocked required flow that is no longer blocked: allowed now, no longer required, or only undecided', () => {
  expect(unblocked(diffOf(BLOCKED_VAULT, template(WITH_VAULT)))).toEqual([`${PATH} egress 10.200.90.15/32 TCP 2546: allowed now`]);
  expect(unblocked(diffOf(BLOCKED_VAULT, template(WITHOUT_VAULT)))).toEqual([`${PATH} egress 10.200.90.15/32 TCP 2546: no longer required`]);
  expect(unblocked(diffOf(BLOCKED_VAULT, template(WITH_VAULT, { vaultPeer: { Ref: 'Vault' } })))).toEqual([
    `${PATH} egress 10.200.90.15/32 TCP 2546: no longer certainly blocked, not certainly allowed`,
  ]);
});

test('what blocks a part of a required flow now: every layer and rule that denies it', () => {
  const acl = (deny: boolean): Json => ({
    Acl: awsAcl({ [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference(PATH) }),
    ...(deny ? { Deny: awsEntry('Acl', { number: 90, egress: true, action: 'deny', cidr: '10.200.90.0/24', from: 2546 }) } : {}),
    In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
    Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
  });
  const withAcl = (t: Json, deny: boolean): Json => ({ Resources: { ...(t.Resources as Json), ...acl(deny) } });
  const diff = diffOf(withAcl(template(WITH_VAULT), false), withAcl(BLOCKED_VAULT, true));
  expect(diff.stacks[0].constructs[0].becameBlocked.map((r) => `${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}: ${r.detail}`)).toEqual([
    'egress 10.200.90.15/32 TCP 2546: blocked at aws-security-groups (request): no rule allows it; aws-network-acl:Acl (request): Deny (rule number 90)',
  ]);
});

test('what blocks a part names only what denies that part, not what blocks other required flows', () => {
  const vaultDenied = awsEntry('Acl', { number: 90, egress: true, action: 'deny', cidr: '10.200.90.0/24', from: 2546 });
  const acl: Json = {
    Acl: awsAcl({ [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference(PATH) }),
    Deny: vaultDenied,
    In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
    Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
  };
  const withAcl = (t: Json): Json => ({ Resources: { ...(t.Resources as Json), ...acl } });
  const rows = (diff: ConnectivityDiff) =>
    diff.stacks[0].constructs[0].becameBlocked.map((r) => `${r.cidrs.join(', ')} TCP ${r.servicePorts}: ${r.detail}`);
  // The ACL denies the vault on both sides; only the head's group drops the AMP rules, blocked at the group alone.
  const noAmp = template(WITH_VAULT, { dropPort: 8086 });
  expect(rows(diffOf(withAcl(template(WITH_VAULT)), withAcl(noAmp)))).toEqual([
    '10.2.118.0/24 TCP 8086-8087: blocked at aws-security-groups (request): no rule allows it',
    '10.2.126.0/24 TCP 8086-8087: blocked at aws-security-groups (request): no rule allows it',
    '10.200.86.0/24 TCP 8086-8087: blocked at aws-security-groups (request): no rule allows it',
  ]);
});

test('a row of a required flow that became blocked carries the purposes of its policy rule', () => {
  expect(diffOf(template(WITH_VAULT), BLOCKED_VAULT).stacks[0].constructs[0].becameBlocked.map((r) => [r.peer, r.purposes])).toEqual([
    ['10.200.90.15/32', ['vault']],
  ]);
});

test("a stack's rows name the catalogued hosts of every construct's edition, once each, sorted", () => {
  const group = (path: string, edition: CatalogEdition) =>
    (template(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, edition }, path), { path }).Resources as Record<string, Json>).AgentSg;
  const base = cfnTemplate({
    NewSg: group('Agents/New', CatalogEdition.EDITION_2026_06_08),
    OldSg: group('Agents/Old', CatalogEdition.EDITION_2018_12_14),
  });
  const closed = diffOf(base, cfnTemplate({})).stacks[0].closed;
  expect(closed.find((r) => r.direction === FlowDirection.EGRESS && r.servicePorts === '8086-8087')?.catalogHosts).toEqual([
    'cloudbackupregister.service.softlayer.com',
    'ev-webcc01.service.softlayer.com',
    'evregister.service.softlayer.com',
    ...Array.from({ length: 10 }, (_, i) => `evwebamp09${String(i + 1).padStart(2, '0')}.service.softlayer.com`),
  ]);
});

test('a removed construct unblocks what it blocked', () => {
  const head = cfnTemplate({ Other: awsGroup([], [CDK_NO_EGRESS]) });
  expect(unblocked(diffOf(BLOCKED_VAULT, head))).toEqual([`${PATH} egress 10.200.90.15/32 TCP 2546: the construct was removed`]);
});

test('two stacks of one side with the same name are refused', () => {
  const artifact = SynthesizedArtifact.fromObject(template(WITH_VAULT), 'Agents');
  expect(() => ConnectivityDiff.ofArtifacts([artifact, artifact], [artifact])).toThrow(
    "base: two stacks are named 'Agents'; give each output directory on its own, or one --base per head path in the same order",
  );
  expect(() => ConnectivityDiff.ofArtifacts([artifact], [artifact, artifact])).toThrow("head: two stacks are named 'Agents'");
});

test('strict reasons: a new undecided opening and flows that became undecided', () => {
  const diff = diffOf(template(WITH_VAULT), template(WITH_VAULT, { extraIngress: [tcpRule({ Ref: 'Admin' }, 22)] }));
  expect(diff.failureReasons()).toEqual([]);
  expect(diff.failureReasons(true)).toEqual([
    'Agents: Agents/BackupAgent: new opening beyond the intent (construct-rule, unknown): ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups)',
    'Agents: Agents/BackupAgent: flows became undecided: ingress 0.0.0.0/0 TCP 22',
  ]);
});

test('flows that turn undecided, and back, are rows of their own in the Markdown diff', () => {
  const base = template(WITH_VAULT);
  const head = template(WITH_VAULT, { extraIngress: [tcpRule({ Ref: 'Admin' }, 22)] });
  const rows = (diff: ConnectivityDiff) =>
    diff
      .toMarkdown()
      .split('\n')
      .filter((line) => line.includes('undecided'));
  expect(rows(diffOf(base, head))).toEqual([
    '| blocked → undecided | ingress | 0.0.0.0/0 | 22 | 32768-65535 | cloudbackupregister.service.softlayer.com, evwebamp0901-0910.service.softlayer.com, webcc.service.usgov.softlayer.com |',
    '| blocked → undecided | ingress | 0.0.0.0/0 | 22 | 32768-65535 | cloudbackupregister.service.softlayer.com, evwebamp0901-0910.service.softlayer.com, webcc.service.usgov.softlayer.com |',
  ]);
  expect(rows(diffOf(head, base))).toEqual([
    '| undecided → blocked | ingress | 0.0.0.0/0 | 22 | 32768-65535 | cloudbackupregister.service.softlayer.com, evwebamp0901-0910.service.softlayer.com, webcc.service.usgov.softlayer.com |',
    '| undecided → blocked | ingress | 0.0.0.0/0 | 22 | 32768-65535 | cloudbackupregister.service.softlayer.com, evwebamp0901-0910.service.softlayer.com, webcc.service.usgov.softlayer.com |',
  ]);
});

test('recorded options that changed without a change of connectivity are shown, also when the diff is otherwise identical', () => {
  const base = template(WITH_VAULT);
  const head = JSON.parse(
    JSON.stringify(base).replace('"emit":"security-group"', '"emit":"both"').replace('"platform":"aws"', '"platform":"aws-cdk"'),
  );
  const diff = diffOf(base, head);
  expect(diff.identical).toBe(true);
  expect(diff.stacks[0].constructs.map((c) => [c.unchanged, ...c.intentChanges])).toEqual([
    [true, 'platform: aws → aws-cdk', 'emit: security-group → both'],
  ]);
  expect(diff.toMarkdown().split('\n')).toEqual([
    '## Backup agent connectivity diff',
    '',
    'Identical connectivity: 1 stack(s) and 1 construct(s) let through exactly the same flows.',
    '',
    '### `Agents`: same connectivity overall',
    '',
    'All its firewall layers together let the agent do exactly what they did.',
    '',
    '- `Agents/BackupAgent`: same connectivity; recorded options changed: platform: aws → aws-cdk; emit: security-group → both.',
    '',
  ]);
  // Beside a stack whose connectivity changed.
  const other = template(WITH_VAULT, { path: 'Other/BackupAgent' });
  const otherHead = template(WITH_VAULT, { path: 'Other/BackupAgent', extraIngress: [tcpRule('10.9.0.0/16', 22)] });
  const both = ConnectivityDiff.ofArtifacts(
    [SynthesizedArtifact.fromObject(base, 'Agents'), SynthesizedArtifact.fromObject(other, 'Other')],
    [SynthesizedArtifact.fromObject(head, 'Agents'), SynthesizedArtifact.fromObject(otherHead, 'Other')],
  );
  expect(
    both
      .toMarkdown()
      .split('\n')
      .filter((line) => line.includes('recorded options changed')),
  ).toEqual(['- `Agents/BackupAgent`: same connectivity; recorded options changed: platform: aws → aws-cdk; emit: security-group → both.']);
});
