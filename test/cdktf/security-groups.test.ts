import {
  AccessMode,
  BackupTarget,
  CatalogEdition,
  BackupAgentConnectivity,
  IbmDefaults,
  ConnectivityPolicy,
  IbmInfrastructure,
  PolicyWarningIds,
  FlowDirection,
} from '../../lib/cdktf';
import { TerraformOutput, TerraformVariable } from 'cdktf';
import { bodiesOf, newStack, resourcesOf, sortedByJson, stackWith, synth, SynthesizedStack, warningsOf } from './synth-helpers';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const GROUP_ID = 'r006-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const combinations = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
);
// Vault and CentralControl addresses make every kind of rule appear in every mode.
const extra = { vaultCidrs: ['10.200.90.14'], centralControlSources: ['10.240.64.0/24'] };

describe('VPC security group rules match the policy exactly', () => {
  test.each(combinations)('$target $mode $edition', ({ target, mode, edition }) => {
    const options = { target, mode, edition, ...extra };
    const { stack, construct } = stackWith({ ...options, vpcId: VPC_ID });
    const json = synth(stack);
    const policy = ConnectivityPolicy.resolve(options);
    expect(construct.policy.rules).toEqual(policy.rules);
    const expected = policy.rules.map((r) => ({
      direction: r.direction === FlowDirection.INGRESS ? 'inbound' : 'outbound',
      group: expect.stringMatching(/^\$\{ibm_is_security_group\.Backup_SecurityGroup_[0-9A-F]+\.id\}$/),
      port_max: r.toPort,
      port_min: r.fromPort,
      protocol: 'tcp',
      remote: r.cidr,
    }));
    const actual = bodiesOf(json, 'ibm_is_security_group_rule');
    expect(actual).toHaveLength(policy.rules.length);
    expect(sortedByJson(actual)).toEqual(sortedByJson(expected));
    expect(bodiesOf(json, 'ibm_is_security_group')).toEqual([{ vpc: VPC_ID }]);
    for (const body of actual) {
      expect(body).not.toHaveProperty('tcp');
      expect(body).not.toHaveProperty('name');
    }
  });
});

describe('classic security group rules match the policy exactly', () => {
  test.each(combinations)('$target $mode $edition', ({ target, mode, edition }) => {
    const options = { target, mode, edition, ...extra };
    const { stack } = stackWith({ ...options, infrastructure: IbmInfrastructure.CLASSIC, name: 'Backup agents' });
    const json = synth(stack);
    const policy = ConnectivityPolicy.resolve(options);
    const expected = policy.rules.map((r) => ({
      direction: r.direction,
      ether_type: 'IPv4',
      port_range_max: r.toPort,
      port_range_min: r.fromPort,
      protocol: 'tcp',
      remote_ip: r.cidr,
      security_group_id: expect.stringMatching(/^\$\{ibm_security_group\.Backup_ClassicSecurityGroup_[0-9A-F]+\.id\}$/),
    }));
    expect(sortedByJson(bodiesOf(json, 'ibm_security_group_rule'))).toEqual(sortedByJson(expected));
    expect(bodiesOf(json, 'ibm_security_group')).toEqual([{ name: 'Backup agents', description: IbmDefaults.CLASSIC_GROUP_DESCRIPTION }]);
    expect(resourcesOf(json, 'ibm_is_security_group_rule')).toEqual({});
  });
});

