/**
 * Offline IBM Cloud provider for Terraform: serves the committed IBM provider schema and
 * validator over plugin protocol 6 so `terraform validate` and `terraform plan` run without
 * the registry, plus a runner that attaches it through `TF_REATTACH_PROVIDERS`.
 */
export { findPackageFile } from '../ibm-schema/locate';
export { PROTOCOL_FILE, loadProviderService } from './proto';
export {
  UNKNOWN_EXTENSION_TYPE,
  REFINED_UNKNOWN_EXTENSION_TYPE,
  UnknownValue,
  isUnknown,
  decodeTerraformValue,
  encodeTerraformValue,
} from './msgpack-values';
export type { TerraformValue } from './msgpack-values';
export { toProtoAttribute, toProtoBlock, toProtoSchema, toProviderSchemaResponse } from './proto-schema';
export type { ProtoSchema, ProtoBlock, ProtoAttribute, ProtoNestedBlock } from './proto-schema';
export { SEVERITY_ERROR, SEVERITY_WARNING, parseAttributePath, toProtoDiagnostic, errorDiagnostic } from './diagnostics';
export type { ValidationDiagnostic, ProtoPathStep, ProtoDiagnostic } from './diagnostics';
export { UNKNOWN_PLACEHOLDER, toValidatorInput } from './config-view';
export type { PlainValue } from './config-view';
export { planNewState } from './planned-state';
export { REATTACH_PROVIDER_ADDRESS, ibmProviderEntry, providerHandlers, startOfflineProvider } from './provider-server';
export type { OfflineProviderValidator, OfflineProviderOptions, OfflineProvider } from './provider-server';
export { defaultProviderOptions } from './default-provider';
export { findTerraform } from './find-terraform';
export { parsePlanSummary } from './plan-summary';
export type { PlanSummary } from './plan-summary';
export { TERRAFORM_ARGUMENTS, runTerraform } from './run-terraform';
export type { TerraformCommand, RunTerraformOptions, TerraformRunResult } from './run-terraform';
export { findTerraformStacks, copyStackConfiguration, checkTerraformStack } from './check-stack';
export type { StackCheckResult } from './check-stack';
