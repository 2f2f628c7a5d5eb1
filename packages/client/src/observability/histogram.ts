import type { WindowStatistics } from './stats-types.js';

/**
 * Values below this are counted exactly; above it, each power of two is split into
 * {@link SUB_BUCKETS} equal buckets, so a reported percentile is within 1/32 (about 3 %) of the
 * true value. This is HdrHistogram's log-linear layout at two significant digits, in a fixed array.
 */
const SUB_BITS = 5;
const SUB_BUCKETS = 1 << SUB_BITS; // 32
const EXACT_BELOW = SUB_BUCKETS * 2; // 64
/** Largest value recorded as is; larger ones count as `outofrange` and land in the last bucket. */
export const HISTOGRAM_MAX_VALUE = 2 ** 32 - 1;
const TOP_EXPONENT = 31;
const BUCKET_COUNT = EXACT_BELOW + (TOP_EXPONENT - SUB_BITS) * SUB_BUCKETS; // 896

/** The percentiles every window reports, as `[field, quantile]`. */
const PERCENTILES = [
  ['p50', 0.5],
  ['p75', 0.75],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
  ['p99_99', 0.9999],
] as const;

function bucketOf(v: number): number {
  if (v < EXACT_BELOW) return v;
  const e = 31 - Math.clz32(v); // v < 2^32, so clz32 sees every bit
  const sub = v >>> (e - SUB_BITS); // in [32, 63]
  return EXACT_BELOW + (e - SUB_BITS - 1) * SUB_BUCKETS + (sub - SUB_BUCKETS);
}

/** The smallest and largest value that map to bucket `i`. */
function bucketRange(i: number): [number, number] {
  if (i < EXACT_BELOW) return [i, i];
  const k = i - EXACT_BELOW;
  const e = Math.floor(k / SUB_BUCKETS) + SUB_BITS + 1;
  const sub = (k % SUB_BUCKETS) + SUB_BUCKETS;
  const shift = e - SUB_BITS;
  return [sub * 2 ** shift, (sub + 1) * 2 ** shift - 1];
}

/**
 * A windowed latency histogram with fixed memory (896 counters, whatever is recorded): exact
 * min/max/sum/count, a standard deviation, and percentiles read from log-linear buckets. Like
 * librdkafka's window stats it is read and reset once per statistics interval.
 */
export class WindowHistogram {
  private readonly buckets = new Uint32Array(BUCKET_COUNT);
  private cnt = 0;
  private sum = 0;
  private sumSquares = 0;
  private min = 0;
  private max = 0;
  private outOfRange = 0;

  /** Records one value; negatives count as 0, fractions are rounded. */
  record(value: number): void {
    let v = Math.round(value);
    if (!(v > 0)) v = 0; // also catches NaN
    if (v > HISTOGRAM_MAX_VALUE) {
      this.outOfRange++;
      v = HISTOGRAM_MAX_VALUE;
    }
    this.buckets[bucketOf(v)]++;
    if (this.cnt === 0 || v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    this.cnt++;
    this.sum += v;
    this.sumSquares += v * v;
  }

  /** Number of values recorded in this window. */
  get count(): number {
    return this.cnt;
  }

  /** Bytes held by the bucket array; constant. */
  static readonly sizeBytes = BUCKET_COUNT * Uint32Array.BYTES_PER_ELEMENT;

  /** The value at quantile `q` (0..1): the midpoint of its bucket, clamped to [min, max]. */
  percentile(q: number): number {
    if (this.cnt === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.cnt));
    let seen = 0;
    for (let i = 0; i < BUCKET_COUNT; i++) {
      seen += this.buckets[i];
      if (seen >= rank) {
        const [lo, hi] = bucketRange(i);
        return Math.min(this.max, Math.max(this.min, Math.round((lo + hi) / 2)));
      }
    }
    return this.max;
  }

  /** The window's summary; with `reset` (the default) the next window starts empty. */
  snapshot(reset = true): WindowStatistics {
    const cnt = this.cnt;
    const avg = cnt === 0 ? 0 : this.sum / cnt;
    const variance = cnt === 0 ? 0 : Math.max(0, this.sumSquares / cnt - avg * avg);
    const out: WindowStatistics = {
      min: this.min,
      max: this.max,
      avg: Math.round(avg),
      sum: this.sum,
      cnt,
      stddev: Math.round(Math.sqrt(variance)),
      hdrsize: WindowHistogram.sizeBytes,
      p50: 0,
      p75: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      p99_99: 0,
      outofrange: this.outOfRange,
    };
    if (cnt > 0) {
      // One pass over the buckets for all percentiles.
      let seen = 0;
      let next = 0;
      for (let i = 0; i < BUCKET_COUNT && next < PERCENTILES.length; i++) {
        seen += this.buckets[i];
        while (next < PERCENTILES.length && seen >= Math.max(1, Math.ceil(PERCENTILES[next][1] * cnt))) {
          const [lo, hi] = bucketRange(i);
          out[PERCENTILES[next][0]] = Math.min(this.max, Math.max(this.min, Math.round((lo + hi) / 2)));
          next++;
        }
      }
    }
    if (reset) this.reset();
    return out;
  }

  /** Empties the window. */
  reset(): void {
    if (this.cnt > 0) this.buckets.fill(0);
    this.cnt = 0;
    this.sum = 0;
    this.sumSquares = 0;
    this.min = 0;
    this.max = 0;
    this.outOfRange = 0;
  }
}
