import { describe, expect, it } from 'vitest';
import { CompressionRatios } from './compression-ratio.js';

describe('CompressionRatios', () => {
  it('is exactly 1 without compression, whatever is observed', () => {
    const r = new CompressionRatios(false);
    r.observe('t', 1000, 100);
    expect(r.estimate('t')).toBe(1);
  });

  it('starts at no gain, then comes down gradually toward what batches show, per topic', () => {
    const r = new CompressionRatios(true);
    expect(r.estimate('t')).toBeCloseTo(1.05);
    r.observe('t', 1000, 400);
    expect(r.estimate('t')).toBeCloseTo((1 - 0.6 * 0.1) * 1.05);
    for (let i = 0; i < 100; i++) r.observe('t', 1000, 400);
    expect(r.estimate('t')).toBeCloseTo(0.4 * 1.05, 3);
    expect(r.estimate('other')).toBeCloseTo(1.05);
  });

  it('jumps up at once when data compresses worse, and is bounded on both sides', () => {
    const r = new CompressionRatios(true);
    for (let i = 0; i < 100; i++) r.observe('t', 1000, 10);
    expect(r.estimate('t')).toBeCloseTo(0.25 * 1.05, 3);
    r.observe('t', 1000, 2000);
    expect(r.estimate('t')).toBeCloseTo(1.1 * 1.05);
    r.observe('t', 0, 50);
    expect(r.estimate('t')).toBeCloseTo(1.1 * 1.05);
  });
});
