import { FlowDirection } from '../../lib';
import { FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, cfnTemplate } from './templates';

/**
 * How network ACL entries of a template are read: protocols by number, -1 for all traffic, a
 * reference or nothing; directions written as text; actions and rule numbers that cannot be read;
 * peers given by IPv4, IPv6, a reference or not at all; and the order of entries by rule number,
 * where an unresolved or repeated number cannot be placed.
 */
const entry = (properties: Record<string, unknown>) => ({
  Type: 'AWS::EC2::NetworkAclEntry',
  Properties: { NetworkAclId: { Ref: 'Acl' }, Egress: false, RuleAction: 'allow', Protocol: 6, CidrBlock: '10.0.0.0/8', ...properties },
});
const explain = (entries: Record<string, Record<string, unknown>>, direction = FlowDirection.INGRESS) =>
  FlowAnalyzer.explain(
    FlowAnalyzer.analyze(SynthesizedArtifact.load(cfnTemplate({ Acl: awsAcl(), ...entries })), { direction, peer: '10.0.0.1', port: 2548 }),
  )
    .split('\n')
    .slice(2);

test('protocols, peers, port ranges and actions', () => {
  expect(
    explain({
      Icmp: entry({ RuleNumber: 10, Protocol: 1 }),
      Ref: entry({ RuleNumber: 20, Protocol: { Ref: 'Protocol' }, PortRange: { From: 2548, To: 2548 } }),
      NoProtocol: entry({ RuleNumber: 30, Protocol: undefined, PortRange: { From: 2548, To: 2548 } }),
      NoPorts: entry({ RuleNumber: 40 }),
      V6: entry({ RuleNumber: 50, CidrBlock: undefined, Ipv6CidrBlock: '::/0', Protocol: -1 }),
      NoPeer: entry({ RuleNumber: 60, CidrBlock: undefined, PortRange: { From: 2548, To: 2548 } }),
      PeerRef: entry({ RuleNumber: 70, CidrBlock: { Ref: 'Peer' }, PortRange: { From: 2548, To: 2548 } }),
      Maybe: entry({ RuleNumber: 80, RuleAction: { Ref: 'Action' }, PortRange: { From: 2548, To: 2548 } }),
      All: entry({ RuleNumber: 75, Protocol: '-1', RuleAction: 'ALLOW', CidrBlock: '10.9.0.0/16' }),
      Out: entry({ RuleNumber: 100, Egress: 'true', Protocol: '6', PortRange: { From: 1024, To: 65535 } }),
    }),
  ).toEqual([
    '    request ingress 10.0.0.1:49152 -> agent:2548: unknown, unresolved: Ref (protocol is unresolved ({"Ref":"Protocol"})), NoProtocol (protocol is unresolved (missing)), NoPorts (destination port range is unresolved (no PortRange)), NoPeer (remote is unresolved (no CidrBlock)), PeerRef (remote is unresolved ({"Ref":"Peer"})), Maybe (protocol is unresolved (6 (action {"Ref":"Action"} unreadable))), Maybe (protocol is unresolved (6 (action {"Ref":"Action"} unreadable)))',
    '      - Icmp #10: ingress allow 1 10.0.0.0/8 => no-match (protocol 1 is not TCP)',
    '      - Ref #20: ingress allow {"Ref":"Protocol"} 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved ({"Ref":"Protocol"}))',
    '      - NoProtocol #30: ingress allow missing 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved (missing))',
    '      - NoPorts #40: ingress allow 6 10.0.0.0/8 destination ports unknown (no PortRange) => unknown (destination port range is unresolved (no PortRange))',
    '      - V6 #50: ingress allow all IPv6 peer destination ports all ports => no-match (IPv6 peer only)',
    '      - NoPeer #60: ingress allow 6 unknown (no CidrBlock) destination ports 2548 => unknown (remote is unresolved (no CidrBlock))',
    '      - PeerRef #70: ingress allow 6 unknown ({"Ref":"Peer"}) destination ports 2548 => unknown (remote is unresolved ({"Ref":"Peer"}))',
    '      - All #75: ingress allow all 10.9.0.0/16 destination ports all ports => no-match (remote 10.0.0.1 not in 10.9.0.0/16)',
    '      - Maybe #80: ingress allow 6 (action {"Ref":"Action"} unreadable) 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved (6 (action {"Ref":"Action"} unreadable)))',
    '      - Maybe #80: ingress deny 6 (action {"Ref":"Action"} unreadable) 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved (6 (action {"Ref":"Action"} unreadable)))',
    '    reply egress agent:2548 -> 10.0.0.1:49152: allowed, first matching rule Out allows it',
    '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 1024-65535 => match',
  ]);
});

