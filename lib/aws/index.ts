/**
 * backup-agent-connectivity/aws: the AWS CDK construct that opens the firewall for IBM Cloud Backup
 * agents with security group rules and/or network ACL entries.
 */
export { BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps, NetworkAclDefaults } from './props';
export { AwsConnectivityWarningIds } from './warning-ids';
export * from '../core';
