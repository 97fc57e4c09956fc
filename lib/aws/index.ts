/**
 * backup-agent-connectivity/aws: the AWS CDK construct that opens the firewall for IBM Cloud Backup
 * agents with security group rules and/or network ACL entries.
 */
export { BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps, EphemeralPortRange, NetworkAclDefaults } from './props';
export { AwsConnectivityWarningIds } from './warning-ids';
export { SECURITY_GROUP_DESCRIPTION } from './security-group-rules';
export {
  Emit,
  BackupTarget,
  AccessMode,
  CatalogEdition,
  ConnectivityPolicy,
  ConnectivityOptions,
  ConnectivityValidationError,
  ConnectivityIntent,
  PolicyWarningIds,
} from '../core';
