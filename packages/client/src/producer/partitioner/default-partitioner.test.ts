import { IllegalOperationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { DefaultPartitioner } from './default-partitioner.js';
import type { PartitionerContext } from './types.js';

const ctx = (over: Partial<PartitionerContext> = {}): PartitionerContext => ({
  topic: 't',
  key: null,
  value: Buffer.from('v'),
  partitions: 12,
  availablePartitions: Array.from({ length: 12 }, (_, i) => i),
  ...over,
});

describe('DefaultPartitioner', () => {
  it('hashes keyed records over all partitions, even those without a leader', () => {
    const p = new DefaultPartitioner({ batchSize: 16384 });
    // Java: BuiltInPartitioner.partitionForKey("foobar", 12) = 6, ("kafka", 12) = 4 (see murmur2.test.ts).
    expect(p.partition(ctx({ key: Buffer.from('foobar') }))).toEqual({ partition: 6, sticky: false });
    expect(p.partition(ctx({ key: Buffer.from('kafka'), availablePartitions: [0, 1] }))).toEqual({
      partition: 4,
      sticky: false,
    });
  });

  it('hashes an empty key rather than treating it as keyless, as Java does', () => {
    const p = new DefaultPartitioner({ batchSize: 16384, random: () => 0 });
    expect(p.partition(ctx({ key: Buffer.alloc(0) }))).toEqual({ partition: 9, sticky: false });
  });

  it('places keyless records on the sticky partition and switches after batchSize bytes', () => {
    const values = [0.25, 0.75];
    let i = 0;
    const p = new DefaultPartitioner({ batchSize: 10, random: () => values[i++ % 2] });
    const first = p.partition(ctx());
    expect(first).toEqual({ partition: 3, sticky: true });
    p.onAppend('t', 3, 10);
    expect(p.partition(ctx())).toEqual({ partition: 9, sticky: true });
  });

  it('places keyed records on the sticky partition with ignoreKeys', () => {
    const p = new DefaultPartitioner({ batchSize: 10, ignoreKeys: true, random: () => 0.5 });
    expect(p.partition(ctx({ key: Buffer.from('foobar') }))).toEqual({ partition: 6, sticky: true });
  });

  it('asks the custom partitioner first and falls back on undefined', () => {
    const seen: PartitionerContext[] = [];
    const p = new DefaultPartitioner({
      batchSize: 10,
      random: () => 0,
      partitioner: (c) => {
        seen.push(c);
        return c.value?.toString() === 'pin' ? 11 : undefined;
      },
    });
    expect(p.partition(ctx({ value: Buffer.from('pin') }))).toEqual({ partition: 11, sticky: false });
    expect(p.partition(ctx({ key: Buffer.from('foobar') }))).toEqual({ partition: 6, sticky: false });
    expect(p.partition(ctx())).toEqual({ partition: 0, sticky: true });
    expect(seen).toHaveLength(3);
  });

  it.each([12, -1, 1.5, Number.NaN])('rejects a custom partitioner returning %s', (bad) => {
    const p = new DefaultPartitioner({ batchSize: 10, partitioner: () => bad });
    expect(() => p.partition(ctx())).toThrow(IllegalOperationError);
  });

  it('refuses a topic without partitions', () => {
    const p = new DefaultPartitioner({ batchSize: 10 });
    expect(() => p.partition(ctx({ partitions: 0, key: Buffer.from('k') }))).toThrow(IllegalOperationError);
  });
});
