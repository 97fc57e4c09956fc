import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiscoveredStack, discoverStacks } from '../../lib/review/stack-discovery';
import { findTerraform } from '../../lib/terraform';
import { EXAMPLE_STACK_NAMES, PLACEMENT_STACKS, readTerraformJson, resourceCount, stackNamed } from '../terraform/construct-apps';
import { exampleCdktnOut } from '../setup/synthesized-examples';
import { placementStacks } from './flavours';
import { recordedCheck, recordedRunTerraform } from '../terraform/recorded-terraform';

const terraform = findTerraform();
const describeIfTerraform = terraform ? describe : describe.skip;

if (!terraform) {
  console.warn('Terraform checks of the /cdktn output skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

/** The local backend block that cdktn writes into `cdk.tf` when the stack declares none. */
const LOCAL_BACKEND_BLOCK = /^backend "local" \{\npath = "[^"\n]*"\n\}\n/m;

/**
 * Copies an HCL stack's directory without its backend block, which `terraform plan` would want
 * initialised (the `terraform` command does the same to JSON stacks), and returns the copy.
 */
function hclCopyWithoutBackend(stack: DiscoveredStack): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `cdktn-hcl-${stack.name}-`));
  fs.cpSync(path.dirname(stack.path), directory, { recursive: true });
  const file = path.join(directory, 'cdk.tf');
  const hcl = fs.readFileSync(file, 'utf8');
  expect(hcl.match(new RegExp(LOCAL_BACKEND_BLOCK.source, 'gm'))).toHaveLength(1);
  fs.writeFileSync(file, hcl.replace(LOCAL_BACKEND_BLOCK, ''));
  return directory;
}

let jsonStacks: DiscoveredStack[] = [];
let hclStacks: DiscoveredStack[] = [];
let exampleStacks: DiscoveredStack[] = [];

beforeAll(() => {
  jsonStacks = placementStacks('cdktn');
  hclStacks = placementStacks('cdktn', true);
  exampleStacks = discoverStacks(exampleCdktnOut());
});

describeIfTerraform('terraform validate and plan of the /cdktn output (one construct per target, mode and edition in each stack)', () => {
  const names = Object.keys(PLACEMENT_STACKS);

  test.each(names)('JSON %s passes terraform validate', async (name) => {
    const result = await recordedCheck(stackNamed(jsonStacks, name), 'validate', terraform!);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Success! The configuration is valid.');
  });

  test.each(names)('JSON %s plans one addition per synthesized resource', async (name) => {
    const stack = stackNamed(jsonStacks, name);
    const resources = resourceCount(readTerraformJson(stack.path));
    expect(resources).toBeGreaterThan(0);
    const result = await recordedCheck(stack, 'plan', terraform!);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.summary).toEqual({ add: resources, change: 0, destroy: 0 });
  });

  test.each(EXAMPLE_STACK_NAMES)('example %s passes terraform validate and plan', async (name) => {
    const stack = stackNamed(exampleStacks, name);
    const validate = await recordedCheck(stack, 'validate', terraform!);
    expect(validate.stderr).toBe('');
    expect(validate.exitCode).toBe(0);
    const plan = await recordedCheck(stack, 'plan', terraform!);
    expect(plan.stderr).toBe('');
    expect(plan.exitCode).toBe(0);
    expect(plan.summary).toEqual({ add: resourceCount(readTerraformJson(stack.path)), change: 0, destroy: 0 });
  });

  test.each(names)('HCL %s passes terraform validate and plans the same additions as its JSON', async (name) => {
    const resources = resourceCount(readTerraformJson(stackNamed(jsonStacks, name).path));
    const directory = hclCopyWithoutBackend(stackNamed(hclStacks, name));
    try {
      expect(fs.readdirSync(directory).sort()).toEqual(['cdk.tf', 'metadata.json']);
      const validate = await recordedRunTerraform(directory, 'validate', terraform!);
      expect(validate.stderr).toBe('');
      expect(validate.exitCode).toBe(0);
      expect(validate.stdout).toContain('Success! The configuration is valid.');
      const plan = await recordedRunTerraform(directory, 'plan', terraform!);
      expect(plan.stderr).toBe('');
      expect(plan.exitCode).toBe(0);
      expect(plan.summary).toEqual({ add: resources, change: 0, destroy: 0 });
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
