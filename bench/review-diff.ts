/**
 * Review diff: wall time of `backup-agent-connectivity review --base` (the compiled CLI, a fresh
 * process each time) on two outputs of the example apps, cdk.out and cdktf.out on each side.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, nowMs, runProcess, runWorker } from './measure';
import { fixed, Section } from './report';
import type { ReviewDiffSynthInput } from './review-diff-worker';

/** The target: one diff of the example apps' outputs, start to finish. */
const TARGET_MS = 2_000;

const ROUNDS = 7;

const CLI = path.join(__dirname, '..', 'dist', 'cli', 'main.js');

async function timeCli(args: string[]): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  const start = nowMs();
  const out = await runProcess(process.execPath, [CLI, ...args]);
  return { ms: nowMs() - start, ...out };
}

/** Runs the benchmark: synthesizes both sides once, then times the command. */
export async function reviewDiff(): Promise<Section> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-review-diff-'));
  try {
    const input: ReviewDiffSynthInput = {
      base: { aws: path.join(work, 'base', 'cdk.out'), cdktf: path.join(work, 'base', 'cdktf.out') },
      head: { aws: path.join(work, 'head', 'cdk.out'), cdktf: path.join(work, 'head', 'cdktf.out') },
    };
    await runWorker('review-diff-worker.ts', input, { timeoutMs: 300_000 });
    const cases: Array<[string, string[]]> = [
      ['node and the CLI alone (`review --help`)', ['review', '--help']],
      [
        'edition 2024-07-23 -> 2026-06-08 (minimal stacks changed)',
        ['review', '--base', input.base.aws, '--base', input.base.cdktf, input.head.aws, input.head.cdktf],
      ],
      [
        'the same outputs on both sides (identical)',
        ['review', '--base', input.head.aws, '--base', input.head.cdktf, input.head.aws, input.head.cdktf],
      ],
      [
        'edition change, `--format json`',
        ['review', '--base', input.base.aws, '--base', input.base.cdktf, input.head.aws, input.head.cdktf, '--format', 'json'],
      ],
    ];
    await timeCli(cases[1][1]);
    const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
    const results = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, args] of cases) {
        const run = await timeCli(args);
        if (run.code !== 0) throw new Error(`review exited ${run.code} on ${name}: ${run.stderr}`);
        samples.get(name)!.push(run.ms);
        results.set(
          name,
          run.stdout.split('\n').find((l) => l.startsWith('Connectivity diff') || l.startsWith('Identical')) ??
            (name.includes('json') ? String(JSON.parse(run.stdout).summary) : '—'),
        );
      }
    }
    const changed = median(samples.get(cases[1][0])!);
    const rows = cases.map(([name]) => [
      name,
      fixed(median(samples.get(name)!), 0),
      fixed(Math.min(...samples.get(name)!), 0),
      fixed(Math.max(...samples.get(name)!), 0),
      results.get(name)!,
    ]);
    return {
      title: 'Review diff: two outputs of the example apps',
      method: [
        'The example apps synthesized twice in a child process: the base with their minimal-mode stacks on catalog edition 2024-07-23, the head as they are (5 AWS stacks in a cdk.out, 4 IBM stacks in a cdktf.out, per side).',
        `Timed: \`node dist/cli/main.js review --base <base cdk.out> --base <base cdktf.out> <head cdk.out> <head cdktf.out>\`, a fresh process each time, wall time from spawn to exit: Node start, loading the compiled package, reading the 18 templates, the exact analysis of every stack and construct on both sides, the set differences, and the Markdown (or JSON) written to a pipe. One warm-up run, then ${ROUNDS} rounds of every case in turn; median, fastest and slowest shown.`,
      ],
      headers: ['case', 'median ms', 'min ms', 'max ms', 'result line'],
      rows,
      notes: [],
      targets: [
        {
          target: `the diff of two outputs of the example apps (cdk.out and cdktf.out per side) in under ${TARGET_MS.toLocaleString('en-US')} ms, whole command`,
          met: changed < TARGET_MS,
          detail: `median ${fixed(changed, 0)} ms.`,
        },
      ],
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
