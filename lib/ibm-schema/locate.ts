import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Path of the schema file relative to the package root. */
export const SCHEMA_RELATIVE_PATH = join('schema', 'ibm-provider-schema.json');

/**
 * Finds `schema/ibm-provider-schema.json` by walking up from `startDir` (by default this file's
 * directory), so it resolves from `lib/ibm-schema/` under jest and from `dist/ibm-schema/` once built.
 */
export function findSchemaFile(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, SCHEMA_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`${SCHEMA_RELATIVE_PATH} not found in ${startDir} or any parent directory`);
    }
    dir = parent;
  }
}
