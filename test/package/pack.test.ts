import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTerraform } from '../../lib/terraform/find-terraform';

/**
 * Packs the library with `npm pack`, installs the tarball into an empty project (from npm's cache
 * where it can), and type-checks and runs the README's examples there against the installed
 * package, then runs `npx backup-agent-connectivity terraform validate` on what they synthesized.
 * The documented peer dependencies come from this repository's node_modules, as a user's own
 * installs would; the package's own dependencies (gRPC, msgpack) come from the tarball's install
 * alone. A second project gets only `cdktn` and `constructs`, as a CDK Terrain user's would.
 */
const ROOT = path.resolve(__dirname, '../..');
const PEERS = ['aws-cdk-lib', 'constructs', 'cdktf'];
const CDKTN_PEERS = ['cdktn', 'constructs'];
/** The README examples that run in the CDK Terrain project, not in the first one. */
const CDKTN_EXAMPLES = ['cdktn-app'];

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', CHECKPOINT_DISABLE: '1', ...env },
  });
}

/** The TypeScript examples in the README that are marked `<!-- packed-example: NAME -->`. */
function readmeExamples(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const examples = new Map<string, string>();
  const pattern = /<!-- packed-example: ([a-z-]+) -->\s*```ts\n([\s\S]*?)```/g;
  for (const match of readme.matchAll(pattern)) examples.set(match[1], match[2]);
  return examples;
}

let workDir: string;
let project: string;
let cdktnProject: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', workDir], ROOT));
  tarball = path.join(workDir, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = path.join(workDir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
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

/** Writes the examples into a project, type-checks them there, runs each and returns its output directory by name. */
function typeCheckAndRun(dir: string, examples: ReadonlyMap<string, string>): Map<string, string> {
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', strict: true, skipLibCheck: true, noEmit: true, types: [] },
      include: ['*.ts'],
    }),
  );
  for (const [name, source] of examples) fs.writeFileSync(path.join(dir, `${name}.ts`), source);
  run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], dir);
  const outdirs = new Map<string, string>();
  for (const name of examples.keys()) {
    const outdir = path.join(workDir, `${name}.out`);
    run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [`${name}.ts`], dir, { CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir });
    const written = fs.readdirSync(outdir, { recursive: true }) as string[];
    expect(written.some((f) => f.endsWith('.template.json') || f.endsWith('cdk.tf.json'))).toBe(true);
    outdirs.set(name, outdir);
  }
  return outdirs;
}

test('the README examples type-check and synthesize against the installed package', () => {
  const examples = readmeExamples();
  expect([...examples.keys()].sort()).toEqual(['aws-app', 'cdktf-app', ...CDKTN_EXAMPLES].sort());
  typeCheckAndRun(project, new Map([...examples].filter(([name]) => !CDKTN_EXAMPLES.includes(name))));
}, 120_000);

test('with only cdktn and constructs installed, the README cdktn example type-checks, synthesizes and passes the review', () => {
  const resolvable = (name: string) =>
    run('node', ['-e', `try { require.resolve(${JSON.stringify(name)}); console.log('yes') } catch { console.log('no') }`], cdktnProject).trim();
  expect(Object.fromEntries(['cdktn', 'constructs', 'cdktf', 'aws-cdk-lib'].map((name) => [name, resolvable(name)]))).toEqual({
    cdktn: 'yes',
    constructs: 'yes',
    cdktf: 'no',
    'aws-cdk-lib': 'no',
  });
  const examples = readmeExamples();
  const outdirs = typeCheckAndRun(cdktnProject, new Map(CDKTN_EXAMPLES.map((name) => [name, examples.get(name)!])));
  const outdir = outdirs.get('cdktn-app')!;
  const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'backup-agents', 'cdk.tf.json'), 'utf8')) as {
    resource: Record<string, object>;
  };
  expect(Object.keys(config.resource).sort()).toEqual([
    'ibm_is_network_acl_rule',
    'ibm_is_security_group',
    'ibm_is_security_group_rule',
    'ibm_security_group',
    'ibm_security_group_rule',
  ]);
  const review = run(path.join(cdktnProject, 'node_modules', '.bin', 'backup-agent-connectivity'), ['review', outdir], cdktnProject);
  expect(review).toContain('## Backup agent connectivity review: backup-agents');
  expect(review).toContain('Result: passed');
}, 120_000);

const terraform = findTerraform();

if (!terraform) {
  console.warn('terraform validate of the installed package skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

(terraform ? test : test.skip)(
  'npx backup-agent-connectivity terraform validate runs with only the package and its documented peers installed',
  () => {
    for (const dependency of ['@grpc/grpc-js', '@grpc/proto-loader', '@msgpack/msgpack']) {
      expect(fs.realpathSync(path.join(project, 'node_modules', dependency)).startsWith(fs.realpathSync(project))).toBe(true);
    }
    const outdir = path.join(workDir, 'cdktf-app.out');
    expect(fs.existsSync(path.join(outdir, 'stacks'))).toBe(true);
    const out = run('npx', ['backup-agent-connectivity', 'terraform', 'validate', outdir], project, { npm_config_offline: 'true' });
    expect(out).toContain('Checking against IBM provider 2.5.0');
    expect(out).toContain('Success! The configuration is valid.');
    expect(out).toMatch(/terraform validate passed for all \d+ stacks against IBM provider 2\.5\.0/);
  },
  120_000,
);

(terraform ? test : test.skip)(
  'with only cdktn and constructs installed, npx backup-agent-connectivity terraform validate checks the cdktn example',
  () => {
    for (const installed of [
      'backup-agent-connectivity',
      '@grpc/grpc-js',
      '@grpc/proto-loader',
      '@msgpack/msgpack',
      '.bin/backup-agent-connectivity',
    ]) {
      expect(fs.realpathSync(path.join(cdktnProject, 'node_modules', installed)).startsWith(fs.realpathSync(cdktnProject))).toBe(true);
    }
    const outdir = path.join(workDir, 'cdktn-app.out');
    expect(fs.existsSync(path.join(outdir, 'stacks'))).toBe(true);
    const out = run('npx', ['backup-agent-connectivity', 'terraform', 'validate', outdir], cdktnProject, { npm_config_offline: 'true' });
    expect(out).toContain('Success! The configuration is valid.');
    expect(out).toMatch(/terraform validate passed for all \d+ stacks against IBM provider 2\.5\.0/);
  },
  120_000,
);
