import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTerraform } from '../../lib/terraform/find-terraform';
import { ExamplesRun, packInto, readmeExamples, ROOT, run, typeCheckAndRun } from './packed-project';

/**
 * Packs the library with `npm pack`, installs the tarball into an empty project (from npm's cache
 * where it can), and type-checks and runs the README's examples there against the installed
 * package, then runs `npx backup-agent-connectivity terraform validate` on what they synthesized.
 * The documented peer dependencies come from this repository's node_modules, as a user's own
 * installs would; the package's own dependencies (gRPC, msgpack) come from the tarball's install
 * alone. A second project gets only `cdktn` and `constructs`, as a CDK Terrain user's would. The
 * tarball and the examples' runs are recorded runs (see `packed-project.ts`).
 */
const PEERS = ['aws-cdk-lib', 'constructs', 'cdktf'];
const CDKTN_PEERS = ['cdktn', 'constructs'];
/** The README examples that run in the CDK Terrain project, not in the first one. */
const CDKTN_EXAMPLES = ['cdktn-app'];

const terraform = findTerraform();

let workDir: string;
let project: string;
let cdktnProject: string;
let files: string[];

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-pack-'));
  const packed = await packInto(workDir);
  files = packed.files;
  project = path.join(workDir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', packed.tarball], project);
  // The CDK Terrain project starts as a copy of the first one before any peer is added, which is
  // what a second `npm install` of the same tarball would produce; the relative links of
  // node_modules/.bin are copied as they are, so that they point into the copy.
  cdktnProject = path.join(workDir, 'cdktn-project');
  fs.cpSync(project, cdktnProject, { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(path.join(cdktnProject, 'package.json'), JSON.stringify({ name: 'fresh-cdktn-project', version: '1.0.0', private: true }));
  for (const peer of PEERS) {
    fs.symlinkSync(path.join(ROOT, 'node_modules', peer), path.join(project, 'node_modules', peer), 'dir');
  }
  for (const peer of CDKTN_PEERS) {
    fs.symlinkSync(path.join(ROOT, 'node_modules', peer), path.join(cdktnProject, 'node_modules', peer), 'dir');
  }
}, 240_000);

afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** `npx backup-agent-connectivity terraform validate` of an output directory, run offline in `project`; empty without terraform. */
function npxTerraformValidate(project: string, outdir: string): string {
  if (!terraform) return '';
  return run('npx', ['backup-agent-connectivity', 'terraform', 'validate', outdir], project, { npm_config_offline: 'true' });
}

let firstProjectRun: Promise<ExamplesRun> | undefined;
/** The README examples of the first project, type-checked and run once for the tests that read them. */
function firstProjectExamples(): Promise<ExamplesRun> {
  const examples = new Map([...readmeExamples()].filter(([name]) => !CDKTN_EXAMPLES.includes(name)));
  firstProjectRun ??= typeCheckAndRun(
    'packed-examples',
    workDir,
    project,
    examples,
    (outdirs) => ({
      cdktfStacksWritten: String(fs.existsSync(path.join(outdirs.get('cdktf-app')!, 'stacks'))),
      terraformValidate: npxTerraformValidate(project, outdirs.get('cdktf-app')!),
    }),
    terraform,
  );
  return firstProjectRun;
}

let cdktnProjectRun: Promise<ExamplesRun> | undefined;
/** The README cdktn example in the CDK Terrain project, type-checked, run and reviewed once for the tests that read it. */
function cdktnProjectExamples(): Promise<ExamplesRun> {
  const examples = readmeExamples();
  cdktnProjectRun ??= typeCheckAndRun(
    'packed-examples',
    workDir,
    cdktnProject,
    new Map(CDKTN_EXAMPLES.map((name) => [name, examples.get(name)!])),
    (outdirs) => {
      const outdir = outdirs.get('cdktn-app')!;
      const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'backup-agents', 'cdk.tf.json'), 'utf8')) as {
        resource: Record<string, object>;
      };
      return {
        resourceTypes: JSON.stringify(Object.keys(config.resource).sort()),
        review: run(path.join(cdktnProject, 'node_modules', '.bin', 'backup-agent-connectivity'), ['review', outdir], cdktnProject),
        stacksWritten: String(fs.existsSync(path.join(outdir, 'stacks'))),
        terraformValidate: npxTerraformValidate(cdktnProject, outdir),
      };
    },
    terraform,
  );
  return cdktnProjectRun;
}

/** Each example wrote a CloudFormation template or a Terraform configuration. */
function expectSynthesized(result: ExamplesRun): void {
  for (const written of Object.values(result.written)) {
    expect(written.some((f) => f.endsWith('.template.json') || f.endsWith('cdk.tf.json'))).toBe(true);
  }
}

