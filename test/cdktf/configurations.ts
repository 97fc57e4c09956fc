import { AccessMode, BackupAgentConnectivityProps, BackupTarget, CatalogEdition, Emit, IbmInfrastructure } from '../../lib/cdktf';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const GROUP_ID = 'r006-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ACL_ID = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

/** Every way of placing the rules, with the options each needs. */
export const PLACEMENTS: Record<string, BackupAgentConnectivityProps> = {
  'vpc new group': { vpcId: VPC_ID, name: 'backup-agent', resourceGroupId: 'a1b2c3d4e5f6a7b8', tags: ['backup', 'env:prod'] },
  'vpc existing group with targets': { securityGroupId: GROUP_ID, targetIds: ['0717-2b4e6a8c-1d3f-4a5b-8c7d-9e0f1a2b3c4d'] },
  'vpc existing acl': { emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, networkAclRulesBefore: 'r006-7c8d9e0f', localCidr: '10.240.0.0/24' },
  'vpc new acl': {
    emit: Emit.NETWORK_ACL,
    vpcId: VPC_ID,
    createNetworkAcl: true,
    name: 'backup-agent-acl',
    ephemeralPorts: { from: 32768, to: 65535 },
  },
  'vpc both': { emit: Emit.BOTH, vpcId: VPC_ID, networkAclId: ACL_ID },
  'classic new group': { infrastructure: IbmInfrastructure.CLASSIC, name: 'IBM Cloud Backup agents' },
  'classic existing group': { infrastructure: IbmInfrastructure.CLASSIC, classicSecurityGroupId: 2738456 },
};

/** Every target, mode and edition, with vault and CentralControl addresses and the legacy port. */
export const POLICY_OPTIONS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) =>
    Object.values(CatalogEdition).map((edition) => ({
      target,
      mode,
      edition,
      vaultCidrs: ['10.200.90.14'],
      centralControlSources: ['10.240.64.0/24'],
      allowLegacyManagementPort: true,
    })),
  ),
);

/** Every placement combined with every policy option set, named for test titles. */
export const ALL_CONFIGURATIONS: Array<[string, BackupAgentConnectivityProps]> = Object.entries(PLACEMENTS).flatMap(([placement, props]) =>
  POLICY_OPTIONS.map(
    (options) =>
      [`${placement} / ${options.target} ${options.mode} ${options.edition}`, { ...options, ...props }] as [string, BackupAgentConnectivityProps],
  ),
);
