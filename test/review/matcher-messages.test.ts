import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityMatchers, SynthesizedArtifact } from '../../lib/review';
import { registerWithGlobalExpect } from './outside-jest';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';
import { failureLines } from './assertion-failure';

/**
 * The matchers' messages, line by line: what was expected, what was found, the blocked, allowed and
 * undecided parts, and the rules considered for one flow of the part that failed.
 */
ConnectivityMatchers.register();

// A security group that allows 10.2.0.0/16 and an unresolved peer, behind an ACL that denies part of
// 10.2.0.0/23 and lets replies back only to client ports up to 40000.
const TEMPLATE = cfnTemplate({
  Sg: awsGroup([tcpRule('10.2.0.0/16', 2548, 2549), tcpRule({ Ref: 'Peer' }, 2548)], [CDK_NO_EGRESS]),
  Acl: awsAcl(),
  Some: awsEntry('Acl', { number: 40, egress: false, action: 'allow', cidr: '10.2.0.0/25', from: 2549 }),
  Hole: awsEntry('Acl', { number: 50, egress: false, action: 'deny', cidr: '10.2.0.0/23', from: 2548, to: 2549 }),
  In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 2548, to: 2549 }),
  Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 32768, to: 40000 }),
});
const artifact = () => SynthesizedArtifact.load(TEMPLATE);
const ingress = (peer: string) => ({ direction: FlowDirection.INGRESS, peer, fromPort: 2548, toPort: 2549 });

describe('allowing a range', () => {
  test('a range partly denied and partly undecided: every blocked part with its layer and reason, then one flow explained', () => {
    const outcome = ConnectivityMatchers.allowFlows(artifact(), ingress('10.2.0.0/15'), { clientPorts: { from: 40000, to: 40001 } });
    expect(outcome.pass).toBe(false);
    expect(outcome.message.split('\n')).toEqual([
      'expected the ingress flow with 10.2.0.0/15 on ports 2548-2549 (client ports 40000-40001) to be allowed, but it is partly denied',
      '  - undecided at aws-security-groups: 10.3.0.0/16 TCP 2548, client ports 40000 (request: undecided; unresolved rules may match: Sg.SecurityGroupIngress[1])',
      '  - blocked at aws-security-groups: 10.3.0.0/16 TCP 2549, client ports 40000-40001 (request: no rule allows it)',
      '  - blocked at aws-network-acl:Acl: 10.2.0.0/25 TCP 2548, client ports 40000-40001; 10.2.0.128/25, 10.2.1.0/24 TCP 2548-2549, client ports 40000-40001 (request: Hole (rule number 50) denies it)',
      '  - blocked at aws-network-acl:Acl: 10.2.0.0/15 TCP 2548-2549, client ports 40001 (reply: no rule matches: implicit deny)',
      '',
      'Rules considered, for one flow of that part:',
      'ingress flow, peer 10.2.0.0, port 2548 (client port 40000): denied',
      '  aws-security-groups: allowed',
      '    request ingress 10.2.0.0:40000 -> agent:2548: allowed, allowed by Sg.SecurityGroupIngress[0]',
      '      - Sg.SecurityGroupIngress[0]: ingress allow tcp 10.2.0.0/16 destination ports 2548-2549 => match',
      '      - Sg.SecurityGroupIngress[1]: ingress allow tcp unknown ({"Ref":"Peer"}) destination ports 2548 => unknown (remote is unresolved ({"Ref":"Peer"}))',
      '  aws-network-acl:Acl: denied',
      '    request ingress 10.2.0.0:40000 -> agent:2548: denied, first matching rule Hole denies it',
      '      - Some #40: ingress allow 6 10.2.0.0/25 destination ports 2549 => no-match (destination port 2548 not in 2549)',
      '      - Hole #50: ingress deny 6 10.2.0.0/23 destination ports 2548-2549 => match',
      '    reply egress agent:2548 -> 10.2.0.0:40000: allowed, first matching rule Out allows it',
      '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 32768-40000 => match',
    ]);
  });

  test('a single address is shown without its prefix, and a negated assertion that fails explains an allowed flow', () => {
    expect(
      failureLines(() =>
        expect(TEMPLATE).not.toAllowFlow(
          { direction: 'ingress', peer: '10.2.5.1/32', port: 2548 },
          { agentAddress: '10.240.0.4', clientPorts: { from: 40000, to: 40000 } },
        ),
      ),
    ).toEqual([
      'expected the ingress flow with 10.2.5.1 on port 2548 (client ports 40000) not to be allowed, but it is allowed',
      '',
      'Rules considered, for one flow of that part:',
      'ingress flow, peer 10.2.5.1, port 2548 (client port 40000, agent 10.240.0.4): allowed',
      '  aws-security-groups: allowed',
      '    request ingress 10.2.5.1:40000 -> 10.240.0.4:2548: allowed, allowed by Sg.SecurityGroupIngress[0]',
      '      - Sg.SecurityGroupIngress[0]: ingress allow tcp 10.2.0.0/16 destination ports 2548-2549 => match',
      '      - Sg.SecurityGroupIngress[1]: ingress allow tcp unknown ({"Ref":"Peer"}) destination ports 2548 => unknown (remote is unresolved ({"Ref":"Peer"}))',
      '  aws-network-acl:Acl: allowed',
      '    request ingress 10.2.5.1:40000 -> 10.240.0.4:2548: allowed, first matching rule In allows it',
      '      - Some #40: ingress allow 6 10.2.0.0/25 destination ports 2549 => no-match (remote 10.2.5.1 not in 10.2.0.0/25; destination port 2548 not in 2549)',
      '      - Hole #50: ingress deny 6 10.2.0.0/23 destination ports 2548-2549 => no-match (remote 10.2.5.1 not in 10.2.0.0/23)',
      '      - In #100: ingress allow 6 10.0.0.0/8 destination ports 2548-2549 => match',
      '    reply egress 10.240.0.4:2548 -> 10.2.5.1:40000: allowed, first matching rule Out allows it',
      '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 32768-40000 => match',
    ]);
  });
});

