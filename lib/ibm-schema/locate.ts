import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IBM_BINDINGS_SCHEMA_RELATIVE_PATH } from './releases';

/** Path of the newest release's schema file relative to the package root (the bindings' input). */
export const SCHEMA_RELATIVE_PATH = IBM_BINDINGS_SCHEMA_RELATIVE_PATH;

/**
 * Finds a file shipped with the package (for example `schema/tfplugin6.proto`) by walking up from
 * `startDirectory` (by default this file's directory) until `<dir>/<relativePath>` exists, so it
 * resolves from `lib/` under jest and from `dist/` once built. Throws when no ancestor holds the file.
 */
export function findPackageFile(relativePath: string, startDirectory: string = __dirname): string {
  let dir = resolve(startDirectory);
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`${relativePath} not found in ${startDirectory} or any parent directory`);
    }
    dir = parent;
  }
}

/** Finds a package file, by default the newest release's schema, walking up from `startDir`. */
export function findSchemaFile(startDir: string = __dirname, relativePath: string = SCHEMA_RELATIVE_PATH): string {
  return findPackageFile(relativePath, startDir);
}
