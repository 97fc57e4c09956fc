import { FlowDirection } from '../core/enums';
import { ConnectivityPolicy } from '../core/policy';
import { ConnectivityRule } from '../core/rule';
import { catalogHostsIn } from './catalog-hosts';
import { ExactFlowAnalysis, RangeVerdict } from './exact-analysis';
import { PortRange } from '../core/port-range';
import { flowRows } from './flow-rows';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';

/** A part of a required flow that does not certainly pass, for reports. */
export interface BlockedFlowRow {
  /** Denied, or unknown. */
  readonly verdict: FlowVerdictKind;
  /** The layer that stops it. */
  readonly layer: string;
  /** `request` or `reply`. */
  readonly leg: string;
  /** The rule that stops it (resource, rule number or ACL rule name); `—` for the implicit deny or unseen rules. */
  readonly rule: string;
  /** Why. */
  readonly reason: string;
  /** The remote addresses of the part, as the smallest list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports of the part. */
  readonly servicePorts: string;
  /** The client ports of the part. */
  readonly clientPorts: string;
  /** Catalogued FQDNs inside the part. */
  readonly catalogHosts: string[];
}

/** Whether one rule of the recorded intent is honoured by the synthesized output, exactly. */
export interface RequiredFlowCheck {
  /** The policy rule whose flows were checked. */
  readonly rule: ConnectivityRule;
  /** Allowed only if every flow of the rule (every address, port and client port) passes every layer. */
  readonly verdict: FlowVerdictKind;
  /** Why: the rules that allow it, or a summary of what blocks it. */
  readonly reason: string;
  /** The parts that do not certainly pass. */
  readonly blocked: BlockedFlowRow[];
  /** The exact answer. */
  readonly result: RangeVerdict;
}

function blockedRows(result: RangeVerdict, policy: ConnectivityPolicy): BlockedFlowRow[] {
  return result.blocked.flatMap((part) =>
    flowRows(part.flows).map((row) => ({
      verdict: part.verdict,
      layer: part.layer,
      leg: part.leg,
      rule: part.rule ?? '—',
      reason: part.reason,
      cidrs: row.cidrs,
      servicePorts: row.servicePorts,
      clientPorts: row.clientPorts,
      catalogHosts: catalogHostsIn(part.flows, row.direction as FlowDirection, policy.catalog),
    })),
  );
}

function summary(rows: readonly BlockedFlowRow[], verdict: FlowVerdictKind): string {
  const shown = rows.filter((r) => r.verdict === verdict).slice(0, 3);
  const parts = shown.map(
    (r) =>
      `${r.cidrs.join(', ')} TCP ${r.servicePorts} (client ports ${r.clientPorts}) ${r.verdict === FlowVerdictKind.DENIED ? 'blocked' : 'undecided'} at ${r.layer}, ${r.reason}`,
  );
  const more = rows.filter((r) => r.verdict === verdict).length - shown.length;
  return `${parts.join('; ')}${more > 0 ? `; and ${more} more part(s)` : ''}`;
}

/**
 * Checks every rule of a policy exactly against an analysis of the synthesized output: every address
 * of its CIDR, every port of its range and every client port of the analysis.
 * @param analysis the exact analysis (usually of the construct's groups and ACLs)
 * @param policy the policy whose rules the output must honour
 */
export function checkRequiredFlows(analysis: ExactFlowAnalysis, policy: ConnectivityPolicy): RequiredFlowCheck[] {
  return policy.rules.map((rule) => {
    const result = analysis.checkRange({ direction: rule.direction, peer: rule.cidr, fromPort: rule.fromPort, toPort: rule.toPort });
    const blocked = blockedRows(result, policy);
    const reason =
      result.verdict === FlowVerdictKind.ALLOWED
        ? `allowed by ${result.allowingRules.join('; ')}`
        : summary(blocked, result.verdict === FlowVerdictKind.DENIED ? FlowVerdictKind.DENIED : FlowVerdictKind.UNKNOWN);
    return { rule, verdict: result.verdict, reason, blocked, result };
  });
}

/** The flows a policy intends, over the given client ports. */
export function intendedFlows(policy: ConnectivityPolicy, clientPorts: PortRange = ExactFlowAnalysis.DEFAULT_CLIENT_PORTS): FlowSet {
  return policy.rules
    .map((r) => ExactFlowAnalysis.flowsOf({ direction: r.direction, peer: r.cidr, fromPort: r.fromPort, toPort: r.toPort }, clientPorts))
    .reduce((a, b) => a.union(b), FlowSet.empty());
}
