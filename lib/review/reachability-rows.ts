import { EndpointCatalog } from '../core/catalog';
import { FlowDirection } from '../core/enums';
import { catalogHostsIn } from './catalog-hosts';
import { FlowSet, intervalCidrs } from './flow-set';
import { boxesOf } from './interval-sets';
import { formatPortRange } from './values';

/** The flows of one direction with one service-port range and one client-port range, as address intervals. */
export interface ReachabilityRow {
  /** The direction, seen from the agent. */
  readonly direction: FlowDirection;
  /** The service ports. */
  readonly servicePorts: [number, number];
  /** The client ports. */
  readonly clientPorts: [number, number];
  /** Sorted, disjoint and non-adjacent address intervals. */
  readonly intervals: Array<[number, number]>;
}

/**
 * A flow set as rows, one per direction and port rectangle, each with every address of the set that
 * has exactly those ports, adjacent intervals merged. The rows depend only on the set (its canonical
 * form), never on how it was built: ingress first, then by service ports and client ports.
 */
export function reachabilityRows(flows: FlowSet): ReachabilityRow[] {
  const rows: ReachabilityRow[] = [];
  for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
    const byPorts = new Map<string, ReachabilityRow>();
    for (const [[lo, hi], [s0, s1], [c0, c1]] of boxesOf(flows._points(direction))) {
      const key = `${s0}-${s1}|${c0}-${c1}`;
      let row = byPorts.get(key);
      if (!row) {
        row = { direction, servicePorts: [s0, s1], clientPorts: [c0, c1], intervals: [] };
        byPorts.set(key, row);
      }
      const last = row.intervals[row.intervals.length - 1];
      if (last && last[1] + 1 === lo) last[1] = hi;
      else row.intervals.push([lo, hi]);
    }
    rows.push(
      ...[...byPorts.values()].sort(
        (a, b) =>
          a.servicePorts[0] - b.servicePorts[0] ||
          a.servicePorts[1] - b.servicePorts[1] ||
          a.clientPorts[0] - b.clientPorts[0] ||
          a.clientPorts[1] - b.clientPorts[1],
      ),
    );
  }
  return rows;
}

/** The smallest sorted list of CIDR blocks covering a row's addresses. */
export function rowCidrs(row: ReachabilityRow): string[] {
  return row.intervals.flatMap(([lo, hi]) => intervalCidrs(lo, hi));
}

/** A row's ports as text: `8086-8087`, `all ports`. */
export function rowPorts(row: ReachabilityRow): { servicePorts: string; clientPorts: string } {
  return {
    servicePorts: formatPortRange({ from: row.servicePorts[0], to: row.servicePorts[1] }),
    clientPorts: formatPortRange({ from: row.clientPorts[0], to: row.clientPorts[1] }),
  };
}

/** A row as a flow set again. */
export function rowFlows(row: ReachabilityRow): FlowSet {
  const servicePorts = { from: row.servicePorts[0], to: row.servicePorts[1] };
  const clientPorts = { from: row.clientPorts[0], to: row.clientPorts[1] };
  return row.intervals.reduce((set, [lo, hi]) => set.union(FlowSet._ofBox(row.direction, lo, hi, servicePorts, clientPorts)), FlowSet.empty());
}

/** The catalogued FQDNs inside a row's flows. */
export function rowCatalogHosts(row: ReachabilityRow, catalog: EndpointCatalog): string[] {
  return catalogHostsIn(rowFlows(row), row.direction, catalog);
}