describe('denying a range', () => {
  test('the allowed and undecided parts are listed, then one flow that is not denied is explained', () => {
    const outcome = ConnectivityMatchers.denyFlows(artifact(), ingress('10.2.0.0/15'), { clientPorts: { from: 40000, to: 40001 } });
    expect(outcome.message.split('\n')).toEqual([
      'expected the ingress flow with 10.2.0.0/15 on ports 2548-2549 (client ports 40000-40001) to be denied, but it is partly denied',
      'Allowed part:',
      '  - ingress 10.2.0.0/25 TCP 2549, client ports 40000',
      '  - ingress 10.2.2.0/23, 10.2.4.0/22, 10.2.8.0/21, 10.2.16.0/20, 10.2.32.0/19, 10.2.64.0/18, 10.2.128.0/17 TCP 2548-2549, client ports 40000',
      'Undecided part:',
      '  - ingress 10.3.0.0/16 TCP 2548, client ports 40000',
      '',
      'Rules considered, for one flow of that part:',
      'ingress flow, peer 10.2.0.0, port 2549 (client port 40000): allowed',
      '  aws-security-groups: allowed',
      '    request ingress 10.2.0.0:40000 -> agent:2549: allowed, allowed by Sg.SecurityGroupIngress[0]',
      '      - Sg.SecurityGroupIngress[0]: ingress allow tcp 10.2.0.0/16 destination ports 2548-2549 => match',
      '      - Sg.SecurityGroupIngress[1]: ingress allow tcp unknown ({"Ref":"Peer"}) destination ports 2548 => no-match (destination port 2549 not in 2548)',
      '  aws-network-acl:Acl: allowed',
      '    request ingress 10.2.0.0:40000 -> agent:2549: allowed, first matching rule Some allows it',
      '      - Some #40: ingress allow 6 10.2.0.0/25 destination ports 2549 => match',
      '    reply egress agent:2549 -> 10.2.0.0:40000: allowed, first matching rule Out allows it',
      '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 32768-40000 => match',
    ]);
  });

  test('a negated assertion that fails explains a denied flow', () => {
    expect(failureLines(() => expect(TEMPLATE).not.toDenyFlow({ direction: 'ingress', peer: '10.2.0.1', port: 2548 }))).toEqual([
      'expected the ingress flow with 10.2.0.1 on port 2548 (client ports 32768-65535) not to be denied, but it is denied',
      '',
      'Rules considered, for one flow of that part:',
      'ingress flow, peer 10.2.0.1, port 2548 (client port 32768): denied',
      '  aws-security-groups: allowed',
      '    request ingress 10.2.0.1:32768 -> agent:2548: allowed, allowed by Sg.SecurityGroupIngress[0]',
      '      - Sg.SecurityGroupIngress[0]: ingress allow tcp 10.2.0.0/16 destination ports 2548-2549 => match',
      '      - Sg.SecurityGroupIngress[1]: ingress allow tcp unknown ({"Ref":"Peer"}) destination ports 2548 => unknown (remote is unresolved ({"Ref":"Peer"}))',
      '  aws-network-acl:Acl: denied',
      '    request ingress 10.2.0.1:32768 -> agent:2548: denied, first matching rule Hole denies it',
      '      - Some #40: ingress allow 6 10.2.0.0/25 destination ports 2549 => no-match (destination port 2548 not in 2549)',
      '      - Hole #50: ingress deny 6 10.2.0.0/23 destination ports 2548-2549 => match',
      '    reply egress agent:2548 -> 10.2.0.1:32768: allowed, first matching rule Out allows it',
      '      - Out #100: egress allow 6 10.0.0.0/8 destination ports 32768-40000 => match',
    ]);
    expect(ConnectivityMatchers.denyFlow(artifact(), { direction: FlowDirection.INGRESS, peer: '10.2.0.1', port: 2548 }).message).toBe(
      'expected the ingress flow with 10.2.0.1 on port 2548 (client ports 32768-65535) to be denied, but it is denied',
    );
  });
});

