import {
  AccessMode,
  BackupAgentConnectivity,
  BackupAgentConnectivityProps,
  ConnectivityValidationError,
  Emit,
  IbmInfrastructure,
  IbmQuotas,
} from '../../lib/cdktf';
import { newStack } from './synth-helpers';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const GROUP_ID = 'r006-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ACL_ID = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const CLASSIC = IbmInfrastructure.CLASSIC;

/** The error thrown by constructing the construct at `test-stack/Backup`. */
function errorOf(props: BackupAgentConnectivityProps): ConnectivityValidationError {
  const { stack } = newStack();
  try {
    new BackupAgentConnectivity(stack, 'Backup', props);
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectivityValidationError);
    const e = error as ConnectivityValidationError;
    expect(e.subject).toBe('test-stack/Backup');
    expect(e.message).toContain("at 'test-stack/Backup'");
    return e;
  }
  throw new Error('expected a ConnectivityValidationError');
}

function optionsOf(props: BackupAgentConnectivityProps): string[] {
  return errorOf(props).problems.map((p) => p.option);
}

/** `n` CentralControl /32s that cannot be merged (every other address). */
function scatteredSources(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `10.250.${Math.floor(i / 100)}.${(i % 100) * 2 + 1}`);
}

describe('construction errors name the option and the construct path', () => {
  test.each<[string, BackupAgentConnectivityProps, string[]]>([
    [
      'VPC options on classic',
      { infrastructure: CLASSIC, name: 'x', vpcId: VPC_ID, targetIds: ['0717-abc'], tags: ['a'], resourceGroupId: 'rg' },
      ['vpcId', 'targetIds', 'resourceGroupId', 'tags'],
    ],
    [
      'ACL options on classic',
      { infrastructure: CLASSIC, name: 'x', emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, localCidr: '10.0.0.0/24' },
      ['networkAclId', 'localCidr', 'emit'],
    ],
    ['Emit.BOTH on classic', { infrastructure: CLASSIC, name: 'x', emit: Emit.BOTH }, ['emit']],
    ['classic options on VPC', { vpcId: VPC_ID, classicSecurityGroupId: 123 }, ['classicSecurityGroupId']],
    ['vpcId together with securityGroupId', { vpcId: VPC_ID, securityGroupId: GROUP_ID }, ['securityGroupId']],
    ['neither vpcId nor securityGroupId on VPC', {}, ['vpcId']],
    ['ACL rules without an ACL', { emit: Emit.NETWORK_ACL }, ['networkAclId']],
    [
      'networkAclId together with createNetworkAcl',
      { emit: Emit.NETWORK_ACL, vpcId: VPC_ID, networkAclId: ACL_ID, createNetworkAcl: true },
      ['networkAclId'],
    ],
    ['createNetworkAcl without vpcId', { emit: Emit.NETWORK_ACL, createNetworkAcl: true }, ['createNetworkAcl']],
    [
      'networkAclRulesBefore in a new ACL',
      { emit: Emit.NETWORK_ACL, vpcId: VPC_ID, createNetworkAcl: true, networkAclRulesBefore: 'r006-x' },
      ['networkAclRulesBefore'],
    ],
    [
      'ACL options without ACL rules',
      { vpcId: VPC_ID, networkAclId: ACL_ID, ephemeralPorts: { from: 1024, to: 65535 } },
      ['networkAclId', 'ephemeralPorts'],
    ],
    [
      'targetIds without a VPC group',
      { emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, networkAclRulesBefore: 'r006-x', targetIds: ['0717-abc'] },
      ['targetIds'],
    ],
    [
      'invalid target ids',
      { securityGroupId: GROUP_ID, targetIds: ['0717-ABC', '', 'x'.repeat(65)] },
      ['targetIds[0]', 'targetIds[1]', 'targetIds[2]'],
    ],
    ['invalid VPC name', { vpcId: VPC_ID, name: 'Backup_Agent' }, ['name']],
    ['VPC name too long', { vpcId: VPC_ID, name: 'a'.repeat(64) }, ['name']],
    ['VPC name ending in a dash', { vpcId: VPC_ID, name: 'backup-' }, ['name']],
    ['invalid VPC tags', { vpcId: VPC_ID, tags: ['ok', 'no/slash', 'x'.repeat(129)] }, ['tags[1]', 'tags[2]']],
    ['name of an existing group', { securityGroupId: GROUP_ID, name: 'backup-agent' }, ['name']],
    ['invalid ACL name', { emit: Emit.NETWORK_ACL, vpcId: VPC_ID, createNetworkAcl: true, name: '9acl' }, ['name']],
    ['invalid ephemeral ports', { emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, ephemeralPorts: { from: 60000, to: 1024 } }, ['ephemeralPorts']],
    ['invalid localCidr', { emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, localCidr: '10.240.0.1/24' }, ['localCidr']],
    ['new classic group without a name', { infrastructure: CLASSIC }, ['name']],
    ['name with an existing classic group', { infrastructure: CLASSIC, classicSecurityGroupId: 123, name: 'x' }, ['name']],
    ['invalid classic group id', { infrastructure: CLASSIC, classicSecurityGroupId: -4 }, ['classicSecurityGroupId']],
    ['unknown infrastructure', { infrastructure: 'power' as IbmInfrastructure, vpcId: VPC_ID }, ['infrastructure']],
    ['unknown emit', { emit: 'firewall' as Emit, vpcId: VPC_ID }, ['emit']],
  ])('%s', (_name, props, options) => {
    expect(optionsOf(props)).toEqual(options);
  });

  test('policy problems and IBM problems are reported together', () => {
    const error = errorOf({ vpcId: VPC_ID, securityGroupId: GROUP_ID, vaultCidrs: ['8.8.8.8'], name: 'Bad Name' });
    expect(error.problems.map((p) => p.option)).toEqual(['vaultCidrs[0]', 'securityGroupId', 'name']);
    expect(error.message).toContain('vpcId');
  });

  test('the name pattern comes from the committed schema constraints', () => {
    const message = errorOf({ vpcId: VPC_ID, name: 'Backup' }).message;
    expect(message).toContain('^([a-z]|[a-z][-a-z0-9]*[a-z0-9])$');
    expect(message).toContain('ibm_is_security_group.name');
  });
});

