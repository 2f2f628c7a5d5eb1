import { describe, expect, it } from 'vitest';
import { fuzzRecords } from '../../scripts/fuzz-records.js';

describe('decoder robustness', () => {
  it('random and mutated batches end in success or ProtocolError, quickly', async () => {
    const report = await fuzzRecords(5000, 20240601, 1000);
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(5000);
    expect(report.protocolErrors).toBeGreaterThan(1000);
    expect(report.decodedOk).toBeGreaterThan(100);
  });
});
