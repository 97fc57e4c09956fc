import { FlowDirection } from '../../lib';
import { FlowAnalysisOptions, FlowAnalyzer, FlowQuery, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

const analyze = (template: object, flow: FlowQuery, options: FlowAnalysisOptions = {}) =>
  FlowAnalyzer.analyze(SynthesizedArtifact.load(template), flow, options);
const verdict = (template: object, flow: FlowQuery, options: FlowAnalysisOptions = {}) => analyze(template, flow, options).verdict;

describe('AWS security groups (stateful, allow-only)', () => {
  const group = cfnTemplate({
    AgentSg: awsGroup([tcpRule('10.0.0.0/8', 2548)], [tcpRule('10.0.0.0/8', 8086, 8087), CDK_NO_EGRESS]),
  });

  test('an inline rule allows flows inside its CIDR and ports, and nothing else', () => {
    expect(verdict(group, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('allowed');
    expect(verdict(group, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8088 })).toBe('denied');
    expect(verdict(group, { direction: FlowDirection.EGRESS, peer: '11.0.0.1', port: 8086 })).toBe('denied');
    expect(verdict(group, { direction: FlowDirection.INGRESS, peer: '10.200.86.22', port: 2548 })).toBe('allowed');
    expect(verdict(group, { direction: FlowDirection.INGRESS, peer: '10.200.86.22', port: 808 })).toBe('denied');
  });

  test('the CDK "Disallow all traffic" placeholder allows no TCP flow', () => {
    const template = cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS]) });
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '255.255.255.255', port: 86 })).toBe('denied');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 443 })).toBe('denied');
  });

  test("a group without SecurityGroupEgress keeps the default allow-all egress, and CDK's explicit -1 rule allows all too", () => {
    const implicit = cfnTemplate({ AgentSg: awsGroup([tcpRule('10.0.0.0/8', 2548)]) });
    const result = analyze(implicit, { direction: FlowDirection.EGRESS, peer: '203.0.113.9', port: 25 });
    expect(result.verdict).toBe('allowed');
    expect(result.reason).toContain('AgentSg (default egress)');
    const explicit = cfnTemplate({
      AgentSg: awsGroup([], [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0', Description: 'Allow all outbound traffic by default' }]),
    });
    expect(verdict(explicit, { direction: FlowDirection.EGRESS, peer: '203.0.113.9', port: 25 })).toBe('allowed');
    expect(verdict(explicit, { direction: FlowDirection.INGRESS, peer: '203.0.113.9', port: 2548 })).toBe('denied');
  });

  test('separate ingress and egress resources join their group through Ref and Fn::GetAtt; protocols tcp, 6 and -1 cover TCP', () => {
    const template = cfnTemplate({
      AgentSg: awsGroup(undefined, [CDK_NO_EGRESS]),
      Mgmt: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, IpProtocol: '6', CidrIp: '10.2.118.0/24', FromPort: 2548, ToPort: 2548 },
      },
      Vault: {
        Type: 'AWS::EC2::SecurityGroupEgress',
        Properties: { GroupId: { Ref: 'AgentSg' }, IpProtocol: 'tcp', CidrIp: '10.200.90.15/32', FromPort: 2546, ToPort: 2546 },
      },
      Everything: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { Ref: 'AgentSg' }, IpProtocol: '-1', CidrIp: '192.168.1.0/24' } },
      Udp: {
        Type: 'AWS::EC2::SecurityGroupEgress',
        Properties: { GroupId: { Ref: 'AgentSg' }, IpProtocol: 'udp', CidrIp: '172.16.0.0/12', FromPort: 1, ToPort: 65535 },
      },
    });
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.2.118.19', port: 2548 })).toBe('allowed');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.200.90.15', port: 2546 })).toBe('allowed');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.200.90.16', port: 2546 })).toBe('denied');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '192.168.1.200', port: 3389 })).toBe('allowed');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '172.16.0.1', port: 53 })).toBe('denied');
  });

  test('a public source is reported as allowed: the analysis reads what the template says', () => {
    const template = cfnTemplate({ AgentSg: awsGroup([tcpRule('0.0.0.0/0', 2548)], [CDK_NO_EGRESS]) });
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '198.51.100.7', port: 2548 })).toBe('allowed');
  });

  test('unresolved intrinsics are unknown, never guessed; a definite mismatch elsewhere still decides', () => {
    const template = cfnTemplate({ AgentSg: awsGroup([tcpRule({ 'Fn::ImportValue': 'ManagementCidr' }, 2548)], [CDK_NO_EGRESS]) });
    const result = analyze(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 });
    expect(result.verdict).toBe('unknown');
    expect(result.reason).toContain('Fn::ImportValue');
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2549 })).toBe('denied');
    const ports = cfnTemplate({ AgentSg: awsGroup([tcpRule('10.0.0.0/8', { Ref: 'ManagementPort' })], [CDK_NO_EGRESS]) });
    expect(verdict(ports, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 })).toBe('unknown');
  });

  test('rules added to a group defined elsewhere: allowed when they match, unknown otherwise unless the group is assumed complete', () => {
    const template = cfnTemplate({
      Mgmt: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: 'sg-0123456789abcdef0', IpProtocol: 'tcp', CidrIp: '10.0.0.0/8', FromPort: 2548, ToPort: 2548 },
      },
    });
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 })).toBe('allowed');
    const other = analyze(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 22 });
    expect(other.verdict).toBe('unknown');
    expect(other.reason).toContain('sg-0123456789abcdef0 is not defined in the artifact');
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 22 }, { treatExternalAsComplete: true })).toBe('denied');
  });

  test('IPv6-only rules never allow IPv4 flows', () => {
    const template = cfnTemplate({ AgentSg: awsGroup([{ IpProtocol: 'tcp', CidrIpv6: '::/0', FromPort: 2548, ToPort: 2548 }], [CDK_NO_EGRESS]) });
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 })).toBe('denied');
  });
});