describe('quotas', () => {
  test(`more than ${IbmQuotas.CLASSIC_SECURITY_GROUP_RULES} rules in a classic group`, () => {
    const centralControlSources = scatteredSources(IbmQuotas.CLASSIC_SECURITY_GROUP_RULES);
    const error = errorOf({ infrastructure: CLASSIC, name: 'x', mode: AccessMode.HOSTS, vaultCidrs: ['10.200.90.14'], centralControlSources });
    expect(error.problems.map((p) => p.option)).toEqual(['rules']);
    expect(error.message).toMatch(/classic security group would need \d+ rules, more than IBM's quota of 50/);
  });

  test('a classic group at the quota is accepted', () => {
    const { stack } = newStack();
    // broad: 3 rules (management from 10.0.0.0/8 absorbs 10.250.x sources), so spread sources outside it.
    const sources = Array.from({ length: 47 }, (_, i) => `192.168.${i}.1`);
    const c = new BackupAgentConnectivity(stack, 'Backup', { infrastructure: CLASSIC, name: 'x', centralControlSources: sources });
    expect(c.policy.rules.length).toBe(IbmQuotas.CLASSIC_SECURITY_GROUP_RULES);
  });

  test(`more than ${IbmQuotas.VPC_NETWORK_ACL_RULES} ACL rules counting replies`, () => {
    const error = errorOf({
      emit: Emit.NETWORK_ACL,
      networkAclId: ACL_ID,
      centralControlSources: Array.from({ length: 98 }, (_, i) => `192.168.${i}.1`),
    });
    expect(error.problems.map((p) => p.option)).toEqual(['rules']);
    expect(error.message).toContain('202 rules');
  });

  test(`more than ${IbmQuotas.VPC_SECURITY_GROUP_RULES} rules in a VPC group`, () => {
    const sources = Array.from({ length: 248 }, (_, i) => `192.168.${i}.1`);
    const error = errorOf({ vpcId: VPC_ID, centralControlSources: sources });
    expect(error.message).toContain('VPC security group would need 251 rules');
  });
});
