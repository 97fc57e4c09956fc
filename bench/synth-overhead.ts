/**
 * Runs a synthesis comparison: the construct against the same resources written by hand, each side
 * in fresh child processes, interleaved, and checks that both sides synthesize the same resources.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { interleave, median, pairedRatio, runWorker } from './measure';
import { fixed, Section, TargetCheck } from './report';
import { AGENT_OPTIONS, firstDifference, LiteralRule, literalRules, SYNTH_ITERATIONS, SYNTH_ROUNDS, SYNTH_SIZES } from './synth-workload';

/** Which side of the comparison a worker builds. */
export type SynthSide = 'construct' | 'hand';

/** What the parent sends a synthesis worker. */
export interface SynthInput {
  /** The side to build. */
  readonly side: SynthSide;
  /** The variant to build, e.g. `security-group`. */
  readonly variant: string;
  /** Number of agents. */
  readonly n: number;
  /** Timed syntheses in this process. */
  readonly iterations: number;
  /** Compiled entry point of the construct's platform. */
  readonly entry: string;
  /** The agents' connectivity options. */
  readonly options: object;
  /** The rules the hand-written side hard-codes. */
  readonly rules: LiteralRule[];
  /**
   * Where to write the synthesized document without metadata, for the comparison.
   * @default - not written
   */
  readonly dumpTo?: string;
}

/** What a synthesis worker reports. */
export interface SynthOutput {
  /** Median wall time of building and synthesizing the app, in milliseconds. */
  readonly ms: number;
  /** Peak resident set size of the process, in MiB. */
  readonly peakRssMiB: number;
  /** Resources in the synthesized document. */
  readonly resources: number;
  /** Size of the synthesized document with metadata, in bytes. */
  readonly documentBytes: number;
  /**
   * Construct side: milliseconds that `n` calls of `ConnectivityPolicy.resolve` take in the same process.
   * @default - not measured (hand-written side)
   */
  readonly resolveMs?: number;
}

/** A variant of a platform's comparison. */
export interface SynthVariant {
  /** Name sent to the worker. */
  readonly name: string;
  /** Label in the table. */
  readonly label: string;
}

/** A platform's comparison. */
export interface SynthComparison {
  /** Section heading. */
  readonly title: string;
  /** Worker file, relative to `bench/`. */
  readonly worker: string;
  /** Compiled entry point of the construct's platform. */
  readonly entry: string;
  /** The variants to compare. */
  readonly variants: readonly SynthVariant[];
  /** Method lines specific to the platform. */
  readonly method: string[];
  /** Extra environment of the workers. */
  readonly env?: Record<string, string>;
  /**
   * What the construct does beyond the hand-written code, from reading its sources; printed with the
   * figures when the target is missed.
   * @default - none
   */
  readonly overheadSources?: string[];
}

/** The target ratio of construct over hand-written, for time and for peak memory. */
export const SYNTH_RATIO_TARGET = 1.05;

