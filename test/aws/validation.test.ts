import { Annotations as CoreAnnotations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import {
  AccessMode,
  BackupAgentConnectivity,
  BackupAgentConnectivityProps,
  CatalogEdition,
  ConnectivityValidationError,
  Emit,
  PolicyWarningIds,
} from '../../lib/aws';
import { newStack, thrown } from './helpers';

type Extra = (stack: ec2.IVpc['stack']) => Partial<BackupAgentConnectivityProps>;

/** Builds the construct and returns the validation error it throws. */
function validationError(extra: Extra): ConnectivityValidationError {
  const { stack, vpc } = newStack();
  const error = thrown(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...extra(stack) }));
  expect(error).toBeInstanceOf(ConnectivityValidationError);
  expect(error.message).toContain("at 'Agents/BackupAgent'");
  expect(stack.node.findAll().filter((c) => c.node.path.startsWith('Agents/BackupAgent/'))).toEqual([]);
  return error as ConnectivityValidationError;
}

const acl = (stack: ec2.IVpc['stack']) => ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');

describe('errors name the option and the construct path, before anything is emitted', () => {
  test.each<[string, Extra, RegExp]>([
    ['network ACL emit without an ACL', () => ({ emit: Emit.NETWORK_ACL }), /networkAcl: is required when emit is 'network-acl'/],
    ['BOTH without an ACL', () => ({ emit: Emit.BOTH }), /networkAcl: is required when emit is 'both'/],
    [
      'both an ACL and subnets',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), networkAclSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }),
      /networkAclSubnets: cannot be combined with networkAcl/,
    ],
    ['an ACL without ACL emit', (s) => ({ networkAcl: acl(s) }), /networkAcl: is given but emit is 'security-group'/],
    [
      'a security group without security group emit',
      (s) => ({
        emit: Emit.NETWORK_ACL,
        networkAcl: acl(s),
        securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'G', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false }),
      }),
      /securityGroup: is given but emit is 'network-acl'/,
    ],
    ['an unknown emit', () => ({ emit: 'firewall' as Emit }), /emit: must be one of security-group, network-acl, both/],
    [
      'ephemeral ports reversed',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), ephemeralPorts: { from: 60000, to: 1024 } }),
      /ephemeralPorts: from must not be above to \(got "60000-1024"\)/,
    ],
    [
      'ephemeral port 0',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), ephemeralPorts: { from: 0, to: 65535 } }),
      /ephemeralPorts.from: must be an integer TCP port in 1-65535/,
    ],
    [
      'ephemeral port 65536',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), ephemeralPorts: { from: 1024, to: 65536 } }),
      /ephemeralPorts.to: must be an integer TCP port/,
    ],
    [
      'fractional ephemeral port',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), ephemeralPorts: { from: 1024.5, to: 65535 } }),
      /ephemeralPorts.from: must be an integer/,
    ],
    [
      'rule number 0',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), networkAclRuleNumberStart: 0 }),
      /networkAclRuleNumberStart: must be an integer in 1-32766/,
    ],
    [
      'rule number 32767',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), networkAclRuleNumberStart: 32767 }),
      /networkAclRuleNumberStart: must be an integer in 1-32766/,
    ],
    [
      'step 0',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), networkAclRuleNumberStep: 0 }),
      /networkAclRuleNumberStep: must be an integer in 1-32766/,
    ],
    [
      'fractional step',
      (s) => ({ emit: Emit.NETWORK_ACL, networkAcl: acl(s), networkAclRuleNumberStep: 2.5 }),
      /networkAclRuleNumberStep: must be an integer/,
    ],
    [
      'subnets of a type the VPC lacks',
      () => ({ emit: Emit.NETWORK_ACL, networkAclSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
      /networkAclSubnets: cannot be resolved: There are no 'Public' subnet groups in this VPC/,
    ],
    [
      'subnets that select nothing',
      () => ({ emit: Emit.NETWORK_ACL, networkAclSubnets: { availabilityZones: ['us-east-1f'] } }),
      /networkAclSubnets: selects no subnet of the VPC \(got "availabilityZones us-east-1f"\)/,
    ],
    ['a core option', () => ({ vaultCidrs: ['10.1.2.3/16'] }), /vaultCidrs\[0\]: has host bits set; use the network form '10.1.0.0\/16'/],
    ['a missing vpc', () => ({ vpc: undefined as unknown as ec2.IVpc }), /vpc: is required/],
  ])('%s', (_, extra, pattern) => {
    expect(validationError(extra).message).toMatch(pattern);
  });

  test('several problems, of the construct and of the core options, are reported together', () => {
    const error = validationError(() => ({
      emit: Emit.NETWORK_ACL,
      ephemeralPorts: { from: 0, to: 70000 },
      networkAclRuleNumberStep: -1,
      mode: 'narrow' as AccessMode,
      centralControlSources: ['0.0.0.0/0'],
    }));
    expect(error.problems.map((p) => p.option)).toEqual([
      'networkAcl',
      'networkAclRuleNumberStep',
      'ephemeralPorts.from',
      'ephemeralPorts.to',
      'mode',
      'centralControlSources[0]',
    ]);
    const overflow = validationError(() => ({
      emit: Emit.NETWORK_ACL,
      networkAclSubnets: { availabilityZones: ['us-east-1f'] },
      networkAclRuleNumberStart: 32750,
      ephemeralPorts: { from: 2000, to: 1000 },
    }));
    expect(overflow.problems.map((p) => p.option)).toEqual(['ephemeralPorts', 'networkAclSubnets', 'networkAclRuleNumberStart']);
    expect(error.subject).toBe('Agents/BackupAgent');
  });
});

describe('policy warnings become acknowledgeable annotations', () => {
  test.each([
    [PolicyWarningIds.MINIMAL_MODE, { mode: AccessMode.MINIMAL }],
    [PolicyWarningIds.HOSTS_MODE, { mode: AccessMode.HOSTS, vaultCidrs: ['10.1.0.0/16'] }],
    [PolicyWarningIds.NO_VAULT, { mode: AccessMode.HOSTS }],
    [PolicyWarningIds.OLDER_EDITION, { mode: AccessMode.MINIMAL, edition: CatalogEdition.EDITION_2018_12_14 }],
    [PolicyWarningIds.PUBLIC_SOURCES, { allowPublicSources: true, centralControlSources: ['203.0.113.0/24'] }],
  ])('%s', (id, options) => {
    const { stack, vpc } = newStack();
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...options });
    const warning = construct.policy.warnings.find((w) => w.id === id)!;
    expect(warning).toBeDefined();
    Annotations.fromStack(stack).hasWarning('/Agents/BackupAgent', `${warning.message} [ack: ${id}]`);
  });

  test('the broad default raises none, and an acknowledged warning disappears', () => {
    const broad = newStack();
    new BackupAgentConnectivity(broad.stack, 'BackupAgent', { vpc: broad.vpc });
    Annotations.fromStack(broad.stack).hasNoWarning('*', Match.anyValue());

    const { stack, vpc } = newStack();
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.0.0/16'] });
    expect(construct.policy.warnings.map((w) => w.id)).toEqual([PolicyWarningIds.MINIMAL_MODE]);
    CoreAnnotations.of(construct).acknowledgeWarning(PolicyWarningIds.MINIMAL_MODE, 'documented minimum is enough here');
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });
});
