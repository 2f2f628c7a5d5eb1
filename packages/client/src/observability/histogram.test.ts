import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_MAX_VALUE, WindowHistogram } from './histogram.js';

function exactPercentile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

describe('WindowHistogram', () => {
  it('is all zeros when empty', () => {
    const s = new WindowHistogram().snapshot();
    expect(s).toMatchObject({ min: 0, max: 0, avg: 0, sum: 0, cnt: 0, stddev: 0, p50: 0, p99_99: 0, outofrange: 0 });
    expect(s.hdrsize).toBe(WindowHistogram.sizeBytes);
  });

  it('reports small values exactly', () => {
    const h = new WindowHistogram();
    for (let v = 1; v <= 50; v++) h.record(v);
    const s = h.snapshot();
    expect(s).toMatchObject({ min: 1, max: 50, cnt: 50, sum: 1275, avg: 26, p50: 25, p75: 38, p90: 45, p99: 50 });
    expect(s.stddev).toBe(14); // sqrt((50^2 - 1) / 12) = 14.43
  });

  it('keeps percentiles within 1/32 of the exact value for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 }), { minLength: 1, maxLength: 400 }), (values) => {
        const h = new WindowHistogram();
        for (const v of values) h.record(v);
        const s = h.snapshot();
        const sorted = [...values].sort((a, b) => a - b);
        expect(s.cnt).toBe(values.length);
        expect(s.min).toBe(sorted[0]);
        expect(s.max).toBe(sorted[sorted.length - 1]);
        for (const [key, q] of [
          ['p50', 0.5],
          ['p90', 0.9],
          ['p99', 0.99],
          ['p99_99', 0.9999],
        ] as const) {
          const exact = exactPercentile(sorted, q);
          expect(Math.abs(s[key] - exact)).toBeLessThanOrEqual(Math.max(1, exact / 32));
        }
      }),
    );
  });

  it('starts a new window after each snapshot (librdkafka-style windowed stats)', () => {
    const h = new WindowHistogram();
    h.record(1000);
    h.record(3000);
    expect(h.snapshot()).toMatchObject({ cnt: 2, min: 1000, max: 3000 });
    expect(h.snapshot()).toMatchObject({ cnt: 0, min: 0, max: 0, p50: 0 });
    h.record(7);
    expect(h.snapshot(false)).toMatchObject({ cnt: 1, p50: 7 });
    expect(h.snapshot()).toMatchObject({ cnt: 1, p50: 7 });
  });

  it('uses fixed memory however many values it sees, and counts values beyond its range', () => {
    const h = new WindowHistogram();
    for (let i = 0; i < 200_000; i++) h.record(Math.random() * 5e6);
    h.record(HISTOGRAM_MAX_VALUE * 4);
    h.record(-5);
    h.record(Number.NaN);
    const s = h.snapshot();
    expect(s.cnt).toBe(200_003);
    expect(s.outofrange).toBe(1);
    expect(s.min).toBe(0);
    expect(s.max).toBe(HISTOGRAM_MAX_VALUE);
    expect(s.hdrsize).toBe(WindowHistogram.sizeBytes);
    expect(WindowHistogram.sizeBytes).toBeLessThan(4096);
  });

  it('is JSON-serializable as is', () => {
    const h = new WindowHistogram();
    h.record(12.6);
    expect(JSON.parse(JSON.stringify(h.snapshot()))).toMatchObject({ cnt: 1, sum: 13, p50: 13 });
  });
});
