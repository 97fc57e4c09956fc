import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import {
  AccessMode,
  AwsConnectivityWarningIds,
  BackupAgentConnectivity,
  BackupAgentConnectivityProps,
  BackupTarget,
  ConnectivityIntent,
  ConnectivityPolicy,
  Emit,
} from '../../lib/aws';
import { aclEntries, CONSTRUCT_RESOURCE_TYPES, newStack, primeCloudFormationValidator, resourcesOfType, TemplateAclEntry, thrown } from './helpers';

// One engine of CDK's CloudFormation validator serves every template of this file.
beforeAll(() => {
  expect(primeCloudFormationValidator()).toEqual(CONSTRUCT_RESOURCE_TYPES);
});

function synthAcl(props: Omit<BackupAgentConnectivityProps, 'vpc' | 'networkAcl'>) {
  const { stack, vpc } = newStack();
  const networkAcl = ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');
  const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit: Emit.NETWORK_ACL, networkAcl, ...props });
  return { stack, construct, template: Template.fromStack(stack) };
}

function withoutLogicalId(entries: TemplateAclEntry[]) {
  return entries.map(({ logicalId: _, ...rest }) => rest);
}

describe('network ACL entries with reply traffic', () => {
  test('broad mode: one inbound reply entry serves both egress rules towards 10.0.0.0/8; numbers count up per direction', () => {
    const { construct, template } = synthAcl({});
    const rows = aclEntries(template).map((e) => [
      e.logicalId.replace(/[0-9A-F]{8}$/, ''),
      e.direction,
      e.cidr,
      `${e.fromPort}-${e.toPort}`,
      e.ruleNumber,
    ]);
    const sort = (list: typeof rows) => [...list].sort((a, b) => String(a[1]).localeCompare(String(b[1])) || Number(a[4]) - Number(b[4]));
    expect(sort(rows)).toEqual([
      ['BackupAgentingress100008tcp2548reply', 'egress', '10.0.0.0/8', '1024-65535', 100],
      ['BackupAgentegress100008tcp2546', 'egress', '10.0.0.0/8', '2546-2546', 110],
      ['BackupAgentegress100008tcp80868087', 'egress', '10.0.0.0/8', '8086-8087', 120],
      ['BackupAgentingress100008tcp2548', 'ingress', '10.0.0.0/8', '2548-2548', 100],
      ['BackupAgentegress100008tcp2546reply', 'ingress', '10.0.0.0/8', '1024-65535', 110],
    ]);
    expect(construct.policy.rules).toHaveLength(3);
  });

  test('without shared peers each policy rule gets its entry and the reply on the ephemeral ports, in both directions', () => {
    const { construct, template } = synthAcl({ vaultCidrs: ['10.7.0.0/16'], mode: AccessMode.MINIMAL });
    const rules = construct.policy.rules;
    const expected = rules.flatMap((rule, i) => {
      const ruleNumber = 100 + 10 * i;
      const reply = rule.direction === 'egress' ? 'ingress' : 'egress';
      return [
        { direction: rule.direction, cidr: rule.cidr, fromPort: rule.fromPort, toPort: rule.toPort, ruleNumber, protocol: 6, action: 'allow' },
        { direction: reply, cidr: rule.cidr, fromPort: 1024, toPort: 65535, ruleNumber, protocol: 6, action: 'allow' },
      ];
    });
    const sort = (list: Array<{ direction: string; ruleNumber: number }>) =>
      [...list].sort((a, b) => a.direction.localeCompare(b.direction) || a.ruleNumber - b.ruleNumber);
    expect(sort(withoutLogicalId(aclEntries(template)))).toEqual(sort(expected));
    template.resourceCountIs('AWS::EC2::SecurityGroup', 0);
    expect(construct.securityGroup).toBeUndefined();
    expect(construct.connections.securityGroups).toEqual([]);
    const entries = Object.values(resourcesOfType(template, 'AWS::EC2::NetworkAclEntry'));
    for (const entry of entries) expect(entry.Properties.NetworkAclId).toBe('acl-0a1b2c3d4e5f67890');
    const records = entries.map((e) => ConnectivityIntent.parse(e.Metadata[ConnectivityIntent.METADATA_KEY])).filter((r) => r !== undefined);
    expect(records.map((r) => r.emit)).toEqual([Emit.NETWORK_ACL]);
  });

  test('an egress rule opens outbound service ports and inbound replies; an ingress rule the reverse', () => {
    const { template } = synthAcl({ target: BackupTarget.FEDERAL, mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.1.1/32'] });
    const entries = withoutLogicalId(aclEntries(template)).filter((e) => e.cidr === '100.100.6.20/32');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ direction: 'ingress', fromPort: 2548, toPort: 2548 }),
        expect.objectContaining({ direction: 'egress', fromPort: 1024, toPort: 65535 }),
        expect.objectContaining({ direction: 'egress', fromPort: 8086, toPort: 8087 }),
        expect.objectContaining({ direction: 'ingress', fromPort: 1024, toPort: 65535 }),
      ]),
    );
    expect(entries).toHaveLength(4);
  });

  test('rule numbers follow the configured start and step, counted within each direction', () => {
    const numbers = (template: Template, direction: string) =>
      aclEntries(template)
        .filter((e) => e.direction === direction)
        .map((e) => e.ruleNumber)
        .sort((a, b) => a - b);
    const hosts = synthAcl({ mode: AccessMode.HOSTS, networkAclRuleNumberStart: 500, networkAclRuleNumberStep: 3 });
    const n = hosts.construct.policy.rules.length;
    for (const direction of ['ingress', 'egress'])
      expect(numbers(hosts.template, direction)).toEqual(Array.from({ length: n }, (_, i) => 500 + 3 * i));
    const broad = synthAcl({ networkAclRuleNumberStart: 500, networkAclRuleNumberStep: 3 });
    expect(numbers(broad.template, 'ingress')).toEqual([500, 503]);
    expect(numbers(broad.template, 'egress')).toEqual([500, 503, 506]);
  });

  test('custom ephemeral ports apply to every reply entry', () => {
    const { template } = synthAcl({ ephemeralPorts: { from: 32768, to: 60999 } });
    const replies = Object.entries(resourcesOfType(template, 'AWS::EC2::NetworkAclEntry'))
      .filter(([id]) => id.includes('reply'))
      .map(([, r]) => r.Properties.PortRange);
    expect(replies).toHaveLength(2);
    for (const range of replies) expect(range).toEqual({ From: 32768, To: 60999 });
  });

  test('the last rule number of the busiest direction may be 32766 but not above', () => {
    // Broad mode: 3 outbound entries (two requests and a reply), 2 inbound ones.
    const highest = 32766 - 2 * 10;
    const { template } = synthAcl({ networkAclRuleNumberStart: highest });
    expect(Math.max(...aclEntries(template).map((e) => e.ruleNumber))).toBe(32766);
    expect(() => synthAcl({ networkAclRuleNumberStart: highest + 1 })).toThrow(
      /at 'Agents\/BackupAgent'[\s\S]*networkAclRuleNumberStart: leaves no room for 3 entries per direction: the last would be 32767/,
    );
  });

  test('entry logical IDs derive from the policy rule ids and stay the same across modes and targets', () => {
    const ids = (props: Omit<BackupAgentConnectivityProps, 'vpc' | 'networkAcl'>) =>
      Object.keys(resourcesOfType(synthAcl(props).template, 'AWS::EC2::NetworkAclEntry'));
    const commercial = ids({});
    const federal = ids({ target: BackupTarget.FEDERAL });
    expect(commercial).toContain('BackupAgentingress100008tcp2548CD5E1F8D');
    expect(commercial).toContain('BackupAgentingress100008tcp2548reply81A0EC64');
    expect(federal).toEqual(expect.arrayContaining(commercial));
  });

  test('more entries per direction than the default quota of 20 are warned about, 20 are not', () => {
    const sources = (count: number) => Array.from({ length: count }, (_, i) => `192.168.${2 * i}.0/24`);
    const base = ConnectivityPolicy.resolve({}).rules.length;
    const atQuota = synthAcl({ centralControlSources: sources(20 - base) });
    expect(atQuota.construct.policy.rules).toHaveLength(20);
    Annotations.fromStack(atQuota.stack).hasNoWarning('*', Match.stringLikeRegexp(AwsConnectivityWarningIds.NETWORK_ACL_QUOTA));
    const overQuota = synthAcl({ centralControlSources: sources(21 - base) });
    expect(overQuota.construct.policy.rules).toHaveLength(21);
    Annotations.fromStack(overQuota.stack).hasWarning(
      '/Agents/BackupAgent',
      Match.stringLikeRegexp(`21 entries per direction.*quota of 20.*\\[ack: ${AwsConnectivityWarningIds.NETWORK_ACL_QUOTA}\\]`),
    );
  });

  test('replies shared by several rules count once towards the quota', () => {
    // 21 policy rules, but 20 inbound entries (one reply from 10.0.0.0/8 serves both egress rules towards it) and 16 outbound ones.
    const { stack, construct, template } = synthAcl({
      allowLegacyManagementPort: true,
      centralControlSources: Array.from({ length: 4 }, (_, i) => `192.168.${2 * i}.0/24`),
      vaultCidrs: Array.from({ length: 9 }, (_, i) => `192.168.${100 + 2 * i}.0/24`),
    });
    expect(construct.policy.rules).toHaveLength(21);
    const count = (direction: string) => aclEntries(template).filter((e) => e.direction === direction).length;
    expect([count('ingress'), count('egress')]).toEqual([20, 16]);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(AwsConnectivityWarningIds.NETWORK_ACL_QUOTA));
  });

  test('emit BOTH renders the security group rules and the ACL entries', () => {
    const { template } = synthAcl({ emit: Emit.BOTH });
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    template.resourceCountIs('AWS::EC2::NetworkAclEntry', 5);
  });
});

