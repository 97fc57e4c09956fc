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

/** Returns the IBM provider's entry (address ending in `/ibm`, any case) of a schema document. */
export function ibmProviderEntry(document: ProviderSchemaDocument): ProviderSchemaJson {
  const key = Object.keys(document.provider_schemas).find((address) => /(^|\/)ibm$/i.test(address));
  if (key === undefined) {
    throw new Error('the schema document has no IBM provider entry under "provider_schemas"');
  }
  return document.provider_schemas[key];
}
