import { FlowDirection } from '../core/enums';
import { networkContainsAddress } from '../core/ipv4';
import { PortRange } from '../core/port-range';
import { FirewallLayer, FirewallRule, RuleAction, TcpCoverage } from './firewall-model';
import { FlowSet, LAST_IPV4, SERVICE_PORTS } from './flow-set';
import { box, difference, intersection, PointSet, SegmentAccumulator, union } from './interval-sets';
import { FlowLeg, FlowVerdictKind, unseen } from './layer-evaluation';
import { describeResolved } from './values';

/** What the exact analysis is run over. */
export interface AnalysisSpace {
  /** The client ports every flow may use. */
  readonly clientPorts: PortRange;
  /** The agent's address, when given; otherwise every rule's agent side is taken to include the agent. */
  readonly agent?: number;
  /** Whether groups and ACLs defined elsewhere are taken to hold only the rules found. */
  readonly treatExternalAsComplete: boolean;
}

/** A part of the flows of one direction that a layer decides the same way, for the same reason. */
export interface LayerPiece {
  /** Allowed, denied or unknown. */
  readonly verdict: FlowVerdictKind;
  /** The packet that decides: the request, or at a stateless layer the reply. */
  readonly leg: FlowLeg;
  /** The rule that decides, when one does (first match of an ACL, an allowing group rule). */
  readonly rule?: FirewallRule;
  /** Rules with unresolved values that may also match these flows. */
  readonly doubts: FirewallRule[];
  /** Why, in a few words. */
  readonly reason: string;
  /** The flows (one direction). */
  readonly flows: FlowSet;
}

/** The exact result of one layer for both directions. */
export interface LayerFlows {
  /** The layer. */
  readonly layer: FirewallLayer;
  /** Flows the layer certainly lets through (request and, when stateless, reply). */
  readonly allowed: FlowSet;
  /** Flows the layer certainly blocks. */
  readonly denied: FlowSet;
  /** Flows the layer may or may not let through, because of unresolved values or rules not visible. */
  readonly unknown: FlowSet;
  /** The same flows, split by the rule and packet that decide them. */
  readonly pieces: LayerPiece[];
}

const ALLOW = 1;
const DENY = 2;
const UNKNOWN = 4;

function bit(action: RuleAction): number {
  return action === RuleAction.ALLOW ? ALLOW : DENY;
}

function verdictOf(mask: number): FlowVerdictKind {
  if (mask === ALLOW) return FlowVerdictKind.ALLOWED;
  if (mask === DENY) return FlowVerdictKind.DENIED;
  return FlowVerdictKind.UNKNOWN;
}

/** A rule read as a box of one direction's flows: its remote interval and its service x client port rectangle. */
interface RuleShape {
  readonly rule: FirewallRule;
  /** Whether every value that decides the match is known. */
  readonly definite: boolean;
  readonly lo: number;
  readonly hi: number;
  readonly ports: PointSet;
}

function clip(range: PortRange | undefined, within: PortRange): [number, number] {
  if (!range) return [within.from, within.to];
  return [Math.max(range.from, within.from), Math.min(range.to, within.to)];
}

/**
 * Reads a rule as flows of one direction. A request rule (same direction as the flow) matches the
 * service port with its destination ports and the client port with its source ports; a reply rule
 * (opposite direction) the other way round. Unresolved values widen the box to the whole dimension
 * and make the shape indefinite. Returns undefined when the rule can never match an IPv4 TCP flow.
 */
