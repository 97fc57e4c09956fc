import * as fs from 'node:fs';
import * as path from 'node:path';
import { IBM_PROVIDER_RELEASES, IbmProviderSchema, planResourceChecks, validateProviderConfig, validateResourceConfig } from '../../lib/ibm-schema';
import { findTerraform, TerraformRunResult } from '../../lib/terraform';
import { CONFORMANCE_CASES, ConformanceCase, PLAN_CASES, Verdict } from './conformance-table';
import { flattenDiagnostics, temporaryDirectory } from './construct-apps';
import { recordedRunTerraform } from './recorded-terraform';

process.env.CHECKPOINT_DISABLE = '1';

const terraform = findTerraform();
const describeIfTerraform = terraform ? describe : describe.skip;

if (!terraform) {
  console.warn('conformance table skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

/** The environment Terraform and the validator see: no provider settings from the shell. */
const PROVIDER_ENV = Object.keys(process.env).filter(
  (k) =>
    /^(IC_|IBMCLOUD_|BM_|BLUEMIX_|SL_|SOFTLAYER_|IAAS_CLASSIC_)/.test(k) ||
    k === 'MAX_RETRIES' ||
    k === 'RIAAS_ENDPOINT' ||
    k === 'FUNCTION_NAMESPACE',
);

function verdictOf(c: ConformanceCase, release: string): Verdict {
  return c.verdict instanceof RegExp || c.verdict === 'valid' ? c.verdict : c.verdict[release as '1.87.3' | '2.5.0'];
}

/** Terraform's address of the case in diagnostics. */
function addressOf(c: ConformanceCase): RegExp {
  return c.type === 'provider'
    ? new RegExp(`provider\\["registry\\.terraform\\.io/ibm-cloud/ibm"\\]\\.${c.name}\\b`)
    : new RegExp(`(with|in resource\\.)${c.type}\\.${c.name}\\b`);
}

/**
 * One configuration holding every case: resources by name, provider cases as aliased
 * `provider "ibm"` blocks, each used by a valid classic security group (Terraform validates only
 * the provider configurations that resources use).
 */
function configuration(): object {
  const resource: Record<string, Record<string, unknown>> = {};
  const providers: object[] = [{}];
  for (const c of CONFORMANCE_CASES) {
    if (c.type === 'provider') {
      providers.push({ alias: c.name, ...c.body });
      (resource.ibm_security_group ??= {})[`uses_${c.name}`] = { provider: `ibm.${c.name}`, name: `uses-${c.name}` };
    } else (resource[c.type] ??= {})[c.name] = c.body;
  }
  return { terraform: { required_providers: { ibm: { source: 'IBM-Cloud/ibm' } } }, provider: { ibm: providers }, resource };
}

/** Terraform's diagnostics, one flattened text per `Error:` block. */
function errorBlocks(result: TerraformRunResult): string[] {
  return flattenDiagnostics(result.stderr + result.stdout)
    .split(/(?=Error: |Warning: |Terraform used the selected providers|Terraform planned the following actions)/)
    .filter((b) => b.startsWith('Error: '));
}

test('the table has 40 or more configurations over the seven resources and the provider block, with unique names', () => {
  expect(CONFORMANCE_CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CONFORMANCE_CASES.map((c) => c.name)).size).toBe(CONFORMANCE_CASES.length);
  expect([...new Set(CONFORMANCE_CASES.map((c) => c.type))].sort()).toEqual([...IbmProviderSchema.load().resourceTypes, 'provider'].sort());
  expect(CONFORMANCE_CASES.some((c) => !(c.verdict instanceof RegExp) && c.verdict !== 'valid')).toBe(true);
});

describeIfTerraform.each(IBM_PROVIDER_RELEASES)("terraform validate against IBM provider %s gives the tagged source's verdict", (release) => {
  let blocks: string[] = [];
  let output = '';
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const k of PROVIDER_ENV) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    const directory = temporaryDirectory('conformance-');
    try {
      fs.writeFileSync(path.join(directory, 'main.tf.json'), JSON.stringify(configuration(), null, 2));
      const result = await recordedRunTerraform(directory, 'validate', terraform!, release);
      blocks = errorBlocks(result);
      output = flattenDiagnostics(result.stderr + result.stdout);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);

  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  });

  test('every error belongs to a case of the table', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect({ block, known: CONFORMANCE_CASES.some((c) => addressOf(c).test(block)) }).toEqual({ block, known: true });
  });

  test.each(CONFORMANCE_CASES.map((c) => [c.type, c.name, c] as const))('%s %s', (_type, _name, c) => {
    const verdict = verdictOf(c, release);
    const mine = blocks.filter((b) => addressOf(c).test(b));
    if (verdict === 'valid') {
      expect({ source: c.source, errors: mine }).toEqual({ source: c.source, errors: [] });
    } else {
      expect(mine.length).toBeGreaterThan(0);
      expect({ source: c.source, matched: mine.some((b) => verdict.test(b)), errors: mine }).toEqual({
        source: c.source,
        matched: true,
        errors: mine,
      });
    }
    expect(output).not.toContain('could not handle');
  });

  test.each(
    CONFORMANCE_CASES.filter((c) => !/No argument or block type|is required|Read-Only|unconfigurable/.test(String(verdictOf(c, release)))).map(
      (c) => [c.type, c.name, c] as const,
    ),
  )('the library validator agrees on %s %s', (_type, _name, c) => {
    const schema = IbmProviderSchema.load(release);
    const diagnostics = c.type === 'provider' ? validateProviderConfig(c.body, schema, {}) : validateResourceConfig(c.type, c.body, schema);
    expect({ source: c.source, valid: diagnostics.length === 0 }).toEqual({ source: c.source, valid: verdictOf(c, release) === 'valid' });
  });
});

describeIfTerraform.each(IBM_PROVIDER_RELEASES)('terraform plan against IBM provider %s runs the tagged CustomizeDiff checks', (release) => {
  let output = '';
  let blocks: string[] = [];

  beforeAll(async () => {
    const directory = temporaryDirectory('conformance-plan-');
    try {
      const resource: Record<string, Record<string, unknown>> = {};
      for (const c of PLAN_CASES) (resource[c.type] ??= {})[c.name] = c.body;
      fs.writeFileSync(
        path.join(directory, 'main.tf.json'),
        JSON.stringify({ terraform: { required_providers: { ibm: { source: 'IBM-Cloud/ibm' } } }, resource }, null, 2),
      );
      const validated = await recordedRunTerraform(directory, 'validate', terraform!, release);
      expect(validated.exitCode).toBe(0);
      const result = await recordedRunTerraform(directory, 'plan', terraform!, release);
      output = flattenDiagnostics(result.stderr + result.stdout);
      blocks = errorBlocks(result);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);

  test.each(PLAN_CASES.map((c) => [c.type, c.name, c] as const))('%s %s', (_type, _name, c) => {
    const verdict = verdictOf(c, release);
    const mine = blocks.filter((b) => addressOf(c).test(b));
    if (verdict === 'valid') expect({ source: c.source, errors: mine }).toEqual({ source: c.source, errors: [] });
    else
      expect({ source: c.source, matched: mine.some((b) => verdict.test(b)), errors: mine }).toEqual({
        source: c.source,
        matched: true,
        errors: mine,
      });
    const library = planResourceChecks(c.type, c.body, IbmProviderSchema.load(release));
    expect(library.filter((d) => d.severity === 'error').length > 0).toBe(verdict !== 'valid');
    if (c.warning) {
      expect(output).toMatch(c.warning);
      expect(library.map((d) => d.severity)).toEqual(['warning']);
    }
  });
});
