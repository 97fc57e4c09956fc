/**
 * The compiled package (`dist/`) that the benchmarks load, built when missing or older than its
 * sources, so that every figure is about the JavaScript users install, not the TypeScript sources.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runProcess } from './measure';

/** Paths of the compiled entry points. */
export const ENTRY_POINTS = {
  core: path.join(ROOT, 'dist', 'index.js'),
  aws: path.join(ROOT, 'dist', 'aws', 'index.js'),
  cdktf: path.join(ROOT, 'dist', 'cdktf', 'index.js'),
  cdktn: path.join(ROOT, 'dist', 'cdktn', 'index.js'),
} as const;

/** An entry point's name: `core`, `aws`, `cdktf` or `cdktn`. */
export type EntryPointName = keyof typeof ENTRY_POINTS;

function newestMtime(dir: string, extension: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(extension)) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** What happened to `dist/`. */
export interface BuildOutcome {
  /** Whether the compiler ran. */
  readonly built: boolean;
  /** Compiler errors, when it reported any (it still emits JavaScript). */
  readonly errors?: string;
  /** Entry points that are still missing after the build (their benchmarks are skipped and say so). */
  readonly missing: EntryPointName[];
}

/**
 * Builds `dist/` with `tsc -p tsconfig.build.json` when a source under `lib/` is newer than the
 * newest compiled file or an entry point is missing.
 */
export async function ensureCompiledPackage(): Promise<BuildOutcome> {
  const stale = newestMtime(path.join(ROOT, 'lib'), '.ts') > newestMtime(path.join(ROOT, 'dist'), '.js');
  const missing = Object.values(ENTRY_POINTS).some((file) => !fs.existsSync(file));
  if (!stale && !missing) return { built: false, missing: [] };
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const out = await runProcess(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { timeoutMs: 300_000 });
  const absent = (Object.keys(ENTRY_POINTS) as EntryPointName[]).filter((name) => !fs.existsSync(ENTRY_POINTS[name]));
  return { built: true, errors: out.code === 0 ? undefined : (out.stdout + out.stderr).trim(), missing: absent };
}
