import { FlowDirection } from '../core/enums';
import { formatCidr, formatIpv4, isNetwork, lastAddress, parseCidr, parseIpv4, rangeToNetworks } from '../core/ipv4';
import { PortRange } from '../core/port-range';
import { box, boxesOf, containsPoint, difference, intersection, PointSet, setsEqual, union } from './interval-sets';
import { ALL_PORTS } from './values';

/** The last IPv4 address as an unsigned integer. */
export const LAST_IPV4 = 0xffffffff;

/** Every TCP port, as the service-port dimension of flow sets. */
export const SERVICE_PORTS: PortRange = ALL_PORTS;

/** One box of a flow set: an address interval x service ports x client ports, in one direction. */
export interface FlowBlock {
  /** `ingress`: the remote end connects to the agent; `egress`: the agent connects to the remote end. */
  readonly direction: FlowDirection;
  /** First remote address of the interval. */
  readonly firstAddress: string;
  /** Last remote address of the interval. */
  readonly lastAddress: string;
  /** The interval as the smallest list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports: on the remote end for egress, on the agent for ingress. */
  readonly servicePorts: PortRange;
  /** The client's source ports: the agent's for egress, the remote end's for ingress. */
  readonly clientPorts: PortRange;
}

/** The smallest list of CIDR blocks covering exactly an inclusive address interval, as text. */
export function intervalCidrs(first: number, last: number): string[] {
  return rangeToNetworks(first, last).map(formatCidr);
}

/**
 * An exact set of TCP flows, per direction, over remote IPv4 address x service port x client port.
 * Held in a canonical form (sorted disjoint address intervals, each with its port boxes), so two sets
 * are equal exactly when they hold the same flows. Immutable: every operation returns a new set.
 */
export class FlowSet {
  /** The set without any flow. */
  public static empty(): FlowSet {
    return new FlowSet([], []);
  }

  /**
   * Every flow of one direction with a remote address in a CIDR (or an address), a service port in a
   * range and a client port in a range.
   * @param direction the direction seen from the agent
   * @param cidr an IPv4 CIDR or address
   * @param servicePorts the service ports
   * @param clientPorts the client ports
   */
  public static ofRange(direction: FlowDirection, cidr: string, servicePorts: PortRange, clientPorts: PortRange): FlowSet {
    const net = parseCidr(cidr);
    if (!isNetwork(net)) throw new Error(`'${cidr}' is not an IPv4 CIDR or address`);
    return FlowSet._ofBox(direction, net.network, lastAddress(net), servicePorts, clientPorts);
  }

  /**
   * One box of flows from numeric bounds.
   * @internal
   */
  public static _ofBox(
    direction: FlowDirection,
    firstAddress: number,
    lastAddress: number,
    servicePorts: PortRange,
    clientPorts: PortRange,
  ): FlowSet {
    const set = box([
      [firstAddress, lastAddress],
      [servicePorts.from, servicePorts.to],
      [clientPorts.from, clientPorts.to],
    ]);
    return direction === FlowDirection.INGRESS ? new FlowSet(set, []) : new FlowSet([], set);
  }

  /**
   * A set from canonical point sets per direction.
   * @internal
   */
  public static _of(ingress: PointSet, egress: PointSet): FlowSet {
    return new FlowSet(ingress, egress);
  }

  private constructor(
    private readonly ingress: PointSet,
    private readonly egress: PointSet,
  ) {}

  /**
   * The canonical point set of one direction.
   * @internal
   */
  public _points(direction: FlowDirection): PointSet {
    return direction === FlowDirection.INGRESS ? this.ingress : this.egress;
  }

  /** Whether the set holds no flow. */
  public get isEmpty(): boolean {
    return this.ingress.length === 0 && this.egress.length === 0;
  }

  /**
   * Every flow in this set or the other.
   * @param other another set
   */
  public union(other: FlowSet): FlowSet {
    return new FlowSet(union(this.ingress, other.ingress), union(this.egress, other.egress));
  }

  /**
   * Every flow in both sets.
   * @param other another set
   */
  public intersect(other: FlowSet): FlowSet {
    return new FlowSet(intersection(this.ingress, other.ingress), intersection(this.egress, other.egress));
  }

  /**
   * Every flow of this set that is not in the other.
   * @param other another set
   */
  public subtract(other: FlowSet): FlowSet {
    return new FlowSet(difference(this.ingress, other.ingress), difference(this.egress, other.egress));
  }

  /**
   * Whether both sets hold exactly the same flows.
   * @param other another set
   */
  public isEqualTo(other: FlowSet): boolean {
    return setsEqual(this.ingress, other.ingress) && setsEqual(this.egress, other.egress);
  }

  /**
   * Whether both sets hold exactly the same flows.
   * @param other another set
   * @deprecated use `isEqualTo`: jsii refuses a member named `equals` (JSII5016), so other languages never see it
   * @jsii ignore
   */
  public equals(other: FlowSet): boolean {
    return this.isEqualTo(other);
  }

  /**
   * Whether every flow of the other set is in this one.
   * @param other another set
   */
  public includes(other: FlowSet): boolean {
    return other.subtract(this).isEmpty;
  }

  /**
   * Whether the set holds one flow.
   * @param direction the direction seen from the agent
   * @param address the remote IPv4 address
   * @param servicePort the service port
   * @param clientPort the client port
   */
  public containsFlow(direction: FlowDirection, address: string, servicePort: number, clientPort: number): boolean {
    const remote = parseIpv4(address);
    if (remote === undefined) throw new Error(`'${address}' is not an IPv4 address`);
    return containsPoint(this._points(direction), [remote, servicePort, clientPort]);
  }

  /** The set's disjoint boxes, ingress first, each by address interval then ports. */
  public get blocks(): FlowBlock[] {
    const result: FlowBlock[] = [];
    for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
      for (const [[first, last], [s0, s1], [c0, c1]] of boxesOf(this._points(direction))) {
        result.push({
          direction,
          firstAddress: formatIpv4(first),
          lastAddress: formatIpv4(last),
          cidrs: intervalCidrs(first, last),
          servicePorts: { from: s0, to: s1 },
          clientPorts: { from: c0, to: c1 },
        });
      }
    }
    return result;
  }

  /** The set as `JSON.stringify` writes it: its blocks. */
  public toJSON(): FlowBlock[] {
    return this.blocks;
  }
}
