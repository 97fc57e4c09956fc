/**
 * The format of `terraform providers schema -json`, read defensively: every field optional, as in a
 * document from any provider. `types.ts` narrows it to the committed IBM schema file.
 */

/** An attribute as `terraform providers schema -json` prints it. */
export interface SchemaAttributeJson {
  /** cty type in its JSON form, e.g. `"string"` or `["set", "string"]`. */
  readonly type?: unknown;
  /** Protocol 6 nested attribute type, used instead of `type`. */
  readonly nested_type?: SchemaNestedTypeJson;
  readonly description?: string;
  readonly description_kind?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
}

/** A nested attribute type (protocol 6). */
export interface SchemaNestedTypeJson {
  readonly attributes?: Record<string, SchemaAttributeJson>;
  readonly nesting_mode?: string;
}

/** A nested block type. */
export interface SchemaBlockTypeJson {
  readonly nesting_mode?: string;
  readonly block?: SchemaBlockJson;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A configuration block. */
export interface SchemaBlockJson {
  readonly attributes?: Record<string, SchemaAttributeJson>;
  readonly block_types?: Record<string, SchemaBlockTypeJson>;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
}

/** A versioned schema of a provider or resource type. */
export interface SchemaJson {
  readonly version?: number;
  readonly block?: SchemaBlockJson;
}

/** One provider's entry under `provider_schemas`. */
export interface ProviderSchemaJson {
  readonly provider?: SchemaJson;
  readonly resource_schemas?: Record<string, SchemaJson>;
  readonly data_source_schemas?: Record<string, SchemaJson>;
}

/** The whole document: `terraform providers schema -json` output plus `source` and `constraints`. */
export interface ProviderSchemaDocument {
  readonly format_version?: string;
  readonly provider_schemas: Record<string, ProviderSchemaJson>;
  readonly source?: unknown;
  readonly constraints?: unknown;
}
