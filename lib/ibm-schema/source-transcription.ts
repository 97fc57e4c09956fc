/**
 * The committed record of what one tagged release of the IBM provider's Go source declares for
 * the provider block and the resources the constructs use (`schema/sources/ibm-<tag>.json`).
 * The provider schemas under `schema/` are built from it alone (see `scripts/build-ibm-schemas.ts`).
 */

/** Repository the transcriptions are read from. */
export const IBM_SOURCE_REPOSITORY = 'IBM-Cloud/terraform-provider-ibm';

/** The resource types transcribed, with the Go package directory that defines each. */
export const IBM_SOURCE_RESOURCES: Readonly<Record<string, string>> = {
  ibm_is_network_acl: 'ibm/service/vpc',
  ibm_is_network_acl_rule: 'ibm/service/vpc',
  ibm_is_security_group: 'ibm/service/vpc',
  ibm_is_security_group_rule: 'ibm/service/vpc',
  ibm_is_security_group_target: 'ibm/service/vpc',
  ibm_security_group: 'ibm/service/classicinfrastructure',
  ibm_security_group_rule: 'ibm/service/classicinfrastructure',
};

/** A `ValidateFunc` as written: the function and its literal arguments. */
export interface SourceValidateFunc {
  /** Qualified Go function, e.g. `validate.InvokeValidator` or `validate.ValidateRemoteIP`. */
  readonly function: string;
  /** `InvokeValidator` resource name. */
  readonly resource?: string;
  /** `InvokeValidator` identifier looked up in that resource's validator table. */
  readonly identifier?: string;
  /** Allowed values of `ValidateAllowedStringValues` / `StringInSlice`. */
  readonly values?: readonly string[];
  readonly ignore_case?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Line of the `ValidateFunc:` key. */
  readonly line?: number;
}

/** One `schema.Schema` literal (terraform-plugin-sdk v2), with the line of its key. */
export interface SourceField {
  readonly line: number;
  /** `TypeString`, `TypeInt`, `TypeBool`, `TypeFloat`, `TypeList`, `TypeSet` or `TypeMap`. */
  readonly type?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly force_new?: boolean;
  readonly sensitive?: boolean;
  readonly default?: string | number | boolean | null;
  readonly default_func?: { readonly env: readonly string[]; readonly default?: string | number | boolean | null };
  readonly description?: string;
  readonly deprecated?: string;
  readonly max_items?: number;
  readonly min_items?: number;
  readonly conflicts_with?: readonly string[];
  readonly required_with?: readonly string[];
  readonly exactly_one_of?: readonly string[];
  readonly at_least_one_of?: readonly string[];
  readonly config_mode?: string;
  readonly validate?: SourceValidateFunc;
  /** `Elem: &schema.Schema{...}` (a field without `schema`) or `Elem: &schema.Resource{...}` (with `schema`). */
  readonly elem?: SourceField & {
    readonly schema?: Readonly<Record<string, SourceField>>;
    readonly schema_function?: string;
    readonly schema_file?: string;
  };
}

/** One `validate.ValidateSchema` entry of a resource's validator table. */
export interface SourceValidatorEntry {
  readonly line: number;
  readonly identifier: string;
  /** `ValidateFunctionIdentifier` without the package, e.g. `ValidateRegexpLen`. */
  readonly function: string;
  /** `TypeString`, `TypeInt`, ... */
  readonly type?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly allowed_values?: string;
  readonly regexp?: string;
  readonly min_value?: string;
  readonly max_value?: string;
  readonly min_value_length?: number;
  readonly max_value_length?: number;
  readonly matches?: string;
  readonly default?: string;
}

/** A resource's `schema.Resource` as registered in the provider's `ResourcesMap`. */
export interface SourceResource {
  readonly file: string;
  /** Line of the resource function. */
  readonly line: number;
  /** Line of its `ResourcesMap` entry in `ibm/provider/provider.go`. */
  readonly registered_at: number;
  readonly schema_version: number;
  /** The functions its `CustomizeDiff` calls with the diff, in order (they run at plan, not at validate). */
  readonly customize_diff?: readonly { readonly function: string; readonly line: number }[];
  /** Operations with a `Timeouts` entry (create, update, delete, ...), if the resource declares any. */
  readonly timeouts?: readonly string[];
  readonly schema: Readonly<Record<string, SourceField>>;
}

/** A resource's validator table, as registered in the provider's `ResourceValidatorDictionary`. */
export interface SourceValidatorTable {
  /** Line of its dictionary entry in `ibm/provider/provider.go`. */
  readonly registered_at: number;
  readonly function: string;
  readonly file: string;
  readonly line: number;
  /** `ResourceName` of the table, the key `InvokeValidator` matches. */
  readonly resource: string;
  /** The first entry of each identifier (the one `InvokeValidator` uses). */
  readonly entries: Readonly<Record<string, SourceValidatorEntry>>;
}

/** Everything read from one tag. */
export interface SourceTranscription {
  readonly repository: string;
  readonly tag: string;
  readonly commit: string;
  /** Commit date (ISO 8601). */
  readonly date: string;
  /** `Version` of `version/version.go` at the tag. */
  readonly version: string;
  /** Every file read, with its git blob id at the tag. */
  readonly files: Readonly<Record<string, string>>;
  readonly provider: { readonly file: string; readonly line: number; readonly schema: Readonly<Record<string, SourceField>> };
  readonly resources: Readonly<Record<string, SourceResource>>;
  readonly validators: Readonly<Record<string, SourceValidatorTable>>;
}