/** Runs every variant at every size and builds the section. */
export async function synthOverhead(comparison: SynthComparison): Promise<Section> {
  const rules = literalRules();
  const dumps = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-synth-'));
  const rows: string[][] = [];
  const misses: string[] = [];
  const differences: string[] = [];
  try {
    for (const variant of comparison.variants) {
      for (const n of SYNTH_SIZES) {
        let round = 0;
        const side = (which: SynthSide) => () => {
          const dumpTo = round === 0 ? path.join(dumps, `${variant.name}-${n}-${which}.json`) : undefined;
          if (which === 'hand') round += 1;
          const input: SynthInput = {
            side: which,
            variant: variant.name,
            n,
            iterations: SYNTH_ITERATIONS[n],
            entry: comparison.entry,
            options: AGENT_OPTIONS,
            rules,
            dumpTo,
          };
          return runWorker<SynthOutput>(comparison.worker, input, { env: comparison.env, timeoutMs: 600_000 });
        };
        const samples = await interleave({ construct: side('construct'), hand: side('hand') }, SYNTH_ROUNDS[n]);
        const read = (which: SynthSide) => JSON.parse(fs.readFileSync(path.join(dumps, `${variant.name}-${n}-${which}.json`), 'utf8')) as unknown;
        const difference = firstDifference(read('construct'), read('hand'));
        if (difference) differences.push(`${variant.label} N=${n}: ${difference}`);

        const ms = (which: SynthSide) => samples[which].map((s) => s.ms);
        const rss = (which: SynthSide) => samples[which].map((s) => s.peakRssMiB);
        const timeRatio = pairedRatio(ms('construct'), ms('hand'));
        const rssRatio = pairedRatio(rss('construct'), rss('hand'));
        const extraMs = median(ms('construct')) - median(ms('hand'));
        const resolveMs = median(samples.construct.map((s) => s.resolveMs ?? 0));
        const constructBytes = samples.construct[0].documentBytes;
        const handBytes = samples.hand[0].documentBytes;
        if (timeRatio > SYNTH_RATIO_TARGET || rssRatio > SYNTH_RATIO_TARGET) {
          misses.push(
            `${variant.label} N=${n}: time ${fixed(timeRatio)}, memory ${fixed(rssRatio)} ` +
              `(the construct takes ${fixed(extraMs, 1)} ms more, of which ${n} policy resolutions take ${fixed(resolveMs, 1)} ms; ` +
              `its document is ${fixed(constructBytes / handBytes)}x the hand-written one's size, with the intent record and its references)`,
          );
        }
        rows.push([
          variant.label,
          String(n),
          String(samples.hand[0].resources),
          fixed(median(ms('construct')), 1),
          fixed(median(ms('hand')), 1),
          fixed(timeRatio),
          fixed(median(rss('construct')), 0),
          fixed(median(rss('hand')), 0),
          fixed(rssRatio),
          fixed(resolveMs, 1),
          `${fixed(constructBytes / 1e3, 0)} / ${fixed(handBytes / 1e3, 0)}`,
          difference ? 'DIFFERENT' : 'identical',
        ]);
      }
    }
  } finally {
    fs.rmSync(dumps, { recursive: true, force: true });
  }
  const targets: TargetCheck[] = [
    {
      target: `construct / hand-written <= ${SYNTH_RATIO_TARGET} at every N, for time and for peak memory`,
      met: misses.length === 0,
      detail: misses.length === 0 ? 'every ratio within the target.' : `missed at ${misses.join('; ')}.`,
    },
    {
      target: 'both sides synthesize the same resources and rules, metadata aside',
      met: differences.length === 0,
      detail: differences.length === 0 ? 'identical at every N.' : `different at ${differences.join('; ')}.`,
    },
  ];
  return {
    title: comparison.title,
    method: [
      ...comparison.method,
      `N agents per app, N = ${SYNTH_SIZES.join(', ')}; options of every agent: ${JSON.stringify(AGENT_OPTIONS)} (${rules.length} policy rules).`,
      'The hand-written side hard-codes the rule list, computed once in the parent process outside any timed region, and never loads this package.',
      `Each sample is a fresh child process (\`node --expose-gc --import tsx\`, the package from \`dist/\`): it loads its modules, builds and synthesizes a warm-up app of min(N, 10) agents, then times ${Object.entries(
        SYNTH_ITERATIONS,
      )
        .map(([n, i]) => `${i} syntheses at N=${n}`)
        .join(
          ', ',
        )} (GC before each, median kept) from \`new App()\` to the end of \`app.synth()\`. Peak memory is the process's \`resourceUsage().maxRSS\` at its end: a fresh heap per sample makes it comparable.`,
      `Rounds: ${Object.entries(SYNTH_ROUNDS)
        .map(([n, r]) => `${r} at N=${n}`)
        .join(
          ', ',
        )}; each round runs the construct's process, then the hand-written one (A B A B ...). Figures are medians over rounds; ratios are medians of the per-round ratios.`,
      'Same resources: the first round of each size writes both synthesized documents without metadata, and they must be equal.',
      "`resolve ms`: N calls of `ConnectivityPolicy.resolve` timed in the construct's process after its syntheses, the part of the overhead that is policy computation.",
    ],
    headers: [
      'variant',
      'N',
      'resources',
      'construct ms',
      'hand ms',
      'time ratio',
      'construct MiB',
      'hand MiB',
      'memory ratio',
      'resolve ms',
      'document kB (construct / hand)',
      'resources/rules',
    ],
    rows,
    notes: misses.length > 0 ? (comparison.overheadSources ?? []) : [],
    targets,
  };
}
