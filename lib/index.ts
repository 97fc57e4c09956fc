/**
 * backup-agent-connectivity: the provider-neutral connectivity policy of IBM Cloud Backup agents.
 * Platform constructs live in `backup-agent-connectivity/aws` and `backup-agent-connectivity/cdktf`.
 */
export * from './core';
export * from './review';
export * from './catalog-check';

