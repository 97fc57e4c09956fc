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

/**
 * Sweeps both sorted segment lists at once, piece by piece between consecutive boundaries, and keeps
 * what `op` keeps: O(|a| + |b|) per level, with no sorting.
 */
function combine(a: PointSet, b: PointSet, op: Op): PointSet {
  if (a.length === 0 && b.length === 0) return [];
  if (b.length === 0) return op(true, false) ? a : [];
  if (a.length === 0) return op(false, true) ? b : [];
  const keepA = op(true, false);
  const keepB = op(false, true);
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  let x = Math.min(a[0].lo, b[0].lo);
  while (i < a.length || j < b.length) {
    const sa = i < a.length && a[i].lo <= x ? a[i] : undefined;
    const sb = j < b.length && b[j].lo <= x ? b[j] : undefined;
    if (!sa && !sb) {
      x = Math.min(i < a.length ? a[i].lo : Infinity, j < b.length ? b[j].lo : Infinity);
      continue;
    }
    let end = Infinity;
    if (sa) end = Math.min(end, sa.hi);
    else if (i < a.length) end = Math.min(end, a[i].lo - 1);
    if (sb) end = Math.min(end, sb.hi);
    else if (j < b.length) end = Math.min(end, b[j].lo - 1);
    if ((sa ?? sb)!.inner === undefined) {
      if (op(sa !== undefined, sb !== undefined)) appendSegment(out, x, end, undefined);
    } else {
      let inner: PointSet;
      if (sa && sb) inner = combine(sa.inner!, sb.inner!, op);
      else if (sa) inner = keepA ? sa.inner! : [];
      else inner = keepB ? sb!.inner! : [];
      if (inner.length > 0) appendSegment(out, x, end, inner);
    }
    x = end + 1;
    if (sa && sa.hi === end) i++;
    if (sb && sb.hi === end) j++;
  }
  return out;
}

/** The index of the first segment that ends at or after `value` (segments sorted and disjoint). */
function firstEndingFrom(set: PointSet, value: number): number {
  let lo = 0;
  let hi = set.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (set[mid].hi < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The segments of `set` that overlap `lo`-`hi` (the ones at the edges whole), found by binary search,
 * so that an operation with a small operand costs little more than the small operand.
 */
function overlapping(set: PointSet, lo: number, hi: number): PointSet {
  const first = firstEndingFrom(set, lo);
  let last = first;
  while (last < set.length && set[last].lo <= hi) last++;
  return first === 0 && last === set.length ? set : set.slice(first, last);
}

/** Every point in `a` or `b`. */
export function union(a: PointSet, b: PointSet): PointSet {
  return combine(a, b, UNION);
}

/** Every point in both `a` and `b`. */
export function intersection(a: PointSet, b: PointSet): PointSet {
  if (a.length === 0 || b.length === 0 || a[a.length - 1].hi < b[0].lo || b[b.length - 1].hi < a[0].lo) return [];
  const small = a.length <= b.length ? a : b;
  const large = small === a ? b : a;
  return combine(small, overlapping(large, small[0].lo, small[small.length - 1].hi), INTERSECTION);
}

/** Every point of `a` not in `b`. */
export function difference(a: PointSet, b: PointSet): PointSet {
  if (a.length === 0 || b.length === 0) return a;
  const within = overlapping(b, a[0].lo, a[a.length - 1].hi);
  return within.length === 0 ? a : combine(a, within, DIFFERENCE);
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
