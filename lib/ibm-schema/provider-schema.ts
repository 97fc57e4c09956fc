import { readFileSync } from 'node:fs';
import { IBM_PROVIDER_ADDRESS } from './build-schema';
import { findSchemaFile } from './locate';
import { IBM_PROVIDER_RELEASES, ibmProviderVersionConstraint, ibmSchemaRelativePath, NEWEST_IBM_PROVIDER_RELEASE } from './releases';
import type { ProviderSchemaFile, ResourceConstraints, ResourceSchema, SchemaSource } from './types';

export { IBM_PROVIDER_ADDRESS, IBM_PROVIDER_SOURCE } from './build-schema';

const cached = new Map<string, IbmProviderSchema>();

/** Read-only view of one committed IBM provider release schema and its recorded constraints. */
export class IbmProviderSchema {
  /**
   * Loads (once per process) the committed schema of a release shipped at the package root.
   * @param release a committed release; @default - the newest ({@link NEWEST_IBM_PROVIDER_RELEASE})
   * @throws when the release has no committed schema, naming the committed ones
   */
  static load(release: string = NEWEST_IBM_PROVIDER_RELEASE): IbmProviderSchema {
    if (!IBM_PROVIDER_RELEASES.includes(release)) {
      throw new Error(`IBM provider ${release} has no committed schema; committed releases: ${IBM_PROVIDER_RELEASES.join(', ')}`);
    }
    let schema = cached.get(release);
    if (!schema) {
      schema = IbmProviderSchema.fromFile(findSchemaFile(__dirname, ibmSchemaRelativePath(release)));
      cached.set(release, schema);
    }
    return schema;
  }

  /** Every committed release schema, oldest first. */
  static loadAll(): IbmProviderSchema[] {
    return IBM_PROVIDER_RELEASES.map((release) => IbmProviderSchema.load(release));
  }

  /** Loads a schema file from an explicit path, without caching. */
  static fromFile(path: string): IbmProviderSchema {
    return new IbmProviderSchema(JSON.parse(readFileSync(path, 'utf8')) as ProviderSchemaFile);
  }

  /** Wraps an already parsed schema file. */
  constructor(readonly file: ProviderSchemaFile) {
    if (!file.provider_schemas[IBM_PROVIDER_ADDRESS]) {
      throw new Error(`schema file has no provider_schemas["${IBM_PROVIDER_ADDRESS}"]`);
    }
  }

  /** Repository, tag, commit and files the schema was built from. */
  get source(): SchemaSource {
    return this.file.source;
  }

  /** The provider release this schema describes, e.g. `2.5.0`. */
  get release(): string {
    return this.source.release;
  }

  /** Resource types covered by the schema, sorted. */
  get resourceTypes(): string[] {
    return Object.keys(this.entry.resource_schemas).sort();
  }

  /** Schema of the provider configuration block. */
  get providerSchema(): ResourceSchema {
    return this.entry.provider;
  }

  /** Schema of one resource type, or undefined when the type is not covered. */
  resourceSchema(type: string): ResourceSchema | undefined {
    return Object.prototype.hasOwnProperty.call(this.entry.resource_schemas, type) ? this.entry.resource_schemas[type] : undefined;
  }

  /** Recorded constraints of a resource type (or `provider`), keyed by dotted path; empty when none. */
  constraints(type: string): ResourceConstraints {
    return Object.prototype.hasOwnProperty.call(this.file.constraints, type) ? this.file.constraints[type] : {};
  }

  /**
   * Version constraint for `required_providers`, spanning every committed release (not only this
   * one): see {@link ibmProviderVersionConstraint}.
   */
  versionConstraint(): string {
    return ibmProviderVersionConstraint();
  }

  private get entry() {
    return this.file.provider_schemas[IBM_PROVIDER_ADDRESS];
  }
}
