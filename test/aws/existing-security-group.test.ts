import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AccessMode, BackupAgentConnectivity, ConnectivityIntent, ConnectivityValidationError } from '../../lib/aws';
import { expectedRules, newStack, resourcesOfType, securityGroupRules, thrown } from './helpers';

describe('an existing security group', () => {
  test('imported mutable without all-outbound gets one separate rule resource per policy rule, with intent metadata', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group, mode: AccessMode.MINIMAL, vaultCidrs: ['10.8.8.8/32'] });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 0);
    const ingress = resourcesOfType(template, 'AWS::EC2::SecurityGroupIngress');
    const egress = resourcesOfType(template, 'AWS::EC2::SecurityGroupEgress');
    expect(Object.keys(ingress)).toHaveLength(construct.policy.ingressRules().length);
    expect(Object.keys(egress)).toHaveLength(construct.policy.egressRules().length);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    for (const rule of [...Object.values(ingress), ...Object.values(egress)]) {
      expect(rule.Properties.GroupId).toBe('sg-0a1b2c3d4e5f67890');
      expect(rule.Metadata[ConnectivityIntent.METADATA_KEY].constructPath).toBe('Agents/BackupAgent');
    }
    expect(construct.securityGroup).toBe(group);
    expect(construct.connections.securityGroups).toEqual([group]);
  });

  test('defined in the app with allowAllOutbound: false gets the rules inline and loses its placeholder', () => {
    const { stack, vpc } = newStack();
    const group = new ec2.SecurityGroup(stack, 'AgentGroup', { vpc, allowAllOutbound: false, description: 'Agents' });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    expect(JSON.stringify(template.toJSON())).not.toContain('255.255.255.255/32');
  });

  test('imported allowing all outbound traffic is refused with the way to import it', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890');
    const error = thrown(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group }));
    expect(error).toBeInstanceOf(ConnectivityValidationError);
    expect(error.message).toMatch(/at 'Agents\/BackupAgent'.*\n.*securityGroup: allows all outbound traffic.*fromSecurityGroupId\(scope, id, sgId, \{ allowAllOutbound: false \}\)/);
  });

  test('defined in the app allowing all outbound traffic is refused', () => {
    const { stack, vpc } = newStack();
    const group = new ec2.SecurityGroup(stack, 'AgentGroup', { vpc });
    expect(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group })).toThrow(
      /Agents\/BackupAgent[\s\S]*securityGroup: allows all outbound traffic/,
    );
  });

  test('imported immutable is refused, since CDK would add nothing to it', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false, mutable: false });
    expect(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group })).toThrow(
      /Agents\/BackupAgent[\s\S]*securityGroup: was imported with mutable: false/,
    );
  });
});
