import { SchemaAttributeJson, SchemaBlockJson, SchemaBlockTypeJson, SchemaJson } from './schema-json';

/** A Terraform type expression as written in `terraform providers schema -json` (cty JSON type). */
export type CtyType = 'string' | 'number' | 'bool' | 'dynamic' | [string, CtyType] | ['object', Record<string, CtyType>];

/** One attribute of a schema block, with its type always given. */
export interface SchemaAttribute extends SchemaAttributeJson {
  readonly type: CtyType;
}

/** A nested block type inside a schema block. */
export interface SchemaBlockType extends SchemaBlockTypeJson {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
}

/** A schema block: attributes plus nested block types. */
export interface SchemaBlock extends SchemaBlockJson {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
}

/** The schema of the provider block or of one resource type. */
export interface ResourceSchema extends SchemaJson {
  readonly version: number;
  readonly block: SchemaBlock;
}

/** What the JSON schema cannot show about one attribute, as stated by the provider's Go source at the tag. */
export interface AttributeConstraint {
  /** Values a string (or each string of a list/set) must take (`ValidateAllowedStringValue(s)`). */
  readonly allowed_values?: readonly string[];
  /**
   * Go regular expression of `ValidateRegexpLen`; the length bounds are only checked when it
   * matches, as that validator does.
   */
  readonly pattern?: string;
  readonly min_length?: number;
  readonly max_length?: number;
  /** Inclusive bounds of `IntBetween`. */
  readonly min?: number;
  readonly max?: number;
  /** Schema `Default`. */
  readonly default?: string | number | boolean;
  /** Keys (absolute paths from the resource root) that must not be set with this one. */
  readonly conflicts_with?: readonly string[];
  /** Keys (absolute paths) that must all be set when this one is. */
  readonly required_with?: readonly string[];
  /** Keys (absolute paths) of which exactly one must be set. */
  readonly exactly_one_of?: readonly string[];
  /** Keys (absolute paths) of which at least one must be set. */
  readonly at_least_one_of?: readonly string[];
  readonly force_new?: boolean;
  /** `net.ParseIP` or `net.ParseCIDR` must accept the value. */
  readonly format?: 'ip_or_cidr';
  readonly deprecated?: string;
  /** Environment variables of the field's `DefaultFunc`, the first non-empty one giving the value. */
  readonly env?: readonly string[];
  /** Value of the `DefaultFunc` when none of `env` is set. */
  readonly env_default?: string | number | boolean;
  /** The `file:line` places of the Go source this constraint was read from. */
  readonly from?: readonly string[];
}

/** Constraints of one resource type (or of the provider block), keyed by dotted attribute path. */
export type ResourceConstraints = Readonly<Record<string, AttributeConstraint>>;

/** Where a committed schema came from: one tag of the provider repository. */
export interface SchemaSource {
  readonly repository: string;
  readonly registry: string;
  /** Provider release, e.g. `2.5.0` (`version/version.go` at the tag). */
  readonly release: string;
  readonly tag: string;
  readonly commit: string;
  readonly date: string;
  /** Package-relative path of the committed transcription the schema was built from. */
  readonly transcription: string;
  /** Every source file read, with its git blob id at the tag. */
  readonly files: Readonly<Record<string, string>>;
  readonly note: string;
}

/**
 * One function a resource's `CustomizeDiff` runs at plan, when the resource is created, as far as
 * the offline provider can reproduce it.
 */
export interface PlanCheck {
  /** The Go function, e.g. `ResourceSgRuleProtocolValidate`. */
  readonly function: string;
  /** Where the resource's `CustomizeDiff` calls it (`file:line`), and where the function is. */
  readonly from: readonly string[];
  /**
   * Arguments allowed only with the given `protocol` values: each configured non-zero argument
   * fails the plan when `protocol` (empty when unset or unknown) is not one of them. They are
   * checked in the order given and the first failure ends the function.
   */
  readonly protocol_only?: readonly { readonly attribute: string; readonly protocols: readonly string[] }[];
  /** Set when the function asks the IBM Cloud API, with the argument that makes it do so. */
  readonly api_when_set?: string;
}

/** The whole committed schema file. */
export interface ProviderSchemaFile {
  readonly format_version: string;
  readonly source: SchemaSource;
  readonly provider_schemas: Record<
    string,
    {
      readonly provider: ResourceSchema;
      readonly resource_schemas: Record<string, ResourceSchema>;
    }
  >;
  readonly constraints: Record<string, ResourceConstraints>;
  /** Per resource type, its `CustomizeDiff` functions in call order; absent for types without one. */
  readonly plan_checks?: Record<string, readonly PlanCheck[]>;
}

/** One finding of the validator; `attribute` is a dotted path with list indices, e.g. `rules[0].direction`. */
export interface SchemaDiagnostic {
  readonly resourceType: string;
  readonly attribute: string;
  /** `warning` only for what the offline provider cannot decide at plan. */
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail: string;
}
