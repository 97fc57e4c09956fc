import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recordedRun } from '../setup/recorded-runs';
import { TERRAFORM_ENVIRONMENT } from '../terraform/recorded-terraform';

/**
 * The steps of the package test: `npm pack`, an install of the tarball into an empty project, and
 * what the README's examples do there. The slow, deterministic steps are recorded runs (see
 * `test/setup/recorded-runs.ts`): the tarball is replayed while what goes into it is unchanged, and
 * the examples' type-check, synthesis, review and `terraform validate` while the installed packages
 * (every byte of the project's node_modules except the linked peers, which the lock file fixes), the
 * examples and the terraform binary are unchanged. The install itself always runs, since npm
 * resolves the package's dependency ranges anew.
 */
export const ROOT = path.resolve(__dirname, '../..');

/** Runs a command to its end and returns its standard output; throws with its output when it fails. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', CHECKPOINT_DISABLE: '1', ...env },
  });
}

/** The TypeScript examples in the README that are marked `<!-- packed-example: NAME -->`. */
export function readmeExamples(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const examples = new Map<string, string>();
  const pattern = /<!-- packed-example: ([a-z-]+) -->\s*```ts\n([\s\S]*?)```/g;
  for (const match of readme.matchAll(pattern)) examples.set(match[1], match[2]);
  return examples;
}

/** What `npm pack` wrote: the tarball's name and bytes, and the paths it holds. */
interface PackedTarball {
  readonly filename: string;
  readonly files: string[];
  readonly base64: string;
}

/** Everything `npm pack` reads: the build's sources and settings (tsconfig.build.json extends tsconfig.json), the schemas, the README and the package manifest. */
const PACKED_SOURCES = ['lib', 'schema', 'README.md', 'package.json', 'tsconfig.build.json', 'tsconfig.json'];

/**
 * Packs the library into `directory` with `npm pack` (whose `prepack` builds it) and returns the
 * tarball's path and the paths it holds; replayed while {@link PACKED_SOURCES} are unchanged.
 */
export async function packInto(directory: string): Promise<{ tarball: string; files: string[] }> {
  const packed = await recordedRun<PackedTarball>('npm-pack', { sources: PACKED_SOURCES, parameters: { command: 'npm pack --json' } }, async () => {
    const scratch = fs.mkdtempSync(path.join(directory, 'pack-'));
    const [entry] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const bytes = fs.readFileSync(path.join(scratch, entry.filename));
    fs.rmSync(scratch, { recursive: true, force: true });
    return { filename: entry.filename, files: entry.files.map((f) => f.path), base64: bytes.toString('base64') };
  });
  const tarball = path.join(directory, packed.filename);
  fs.writeFileSync(tarball, Buffer.from(packed.base64, 'base64'));
  return { tarball, files: packed.files };
}

/**
 * The installed packages of a project: its node_modules entries, except npm's own copy of the lock
 * (which names the temporary tarball path) and the links to the repository's peers (which the
 * repository's lock file fixes).
 */
function installedEntries(project: string): string[] {
  const modules = path.join(project, 'node_modules');
  return fs
    .readdirSync(modules)
    .filter((entry) => entry !== '.package-lock.json' && !fs.lstatSync(path.join(modules, entry)).isSymbolicLink())
    .sort()
    .map((entry) => path.join(modules, entry));
}

/** Environment variables the examples' runs read: the CDKs' (`CDK_*`, `CDKTF_*`, `SYNTH_HCL_OUTPUT`), npm's, and Terraform's and the IBM provider's. */
const EXAMPLES_ENVIRONMENT = new RegExp(`^(CDK_|CDKTF_|SYNTH_HCL_OUTPUT$|npm_config_)|${TERRAFORM_ENVIRONMENT.source}`);

/** What the README examples did in one project. */
export interface ExamplesRun {
  /** The files each example's synthesis wrote, relative to its output directory, by example name. */
  readonly written: Record<string, string[]>;
  /** Outputs of the steps after the synthesis, by name. */
  readonly outputs: Record<string, string>;
}

/**
 * Writes the examples into `project`, type-checks them there with the repository's tsc, runs each
 * with tsx into `<workDir>/<name>.out`, lists what each wrote, and then runs `after` on the output
 * directories; replayed while the installed packages, the examples, the terraform binary (when
 * given), {@link EXAMPLES_ENVIRONMENT} and this file are unchanged.
 * @param after steps on the output directories whose outputs the tests check, by name
 */
export async function typeCheckAndRun(
  kind: string,
  workDir: string,
  project: string,
  examples: ReadonlyMap<string, string>,
  after: (outdirs: ReadonlyMap<string, string>) => Record<string, string>,
  terraform?: string,
): Promise<ExamplesRun> {
  return recordedRun<ExamplesRun>(
    kind,
    {
      sources: ['test/package/packed-project.ts'],
      outside: installedEntries(project),
      executables: terraform ? [terraform] : [],
      environment: EXAMPLES_ENVIRONMENT,
      parameters: { examples: [...examples], after: after.toString() },
    },
    async () => {
      fs.writeFileSync(
        path.join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'node16',
            moduleResolution: 'node16',
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            types: [],
          },
          include: ['*.ts'],
        }),
      );
      for (const [name, source] of examples) fs.writeFileSync(path.join(project, `${name}.ts`), source);
      run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], project);
      const outdirs = new Map<string, string>();
      const written: Record<string, string[]> = {};
      for (const name of examples.keys()) {
        const outdir = path.join(workDir, `${name}.out`);
        run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [`${name}.ts`], project, { CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir });
        written[name] = (fs.readdirSync(outdir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
        outdirs.set(name, outdir);
      }
      return { written, outputs: after(outdirs) };
    },
  );
}
