import { EndpointCatalog } from '../core/catalog';
import { BackupTarget, FlowDirection } from '../core/enums';
import { isNetwork, networkContainsAddress, parseCidr, parseIpv4 } from '../core/ipv4';
import { ConnectivityRule } from '../core/rule';
import { FlowSet, SERVICE_PORTS } from './flow-set';

/**
 * The hosts of a target that the catalog names without an address, as `fqdn tcp/ports (role)`: no
 * rule can open them by address, so a review lists them beside the rules.
 */
export function catalogHostsWithoutAddress(catalog: Pick<EndpointCatalog, 'unaddressedEndpoints'>, target: BackupTarget): string[] {
  return catalog.unaddressedEndpoints(target).map((e) => `${e.fqdn} tcp/${e.ports.join(',')} (${e.role})`);
}

/**
 * The catalogued FQDNs behind a rule: endpoints whose address lies in the rule's CIDR and, for egress,
 * whose documented ports intersect the rule's ports. For ingress (the agent's management port) the
 * ports are the agent's, so only the address is compared: these are the hosts that may connect.
 */
export function catalogHostsBehind(rule: ConnectivityRule, catalog: Pick<EndpointCatalog, 'endpoints'>): string[] {
  const net = parseCidr(rule.cidr);
  if (!isNetwork(net)) return [];
  const hosts = catalog.endpoints.filter((e) => {
    const address = parseIpv4(e.ipv4);
    if (address === undefined || !networkContainsAddress(net, address)) return false;
    if (rule.direction === FlowDirection.INGRESS) return e.agentTraffic !== false;
    return e.ports.some((p) => p >= rule.fromPort && p <= rule.toPort);
  });
  return [...new Set(hosts.map((e) => e.fqdn))];
}

/**
 * The catalogued FQDNs inside a set of flows of one direction: endpoints whose address is a remote
 * address of the set and, for egress, with one of their documented ports among the set's service
 * ports there. For ingress the service port is the agent's, so only the address is compared.
 */
export function catalogHostsIn(flows: FlowSet, direction: FlowDirection, catalog: Pick<EndpointCatalog, 'endpoints'>): string[] {
  const hosts = catalog.endpoints.filter((e) => {
    if (e.agentTraffic === false) return false;
    const address = parseIpv4(e.ipv4);
    if (address === undefined) return false;
    const ports = direction === FlowDirection.INGRESS ? [SERVICE_PORTS] : e.ports.map((p) => ({ from: p, to: p }));
    return ports.some((range) => !flows.intersect(FlowSet._ofBox(direction, address, address, range, { from: 0, to: 65535 })).isEmpty);
  });
  return [...new Set(hosts.map((e) => e.fqdn))];
}

/**
 * Shortens a list of FQDNs for people: numbered hosts of one name and domain in a run of consecutive
 * numbers become one entry, e.g. `evwebamp0901-0910.service.softlayer.com`.
 */
export function compactHostNames(fqdns: readonly string[]): string[] {
  const result: string[] = [];
  // The prefix, number and domain of each name whose first label ends in a number; undefined for
  // the others, as past the end of the list.
  const parsed = fqdns.map((fqdn) => /^([^.]*?)([0-9]+)(\..*)?$/.exec(fqdn) ?? undefined);
  const follows = (next: RegExpExecArray | undefined, previous: RegExpExecArray, first: RegExpExecArray): boolean =>
    next !== undefined &&
    next[1] === first[1] &&
    next[3] === first[3] &&
    next[2].length === first[2].length &&
    Number(next[2]) === Number(previous[2]) + 1;
  let i = 0;
  while (i < fqdns.length) {
    const first = parsed[i];
    let last = i;
    while (first && follows(parsed[last + 1], parsed[last]!, first)) last++;
    result.push(first && last > i ? `${first[1]}${first[2]}-${parsed[last]![2]}${first[3] ?? ''}` : fqdns[i]);
    i = last + 1;
  }
  return result;
}
