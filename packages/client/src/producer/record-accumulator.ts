import { RECORD_BATCH_OVERHEAD } from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';
import { BatchBufferPool } from './batch-buffer-pool.js';
import { budgetCost } from './buffer-budget.js';
import { CompressionRatios } from './compression-ratio.js';
import type { CompressionName, DeliveryCallback } from './options.js';
import { type BatchCallbacks, type PendingRecord, ProducerBatch } from './producer-batch.js';

/** What the accumulator needs to know about batching. */
export interface AccumulatorOptions {
  maxBatchSize: number;
  /** No batch's uncompressed records may exceed this (a batch must fit one request). */
  maxRequestSize: number;
  /** Bounds the pool of full-batch buffers. */
  bufferMemory: number;
  compressionType: CompressionName;
  deliveryTimeoutMs: number;
  onDelivery: DeliveryCallback | undefined;
}

/**
 * Records waiting to be sent, as a queue of batches per partition; the only owner of those queues
 * (rule 12). Appends go to the newest open batch of the partition; a batch closes when it is
 * expected to reach `maxBatchSize` once encoded (its uncompressed size times the topic's learnt
 * compression ratio). The sender asks for each partition's head ({@link heads}), takes it when it
 * goes in flight ({@link takeHead}), and hands back what must be sent again ({@link reenqueue},
 * {@link split}); it never edits a queue itself.
 */
export class RecordAccumulator {
  /** Batches not in flight, oldest first, per partition. */
  private readonly queues = new Map<TopicPartition, ProducerBatch[]>();
  /** Batches appended and not yet settled, across all partitions (for `flush`). */
  private readonly unsettled = new Set<ProducerBatch>();
  /** Per topic, encoded bytes a batch must stay under: learnt from batches the broker refused as too large. */
  private readonly sizeLimits = new Map<string, number>();
  /**
   * What each partition's last batch held: the next batch's records buffer starts at its bytes and
   * its metadata array at its record count, so steady traffic allocates each once instead of
   * doubling them up.
   */
  private readonly lastBatchSize = new Map<TopicPartition, { bodyBytes: number; records: number }>();
  /** Where the next {@link heads} pass starts, so no partition always goes last. */
  private rotation = 0;
  /** Fed by the sender with every encoded batch; sizes the next batches of the topic. */
  readonly compressionRatios: CompressionRatios;
  /** Buffers of `maxBatchSize` records, lent to batches expected to fill. */
  readonly bufferPool: BatchBufferPool;

  private readonly callbacks: BatchCallbacks;

  constructor(
    private readonly options: AccumulatorOptions,
    /** Where an exception thrown by a delivery callback goes (DESIGN rule 14). */
    callbackFailed: (thrown: unknown) => void = () => undefined,
  ) {
    this.callbacks = { onDelivery: options.onDelivery, callbackFailed };
    this.compressionRatios = new CompressionRatios(options.compressionType !== 'none');
    this.bufferPool = new BatchBufferPool(options.maxBatchSize, options.bufferMemory);
  }

  /** Batches appended and not yet settled (queued or in flight). */
  get incomplete(): ReadonlySet<ProducerBatch> {
    return this.unsettled;
  }

  /** How many uncompressed bytes a new batch for `topic` may take. */
  private capacityFor(topic: string): number {
    const { maxBatchSize, maxRequestSize } = this.options;
    const limit = Math.min(maxBatchSize, this.sizeLimits.get(topic) ?? maxBatchSize);
    const ratio = this.compressionRatios.estimate(topic);
    if (ratio === 1) return limit;
    const records = Math.max(0, limit - RECORD_BATCH_OVERHEAD) / ratio;
    return Math.min(Math.floor(RECORD_BATCH_OVERHEAD + records), maxRequestSize);
  }

