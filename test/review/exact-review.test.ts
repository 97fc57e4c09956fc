import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { TerraformStack, Testing } from 'cdktf';
import { BackupAgentConnectivity as AwsConnectivity, Emit } from '../../lib/aws';
import { BackupAgentConnectivity as IbmConnectivity, BackupAgentConnectivityProps as IbmProps, IbmInfrastructure } from '../../lib/cdktf';
import { ConnectivityReview, ConstructReview, ReviewOptions, SynthesizedArtifact } from '../../lib/review';
import { awsStackTemplate, awsTemplate } from './aws-stack';

process.env.CDK_VALIDATION = 'false';
process.env.CHECKPOINT_DISABLE = '1';

const SG_ID = 'sg-0a1b2c3d4e5f67890';

function review(document: object, options: ReviewOptions = {}): ConnectivityReview {
  return ConnectivityReview.ofArtifact(SynthesizedArtifact.load(document), options);
}

function only(report: ConnectivityReview): ConstructReview {
  expect(report.constructs).toHaveLength(1);
  return report.constructs[0];
}

function blockedOf(report: ConnectivityReview) {
  return only(report).requiredFlows!.filter((f) => f.verdict !== 'allowed');
}

describe('AWS: exact review of hand-edited output', () => {
  test('an existing ACL entry DENY 10.2.0.0/16 egress, rule 50, ahead of the construct: every AMP proxy is cut off, the review fails naming the entry', () => {
    const template = awsTemplate({ emit: Emit.BOTH }, (stack, construct) => {
      new ec2.NetworkAclEntry(stack, 'CorporateDeny', {
        networkAcl: construct.networkAcl!,
        ruleNumber: 50,
        cidr: ec2.AclCidr.ipv4('10.2.0.0/16'),
        traffic: ec2.AclTraffic.allTraffic(),
        direction: ec2.TrafficDirection.EGRESS,
        ruleAction: ec2.Action.DENY,
      });
    });
    const report = review(template);
    expect(report.passed).toBe(false);
    const blocked = blockedOf(report);
    // The management port's replies leave towards 10.2.0.0/16 too, so the deny blocks them as well.
    expect(blocked.map((f) => `${f.direction} ${f.peer} ${f.ports} ${f.verdict}`)).toEqual([
      'ingress 10.0.0.0/8 2548 denied',
      'egress 10.0.0.0/8 2546 denied',
      'egress 10.0.0.0/8 8086-8087 denied',
    ]);
    expect(blocked[0].blocked).toEqual([expect.objectContaining({ leg: 'reply', cidrs: ['10.2.0.0/16'], servicePorts: '2548' })]);
    const amp = blocked.find((f) => f.ports === '8086-8087')!;
    expect(amp.blocked).toHaveLength(1);
    expect(amp.blocked[0]).toMatchObject({
      verdict: 'denied',
      leg: 'request',
      cidrs: ['10.2.0.0/16'],
      servicePorts: '8086-8087',
      clientPorts: '32768-65535',
    });
    expect(amp.blocked[0].rule).toMatch(/^CorporateDeny[0-9A-F]{8} \(rule number 50\)$/);
    expect(amp.blocked[0].catalogHosts).toHaveLength(10);
    const markdown = report.toMarkdown();
    expect(markdown).toContain('Result: FAILED: 3 required flow(s) blocked.');
    expect(markdown).toMatch(
      /\| egress 10\.0\.0\.0\/8 8086-8087 \| \*\*BLOCKED\*\* \| aws-network-acl:\S+ \| request \| `CorporateDeny[0-9A-F]{8} \(rule number 50\)` \| 10\.2\.0\.0\/16 \| 8086-8087 \| 32768-65535 \| evwebamp0901-0910\.service\.softlayer\.com \|/,
    );
  });

  test('a deny inside a broad range: only its CIDR is blocked, the rest of 10.0.0.0/8 still passes', () => {
    const acl = awsTemplate({ emit: Emit.BOTH }, (stack, construct) => {
      new ec2.NetworkAclEntry(stack, 'OneProxyDenied', {
        networkAcl: construct.networkAcl!,
        ruleNumber: 60,
        cidr: ec2.AclCidr.ipv4('10.2.118.16/30'),
        traffic: ec2.AclTraffic.tcpPort(8087),
        direction: ec2.TrafficDirection.EGRESS,
        ruleAction: ec2.Action.DENY,
      });
    });
    const amp = blockedOf(review(acl)).find((f) => f.ports === '8086-8087')!;
    expect(amp.blocked.map((b) => [b.cidrs, b.servicePorts, b.catalogHosts])).toEqual([
      [
        ['10.2.118.16/30'],
        '8087',
        [
          'evwebamp0905.service.softlayer.com',
          'evwebamp0906.service.softlayer.com',
          'evwebamp0907.service.softlayer.com',
          'evwebamp0908.service.softlayer.com',
        ],
      ],
    ]);
  });

  test('a deny on part of the reply ports: the reply leg is blocked for those client ports only', () => {
    const template = awsTemplate({ emit: Emit.BOTH }, (stack, construct) => {
      new ec2.NetworkAclEntry(stack, 'ReplyDeny', {
        networkAcl: construct.networkAcl!,
        ruleNumber: 70,
        cidr: ec2.AclCidr.ipv4('10.0.0.0/8'),
        traffic: ec2.AclTraffic.tcpPortRange(40000, 45000),
        direction: ec2.TrafficDirection.INGRESS,
        ruleAction: ec2.Action.DENY,
      });
    });
    const blocked = blockedOf(review(template));
    expect(blocked.map((f) => f.ports)).toEqual(['2546', '8086-8087']);
    for (const flow of blocked) {
      expect(flow.blocked).toEqual([
        expect.objectContaining({
          leg: 'reply',
          cidrs: ['10.0.0.0/8'],
          clientPorts: '40000-45000',
          rule: expect.stringMatching(/^ReplyDeny[0-9A-F]{8} \(rule number 70\)$/),
        }),
      ]);
    }
    // Checked with client ports outside the denied ones, the same output passes.
    expect(review(template, { clientPorts: { from: 49152, to: 65535 } }).passed).toBe(true);
  });

  test("addIngressRule(anyIpv4, tcp 22) and all-TCP egress to 0.0.0.0/0 on the construct's own group: tampering and public exposure fail the review", () => {
    const template = awsTemplate({}, (_stack, construct) => {
      construct.securityGroup!.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
      construct.securityGroup!.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.allTcp());
    });
    const report = review(template);
    expect(report.passed).toBe(false);
    expect(report.blockedFlows).toBe(0);
    const openings = only(report).beyondIntent!;
    const ssh = openings.filter((o) => o.direction === 'ingress');
    expect(ssh).toEqual([
      expect.objectContaining({
        kind: 'construct-rule',
        verdict: 'allowed',
        cidrs: ['0.0.0.0/0'],
        servicePorts: '22',
        tampering: true,
        publicExposure: true,
      }),
    ]);
    expect(ssh[0].rule).toMatch(/SecurityGroupIngress\[\d\]$/);
    const egress = openings.filter((o) => o.direction === 'egress');
    expect(egress.length).toBeGreaterThan(0);
    expect(egress.every((o) => o.kind === 'construct-rule' && o.tampering && /SecurityGroupEgress\[\d\]$/.test(o.rule))).toBe(true);
    expect(egress.some((o) => o.publicCidrs.includes('0.0.0.0/5') && o.servicePorts === 'all ports')).toBe(true);
    expect(report.tamperedOpenings).toBeGreaterThan(0);
    expect(report.publicExposures).toBeGreaterThan(0);
    const markdown = report.toMarkdown();
    expect(markdown).toContain('Result: FAILED: ');
    expect(markdown).toContain("opening(s) beyond the intent by the construct's own rules");
    expect(markdown).toContain('#### Beyond the intent');
    expect(markdown).toMatch(
      /\| construct's own rule \(\*\*FAILS\*\*\) \| allowed \| aws-security-groups \| `\S+SecurityGroupIngress\[\d\]` \| ingress \| 0\.0\.0\.0\/0 \| 22 \| 32768-65535 \|/,
    );
  });

  test('a shared group with unrelated rules: reported, fails only a strict review; a hand-added public rule on it fails', () => {
    const shared = (cidr: string) => awsTemplateShared(cidr);
    const report = review(shared('10.50.0.0/16'));
    expect(report.passed).toBe(true);
    const openings = only(report).beyondIntent!;
    expect(openings).toEqual([
      expect.objectContaining({
        kind: 'shared-rule',
        rule: 'Ssh',
        cidrs: ['10.50.0.0/16'],
        servicePorts: '22',
        tampering: false,
        publicExposure: false,
      }),
    ]);
    expect(report.failureReasons(true)).toEqual(['1 opening(s) beyond the intent by shared rules']);
    const exposed = review(shared('0.0.0.0/0'));
    expect(exposed.passed).toBe(false);
    expect(only(exposed).beyondIntent!).toEqual([expect.objectContaining({ kind: 'shared-rule', rule: 'Ssh', publicExposure: true })]);
  });
});

