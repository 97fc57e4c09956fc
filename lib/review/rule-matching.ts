import { formatCidr, formatIpv4, Ipv4Network, networkContainsAddress } from '../core/ipv4';
import { FirewallRule, Packet } from './firewall-model';
import { describeResolved, formatPortRange, PortRange, Resolved } from './values';

/** Whether a rule matches a packet: yes, no, or cannot tell because a value is unresolved. */
export type MatchResult = 'match' | 'no-match' | 'unknown';

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
  const tcp = rule.tcp !== 'not-tcp';
  const ports = tcp ? ` destination ports ${describeResolved(rule.destinationPorts, formatPortRange)}` : '';
  const sourcePorts = tcp && rule.sourcePorts ? ` source ports ${describeResolved(rule.sourcePorts, formatPortRange)}` : '';
  const implicit = rule.implicit ? ' (implicit)' : '';
  return (
    `${rule.resource}${order}: ${rule.direction} ${rule.action} ${rule.protocolText} ` +
    `${rule.ipv6Only ? 'IPv6 peer' : describeResolved(rule.remote, formatCidr)}${ports}` +
    `${sourcePorts}${agent}${implicit}`
  );
}

type Check = { result: MatchResult; why: string };

function checkNetwork(label: string, value: Resolved<Ipv4Network>, address: number | undefined): Check {
  if (address === undefined) {
    // The agent's address was not given: the rule's agent side, even an unresolved one, is assumed to include it.
    return { result: 'match', why: '' };
  }
  if (!value.known) return { result: 'unknown', why: `${label} is unresolved (${value.text})` };
  return networkContainsAddress(value.value, address)
    ? { result: 'match', why: '' }
    : { result: 'no-match', why: `${label} ${formatIpv4(address)} not in ${formatCidr(value.value)}` };
}

function checkPorts(label: string, value: Resolved<PortRange>, port: number): Check {
  if (!value.known) return { result: 'unknown', why: `${label} range is unresolved (${value.text})` };
  const { from, to } = value.value;
  const inside = from <= 0 && to >= 65535 ? true : port >= from && port <= to;
  return inside ? { result: 'match', why: '' } : { result: 'no-match', why: `${label} ${port} not in ${formatPortRange(value.value)}` };
}

/** Compares a rule with a packet. A definite mismatch on any field wins over unresolved fields. */
export function matchRule(rule: FirewallRule, packet: Packet): RuleEvaluation {
  const checks: Check[] = [];
  checks.push(
    rule.direction === packet.direction
      ? { result: 'match', why: '' }
      : { result: 'no-match', why: `direction ${rule.direction}, packet ${packet.direction}` },
  );
  checks.push(
    rule.tcp === 'tcp'
      ? { result: 'match', why: '' }
      : rule.tcp === 'not-tcp'
        ? { result: 'no-match', why: `protocol ${rule.protocolText} is not TCP` }
        : { result: 'unknown', why: `protocol is unresolved (${rule.protocolText})` },
  );
  checks.push(rule.ipv6Only ? { result: 'no-match', why: 'IPv6 peer only' } : checkNetwork('remote', rule.remote, packet.remote));
  if (rule.agentSide) checks.push(checkNetwork('agent', rule.agentSide, packet.agent));
  checks.push(checkPorts('destination port', rule.destinationPorts, packet.destinationPort));
  if (rule.sourcePorts) checks.push(checkPorts('source port', rule.sourcePorts, packet.sourcePort));

  const misses = checks.filter((c) => c.result === 'no-match');
  if (misses.length > 0) return { rule, result: 'no-match', why: misses.map((c) => c.why).join('; ') };
  const unknowns = checks.filter((c) => c.result === 'unknown');
  if (unknowns.length > 0) return { rule, result: 'unknown', why: unknowns.map((c) => c.why).join('; ') };
  return { rule, result: 'match', why: 'matches' };
}

/** Describes a packet, e.g. `egress 10.0.0.5:49152 -> 10.2.118.12:8087` (agent address shown as `agent`). */
export function describePacket(packet: Packet): string {
  const agent = packet.agent === undefined ? 'agent' : formatIpv4(packet.agent);
  const remote = formatIpv4(packet.remote);
  return packet.direction === 'egress'
    ? `egress ${agent}:${packet.sourcePort} -> ${remote}:${packet.destinationPort}`
    : `ingress ${remote}:${packet.sourcePort} -> ${agent}:${packet.destinationPort}`;
}