test('a failing assertion that is not negated says what was expected without "not"', () => {
  expect(failureLines(() => expect(TEMPLATE).toDenyFlow({ direction: 'ingress', peer: '10.2.5.1', port: 2548 }))[0]).toBe(
    'expected the ingress flow with 10.2.5.1 on port 2548 (client ports 32768-65535) to be denied, but it is partly denied',
  );
});

describe('opening exactly a policy', () => {
  const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, 'Agents/BackupAgent');
  const record = ConnectivityIntent.record(policy, 'Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
  const rules = (d: FlowDirection) => policy.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  const exact = cfnTemplate({
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: record }),
    Other: awsGroup([tcpRule('0.0.0.0/0', 22)], [CDK_NO_EGRESS]),
  });

  test("passing: the message says it does; another construct's group is not looked at", () => {
    const outcome = ConnectivityMatchers.openExactly(SynthesizedArtifact.load(exact), policy, 'Agents/BackupAgent', {
      clientPorts: { from: 50000, to: 50001 },
    });
    expect(outcome.pass).toBe(true);
    expect(outcome.message.split('\n')).toEqual([
      "expected Agents/BackupAgent to open exactly the policy's 7 rule(s), no more and no less (client ports 50000-50001)",
      '  and it does',
    ]);
    expect(
      failureLines(() => expect(exact).not.toOpenExactlyPolicy(policy, 'Agents/BackupAgent', { clientPorts: { from: 50000, to: 50001 } })),
    ).toEqual([
      "expected Agents/BackupAgent not to open exactly the policy's 7 rule(s), no more and no less (client ports 50000-50001)",
      '  and it does',
    ]);
  });

  test('a failing assertion that is not negated says what was expected without "not"', () => {
    expect(failureLines(() => expect(exact).toOpenExactlyPolicy(policy, 'Elsewhere/Agent'))[0]).toBe(
      "expected Elsewhere/Agent to open exactly the policy's 7 rule(s), no more and no less (client ports 32768-65535)",
    );
  });

  test('a construct without groups or ACLs fails and says so', () => {
    const outcome = ConnectivityMatchers.openExactly(SynthesizedArtifact.load(exact), policy, 'Elsewhere/Agent');
    expect(outcome.pass).toBe(false);
    expect(outcome.message.split('\n')).toEqual([
      "expected Elsewhere/Agent to open exactly the policy's 7 rule(s), no more and no less (client ports 32768-65535)",
      '  no security group or network ACL of Elsewhere/Agent was found',
      '  - less: ingress 10.2.118.0/24 TCP 2548-2548 is unknown: 10.2.118.0/24 TCP 2548 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: ingress 10.2.126.0/24 TCP 2548-2548 is unknown: 10.2.126.0/24 TCP 2548 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: ingress 10.200.86.0/24 TCP 2548-2548 is unknown: 10.200.86.0/24 TCP 2548 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: egress 10.2.118.0/24 TCP 8086-8087 is unknown: 10.2.118.0/24 TCP 8086-8087 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: egress 10.2.126.0/24 TCP 8086-8087 is unknown: 10.2.126.0/24 TCP 8086-8087 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: egress 10.200.86.0/24 TCP 8086-8087 is unknown: 10.200.86.0/24 TCP 8086-8087 (client ports 32768-65535) undecided at -, no security group or network ACL found',
      '  - less: egress 10.200.90.15/32 TCP 2546-2546 is unknown: 10.200.90.15/32 TCP 2546 (client ports 32768-65535) undecided at -, no security group or network ACL found',
    ]);
  });

  test('an undecided opening beyond the intent is marked so, and an opening around the intended CIDRs lists what it adds', () => {
    const withUnresolved = cfnTemplate({
      AgentSg: awsGroup(
        [...rules(FlowDirection.INGRESS), tcpRule({ Ref: 'Peer' }, 22), tcpRule('10.2.0.0/15', 2548)],
        [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS],
        {
          [ConnectivityIntent.METADATA_KEY]: record,
        },
      ),
    });
    expect(ConnectivityMatchers.openExactly(SynthesizedArtifact.load(withUnresolved), policy, 'Agents/BackupAgent').message.split('\n')).toEqual([
      "expected Agents/BackupAgent to open exactly the policy's 7 rule(s), no more and no less (client ports 32768-65535)",
      '  - more (construct-rule): ingress 10.2.0.0/18, 10.2.64.0/19, 10.2.96.0/20, 10.2.112.0/22, 10.2.116.0/23, 10.2.119.0/24, 10.2.120.0/22, ' +
        '10.2.124.0/23, 10.2.127.0/24, 10.2.128.0/17, 10.3.0.0/16 TCP 2548, client ports 32768-65535 by AgentSg.SecurityGroupIngress[4] (aws-security-groups)',
      '  - more (construct-rule, undecided): ingress 0.0.0.0/0 TCP 22, client ports 32768-65535 by AgentSg.SecurityGroupIngress[3] (aws-security-groups)',
    ]);
  });
});

describe('misuse', () => {
  test('a flow without a port, and a received value that is not an artifact', () => {
    expect(() => expect(TEMPLATE).toAllowFlow({ direction: 'ingress', peer: '10.0.0.1' })).toThrow(
      'a flow needs `port` or `fromPort` (with an optional `toPort`)',
    );
    expect(() => expect(null).toAllowFlow({ direction: 'ingress', peer: '10.0.0.1', port: 2548 })).toThrow(
      "'artifact' is neither a CloudFormation template (no Resources) nor a Terraform JSON configuration (no resource block)",
    );
  });

  test('registering outside Jest', () => {
    const register = (value: unknown) => registerWithGlobalExpect(value, () => ConnectivityMatchers.register());
    expect([register(undefined), register({})]).toEqual([
      'ConnectivityMatchers.register needs Jest: no global expect.extend was found',
      'ConnectivityMatchers.register needs Jest: no global expect.extend was found',
    ]);
  });
});
