import { FlowDirection } from '../../lib';
import { FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, cfnTemplate, ibmAclRule, tcpRule, tfConfig } from './templates';

/**
 * The point evaluator's explanation names every rule it compared, each field that differs or is
 * unresolved, and the packet of each leg; reviewers read it in blocked-flow reports. An IBM VPC ACL
 * whose rules each fail on another field, then one that matches, and a rule for the replies.
 */
const rule = (name: string, fields: object) =>
  ibmAclRule({
    acl: '${ibm_is_network_acl.acl.id}',
    name,
    action: 'allow',
    direction: 'inbound',
    source: '10.0.0.0/29',
    destination: '10.240.0.0/24',
    protocol: 'tcp',
    ...fields,
  });
const artifact = () =>
  SynthesizedArtifact.load(
    tfConfig({
      ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } },
      ibm_is_network_acl_rule: {
        udp: rule('udp', { protocol: 'udp' }),
        proto: rule('proto', { protocol: '${var.protocol}' }),
        far: rule('far', { source: '10.9.0.0/16', portMin: 1, portMax: 2, sourcePortMin: 9, sourcePortMax: 9 }),
        local: rule('local', { destination: '10.99.0.0/24' }),
        unres: rule('unres', {
          source: '${var.remote}',
          destination: '${var.local}',
          portMin: '${var.p}',
          portMax: '${var.p}',
          sourcePortMin: '${var.s}',
          sourcePortMax: '${var.s}',
        }),
        ok: rule('ok', { portMin: 2548, portMax: 2548, sourcePortMin: 40000, sourcePortMax: 40000 }),
        back: rule('back', { direction: 'outbound', source: '10.240.0.0/24', destination: '10.0.0.0/29' }),
      },
    }),
  );

const ACL = 'ibm_is_network_acl_rule';
const ALL = 'destination ports all ports source ports all ports';
const UDP = `- ${ACL}.udp: ingress allow udp 10.0.0.0/29 agent side 10.240.0.0/24 => no-match (protocol udp is not TCP)`;
const PROTO = `- ${ACL}.proto: ingress allow \${var.protocol} 10.0.0.0/29 ${ALL} agent side 10.240.0.0/24 => unknown (protocol is unresolved (\${var.protocol}))`;
const BACK = `- ${ACL}.back: egress allow tcp 10.0.0.0/29 ${ALL} agent side 10.240.0.0/24 => match`;

test('an ingress flow with the agent address given: every rule compared, with the fields that differ or are unresolved', () => {
  const flow = new FlowAnalyzer(artifact(), { clientPort: 40000, agentAddress: '10.240.0.5' }).check({
    direction: FlowDirection.INGRESS,
    peer: '10.0.0.1',
    port: 2548,
  });
  expect(FlowAnalyzer.explain(flow).split('\n')).toEqual([
    'ingress flow, peer 10.0.0.1, port 2548 (client port 40000, agent 10.240.0.5): allowed',
    '  ibm-vpc-network-acl:ibm_is_network_acl.acl: allowed',
    `    request ingress 10.0.0.1:40000 -> 10.240.0.5:2548: allowed, first matching rule ${ACL}.ok allows it`,
    `      ${UDP}`,
    `      ${PROTO}`,
    `      - ${ACL}.far: ingress allow tcp 10.9.0.0/16 destination ports 1-2 source ports 9 agent side 10.240.0.0/24 => no-match ` +
      '(remote 10.0.0.1 not in 10.9.0.0/16; destination port 2548 not in 1-2; source port 40000 not in 9)',
    `      - ${ACL}.local: ingress allow tcp 10.0.0.0/29 ${ALL} agent side 10.99.0.0/24 => no-match (agent 10.240.0.5 not in 10.99.0.0/24)`,
    `      - ${ACL}.unres: ingress allow tcp unknown (\${var.remote}) destination ports unknown (\${var.p}) source ports unknown (\${var.s}) ` +
      'agent side unknown (${var.local}) => unknown (remote is unresolved (${var.remote}); agent is unresolved (${var.local}); ' +
      'destination port range is unresolved (${var.p}); source port range is unresolved (${var.s}))',
    `      - ${ACL}.ok: ingress allow tcp 10.0.0.0/29 destination ports 2548 source ports 40000 agent side 10.240.0.0/24 => match`,
    `    reply egress 10.240.0.5:2548 -> 10.0.0.1:40000: allowed, first matching rule ${ACL}.back allows it`,
    `      ${BACK}`,
  ]);
  // The explanation leaves out why a matching rule matches; the evaluation says it.
  expect(flow.layers[0].legs[0].considered.map((c) => [c.rule.resource, c.result, c.why]).filter(([, result]) => result === 'match')).toEqual([
    [`${ACL}.ok`, 'match', 'matches'],
  ]);
});

