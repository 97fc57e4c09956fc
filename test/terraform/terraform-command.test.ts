import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLAN_LIMITS, runTerraformCommand, TERRAFORM_MISSING, TERRAFORM_USAGE } from '../../lib/cli/terraform-command';
import { checkTerraformStack, findTerraform } from '../../lib/terraform';
import { recordedCheck } from './recorded-terraform';
import { EXAMPLE_STACK_NAMES, firstResource, listTree, readTerraformJson, resourceCount, temporaryDirectory } from './construct-apps';
import { exampleCdktfOut } from '../setup/synthesized-examples';

process.env.CHECKPOINT_DISABLE = '1';

const terraform = findTerraform();
const describeIfTerraform = terraform ? describe : describe.skip;

if (!terraform) {
  console.warn('terraform command runs skipped: terraform is not on PATH (usage errors and the missing-terraform message are still tested)');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

/**
 * Runs the command with its output collected. Terraform's runs are recorded runs (see
 * `recorded-terraform.ts`) unless `live` is set, which a test of what a run leaves behind needs.
 */
async function run(args: string[], live = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runTerraformCommand(args, { out: (t) => (out += t), err: (t) => (err += t) }, live ? checkTerraformStack : recordedCheck);
  return { code, out, err };
}

const cleanup: string[] = [];
let exampleOutdir = '';

beforeAll(() => {
  exampleOutdir = exampleCdktfOut();
});

afterAll(() => {
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
});

/** The header line the command prints before a stack's Terraform output. */
function header(command: string, stack: string): RegExp {
  return new RegExp(`^=== terraform ${command}: ${stack} \\(.*cdk\\.tf\\.json\\) ===$`, 'm');
}

describe('terraform command arguments', () => {
  test('--help prints the usage and succeeds', async () => {
    const { code, out, err } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toBe(`${TERRAFORM_USAGE}\n`);
    expect(err).toBe('');
  });

  test.each([
    ['no arguments', [], /give a command \(validate or plan\)/],
    ['an unsupported command', ['apply', 'cdktf.out'], /the command must be validate or plan, got 'apply'/],
    ['no output directory', ['validate'], /give at least one cdktf output directory/],
    ['an unknown option', ['plan', '--parallel', 'cdktf.out'], /unknown option '--parallel'/],
    [
      'a provider release without a committed schema',
      ['validate', '--provider-version', '2.4.0', 'cdktf.out'],
      /--provider-version 2\.4\.0: no schema of IBM provider 2\.4\.0 is committed; committed releases: 1\.87\.3, 2\.5\.0/,
    ],
    [
      '--provider-version without a release',
      ['validate', 'cdktf.out', '--provider-version'],
      /--provider-version needs a release, one of 1\.87\.3, 2\.5\.0/,
    ],
    [
      '--provider-version given twice',
      ['validate', '--provider-version=2.5.0', '--provider-version', '1.87.3', 'cdktf.out'],
      /--provider-version is given twice/,
    ],
  ])('%s is a usage error (exit 2)', async (_name, args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('Usage: backup-agent-connectivity terraform <validate|plan>');
  });

  test('a path that does not exist is an input error (exit 2)', async () => {
    const missing = path.join(exampleOutdir, 'no-such-dir');
    const { code, err } = await run(['validate', missing]);
    expect(code).toBe(2);
    expect(err).toContain(`'${missing}' does not exist`);
  });

  test('a CloudFormation template holds no Terraform stack (exit 2)', async () => {
    const dir = temporaryDirectory('terraform-command-cfn-');
    cleanup.push(dir);
    const template = path.join(dir, 'template.json');
    fs.writeFileSync(template, JSON.stringify({ Resources: { Group: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x' } } } }));
    const { code, err } = await run(['plan', template]);
    expect(code).toBe(2);
    expect(err).toContain(`no Terraform stack found in '${template}'`);
  });
});

describe('without terraform on PATH', () => {
  // PATH points at an empty directory for this one call: the command's own lookup (the same one
  // a user's shell would drive) finds nothing, with no test-only hook in the command.
  test('says so, checks nothing and exits 3', async () => {
    const emptyDir = temporaryDirectory('terraform-command-empty-path-');
    cleanup.push(emptyDir);
    const savedPath = process.env.PATH;
    process.env.PATH = emptyDir;
    try {
      const { code, out, err } = await run(['validate', exampleOutdir]);
      expect(code).toBe(3);
      expect(out).toBe('');
      expect(err).toBe(`${TERRAFORM_MISSING}\n`);
      expect(err).toContain('terraform is not on PATH: install Terraform 1.x to run validate/plan; nothing was checked');
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describeIfTerraform('terraform command on the synthesized example app', () => {
  test("validate passes for every stack, with a header and Terraform's output for each", async () => {
    const before = listTree(exampleOutdir);
    const { code, out, err } = await run(['validate', exampleOutdir], true);
    expect(err).toBe('');
    expect(code).toBe(0);
    for (const name of EXAMPLE_STACK_NAMES) expect(out).toMatch(header('validate', name));
    expect(out.match(/^Success! The configuration is valid\.$/gm)).toHaveLength(EXAMPLE_STACK_NAMES.length);
    expect(
      out.startsWith('Checking against IBM provider 2.5.0 (schema read from IBM-Cloud/terraform-provider-ibm v2.5.0, commit 9f9b7ecfc432)\n'),
    ).toBe(true);
    expect(out).toContain(`terraform validate passed for all ${EXAMPLE_STACK_NAMES.length} stacks against IBM provider 2.5.0`);
    expect(listTree(exampleOutdir)).toEqual(before);
  });

  test.each([['--provider-version', '1.87.3'], ['--provider-version=1.87.3']])(
    '%s validates against that committed release and names it',
    async (...flag) => {
      const { code, out, err } = await run(['validate', ...flag, exampleOutdir]);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(
        out.startsWith('Checking against IBM provider 1.87.3 (schema read from IBM-Cloud/terraform-provider-ibm v1.87.3, commit 994a2f2e3903)\n'),
      ).toBe(true);
      expect(out.match(/^Success! The configuration is valid\.$/gm)).toHaveLength(EXAMPLE_STACK_NAMES.length);
      expect(out).toContain(`terraform validate passed for all ${EXAMPLE_STACK_NAMES.length} stacks against IBM provider 1.87.3`);
    },
  );

  test("plan passes for every stack and adds each stack's resources, leaving the output directory untouched", async () => {
    const before = listTree(exampleOutdir);
    const { code, out, err } = await run(['plan', exampleOutdir], true);
    expect(err).toBe('');
    expect(code).toBe(0);
    const sections = out.split(/^(?==== terraform plan: )/m).filter((s) => s.startsWith('==='));
    expect(sections).toHaveLength(EXAMPLE_STACK_NAMES.length);
    for (const name of EXAMPLE_STACK_NAMES) {
      const section = sections.find((s) => header('plan', name).test(s));
      expect(section).toBeDefined();
      const stackFile = path.join(exampleOutdir, 'stacks', name, 'cdk.tf.json');
      const add = resourceCount(readTerraformJson(stackFile));
      expect(section).toContain(`Plan: ${add} to add, 0 to change, 0 to destroy.`);
      // The example stacks declare a local backend, which the offline check leaves out.
      expect(section).toContain('(the stack\'s "local" backend is left out: checked offline against an empty state)');
    }
    expect(out).toContain(`terraform plan passed for all ${EXAMPLE_STACK_NAMES.length} stacks against IBM provider 2.5.0`);
    expect(out).toContain(`${PLAN_LIMITS}\n`);
    expect(listTree(exampleOutdir)).toEqual(before);
  });

  test('a single cdk.tf.json file can be given instead of an output directory', async () => {
    const file = path.join(exampleOutdir, 'stacks', 'backup-agent-classic-commercial', 'cdk.tf.json');
    const { code, out } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(out).toMatch(header('validate', 'cdk.tf.json'));
    expect(out).toContain('Success! The configuration is valid.');
  });

  test("a broken copy fails, prints Terraform's diagnostics and names the failed stack", async () => {
    const broken = temporaryDirectory('terraform-command-broken-');
    cleanup.push(broken);
    fs.cpSync(exampleOutdir, broken, { recursive: true });
    const brokenStack = 'backup-agent-classic-federal';
    const stackFile = path.join(broken, 'stacks', brokenStack, 'cdk.tf.json');
    const json = readTerraformJson(stackFile);
    const rule = firstResource(json, 'ibm_security_group_rule');
    rule.body.direction = 'inbound';
    fs.writeFileSync(stackFile, JSON.stringify(json, null, 2));

    const { code, out, err } = await run(['validate', broken]);
    expect(code).toBe(1);
    for (const name of EXAMPLE_STACK_NAMES) expect(out).toMatch(header('validate', name));
    expect(out.match(/^Success! The configuration is valid\.$/gm)).toHaveLength(EXAMPLE_STACK_NAMES.length - 1);
    expect(err).toMatch(/Error: Invalid value/);
    expect(err).toContain(`with ${rule.address}`);
    expect(err).toMatch(/"direction" must contain a value from \[egress, ingress\], got "inbound"/);
    expect(err).toContain(`terraform validate against IBM provider 2.5.0 failed for 1 of ${EXAMPLE_STACK_NAMES.length} stacks: ${brokenStack}\n`);
  });
});
