import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStickyUserData, encodeStickyUserData } from './sticky-user-data.js';

// Bytes printed by Java's StickyAssignor.subscriptionUserData (kafka-clients 4.3.1) after an
// assignment of t0 [0, 2] in generation 7, and of nothing in generation 8.
const JAVA_T0_0_2_GEN_7 = '000000010002743000000002000000000000000200000007';
const JAVA_EMPTY_GEN_8 = '0000000000000008';

describe('sticky userData', () => {
  it('encodes what Java encodes', () => {
    const parts = [
      { topic: 't0', partition: 0 },
      { topic: 't0', partition: 2 },
    ];
    expect(encodeStickyUserData(parts, 7).toString('hex')).toBe(JAVA_T0_0_2_GEN_7);
    expect(encodeStickyUserData([], 8).toString('hex')).toBe(JAVA_EMPTY_GEN_8);
  });

  it('decodes what Java encodes, and the version-0 layout without a generation', () => {
    expect(decodeStickyUserData(Buffer.from(JAVA_T0_0_2_GEN_7, 'hex'))).toEqual({
      partitions: [
        { topic: 't0', partition: 0 },
        { topic: 't0', partition: 2 },
      ],
      generation: 7,
    });
    expect(decodeStickyUserData(Buffer.from(JAVA_T0_0_2_GEN_7.slice(0, -8), 'hex'))?.generation).toBe(-1);
  });

  it('round-trips any assignment, grouping partitions by topic', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ topic: fc.string({ maxLength: 20 }), partition: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
        ),
        fc.integer({ min: -1, max: 2 ** 31 - 1 }),
        (partitions, generation) => {
          const decoded = decodeStickyUserData(encodeStickyUserData(partitions, generation));
          const sortKey = (x: { topic: string; partition: number }) => `${x.topic}\u0000${x.partition}`;
          expect(decoded?.generation).toBe(generation);
          expect(decoded?.partitions.map(sortKey).sort()).toEqual(partitions.map(sortKey).sort());
        },
      ),
    );
  });

  it('returns null, never throws, for malformed bytes', () => {
    expect(decodeStickyUserData(Buffer.from('0000', 'hex'))).toBeNull();
    expect(decodeStickyUserData(Buffer.from('ffffffff', 'hex'))).toBeNull();
    expect(decodeStickyUserData(Buffer.from(`${JAVA_T0_0_2_GEN_7}00`, 'hex'))).toBeNull();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeStickyUserData(Buffer.from(bytes));
        if (decoded !== null) expect(Array.isArray(decoded.partitions)).toBe(true);
      }),
    );
  });
});