function shapeOf(rule: FirewallRule, reply: boolean, space: AnalysisSpace): RuleShape | undefined {
  if (rule.tcp === TcpCoverage.NOT_TCP || rule.ipv6Only) return undefined;
  let definite = rule.tcp === TcpCoverage.TCP;
  let lo = 0;
  let hi = LAST_IPV4;
  if (rule.remote.value !== undefined) {
    lo = rule.remote.value.network;
    hi = lo + 2 ** (32 - rule.remote.value.prefix) - 1;
  } else definite = false;
  if (space.agent !== undefined && rule.agentSide) {
    if (rule.agentSide.value !== undefined) {
      if (!networkContainsAddress(rule.agentSide.value, space.agent)) return undefined;
    } else definite = false;
  }
  const destination = rule.destinationPorts.known ? rule.destinationPorts.value : undefined;
  if (!rule.destinationPorts.known) definite = false;
  const source = rule.sourcePorts ? (rule.sourcePorts.known ? rule.sourcePorts.value : undefined) : undefined;
  if (rule.sourcePorts && !rule.sourcePorts.known) definite = false;
  const service = clip(reply ? source : destination, SERVICE_PORTS);
  const client = clip(reply ? destination : source, space.clientPorts);
  const ports = box([service, client]);
  if (ports.length === 0) return undefined;
  return { rule, definite, lo, hi, ports };
}

/** Sorted starts of the address intervals within which no rule's remote begins or ends. */
class Segmentation {
  public readonly starts: number[];

  constructor(shapes: readonly RuleShape[]) {
    const points = [0];
    for (const s of shapes) {
      points.push(s.lo);
      if (s.hi < LAST_IPV4) points.push(s.hi + 1);
    }
    points.sort((a, b) => a - b);
    this.starts = points.filter((p, i) => i === 0 || p !== points[i - 1]);
  }

  /** The index of the interval that holds an address. */
  public indexOf(address: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= address) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The last address of an interval. */
  public last(index: number): number {
    return index + 1 < this.starts.length ? this.starts[index + 1] - 1 : LAST_IPV4;
  }
}

/**
 * The part of `part`'s set inside `ports`; what lies outside stays in `next` as a part of its own
 * (the whole part when nothing lies inside).
 */
function splitOff<T extends { readonly set: PointSet }>(part: T, ports: PointSet, next: T[]): PointSet {
  const hit = intersection(part.set, ports);
  if (hit.length === 0) {
    next.push(part);
    return hit;
  }
  const rest = difference(part.set, ports);
  if (rest.length > 0) next.push({ ...part, set: rest });
  return hit;
}

/** A decided part of one interval's port rectangle. */
interface Decided {
  readonly set: PointSet;
  readonly mask: number;
  readonly rule?: FirewallRule;
  readonly doubts: FirewallRule[];
}

/** Names a rule for people: its resource, with its rule number or ACL rule name when it has one. */
export function ruleLabel(rule: FirewallRule): string {
  const order = rule.order ? ` (rule number ${describeResolved(rule.order, String)})` : '';
  const name = rule.name ? ` (${rule.name})` : '';
  return `${rule.resource}${order}${name}`;
}

function pieceReason(
  verdict: FlowVerdictKind,
  leg: FlowLeg,
  rule: FirewallRule | undefined,
  doubts: readonly FirewallRule[],
  ordered: boolean,
  hidden?: string,
): string {
  const doubt = doubts.length > 0 ? `; unresolved rules may match: ${doubts.map(ruleLabel).join(', ')}` : '';
  if (rule) return `${leg}: ${ruleLabel(rule)} ${rule.action === RuleAction.ALLOW ? 'allows' : 'denies'} it${doubt}`;
  if (verdict === FlowVerdictKind.DENIED) return `${leg}: ${ordered ? 'no rule matches: implicit deny' : 'no rule allows it'}`;
  if (hidden && doubts.length === 0) return `${leg}: no visible rule decides; ${hidden}`;
  return `${leg}: undecided${hidden ? `; ${hidden}` : ''}${doubt}`;
}

/** Collects decided parts of intervals, in interval order, into one flow set per (rule, verdict, doubts). */
class PieceCollector {
  private readonly groups = new Map<string, { verdict: FlowVerdictKind; rule?: FirewallRule; doubts: FirewallRule[]; acc: SegmentAccumulator }>();
  private readonly ruleIds = new Map<FirewallRule, number>();