describe('AWS network ACL entries (stateless, by rule number, first match)', () => {
  const complete = {
    Acl: awsAcl(),
    Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 8086, to: 8087 }),
    OutReply: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 1024, to: 65535 }),
    In: awsEntry('Acl', { number: 110, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 2548 }),
    InReply: awsEntry('Acl', { number: 110, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 1024, to: 65535 }),
  };

  test('request and reply both pass when both directions have a rule', () => {
    const template = cfnTemplate(complete);
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 })).toBe('allowed');
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.2.118.12', port: 2548 })).toBe('allowed');
    // Below the ephemeral range of the reply entry, so only the management entry could admit it.
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.2.118.12', port: 808 })).toBe('denied');
    // Stateless: the reply entry (inbound 1024-65535) admits any high port from 10.0.0.0/8.
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.2.118.12', port: 2549 })).toBe('allowed');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '192.168.0.1', port: 8086 })).toBe('denied');
  });

  test('a missing reply rule blocks the flow, and the reason names the reply', () => {
    const { OutReply: _dropped, ...withoutReply } = complete;
    const result = analyze(cfnTemplate(withoutReply), { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 });
    expect(result.verdict).toBe('denied');
    const layer = result.layers[0];
    expect(layer.legs.map((l) => [l.leg, l.verdict])).toEqual([
      ['request', 'allowed'],
      ['reply', 'denied'],
    ]);
    expect(FlowAnalyzer.explain(result)).toContain('reply ingress 10.2.118.12:8086 -> agent:49152: denied, no rule matches: implicit deny');
  });

  test('the client port decides whether the reply passes the ephemeral range', () => {
    const template = cfnTemplate(complete);
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 }, { clientPort: 1023 })).toBe('denied');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 }, { clientPort: 1024 })).toBe('allowed');
  });

  test('a deny entry with a lower rule number wins over a later allow, and a higher one does not', () => {
    const denyFirst = cfnTemplate({
      ...complete,
      Deny: awsEntry('Acl', { number: 50, egress: true, action: 'deny', cidr: '10.2.118.0/24', protocol: -1 }),
    });
    const result = analyze(denyFirst, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 });
    expect(result.verdict).toBe('denied');
    expect(result.reason).toContain('first matching rule Deny denies it');
    expect(verdict(denyFirst, { direction: FlowDirection.EGRESS, peer: '10.0.82.12', port: 8086 })).toBe('allowed');
    const denyLater = cfnTemplate({
      ...complete,
      Deny: awsEntry('Acl', { number: 200, egress: true, action: 'deny', cidr: '10.2.118.0/24', protocol: -1 }),
    });
    expect(verdict(denyLater, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 })).toBe('allowed');
  });

  test('an entry with an unresolved rule number cannot be placed, so a flow it could decide differently is unknown', () => {
    const template = cfnTemplate({
      ...complete,
      Deny: awsEntry('Acl', { number: { Ref: 'DenyNumber' }, egress: true, action: 'deny', cidr: '10.2.118.0/24', protocol: -1 }),
    });
    const result = analyze(template, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 });
    expect(result.verdict).toBe('unknown');
    expect(result.reason).toContain('position unknown: Deny');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.0.82.12', port: 8086 })).toBe('allowed');
  });

  test('an ACL defined elsewhere: unknown when no visible entry decides', () => {
    const template = cfnTemplate({
      Out: {
        Type: 'AWS::EC2::NetworkAclEntry',
        Properties: {
          NetworkAclId: 'acl-0123456789abcdef0',
          RuleNumber: 100,
          Egress: true,
          RuleAction: 'allow',
          Protocol: 6,
          CidrBlock: '10.0.0.0/8',
          PortRange: { From: 8086, To: 8087 },
        },
      },
    });
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.0.0.9', port: 8086 })).toBe('unknown');
    expect(verdict(template, { direction: FlowDirection.EGRESS, peer: '10.0.0.9', port: 8086 }, { treatExternalAsComplete: true })).toBe('denied');
  });

  test('a flow must pass the security groups and the ACL', () => {
    const template = cfnTemplate({ ...complete, AgentSg: awsGroup([tcpRule('10.2.118.0/24', 2548)], [CDK_NO_EGRESS]) });
    expect(verdict(template, { direction: FlowDirection.INGRESS, peer: '10.2.118.12', port: 2548 })).toBe('allowed');
    const result = analyze(template, { direction: FlowDirection.INGRESS, peer: '10.0.82.12', port: 2548 });
    expect(result.verdict).toBe('denied');
    expect(result.layers.map((l) => [l.layer, l.verdict])).toEqual([
      ['aws-security-groups', 'denied'],
      ['aws-network-acl:Acl', 'allowed'],
    ]);
  });

  test('an artifact without groups or ACLs gives unknown', () => {
    expect(analyze(cfnTemplate({ Bucket: { Type: 'AWS::S3::Bucket' } }), { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 1 }).reason).toBe(
      'no security group or network ACL found',
    );
  });
});
