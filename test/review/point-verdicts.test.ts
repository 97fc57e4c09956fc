import { FlowDirection } from '../../lib';
import { FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The point analyzer's one-line reason names the layers that decided the verdict and, within them,
 * the packets that did; its inputs are refused by name. A security group and a network ACL, the ACL
 * letting replies back only to part of the client ports.
 */
const TEMPLATE = cfnTemplate({
  Sg: awsGroup([tcpRule('10.0.0.0/8', 2548)], [CDK_NO_EGRESS]),
  Acl: awsAcl(),
  In: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 2548 }),
  Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 40000, to: 50000 }),
});
const artifact = () => SynthesizedArtifact.load(TEMPLATE);
const FIRST = 'first matching rule';
const check = (peer: string, port: number, clientPort: number, direction = FlowDirection.INGRESS) =>
  new FlowAnalyzer(artifact(), { clientPort }).check({ direction, peer, port });

test('allowed: every layer and every packet, layers apart by " | " and packets by "; "', () => {
  expect(check('10.1.2.3', 2548, 40000).reason).toBe(
    'allowed (aws-security-groups: request allowed by Sg.SecurityGroupIngress[0] | ' +
      `aws-network-acl:Acl: request ${FIRST} In allows it; reply ${FIRST} Out allows it)`,
  );
});

test('denied: only the layers that deny, and in them only the packets that are denied', () => {
  expect(check('10.1.2.3', 2548, 60000).reason).toBe('denied (aws-network-acl:Acl: reply no rule matches: implicit deny)');
  expect(check('192.0.2.1', 2548, 40000).reason).toBe(
    'denied (aws-security-groups: request no rule allows it | aws-network-acl:Acl: request no rule matches: implicit deny; reply no rule matches: implicit deny)',
  );
});

test('the explanation of an artifact without layers gives the reason, and a packet without rules says so', () => {
  const none = SynthesizedArtifact.load(cfnTemplate({ Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } }));
  expect(FlowAnalyzer.explain(FlowAnalyzer.analyze(none, { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 8086 })).split('\n')).toEqual([
    'egress flow, peer 10.0.0.1, port 8086 (client port 49152): unknown',
    '  no security group or network ACL found',
  ]);
  const ingressOnly = SynthesizedArtifact.load(cfnTemplate({ Sg: awsGroup([tcpRule('10.0.0.0/8', 2548)], [CDK_NO_EGRESS]) }));
  const explained = FlowAnalyzer.explain(FlowAnalyzer.analyze(ingressOnly, { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 8086 }));
  expect(explained.split('\n')).toEqual([
    'egress flow, peer 10.0.0.1, port 8086 (client port 49152): denied',
    '  aws-security-groups: denied',
    '    request egress agent:49152 -> 10.0.0.1:8086: denied, no rule allows it',
    '      - Sg.SecurityGroupEgress[0]: egress allow icmp 255.255.255.255/32 => no-match (protocol icmp is not TCP; remote 10.0.0.1 not in 255.255.255.255/32; destination port 8086 not in 252-86)',
  ]);
  const noRules = SynthesizedArtifact.load(cfnTemplate({ Sg: awsGroup([], []) }));
  expect(FlowAnalyzer.explain(FlowAnalyzer.analyze(noRules, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 })).split('\n')).toEqual(
    [
      'ingress flow, peer 10.0.0.1, port 2548 (client port 49152): denied',
      '  aws-security-groups: denied',
      '    request ingress 10.0.0.1:49152 -> agent:2548: denied, no rules: everything is denied',
      '      (no rules)',
    ],
  );
});

test('bad inputs are refused by name, and the bounds are accepted', () => {
  expect(() => new FlowAnalyzer(artifact(), { clientPort: 0 })).toThrow('clientPort must be a TCP port 1-65535, got 0');
  expect(() => new FlowAnalyzer(artifact(), { clientPort: 65536 })).toThrow('clientPort must be a TCP port 1-65535, got 65536');
  expect(() => new FlowAnalyzer(artifact(), { clientPort: 1.5 })).toThrow('clientPort must be a TCP port 1-65535, got 1.5');
  expect(() => new FlowAnalyzer(artifact(), { agentAddress: '10.0.0.0/8' })).toThrow("agentAddress must be an IPv4 address, got '10.0.0.0/8'");
  const analyzer = new FlowAnalyzer(artifact());
  expect(() => analyzer.check({ direction: FlowDirection.INGRESS, peer: '10.0.0.0/8', port: 2548 })).toThrow(
    "peer must be an IPv4 address, got '10.0.0.0/8'",
  );
  expect(() => analyzer.check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 0 })).toThrow('port must be a TCP port 1-65535, got 0');
  expect(() => analyzer.check({ direction: 'sideways' as FlowDirection, peer: '10.0.0.1', port: 2548 })).toThrow(
    "direction must be ingress or egress, got 'sideways'",
  );
  expect(new FlowAnalyzer(artifact(), { clientPort: 1 }).check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 65535 }).verdict).toBe(
    'denied',
  );
  expect(new FlowAnalyzer(artifact(), { clientPort: 65535 }).check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 1 }).verdict).toBe(
    'denied',
  );
});
