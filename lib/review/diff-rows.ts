import { EndpointCatalog } from '../core/catalog';
import { formatPorts } from '../core/rule';
import { Opening, openingFails, openingIdentity, OpeningKind } from './beyond-intent';
import { ConstructState, exposedFlows, openingFlows } from './connectivity-state';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';
import type { OpeningDescription } from './review-report';
import { reachabilityRows, rowCatalogHosts, rowCidrs, rowFlows, rowPorts } from './reachability-rows';

/** Flows of one direction and port range that a change opened or closed. */
export interface FlowChangeRow {
  /** `ingress` or `egress`, seen from the agent. */
  readonly direction: string;
  /** The remote addresses, as the smallest sorted list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports: on the peer for egress, on the agent for ingress. */
  readonly servicePorts: string;
  /** The client ports. */
  readonly clientPorts: string;
  /** Catalogued FQDNs inside these flows. */
  readonly catalogHosts: string[];
}

/** A part of a required flow that became blocked, or stopped being blocked. */
export interface RequiredFlowChangeRow {
  /** The policy rule's id. */
  readonly ruleId: string;
  /** `ingress` or `egress`. */
  readonly direction: string;
  /** The policy rule's peer CIDR. */
  readonly peer: string;
  /** The policy rule's TCP ports. */
  readonly ports: string;
  /** Why the flow is required. */
  readonly purposes: string[];
  /** The addresses of the part that changed, as the smallest sorted list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports of the part. */
  readonly servicePorts: string;
  /** The client ports of the part. */
  readonly clientPorts: string;
  /** Catalogued FQDNs inside the part. */
  readonly catalogHosts: string[];
  /** What blocks it now (layer, packet, rule), or what it is now: allowed, no longer required, undecided. */
  readonly detail: string;
}

/** A part of an opening beyond the intent that appeared or vanished. */
export interface OpeningChangeRow extends OpeningDescription {
  /** Whether this appearance fails the diff: the construct's own rule opens it, or it newly exposes public addresses on the construct's security groups. */
  readonly fails: boolean;
}

/** Flow-change rows of a set, with the catalogued hosts of any of the catalogs. */
export function flowChangeRows(flows: FlowSet, catalogs: readonly EndpointCatalog[]): FlowChangeRow[] {
  return reachabilityRows(flows).map((row) => ({
    direction: row.direction,
    cidrs: rowCidrs(row),
    ...rowPorts(row),
    catalogHosts: [...new Set(catalogs.flatMap((c) => rowCatalogHosts(row, c)))].sort(),
  }));
}

/** Required-flow parts of one side's checks inside a set of flows, with a detail per part. */
export function requiredChangeRows(state: ConstructState, flows: FlowSet, detail: (part: FlowSet) => string): RequiredFlowChangeRow[] {
  return state.checks.flatMap((check) => {
    const part = check.result.denied.intersect(flows);
    return reachabilityRows(part).map((row) => {
      const rowSet = rowFlows(row);
      return {
        ruleId: check.rule.id,
        direction: check.rule.direction,
        peer: check.rule.cidr,
        ports: formatPorts(check.rule.fromPort, check.rule.toPort),
        purposes: [...check.rule.purposes],
        cidrs: rowCidrs(row),
        ...rowPorts(row),
        catalogHosts: rowCatalogHosts(row, state.policy.catalog),
        detail: detail(rowSet),
      };
    });
  });
}

/** What blocks a part of a required flow, from the check's blocked parts: layer, packet and rule. */
export function blockingDetail(state: ConstructState, part: FlowSet): string {
  const reasons = new Set<string>();
  for (const check of state.checks) {
    for (const b of check.result.blocked) {
      if (b.verdict === FlowVerdictKind.DENIED && !b.flows.intersect(part).isEmpty)
        reasons.add(`${b.layer} (${b.leg}): ${b.rule ?? 'no rule allows it'}`);
    }
  }
  return `blocked at ${[...reasons].join('; ')}`;
}

const OPENING_KEYS: Array<[OpeningKind, FlowVerdictKind]> = [
  OpeningKind.CONSTRUCT_RULE,
  OpeningKind.SHARED_RULE,
  OpeningKind.STATELESS_REPLY,
].flatMap((kind) => [
  [kind, FlowVerdictKind.ALLOWED] as [OpeningKind, FlowVerdictKind],
  [kind, FlowVerdictKind.UNKNOWN] as [OpeningKind, FlowVerdictKind],
]);

function openingRows(opening: Opening, part: FlowSet, fails: (rowSet: FlowSet) => boolean): OpeningChangeRow[] {
  return reachabilityRows(part).map((row) => {
    const rowSet = rowFlows(row);
    return {
      ...openingIdentity(opening),
      direction: row.direction,
      cidrs: rowCidrs(row),
      ...rowPorts(row),
      publicCidrs: reachabilityRows(rowSet.intersect(opening.publicFlows)).flatMap(rowCidrs),
      fails: fails(rowSet),
    };
  });
}

/**
 * The parts of the openings beyond the intent that one side has and the other has not, by kind and
 * verdict, each charged to the rule responsible on the side that has it.
 * @param from the side whose openings are listed
 * @param other the side they are compared with
 * @param appeared whether `from` is the head (then failing parts are marked)
 */
export function openingChangeRows(from: ConstructState | undefined, other: ConstructState | undefined, appeared: boolean): OpeningChangeRow[] {
  if (!from) return [];
  const newExposed = appeared ? exposedFlows(from).subtract(exposedFlows(other)) : FlowSet.empty();
  const rows: OpeningChangeRow[] = [];
  for (const [kind, verdict] of OPENING_KEYS) {
    const changed = openingFlows(from, kind, verdict).subtract(openingFlows(other, kind, verdict));
    for (const opening of from.openings.filter((o) => o.kind === kind && o.verdict === verdict)) {
      const verdicts = openingFails(opening, from.policy.options.allowPublicSources);
      const exposure = verdicts.publicExposure ? opening.publicFlows.intersect(newExposed) : FlowSet.empty();
      const part = opening.flows.intersect(changed).union(exposure);
      rows.push(
        ...openingRows(
          opening,
          part,
          (rowSet) => appeared && ((verdicts.tampering && !rowSet.intersect(changed).isEmpty) || !rowSet.intersect(exposure).isEmpty),
        ),
      );
    }
  }
  return rows;
}
