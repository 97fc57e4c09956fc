/**
 * backup-agent-connectivity/cdktf: the IBM Cloud Backup agent's firewall openings on IBM Cloud
 * (VPC security groups, VPC network ACLs, classic security groups) for CDK for Terraform.
 */
export { BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps, PortRange } from './props';
export { IbmInfrastructure } from './ibm-infrastructure';
export { IbmQuotas } from './ibm-quotas';
export { IbmWarningIds } from './ibm-warning-ids';
export { IbmRequiredProvider, IBM_PROVIDER_SOURCE } from './ibm-required-provider';
export { DEFAULT_EPHEMERAL_PORTS, DEFAULT_LOCAL_CIDR } from './resolve-props';
export { CLASSIC_GROUP_DESCRIPTION } from './classic-security-group';
export { IbmProvider, IbmProviderConfig } from './ibm-provider/provider';
/** The generated bindings of the IBM provider resources the construct emits. */
export * as ibm from './ibm-provider';
export {
  AccessMode,
  BackupTarget,
  CatalogEdition,
  ConnectivityIntent,
  ConnectivityIntentRecord,
  ConnectivityOptions,
  ConnectivityPolicy,
  ConnectivityRule,
  ConnectivityValidationError,
  Emit,
  EndpointRole,
  PolicyWarning,
  PolicyWarningIds,
  RulePurpose,
  TrafficDirection,
  ValidationProblem,
} from '../core';
