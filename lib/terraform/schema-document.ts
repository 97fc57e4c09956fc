import { ProviderSchemaDocument, ProviderSchemaJson } from '../ibm-schema/schema-json';

export {
  ProviderSchemaDocument,
  ProviderSchemaJson,
  SchemaAttributeJson,
  SchemaBlockJson,
  SchemaBlockTypeJson,
  SchemaJson,
  SchemaNestedTypeJson,
} from '../ibm-schema/schema-json';

/** Returns the IBM provider's entry (address ending in `/ibm`, any case) of a schema document. */
export function ibmProviderEntry(document: ProviderSchemaDocument): ProviderSchemaJson {
  const key = Object.keys(document.provider_schemas).find((address) => /(^|\/)ibm$/i.test(address));
  if (key === undefined) {
    throw new Error('the schema document has no IBM provider entry under "provider_schemas"');
  }
  return document.provider_schemas[key];
}
