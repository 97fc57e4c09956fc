import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IBM_BINDINGS_SCHEMA_RELATIVE_PATH } from './releases';

/** Path of the newest release's schema file relative to the package root (the bindings' input). */
export const SCHEMA_RELATIVE_PATH = IBM_BINDINGS_SCHEMA_RELATIVE_PATH;

/**
 * Finds a package file (by default the newest release's schema) by walking up from `startDir` (by
 * default this file's directory), so it resolves from `lib/ibm-schema/` under jest and from
 * `dist/ibm-schema/` once built.
 */
export function findSchemaFile(startDir: string = __dirname, relativePath: string = SCHEMA_RELATIVE_PATH): string {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`${relativePath} not found in ${startDir} or any parent directory`);
    }
    dir = parent;
  }
}
