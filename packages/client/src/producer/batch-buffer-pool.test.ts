// The pool of full-batch buffers (issue 12): buffers are reused only when no write of them can be
// pending, never exceed their bound, and a batch moved into one keeps its records intact.
import { decodeRecordBatchesSync } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { topicPartition } from '../topic-partition.js';
import { BatchBufferPool } from './batch-buffer-pool.js';
import { resolveProducerOptions } from './options.js';
import { ProducerBatch } from './producer-batch.js';
import { RecordAccumulator } from './record-accumulator.js';

const TP = topicPartition('t', 0);
const OK = { baseOffset: 0n, logAppendTime: -1n, logStartOffset: 0n };

function record(value: string) {
  return { key: null, value: Buffer.from(value), timestamp: 1_700_000_000_000 };
}

/** A batch of `values`, lent a full buffer by `pool` at once or only when outgrown. */
function batchOf(pool: BatchBufferPool, values: string[], initial: number | 'pooled' = 'pooled'): ProducerBatch {
  const b = new ProducerBatch(TP, 0, 1e9, undefined, initial, pool);
  for (const v of values) b.append(record(v), 21 + v.length);
  b.close();
  return b;
}

async function valuesOf(b: ProducerBatch): Promise<string[]> {
  const bytes = await b.encode('none', false);
  return decodeRecordBatchesSync(Buffer.from(bytes))[0].records.map((r) => r.value!.toString());
}

describe('BatchBufferPool', () => {
  it('never lends more than its bound, and lends a returned buffer again', () => {
    const pool = new BatchBufferPool(1000, 3 * 1100);
    const taken = [pool.take(), pool.take(), pool.take()];
    expect(taken.every((b) => b?.length === pool.bufferBytes)).toBe(true);
    expect(pool.take()).toBeUndefined(); // a fourth would pass maxBytes
    pool.give(taken[0]!);
    pool.forget();
    expect(pool.lentCount).toBe(1);
    expect(pool.freeCount).toBe(1);
    expect(pool.take()).toBe(taken[0]);
    expect(pool.take()).not.toBe(taken[1]); // a forgotten buffer is never lent again
  });
});

describe('ProducerBatch and the buffer pool', () => {
  it('a batch sent once and answered gives its buffer back; the next batch reuses it with its own records intact', async () => {
    const pool = new BatchBufferPool(4096, 1 << 20);
    const first = batchOf(pool, ['a1', 'a2', 'a3']);
    const firstPromise = first.recordPromise(2);
    expect(await valuesOf(first)).toEqual(['a1', 'a2', 'a3']);
    first.markSent();
    first.complete(OK);
    expect(pool.freeCount).toBe(1);
    expect((await firstPromise).offset).toBe(2n); // metadata does not live in the reused buffer
    const second = batchOf(pool, ['b1', 'b2']);
    expect(pool.freeCount).toBe(0);
    expect(await valuesOf(second)).toEqual(['b1', 'b2']);
  });

  it('a batch sent more than once keeps its buffer from the pool: an earlier write of it may still be queued', () => {
    const pool = new BatchBufferPool(4096, 1 << 20);
    const b = batchOf(pool, ['x']);
    b.markSent();
    b.markRetry(0);
    b.markSent();
    b.complete(OK);
    expect(pool.freeCount).toBe(0);
    expect(pool.lentCount).toBe(0);
  });

  it('a failed or split batch gives its buffer to the garbage collector, not the pool', () => {
    const pool = new BatchBufferPool(4096, 1 << 20);
    const failed = batchOf(pool, ['x']);
    failed.markSent();
    failed.fail(new Error('refused'));
    const split = batchOf(pool, ['y1', 'y2']);
    split.markSent();
    const pieces = split.split(2);
    expect(pieces.map((p) => p.recordCount)).toEqual([1, 1]);
    expect(pool.freeCount).toBe(0);
    expect(pool.lentCount).toBe(0);
  });

  it('a batch that outgrows its first buffer moves into a pooled one with every record in order', async () => {
    const pool = new BatchBufferPool(4096, 1 << 20);
    const values = Array.from({ length: 40 }, (_, i) => `value-${i}`.padEnd(50, '.'));
    const b = batchOf(pool, values, 64);
    expect(pool.lentCount).toBe(1);
    expect(await valuesOf(b)).toEqual(values);
  });

  it('a batch that would not fit a pooled buffer grows on its own and takes none', async () => {
    const pool = new BatchBufferPool(256, 1 << 20);
    const values = Array.from({ length: 20 }, (_, i) => `v${i}`.padEnd(40, '-'));
    const b = batchOf(pool, values, 64);
    expect(await valuesOf(b)).toEqual(values);
    b.markSent();
    b.complete(OK);
    expect(pool.lentCount).toBe(0);
  });
});

describe('RecordAccumulator and the buffer pool', () => {
  it('full batches of one partition, each answered once, cycle through a few pooled buffers with their own records', async () => {
    const options = resolveProducerOptions({ maxBatchSize: 1024, bufferMemory: 64 * 1024 });
    const acc = new RecordAccumulator(options);
    const batches: ProducerBatch[] = [];
    for (let i = 0; i < 400; i++) {
      const r = record(`r${i}`.padEnd(60, '#'));
      const b = acc.append(TP, r, 21 + r.value.length);
      if (batches.at(-1) !== b) batches.push(b);
    }
    const seen: string[] = [];
    for (const b of batches) {
      b.close();
      seen.push(...(await valuesOf(b)));
      b.markSent();
      b.complete(OK);
    }
    expect(seen).toEqual(Array.from({ length: 400 }, (_, i) => `r${i}`.padEnd(60, '#')));
    expect(batches.length).toBeGreaterThan(20);
    // Appends ran ahead of sends here, so every open batch held its own buffer; all came back.
    expect(acc.bufferPool.lentCount).toBe(0);
    expect(acc.bufferPool.freeCount).toBeGreaterThan(0);
  });
});
