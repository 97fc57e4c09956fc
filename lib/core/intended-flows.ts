import { AccessMode, BackupTarget, EndpointRole, RulePurpose, FlowDirection } from './enums';
import { EndpointCatalog } from './catalog';
import { IntendedFlow } from './flow';
import { Ipv4Network, isNetwork, lastAddress, parseCidr } from './ipv4';
import { AgentPorts, ResolvedConnectivityOptions } from './options';

/** The IBM Cloud private network: the documented requirement for portal and AMP traffic. */
export const IBM_PRIVATE_NETWORK = '10.0.0.0/8';

const ROLE_PURPOSE: Record<EndpointRole, RulePurpose> = {
  [EndpointRole.PORTAL]: RulePurpose.PORTAL,
  [EndpointRole.REGISTRATION]: RulePurpose.REGISTRATION,
  [EndpointRole.AMP_PROXY]: RulePurpose.AMP_PROXY,
  [EndpointRole.FEDERAL_PORTAL]: RulePurpose.FEDERAL_PORTAL,
};

/** A peer block of portal/AMP traffic with the ports the agent uses towards it. */
interface EndpointBlock {
  readonly net: Ipv4Network;
  readonly ports: readonly number[];
  readonly purposes: readonly RulePurpose[];
}

function network(cidr: string): Ipv4Network {
  const parsed = parseCidr(cidr);
  if (!isNetwork(parsed)) throw new Error(`catalog holds an invalid CIDR '${cidr}'`);
  return parsed;
}

/** Contiguous port ranges of a port list, e.g. [8086, 8087] gives [[8086, 8087]]. */
function portRanges(ports: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const port of sorted) {
    const top = ranges[ranges.length - 1];
    if (top && port === top[1] + 1) top[1] = port;
    else ranges.push([port, port]);
  }
  return ranges;
}

/** The portal/AMP peers of a target, mode and edition, with the agent's ports towards each. */
function endpointBlocks(options: ResolvedConnectivityOptions, catalog: EndpointCatalog): EndpointBlock[] {
  const federal = catalog.agentEndpoints(BackupTarget.FEDERAL).map((e) => ({
    net: network(e.ipv4),
    ports: e.ports,
    purposes: [ROLE_PURPOSE[e.role]],
  }));
  const additional = options.additionalEndpointCidrs.map((cidr) => ({
    net: network(cidr),
    ports: catalog.portalPorts,
    purposes: [RulePurpose.ADDITIONAL_ENDPOINT],
  }));
  let blocks: EndpointBlock[];
  switch (options.mode) {
    case AccessMode.BROAD:
      blocks = [
        {
          net: network(IBM_PRIVATE_NETWORK),
          ports: catalog.portalPorts,
          purposes: [RulePurpose.PORTAL, RulePurpose.REGISTRATION, RulePurpose.AMP_PROXY],
        },
        ...(options.target === BackupTarget.FEDERAL ? federal : []),
      ];
      break;
    case AccessMode.MINIMAL:
      blocks =
        options.target === BackupTarget.FEDERAL
          ? federal
          : catalog.minimalSubnets(options.target).map((s) => ({
              net: network(s.cidr),
              ports: catalog.portalPorts,
              purposes: s.roles.map((r) => ROLE_PURPOSE[r]),
            }));
      break;
    case AccessMode.HOSTS:
      blocks = catalog.agentEndpoints(options.target).map((e) => ({
        net: network(e.ipv4),
        ports: e.ports,
        purposes: [ROLE_PURPOSE[e.role]],
      }));
      break;
  }
  return [...blocks, ...additional];
}

function flow(direction: FlowDirection, net: Ipv4Network, fromPort: number, toPort: number, purposes: readonly RulePurpose[]): IntendedFlow {
  return { direction, first: net.network, last: lastAddress(net), fromPort, toPort, purposes };
}

/**
 * Every TCP flow the agent needs for the given options, before minimisation:
 * portal/AMP egress, vault egress, and management ingress.
 */
export function intendedFlows(options: ResolvedConnectivityOptions, catalog: EndpointCatalog): IntendedFlow[] {
  const flows: IntendedFlow[] = [];
  const blocks = endpointBlocks(options, catalog);
  for (const block of blocks) {
    for (const [from, to] of portRanges(block.ports)) {
      flows.push(flow(FlowDirection.EGRESS, block.net, from, to, block.purposes));
    }
  }

  const vaults = options.vaultCidrs.map(network);
  for (const dataCenter of options.vaultDataCenters) {
    const ranges = catalog.vaultRangesOf(dataCenter);
    if (ranges === undefined) throw new Error(`edition ${catalog.edition} has no eVault ranges for '${dataCenter}'`);
    vaults.push(...ranges.map(network));
  }
  if (options.mode === AccessMode.BROAD) vaults.push(network(IBM_PRIVATE_NETWORK));
  for (const vault of vaults) {
    flows.push(flow(FlowDirection.EGRESS, vault, catalog.vaultPort, catalog.vaultPort, [RulePurpose.VAULT]));
  }

  const managementPorts: Array<[number, RulePurpose[]]> = [[options.managementPort, []]];
  if (options.allowLegacyManagementPort) managementPorts.push([AgentPorts.LEGACY_MANAGEMENT, [RulePurpose.LEGACY_MANAGEMENT]]);
  const managers: Array<[Ipv4Network, RulePurpose]> = [
    ...blocks.map((b) => [b.net, RulePurpose.MANAGEMENT] as [Ipv4Network, RulePurpose]),
    ...options.centralControlSources.map((c) => [network(c), RulePurpose.CENTRAL_CONTROL] as [Ipv4Network, RulePurpose]),
  ];
  for (const [net, purpose] of managers) {
    for (const [port, extra] of managementPorts) {
      flows.push(flow(FlowDirection.INGRESS, net, port, port, [purpose, ...extra]));
    }
  }
  return flows;
}
