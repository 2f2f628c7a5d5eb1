import { describe, expect, it } from 'vitest';
import { reauthenticationDelayMs } from './sasl-authenticator.js';

describe('reauthenticationDelayMs', () => {
  it('renews between 85% and 95% of the session lifetime', () => {
    expect(reauthenticationDelayMs(10_000, () => 0)).toBe(8_500);
    expect(reauthenticationDelayMs(10_000, () => 0.5)).toBe(9_000);
    expect(reauthenticationDelayMs(10_000, () => 0.999_999)).toBe(9_499);
    for (let i = 0; i < 100; i++) {
      const d = reauthenticationDelayMs(3_000);
      expect(d).toBeGreaterThanOrEqual(2_550);
      expect(d).toBeLessThan(2_850);
    }
  });
});
