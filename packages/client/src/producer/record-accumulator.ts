import { RECORD_BATCH_OVERHEAD } from '@kafka-aio/protocol';
import { LinkedSet, type ReadonlyLinkedSet, type SetLinks } from '../linked-set.js';
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

/** One partition's batches not in flight, oldest first, and the size of its last batch sent. */
interface PartitionQueue extends SetLinks<PartitionQueue> {
  readonly tp: TopicPartition;
  batches: ProducerBatch[];
  /** Encoded record bytes and record count of the partition's last batch taken to be sent. */
  lastBodyBytes: number;
  lastRecords: number;
}

const NO_BATCHES: readonly ProducerBatch[] = [];

/**
 * Records waiting to be sent, as a queue of batches per partition; the only owner of those queues
 * (rule 12). Appends go to the newest open batch of the partition; a batch closes when it is
 * expected to reach `maxBatchSize` once encoded (its uncompressed size times the topic's learnt
 * compression ratio). The sender asks for each partition's head ({@link heads}), takes it when it
 * goes in flight ({@link takeHead}), and hands back what must be sent again ({@link reenqueue},
 * {@link split}); it never edits a queue itself.
 */
export class RecordAccumulator {
  /**
   * Every partition appended to, with its batches not in flight. Kept for the producer's life (as
   * the Java client keeps its deques): dropping a queue when it empties and making it again at
   * the next append would churn a long-lived Map per batch.
   */
  private readonly queues = new Map<TopicPartition, PartitionQueue>();
  /** The queues holding batches, in the order {@link heads} visits them (rotated every pass). */
  private readonly nonEmpty = new LinkedSet<PartitionQueue>();
  /**
   * Batches appended and not yet settled, across all partitions (for `flush`). A
   * {@link LinkedSet}, not a Set: a batch joins and leaves it every few milliseconds.
   */
  private readonly unsettled = new LinkedSet<ProducerBatch>();
  /** Per topic, encoded bytes a batch must stay under: learnt from batches the broker refused as too large. */
  private readonly sizeLimits = new Map<string, number>();
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
  get incomplete(): ReadonlyLinkedSet<ProducerBatch> {
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

  private queueOf(tp: TopicPartition): PartitionQueue {
    let queue = this.queues.get(tp);
    if (!queue) {
      queue = { tp, batches: [], lastBodyBytes: 0, lastRecords: 0, linkPrev: null, linkNext: null, linkedIn: null };
      this.queues.set(tp, queue);
    }
    return queue;
  }

  /** Adds `batch` at the back of its partition's queue. */
  private push(queue: PartitionQueue, batch: ProducerBatch): void {
    queue.batches.push(batch);
    this.nonEmpty.add(queue);
  }

  /** Takes a queue that has run empty out of the walk of {@link heads}. */
  private settle(queue: PartitionQueue): void {
    if (queue.batches.length === 0) this.nonEmpty.delete(queue);
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
    let batch = queue.batches.at(-1);
    if (!batch?.isOpen || batch.sizeBytes + size > batch.capacity) {
      batch?.close();
      const capacity = this.capacityFor(tp.topic);
      // The next batch's records buffer starts at the bytes of the partition's last batch and its
      // metadata array at its record count, so steady traffic allocates each once instead of
      // doubling them up.
      const lastBytes = batch ? batch.bodyBytes : queue.lastBodyBytes;
      const lastRecords = batch ? batch.recordCount : queue.lastRecords;
      const initial = Math.min(capacity, Math.max(lastBytes, size + 16));
      // Pooled buffers hold `maxBatchSize` of records, so only batches of that capacity (no
      // compression, no learnt limit) use them. One whose partition's last batch was at least half
      // full takes one at once; a smaller one (many partitions, a trickle) starts with a buffer
      // sized to what the last one held and moves into a pooled one only if it outgrows that.
      const pool = capacity === this.bufferPool.recordBytes ? this.bufferPool : undefined;
      batch = this.newBatch(tp, pool && 2 * initial >= capacity ? 'pooled' : initial, pool, lastRecords || undefined);
      batch.capacity = capacity;
      this.push(queue, batch);
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
    queue.batches.at(-1)?.close();
    const batch = this.newBatch(tp);
    for (const r of records) batch.append(r, 0);
    batch.sizeBytes += size;
    batch.reservedBytes = size;
    batch.atomic = true;
    batch.close();
    this.push(queue, batch);
    return batch;
  }

  /**
   * Each partition's first queued batch, partitions in an order that rotates from pass to pass.
   * Batches at a head whose delivery timeout passed are removed first and given to `onExpired`.
   */
  *heads(now: number, onExpired: (batch: ProducerBatch) => void): Generator<ProducerBatch> {
    const first = this.nonEmpty.first;
    if (first === null) return;
    // The partition that went first this pass goes last next pass, so none always goes last.
    this.nonEmpty.moveToBack(first);
    // A plain walk, not the set's iterator: this runs every pass over every partition with data.
    for (let queue = this.nonEmpty.first; queue !== null; ) {
      const ahead = queue.linkNext;
      const { batches } = queue;
      while (batches.length > 0 && batches[0].deadline <= now) onExpired(batches.shift()!);
      if (batches.length === 0) this.nonEmpty.delete(queue);
      else yield batches[0];
      queue = this.nonEmpty.following(queue, ahead);
    }
  }

  /** Takes `batch`, the head of its partition's queue, out of the queue to send it. */
  takeHead(batch: ProducerBatch): void {
    const queue = this.queueOf(batch.tp);
    if (queue.batches[0] === batch) queue.batches.shift();
    this.settle(queue);
    queue.lastBodyBytes = batch.bodyBytes;
    queue.lastRecords = batch.recordCount;
  }

  /** The batches queued for `tp` (not in flight), oldest first. */
  queued(tp: TopicPartition): readonly ProducerBatch[] {
    return this.queues.get(tp)?.batches ?? NO_BATCHES;
  }

  /**
   * Puts a batch that must be sent again back in its queue, ahead of every batch that followed it.
   * Batches stamped under the same producer identity are ordered by sequence; a batch without a
   * sequence under that identity was never sent under it, so it came later.
   */
  reenqueue(batch: ProducerBatch): void {
    const queue = this.queueOf(batch.tp);
    queue.batches.splice(this.positionFor(queue.batches, batch), 0, batch);
    this.nonEmpty.add(queue);
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
    const at = queue.batches.indexOf(batch);
    if (at >= 0) queue.batches.splice(at, 1, ...pieces);
    else queue.batches.splice(this.positionFor(queue.batches, pieces[0]), 0, ...pieces);
    this.nonEmpty.add(queue);
    return pieces;
  }

  /** Removes a batch from its queue (it failed for good). */
  remove(batch: ProducerBatch): void {
    const queue = this.queues.get(batch.tp);
    if (!queue) return;
    const i = queue.batches.indexOf(batch);
    if (i >= 0) queue.batches.splice(i, 1);
    this.settle(queue);
  }

  /** Empties every queue and returns every unsettled batch (queued or in flight), for failing them all. */
  takeAll(): ProducerBatch[] {
    for (const queue of this.queues.values()) queue.batches = [];
    this.nonEmpty.clear();
    return this.unsettled.toArray();
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
