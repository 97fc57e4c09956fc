import { FirewallLayer, LayerKind, Packet, RuleAction } from './firewall-model';
import { describePacket, describeRule, MatchResult, matchRule, RuleEvaluation } from './rule-matching';

/** Whether a flow, packet or layer passes: allowed, denied, or unknown because of unresolved values. */
export enum FlowVerdictKind {
  /** It passes. */
  ALLOWED = 'allowed',
  /** It is certainly blocked. */
  DENIED = 'denied',
  /** It cannot be decided because of unresolved values or rules not visible in the artifact. */
  UNKNOWN = 'unknown',
}

/** Which packet of a flow a leg follows. */
export enum FlowLeg {
  /** The packet that opens the connection. */
  REQUEST = 'request',
  /** Its reply, which stateless layers must let through too. */
  REPLY = 'reply',
}

/** The outcome of one packet (the request, or for stateless layers the reply) at one layer. */
export interface LegVerdict {
  /** The request or the reply. */
  readonly leg: FlowLeg;
  /** The packet, described. */
  readonly packet: string;
  /** Whether the packet passes. */
  readonly verdict: FlowVerdictKind;
  /** The rules that decided (a definite match, or the unresolved rules that could have). */
  readonly matched: RuleEvaluation[];
  /** Every rule compared, in evaluation order. */
  readonly considered: RuleEvaluation[];
  /** Why, in one sentence. */
  readonly reason: string;
}

/** The outcome of a flow at one layer. */
export interface LayerVerdict {
  /** The layer's id. */
  readonly layer: string;
  /** The layer's kind. */
  readonly kind: LayerKind;
  /** Whether the flow passes this layer. */
  readonly verdict: FlowVerdictKind;
  /** The request, and for stateless layers the reply. */
  readonly legs: LegVerdict[];
}

/** Settings that change how layers are read. */
export interface LayerEvaluationSettings {
  /**
   * Assume that groups and ACLs referenced but not defined in the artifact hold only the rules found
   * in it. When false, a packet that no visible rule decides is `unknown` at such a layer. Either
   * way, a packet that a visible rule decides is taken as decided by it: rules of the existing group
   * or ACL are assumed not to get ahead of the ones the artifact adds.
   * @default false
   */
  readonly treatExternalAsComplete?: boolean;
}

/** Text saying that containers of a layer are not defined in the artifact, so other rules may exist; undefined when the layer is assumed complete. */
export function unseen(layer: FirewallLayer, settings: LayerEvaluationSettings): string | undefined {
  if (settings.treatExternalAsComplete || layer.externalContainers.length === 0) return undefined;
  return `${layer.externalContainers.join(', ')} ${layer.externalContainers.length === 1 ? 'is' : 'are'} not defined in the artifact, so other rules may exist`;
}

function statefulLeg(layer: FirewallLayer, packet: Packet, settings: LayerEvaluationSettings): LegVerdict {
  // Security groups hold allow rules only, so a rule that matches lets the packet through.
  const considered = layer.rules.filter((rule) => rule.direction === packet.direction).map((rule) => matchRule(rule, packet));
  const matches = considered.filter((e) => e.result === MatchResult.MATCH);
  const described = describePacket(packet);
  const leg = FlowLeg.REQUEST;
  if (matches.length > 0) {
    return {
      leg,
      packet: described,
      verdict: FlowVerdictKind.ALLOWED,
      matched: matches,
      considered,
      reason: `allowed by ${matches.map((m) => m.rule.resource).join(', ')}`,
    };
  }
  const unknowns = considered.filter((e) => e.result === MatchResult.UNKNOWN);
  if (unknowns.length > 0) {
    return {
      leg,
      packet: described,
      verdict: FlowVerdictKind.UNKNOWN,
      matched: unknowns,
      considered,
      reason: `no rule allows it for certain; unresolved: ${unknowns.map((u) => `${u.rule.resource} (${u.why})`).join(', ')}`,
    };
  }
  const hidden = unseen(layer, settings);
  if (hidden)
    return { leg, packet: described, verdict: FlowVerdictKind.UNKNOWN, matched: [], considered, reason: `no visible rule allows it; ${hidden}` };
  return {
    leg,
    packet: described,
    verdict: FlowVerdictKind.DENIED,
    matched: [],
    considered,
    reason: considered.length === 0 ? 'no rules: everything is denied' : 'no rule allows it',
  };
}

