import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Finds a file shipped with the package (for example `schema/tfplugin6.proto`) by walking up
 * from `startDirectory` until `<dir>/<relativePath>` exists. This works from `lib/terraform/`
 * (sources run by jest) and from `dist/terraform/` (compiled package), because both sit below
 * the package root that holds `schema/`. Throws when no ancestor holds the file.
 */
export function findPackageFile(relativePath: string, startDirectory: string = __dirname): string {
  let directory = path.resolve(startDirectory);
  for (;;) {
    const candidate = path.join(directory, relativePath);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
    const parent = path.dirname(directory);
    if (parent === directory) {
      throw new Error(`cannot find ${relativePath} in ${startDirectory} or any parent directory`);
    }
    directory = parent;
  }
}
