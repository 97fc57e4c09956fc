/**
 * Timing, statistics, interleaving and child-process helpers shared by every benchmark.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..');

/** Prefix of the line on which a worker prints its JSON result. */
export const RESULT_MARKER = 'BENCH_RESULT ';

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Wall time of one synchronous call, in milliseconds, and its result. */
export function timeOnce<T>(fn: () => T): { ms: number; result: T } {
  const start = nowMs();
  const result = fn();
  return { ms: nowMs() - start, result };
}

/** Runs the garbage collector when the process was started with `--expose-gc`. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints a worker's result where {@link runWorker} finds it. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

/** How to start a child process. */
export interface ChildOptions {
  /**
   * Extra environment variables.
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Time after which the child is killed and the run fails, in milliseconds.
   * @default 300000
   */
  readonly timeoutMs?: number;
}

/** Output of a finished child process. */
export interface ChildOutput {
  /** Exit code (null when killed by a signal). */
  readonly code: number | null;
  /** Everything the child printed on stdout. */
  readonly stdout: string;
  /** Everything the child printed on stderr. */
  readonly stderr: string;
}

/** Runs a command to completion and collects its output; never throws on a non-zero exit. */
export function runProcess(command: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs a TypeScript worker in a fresh Node process (fresh heap, `--expose-gc`) through tsx and
 * returns the JSON it reported with {@link reportResult}.
 * @param worker path of the worker, relative to `bench/`
 * @param input the worker's input, passed as one JSON argument
 */
export async function runWorker<T>(worker: string, input: unknown, options: ChildOptions = {}): Promise<T> {
  const args = ['--expose-gc', '--import', 'tsx', path.join(__dirname, worker), JSON.stringify(input)];
  const out = await runProcess(process.execPath, args, options);
  const line = out.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (out.code !== 0 || !line) {
    throw new Error(`worker ${worker} failed (exit ${out.code}):\n${out.stderr.slice(-4000)}${out.stdout.slice(-2000)}`);
  }
  return JSON.parse(line.slice(RESULT_MARKER.length)) as T;
}

/** Parses the single JSON argument a worker was started with. */
export function workerInput<T>(): T {
  const arg = process.argv[2];
  if (!arg) throw new Error('a worker needs its JSON input as the first argument');
  return JSON.parse(arg) as T;
}

/**
 * Runs every side once per round, in the same order each round (A B A B ...), so that drift in the
 * machine's load hits every side alike. Returns each side's samples in round order.
 * @param sides the sides to compare, by name
 * @param rounds how many rounds to run
 */
export async function interleave<T>(sides: Record<string, () => Promise<T>>, rounds: number): Promise<Record<string, T[]>> {
  const samples: Record<string, T[]> = Object.fromEntries(Object.keys(sides).map((name) => [name, [] as T[]]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(sides)) samples[name].push(await run());
  }
  return samples;
}

/**
 * The median of the per-round ratios `a[i] / b[i]`: each ratio compares two runs made back to back,
 * so slow drift in the machine's load cancels out.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('paired samples differ in length');
  return median(a.map((value, i) => value / b[i]));
}

/** Log-log slope between two (size, time) points: 1 is linear growth, 2 quadratic. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** The log-log slope that n log n growth has between two sizes. */
export function nLogNExponent(n1: number, n2: number): number {
  return growthExponent(n1, n1 * Math.log(n1), n2, n2 * Math.log(n2));
}