test('the tarball holds built JavaScript, declarations and the schema, and no sources of tests or examples', () => {
  for (const required of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/aws/index.js',
    'dist/aws/index.d.ts',
    'dist/cdktf/index.js',
    'dist/cdktf/index.d.ts',
    'dist/cdktn/index.js',
    'dist/cdktn/index.d.ts',
    'dist/cli/main.js',
    'schema/ibm-provider-2.5.0.json',
    'schema/ibm-provider-1.87.3.json',
    'README.md',
    'package.json',
  ]) {
    expect(files).toContain(required);
  }
  expect(files.filter((f) => /^(test|examples|bench|scripts|lib)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
});

test('the core entry point resolves the documented API in a fresh project', () => {
  const script = [
    "const core = require('backup-agent-connectivity');",
    "const policy = core.ConnectivityPolicy.resolve({ mode: core.AccessMode.MINIMAL, vaultCidrs: ['10.60.1.0/24'] });",
    'console.log(JSON.stringify({',
    '  enums: [core.BackupTarget.FEDERAL, core.AccessMode.HOSTS, core.CatalogEdition.EDITION_2018_12_14, core.Emit.BOTH],',
    '  rules: policy.rules.length, warnings: policy.warnings.map((w) => w.id),',
    '  error: typeof core.ConnectivityValidationError, editions: core.EndpointCatalog.editions(),',
    '  driftCheck: typeof core.CatalogDriftCheck.run,',
    '}));',
  ].join('\n');
  const out = JSON.parse(run('node', ['-e', script], project));
  expect(out).toEqual({
    enums: ['federal', 'hosts', '2018-12-14', 'both'],
    // Minimal mode of 2026-06-08: three /24s, each for portal egress and management ingress, and the vault.
    rules: 7,
    warnings: ['BackupAgentConnectivity:MinimalMode'],
    error: 'function',
    editions: ['2018-12-14', '2024-07-23', '2026-06-08'],
    driftCheck: 'function',
  });
});

test('the command line works from the installed package', () => {
  const out = run(path.join(project, 'node_modules', '.bin', 'backup-agent-connectivity'), ['--format', 'json'], project);
  expect(JSON.parse(out).rules).toHaveLength(3);
});

test('the README examples type-check and synthesize against the installed package', async () => {
  const examples = readmeExamples();
  expect([...examples.keys()].sort()).toEqual(['aws-app', 'cdktf-app', ...CDKTN_EXAMPLES].sort());
  const result = await firstProjectExamples();
  expect(Object.keys(result.written).sort()).toEqual(['aws-app', 'cdktf-app']);
  expectSynthesized(result);
}, 240_000);

test('with only cdktn and constructs installed, the README cdktn example type-checks, synthesizes and passes the review', async () => {
  const resolvable = (name: string) =>
    run('node', ['-e', `try { require.resolve(${JSON.stringify(name)}); console.log('yes') } catch { console.log('no') }`], cdktnProject).trim();
  expect(Object.fromEntries(['cdktn', 'constructs', 'cdktf', 'aws-cdk-lib'].map((name) => [name, resolvable(name)]))).toEqual({
    cdktn: 'yes',
    constructs: 'yes',
    cdktf: 'no',
    'aws-cdk-lib': 'no',
  });
  const result = await cdktnProjectExamples();
  expectSynthesized(result);
  expect(JSON.parse(result.outputs.resourceTypes)).toEqual([
    'ibm_is_network_acl_rule',
    'ibm_is_security_group',
    'ibm_is_security_group_rule',
    'ibm_security_group',
    'ibm_security_group_rule',
  ]);
  expect(result.outputs.review).toContain('## Backup agent connectivity review: backup-agents');
  expect(result.outputs.review).toContain('Result: passed');
}, 240_000);

if (!terraform) {
  console.warn('terraform validate of the installed package skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

(terraform ? test : test.skip)(
  'npx backup-agent-connectivity terraform validate runs with only the package and its documented peers installed',
  async () => {
    for (const dependency of ['@grpc/grpc-js', '@grpc/proto-loader', '@msgpack/msgpack']) {
      expect(fs.realpathSync(path.join(project, 'node_modules', dependency)).startsWith(fs.realpathSync(project))).toBe(true);
    }
    const { outputs } = await firstProjectExamples();
    expect(outputs.cdktfStacksWritten).toBe('true');
    expect(outputs.terraformValidate).toContain('Checking against IBM provider 2.5.0');
    expect(outputs.terraformValidate).toContain('Success! The configuration is valid.');
    expect(outputs.terraformValidate).toMatch(/terraform validate passed for all \d+ stacks against IBM provider 2\.5\.0/);
  },
  240_000,
);

(terraform ? test : test.skip)(
  'with only cdktn and constructs installed, npx backup-agent-connectivity terraform validate checks the cdktn example',
  async () => {
    for (const installed of [
      'backup-agent-connectivity',
      '@grpc/grpc-js',
      '@grpc/proto-loader',
      '@msgpack/msgpack',
      '.bin/backup-agent-connectivity',
    ]) {
      expect(fs.realpathSync(path.join(cdktnProject, 'node_modules', installed)).startsWith(fs.realpathSync(cdktnProject))).toBe(true);
    }
    const { outputs } = await cdktnProjectExamples();
    expect(outputs.stacksWritten).toBe('true');
    expect(outputs.terraformValidate).toContain('Success! The configuration is valid.');
    expect(outputs.terraformValidate).toMatch(/terraform validate passed for all \d+ stacks against IBM provider 2\.5\.0/);
  },
  240_000,
);
