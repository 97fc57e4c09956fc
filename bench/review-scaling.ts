/**
 * Review scaling: time of an exact review (`ConnectivityReview.ofArtifact`) of one construct behind n
 * existing network ACL entries and n/4 security group rules, and the growth exponent between sizes.
 */
import { ENTRY_POINTS } from './compiled-package';
import { growthExponent, median, nLogNExponent, runWorker } from './measure';
import { fixed, Section, TargetCheck } from './report';
import type { ReviewMix, ReviewScalingInput, ReviewScalingOutput } from './review-scaling-worker';

/** The mixes timed; the targets are judged on the first, the second shows how the output's own size drives the time. */
const MIXES: readonly ReviewMix[] = ['subnets', 'overlapping'];

/** Numbers of existing ACL entries timed; the group has a quarter as many rules. */
export const REVIEW_SIZES = [250, 500, 1_000, 2_000, 4_000];

/** The size the time target is set at, and the target. */
const TARGET_SIZE = 1_000;
const TARGET_MS = 1_000;

/** Slack on the n log n slope for noise on a shared machine. */
const SLOPE_TOLERANCE = 0.15;

/** Sizes from which the growth exponent is judged (below, fixed per-review costs dominate). */
const JUDGED_FROM = 1_000;

const TIMED_ROUNDS = 7;

/** Runs the benchmark in a fresh child process. */
export async function reviewScaling(): Promise<Section> {
  const rows: string[][] = [];
  const misses: string[] = [];
  const notes: string[] = [];
  let worst = { slope: -Infinity, where: '' };
  let atTarget = NaN;
  for (const mix of MIXES) {
    const input: ReviewScalingInput = { coreEntry: ENTRY_POINTS.core, awsEntry: ENTRY_POINTS.aws, sizes: REVIEW_SIZES, rounds: TIMED_ROUNDS, mix };
    const out = await runWorker<ReviewScalingOutput>('review-scaling-worker.ts', input, { timeoutMs: 600_000 });
    const judged = mix === MIXES[0];
    if (judged) atTarget = median(out.ms[TARGET_SIZE]);
    REVIEW_SIZES.forEach((n, i) => {
      const ms = median(out.ms[n]);
      const cells = ['', ''];
      if (i > 0) {
        const previous = REVIEW_SIZES[i - 1];
        const slope = median(out.ms[n].map((t, round) => growthExponent(previous, out.ms[previous][round], n, t)));
        const bound = nLogNExponent(previous, n);
        cells.splice(0, 2, fixed(slope), fixed(bound));
        if (judged && previous >= JUDGED_FROM) {
          if (slope > worst.slope) worst = { slope, where: `${previous.toLocaleString('en-US')}->${n.toLocaleString('en-US')}` };
          if (slope > bound + SLOPE_TOLERANCE) misses.push(`${previous}->${n}: ${fixed(slope)} against ${fixed(bound)}`);
        }
      }
      rows.push([
        mix,
        n.toLocaleString('en-US'),
        String(Math.ceil(n / 4)),
        String(out.rules[n]),
        String(out.boxes[n]),
        fixed(ms, 1),
        fixed((ms * 1000) / out.boxes[n], 1),
        out.findings[n],
        ...cells,
      ]);
    });
    if (!judged) {
      const first = REVIEW_SIZES[0];
      const last = REVIEW_SIZES[REVIEW_SIZES.length - 1];
      const perBox = REVIEW_SIZES.map((n) => (median(out.ms[n]) * 1000) / out.boxes[n]);
      notes.push(
        `${mix}: the exact result grows from ${out.boxes[first]} to ${out.boxes[last]} boxes (x${fixed(out.boxes[last] / out.boxes[first], 1)}) while the rules grow x${last / first}: ` +
          `nested and overlapping CIDRs and port ranges cut each other into more pieces, and the time follows the size of the result (${fixed(Math.min(...perBox), 0)}-${fixed(Math.max(...perBox), 0)} µs per box at every size) more than the number of rules.`,
      );
    }
  }
  const targets: TargetCheck[] = [
    {
      target: `one construct behind ${TARGET_SIZE.toLocaleString('en-US')} existing ACL entries (${MIXES[0]} mix) and ${TARGET_SIZE / 4} security group rules reviewed exactly in under ${TARGET_MS} ms`,
      met: atTarget < TARGET_MS,
      detail: `median ${fixed(atTarget, 1)} ms.`,
    },
    {
      target: `review time grows no faster than n log n (${MIXES[0]} mix; log-log slope <= n log n slope + ${SLOPE_TOLERANCE} between consecutive sizes from ${JUDGED_FROM.toLocaleString('en-US')})`,
      met: misses.length === 0,
      detail: misses.length === 0 ? `steepest slope ${fixed(worst.slope)} (${worst.where}).` : `steeper than n log n at ${misses.join('; ')}.`,
    },
  ];
  return {
    title: 'Review: exact analysis of a construct behind existing rules',
    method: [
      "The AWS construct (security group and entries in an existing network ACL, broad mode with one vault), synthesized once with the compiled `dist/aws`; then n existing entries are put in the same ACL, numbered ahead of the construct's, and n/4 rules in the same group. Mixes: subnets (each rule names its own /24-/28 subnet, as per-subnet ACLs do) and overlapping (random private /16-/32 that nest and overlap); from a fixed seed, 90% allow, 10% all traffic, single ports or ranges of up to 2,000 ports.",
      `Timed: \`ConnectivityReview.ofArtifact\` on a fresh parse of the template (reading every rule, the exact analysis of every layer over every address, service port and client port 32768-65535, every required flow, every opening beyond the intent, the report's rows); the Markdown rendering is not timed.`,
      `One child process (compiled \`dist/\`, \`--expose-gc\`, GC before each review). One warm-up round, then ${TIMED_ROUNDS} rounds that each review every size in turn; the median is shown, and the slope log(t2/t1)/log(n2/n1) is computed per round from sizes reviewed back to back (median shown), next to the slope n log n would have.`,
      "Algorithm: each layer and direction is analysed by one sweep. The remote addresses are cut into the intervals between the rules' CIDR bounds (sorted once, O(n log n)); a rule reaches its intervals by binary search, and within an interval the still-undecided service x client port rectangles are handed to the first rule that matches them. Sets are canonical sorted interval lists, and set operations slice the larger operand to the smaller one's range by binary search. The cost is O(n log n + Σ intervals each rule covers); with rules that mostly name disjoint narrow CIDRs that sum is O(n) plus n for each of the few broad rules (the construct's 10.0.0.0/8 entries, a trailing deny). In the worst case (many rules whose CIDRs and port ranges all overlap) the exact result itself can need O(n²) intervals per layer, so no exact method is n log n there.",
    ],
    headers: [
      'mix',
      'ACL entries',
      'group rules',
      'rules read',
      'result boxes',
      'ms / review',
      'µs / box',
      'required flows not allowed / openings beyond',
      'slope',
      'n log n slope',
    ],
    rows,
    notes,
    targets,
  };
}
