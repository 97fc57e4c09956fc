import { AccessMode, ConnectivityIntent, ConnectivityPolicy, DiffMatch, Emit, FlowDirection } from '../../lib';
import { ConnectivityDiff, ConnectivitySnapshot, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The exact state the connectivity diff and snapshots take of each construct: what it lets through
 * decides whether a construct under a new path is the old one moved, a public exposure counts as new
 * only when the base did not already fail on it, the analysis covers only the construct's own groups
 * and ACLs with the options given, and references without their record are named with every
 * resource that carries them.
 */
type Json = Record<string, unknown>;
const KEY = ConnectivityIntent.METADATA_KEY;

/** The construct at `path`: its group with exactly its policy's rules, beside other resources. */
function agent(path: string, others: Record<string, Json> = {}): Record<string, Json> {
  const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, path);
  const rules = (d: FlowDirection) => policy.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  const record = ConnectivityIntent.record(policy, path, 'aws', Emit.SECURITY_GROUP);
  return { AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: record }), ...others };
}
const ingress = (group: unknown, cidr: unknown, port: number, metadata?: Json): Json => ({
  Type: 'AWS::EC2::SecurityGroupIngress',
  Properties: { GroupId: group, IpProtocol: 'tcp', CidrIp: cidr, FromPort: port, ToPort: port },
  ...(metadata ? { Metadata: metadata } : {}),
});
const AGENT_SG = { 'Fn::GetAtt': ['AgentSg', 'GroupId'] };
const stackOf = (resources: Record<string, Json>) => SynthesizedArtifact.fromObject(cfnTemplate(resources), 'S');
const diffOf = (base: Record<string, Json>, head: Record<string, Json>) => ConnectivityDiff.ofArtifacts([stackOf(base)], [stackOf(head)]);
const matches = (diff: ConnectivityDiff) => diff.stacks.flatMap((s) => s.constructs.map((c) => [c.constructPath, c.match]));

describe('a construct under a new path', () => {
  test('is the old one moved when it lets through exactly the same', () => {
    expect(matches(diffOf(agent('S/Old'), agent('S/New')))).toEqual([['S/New', DiffMatch.MOVED]]);
  });

  test('is not when it allows the same but leaves undecided what the old one blocked', () => {
    // A rule of the new construct joins a group defined elsewhere: that group's other rules are not
    // visible, so what the construct's groups do not allow is no longer certainly blocked.
    const elsewhere = { Elsewhere: ingress('sg-0123456789abcdef0', '10.2.118.0/24', 2548, { [KEY]: ConnectivityIntent.reference('S/New') }) };
    const diff = diffOf(agent('S/Old'), agent('S/New', elsewhere));
    expect(matches(diff)).toEqual([
      ['S/New', DiffMatch.ADDED],
      ['S/Old', DiffMatch.REMOVED],
    ]);
    const added = diff.stacks[0].constructs[0];
    expect([added.openingsAppeared, added.becameBlocked]).toEqual([[], []]);
    expect(added.undecidedAppeared.length).toBeGreaterThan(0);
  });
});

describe('public exposures in the diff', () => {
  const open = { Ssh: ingress(AGENT_SG, '0.0.0.0/0', 22) };
  const failing = (diff: ConnectivityDiff) => diff.stacks[0].constructs[0].openingsAppeared.map((o) => [o.kind, o.verdict, o.rule, o.fails]);

  test("a shared rule's new opening to public addresses on the construct's group fails", () => {
    const diff = diffOf(agent('S/A'), agent('S/A', open));
    expect(failing(diff)).toEqual([['shared-rule', 'allowed', 'Ssh', true]]);
    expect([diff.failingOpenings, diff.passed]).toEqual([1, false]);
  });

  test('one the base only may have made, by an unresolved rule, fails too', () => {
    const diff = diffOf(agent('S/A', { Ssh: ingress(AGENT_SG, { Ref: 'Admin' }, 22) }), agent('S/A', open));
    expect(failing(diff)).toEqual([['shared-rule', 'allowed', 'Ssh', true]]);
    expect([diff.failingOpenings, diff.passed]).toEqual([1, false]);
  });

  test('one the base already made does not fail again', () => {
    const diff = diffOf(agent('S/A', open), agent('S/A', { Ssh: ingress(AGENT_SG, '0.0.0.0/0', 22), Rdp: ingress(AGENT_SG, '10.50.0.0/16', 3389) }));
    expect(failing(diff)).toEqual([['shared-rule', 'allowed', 'Rdp', false]]);
    expect(diff.passed).toBe(true);
  });
});

describe("a construct's state", () => {
  test('covers only its own groups and ACLs, while the stack covers every layer', () => {
    const diff = diffOf(agent('S/A'), agent('S/A', { Foreign: awsGroup([tcpRule('0.0.0.0/0', 22)], [CDK_NO_EGRESS]) }));
    const [stack] = diff.stacks;
    expect(stack.opened.map((r) => `${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}`)).toEqual(['ingress 0.0.0.0/0 TCP 22']);
    expect(stack.constructs.map((c) => [c.constructPath, c.unchanged])).toEqual([['S/A', true]]);
  });

  test('is analysed with the client ports given', () => {
    const text = ConnectivitySnapshot.of(cfnTemplate(agent('S/A')), { clientPorts: { from: 50000, to: 50010 } }).text;
    expect(text.split('\n').filter((line) => line.includes('client ports'))).toEqual([
      '    ingress TCP 2548, client ports 50000-50010: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24',
      '    egress TCP 8086-8087, client ports 50000-50010: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24',
    ]);
  });
});

test('references to a construct without its record are a problem that names every resource carrying them', () => {
  const gone = { [KEY]: ConnectivityIntent.reference('S/Gone') };
  const text = ConnectivitySnapshot.of(cfnTemplate(agent('S/A', { FirstAcl: awsAcl(gone), SecondAcl: awsAcl(gone) }))).text;
  expect(text.split('\n')[0]).toBe(
    "problem: an intent reference to 'S/Gone' without its record (FirstAcl, SecondAcl): its required flows are not known",
  );
});