describe('rule numbers shared with other entries of the same ACL', () => {
  const build = (otherStart: number) => {
    const { stack, vpc } = newStack();
    const networkAcl = ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');
    new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit: Emit.NETWORK_ACL, networkAcl });
    new BackupAgentConnectivity(stack, 'OtherAgents', { vpc, emit: Emit.NETWORK_ACL, networkAcl, networkAclRuleNumberStart: otherStart });
    new ec2.NetworkAclEntry(stack, 'HandWritten', {
      networkAcl,
      cidr: ec2.AclCidr.ipv4('192.168.0.0/16'),
      traffic: ec2.AclTraffic.tcpPort(22),
      direction: ec2.TrafficDirection.INGRESS,
      ruleNumber: 10,
    });
    return stack;
  };

  test('fail synthesis, naming both entries', () => {
    const error = thrown(() => Template.fromStack(build(110)));
    expect(error.message).toMatch(
      /Agents\/BackupAgent[\s\S]*rule number collision: inbound 110 is used by 'Agents\/BackupAgent\/[^']+' and by 'Agents\/OtherAgents\/[^']+'/,
    );
  });

  test('pass when the ranges do not meet', () => {
    expect(aclEntries(Template.fromStack(build(500)))).toHaveLength(1 + 2 * 5);
  });
});