  /**
   * The broker refused a batch of `topic` of `encodedBytes` as too large (its `max.message.bytes`
   * is below `maxBatchSize`): new batches of the topic stay under half that size, so after a few
   * refusals they fit and stop being split. The limit is not raised again while the producer runs.
   */
  learnSizeLimit(topic: string, encodedBytes: number): void {
    this.compressionRatios.refused(topic);
    if (encodedBytes <= 0) return;
    const limit = Math.max(RECORD_BATCH_OVERHEAD + 1, Math.floor(encodedBytes / 2));
    if (limit < (this.sizeLimits.get(topic) ?? Number.POSITIVE_INFINITY)) this.sizeLimits.set(topic, limit);
  }

  private queueOf(tp: TopicPartition): ProducerBatch[] {
    let queue = this.queues.get(tp);
    if (!queue) {
      queue = [];
      this.queues.set(tp, queue);
    }
    return queue;
  }

  private newBatch(
    tp: TopicPartition,
    initialBytes?: number | 'pooled',
    pool?: BatchBufferPool,
    expectedRecords?: number,
  ): ProducerBatch {
    const now = performance.now();
    const batch = new ProducerBatch(
      tp,
      now,
      now + this.options.deliveryTimeoutMs,
      this.callbacks,
      initialBytes,
      pool,
      expectedRecords,
    );
    this.unsettled.add(batch);
    return batch;
  }

  /**
   * Adds a record to `tp`'s open batch, opening a new one when needed, and returns that batch: the
   * record is its last, and a batch the record filled is closed (so the sender should wake now).
   */
  append(tp: TopicPartition, record: PendingRecord, size: number, callback?: DeliveryCallback): ProducerBatch {
    const queue = this.queueOf(tp);
    let batch = queue.length > 0 ? queue[queue.length - 1] : undefined;
    if (!batch?.isOpen || batch.sizeBytes + size > batch.capacity) {
      batch?.close();
      const capacity = this.capacityFor(tp.topic);
      const last = batch ? { bodyBytes: batch.bodyBytes, records: batch.recordCount } : this.lastBatchSize.get(tp);
      const initial = Math.min(capacity, Math.max(last?.bodyBytes ?? 0, size + 16));
      // Pooled buffers hold `maxBatchSize` of records, so only batches of that capacity (no
      // compression, no learnt limit) use them. One whose partition's last batch was at least half
      // full takes one at once; a smaller one (many partitions, a trickle) starts with a buffer
      // sized to what the last one held and moves into a pooled one only if it outgrows that.
      const pool = capacity === this.bufferPool.recordBytes ? this.bufferPool : undefined;
      batch = this.newBatch(tp, pool && 2 * initial >= capacity ? 'pooled' : initial, pool, last?.records);
      batch.capacity = capacity;
      queue.push(batch);
    }
    batch.append(record, size, callback);
    batch.reservedBytes += budgetCost(size);
    if (batch.sizeBytes >= batch.capacity) batch.close();
    return batch;
  }

  /**
   * Queues `records` as one batch of their own (`sendBatch`): never merged with other sends, so
   * they are written together, at consecutive offsets.
   */
  appendWhole(tp: TopicPartition, records: readonly PendingRecord[], size: number): ProducerBatch {
    const queue = this.queueOf(tp);
    queue[queue.length - 1]?.close();
    const batch = this.newBatch(tp);
    for (const r of records) batch.append(r, 0);
    batch.sizeBytes += size;
    batch.reservedBytes = size;
    batch.atomic = true;
    batch.close();
    queue.push(batch);
    return batch;
  }

  /**
   * Each partition's first queued batch, partitions in an order that rotates from pass to pass.
   * Batches at a head whose delivery timeout passed are removed first and given to `onExpired`.
   * Partitions with nothing queued are dropped from the map (a later append recreates them).
   */
  *heads(now: number, onExpired: (batch: ProducerBatch) => void): Generator<ProducerBatch> {
    const size = this.queues.size;
    if (size === 0) return;
    const start = this.rotation++ % size;
    // Two walks over the map (from `start` to the end, then the first `start`) instead of a copy.
    let i = 0;
    for (const [tp, queue] of this.queues) {
      if (i++ < start) continue;
      const head = this.headOf(tp, queue, now, onExpired);
      if (head) yield head;
    }
    i = 0;
    for (const [tp, queue] of this.queues) {
      if (i++ >= start) break;
      const head = this.headOf(tp, queue, now, onExpired);
      if (head) yield head;
    }
  }

