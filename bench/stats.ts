/** Small statistics helpers shared by the runner and the Node clients. */
import type { Latency } from './job.js';

/** The median of `xs` (mean of the two middle values for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Smallest and largest value, the spread reported next to each median. */
export function spread(xs: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/** The value at quantile `q` (0..1) of an ascending array, nearest-rank. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** p50/p99/p99.9/max of `samples` (milliseconds); sorts `samples` in place. */
export function latencySummary(samples: Float64Array): Latency {
  samples.sort();
  return {
    p50: quantileSorted(samples, 0.5),
    p99: quantileSorted(samples, 0.99),
    p999: quantileSorted(samples, 0.999),
    max: samples.length ? samples[samples.length - 1] : Number.NaN,
  };
}
