/** Committed IBM provider schemas, one per supported release, and a validator for their configurations. */
export * from './types';
export * from './schema-json';
export type {
  SourceTranscription,
  SourceField,
  SourceResource,
  SourceValidatorEntry,
  SourceValidatorTable,
  SourceValidateFunc,
} from './source-transcription';
export { IBM_SOURCE_REPOSITORY, IBM_SOURCE_RESOURCES } from './source-transcription';
export { buildProviderSchema } from './build-schema';
export { findSchemaFile, SCHEMA_RELATIVE_PATH } from './locate';
export {
  IBM_PROVIDER_RELEASES,
  NEWEST_IBM_PROVIDER_RELEASE,
  IBM_BINDINGS_SCHEMA_RELATIVE_PATH,
  ibmSchemaRelativePath,
  ibmTranscriptionRelativePath,
  ibmProviderVersionConstraint,
} from './releases';
export { IbmProviderSchema, IBM_PROVIDER_ADDRESS, IBM_PROVIDER_SOURCE } from './provider-schema';
export { isReference, isIpOrCidr, isPlainObject, describeType, typeMismatches } from './values';
export { planResourceChecks } from './plan-checks';
export { validateResourceConfig, validateProviderConfig, RESOURCE_META_ARGUMENTS, PROVIDER_META_ARGUMENTS } from './validate';