test('an egress flow without an agent address: the agent side is taken to hold the agent, which the packets call `agent`', () => {
  const flow = new FlowAnalyzer(artifact(), { clientPort: 40000 }).check({ direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 2548 });
  expect(FlowAnalyzer.explain(flow).split('\n')).toEqual([
    'egress flow, peer 10.0.0.1, port 2548 (client port 40000): allowed',
    '  ibm-vpc-network-acl:ibm_is_network_acl.acl: allowed',
    `    request egress agent:40000 -> 10.0.0.1:2548: allowed, first matching rule ${ACL}.back allows it`,
    `      ${BACK}`,
    `    reply ingress 10.0.0.1:2548 -> agent:40000: allowed, first matching rule ${ACL}.local allows it`,
    `      ${UDP}`,
    `      ${PROTO}`,
    `      - ${ACL}.far: ingress allow tcp 10.9.0.0/16 destination ports 1-2 source ports 9 agent side 10.240.0.0/24 => no-match ` +
      '(remote 10.0.0.1 not in 10.9.0.0/16; destination port 40000 not in 1-2; source port 2548 not in 9)',
    `      - ${ACL}.local: ingress allow tcp 10.0.0.0/29 ${ALL} agent side 10.99.0.0/24 => match`,
  ]);
});

test('an AWS security group and network ACL: rule numbers, IPv6 entries, default egress, and rules without an agent side', () => {
  const ipv6 = awsEntry('Acl', { number: 90, egress: false, action: 'deny', cidr: undefined, from: 2548 });
  const template = cfnTemplate({
    // Without SecurityGroupEgress, the group keeps AWS's default allow-all egress rule.
    Sg: awsGroup([tcpRule('10.0.0.0/29', 2548), tcpRule({ Ref: 'Peer' }, 2548)]),
    Acl: awsAcl(),
    V6: { ...ipv6, Properties: { ...(ipv6.Properties as object), Ipv6CidrBlock: '::/0' } },
    In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/29', from: 2548 }),
    Out: awsEntry('Acl', { number: { Ref: 'Number' }, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 1024, to: 65535 }),
  });
  const analyzer = new FlowAnalyzer(SynthesizedArtifact.load(template), { clientPort: 40000, agentAddress: '10.240.0.5' });
  const explain = (direction: FlowDirection, port: number) => FlowAnalyzer.explain(analyzer.check({ direction, peer: '10.0.0.9', port })).split('\n');
  const SG_IN = [
    '      - Sg.SecurityGroupIngress[0]: ingress allow tcp 10.0.0.0/29 destination ports 2548 => no-match (remote 10.0.0.9 not in 10.0.0.0/29)',
    '      - Sg.SecurityGroupIngress[1]: ingress allow tcp unknown ({"Ref":"Peer"}) destination ports 2548 => unknown (remote is unresolved ({"Ref":"Peer"}))',
  ];
  const V6 = '      - V6 #90: ingress deny 6 IPv6 peer destination ports 2548 => no-match (IPv6 peer only)';
  const IN = '      - In #100: ingress allow 6 10.0.0.0/29 destination ports 2548 => no-match (remote 10.0.0.9 not in 10.0.0.0/29)';
  const OUT = '      - Out #unknown ({"Ref":"Number"}): egress allow 6 10.0.0.0/8 destination ports 1024-65535 => match';
  expect(explain(FlowDirection.INGRESS, 2548)).toEqual([
    'ingress flow, peer 10.0.0.9, port 2548 (client port 40000, agent 10.240.0.5): denied',
    '  aws-security-groups: unknown',
    '    request ingress 10.0.0.9:40000 -> 10.240.0.5:2548: unknown, no rule allows it for certain; unresolved: Sg.SecurityGroupIngress[1] (remote is unresolved ({"Ref":"Peer"}))',
    ...SG_IN,
    '  aws-network-acl:Acl: denied',
    '    request ingress 10.0.0.9:40000 -> 10.240.0.5:2548: denied, no rule matches: implicit deny',
    V6,
    IN,
    '    reply egress 10.240.0.5:2548 -> 10.0.0.9:40000: unknown, position unknown: Out',
    OUT,
  ]);
  expect(explain(FlowDirection.EGRESS, 8086)).toEqual([
    'egress flow, peer 10.0.0.9, port 8086 (client port 40000, agent 10.240.0.5): denied',
    '  aws-security-groups: allowed',
    '    request egress 10.240.0.5:40000 -> 10.0.0.9:8086: allowed, allowed by Sg (default egress)',
    '      - Sg (default egress): egress allow all 0.0.0.0/0 destination ports all ports (implicit) => match',
    '  aws-network-acl:Acl: denied',
    '    request egress 10.240.0.5:40000 -> 10.0.0.9:8086: unknown, position unknown: Out',
    OUT,
    '    reply ingress 10.0.0.9:8086 -> 10.240.0.5:40000: denied, no rule matches: implicit deny',
    '      - V6 #90: ingress deny 6 IPv6 peer destination ports 2548 => no-match (IPv6 peer only; destination port 40000 not in 2548)',
    '      - In #100: ingress allow 6 10.0.0.0/29 destination ports 2548 => no-match (remote 10.0.0.9 not in 10.0.0.0/29; destination port 40000 not in 2548)',
  ]);
});
