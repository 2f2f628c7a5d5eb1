import { IllegalOperationError } from '@kafka-aio/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickUniform, StickyPartitionTracker } from './sticky-partition-tracker.js';

/** A deterministic random source cycling through the given values. */
const cycle = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};
const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('StickyPartitionTracker', () => {
  it('sticks to one partition until batchSize bytes were appended, then switches', () => {
    const t = new StickyPartitionTracker({ batchSize: 100, random: cycle(0.1, 0.6) });
    const avail = all(4);
    expect(t.partition('t', 4, avail)).toBe(0);
    t.onAppend('t', 0, 60);
    expect(t.partition('t', 4, avail)).toBe(0);
    t.onAppend('t', 0, 40);
    expect(t.partition('t', 4, avail)).toBe(2);
  });

  it('defers the switch while the batch is open, but not beyond twice the batch size', () => {
    const t = new StickyPartitionTracker({ batchSize: 100, random: cycle(0, 0.9) });
    const avail = all(4);
    expect(t.partition('t', 4, avail)).toBe(0);
    t.onAppend('t', 0, 150, false);
    expect(t.partition('t', 4, avail)).toBe(0);
    t.onAppend('t', 0, 49, false);
    expect(t.partition('t', 4, avail)).toBe(0);
    t.onAppend('t', 0, 1, false);
    expect(t.partition('t', 4, avail)).toBe(3);
  });

  it('ignores appends to other partitions and keeps topics apart', () => {
    const t = new StickyPartitionTracker({ batchSize: 10, random: cycle(0.5) });
    expect(t.partition('a', 2, all(2))).toBe(1);
    expect(t.partition('b', 4, all(4))).toBe(2);
    t.onAppend('a', 0, 1000);
    t.onAppend('c', 0, 1000);
    expect(t.partition('a', 2, all(2))).toBe(1);
    t.onAppend('b', 2, 10);
    expect(t.partition('a', 2, all(2))).toBe(1);
  });

  it('prefers partitions with a leader and switches away from one that lost it', () => {
    const t = new StickyPartitionTracker({ batchSize: 1000, random: cycle(0.99, 0) });
    expect(t.partition('t', 6, [1, 4])).toBe(4);
    // Partition 4 lost its leader: the next record goes elsewhere at once.
    expect(t.partition('t', 6, [1, 2])).toBe(1);
    // No partition has a leader: any partition will do, and the current one is kept.
    expect(t.partition('t', 6, [])).toBe(1);
  });

  it('re-picks when the topic has fewer partitions than the current choice', () => {
    const t = new StickyPartitionTracker({ batchSize: 1000, random: cycle(0.9, 0.1) });
    expect(t.partition('t', 10, all(10))).toBe(9);
    expect(t.partition('t', 3, all(3))).toBe(0);
  });

  it('forgets topics on request', () => {
    const t = new StickyPartitionTracker({ batchSize: 1000, random: cycle(0, 0.5) });
    expect(t.partition('t', 2, all(2))).toBe(0);
    t.forget('t');
    expect(t.partition('t', 2, all(2))).toBe(1);
    t.forget();
    expect(t.partition('t', 2, all(2))).toBe(0);
  });

  it('uses a custom picker and rejects invalid picks', () => {
    const t = new StickyPartitionTracker({ batchSize: 10, pickPartition: ({ partitions }) => partitions - 1 });
    expect(t.partition('t', 5, all(5))).toBe(4);
    const bad = new StickyPartitionTracker({ batchSize: 10, pickPartition: () => 7 });
    expect(() => bad.partition('t', 5, all(5))).toThrow(IllegalOperationError);
  });

  it('rejects a batch size below 1', () => {
    expect(() => new StickyPartitionTracker({ batchSize: 0 })).toThrow(IllegalOperationError);
  });

  it('produces between batchSize and 2 * batchSize bytes per stick, always in range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.boolean()), { minLength: 1, maxLength: 200 }),
        fc.integer(),
        (batchSize, partitions, appends, seed) => {
          let s = seed;
          const random = () => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
          const t = new StickyPartitionTracker({ batchSize, random });
          let current = -1;
          let produced = 0;
          for (const [bytes, allowSwitch] of appends) {
            const p = t.partition('t', partitions, all(partitions));
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThan(partitions);
            if (produced === 0) current = p;
            // Before the threshold the tracker must not have switched.
            expect(p).toBe(current);
            t.onAppend('t', p, bytes, allowSwitch);
            produced += bytes;
            const switched = (allowSwitch && produced >= batchSize) || produced >= 2 * batchSize;
            if (switched) produced = 0;
          }
        },
      ),
    );
  });
});

describe('pickUniform', () => {
  it('spreads choices over the available partitions only', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100; i++) {
      seen.add(pickUniform({ topic: 't', partitions: 8, availablePartitions: [2, 5, 7], random: () => i / 100 }));
    }
    expect([...seen].sort()).toEqual([2, 5, 7]);
  });
});
