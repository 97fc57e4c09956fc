/**
 * backup-agent-connectivity: the provider-neutral connectivity policy of IBM Cloud Backup agents.
 * Platform constructs live in `backup-agent-connectivity/aws`, `backup-agent-connectivity/cdktf` and
 * `backup-agent-connectivity/cdktn`.
 */
export * from './core';
export * from './review';
export * from './catalog-check';
