import { formatIpv4, isNetwork, lastAddress, parseCidr } from '../core/ipv4';
import { ConnectivityRule } from '../core/rule';
import { FlowAnalyzer, FlowQuery, FlowVerdict } from './flow-analysis';
import { combineVerdicts, FlowVerdictKind } from './layer-evaluation';

/** Whether one rule of the recorded intent is honoured by the synthesized output. */
export interface RequiredFlowCheck {
  /** The policy rule whose flows were checked. */
  readonly rule: ConnectivityRule;
  /** Allowed only if every sampled flow is allowed; denied if any is denied. */
  readonly verdict: FlowVerdictKind;
  /** Why: the rules that allow it, or the first sample that failed and why. */
  readonly reason: string;
  /** The verdict of every sampled flow. */
  readonly samples: FlowVerdict[];
}

/**
 * Flows that stand for a rule: the first and the last address of its CIDR, each with the first and the
 * last port of its range.
 */
export function sampleFlows(rule: ConnectivityRule): FlowQuery[] {
  const net = parseCidr(rule.cidr);
  if (!isNetwork(net)) throw new Error(`policy rule ${rule.id} has an invalid CIDR '${rule.cidr}'`);
  const addresses = [...new Set([net.network, lastAddress(net)])].map(formatIpv4);
  const ports = [...new Set([rule.fromPort, rule.toPort])];
  return addresses.flatMap((peer) => ports.map((port): FlowQuery => ({ direction: rule.direction, peer, port })));
}

function allowingResources(verdict: FlowVerdict): string {
  return verdict.layers
    .map((l) => `${l.layer}: ${[...new Set(l.legs.flatMap((leg) => leg.matched.map((m) => m.rule.resource)))].join(', ')}`)
    .join('; ');
}

/**
 * Checks every rule of a policy against an analyzer's artifact by sampling flows at the edges of each
 * rule's addresses and ports.
 * @param analyzer an analyzer over the synthesized output (usually scoped to the construct)
 * @param rules the rules the output must honour
 */
export function checkRequiredFlows(analyzer: FlowAnalyzer, rules: readonly ConnectivityRule[]): RequiredFlowCheck[] {
  return rules.map((rule) => {
    const samples = sampleFlows(rule).map((flow) => analyzer.check(flow));
    const verdict = combineVerdicts(samples.map((s) => s.verdict));
    const failing = samples.find((s) => s.verdict === verdict && verdict !== FlowVerdictKind.ALLOWED);
    const reason = failing
      ? `${failing.flow.peer} port ${failing.flow.port}: ${failing.reason}`
      : `allowed by ${allowingResources(samples[0])}`;
    return { rule, verdict, reason, samples };
  });
}
