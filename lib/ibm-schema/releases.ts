import { join } from 'node:path';

/**
 * The IBM provider releases with a committed schema, oldest first. Each one's schema is built from
 * one tag of IBM-Cloud/terraform-provider-ibm (`schema/sources/ibm-v<release>.json`) by
 * `npm run generate:ibm`. The constructs' output is validated against every one of them, and
 * `required_providers` spans exactly this list (see {@link ibmProviderVersionConstraint}).
 */
export const IBM_PROVIDER_RELEASES: readonly string[] = ['1.87.3', '2.5.0'];

/** The newest committed release: the default of `terraform validate|plan` and the input of the bindings. */
export const NEWEST_IBM_PROVIDER_RELEASE: string = IBM_PROVIDER_RELEASES[IBM_PROVIDER_RELEASES.length - 1];

/** Package-relative path of the committed schema of `release`, e.g. `schema/ibm-provider-2.5.0.json`. */
export function ibmSchemaRelativePath(release: string): string {
  return join('schema', `ibm-provider-${release}.json`);
}

/** Package-relative path of the committed transcription of `release`'s tag. */
export function ibmTranscriptionRelativePath(release: string): string {
  return join('schema', 'sources', `ibm-v${release}.json`);
}

/**
 * Package-relative path of the schema the generated bindings are built from (the newest release's),
 * for any binding generator of this package.
 */
export const IBM_BINDINGS_SCHEMA_RELATIVE_PATH: string = ibmSchemaRelativePath(NEWEST_IBM_PROVIDER_RELEASE);

/**
 * The `required_providers` version constraint: from the oldest committed release up to, not
 * including, the next major version after the newest, e.g. `>= 1.87.3, < 3.0.0`.
 */
export function ibmProviderVersionConstraint(releases: readonly string[] = IBM_PROVIDER_RELEASES): string {
  const oldest = releases[0];
  const newest = releases[releases.length - 1];
  const major = Number.parseInt((newest ?? '').split('.')[0] ?? '', 10);
  if (oldest === undefined || !Number.isFinite(major)) throw new Error('no committed IBM provider release');
  return `>= ${oldest}, < ${major + 1}.0.0`;
}