describe('a new network ACL', () => {
  test('is created for the selected subnets with a loud warning', () => {
    const { stack, vpc } = newStack();
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', {
      vpc,
      emit: Emit.NETWORK_ACL,
      networkAclSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::NetworkAcl', 1);
    template.resourceCountIs('AWS::EC2::SubnetNetworkAclAssociation', 2);
    template.resourceCountIs('AWS::EC2::NetworkAclEntry', 5);
    expect(construct.policy.rules).toHaveLength(3);
    for (const type of ['AWS::EC2::NetworkAcl', 'AWS::EC2::SubnetNetworkAclAssociation']) {
      for (const resource of Object.values(resourcesOfType(template, type))) {
        expect(ConnectivityIntent.constructPathOf(resource.Metadata[ConnectivityIntent.METADATA_KEY])).toBe('Agents/BackupAgent');
      }
    }
    expect(construct.networkAcl).toBeInstanceOf(ec2.NetworkAcl);
    Annotations.fromStack(stack).hasWarning(
      '/Agents/BackupAgent',
      Match.stringLikeRegexp(`NEW NETWORK ACL.*2 SUBNET.*lose ALL other traffic.*\\[ack: ${AwsConnectivityWarningIds.NEW_NETWORK_ACL}\\]`),
    );
  });

  test('an existing ACL draws no such warning', () => {
    const { stack } = synthAcl({});
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(AwsConnectivityWarningIds.NEW_NETWORK_ACL));
  });
});
