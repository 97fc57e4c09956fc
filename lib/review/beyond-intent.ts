import { FlowDirection } from '../core/enums';
import { lastAddress, PRIVATE_NETWORKS } from '../core/ipv4';
import { ConnectivityPolicy } from '../core/policy';
import { ExactFlowAnalysis } from './exact-analysis';
import { LayerFlows, ruleLabel } from './exact-layers';
import { FirewallRule } from './firewall-model';
import { FlowSet, SERVICE_PORTS } from './flow-set';
import { FlowLeg, FlowVerdictKind } from './layer-evaluation';
import { intendedFlows } from './required-flows';

/** Why a construct's groups or ACLs let through flows its intent does not ask for. */
export enum OpeningKind {
  /** A rule on a resource that carries the construct's intent record or a reference to it: the construct's output was changed. Fails the review. */
  CONSTRUCT_RULE = 'construct-rule',
  /** Another rule in a group or ACL the construct shares. Reported; fails only a strict review. */
  SHARED_RULE = 'shared-rule',
  /** What the construct's stateless reply entries open by their nature: new connections from the peers whose replies they carry. Reported, never a failure. */
  STATELESS_REPLY = 'stateless-reply',
}

/** Flows a construct's groups or ACLs let through beyond its intent, with the rule responsible. */
export interface Opening {
  /** The kind of opening. */
  readonly kind: OpeningKind;
  /** Allowed, or unknown when only unresolved rules may open it. */
  readonly verdict: FlowVerdictKind;
  /** The layer. */
  readonly layer: string;
  /** Whether the layer is stateful (security groups). */
  readonly stateful: boolean;
  /** The rule responsible (resource, rule number or ACL rule name). */
  readonly rule: string;
  /** The flows opened beyond the intent. */
  readonly flows: FlowSet;
  /** The part of those flows from or to addresses outside the private ranges (RFC 1918, RFC 6598). */
  readonly publicFlows: FlowSet;
}

/** Every flow, both directions, whose remote address is private (RFC 1918 or RFC 6598), over the given client ports. */
function privateFlows(analysis: ExactFlowAnalysis): FlowSet {
  let set = FlowSet.empty();
  for (const net of PRIVATE_NETWORKS) {
    for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
      set = set.union(FlowSet._ofBox(direction, net.network, lastAddress(net), SERVICE_PORTS, analysis.clientPorts));
    }
  }
  return set;
}

/**
 * Flows of each direction towards the peers of the other direction's policy rules: what a reply
 * entry of the construct carries by its nature (any port, any client port).
 */
function replyPeers(policy: ConnectivityPolicy, analysis: ExactFlowAnalysis): FlowSet {
  let set = FlowSet.empty();
  for (const rule of policy.rules) {
    const direction = rule.direction === FlowDirection.INGRESS ? FlowDirection.EGRESS : FlowDirection.INGRESS;
    set = set.union(
      ExactFlowAnalysis.flowsOf({ direction, peer: rule.cidr, fromPort: SERVICE_PORTS.from, toPort: SERVICE_PORTS.to }, analysis.clientPorts),
    );
  }
  return set;
}

function ownedBy(rules: readonly FirewallRule[], constructPath: string): boolean {
  return rules.some((r) => r.intentPath === constructPath);
}

/**
 * What a construct's groups and ACLs let through beyond its policy, split by kind and rule. Security
 * group rules are compared one by one with the intent; an ACL's flows (request and reply both
 * allowed) beyond the intent are charged to the rule that lets the request through. Parts only
 * unresolved rules may open are listed as unknown; parts no rule of the artifact decides are not
 * openings.
 * @param analysis the exact analysis of the construct's groups and ACLs
 * @param policy the construct's recorded policy
 * @param constructPath the construct's path
 */
export function openingsBeyondIntent(analysis: ExactFlowAnalysis, policy: ConnectivityPolicy, constructPath: string): Opening[] {
  const intended = intendedFlows(policy, analysis.clientPorts);
  const privateSet = privateFlows(analysis);
  const replies = replyPeers(policy, analysis);
  const openings: Opening[] = [];
  const push = (layer: LayerFlows, kind: OpeningKind, verdict: FlowVerdictKind, rule: string, flows: FlowSet): void => {
    if (flows.isEmpty) return;
    openings.push({ kind, verdict, layer: layer.layer.id, stateful: layer.layer.stateful, rule, flows, publicFlows: flows.subtract(privateSet) });
  };
  for (const layer of analysis.layers) {
    const beyondAllowed = layer.allowed.subtract(intended);
    const beyondUnknown = layer.unknown.subtract(intended);
    for (const piece of layer.pieces) {
      if (piece.verdict === FlowVerdictKind.UNKNOWN && piece.doubts.length > 0) {
        const kind = ownedBy(piece.doubts, constructPath) ? OpeningKind.CONSTRUCT_RULE : OpeningKind.SHARED_RULE;
        push(layer, kind, FlowVerdictKind.UNKNOWN, piece.doubts.map(ruleLabel).join(', '), piece.flows.intersect(beyondUnknown));
        continue;
      }
      if (piece.verdict !== FlowVerdictKind.ALLOWED || !piece.rule || piece.leg !== FlowLeg.REQUEST) continue;
      const beyond = piece.flows.intersect(beyondAllowed);
      if (piece.rule.intentPath !== constructPath) {
        push(layer, OpeningKind.SHARED_RULE, FlowVerdictKind.ALLOWED, ruleLabel(piece.rule), beyond);
      } else if (layer.layer.stateful) {
        push(layer, OpeningKind.CONSTRUCT_RULE, FlowVerdictKind.ALLOWED, ruleLabel(piece.rule), beyond);
      } else {
        push(layer, OpeningKind.STATELESS_REPLY, FlowVerdictKind.ALLOWED, ruleLabel(piece.rule), beyond.intersect(replies));
        push(layer, OpeningKind.CONSTRUCT_RULE, FlowVerdictKind.ALLOWED, ruleLabel(piece.rule), beyond.subtract(replies));
      }
    }
  }
  return openings;
}

/** What names an opening in every row that describes it: its kind, verdict, layer and rule. */
export function openingIdentity(opening: Opening): Pick<Opening, 'kind' | 'verdict' | 'layer' | 'rule'> {
  return { kind: opening.kind, verdict: opening.verdict, layer: opening.layer, rule: opening.rule };
}

/**
 * Whether an opening fails the review: an allowed opening by the construct's own rules (its output
 * was changed), or an allowed opening from or to a public address on the construct's security groups
 * when the intent does not allow public sources.
 */
export function openingFails(opening: Opening, allowPublicSources: boolean): { tampering: boolean; publicExposure: boolean } {
  const allowed = opening.verdict === FlowVerdictKind.ALLOWED;
  return {
    tampering: allowed && opening.kind === OpeningKind.CONSTRUCT_RULE,
    // Stateless replies are openings of ACLs, never of (stateful) security groups.
    publicExposure: allowed && !allowPublicSources && opening.stateful && !opening.publicFlows.isEmpty,
  };
}