/** The construct on an existing group, with a rule added to that group by other code. */
function awsTemplateShared(sshSource: string): object {
  return awsTemplateWith((stack) => {
    new ec2.CfnSecurityGroupIngress(stack, 'Ssh', { groupId: SG_ID, ipProtocol: 'tcp', cidrIp: sshSource, fromPort: 22, toPort: 22 });
  });
}

function awsTemplateWith(extra: (stack: Stack) => void): object {
  return awsStackTemplate((stack, vpc) => {
    const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Existing', SG_ID, { allowAllOutbound: false });
    new AwsConnectivity(stack, 'BackupAgent', { vpc, securityGroup });
    extra(stack);
  });
}

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** The IBM construct's Terraform JSON (with its `//` intent records and references). */
function ibmConfig(props: IbmProps): { resource: Resources } & Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), 'agents');
  new IbmConnectivity(stack, 'BackupAgent', props);
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const IBM_ACL = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

/** The construct's ACL rule that heads its `before` chain: no other rule goes ahead of it. */
function chainHead(config: { resource: Resources }): string {
  const rules = config.resource.ibm_is_network_acl_rule;
  const referenced = new Set(Object.values(rules).map((r) => /ibm_is_network_acl_rule\.([^.]+)\./.exec(String(r.before))?.[1]));
  return Object.keys(rules).find((name) => !referenced.has(name))!;
}