  constructor(
    private readonly direction: FlowDirection,
    private readonly leg: FlowLeg,
    private readonly ordered: boolean,
    private readonly hidden?: string,
  ) {}

  private id(rule: FirewallRule | undefined): string {
    if (!rule) return '-';
    let id = this.ruleIds.get(rule);
    if (id === undefined) {
      id = this.ruleIds.size;
      this.ruleIds.set(rule, id);
    }
    return String(id);
  }

  /**
   * Adds the decided parts of one interval (intervals must come in increasing order). Parts of one
   * interval never fall in the same group: each part's rule and doubts record the distinct path of
   * rules that split it off. A second part for a group would fail the accumulator's order check.
   */
  public addInterval(lo: number, hi: number, parts: readonly Decided[]): void {
    for (const part of parts) {
      const verdict = verdictOf(part.mask);
      const key = JSON.stringify([verdict, this.id(part.rule), part.doubts.map((d) => this.id(d))]);
      let group = this.groups.get(key);
      if (!group) {
        group = { verdict, rule: part.rule, doubts: part.doubts, acc: new SegmentAccumulator() };
        this.groups.set(key, group);
      }
      group.acc.add(lo, hi, part.set);
    }
  }

  /** The pieces collected. */
  public pieces(): LayerPiece[] {
    return [...this.groups.values()].map((g) => {
      const points = g.acc.result();
      return {
        verdict: g.verdict,
        leg: this.leg,
        rule: g.rule,
        doubts: g.doubts,
        reason: pieceReason(g.verdict, this.leg, g.rule, g.doubts, this.ordered, this.hidden),
        flows: this.direction === FlowDirection.INGRESS ? FlowSet._of(points, []) : FlowSet._of([], points),
      };
    });
  }
}

function portUniverse(space: AnalysisSpace): PointSet {
  return box([
    [SERVICE_PORTS.from, SERVICE_PORTS.to],
    [space.clientPorts.from, space.clientPorts.to],
  ]);
}

/** Every flow of one direction, for the client ports analysed. */
export function universe(direction: FlowDirection, space: AnalysisSpace): FlowSet {
  return FlowSet._ofBox(direction, 0, LAST_IPV4, SERVICE_PORTS, space.clientPorts);
}

function opposite(direction: FlowDirection): FlowDirection {
  return direction === FlowDirection.INGRESS ? FlowDirection.EGRESS : FlowDirection.INGRESS;
}

/**
 * First match over ordered rules for one packet of one direction's flows: each interval's port
 * rectangle is handed, rule by rule, to the first rule that matches it. Parts only unresolved rules
 * may match remember those rules' actions; parts no rule matches meet the implicit deny (or stay
 * unknown when rules are not visible). Unplaced rules make every part they may match unknown.
 */
