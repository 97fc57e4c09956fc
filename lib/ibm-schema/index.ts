/** Committed IBM provider schema for the security group and network ACL resources, and a validator for their configurations. */
export * from './types';
export * from './schema-json';
export { findSchemaFile, SCHEMA_RELATIVE_PATH } from './locate';
export { IbmProviderSchema, IBM_PROVIDER_ADDRESS } from './provider-schema';
export { isReference, isIpOrCidr, isPlainObject, describeType, typeMismatches } from './values';
export { validateResourceConfig, validateProviderConfig, RESOURCE_META_ARGUMENTS, PROVIDER_META_ARGUMENTS } from './validate';