describe('IBM Cloud VPC: exact review of hand-edited output', () => {
  const aclProps: IbmProps = { emit: Emit.NETWORK_ACL, networkAclId: IBM_ACL, networkAclRulesBefore: 'r006-7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f' };

  test('a deny ahead of the construct in the before chain blocks the AMP proxies; the review names the ACL rule', () => {
    const config = ibmConfig(aclProps);
    const head = chainHead(config);
    config.resource.ibm_is_network_acl_rule.corp_deny = {
      network_acl: IBM_ACL,
      name: 'corp-deny-amp',
      action: 'deny',
      direction: 'outbound',
      source: '0.0.0.0/0',
      destination: '10.2.118.0/24',
      protocol: 'all',
      before: `\${ibm_is_network_acl_rule.${head}.rule_id}`,
    };
    const report = review(config);
    expect(report.passed).toBe(false);
    const amp = blockedOf(report).find((f) => f.ports === '8086-8087')!;
    expect(amp.blocked).toEqual([
      expect.objectContaining({
        verdict: 'denied',
        leg: 'request',
        rule: 'ibm_is_network_acl_rule.corp_deny (corp-deny-amp)',
        cidrs: ['10.2.118.0/24'],
        servicePorts: '8086-8087',
      }),
    ]);
    expect(amp.blocked[0].catalogHosts).toHaveLength(10);
    // Appended behind the construct's rules instead, the same deny blocks nothing.
    delete config.resource.ibm_is_network_acl_rule.corp_deny.before;
    expect(blockedOf(review(config))).toEqual([]);
  });

  test('a deny on part of the reply ports (source ports honoured) blocks the reply for those client ports', () => {
    const config = ibmConfig(aclProps);
    config.resource.ibm_is_network_acl_rule.reply_deny = {
      network_acl: IBM_ACL,
      name: 'reply-deny',
      action: 'deny',
      direction: 'inbound',
      source: '10.0.0.0/8',
      destination: '0.0.0.0/0',
      protocol: 'tcp',
      port_min: 50000,
      port_max: 50100,
      source_port_min: 8086,
      source_port_max: 8086,
      before: `\${ibm_is_network_acl_rule.${chainHead(config)}.rule_id}`,
    };
    const reviewed = review(config);
    expect(only(reviewed).foundRules!.find((r) => r.resource.includes('reply_deny'))!.ports).toBe('50000-50100 (source 8086)');
    const amp = blockedOf(reviewed).find((f) => f.ports === '8086-8087')!;
    expect(amp.blocked).toEqual([
      expect.objectContaining({
        verdict: 'denied',
        leg: 'reply',
        rule: 'ibm_is_network_acl_rule.reply_deny (reply-deny)',
        cidrs: ['10.0.0.0/8'],
        servicePorts: '8086',
        clientPorts: '50000-50100',
      }),
    ]);
  });

  test("a hand-added public rule on the construct's group fails; a copied intent reference makes it tampering too", () => {
    const config = ibmConfig({ vpcId: VPC_ID, name: 'backup-agent' });
    const group = Object.keys(config.resource.ibm_is_security_group)[0];
    const ssh = {
      group: `\${ibm_is_security_group.${group}.id}`,
      direction: 'inbound',
      remote: '0.0.0.0/0',
      protocol: 'tcp',
      port_min: 22,
      port_max: 22,
    };
    config.resource.ibm_is_security_group_rule.ssh = ssh;
    const report = review(config);
    expect(report.passed).toBe(false);
    expect(only(report).beyondIntent).toEqual([
      expect.objectContaining({
        kind: 'shared-rule',
        rule: 'ibm_is_security_group_rule.ssh',
        cidrs: ['0.0.0.0/0'],
        servicePorts: '22',
        publicExposure: true,
        tampering: false,
      }),
    ]);
    const firstRule = Object.values(config.resource.ibm_is_security_group_rule)[0];
    config.resource.ibm_is_security_group_rule.ssh = { ...ssh, '//': firstRule['//'] };
    expect(only(review(config)).beyondIntent).toEqual([expect.objectContaining({ kind: 'construct-rule', tampering: true, publicExposure: true })]);
  });

  test('a shared group with unrelated private rules: reported as shared, the review passes', () => {
    const config = ibmConfig({ vpcId: VPC_ID, name: 'backup-agent' });
    const group = Object.keys(config.resource.ibm_is_security_group)[0];
    config.resource.ibm_is_security_group_rule.web = {
      group: `\${ibm_is_security_group.${group}.id}`,
      direction: 'inbound',
      remote: '10.60.0.0/16',
      protocol: 'tcp',
      port_min: 443,
      port_max: 443,
    };
    const report = review(config);
    expect(report.passed).toBe(true);
    expect(only(report).beyondIntent).toEqual([
      expect.objectContaining({ kind: 'shared-rule', rule: 'ibm_is_security_group_rule.web', cidrs: ['10.60.0.0/16'], servicePorts: '443' }),
    ]);
  });
});

