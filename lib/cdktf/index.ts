/**
 * backup-agent-connectivity/cdktf: the IBM Cloud Backup agent's firewall openings on IBM Cloud
 * (VPC security groups, VPC network ACLs, classic security groups) for CDK for Terraform.
 */
export { BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps } from './props';
export { IbmDefaults } from './ibm-defaults';
export { IbmInfrastructure } from './ibm-infrastructure';
export { IbmQuotas } from './ibm-quotas';
export { IbmWarningIds } from './ibm-warning-ids';
export { IbmProvider, IbmProviderConfig } from './ibm-provider/provider';
/** The generated bindings of the IBM provider resources the construct emits (a jsii submodule). */
export * as ibm from './ibm-provider';
export * from '../core';
