import { EndpointCatalog } from '../core/catalog';
import { BackupTarget, TrafficDirection } from '../core/enums';
import { isNetwork, networkContainsAddress, parseCidr, parseIpv4 } from '../core/ipv4';
import { ConnectivityRule } from '../core/rule';

/**
 * The hosts of a target that the catalog names without an address, as `fqdn tcp/ports (role)`: no
 * rule can open them by address, so a review lists them beside the rules.
 */
export function catalogHostsWithoutAddress(catalog: EndpointCatalog, target: BackupTarget): string[] {
  return catalog.unaddressedEndpoints(target).map((e) => `${e.fqdn} tcp/${e.ports.join(',')} (${e.role})`);
}

/**
 * The catalogued FQDNs behind a rule: endpoints whose address lies in the rule's CIDR and, for egress,
 * whose documented ports intersect the rule's ports. For ingress (the agent's management port) the
 * ports are the agent's, so only the address is compared: these are the hosts that may connect.
 */
export function catalogHostsBehind(rule: ConnectivityRule, catalog: EndpointCatalog): string[] {
  const net = parseCidr(rule.cidr);
  if (!isNetwork(net)) return [];
  const hosts = catalog.endpoints.filter((e) => {
    const address = parseIpv4(e.ipv4);
    if (address === undefined || !networkContainsAddress(net, address)) return false;
    if (rule.direction === TrafficDirection.INGRESS) return e.agentTraffic !== false;
    return e.ports.some((p) => p >= rule.fromPort && p <= rule.toPort);
  });
  return [...new Set(hosts.map((e) => e.fqdn))];
}