describe('IBM Cloud classic: exact review of hand-edited output', () => {
  test("a public rule on the construct's classic group fails; a shared private one is reported", () => {
    const config = ibmConfig({ infrastructure: IbmInfrastructure.CLASSIC, name: 'Backup agents' });
    const group = Object.keys(config.resource.ibm_security_group)[0];
    config.resource.ibm_security_group_rule.rdp = {
      security_group_id: `\${ibm_security_group.${group}.id}`,
      direction: 'ingress',
      ether_type: 'IPv4',
      remote_ip: '10.70.0.0/16',
      protocol: 'tcp',
      port_range_min: 3389,
      port_range_max: 3389,
    };
    const shared = review(config);
    expect(shared.passed).toBe(true);
    expect(only(shared).beyondIntent).toEqual([expect.objectContaining({ kind: 'shared-rule', cidrs: ['10.70.0.0/16'], servicePorts: '3389' })]);
    config.resource.ibm_security_group_rule.any = {
      security_group_id: `\${ibm_security_group.${group}.id}`,
      direction: 'egress',
      ether_type: 'IPv4',
      remote_ip: '0.0.0.0/0',
    };
    const exposed = review(config);
    expect(exposed.passed).toBe(false);
    expect(only(exposed).beyondIntent!.find((o) => o.rule === 'ibm_security_group_rule.any')).toMatchObject({
      kind: 'shared-rule',
      publicExposure: true,
      servicePorts: 'all ports',
    });
  });
});
