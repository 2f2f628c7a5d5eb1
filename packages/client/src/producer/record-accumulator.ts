import { RECORD_BATCH_OVERHEAD } from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';
import { CompressionRatios } from './compression-ratio.js';
import type { CompressionName, DeliveryCallback } from './options.js';
import { type PendingRecord, ProducerBatch } from './producer-batch.js';

/** What the accumulator needs to know about batching. */
export interface AccumulatorOptions {
  maxBatchSize: number;
  /** No batch's uncompressed records may exceed this (a batch must fit one request). */
  maxRequestSize: number;
  compressionType: CompressionName;
  deliveryTimeoutMs: number;
  onDelivery: DeliveryCallback | undefined;
}

/**
 * Records waiting to be sent, as a queue of batches per partition. Appends go to the newest open
 * batch of the partition; a batch closes when it is expected to reach `maxBatchSize` once encoded
 * (its uncompressed size times the topic's learnt compression ratio). The sender takes batches
 * from the front of each queue and puts them back there (in sequence order) to retry.
 */
export class RecordAccumulator {
  /** Batches not in flight, oldest first, per partition. */
  readonly queues = new Map<TopicPartition, ProducerBatch[]>();
  /** Batches appended and not yet settled, across all partitions (for `flush`). */
  readonly incomplete = new Set<ProducerBatch>();
  /** Fed by the sender with every encoded batch; sizes the next batches of the topic. */
  readonly compressionRatios: CompressionRatios;

  constructor(private readonly options: AccumulatorOptions) {
    this.compressionRatios = new CompressionRatios(options.compressionType !== 'none');
  }

  /** How many uncompressed bytes a new batch for `topic` may take. */
  private capacityFor(topic: string): number {
    const { maxBatchSize, maxRequestSize } = this.options;
    const ratio = this.compressionRatios.estimate(topic);
    if (ratio === 1) return maxBatchSize;
    const records = Math.max(0, maxBatchSize - RECORD_BATCH_OVERHEAD) / ratio;
    return Math.min(Math.floor(RECORD_BATCH_OVERHEAD + records), maxRequestSize);
  }

  /**
   * Adds a record to `tp`'s open batch, opening a new one when needed. Returns the batch, the
   * record's index in it, and whether the batch just became full (so the sender should wake now).
   */
  append(
    tp: TopicPartition,
    record: PendingRecord,
    size: number,
    callback?: DeliveryCallback,
  ): { batch: ProducerBatch; index: number; full: boolean } {
    let queue = this.queues.get(tp);
    if (!queue) {
      queue = [];
      this.queues.set(tp, queue);
    }
    let batch = queue.length > 0 ? queue[queue.length - 1] : undefined;
    if (!batch || batch.closed || batch.attempts > 0 || batch.sizeBytes + size > batch.capacity) {
      if (batch) batch.closed = true;
      const now = performance.now();
      batch = new ProducerBatch(tp, now, now + this.options.deliveryTimeoutMs, this.options.onDelivery);
      batch.capacity = this.capacityFor(tp.topic);
      queue.push(batch);
      this.incomplete.add(batch);
    }
    const index = batch.append(record, size, callback);
    batch.reservedBytes += size;
    const full = batch.sizeBytes >= batch.capacity;
    if (full) batch.closed = true;
    return { batch, index, full };
  }

  /**
   * Queues `records` as one batch of their own (`sendBatch`): never merged with other sends, so
   * they are written together, at consecutive offsets.
   */
  appendWhole(tp: TopicPartition, records: readonly PendingRecord[], size: number): ProducerBatch {
    let queue = this.queues.get(tp);
    if (!queue) {
      queue = [];
      this.queues.set(tp, queue);
    }
    const last = queue[queue.length - 1];
    if (last) last.closed = true;
    const now = performance.now();
    const batch = new ProducerBatch(tp, now, now + this.options.deliveryTimeoutMs, this.options.onDelivery);
    for (const r of records) batch.append(r, 0);
    batch.sizeBytes += size;
    batch.reservedBytes = size;
    batch.closed = true;
    queue.push(batch);
    this.incomplete.add(batch);
    return batch;
  }

  /** Puts a batch that must be retried back in its queue, before unsent batches, in sequence order. */
  requeue(batch: ProducerBatch): void {
    let queue = this.queues.get(batch.tp);
    if (!queue) {
      queue = [];
      this.queues.set(batch.tp, queue);
    }
    let i = 0;
    while (i < queue.length && queue[i].baseSequence >= 0 && queue[i].baseSequence < batch.baseSequence) i++;
    if (batch.baseSequence < 0) while (i < queue.length && queue[i].attempts > 0) i++;
    queue.splice(i, 0, batch);
  }

  /** Removes a settled batch from the bookkeeping. */
  settled(batch: ProducerBatch): void {
    this.incomplete.delete(batch);
  }

  /** True when nothing is waiting or in flight. */
  get isEmpty(): boolean {
    return this.incomplete.size === 0;
  }
}
