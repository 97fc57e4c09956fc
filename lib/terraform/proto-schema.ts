import type { SchemaAttributeJson, SchemaBlockJson, SchemaJson, SchemaNestedTypeJson, ProviderSchemaJson } from '../ibm-schema/schema-json';

/** `tfplugin6.StringKind` values. */
const STRING_KIND: Record<string, number> = { plain: 0, markdown: 1 };
/** `tfplugin6.Schema.NestedBlock.NestingMode` values. */
const BLOCK_NESTING: Record<string, number> = { single: 1, list: 2, set: 3, map: 4, group: 5 };
/** `tfplugin6.Schema.Object.NestingMode` values. */
const OBJECT_NESTING: Record<string, number> = { single: 1, list: 2, set: 3, map: 4 };

/** A `tfplugin6.Schema` message as plain data for @grpc/proto-loader. */
export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

/** A `tfplugin6.Schema.Block` message. */
export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: number;
  deprecated: boolean;
}

/** A `tfplugin6.Schema.Attribute` message. */
export interface ProtoAttribute {
  name: string;
  type?: Buffer;
  nested_type?: { attributes: ProtoAttribute[]; nesting: number };
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  description_kind: number;
  deprecated: boolean;
  write_only: boolean;
}

/** A `tfplugin6.Schema.NestedBlock` message. */
export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: number;
  min_items: number;
  max_items: number;
}

function kind(value: string | undefined): number {
  return STRING_KIND[value ?? 'plain'] ?? 0;
}

function enumValue(table: Record<string, number>, value: string | undefined, what: string): number {
  const result = table[value ?? ''];
  if (result === undefined) {
    throw new Error(`unsupported ${what} nesting mode ${JSON.stringify(value)}`);
  }
  return result;
}

function toNestedType(nested: SchemaNestedTypeJson): { attributes: ProtoAttribute[]; nesting: number } {
  return {
    attributes: Object.entries(nested.attributes ?? {}).map(([name, attribute]) => toProtoAttribute(name, attribute)),
    nesting: enumValue(OBJECT_NESTING, nested.nesting_mode, 'nested attribute'),
  };
}

/** Converts one JSON attribute; the cty type travels as its JSON text in bytes. */
export function toProtoAttribute(name: string, attribute: SchemaAttributeJson): ProtoAttribute {
  const result: ProtoAttribute = {
    name,
    description: attribute.description ?? '',
    required: attribute.required === true,
    optional: attribute.optional === true,
    computed: attribute.computed === true,
    sensitive: attribute.sensitive === true,
    description_kind: kind(attribute.description_kind),
    deprecated: attribute.deprecated === true,
    write_only: attribute.write_only === true,
  };
  if (attribute.nested_type !== undefined) {
    result.nested_type = toNestedType(attribute.nested_type);
  } else if (attribute.type !== undefined) {
    result.type = Buffer.from(JSON.stringify(attribute.type), 'utf8');
  } else {
    throw new Error(`attribute ${name} has neither "type" nor "nested_type"`);
  }
  return result;
}

/** Converts a JSON block (attributes and nested block types, recursively). */
export function toProtoBlock(block: SchemaBlockJson | undefined, version = 0): ProtoBlock {
  return {
    version,
    attributes: Object.entries(block?.attributes ?? {}).map(([name, attribute]) => toProtoAttribute(name, attribute)),
    block_types: Object.entries(block?.block_types ?? {}).map(([typeName, nested]) => ({
      type_name: typeName,
      block: toProtoBlock(nested.block),
      nesting: enumValue(BLOCK_NESTING, nested.nesting_mode, `block ${typeName}`),
      min_items: nested.min_items ?? 0,
      max_items: nested.max_items ?? 0,
    })),
    description: block?.description ?? '',
    description_kind: kind(block?.description_kind),
    deprecated: block?.deprecated === true,
  };
}

/** Converts a versioned JSON schema to a `tfplugin6.Schema` message. */
export function toProtoSchema(schema: SchemaJson | undefined): ProtoSchema {
  const version = schema?.version ?? 0;
  return { version, block: toProtoBlock(schema?.block, version) };
}

/** Builds the body of a `GetProviderSchema.Response` from a provider's schema JSON. */
export function toProviderSchemaResponse(provider: ProviderSchemaJson): {
  provider: ProtoSchema;
  resource_schemas: Record<string, ProtoSchema>;
  data_source_schemas: Record<string, ProtoSchema>;
  provider_meta: ProtoSchema;
} {
  const map = (schemas: Record<string, SchemaJson> | undefined): Record<string, ProtoSchema> =>
    Object.fromEntries(Object.entries(schemas ?? {}).map(([name, schema]) => [name, toProtoSchema(schema)]));
  return {
    provider: toProtoSchema(provider.provider),
    resource_schemas: map(provider.resource_schemas),
    data_source_schemas: map(provider.data_source_schemas),
    provider_meta: toProtoSchema(undefined),
  };
}
