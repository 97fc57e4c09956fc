import { FirewallLayer, LayerKind, Packet } from './firewall-model';
import { describePacket, describeRule, matchRule, RuleEvaluation } from './rule-matching';

/** Whether a flow, packet or layer passes: allowed, denied, or unknown because of unresolved values. */
export type Verdict = 'allowed' | 'denied' | 'unknown';

/** The outcome of one packet (the request, or for stateless layers the reply) at one layer. */
export interface LegVerdict {
  /** `request` or `reply`. */
  readonly leg: 'request' | 'reply';
  /** The packet, described. */
  readonly packet: string;
  /** Whether the packet passes. */
  readonly verdict: Verdict;
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
  readonly verdict: Verdict;
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

function unseen(layer: FirewallLayer, settings: LayerEvaluationSettings): string | undefined {
  if (settings.treatExternalAsComplete || layer.externalContainers.length === 0) return undefined;
  return `${layer.externalContainers.join(', ')} ${layer.externalContainers.length === 1 ? 'is' : 'are'} not defined in the artifact, so other rules may exist`;
}

function statefulLeg(layer: FirewallLayer, packet: Packet, settings: LayerEvaluationSettings): LegVerdict {
  const considered = layer.rules.filter((rule) => rule.direction === packet.direction).map((rule) => matchRule(rule, packet));
  const matches = considered.filter((e) => e.result === 'match' && e.rule.action === 'allow');
  const described = describePacket(packet);
  if (matches.length > 0) {
    return { leg: 'request', packet: described, verdict: 'allowed', matched: matches, considered, reason: `allowed by ${matches.map((m) => m.rule.resource).join(', ')}` };
  }
  const unknowns = considered.filter((e) => e.result === 'unknown' && e.rule.action === 'allow');
  if (unknowns.length > 0) {
    return { leg: 'request', packet: described, verdict: 'unknown', matched: unknowns, considered, reason: `no rule allows it for certain; unresolved: ${unknowns.map((u) => `${u.rule.resource} (${u.why})`).join(', ')}` };
  }
  const hidden = unseen(layer, settings);
  if (hidden) return { leg: 'request', packet: described, verdict: 'unknown', matched: [], considered, reason: `no visible rule allows it; ${hidden}` };
  return { leg: 'request', packet: described, verdict: 'denied', matched: [], considered, reason: considered.length === 0 ? 'no rules: everything is denied' : 'no rule allows it' };
}

function orderedLeg(layer: FirewallLayer, leg: 'request' | 'reply', packet: Packet, settings: LayerEvaluationSettings): LegVerdict {
  const considered: RuleEvaluation[] = [];
  const deciding: RuleEvaluation[] = [];
  const outcomes = new Set<'allow' | 'deny' | 'unknown'>();
  let decided = false;
  for (const rule of layer.rules.filter((r) => r.direction === packet.direction)) {
    const evaluation = matchRule(rule, packet);
    considered.push(evaluation);
    if (evaluation.result === 'no-match') continue;
    deciding.push(evaluation);
    outcomes.add(evaluation.rule.action);
    if (evaluation.result === 'match') {
      decided = true;
      break;
    }
  }
  for (const rule of layer.unplacedRules.filter((r) => r.direction === packet.direction)) {
    const evaluation = matchRule(rule, packet);
    considered.push(evaluation);
    if (evaluation.result === 'no-match') continue;
    deciding.push(evaluation);
    outcomes.add(evaluation.rule.action);
    outcomes.add('unknown');
  }
  const hidden = unseen(layer, settings);
  if (!decided) outcomes.add(hidden ? 'unknown' : 'deny');
  const described = describePacket(packet);
  if (outcomes.size === 1 && !outcomes.has('unknown')) {
    const action = [...outcomes][0];
    const verdict = action === 'allow' ? 'allowed' : 'denied';
    const first = deciding.find((e) => e.result === 'match');
    const reason = decided && first
      ? `first matching rule ${first.rule.resource} ${first.rule.action === 'allow' ? 'allows' : 'denies'} it`
      : deciding.length > 0
        ? `only unresolved rules could match, and they ${action === 'allow' ? 'allow' : 'deny'} it too`
        : 'no rule matches: implicit deny';
    return { leg, packet: described, verdict, matched: deciding, considered, reason };
  }
  const parts: string[] = [];
  const unresolvedRules = deciding.filter((e) => e.result === 'unknown');
  if (unresolvedRules.length > 0) parts.push(`unresolved: ${unresolvedRules.map((u) => `${u.rule.resource} (${u.why})`).join(', ')}`);
  const unplaced = deciding.filter((e) => layer.unplacedRules.includes(e.rule));
  if (unplaced.length > 0) parts.push(`position unknown: ${unplaced.map((u) => u.rule.resource).join(', ')}`);
  if (!decided && hidden) parts.push(hidden);
  return { leg, packet: described, verdict: 'unknown', matched: deciding, considered, reason: parts.join('; ') };
}

function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('denied')) return 'denied';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'allowed';
}

/**
 * Evaluates a flow at one layer: the request only for stateful layers, the request and its reply for
 * stateless ones (both must pass).
 */
export function evaluateLayer(layer: FirewallLayer, request: Packet, reply: Packet, settings: LayerEvaluationSettings = {}): LayerVerdict {
  const legs = layer.stateful ? [statefulLeg(layer, request, settings)] : [orderedLeg(layer, 'request', request, settings), orderedLeg(layer, 'reply', reply, settings)];
  return { layer: layer.id, kind: layer.kind, verdict: combine(legs.map((l) => l.verdict)), legs };
}

/** Combines verdicts of layers a flow must cross: denied if any denies, unknown if any is unknown. */
export function combineVerdicts(verdicts: Verdict[]): Verdict {
  return combine(verdicts);
}

/** One line per rule for messages: the rule and how it compared. */
export function describeEvaluations(evaluations: readonly RuleEvaluation[]): string[] {
  return evaluations.map((e) => `${describeRule(e.rule)} => ${e.result}${e.result === 'match' ? '' : ` (${e.why})`}`);
}
