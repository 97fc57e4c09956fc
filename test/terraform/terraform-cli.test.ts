import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTerraform, runTerraform, TerraformCommand, TerraformRunResult } from '../../lib/terraform';
import { recordedRunTerraform } from './recorded-terraform';

const FIXTURES = path.join(__dirname, 'fixtures');
const terraform = findTerraform();
const describeIfTerraform = terraform ? describe : describe.skip;

if (!terraform) {
  console.warn('terraform CLI tests skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

/**
 * Runs Terraform in a temporary copy of a fixture, so `.terraform/` and lock files never land in the
 * repository: a recorded run (see `recorded-terraform.ts`), or, with `live`, always a new one, for a
 * test of what the run itself leaves behind.
 */
async function runFixture(fixture: string, command: TerraformCommand, live = false): Promise<TerraformRunResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `tf-fixture-${fixture}-`));
  try {
    fs.cpSync(path.join(FIXTURES, fixture), directory, { recursive: true });
    return live ? await runTerraform({ command, directory, terraformBinary: terraform }) : await recordedRunTerraform(directory, command, terraform!);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** Terraform's diagnostics, with the box-drawing gutter removed and lines joined. */
function diagnostics(result: TerraformRunResult): string {
  return (result.stderr + result.stdout).replace(/^[│╷╵]\s?/gm, '').replace(/\s+/g, ' ');
}

describeIfTerraform('terraform validate and plan with the offline IBM provider', () => {
  jest.setTimeout(60_000);

  test.each([
    ['valid-vpc', 7],
    ['valid-classic', 3],
  ])('%s passes validate and plans %i resources to add', async (fixture, add) => {
    const validated = await runFixture(fixture, 'validate');
    expect(validated.exitCode).toBe(0);
    expect(validated.stdout).toContain('Success! The configuration is valid.');
    const planned = await runFixture(fixture, 'plan');
    expect(planned.stderr).toBe('');
    expect(planned.exitCode).toBe(0);
    expect(planned.summary).toEqual({ add, change: 0, destroy: 0 });
    expect(planned.stdout).toContain('(known after apply)');
  });

  test('the plan shows configured values and references as known after apply', async () => {
    // valid-vpc names its ACL rule "allow-vault-${...id}": Terraform sends that as a refined
    // unknown (msgpack extension 12, not null, prefix "allow-vault-"), which must come back
    // unchanged or Terraform rejects the plan as inconsistent.
    const planned = await runFixture('valid-vpc', 'plan');
    expect(planned.stdout).toMatch(/# ibm_is_security_group_rule\.management_inbound will be created/);
    expect(planned.stdout).toMatch(/\+ group\s+= \(known after apply\)/);
    expect(planned.stdout).toMatch(/\+ port_min\s+= 2548/);
    expect(planned.stdout).toMatch(/\+ name\s+= "allow-management-inbound"/);
    expect(planned.stdout).toMatch(
      /# ibm_is_network_acl_rule\.vault_outbound will be created\n\s+\+ resource "ibm_is_network_acl_rule" "vault_outbound" \{[^}]*\+ name\s+= \(known after apply\)/,
    );
  });

  test.each([
    ['broken-unknown-attribute', /Error: Extraneous JSON object property .* No argument or block type is named "ports"/],
    ['broken-missing-direction', /Error: Missing required argument .*The argument "direction" is required/],
    [
      'broken-string-port',
      /Error: Incorrect attribute value type .*"port_min": "abc".* Inappropriate value for attribute "port_min": a number is required/,
    ],
    [
      'broken-invalid-direction',
      /Error: Invalid value .*"direction": "ingress".* "direction" must contain a value from \[inbound, outbound\], got "ingress"/,
    ],
    ['broken-invalid-vpc-name', /Error: Invalid format .*"name": "Backup_Agents".* "name" \("Backup_Agents"\) should match regexp/],
  ])('%s fails validate for the expected reason', async (fixture, message) => {
    const result = await runFixture(fixture, 'validate');
    expect(result.exitCode).toBe(1);
    expect(diagnostics(result)).toMatch(message);
    expect(result.summary).toBeUndefined();
  });

  test('plan fails too and reports no summary', async () => {
    const result = await runFixture('broken-invalid-direction', 'plan');
    expect(result.exitCode).toBe(1);
    expect(result.summary).toBeUndefined();
    expect(diagnostics(result)).toContain('"direction" must contain a value from [inbound, outbound]');
  });

  test('the provider and its socket directory are gone after a run, also when Terraform cannot start', async () => {
    const savedTmp = process.env.TMPDIR;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-cleanup-'));
    process.env.TMPDIR = tmp;
    try {
      await expect(runTerraform({ command: 'validate', directory: FIXTURES, terraformBinary: path.join(tmp, 'no-such-terraform') })).rejects.toThrow(
        /ENOENT/,
      );
      expect(fs.readdirSync(tmp)).toEqual([]);
      expect((await runFixture('valid-classic', 'validate', true)).exitCode).toBe(0);
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (savedTmp === undefined) {
        delete process.env.TMPDIR;
      } else {
        process.env.TMPDIR = savedTmp;
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
