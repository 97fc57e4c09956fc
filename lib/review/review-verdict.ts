import { OpeningKind } from './beyond-intent';
import { FlowVerdictKind } from './layer-evaluation';
import type { OpeningDescription, ReviewReport } from './review-report';

/** Whether an opening beyond the intent fails a strict review because a shared rule allows it. */
export function isSharedOpening(opening: OpeningDescription): boolean {
  return opening.kind === OpeningKind.SHARED_RULE && opening.verdict === FlowVerdictKind.ALLOWED;
}

/** Whether an opening beyond the intent fails a strict review because only unresolved rules may open it. */
export function isUndecidedOpening(opening: OpeningDescription): boolean {
  return opening.verdict === FlowVerdictKind.UNKNOWN;
}

/** A kind of reason a review fails and how many reasons of that kind it has. */
export interface FailureCount {
  /** How many. */
  readonly count: number;
  /** What, in the plural form, e.g. `required flow(s) not fully allowed`. */
  readonly what: string;
}

/**
 * The counted reasons a review fails, most serious first, each kind with at least one; problems are
 * not among them, since they are named one by one.
 * @param report the review of one synthesized stack
 * @param strict also count undecided required flows, shared rules beyond the intent and undecided openings
 */
export function failureCounts(report: ReviewReport, strict: boolean): FailureCount[] {
  const counts: FailureCount[] = [
    { count: report.blockedFlows, what: 'required flow(s) not fully allowed' },
    { count: report.tamperedOpenings, what: "opening(s) beyond the intent by the construct's own rules" },
    { count: report.publicExposures, what: "public exposure(s) on the construct's security groups" },
  ];
  if (strict) {
    counts.push(
      { count: report.unknownFlows, what: 'required flow(s) undecided' },
      { count: report.sharedOpenings, what: 'opening(s) beyond the intent by shared rules' },
      { count: report.unknownOpenings, what: 'opening(s) beyond the intent undecided' },
    );
  }
  return counts.filter((c) => c.count > 0);
}

/**
 * Every reason the review of one output fails, one line each naming the stack, the construct and
 * the flow or opening; empty when it passes.
 * @param report the review of one synthesized stack
 * @param strict also fail on undecided required flows, shared rules beyond the intent and undecided openings
 */
export function reviewFailureDetails(report: ReviewReport, strict: boolean): string[] {
  const reasons = [...report.problems];
  for (const construct of report.constructs) {
    for (const flow of construct.requiredFlows ?? []) {
      if (flow.verdict === FlowVerdictKind.DENIED || (strict && flow.verdict === FlowVerdictKind.UNKNOWN)) {
        reasons.push(
          `${construct.constructPath}: required ${flow.direction} flow ${flow.peer} TCP ${flow.ports} is ${flow.verdict === FlowVerdictKind.DENIED ? 'blocked' : 'undecided'}: ${flow.reason}`,
        );
      }
    }
    for (const opening of construct.beyondIntent ?? []) {
      const shown = `${opening.direction} ${opening.cidrs.join(', ')} TCP ${opening.servicePorts} by ${opening.rule} (${opening.layer})`;
      if (opening.tampering) reasons.push(`${construct.constructPath}: the construct's own rule opens more than its intent: ${shown}`);
      if (opening.publicExposure)
        reasons.push(
          `${construct.constructPath}: public exposure on the construct's security group: ${shown}, which reaches addresses outside RFC 1918 and RFC 6598`,
        );
      if (strict && isSharedOpening(opening)) reasons.push(`${construct.constructPath}: a shared rule opens more than the intent: ${shown}`);
      if (strict && isUndecidedOpening(opening)) reasons.push(`${construct.constructPath}: an opening beyond the intent cannot be decided: ${shown}`);
    }
  }
  return reasons.map((r) => `${report.subject}: ${r}`);
}

/**
 * One line saying whether the reviews of several stacks pass and, if not, how many of each kind of
 * reason there are.
 * @param reports the reviews
 * @param strict whether they are judged strictly (see {@link ConnectivityReview.failureReasons})
 */
export function reviewResultLine(reports: readonly ReviewReport[], strict: boolean): string {
  const kinds = new Map<string, number>();
  const add = ({ count, what }: FailureCount): void => {
    if (count > 0) kinds.set(what, (kinds.get(what) ?? 0) + count);
  };
  for (const report of reports) {
    add({ count: report.problems.length, what: 'problem(s)' });
    failureCounts(report, strict).forEach(add);
  }
  if (kinds.size === 0) return `Review passed: ${reports.length} stack(s), every required flow fully allowed, nothing beyond the intent that fails.`;
  return `Review FAILED: ${[...kinds.entries()].map(([what, n]) => `${n} ${what}`).join('; ')}.`;
}
