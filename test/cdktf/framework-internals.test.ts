import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cdktf from 'cdktf';
import * as cdktn from 'cdktn';
import { CHECKED_FRAMEWORK_VERSIONS, stackOverrideAt } from '../../lib/cdktf/framework-internals';

const MODULE = 'lib/cdktf/framework-internals.ts';
const FRAMEWORKS = { cdktf, cdktn } as const;
const REQUIRED_IBM = ['terraform', 'required_providers', 'ibm'];

/** The version of a package as installed. */
function installedVersion(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** Fails, naming the module, the checked and the installed version, when an assumption of the module no longer holds. */
function assumption(pkg: keyof typeof FRAMEWORKS, holds: boolean, what: string): void {
  if (!holds) {
    throw new Error(
      `${MODULE} assumes that ${what} (checked against ${pkg} ${CHECKED_FRAMEWORK_VERSIONS[pkg]}); ` +
        `it does not hold with ${pkg} ${installedVersion(pkg)} as installed: adapt the module`,
    );
  }
}

describe(`${MODULE} (stack-level overrides)`, () => {
  test('it was checked against both Terraform CDK packages', () => {
    expect(Object.keys(CHECKED_FRAMEWORK_VERSIONS).sort()).toEqual(Object.keys(FRAMEWORKS).sort());
  });

  test.each(Object.entries(CHECKED_FRAMEWORK_VERSIONS))('%s is installed at %s, the version the module was checked against', (pkg, checked) => {
    const installed = installedVersion(pkg);
    if (installed !== checked) {
      throw new Error(
        `${pkg} ${installed} is installed, but ${MODULE} was checked against ${pkg} ${checked}: read the new version's ` +
          `source of what the module relies on, adapt the module if needed, then update its doc comment and CHECKED_FRAMEWORK_VERSIONS`,
      );
    }
    const doc = readFileSync(join(__dirname, '..', '..', MODULE), 'utf8').replace(/\n \* /g, ' ');
    assumption(pkg as keyof typeof FRAMEWORKS, doc.includes(`${pkg} ${checked}`), `its doc comment names ${pkg} ${checked}`);
  });

  describe.each(Object.keys(FRAMEWORKS) as (keyof typeof FRAMEWORKS)[])('with %s', (pkg) => {
    const newStack = () => new FRAMEWORKS[pkg].TerraformStack(FRAMEWORKS[pkg].Testing.app(), 'stack');
    const synthesized = (stack: { toTerraform(): unknown }) =>
      stack.toTerraform() as { terraform?: { required_providers?: Record<string, unknown> } };

    test('a stack without overrides has none at the path', () => {
      assumption(pkg, stackOverrideAt(newStack(), REQUIRED_IBM) === undefined, 'a new stack has no override of terraform.required_providers.ibm');
    });

    test('an addOverride of terraform.required_providers.ibm is read back, and is what the stack synthesizes there', () => {
      const stack = newStack();
      const entry = { source: 'example/ibm', version: '1.2.3' };
      stack.addOverride('terraform.required_providers.ibm', entry);
      const read = stackOverrideAt(stack, REQUIRED_IBM);
      assumption(
        pkg,
        JSON.stringify(read) === JSON.stringify(entry),
        `addOverride('terraform.required_providers.ibm', value) is read back as that value (read: ${JSON.stringify(read)})`,
      );
      const rendered = synthesized(stack).terraform?.required_providers?.ibm;
      assumption(
        pkg,
        JSON.stringify(rendered) === JSON.stringify(entry),
        `the stack synthesizes the overridden entry (synthesized: ${JSON.stringify(rendered)})`,
      );
    });

    test('an override below the entry is read back as the object holding it; one of another provider is not', () => {
      const stack = newStack();
      stack.addOverride('terraform.required_providers.ibm.version', '1.2.3');
      stack.addOverride('terraform.required_providers.aws', { source: 'hashicorp/aws' });
      const read = stackOverrideAt(stack, REQUIRED_IBM);
      assumption(
        pkg,
        JSON.stringify(read) === JSON.stringify({ version: '1.2.3' }),
        `an override below the entry is read back as its object (read: ${JSON.stringify(read)})`,
      );
      const other = newStack();
      other.addOverride('terraform.required_providers.aws', { source: 'hashicorp/aws' });
      assumption(pkg, stackOverrideAt(other, REQUIRED_IBM) === undefined, 'an override of another provider leaves the ibm entry unset');
    });
  });
});
