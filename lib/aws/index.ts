/**
 * backup-agent-connectivity/aws: the AWS CDK construct that opens the firewall for IBM Cloud Backup
 * agents with security group rules and/or network ACL entries.
 */
export { AwsConnectivityWarningIds, BackupAgentConnectivity } from './backup-agent-connectivity';
export { BackupAgentConnectivityProps, NetworkAclDefaults } from './props';
export * from '../core';
