/**
 * Exact sets of integer points in a few dimensions, in one canonical form: a sorted list of
 * disjoint, non-touching-when-equal intervals of the first dimension, each holding the set of the
 * remaining dimensions. Two sets are equal exactly when their forms are equal, and every operation
 * sweeps the interval boundaries of its operands once per level.
 */

/** One interval of a dimension and, below the last dimension, the set of the remaining dimensions. */
export interface Segment {
  /** First value, inclusive. */
  readonly lo: number;
  /** Last value, inclusive. */
  readonly hi: number;
  /** The set of the remaining dimensions over this interval; undefined in the last dimension. */
  readonly inner?: Segment[];
}

/** A canonical set: segments sorted by `lo`, disjoint, non-empty, adjacent segments with different content. */
export type PointSet = Segment[];

type Op = (inA: boolean, inB: boolean) => boolean;

const UNION: Op = (a, b) => a || b;
const INTERSECTION: Op = (a, b) => a && b;
const DIFFERENCE: Op = (a, b) => a && !b;

/** Whether two canonical sets are equal. */
export function setsEqual(a: PointSet | undefined, b: PointSet | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].lo !== b[i].lo || a[i].hi !== b[i].hi || !setsEqual(a[i].inner, b[i].inner)) return false;
  }
  return true;
}

/** Appends a segment, merging it into the previous one when they touch and hold the same content. */
export function appendSegment(out: Segment[], lo: number, hi: number, inner: PointSet | undefined): void {
  const last = out[out.length - 1];
  if (last && last.hi + 1 === lo && setsEqual(last.inner, inner)) out[out.length - 1] = { lo: last.lo, hi, inner: last.inner };
  else out.push(inner === undefined ? { lo, hi } : { lo, hi, inner });
}

/** The boundaries (each `lo` and `hi + 1`) of two sorted segment lists, merged and deduplicated. */
function cuts(a: PointSet, b: PointSet): number[] {
  const points: number[] = [];
  for (const s of a) points.push(s.lo, s.hi + 1);
  for (const s of b) points.push(s.lo, s.hi + 1);
  points.sort((x, y) => x - y);
  const unique: number[] = [];
  for (const p of points) if (unique.length === 0 || unique[unique.length - 1] !== p) unique.push(p);
  return unique;
}

function combine(a: PointSet, b: PointSet, op: Op): PointSet {
  if (a.length === 0 && b.length === 0) return [];
  if (b.length === 0) return op(true, false) ? a : [];
  if (a.length === 0) return op(false, true) ? b : [];
  const points = cuts(a, b);
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const lo = points[k];
    const hi = points[k + 1] - 1;
    while (i < a.length && a[i].hi < lo) i++;
    while (j < b.length && b[j].hi < lo) j++;
    const sa = i < a.length && a[i].lo <= lo ? a[i] : undefined;
    const sb = j < b.length && b[j].lo <= lo ? b[j] : undefined;
    if (!sa && !sb) continue;
    const leaf = (sa ?? sb)!.inner === undefined;
    if (leaf) {
      if (op(sa !== undefined, sb !== undefined)) appendSegment(out, lo, hi, undefined);
      continue;
    }
    let inner: PointSet;
    if (sa && sb) inner = combine(sa.inner!, sb.inner!, op);
    else if (sa) inner = op(true, false) ? sa.inner! : [];
    else inner = op(false, true) ? sb!.inner! : [];
    if (inner.length > 0) appendSegment(out, lo, hi, inner);
  }
  return out;
}

/** Every point in `a` or `b`. */
export function union(a: PointSet, b: PointSet): PointSet {
  return combine(a, b, UNION);
}

/** Every point in both `a` and `b`. */
export function intersection(a: PointSet, b: PointSet): PointSet {
  if (a.length === 0 || b.length === 0 || a[a.length - 1].hi < b[0].lo || b[b.length - 1].hi < a[0].lo) return [];
  return combine(a, b, INTERSECTION);
}

/** Every point of `a` not in `b`. */
export function difference(a: PointSet, b: PointSet): PointSet {
  return combine(a, b, DIFFERENCE);
}

/** Whether every point of `inner` is in `outer`. */
export function isSubset(inner: PointSet, outer: PointSet): boolean {
  return difference(inner, outer).length === 0;
}

/** The box of the given inclusive ranges, one per dimension; empty when a range is empty. */
export function box(ranges: ReadonlyArray<readonly [number, number]>): PointSet {
  let set: PointSet | undefined;
  for (let d = ranges.length - 1; d >= 0; d--) {
    const [lo, hi] = ranges[d];
    if (lo > hi) return [];
    set = [set === undefined ? { lo, hi } : { lo, hi, inner: set }];
  }
  return set ?? [];
}

/** The disjoint boxes of a set, as one inclusive range per dimension each, in the set's order. */
export function boxesOf(set: PointSet): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = [];
  const walk = (segments: PointSet, prefix: Array<[number, number]>): void => {
    for (const s of segments) {
      const here: Array<[number, number]> = [...prefix, [s.lo, s.hi]];
      if (s.inner === undefined) result.push(here);
      else walk(s.inner, here);
    }
  };
  walk(set, []);
  return result;
}

/** Whether a set holds a point given as one value per dimension. */
export function containsPoint(set: PointSet, point: readonly number[]): boolean {
  let segments: PointSet | undefined = set;
  for (const value of point) {
    if (segments === undefined) return false;
    const found: Segment | undefined = segments.find((s) => s.lo <= value && value <= s.hi);
    if (!found) return false;
    segments = found.inner;
  }
  return true;
}

/** Builds a canonical set from segments of the first dimension given in increasing, disjoint order. */
export class SegmentAccumulator {
  private readonly segments: Segment[] = [];

  /** Adds the points `lo`-`hi` x `inner`; `inner` empty adds nothing. */
  public add(lo: number, hi: number, inner: PointSet): void {
    if (inner.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.hi >= lo) throw new Error('segments must be added in increasing, disjoint order');
    appendSegment(this.segments, lo, hi, inner);
  }

  /** The set built so far. */
  public result(): PointSet {
    return this.segments;
  }
}
