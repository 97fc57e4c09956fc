import { FlowDirection } from '../core/enums';
import { formatCidr, formatIpv4, networkContainsAddress } from '../core/ipv4';
import { portRangeContains } from '../core/port-range';
import { FirewallRule, Packet, ResolvedNetwork, ResolvedPortRange, TcpCoverage } from './firewall-model';
import { describeResolved, formatPortRange } from './values';

/** Whether a rule matches a packet: yes, no, or cannot tell because a value is unresolved. */
export enum MatchResult {
  /** Every field of the rule matches the packet. */
  MATCH = 'match',
  /** Some field certainly differs. */
  NO_MATCH = 'no-match',
  /** No field certainly differs, but some are unresolved. */
  UNKNOWN = 'unknown',
}

/** The outcome of comparing one rule with one packet. */
export interface RuleEvaluation {
  /** The rule. */
  readonly rule: FirewallRule;
  /** Whether it matched. */
  readonly result: MatchResult;
  /** Why, e.g. `port 8088 not in 8086-8087`. */
  readonly why: string;
}

/** One line describing a rule, e.g. `BackupSg/Ingress[0]: ingress allow tcp 10.0.0.0/8 port 2548`. */
export function describeRule(rule: FirewallRule): string {
  const order = rule.order ? ` #${describeResolved(rule.order, String)}` : '';
  const agent = rule.agentSide ? ` agent side ${describeResolved(rule.agentSide, formatCidr)}` : '';
  const tcp = rule.tcp !== TcpCoverage.NOT_TCP;
  const ports = tcp ? ` destination ports ${describeResolved(rule.destinationPorts, formatPortRange)}` : '';
  const sourcePorts = tcp && rule.sourcePorts ? ` source ports ${describeResolved(rule.sourcePorts, formatPortRange)}` : '';
  const implicit = rule.implicit ? ' (implicit)' : '';
  return (
    `${rule.resource}${order}: ${rule.direction} ${rule.action} ${rule.protocolText} ` +
    `${rule.ipv6Only ? 'IPv6 peer' : describeResolved(rule.remote, formatCidr)}${ports}` +
    `${sourcePorts}${agent}${implicit}`
  );
}

/** A field of a rule that certainly differs from the packet's, or cannot be compared; a field that matches gives none. */
type Failure = { readonly result: MatchResult.NO_MATCH | MatchResult.UNKNOWN; readonly why: string };

function checkNetwork(label: string, value: ResolvedNetwork, address: number | undefined): Failure | undefined {
  // The agent's address was not given: the rule's agent side, even an unresolved one, is assumed to include it.
  if (address === undefined) return undefined;
  if (value.value === undefined) return { result: MatchResult.UNKNOWN, why: `${label} is unresolved (${value.text})` };
  if (networkContainsAddress(value.value, address)) return undefined;
  return { result: MatchResult.NO_MATCH, why: `${label} ${formatIpv4(address)} not in ${formatCidr(value.value)}` };
}

function checkPorts(label: string, value: ResolvedPortRange, port: number): Failure | undefined {
  if (value.value === undefined) return { result: MatchResult.UNKNOWN, why: `${label} range is unresolved (${value.text})` };
  if (portRangeContains(value.value, { from: port, to: port })) return undefined;
  return { result: MatchResult.NO_MATCH, why: `${label} ${port} not in ${formatPortRange(value.value)}` };
}

function checkProtocol(rule: FirewallRule): Failure | undefined {
  if (rule.tcp === TcpCoverage.TCP) return undefined;
  if (rule.tcp === TcpCoverage.NOT_TCP) return { result: MatchResult.NO_MATCH, why: `protocol ${rule.protocolText} is not TCP` };
  return { result: MatchResult.UNKNOWN, why: `protocol is unresolved (${rule.protocolText})` };
}

/**
 * Compares a rule with a packet of the rule's direction (layers compare only those). A definite
 * mismatch on any field wins over unresolved fields.
 */
export function matchRule(rule: FirewallRule, packet: Packet): RuleEvaluation {
  const failures = [
    checkProtocol(rule),
    rule.ipv6Only ? { result: MatchResult.NO_MATCH, why: 'IPv6 peer only' } : checkNetwork('remote', rule.remote, packet.remote),
    rule.agentSide ? checkNetwork('agent', rule.agentSide, packet.agent) : undefined,
    checkPorts('destination port', rule.destinationPorts, packet.destinationPort),
    rule.sourcePorts ? checkPorts('source port', rule.sourcePorts, packet.sourcePort) : undefined,
  ].filter((failure) => failure !== undefined);
  const misses = failures.filter((failure) => failure.result === MatchResult.NO_MATCH);
  if (misses.length > 0) return { rule, result: MatchResult.NO_MATCH, why: misses.map((failure) => failure.why).join('; ') };
  if (failures.length > 0) return { rule, result: MatchResult.UNKNOWN, why: failures.map((failure) => failure.why).join('; ') };
  return { rule, result: MatchResult.MATCH, why: 'matches' };
}

/** Describes a packet, e.g. `egress 10.0.0.5:49152 -> 10.2.118.12:8087` (agent address shown as `agent`). */
export function describePacket(packet: Packet): string {
  const agent = packet.agent === undefined ? 'agent' : formatIpv4(packet.agent);
  const remote = formatIpv4(packet.remote);
  return packet.direction === FlowDirection.EGRESS
    ? `egress ${agent}:${packet.sourcePort} -> ${remote}:${packet.destinationPort}`
    : `ingress ${remote}:${packet.sourcePort} -> ${agent}:${packet.destinationPort}`;
}