/** What an ordered layer may do with a packet: one of the rule actions, or unknown. */
type Outcome = RuleAction | 'unknown';

function orderedLeg(layer: FirewallLayer, leg: FlowLeg, packet: Packet, settings: LayerEvaluationSettings): LegVerdict {
  const considered: RuleEvaluation[] = [];
  const deciding: RuleEvaluation[] = [];
  const outcomes = new Set<Outcome>();
  let decided = false;
  for (const rule of layer.rules.filter((r) => r.direction === packet.direction)) {
    const evaluation = matchRule(rule, packet);
    considered.push(evaluation);
    if (evaluation.result === MatchResult.NO_MATCH) continue;
    deciding.push(evaluation);
    outcomes.add(evaluation.rule.action);
    if (evaluation.result === MatchResult.MATCH) {
      decided = true;
      break;
    }
  }
  for (const rule of layer.unplacedRules.filter((r) => r.direction === packet.direction)) {
    const evaluation = matchRule(rule, packet);
    considered.push(evaluation);
    if (evaluation.result === MatchResult.NO_MATCH) continue;
    deciding.push(evaluation);
    outcomes.add(evaluation.rule.action);
    outcomes.add('unknown');
  }
  const hidden = unseen(layer, settings);
  if (!decided) outcomes.add(hidden ? 'unknown' : RuleAction.DENY);
  const described = describePacket(packet);
  if (outcomes.size === 1 && !outcomes.has('unknown')) {
    const action = [...outcomes][0];
    const verdict = action === RuleAction.ALLOW ? FlowVerdictKind.ALLOWED : FlowVerdictKind.DENIED;
    // The rule that decided, if one did. Otherwise the implicit deny decides, so every unresolved
    // rule that could match denies too.
    const first = deciding.find((e) => e.result === MatchResult.MATCH);
    const reason = first
      ? `first matching rule ${first.rule.resource} ${first.rule.action === RuleAction.ALLOW ? 'allows' : 'denies'} it`
      : deciding.length > 0
        ? 'only unresolved rules could match, and they deny it too'
        : 'no rule matches: implicit deny';
    return { leg, packet: described, verdict, matched: deciding, considered, reason };
  }
  const parts: string[] = [];
  const unresolvedRules = deciding.filter((e) => e.result === MatchResult.UNKNOWN);
  if (unresolvedRules.length > 0) parts.push(`unresolved: ${unresolvedRules.map((u) => `${u.rule.resource} (${u.why})`).join(', ')}`);
  const unplaced = deciding.filter((e) => layer.unplacedRules.includes(e.rule));
  if (unplaced.length > 0) parts.push(`position unknown: ${unplaced.map((u) => u.rule.resource).join(', ')}`);
  if (!decided && hidden) parts.push(hidden);
  return { leg, packet: described, verdict: FlowVerdictKind.UNKNOWN, matched: deciding, considered, reason: parts.join('; ') };
}

/**
 * Evaluates a flow at one layer: the request only for stateful layers, the request and its reply for
 * stateless ones (both must pass).
 */
export function evaluateLayer(layer: FirewallLayer, request: Packet, reply: Packet, settings: LayerEvaluationSettings = {}): LayerVerdict {
  const legs = layer.stateful
    ? [statefulLeg(layer, request, settings)]
    : [orderedLeg(layer, FlowLeg.REQUEST, request, settings), orderedLeg(layer, FlowLeg.REPLY, reply, settings)];
  return { layer: layer.id, kind: layer.kind, verdict: combineVerdicts(legs.map((l) => l.verdict)), legs };
}

/** Combines verdicts of layers a flow must cross: denied if any denies, unknown if any is unknown. */
export function combineVerdicts(verdicts: readonly FlowVerdictKind[]): FlowVerdictKind {
  if (verdicts.includes(FlowVerdictKind.DENIED)) return FlowVerdictKind.DENIED;
  if (verdicts.includes(FlowVerdictKind.UNKNOWN)) return FlowVerdictKind.UNKNOWN;
  return FlowVerdictKind.ALLOWED;
}

/** One line per rule for messages: the rule and how it compared. */
export function describeEvaluations(evaluations: readonly RuleEvaluation[]): string[] {
  return evaluations.map((e) => `${describeRule(e.rule)} => ${e.result}${e.result === MatchResult.MATCH ? '' : ` (${e.why})`}`);
}
