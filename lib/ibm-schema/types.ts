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

/** A condition that another attribute of the same block holds one of the listed values. */
export interface OnlyWhen {
  readonly attribute: string;
  readonly values: readonly string[];
}

/** What the JSON schema cannot show about one attribute, as stated by the provider's Go source. */
export interface AttributeConstraint {
  readonly allowed_values?: readonly string[];
  readonly pattern?: string;
  readonly min_length?: number;
  readonly max_length?: number;
  readonly min?: number;
  readonly max?: number;
  readonly default?: string | number | boolean;
  readonly default_in_code?: string;
  readonly conflicts_with?: readonly string[];
  readonly required_with?: readonly string[];
  readonly required_with_in_code?: readonly string[];
  readonly required_in_code?: boolean;
  readonly force_new?: boolean;
  readonly format?: 'ip_or_cidr';
  readonly only_when?: OnlyWhen;
  readonly deprecated?: string;
  readonly env?: readonly string[];
}

/** Constraints of one resource type (or of the provider block), keyed by dotted attribute path. */
export type ResourceConstraints = Readonly<Record<string, AttributeConstraint>>;

/** Where the committed schema came from. */
export interface SchemaSource {
  readonly repository: string;
  readonly release: string;
  readonly registry: string;
  readonly min_version: string;
  readonly files: readonly string[];
  readonly commits?: Readonly<Record<string, string>>;
  readonly note: string;
}

/** The whole committed schema file. */
export interface ProviderSchemaFile {
  readonly format_version: string;
  readonly source: SchemaSource;
  readonly provider_schemas: Record<string, {
    readonly provider: ResourceSchema;
    readonly resource_schemas: Record<string, ResourceSchema>;
  }>;
  readonly constraints: Record<string, ResourceConstraints>;
}

/** One finding of the validator; `attribute` is a dotted path with list indices, e.g. `rules[0].direction`. */
export interface SchemaDiagnostic {
  readonly resourceType: string;
  readonly attribute: string;
  readonly severity: 'error';
  readonly summary: string;
  readonly detail: string;
}