describe('VPC security group', () => {
  test('adds rules to an existing group and creates no group', () => {
    const { stack, construct } = stackWith({ securityGroupId: GROUP_ID });
    const json = synth(stack);
    expect(resourcesOf(json, 'ibm_is_security_group')).toEqual({});
    expect(bodiesOf(json, 'ibm_is_security_group_rule').map((b) => b.group)).toEqual([GROUP_ID, GROUP_ID, GROUP_ID]);
    expect(construct.securityGroupId).toBe(GROUP_ID);
    expect(construct.securityGroup).toBeUndefined();
    expect(construct.networkAclId).toBeUndefined();
  });

  test('a created group carries name, resource group and tags, and exposes its id token', () => {
    const { stack, construct } = stackWith({ vpcId: VPC_ID, name: 'backup-agent', resourceGroupId: 'a1b2c3d4e5f6', tags: ['backup', 'env:prod'] });
    new TerraformOutput(stack, 'group-id', { value: construct.securityGroupId });
    const json = synth(stack) as SynthesizedStack & { output?: Record<string, { value: string }> };
    expect(bodiesOf(json, 'ibm_is_security_group')).toEqual([
      { vpc: VPC_ID, name: 'backup-agent', resource_group: 'a1b2c3d4e5f6', tags: ['backup', 'env:prod'] },
    ]);
    const [logicalId] = Object.keys(resourcesOf(json, 'ibm_is_security_group'));
    expect(json.output?.['group-id'].value).toBe(`\${ibm_is_security_group.${logicalId}.id}`);
  });

  test('attaches the group to every target, one ibm_is_security_group_target each', () => {
    const targets = ['0717-2b4e6a8c-1d3f-4a5b-8c7d-9e0f1a2b3c4d', 'r006-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'];
    const { stack, construct } = stackWith({ securityGroupId: GROUP_ID, targetIds: targets });
    const json = synth(stack);
    expect(bodiesOf(json, 'ibm_is_security_group_target')).toEqual(targets.map((target) => ({ security_group: GROUP_ID, target })));
    expect(construct.securityGroupTargets).toHaveLength(2);
  });

  test('rules keep their logical ids when options that do not touch them change', () => {
    const ids = (props: object) => Object.keys(resourcesOf(synth(stackWith({ vpcId: VPC_ID, ...props }).stack), 'ibm_is_security_group_rule'));
    const broad = ids({});
    expect(ids({ centralControlSources: ['10.240.64.0/24'], allowLegacyManagementPort: true })).toEqual(expect.arrayContaining(broad));
    expect(broad.every((id) => id.startsWith('Backup_'))).toBe(true);
  });

  test('ids and names given as Terraform references are passed through unchecked', () => {
    const { stack } = newStack();
    const vpc = new TerraformVariable(stack, 'vpc_id', { type: 'string' });
    const nic = new TerraformVariable(stack, 'nic_id', { type: 'string' });
    const name = new TerraformVariable(stack, 'group_name', { type: 'string' });
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: vpc.stringValue, name: name.stringValue, targetIds: [nic.stringValue] });
    const json = synth(stack);
    expect(bodiesOf(json, 'ibm_is_security_group')).toEqual([{ vpc: '${var.vpc_id}', name: '${var.group_name}' }]);
    expect(bodiesOf(json, 'ibm_is_security_group_target').map((b) => b.target)).toEqual(['${var.nic_id}']);
  });

  test('policy warnings become cdktf warnings prefixed with their id', () => {
    const { construct } = stackWith({ vpcId: VPC_ID, mode: AccessMode.HOSTS });
    const warnings = warningsOf(construct);
    expect(warnings).toHaveLength(construct.policy.warnings.length);
    for (const w of construct.policy.warnings) expect(warnings).toContain(`${w.id}: ${w.message}`);
    expect(warnings.some((w) => w.startsWith(`${PolicyWarningIds.HOSTS_MODE}: `))).toBe(true);
    expect(warnings.some((w) => w.startsWith(`${PolicyWarningIds.NO_VAULT}: `))).toBe(true);
  });

  test('the default broad commercial group raises no warning', () => {
    expect(warningsOf(stackWith({ vpcId: VPC_ID }).construct)).toEqual([]);
  });
});

describe('classic security group', () => {
  test('adds rules to an existing group given by id', () => {
    const { stack, construct } = stackWith({ infrastructure: IbmInfrastructure.CLASSIC, classicSecurityGroupId: 2738456 });
    const json = synth(stack);
    expect(resourcesOf(json, 'ibm_security_group')).toEqual({});
    expect(bodiesOf(json, 'ibm_security_group_rule').map((b) => b.security_group_id)).toEqual([2738456, 2738456, 2738456]);
    expect(construct.securityGroupId).toBe('2738456');
    expect(construct.classicSecurityGroupRules).toHaveLength(3);
  });

  test('federal classic warns that the provider needs the government classic endpoint', () => {
    const { construct } = stackWith({ infrastructure: IbmInfrastructure.CLASSIC, target: BackupTarget.FEDERAL, name: 'Backup agents' });
    expect(
      warningsOf(construct).some((w) => w.startsWith('BackupAgentConnectivity:FederalClassicEndpoint: ') && w.includes('iaas_classic_endpoint_url')),
    ).toBe(true);
  });
});
