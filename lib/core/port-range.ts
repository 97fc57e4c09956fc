/**
 * An inclusive TCP port range: every port from `from` to `to`. The policy's ephemeral ports, the
 * ports of stateless rules and the ports the review reads from synthesized output all have this shape.
 */
export interface PortRange {
  /** First port of the range. */
  readonly from: number;
  /** Last port of the range, not below `from`. */
  readonly to: number;
}

/** Whether two optional ranges are both absent or have the same ends. */
export function samePortRange(a: PortRange | undefined, b: PortRange | undefined): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** Whether every port of `inner` lies in `outer`. */
export function portRangeContains(outer: PortRange, inner: PortRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/**
 * The client (ephemeral) port range of stateless rules: the former name of {@link PortRange}, with
 * the same fields. It is an interface rather than a type alias because jsii has none.
 * @deprecated use PortRange; removed in the next minor version
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a deprecated name needs its own interface, since jsii has no type aliases
export interface EphemeralPortRange extends PortRange {}