test('an entry without Egress, or with Egress written as the text false, is an ingress entry, as CloudFormation reads it', () => {
  expect(
    explain({
      Absent: entry({ RuleNumber: 100, Egress: undefined, PortRange: { From: 2548, To: 2548 } }),
      Text: entry({ RuleNumber: 90, Egress: 'false', RuleAction: 'deny', PortRange: { From: 2549, To: 2549 } }),
      Out: entry({ RuleNumber: 100, Egress: true, PortRange: { From: 1024, To: 65535 } }),
    }),
  ).toEqual([
    '    request ingress 10.0.0.1:49152 -> agent:2548: allowed, first matching rule Absent allows it',
    '      - Text #90: ingress deny 6 10.0.0.0/8 destination ports 2549 => no-match (destination port 2548 not in 2549)',
    '      - Absent #100: ingress allow 6 10.0.0.0/8 destination ports 2548 => match',
    '    reply egress agent:2548 -> 10.0.0.1:49152: allowed, first matching rule Out allows it',
    '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 1024-65535 => match',
  ]);
});

test('entries are ordered by rule number per direction; unresolved and repeated numbers cannot be placed', () => {
  expect(
    explain({
      Late: entry({ RuleNumber: 200, PortRange: { From: 2548, To: 2548 } }),
      Early: entry({ RuleNumber: '100', RuleAction: 'deny', PortRange: { From: 2548, To: 2548 } }),
      TwinA: entry({ RuleNumber: 150, PortRange: { From: 2548, To: 2548 } }),
      TwinB: entry({ RuleNumber: 150, PortRange: { From: 2548, To: 2548 } }),
      Unknown: entry({ RuleNumber: { Ref: 'Number' }, PortRange: { From: 2548, To: 2548 } }),
      OutSame: entry({ RuleNumber: 100, Egress: true, PortRange: { From: 1024, To: 65535 } }),
    }),
  ).toEqual([
    '    request ingress 10.0.0.1:49152 -> agent:2548: unknown, position unknown: TwinA, TwinB, Unknown',
    '      - Early #100: ingress deny 6 10.0.0.0/8 destination ports 2548 => match',
    '      - TwinA #150: ingress allow 6 10.0.0.0/8 destination ports 2548 => match',
    '      - TwinB #150: ingress allow 6 10.0.0.0/8 destination ports 2548 => match',
    '      - Unknown #unknown ({"Ref":"Number"}): ingress allow 6 10.0.0.0/8 destination ports 2548 => match',
    '    reply egress agent:2548 -> 10.0.0.1:49152: allowed, first matching rule OutSame allows it',
    '      - OutSame #100: egress allow 6 10.0.0.0/8 destination ports 1024-65535 => match',
  ]);
});

test('an entry whose direction is unresolved may apply in either direction: it decides neither, unless it is not TCP', () => {
  const entries = {
    EitherUdp: entry({ RuleNumber: 5, Egress: { Ref: 'Direction' }, RuleAction: 'deny', Protocol: 17 }),
    Either: entry({ RuleNumber: 10, Egress: { Ref: 'Direction' }, RuleAction: 'deny', PortRange: { From: 2548, To: 2548 } }),
    In: entry({ RuleNumber: 100, PortRange: { From: 0, To: 65535 } }),
    Out: entry({ RuleNumber: 100, Egress: true, PortRange: { From: 0, To: 65535 } }),
  };
  expect(explain(entries)[0]).toBe(
    '    request ingress 10.0.0.1:49152 -> agent:2548: unknown, unresolved: Either (protocol is unresolved (6 (direction {"Ref":"Direction"} unreadable)))',
  );
  expect(explain(entries, FlowDirection.EGRESS)[0]).toBe(
    '    request egress agent:49152 -> 10.0.0.1:2548: unknown, unresolved: Either (protocol is unresolved (6 (direction {"Ref":"Direction"} unreadable)))',
  );
});
