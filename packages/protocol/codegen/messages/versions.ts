/**
 * Version ranges as written in the specs ("0+", "3-5", "7", "none") and the `v` conditions the
 * emitters print. Conditions are simplified against the versions a struct can actually be
 * encoded at, so that a field present in every version costs no branch at all.
 */

/** Kafka versions are int16; "N+" is open-ended and is represented with this upper bound. */
export const MAX_VERSION = 0x7fff;

/** An inclusive range; empty when `lo > hi`. */
export interface VersionRange {
  readonly lo: number;
  readonly hi: number;
}

export const EMPTY_RANGE: VersionRange = { lo: 0, hi: -1 };

export function parseVersions(spec: string | undefined, what: string): VersionRange {
  if (spec === undefined) return EMPTY_RANGE;
  const s = spec.trim();
  if (s === 'none') return EMPTY_RANGE;
  let m = /^(\d+)\+$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: MAX_VERSION };
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[2]) };
  m = /^(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) };
  throw new Error(`${what}: cannot parse version range ${JSON.stringify(spec)}`);
}

export function isEmpty(r: VersionRange): boolean {
  return r.lo > r.hi;
}

export function intersect(a: VersionRange, b: VersionRange): VersionRange {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo > hi ? EMPTY_RANGE : { lo, hi };
}

/** The smallest range covering both (used when one common struct is reached along two paths). */
export function hull(a: VersionRange, b: VersionRange): VersionRange {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function contains(r: VersionRange, v: number): boolean {
  return v >= r.lo && v <= r.hi;
}

export function covers(outer: VersionRange, inner: VersionRange): boolean {
  return isEmpty(inner) || (outer.lo <= inner.lo && outer.hi >= inner.hi);
}

/**
 * `a` minus `b` when the result is one range (the specs only ever tag a suffix of a field's
 * versions); throws otherwise so that an unexpected spec shape is noticed, not mis-encoded.
 */
export function subtract(a: VersionRange, b: VersionRange, what: string): VersionRange {
  const overlap = intersect(a, b);
  if (isEmpty(overlap)) return a;
  if (overlap.lo === a.lo && overlap.hi === a.hi) return EMPTY_RANGE;
  if (overlap.hi === a.hi) return { lo: a.lo, hi: overlap.lo - 1 };
  if (overlap.lo === a.lo) return { lo: overlap.hi + 1, hi: a.hi };
  throw new Error(`${what}: version range ${format(a)} minus ${format(b)} is not a single range`);
}

export function format(r: VersionRange): string {
  if (isEmpty(r)) return 'none';
  if (r.hi === MAX_VERSION) return `${r.lo}+`;
  return r.lo === r.hi ? `${r.lo}` : `${r.lo}-${r.hi}`;
}

/**
 * A condition on `v` that holds exactly for the versions of `r`, given that `v` is known to be in
 * `ctx`. Returns `true`/`false` when the answer does not depend on `v`.
 */
export function versionCondition(r: VersionRange, ctx: VersionRange, v = 'v'): string | boolean {
  const x = intersect(r, ctx);
  if (isEmpty(x)) return false;
  const needLo = x.lo > ctx.lo;
  const needHi = x.hi < ctx.hi;
  if (!needLo && !needHi) return true;
  if (needLo && needHi) return x.lo === x.hi ? `${v} === ${x.lo}` : `${v} >= ${x.lo} && ${v} <= ${x.hi}`;
  return needLo ? `${v} >= ${x.lo}` : `${v} <= ${x.hi}`;
}

/** The negation of {@link versionCondition}: `v` in `ctx` but not in `r`. */
export function notVersionCondition(r: VersionRange, ctx: VersionRange, v = 'v'): string | boolean {
  const x = intersect(r, ctx);
  if (isEmpty(x)) return true;
  const needLo = x.lo > ctx.lo;
  const needHi = x.hi < ctx.hi;
  if (!needLo && !needHi) return false;
  if (needLo && needHi) return `${v} < ${x.lo} || ${v} > ${x.hi}`;
  return needLo ? `${v} < ${x.lo}` : `${v} > ${x.hi}`;
}
