import { ConnectivityPolicy, FlowDirection } from '../../lib';
import { isNetwork, lastAddress, networkContainsAddress, parseCidr, parseIpv4, formatIpv4 } from '../../lib/core/ipv4';
import { FlowQuery } from '../../lib/review';

function network(cidr: string) {
  const net = parseCidr(cidr);
  if (!isNetwork(net)) throw new Error(`bad CIDR ${cidr}`);
  return net;
}

/** Whether some rule of the policy covers a flow: the oracle for choosing unintended flows. */
export function policyCovers(policy: ConnectivityPolicy, flow: FlowQuery): boolean {
  const address = parseIpv4(flow.peer)!;
  return policy.rules.some(
    (r) => r.direction === flow.direction && networkContainsAddress(network(r.cidr), address) && flow.port >= r.fromPort && flow.port <= r.toPort,
  );
}

/** Flows the policy intends: both ends of each rule's addresses and ports (spot checks of the point evaluator). */
export function intendedSamples(policy: ConnectivityPolicy): FlowQuery[] {
  return policy.rules.flatMap((rule) => {
    const net = network(rule.cidr);
    const addresses = [...new Set([net.network, lastAddress(net)])].map(formatIpv4);
    const ports = [...new Set([rule.fromPort, rule.toPort])];
    return addresses.flatMap((peer) => ports.map((port): FlowQuery => ({ direction: rule.direction, peer, port })));
  });
}

/**
 * Flows the policy does not intend: neighbouring ports and addresses of each rule, public addresses,
 * another private subnet, and the legacy port 808; only those no rule covers.
 * @param below keep only flows to ports below this (to stay out of stateless ACLs' reply ranges)
 */
export function unintendedSamples(policy: ConnectivityPolicy, below = 65536): FlowQuery[] {
  const candidates: FlowQuery[] = [];
  for (const rule of policy.rules) {
    const net = network(rule.cidr);
    const direction = rule.direction;
    const first = formatIpv4(net.network);
    const last = formatIpv4(lastAddress(net));
    candidates.push({ direction, peer: first, port: rule.fromPort - 1 }, { direction, peer: last, port: rule.toPort + 1 });
    if (net.network > 0) candidates.push({ direction, peer: formatIpv4(net.network - 1), port: rule.fromPort });
    if (lastAddress(net) < 0xffffffff) candidates.push({ direction, peer: formatIpv4(lastAddress(net) + 1), port: rule.toPort });
    for (const peer of ['8.8.8.8', '203.0.113.10', '172.20.1.1']) candidates.push({ direction, peer, port: rule.fromPort });
    if (direction === FlowDirection.INGRESS) candidates.push({ direction, peer: first, port: 808 }, { direction, peer: first, port: 22 });
    else candidates.push({ direction, peer: first, port: 443 });
  }
  const seen = new Set<string>();
  return candidates.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key) || f.port < 1 || f.port > 65535 || f.port >= below || policyCovers(policy, f)) return false;
    seen.add(key);
    return true;
  });
}
