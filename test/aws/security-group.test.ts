import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AccessMode, BackupAgentConnectivity, BackupTarget, CatalogEdition, ConnectivityIntent, ConnectivityPolicy, Emit } from '../../lib/aws';
import { expectedRules, newStack, resourcesOfType, securityGroupRules, synth, VALIDATING_CONTEXT } from './helpers';

const COMBINATIONS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
);

describe('security group rules for every target, mode and edition', () => {
  test.each(COMBINATIONS)('$target $mode $edition: one rule per policy rule, exactly', (combination) => {
    const options = { ...combination, vaultCidrs: ['10.20.30.40/32'], allowLegacyManagementPort: true };
    const { template, construct } = synth(options);
    const policy = ConnectivityPolicy.resolve(options);
    const rules = securityGroupRules(template);
    expect(rules).toHaveLength(policy.rules.length);
    expect(rules).toEqual(expectedRules(policy.rules));
    expect(construct.policy.rules).toEqual(policy.rules);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    template.resourceCountIs('AWS::EC2::NetworkAclEntry', 0);
  });
});

describe('a new security group', () => {
  test('allows no outbound traffic beyond the policy and keeps no placeholder rule', () => {
    const { template } = synth({ mode: AccessMode.MINIMAL });
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('255.255.255.255/32');
    expect(json).not.toContain('Disallow all traffic');
    expect(json).not.toContain('0.0.0.0/0');
    const egress = securityGroupRules(template).filter((r) => r.direction === 'egress');
    expect(egress.length).toBeGreaterThan(0);
  });

  test('keeps its GroupDescription and logical ID whatever the mode, target or edition', () => {
    const seen = new Set<string>();
    for (const combination of COMBINATIONS) {
      const { template } = synth(combination);
      for (const [logicalId, group] of Object.entries(resourcesOfType(template, 'AWS::EC2::SecurityGroup'))) {
        seen.add(`${logicalId} ${group.Properties.GroupDescription}`);
      }
    }
    expect([...seen]).toEqual(['BackupAgentSecurityGroup1C83B19A IBM Cloud Backup agent connectivity']);
  });

  test('keeps its GroupDescription when the construct is placed elsewhere', () => {
    const { template } = synth({}, 'OtherStack');
    const groups = Object.values(resourcesOfType(template, 'AWS::EC2::SecurityGroup'));
    expect(groups.map((g) => g.Properties.GroupDescription)).toEqual(['IBM Cloud Backup agent connectivity']);
  });

  test('uses the policy rule descriptions', () => {
    const { template } = synth({ vaultCidrs: ['10.9.9.9/32'], mode: AccessMode.MINIMAL });
    const descriptions = new Set(securityGroupRules(template).map((r) => r.description));
    expect(descriptions).toEqual(
      new Set(['IBM Cloud Backup agent management port', 'IBM Cloud Backup agent to portal and AMP proxies', 'IBM Cloud Backup agent to vault']),
    );
  });

  test('emits separate rule resources with intent metadata when CDK is told not to inline rules', () => {
    const app = new App({ context: { ...VALIDATING_CONTEXT, '@aws-cdk/aws-ec2.securityGroupDisableInlineRules': true } });
    const stack = new Stack(app, 'Agents');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-0a1b2c3d4e5f67890', availabilityZones: ['us-east-1a'] });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc });
    const template = Template.fromStack(stack);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    const separate = {
      ...resourcesOfType(template, 'AWS::EC2::SecurityGroupIngress'),
      ...resourcesOfType(template, 'AWS::EC2::SecurityGroupEgress'),
    };
    expect(Object.keys(separate)).toHaveLength(construct.policy.rules.length);
    for (const resource of Object.values(separate)) expect(resource.Metadata[ConnectivityIntent.METADATA_KEY].constructPath).toBe('Agents/BackupAgent');
  });
});

describe('intent metadata', () => {
  test('every emitted resource records the resolved options', () => {
    const { stack, vpc } = newStack();
    const acl = ec2.NetworkAcl.fromNetworkAclId(stack, 'Acl', 'acl-0a1b2c3d4e5f67890');
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit: Emit.BOTH, networkAcl: acl, vaultCidrs: ['10.1.1.0/24'] });
    const template = Template.fromStack(stack);
    const resources = Object.entries(template.toJSON().Resources as Record<string, any>).filter(([, r]) => r.Type !== 'AWS::CDK::Metadata');
    expect(resources.length).toBe(1 + 2 * construct.policy.rules.length);
    for (const [, resource] of resources) {
      const record = ConnectivityIntent.parse(resource.Metadata?.[ConnectivityIntent.METADATA_KEY]);
      expect(record).toEqual(ConnectivityIntent.record(construct.policy, 'Agents/BackupAgent', 'aws', Emit.BOTH));
      expect(ConnectivityIntent.policyOf(record!).rules).toEqual(construct.policy.rules);
    }
  });
});

describe('determinism', () => {
  test('the same options in any list order give byte-identical templates', () => {
    const a = synth({
      mode: AccessMode.HOSTS,
      vaultCidrs: ['10.5.0.0/16', '10.1.2.3', '10.1.2.3/32'],
      centralControlSources: ['192.168.1.0/24', '172.16.0.0/12'],
      additionalEndpointCidrs: ['10.3.0.0/24', '10.2.119.0/24'],
    });
    const b = synth({
      additionalEndpointCidrs: ['10.2.119.0/24', '10.3.0.0/24'],
      centralControlSources: ['172.16.0.0/12', '192.168.1.0/24'],
      vaultCidrs: ['10.1.2.3/32', '10.5.0.0/16'],
      mode: AccessMode.HOSTS,
    });
    expect(JSON.stringify(b.template.toJSON())).toBe(JSON.stringify(a.template.toJSON()));
  });
});

describe('connections', () => {
  test('expose the group with the management port as the default port', () => {
    const { construct } = synth({ managementPort: 3000 });
    expect(construct.connections.securityGroups).toEqual([construct.securityGroup]);
    expect(construct.connections.defaultPort?.toString()).toBe('3000');
    expect(construct.networkAcl).toBeUndefined();
  });
});
