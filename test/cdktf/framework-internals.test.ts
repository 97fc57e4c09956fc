import * as cdktf from 'cdktf';
import * as cdktn from 'cdktn';
import { CHECKED_FRAMEWORK_VERSIONS, stackOverrideAt } from '../../lib/cdktf/framework-internals';
import { frameworkPins } from '../setup/framework-pins';

const MODULE = 'lib/cdktf/framework-internals.ts';
const FRAMEWORKS = { cdktf, cdktn } as const;
const REQUIRED_IBM = ['terraform', 'required_providers', 'ibm'];

const PINS = frameworkPins(MODULE, CHECKED_FRAMEWORK_VERSIONS);

function assumption(pkg: keyof typeof FRAMEWORKS, holds: boolean, what: string): void {
  PINS.assumption(pkg, holds, what);
}

describe(`${MODULE} (stack-level overrides)`, () => {
  test('it was checked against both Terraform CDK packages', () => {
    expect(Object.keys(CHECKED_FRAMEWORK_VERSIONS).sort()).toEqual(Object.keys(FRAMEWORKS).sort());
  });

  test.each(Object.entries(CHECKED_FRAMEWORK_VERSIONS))('%s is installed at %s, the version the module was checked against', (pkg) => {
    PINS.expectCheckedVersion(pkg);
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
