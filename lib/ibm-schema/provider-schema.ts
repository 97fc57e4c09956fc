import { readFileSync } from 'node:fs';
import { findSchemaFile } from './locate';
import type { ProviderSchemaFile, ResourceConstraints, ResourceSchema, SchemaSource } from './types';

/** Provider address used as the key of `provider_schemas`. */
export const IBM_PROVIDER_ADDRESS = 'registry.terraform.io/ibm-cloud/ibm';

let cached: IbmProviderSchema | undefined;

/** Read-only view of the committed IBM provider schema and its recorded constraints. */
export class IbmProviderSchema {
  /** Loads (once per process) the schema file shipped at the package root. */
  static load(): IbmProviderSchema {
    if (!cached) cached = IbmProviderSchema.fromFile(findSchemaFile());
    return cached;
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

  /** Repository, release, files and commits the schema was written from. */
  get source(): SchemaSource {
    return this.file.source;
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
   * Version constraint for `required_providers`: `>= <min_version>, < <next major>.0.0`.
   * The lower bound is the first release with the flat `protocol`/`port_min`/`port_max`/`type`/`code`
   * arguments this schema describes; the upper bound stops before 2.0.0, which moved the provider to
   * the plugin framework and changed behaviour (e.g. inline ACL rule updates) this schema does not cover.
   */
  versionConstraint(): string {
    const min = this.source.min_version;
    const major = Number.parseInt(min.split('.')[0] ?? '', 10);
    if (!Number.isFinite(major)) throw new Error(`invalid min_version ${min}`);
    return `>= ${min}, < ${major + 1}.0.0`;
  }

  private get entry() {
    return this.file.provider_schemas[IBM_PROVIDER_ADDRESS];
  }
}
