/**
 * backup-agent-connectivity/cdktf: the IBM Cloud Backup agent's firewall openings on IBM Cloud
 * (VPC security groups, VPC network ACLs, classic security groups) for CDK for Terraform.
 */
export { BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps, IbmDefaults, IbmInfrastructure, IbmQuotas, IbmWarningIds } from './props';
export { IbmProvider, IbmProviderConfig } from './ibm-provider/provider';
/** The generated bindings of the IBM provider resources the construct emits (a jsii submodule). */
export * as ibm from './ibm-provider';
export * from '../core';
