import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Outcomes of the slow, deterministic tool runs of the tests (terraform, jsii, tsc, the packed
 * package), recorded under `.cache/runs/<kind>/<key>.json` and replayed when the same run is asked
 * for again. The key is a SHA-256 over everything the run can read: every byte of the repository
 * paths and outside directories it is given, the executables it starts (real path, size and
 * modification time), the environment variables it reads, its parameters, the lock file (which fixes node_modules), Node's version and
 * the platform. Any change to any of them is a new key, so the tool runs again; nothing is ever
 * looked up by name or age. The tests assert on a replayed outcome exactly as on a fresh one.
 *
 * A fresh clone has no records, so CI runs every tool. `BACKUP_AGENT_RECORDED_RUNS=off` runs every
 * tool afresh and records nothing. Each replay is logged, and the run's summary says how many there
 * were (see `recorded-runs.global.ts`).
 */
const ROOT = path.resolve(__dirname, '../..');
const RUNS = path.join(ROOT, '.cache', 'runs');

/** The environment variable that turns recording and replaying off when it is `off`. */
export const RECORDED_RUNS_SWITCH = 'BACKUP_AGENT_RECORDED_RUNS';

/** The directory where each test worker lists the runs it replayed, one line each. */
export const REPLAY_LOG_DIRECTORY = path.join(RUNS, 'replayed');

/** Everything one tool run can read. */
export interface RunInputs {
  /** Files and directories of the repository, relative to its root, read whole. */
  readonly sources: readonly string[];
  /** Files and directories outside the repository (a synthesized stack, say), read whole. */
  readonly outside?: readonly string[];
  /** Executables the run starts, by path. */
  readonly executables?: readonly string[];
  /** Environment variables the run reads: the names that match, with their values. @default - none */
  readonly environment?: RegExp;
  /** Everything else that decides the outcome (the command, its arguments, options), as JSON. */
  readonly parameters: unknown;
}

/** A relative module specifier in an import, an export, a dynamic `import()` or a `require()` call. */
const RELATIVE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)'(\.{1,2}\/[^']+)'/g;

/**
 * The repository files a module reaches through its relative imports, itself included, relative to
 * the repository root and sorted: what a run of that module's code reads of the repository's
 * sources (packages are fixed by the lock file).
 * @param entry a TypeScript file, relative to the repository root
 */
export function localImportClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, specifier] of source.matchAll(RELATIVE_SPECIFIER)) {
      const base = path.posix.join(path.posix.dirname(file), specifier);
      const resolved = [`${base}.ts`, `${base}/index.ts`].find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
      if (resolved === undefined) throw new Error(`${file}: cannot resolve '${specifier}'`);
      visit(resolved);
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** Whether runs are recorded and replayed in this process. */
export function recordingEnabled(): boolean {
  return process.env[RECORDED_RUNS_SWITCH] !== 'off';
}

/** Adds every file under `target` (a file or a directory) to `hash`, by relative path and content, in a fixed order. */
function hashTree(hash: ReturnType<typeof createHash>, target: string, label: string): void {
  if (!fs.existsSync(target)) {
    hash.update(`missing ${label}\0`);
    return;
  }
  if (fs.statSync(target).isFile()) {
    hash.update(`file ${label}\0`).update(fs.readFileSync(target)).update('\0');
    return;
  }
  const files = (fs.readdirSync(target, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(target, f)).isFile())
    .sort();
  hash.update(`directory ${label} ${files.length}\0`);
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(target, file)))
      .update('\0');
}

/** The key of a run: a SHA-256 over its kind and {@link RunInputs}, the lock file, Node's version and the platform. */
export function recordedRunKey(kind: string, inputs: RunInputs): string {
  const hash = createHash('sha256');
  hash.update(`${kind}\0${process.version}\0${process.platform}\0${process.arch}\0`);
  hash.update(JSON.stringify(inputs.parameters) ?? 'undefined').update('\0');
  const environment = inputs.environment;
  if (environment !== undefined) {
    const read = Object.keys(process.env)
      .filter((name) => environment.test(name))
      .sort();
    hash.update(JSON.stringify(read.map((name) => [name, process.env[name]]))).update('\0');
  }
  for (const source of ['package-lock.json', ...inputs.sources]) hashTree(hash, path.join(ROOT, source), source);
  for (const outside of inputs.outside ?? []) hashTree(hash, outside, `outside ${(inputs.outside ?? []).indexOf(outside)}`);
  for (const executable of inputs.executables ?? []) {
    const real = fs.realpathSync(executable);
    const stat = fs.statSync(real);
    hash.update(`executable ${real} ${stat.size} ${stat.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

/**
 * The outcome of `run`, replayed from an earlier run with the same key, or run now and recorded
 * when `keep` accepts it (an outcome that depends on chance, such as a time-out, should not be kept).
 * The outcome must survive JSON unchanged.
 * @param kind a name for the tool and use, e.g. `terraform`; records are kept per kind
 */
export async function recordedRun<T>(kind: string, inputs: RunInputs, run: () => Promise<T>, keep: (outcome: T) => boolean = () => true): Promise<T> {
  if (!recordingEnabled()) return run();
  const key = recordedRunKey(kind, inputs);
  const file = path.join(RUNS, kind, `${key}.json`);
  if (fs.existsSync(file)) {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { outcome: T };
    fs.mkdirSync(REPLAY_LOG_DIRECTORY, { recursive: true });
    fs.appendFileSync(path.join(REPLAY_LOG_DIRECTORY, `${process.pid}.log`), `${kind} ${key}\n`);
    return record.outcome;
  }
  const outcome = await run();
  if (keep(outcome)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify({ kind, key, outcome }));
    fs.renameSync(partial, file);
  }
  return outcome;
}
