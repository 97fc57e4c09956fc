import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App as CdktfApp } from 'cdktf';
import { App as CdktnApp } from 'cdktn';
import { buildExampleApp } from '../../examples/aws/example-app';
import { buildExampleStacks } from '../../examples/cdktf/example-stacks';
import { buildExampleStacks as buildCdktnExampleStacks } from '../../examples/cdktn/example-stacks';
import { CatalogEdition } from '../../lib/aws';

/**
 * The example apps synthesized to disk once for every suite that reads them, instead of once per
 * suite and test. Outputs are kept under `.cache/synthesized/<digest>/`, where the digest covers every
 * source a synthesis can read (the library, the examples, the test helpers and the lock file), so
 * that any change to them synthesizes again; a fresh clone has no cache and synthesizes everything.
 * `lib/review` is left out of the digest, because mutation runs change it: a synthesis handed to
 * `synthesizedOnce` writes its output with the CDKs, the examples and the renderers only, never with
 * review code (a test checks the example apps' imports). The directories returned are shared: read
 * them, never write into them.
 */
process.env.CHECKPOINT_DISABLE = '1';

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.cache', 'synthesized');
const SOURCES = ['lib', 'examples', 'test'];
const LEFT_OUT = ['lib/review/', 'test/mutation/'];
const EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'];

let digest: string | undefined;

/** The digest of every source a synthesis can read. */
function sourceDigest(): string {
  if (digest !== undefined) return digest;
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((dir) =>
    (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).map((f) => `${dir}/${f.split(path.sep).join('/')}`),
  )
    .filter((f) => EXTENSIONS.some((e) => f.endsWith(e)) && !LEFT_OUT.some((prefix) => f.startsWith(prefix)))
    .sort();
  for (const file of [...files, 'package-lock.json'])
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update('\0');
  digest = hash.digest('hex').slice(0, 16);
  return digest;
}

/**
 * The directory `synthesize` wrote for `name`, synthesized on the first call for the current sources.
 * Concurrent suites may both synthesize; the first to finish keeps its output, the other's is dropped.
 */
export function synthesizedOnce(name: string, synthesize: (outdir: string) => void): string {
  const generation = path.join(CACHE, sourceDigest());
  const dir = path.join(generation, name);
  if (fs.existsSync(dir)) return dir;
  if (!fs.existsSync(generation)) {
    // Outputs of earlier sources go; never the current generation, which a concurrent suite may be filling.
    for (const old of fs.existsSync(CACHE) ? fs.readdirSync(CACHE) : []) {
      if (old !== path.basename(generation)) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
    }
    fs.mkdirSync(generation, { recursive: true });
  }
  const scratch = fs.mkdtempSync(`${dir}.partial-`);
  try {
    synthesize(scratch);
    fs.renameSync(scratch, dir);
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw error;
  }
  return dir;
}

/** The AWS example app's cloud assembly (cdk-nag and CloudFormation validation included), its minimal-mode stack at `edition`. */
export function exampleCdkOut(edition?: CatalogEdition): string {
  return synthesizedOnce(`aws-example-${edition ?? 'default'}`, (outdir) => {
    buildExampleApp({ outdir }, edition).synth();
  });
}

/** The cdktf example app's output directory, its minimal-mode stack at `edition`. */
export function exampleCdktfOut(edition?: CatalogEdition): string {
  return synthesizedOnce(`cdktf-example-${edition ?? 'default'}`, (outdir) => {
    const app = new CdktfApp({ outdir });
    buildExampleStacks(app, edition);
    app.synth();
  });
}

/** The cdktn example app's output directory. */
export function exampleCdktnOut(): string {
  return synthesizedOnce('cdktn-example-default', (outdir) => {
    const app = new CdktnApp({ outdir });
    buildCdktnExampleStacks(app);
    app.synth();
  });
}

/**
 * The cdktf example app as `examples/cdktf/main.ts`, run by tsx as a program of its own, writes it with
 * `SYNTH_HCL_OUTPUT=true` (what `cdktf synth --hcl` sets): HCL, with the intent records beside it.
 */
export function exampleCdktfHclOut(): string {
  return synthesizedOnce('cdktf-example-hcl-main', (outdir) => {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'examples', 'cdktf', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, SYNTH_HCL_OUTPUT: 'true', CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
      stdio: 'pipe',
    });
  });
}
