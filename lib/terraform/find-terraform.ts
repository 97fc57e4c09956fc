import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Returns the path of the `terraform` executable found on `PATH` (or on `searchPath`), or
 * `undefined` when there is none.
 */
export function findTerraform(searchPath: string | undefined = process.env.PATH): string | undefined {
  const names = process.platform === 'win32' ? ['terraform.exe', 'terraform'] : ['terraform'];
  for (const directory of (searchPath ?? '').split(path.delimiter)) {
    if (directory === '') {
      continue;
    }
    for (const name of names) {
      const candidate = path.join(directory, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) {
          return candidate;
        }
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}
