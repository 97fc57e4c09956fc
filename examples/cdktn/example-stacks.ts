import { App, LocalBackend, TerraformStack } from 'cdktn';
import { AccessMode, BackupAgentConnectivity, BackupTarget, CatalogEdition, Emit, IbmInfrastructure } from '../../lib/cdktn';

/** The stacks of the example app, by purpose. */
export interface ExampleStacks {
  /** A new VPC security group, attached to two network interfaces. */
  readonly vpcSecurityGroup: TerraformStack;
  /** Rules added to an existing VPC network ACL, ahead of its first deny rule. */
  readonly vpcNetworkAcl: TerraformStack;
  /** A new classic security group for a commercial agent. */
  readonly classicCommercial: TerraformStack;
  /** A new classic security group for an IBM Cloud for US Government agent. */
  readonly classicFederal: TerraformStack;
}

/** A stack whose local state file sits beside its configuration, so the output does not depend on where it was synthesized. */
function exampleStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new LocalBackend(stack, { path: 'terraform.tfstate' });
  return stack;
}

/**
 * Adds the example stacks to an app: the ids are placeholders of the right shape for resources that
 * already exist in the account (a VPC, network interfaces, an ACL and its deny rule).
 * @param app the cdktn app (or `Testing.app()` in tests)
 * @param minimalEdition the catalog edition of the minimal-mode stack, to compare editions; @default - the library's default edition
 */
export function buildExampleStacks(app: App, minimalEdition?: CatalogEdition): ExampleStacks {
  const vpcSecurityGroup = exampleStack(app, 'backup-agent-vpc-security-group');
  new BackupAgentConnectivity(vpcSecurityGroup, 'BackupAgent', {
    target: BackupTarget.COMMERCIAL,
    mode: AccessMode.BROAD,
    vpcId: 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18',
    name: 'backup-agent',
    tags: ['backup', 'env:production'],
    targetIds: ['0717-2b4e6a8c-1d3f-4a5b-8c7d-9e0f1a2b3c4d', '0717-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'],
    centralControlSources: ['10.240.64.0/24'],
  });

  const vpcNetworkAcl = exampleStack(app, 'backup-agent-vpc-network-acl');
  new BackupAgentConnectivity(vpcNetworkAcl, 'BackupAgent', {
    mode: AccessMode.MINIMAL,
    ...(minimalEdition ? { edition: minimalEdition } : {}),
    emit: Emit.NETWORK_ACL,
    vaultCidrs: ['10.200.90.14'],
    networkAclId: 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    networkAclRulesBefore: 'r006-7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f',
    localCidr: '10.240.0.0/24',
  });

  const classicCommercial = exampleStack(app, 'backup-agent-classic-commercial');
  new BackupAgentConnectivity(classicCommercial, 'BackupAgent', {
    infrastructure: IbmInfrastructure.CLASSIC,
    name: 'IBM Cloud Backup agents',
  });

  const classicFederal = exampleStack(app, 'backup-agent-classic-federal');
  new BackupAgentConnectivity(classicFederal, 'BackupAgent', {
    infrastructure: IbmInfrastructure.CLASSIC,
    target: BackupTarget.FEDERAL,
    name: 'IBM Cloud Backup agents (US Government)',
  });

  return { vpcSecurityGroup, vpcNetworkAcl, classicCommercial, classicFederal };
}
