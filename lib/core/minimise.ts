import { RulePurpose, FlowDirection } from './enums';
import { IntendedFlow, PURPOSE_ORDER, sortPurposes } from './flow';
import { blockSize, Ipv4Network, lastAddress, rangeToNetworks } from './ipv4';

/** A rule after minimisation: one CIDR, one port range, the purposes it serves. */
export interface MinimalRule {
  /** Direction seen from the agent. */
  readonly direction: FlowDirection;
  /** The peer network. */
  readonly peer: Ipv4Network;
  /** First TCP port. */
  readonly fromPort: number;
  /** Last TCP port. */
  readonly toPort: number;
  /** Every intended flow's purpose that this rule carries. */
  readonly purposes: RulePurpose[];
}

interface Span {
  readonly first: number;
  readonly last: number;
  readonly fromPort: number;
  readonly toPort: number;
  readonly purposes: readonly RulePurpose[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Merges inclusive intervals that overlap or touch; input need not be sorted. */
function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [first, last] of sorted) {
    const top = merged[merged.length - 1];
    if (top && first <= top[1] + 1) top[1] = Math.max(top[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** Whether any interval of a sorted, disjoint list overlaps `[first, last]`. */
function overlapsAny(sorted: Array<[number, number]>, first: number, last: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][1] < first) lo = mid + 1;
    else if (sorted[mid][0] > last) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Step 1: spans with the same ports aggregate their addresses into the fewest exact CIDRs. */
function aggregateAddresses(spans: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const group of groupBy(spans, (s) => `${s.fromPort}-${s.toPort}`).values()) {
    const { fromPort, toPort } = group[0];
    const byPurpose = new Map<RulePurpose, Array<[number, number]>>();
    for (const span of group) {
      for (const purpose of span.purposes) {
        const list = byPurpose.get(purpose) ?? [];
        list.push([span.first, span.last]);
        byPurpose.set(purpose, list);
      }
    }
    const purposeRanges = PURPOSE_ORDER.filter((p) => byPurpose.has(p)).map((p) => [p, mergeIntervals(byPurpose.get(p)!)] as const);
    for (const [first, last] of mergeIntervals(group.map((s) => [s.first, s.last]))) {
      for (const net of rangeToNetworks(first, last)) {
        const netLast = lastAddress(net);
        const purposes = purposeRanges.filter(([, ranges]) => overlapsAny(ranges, net.network, netLast)).map(([p]) => p);
        result.push({ first: net.network, last: netLast, fromPort, toPort, purposes });
      }
    }
  }
  return result;
}

/** Step 2: spans on the same addresses with touching or overlapping ports merge. */
function mergePorts(spans: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const group of groupBy(spans, (s) => `${s.first}-${s.last}`).values()) {
    const sorted = [...group].sort((a, b) => a.fromPort - b.fromPort || a.toPort - b.toPort);
    let current: { fromPort: number; toPort: number; purposes: Set<RulePurpose> } | undefined;
    const flush = () => {
      if (current)
        result.push({
          first: group[0].first,
          last: group[0].last,
          fromPort: current.fromPort,
          toPort: current.toPort,
          purposes: sortPurposes(current.purposes),
        });
    };
    for (const span of sorted) {
      if (current && span.fromPort <= current.toPort + 1) {
        current.toPort = Math.max(current.toPort, span.toPort);
        span.purposes.forEach((p) => current!.purposes.add(p));
      } else {
        flush();
        current = { fromPort: span.fromPort, toPort: span.toPort, purposes: new Set(span.purposes) };
      }
    }
    flush();
  }
  return result;
}

/** A numeric key of a CIDR block: its first address and prefix length, unique per block. */
function blockKey(first: number, prefix: number): number {
  return first * 64 + prefix;
}

function prefixOf(span: Span): number {
  return 32 - Math.log2(span.last - span.first + 1);
}

/**
 * Step 3: a span contained in another (addresses and ports) disappears and hands its purposes to
 * the container. Spans are CIDR blocks here, so a container is one of the enclosing blocks of the
 * prefix lengths present: each span looks those up instead of comparing against every other span.
 */
function dropContained(spans: readonly Span[]): Span[] {
  const byBlock = new Map<number, Span[]>();
  const prefixes = new Set<number>();
  for (const span of spans) {
    const prefix = prefixOf(span);
    prefixes.add(prefix);
    const key = blockKey(span.first, prefix);
    const group = byBlock.get(key);
    if (group) group.push(span);
    else byBlock.set(key, [span]);
  }
  const present = [...prefixes].sort((a, b) => b - a);
  const extraPurposes = new Map<Span, Set<RulePurpose>>();
  const dropped = new Set<Span>();
  for (const span of spans) {
    const prefix = prefixOf(span);
    for (const p of present) {
      if (p > prefix) continue;
      const start = span.first - (span.first % blockSize(p));
      const candidates = byBlock.get(blockKey(start, p));
      const container = candidates?.find((c) => c !== span && !dropped.has(c) && c.fromPort <= span.fromPort && c.toPort >= span.toPort);
      if (container) {
        dropped.add(span);
        const extra = extraPurposes.get(container) ?? new Set<RulePurpose>();
        span.purposes.forEach((x) => extra.add(x));
        extraPurposes.get(span)?.forEach((x) => extra.add(x));
        extraPurposes.set(container, extra);
        break;
      }
    }
  }
  return spans
    .filter((s) => !dropped.has(s))
    .map((s) => {
      const extra = extraPurposes.get(s);
      return extra ? { ...s, purposes: sortPurposes([...s.purposes, ...extra]) } : s;
    });
}

function signature(spans: readonly Span[]): string {
  return spans
    .map((s) => `${s.first}-${s.last}:${s.fromPort}-${s.toPort}:${s.purposes.join(',')}`)
    .sort()
    .join('|');
}

function compare(a: Span, b: Span): number {
  return a.first - b.first || b.last - a.last || a.fromPort - b.fromPort || a.toPort - b.toPort;
}

/**
 * The smallest exact rule set of one direction that this minimiser finds: addresses aggregate into
 * CIDRs where exact, touching port ranges on one CIDR merge, contained rules disappear. The union
 * of the output equals the union of the input flows, never more.
 */
function minimiseDirection(direction: FlowDirection, flows: readonly IntendedFlow[]): MinimalRule[] {
  let spans: Span[] = flows.map((f) => ({ ...f, purposes: sortPurposes(f.purposes) }));
  let previous = '';
  for (;;) {
    spans = dropContained(mergePorts(aggregateAddresses(spans)));
    const current = signature(spans);
    if (current === previous) break;
    previous = current;
  }
  return spans.sort(compare).map((s) => ({
    direction,
    peer: { network: s.first, prefix: prefixOf(s) },
    fromPort: s.fromPort,
    toPort: s.toPort,
    purposes: [...s.purposes],
  }));
}

/**
 * Minimises intended flows into rules, ingress first, each direction ordered by address and port.
 * The order depends only on the set of flows, never on the order they were given in.
 */
export function minimiseFlows(flows: readonly IntendedFlow[]): MinimalRule[] {
  return [FlowDirection.INGRESS, FlowDirection.EGRESS].flatMap((direction) =>
    minimiseDirection(
      direction,
      flows.filter((f) => f.direction === direction),
    ),
  );
}