function orderedLeg(layer: FirewallLayer, direction: FlowDirection, leg: FlowLeg, space: AnalysisSpace, hidden: string | undefined): LayerPiece[] {
  const reply = leg === FlowLeg.REPLY;
  const packetDirection = reply ? opposite(direction) : direction;
  const shapesOf = (rules: readonly FirewallRule[]): RuleShape[] =>
    rules.filter((r) => r.direction === packetDirection).flatMap((r) => shapeOf(r, reply, space) ?? []);
  const placed = shapesOf(layer.rules);
  const unplaced = shapesOf(layer.unplacedRules);
  const segmentation = new Segmentation([...placed, ...unplaced]);
  const count = segmentation.starts.length;
  const all = portUniverse(space);
  const pending: Array<Array<{ set: PointSet; mask: number; doubts: FirewallRule[] }>> = Array.from({ length: count }, () => [
    { set: all, mask: 0, doubts: [] },
  ]);
  const decided: Decided[][] = Array.from({ length: count }, () => []);
  for (const shape of placed) {
    const first = segmentation.indexOf(shape.lo);
    const last = segmentation.indexOf(shape.hi);
    for (let i = first; i <= last; i++) {
      const list = pending[i];
      if (list.length === 0) continue;
      const next: typeof list = [];
      for (const part of list) {
        const hit = splitOff(part, shape.ports, next);
        if (hit.length === 0) continue;
        if (shape.definite) decided[i].push({ set: hit, mask: part.mask | bit(shape.rule.action), rule: shape.rule, doubts: part.doubts });
        else next.push({ set: hit, mask: part.mask | bit(shape.rule.action), doubts: [...part.doubts, shape.rule] });
      }
      pending[i] = next;
    }
  }
  for (let i = 0; i < count; i++) {
    for (const part of pending[i]) decided[i].push({ set: part.set, mask: part.mask | (hidden ? UNKNOWN : DENY), doubts: part.doubts });
  }
  for (const shape of unplaced) {
    const first = segmentation.indexOf(shape.lo);
    const last = segmentation.indexOf(shape.hi);
    for (let i = first; i <= last; i++) {
      const next: Decided[] = [];
      for (const part of decided[i]) {
        const hit = splitOff(part, shape.ports, next);
        if (hit.length === 0) continue;
        next.push({
          set: hit,
          mask: part.mask | bit(shape.rule.action) | UNKNOWN,
          rule: undefined,
          doubts: [...part.doubts, ...(part.rule ? [part.rule] : []), shape.rule],
        });
      }
      decided[i] = next;
    }
  }
  const collector = new PieceCollector(direction, leg, true, hidden);
  for (let i = 0; i < count; i++) collector.addInterval(segmentation.starts[i], segmentation.last(i), decided[i]);
  return collector.pieces();
}

/** Ports of one address interval that unresolved rules may allow, with exactly the rules that may match all of them. */
interface Doubtful {
  readonly set: PointSet;
  readonly doubts: FirewallRule[];
}

/**
 * Adds an indefinite shape to the doubtful parts of an interval: each part it overlaps splits into
 * the overlap, which the shape's rule may also match, and the rest; its ports outside every part
 * become a part of their own. Parts stay disjoint, each with a distinct list of rules.
 */
function withDoubt(parts: readonly Doubtful[], shape: RuleShape): Doubtful[] {
  const next: Doubtful[] = [];
  let fresh = shape.ports;
  for (const part of parts) {
    const overlap = intersection(part.set, shape.ports);
    const outside = difference(part.set, shape.ports);
    if (overlap.length > 0) next.push({ set: overlap, doubts: [...part.doubts, shape.rule] });
    if (outside.length > 0) next.push({ set: outside, doubts: part.doubts });
    fresh = difference(fresh, part.set);
  }
  if (fresh.length > 0) next.push({ set: fresh, doubts: [shape.rule] });
  return next;
}

/**
 * A stateful layer (security groups): a flow passes when any rule of its direction allows it. Each
 * allowing rule is a piece of its own (pieces of different rules may overlap).
 */
