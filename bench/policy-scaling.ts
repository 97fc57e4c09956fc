/**
 * Policy scaling: time per `ConnectivityPolicy.resolve` call with 10 to 100,000 CentralControl
 * sources (and as many vault CIDRs), and the growth exponent between sizes.
 */
import { CIDR_MIXES } from './cidr-mixes';
import { ENTRY_POINTS } from './compiled-package';
import { growthExponent, median, nLogNExponent, runWorker } from './measure';
import type { PolicyScalingInput, PolicyScalingOutput } from './policy-scaling-worker';
import { fixed, Section, TargetCheck } from './report';

/** Sizes timed: numbers of CentralControl sources, with as many vault CIDRs. */
export const POLICY_SIZES = [10, 100, 1_000, 10_000, 100_000];

/** Slack on the n log n slope for noise on a shared machine. */
const SLOPE_TOLERANCE = 0.15;

/** Sizes from which the growth exponent is judged (below, fixed per-call costs dominate). */
const JUDGED_FROM = 1_000;

const TIMED_ROUNDS = 3;
const CALLS_PER_ROUND: Record<number, number> = { 10: 20, 100: 10, 1_000: 5, 10_000: 1, 100_000: 1 };

const GC_CAUSE =
  'The algorithm of lib/core/minimise.ts is not what grows too fast: its containment step looks up at most 33 enclosing blocks per span and its merges sort. ' +
  'What grows is garbage collection over a heap of short-lived objects made per flow and per fixed-point pass (string group keys, spread copies of every span, the signature string of all spans); allocating less there is the fix.';
const OWN_WORK_CAUSE =
  'Even without garbage collection, resolve grows faster than n log n: lib/core/minimise.ts (its fixed-point passes over every span) needs a closer look.';

function percent(share: number): string {
  return `${fixed(100 * share, 0)}%`;
}

/** Per-round times minus the garbage collection inside them. */
function withoutGc(out: PolicyScalingOutput): Record<number, number[]> {
  return Object.fromEntries(Object.entries(out.msPerCall).map(([n, times]) => [n, times.map((t, r) => t - out.gcMsPerCall[Number(n)][r])]));
}

/** The median over rounds of the slope between two sizes timed back to back in each round. */
function roundSlope(n1: number, n2: number, times: Record<number, number[]>): number {
  return median(times[n2].map((t, round) => growthExponent(n1, times[n1][round], n2, t)));
}

/** Runs the benchmark, one fresh child process per mix. */
export async function policyScaling(): Promise<Section> {
  const rows: string[][] = [];
  const misses: string[] = [];
  let ownWorkTooSteep = false;
  let worst = { slope: -Infinity, where: '' };
  for (const mix of CIDR_MIXES) {
    const input: PolicyScalingInput = { entry: ENTRY_POINTS.core, mix, sizes: POLICY_SIZES, rounds: TIMED_ROUNDS, callsPerRound: CALLS_PER_ROUND };
    const out = await runWorker<PolicyScalingOutput>('policy-scaling-worker.ts', input, { timeoutMs: 600_000 });
    POLICY_SIZES.forEach((n, i) => {
      const ms = median(out.msPerCall[n]);
      const gcShare = median(out.gcMsPerCall[n]) / ms;
      const cells = ['', '', ''];
      if (i > 0) {
        const previous = POLICY_SIZES[i - 1];
        const bound = nLogNExponent(previous, n);
        const slope = roundSlope(previous, n, out.msPerCall);
        const slopeWithoutGc = roundSlope(previous, n, withoutGc(out));
        cells.splice(0, 3, fixed(slope), fixed(slopeWithoutGc), fixed(bound));
        if (previous >= JUDGED_FROM) {
          if (slope > worst.slope) worst = { slope, where: `${mix} ${previous}->${n}` };
          if (slope > bound + SLOPE_TOLERANCE) {
            const previousShare = median(out.gcMsPerCall[previous]) / median(out.msPerCall[previous]);
            ownWorkTooSteep ||= slopeWithoutGc > bound + SLOPE_TOLERANCE;
            const cause =
              slopeWithoutGc <= bound + SLOPE_TOLERANCE
                ? `without garbage-collection time the slope is ${fixed(slopeWithoutGc)}, within n log n: the excess is GC, whose share of the call grows from ${percent(previousShare)} to ${percent(gcShare)} as the live heap grows`
                : `the slope stays ${fixed(slopeWithoutGc)} without garbage-collection time: the minimiser's own work grows faster than n log n`;
            misses.push(
              `${mix} ${previous.toLocaleString('en-US')}->${n.toLocaleString('en-US')}: ${fixed(slope)} against ${fixed(bound)} (${cause})`,
            );
          }
        }
      }
      rows.push([mix, n.toLocaleString('en-US'), fixed(ms, 3), fixed((ms * 1000) / n, 2), percent(gcShare), String(out.ruleCount[n]), ...cells]);
    });
  }
  const target: TargetCheck = {
    target: `resolve time grows no faster than n log n (log-log slope <= n log n slope + ${SLOPE_TOLERANCE} between consecutive sizes from ${JUDGED_FROM.toLocaleString('en-US')})`,
    met: misses.length === 0,
    detail:
      misses.length === 0
        ? `steepest slope ${fixed(worst.slope)} (${worst.where}).`
        : `steeper than n log n at ${misses.join('; ')}. ${ownWorkTooSteep ? OWN_WORK_CAUSE : GC_CAUSE}`,
  };
  return {
    title: 'Policy scaling: ConnectivityPolicy.resolve',
    method: [
      'Minimal mode with n CentralControl sources and n vault CIDRs, all private (10/8, 172.16/12, 192.168/16), generated from a fixed seed outside the timed region.',
      'Mixes: random (scattered /24-/32), adjacent (runs of consecutive /32s and /28s that aggregate), nested (/16 > /20 > /24 > /28 > /32 chains), duplicate (a tenth as many distinct networks, repeated).',
      `One child process per mix (compiled \`dist/index.js\`, \`--expose-gc\`, GC before each call). One warm-up round at every size, then ${TIMED_ROUNDS} rounds that each time every size in turn (${Object.entries(
        CALLS_PER_ROUND,
      )
        .map(([n, c]) => `${c} calls at ${n}`)
        .join(', ')}; the round keeps the median).`,
      'GC share: time of the garbage collections that started during the call (PerformanceObserver `gc` entries), as a share of the call.',
      'The time is the median over rounds; the slope log(t2/t1)/log(n2/n1) is computed per round from sizes timed back to back and its median is shown, next to the slope n log n would have between the same sizes.',
    ],
    headers: ['mix', 'n', 'ms / call', 'µs / entry', 'GC share', 'rules', 'slope', 'slope w/o GC', 'n log n slope'],
    rows,
    notes: [],
    targets: [target],
  };
}
