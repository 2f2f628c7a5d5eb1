/**
 * Now, in milliseconds since the epoch with sub-millisecond digits. A span's start and end and the
 * duration metric of the same operation are all computed from these readings, so the histogram
 * value equals the span's duration, as the conventions ask.
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Seconds between two {@link now} readings. */
export function secondsBetween(start: number, end: number): number {
  return (end - start) / 1000;
}
