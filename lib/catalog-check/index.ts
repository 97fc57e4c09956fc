/**
 * The catalog drift check: resolves the catalogued hosts in DNS and compares the answers with what a
 * policy opens.
 */
export { CatalogDriftCheck } from './check';
export { CatalogCheckOptions, CatalogCheckOutcome, CatalogCheckReport, HostCheck, HostCheckStatus, ResolvedAddressCheck } from './types';
