import { CorruptRecordError, type KafkaRecord, OffsetOutOfRangeError } from '@kafka-aio/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { topicPartition } from '../../topic-partition.js';
import { type PartitionState, SubscriptionState } from '../subscription-state.js';
import { FetchBuffer } from './fetch-buffer.js';
import type { DecodedBatch } from './record-decoder.js';

const tp0 = topicPartition('t', 0);
const tp1 = topicPartition('t', 1);

/** One batch of records at consecutive offsets from `from`. */
function batch(from: number, count: number, leaderEpoch = 3): DecodedBatch {
  const records: KafkaRecord[] = Array.from({ length: count }, (_, i) => ({
    offset: BigInt(from + i),
    timestamp: 0n,
    key: null,
    value: Buffer.from(`v${from + i}`),
    headers: [],
  }));
  return { records, recordCount: count, timestampType: 'CreateTime', leaderEpoch };
}

describe('FetchBuffer', () => {
  let state: SubscriptionState;
  let buffer: FetchBuffer;
  let releases: number;
  let s0: PartitionState;
  let s1: PartitionState;

  beforeEach(() => {
    state = new SubscriptionState();
    state.assignManually([tp0, tp1]);
    state.seek(tp0, 0n);
    state.seek(tp1, 100n);
    releases = 0;
    buffer = new FetchBuffer(state, () => releases++);
    s0 = state.assignedState(tp0, 'test');
    s1 = state.assignedState(tp1, 'test');
  });

  /** Takes every ready record of `s`, returning their offsets. */
  function drain(s: PartitionState): bigint[] {
    const out: bigint[] = [];
    for (let head = buffer.head(s); head; head = buffer.head(s)) {
      out.push(head.record.offset);
      buffer.advance(s);
    }
    return out;
  }

  it('lets a batch go once its last record is handed out, not when the whole chunk is', () => {
    const released: number[] = [];
    const withRelease = (from: number, count: number): DecodedBatch => ({
      ...batch(from, count),
      release: () => released.push(from),
    });
    buffer.addChunk(s0, [withRelease(0, 2), withRelease(2, 2)], 4n, 400);
    buffer.advance(s0);
    expect(released).toEqual([]);
    buffer.advance(s0); // the first batch is done; the chunk is not
    expect(released).toEqual([0]);
    expect(buffer.head(s0)?.record.offset).toBe(2n);
    expect(drain(s0)).toEqual([2n, 3n]);
    expect(released).toEqual([0, 2]);
  });

  it('fetches ahead from the end of the buffered data while the position moves record by record', () => {
    const at = buffer.fetchPosition(s0)!;
    expect(at.offset).toBe(0n);
    // Offsets 0-2, then a control batch at 3 that decoded to nothing: the chunk ends at 4.
    buffer.addChunk(s0, [batch(0, 3)], 4n, 300);
    expect(buffer.fetchPosition(s0)?.offset).toBe(4n);
    expect(buffer.bytes).toBe(300);
    expect(s0.position).toBe(0n);

    expect(buffer.head(s0)?.record.offset).toBe(0n);
    buffer.advance(s0);
    expect(s0.position).toBe(1n);
    expect(s0.positionLeaderEpoch).toBe(3);
    buffer.advance(s0);
    expect(s0.position).toBe(2n);
    expect(buffer.bytes).toBe(300); // the chunk holds its bytes until it is used up
    buffer.advance(s0);
    // The last record taken: the position jumps past the skipped marker and the bytes go back.
    expect(s0.position).toBe(4n);
    expect(buffer.bytes).toBe(0);
    expect(releases).toBe(1);
    expect(buffer.head(s0)).toBeUndefined();
  });

  it('moves the position past a chunk of skipped batches at once, unless data waits before it', () => {
    buffer.addChunk(s0, [], 7n, 80);
    expect(s0.position).toBe(7n);
    expect(buffer.bytes).toBe(0);

    buffer.addChunk(s0, [batch(7, 2)], 9n, 200);
    buffer.addChunk(s0, [], 12n, 80); // aborted data 9-11: behind records not yet handed out
    expect(s0.position).toBe(7n);
    expect(drain(s0)).toEqual([7n, 8n]);
    expect(s0.position).toBe(12n);
    expect(buffer.bytes).toBe(0);
  });

  it('drops what was fetched for a position a seek replaced, and refuses results tagged with the old epoch', () => {
    const at = buffer.fetchPosition(s0)!;
    buffer.addChunk(s0, [batch(0, 5)], 5n, 500);
    const releasedBefore = releases;
    state.seek(tp0, 50n);
    expect(buffer.accepts(s0, at.epoch, 5n)).toBe(false);
    expect(buffer.head(s0)).toBeUndefined();
    const now = buffer.fetchPosition(s0)!;
    expect(now.offset).toBe(50n);
    expect(now.epoch).not.toBe(at.epoch);
    expect(buffer.bytes).toBe(0);
    expect(releases).toBe(releasedBefore + 1);
    expect(buffer.accepts(s0, now.epoch, 50n)).toBe(true);
    expect(buffer.accepts(s0, now.epoch, 49n)).toBe(false); // an answer for another fetch offset
  });

  it('drops the data of a partition no longer assigned when swept', () => {
    buffer.fetchPosition(s1);
    buffer.addChunk(s1, [batch(100, 2)], 102n, 200);
    state.removeAssigned([tp1]);
    buffer.sweep();
    expect(buffer.bytes).toBe(0);
    expect(buffer.accepts(s1, s1.epoch, 102n)).toBe(false);
    expect([...buffer.readyPartitions(undefined)]).toEqual([]);
  });

  it('raises an error only after the records before it, and applies its skip', () => {
    buffer.addChunk(s0, [batch(0, 2)], 2n, 200);
    const corrupt = new CorruptRecordError('bad batch at 2');
    buffer.addError(s0, corrupt, 5n, false);
    expect(buffer.hasError(s0)).toBe(true);
    expect(buffer.accepts(s0, s0.epoch, 2n)).toBe(false); // nothing is fetched behind an error
    expect(buffer.takeError(undefined)).toBeUndefined();
    expect(drain(s0)).toEqual([0n, 1n]);
    expect(buffer.takeError(undefined)).toBe(corrupt);
    expect(s0.position).toBe(5n);
    expect(buffer.fetchPosition(s0)?.offset).toBe(5n);
    expect(buffer.takeError(undefined)).toBeUndefined();
  });

  it('keeps a sticky error until the application moves the position', () => {
    const outOfRange = new OffsetOutOfRangeError('out of range');
    buffer.addError(s0, outOfRange, null, true);
    expect(buffer.stickyError(s0)).toBe(outOfRange);
    expect(buffer.takeError(undefined)).toBe(outOfRange);
    expect(buffer.takeError(undefined)).toBe(outOfRange);
    state.seek(tp0, 10n);
    expect(buffer.stickyError(s0)).toBeUndefined();
    expect(buffer.takeError(undefined)).toBeUndefined();
  });

  it('leaves the errors of partitions not asked for, or paused, where they are', () => {
    const err = new CorruptRecordError('bad');
    buffer.addError(s1, err, null, false);
    expect(buffer.takeError(new Set([tp0]))).toBeUndefined();
    state.pause(tp1);
    expect(buffer.takeError(undefined)).toBeUndefined();
    state.resume(tp1);
    expect(buffer.takeError(new Set([tp1]))).toBe(err);
  });

  it('serves partitions round robin, one chunk at a time, skipping paused ones and those not asked for', () => {
    buffer.fetchPosition(s0);
    buffer.fetchPosition(s1);
    buffer.addChunk(s0, [batch(0, 1)], 1n, 10);
    buffer.addChunk(s0, [batch(1, 1)], 2n, 10);
    buffer.addChunk(s1, [batch(100, 1)], 101n, 10);
    const order: string[] = [];
    for (let s = buffer.firstReady(undefined); s; s = buffer.firstReady(undefined)) {
      order.push(`${s.tp.partition}@${buffer.head(s)?.record.offset}`);
      buffer.advance(s);
    }
    expect(order).toEqual(['0@0', '1@100', '0@1']);

    buffer.addChunk(s0, [batch(2, 1)], 3n, 10);
    buffer.addChunk(s1, [batch(101, 1)], 102n, 10);
    state.pause(tp0);
    expect([...buffer.readyPartitions(undefined)].map((s) => s.tp)).toEqual([tp1]);
    expect([...buffer.readyPartitions(new Set([tp0]))]).toEqual([]);
    state.resume(tp0);
    expect(new Set([...buffer.readyPartitions(undefined)].map((s) => s.tp))).toEqual(new Set([tp0, tp1]));
  });

  it('counts the records and bytes still to hand out (statistics)', () => {
    buffer.addChunk(s0, [batch(0, 3), batch(3, 2)], 5n, 500);
    expect(buffer.queuedOf(s0)).toEqual({ count: 5, bytes: 500 });
    buffer.advance(s0);
    expect(buffer.queuedOf(s0)).toEqual({ count: 4, bytes: 500 });
    drain(s0);
    expect(buffer.queuedOf(s0)).toEqual({ count: 0, bytes: 0 });
  });

  it('gives back every byte on clear', () => {
    buffer.fetchPosition(s1);
    buffer.addChunk(s0, [batch(0, 3)], 3n, 300);
    buffer.addChunk(s1, [batch(100, 3)], 103n, 300);
    expect(buffer.bytesOf(s0)).toBe(300);
    buffer.clear();
    expect(buffer.bytes).toBe(0);
    expect(buffer.bytesOf(s0)).toBe(0);
    expect(buffer.firstReady(undefined)).toBeUndefined();
  });
});