function statefulLeg(layer: FirewallLayer, direction: FlowDirection, space: AnalysisSpace, hidden: string | undefined): LayerPiece[] {
  const shapes = layer.rules.filter((r) => r.direction === direction && r.action === RuleAction.ALLOW).flatMap((r) => shapeOf(r, false, space) ?? []);
  const segmentation = new Segmentation(shapes);
  const count = segmentation.starts.length;
  const allowed: PointSet[] = Array.from({ length: count }, () => []);
  const maybe: Doubtful[][] = Array.from({ length: count }, () => []);
  for (const shape of shapes) {
    const first = segmentation.indexOf(shape.lo);
    const last = segmentation.indexOf(shape.hi);
    for (let i = first; i <= last; i++) {
      if (shape.definite) allowed[i] = union(allowed[i], shape.ports);
      else maybe[i] = withDoubt(maybe[i], shape);
    }
  }
  const pieces: LayerPiece[] = shapes
    .filter((s) => s.definite)
    .map((s) => {
      const flows = FlowSet._of(...byDirection(direction, box([[s.lo, s.hi], ...rangesOf(s.ports)])));
      return {
        verdict: FlowVerdictKind.ALLOWED,
        leg: FlowLeg.REQUEST,
        rule: s.rule,
        doubts: [],
        reason: pieceReason(FlowVerdictKind.ALLOWED, FlowLeg.REQUEST, s.rule, [], false),
        flows,
      };
    });
  const all = portUniverse(space);
  const collector = new PieceCollector(direction, FlowLeg.REQUEST, false, hidden);
  for (let i = 0; i < count; i++) {
    const parts: Decided[] = [];
    let rest = difference(all, allowed[i]);
    for (const part of maybe[i]) {
      const unknownPart = difference(part.set, allowed[i]);
      if (unknownPart.length > 0) parts.push({ set: unknownPart, mask: ALLOW | UNKNOWN, doubts: part.doubts });
      rest = difference(rest, part.set);
    }
    if (rest.length > 0) parts.push({ set: rest, mask: hidden ? UNKNOWN : DENY, doubts: [] });
    collector.addInterval(segmentation.starts[i], segmentation.last(i), parts);
  }
  return [...pieces, ...collector.pieces()];
}

/** The single box of a one-box 2D set as ranges (shapes' port rectangles are boxes). */
function rangesOf(ports: PointSet): Array<[number, number]> {
  const service = ports[0];
  const client = service.inner![0];
  return [
    [service.lo, service.hi],
    [client.lo, client.hi],
  ];
}

function byDirection(direction: FlowDirection, points: PointSet): [PointSet, PointSet] {
  return direction === FlowDirection.INGRESS ? [points, []] : [[], points];
}

function unionAll(sets: readonly FlowSet[]): FlowSet {
  // Pairwise, so that the cost stays n log n in the number of sets.
  let level = [...sets];
  if (level.length === 0) return FlowSet.empty();
  while (level.length > 1) {
    const next: FlowSet[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? level[i].union(level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

/**
 * The exact flows a layer allows, denies and cannot decide, for both directions, over every remote
 * address, service port and the client ports of the space.
 */
export function analyzeLayer(layer: FirewallLayer, space: AnalysisSpace): LayerFlows {
  const hidden = unseen(layer, space);
  const pieces: LayerPiece[] = [];
  let allowed = FlowSet.empty();
  let denied = FlowSet.empty();
  for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
    if (layer.stateful) {
      const legPieces = statefulLeg(layer, direction, space, hidden);
      pieces.push(...legPieces);
      allowed = allowed.union(unionAll(legPieces.filter((p) => p.verdict === FlowVerdictKind.ALLOWED).map((p) => p.flows)));
      denied = denied.union(unionAll(legPieces.filter((p) => p.verdict === FlowVerdictKind.DENIED).map((p) => p.flows)));
    } else {
      const request = orderedLeg(layer, direction, FlowLeg.REQUEST, space, hidden);
      const reply = orderedLeg(layer, direction, FlowLeg.REPLY, space, hidden);
      pieces.push(...request, ...reply);
      const allowedBy = (legPieces: LayerPiece[]): FlowSet =>
        unionAll(legPieces.filter((p) => p.verdict === FlowVerdictKind.ALLOWED).map((p) => p.flows));
      const deniedBy = (legPieces: LayerPiece[]): FlowSet =>
        unionAll(legPieces.filter((p) => p.verdict === FlowVerdictKind.DENIED).map((p) => p.flows));
      allowed = allowed.union(allowedBy(request).intersect(allowedBy(reply)));
      denied = denied.union(deniedBy(request).union(deniedBy(reply)));
    }
  }
  const everything = universe(FlowDirection.INGRESS, space).union(universe(FlowDirection.EGRESS, space));
  return { layer, allowed, denied, unknown: everything.subtract(allowed).subtract(denied), pieces };
}
