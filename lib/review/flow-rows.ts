import { FlowSet } from './flow-set';
import { formatPortRange } from './values';

/** Flows of one direction with the same service and client ports, for tables. */
export interface FlowRangeRow {
  /** `ingress` or `egress`, seen from the agent. */
  readonly direction: string;
  /** The remote addresses, as the smallest list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports, e.g. `8086-8087` or `all ports`. */
  readonly servicePorts: string;
  /** The client ports, e.g. `32768-65535`. */
  readonly clientPorts: string;
}

/** The blocks of a flow set grouped by direction and ports, in the set's order, each with all its CIDRs. */
export function flowRows(flows: FlowSet): FlowRangeRow[] {
  const rows = new Map<string, { direction: string; cidrs: string[]; servicePorts: string; clientPorts: string }>();
  for (const block of flows.blocks) {
    const servicePorts = formatPortRange(block.servicePorts);
    const clientPorts = formatPortRange(block.clientPorts);
    const key = `${block.direction}|${servicePorts}|${clientPorts}`;
    const row = rows.get(key);
    if (row) row.cidrs.push(...block.cidrs);
    else rows.set(key, { direction: block.direction, cidrs: [...block.cidrs], servicePorts, clientPorts });
  }
  return [...rows.values()];
}
