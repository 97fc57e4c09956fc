import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version of a package as installed. */
export function installedVersion(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/**
 * The pins of a module that reads framework internals: `module` is its path from the repository root,
 * `checked` the versions it was checked against, by package.
 */
export function frameworkPins(module: string, checked: Readonly<Record<string, string>>) {
  return {
    /** Fails unless `pkg` is installed at the checked version and the module's doc comment names that version. */
    expectCheckedVersion(pkg: string): void {
      const installed = installedVersion(pkg);
      if (installed !== checked[pkg]) {
        throw new Error(
          `${pkg} ${installed} is installed, but ${module} was checked against ${pkg} ${checked[pkg]}: read the new version's ` +
            `source of what the module relies on, adapt the module if needed, then update its doc comment and CHECKED_FRAMEWORK_VERSIONS`,
        );
      }
      const doc = readFileSync(join(__dirname, '..', '..', module), 'utf8').replace(/\n \* /g, ' ');
      this.assumption(pkg, doc.includes(`${pkg} ${checked[pkg]}`), `its doc comment names ${pkg} ${checked[pkg]}`);
    },

    /** Fails, naming the module, the checked and the installed version, when an assumption of the module no longer holds. */
    assumption(pkg: string, holds: boolean, what: string): void {
      if (!holds) {
        throw new Error(
          `${module} assumes that ${what} (checked against ${pkg} ${checked[pkg]}); ` +
            `it does not hold with ${pkg} ${installedVersion(pkg)} as installed: adapt the module`,
        );
      }
    },
  };
}
