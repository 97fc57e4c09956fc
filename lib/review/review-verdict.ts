import { OpeningKind } from './beyond-intent';
import { FlowVerdictKind } from './layer-evaluation';
import { ConnectivityReview } from './review-report';

/**
 * Every reason the review of one output fails, one line each naming the stack, the construct and
 * the flow or opening; empty when it passes.
 * @param report the review of one synthesized stack
 * @param strict also fail on undecided required flows, shared rules beyond the intent and undecided openings
 */
export function reviewFailureDetails(report: ConnectivityReview, strict: boolean): string[] {
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
      if (strict && !opening.tampering && opening.kind === OpeningKind.SHARED_RULE && opening.verdict === FlowVerdictKind.ALLOWED) {
        reasons.push(`${construct.constructPath}: a shared rule opens more than the intent: ${shown}`);
      }
      if (strict && opening.kind !== OpeningKind.STATELESS_REPLY && opening.verdict === FlowVerdictKind.UNKNOWN) {
        reasons.push(`${construct.constructPath}: an opening beyond the intent cannot be decided: ${shown}`);
      }
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
export function reviewResultLine(reports: readonly ConnectivityReview[], strict: boolean): string {
  const kinds = new Map<string, number>();
  for (const report of reports) {
    for (const reason of report.failureReasons(strict)) {
      const [, count, what] = /^([0-9]+) (.*)$/.exec(reason) ?? [undefined, '1', reason.startsWith('problem:') ? 'problem(s)' : reason];
      kinds.set(what, (kinds.get(what) ?? 0) + Number(count));
    }
  }
  if (kinds.size === 0) return `Review passed: ${reports.length} stack(s), every required flow fully allowed, nothing beyond the intent that fails.`;
  return `Review FAILED: ${[...kinds.entries()].map(([what, n]) => `${n} ${what}`).join('; ')}.`;
}