  private headOf(
    tp: TopicPartition,
    queue: ProducerBatch[],
    now: number,
    onExpired: (batch: ProducerBatch) => void,
  ): ProducerBatch | undefined {
    while (queue.length > 0 && queue[0].deadline <= now) onExpired(queue.shift()!);
    if (queue.length === 0) {
      this.queues.delete(tp);
      return undefined;
    }
    return queue[0];
  }

  /** Takes `batch`, the head of its partition's queue, out of the queue to send it. */
  takeHead(batch: ProducerBatch): void {
    const queue = this.queues.get(batch.tp);
    if (queue?.[0] === batch) queue.shift();
    const last = this.lastBatchSize.get(batch.tp);
    if (last) {
      last.bodyBytes = batch.bodyBytes;
      last.records = batch.recordCount;
    } else {
      this.lastBatchSize.set(batch.tp, { bodyBytes: batch.bodyBytes, records: batch.recordCount });
    }
  }

  /** The batches queued for `tp` (not in flight), oldest first. */
  queued(tp: TopicPartition): readonly ProducerBatch[] {
    return this.queues.get(tp) ?? [];
  }

  /**
   * Puts a batch that must be sent again back in its queue, ahead of every batch that followed it.
   * Batches stamped under the same producer identity are ordered by sequence; a batch without a
   * sequence under that identity was never sent under it, so it came later.
   */
  reenqueue(batch: ProducerBatch): void {
    const queue = this.queueOf(batch.tp);
    queue.splice(this.positionFor(queue, batch), 0, batch);
  }

  private positionFor(queue: readonly ProducerBatch[], batch: ProducerBatch): number {
    let i = 0;
    if (batch.baseSequence >= 0) {
      const { producerId, producerEpoch, baseSequence } = batch;
      while (
        i < queue.length &&
        queue[i].stampedBy(producerId, producerEpoch) &&
        queue[i].baseSequence < baseSequence
      ) {
        i++;
      }
    } else {
      // Not idempotent: only retried batches (sent before it) go first.
      while (i < queue.length && queue[i].attempts > 0) i++;
    }
    return i;
  }

  /**
   * Replaces `batch`, refused by the broker as too large, with batches of about half its records
   * each, queued where it was, in order. With idempotence the halves carry the sequences the
   * records had (the broker never accepted the refused batch). Returns the new batches.
   */
  split(batch: ProducerBatch): ProducerBatch[] {
    const pieces = batch.split(2);
    for (const piece of pieces) this.unsettled.add(piece);
    this.unsettled.delete(batch);
    const queue = this.queueOf(batch.tp);
    const at = queue.indexOf(batch);
    if (at >= 0) queue.splice(at, 1, ...pieces);
    else queue.splice(this.positionFor(queue, pieces[0]), 0, ...pieces);
    return pieces;
  }

  /** Removes a batch from its queue (it failed for good). */
  remove(batch: ProducerBatch): void {
    const queue = this.queues.get(batch.tp);
    const i = queue?.indexOf(batch) ?? -1;
    if (queue && i >= 0) queue.splice(i, 1);
  }

  /** Empties every queue and returns every unsettled batch (queued or in flight), for failing them all. */
  takeAll(): ProducerBatch[] {
    this.queues.clear();
    return [...this.unsettled];
  }

  /** Removes a settled batch from the bookkeeping. */
  settled(batch: ProducerBatch): void {
    this.unsettled.delete(batch);
  }

  /** True when nothing is waiting or in flight. */
  get isEmpty(): boolean {
    return this.unsettled.size === 0;
  }
}
