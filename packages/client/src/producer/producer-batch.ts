import { CompressionType, encodeRecordBatch, RECORD_BATCH_OVERHEAD, type RecordInput } from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';
import type { DeliveryCallback } from './options.js';
import type { RecordMetadata } from './record-metadata.js';

/** What the broker said about a delivered batch. */
export interface BatchResult {
  /** Offset of the batch's first record, or -1n when unknown (acks=0, duplicate). */
  baseOffset: bigint;
  /** The broker's append time for LogAppendTime topics, else -1n. */
  logAppendTime: bigint;
  logStartOffset: bigint;
}

/** One record waiting in a batch, with the sizes its metadata reports. */
export interface PendingRecord extends RecordInput {
  key: Buffer | null;
  value: Buffer | null;
  timestamp: number;
}

/** Bytes a record adds to a batch, close to its encoded size (varint prefixes estimated). */
export function estimateRecordSize(r: PendingRecord): number {
  let size = 21 + (r.key?.length ?? 0) + (r.value?.length ?? 0);
  if (r.headers) for (const h of r.headers) size += 10 + Buffer.byteLength(h.key) + (h.value?.length ?? 0);
  return size;
}

export const COMPRESSION_CODES = {
  none: CompressionType.NONE,
  gzip: CompressionType.GZIP,
  snappy: CompressionType.SNAPPY,
  lz4: CompressionType.LZ4,
  zstd: CompressionType.ZSTD,
} as const;

/**
 * The records bound for one partition in one Produce request, and the promise of their delivery.
 * Per-record promises are made only when asked for, so a producer that only awaits `flush()` pays
 * for one promise per batch, not per record.
 */
export class ProducerBatch {
  readonly records: PendingRecord[] = [];
  /** Bytes of the records as estimated at append time, plus the batch header. */
  sizeBytes = RECORD_BATCH_OVERHEAD;
  /** Uncompressed bytes the batch may grow to (set by the accumulator; above `maxBatchSize` when compressing). */
  capacity = Number.POSITIVE_INFINITY;
  /** No more records may be appended (it was drained, or is full). */
  closed = false;
  /** Sequence of the first record when idempotent; assigned on first drain, kept across retries. */
  baseSequence = -1;
  producerId = -1n;
  producerEpoch = -1;
  /** Number of times the batch was sent. */
  attempts = 0;
  /** `performance.now()` before which a retry must not be sent. */
  retryAt = 0;
  inFlight = false;
  /** Set once the batch result is final. */
  done = false;
  /** Buffer bytes reserved for this batch, returned to the pool when it completes. */
  reservedBytes = 0;
  /** The last error a send attempt met, reported if the batch then expires. */
  lastError: Error | undefined;

  /** Callbacks given to individual sends, by record index; made on first use. */
  private perRecord: (DeliveryCallback | undefined)[] | undefined;
  private readonly settled: Promise<BatchResult>;
  private resolveResult!: (r: BatchResult) => void;
  private rejectResult!: (e: Error) => void;
  private encoded: { buf: Buffer; epoch: number; sequence: number } | undefined;

  constructor(
    readonly tp: TopicPartition,
    /** `performance.now()` at creation; linger and delivery timeout count from here. */
    readonly createdAt: number,
    /** `performance.now()` after which the batch fails with a timeout. */
    readonly deadline: number,
    private readonly onDelivery: DeliveryCallback | undefined,
  ) {
    this.settled = new Promise<BatchResult>((resolve, reject) => {
      this.resolveResult = resolve;
      this.rejectResult = reject;
    });
    // Nobody may be listening (fire-and-forget sends): the failure is reported through the
    // records' promises and callbacks, never as an unhandled rejection.
    this.settled.catch(() => undefined);
  }

  /** Appends a record; returns its index in the batch. */
  append(record: PendingRecord, size: number, callback?: DeliveryCallback): number {
    this.records.push(record);
    this.sizeBytes += size;
    const index = this.records.length - 1;
    if (callback) (this.perRecord ??= [])[index] = callback;
    return index;
  }

  get recordCount(): number {
    return this.records.length;
  }

  /** The promise of this batch's result. */
  get result(): Promise<BatchResult> {
    return this.settled;
  }

  /** A promise of the metadata of the record at `index`. */
  recordPromise(index: number): Promise<RecordMetadata> {
    return this.settled.then((res) => this.metadataFor(index, res));
  }

  /** Metadata of the record at `index` given the batch result. */
  metadataFor(index: number, res: BatchResult): RecordMetadata {
    const r = this.records[index];
    const logAppend = res.logAppendTime >= 0n;
    return {
      topic: this.tp.topic,
      partition: this.tp.partition,
      topicPartition: this.tp,
      offset: res.baseOffset < 0n ? -1n : res.baseOffset + BigInt(index),
      timestamp: logAppend ? res.logAppendTime : BigInt(r.timestamp),
      timestampType: logAppend ? 'LogAppendTime' : 'CreateTime',
      logStartOffset: res.logStartOffset,
      serializedKeySize: r.key === null ? -1 : r.key.length,
      serializedValueSize: r.value === null ? -1 : r.value.length,
    };
  }

  /** Encodes the batch for sending; re-encodes only when the producer epoch or sequence changed. */
  async encode(compression: keyof typeof COMPRESSION_CODES, isTransactional: boolean): Promise<Buffer> {
    if (this.encoded && this.encoded.epoch === this.producerEpoch && this.encoded.sequence === this.baseSequence) {
      return this.encoded.buf;
    }
    const buf = await encodeRecordBatch({
      records: this.records,
      baseTimestamp: this.records[0]?.timestamp ?? Date.now(),
      producerId: this.producerId,
      producerEpoch: this.producerEpoch,
      baseSequence: this.baseSequence,
      isTransactional,
      compression: COMPRESSION_CODES[compression],
    });
    this.encoded = { buf, epoch: this.producerEpoch, sequence: this.baseSequence };
    return buf;
  }

  /** Resolves every record of the batch. */
  complete(res: BatchResult): void {
    if (this.done) return;
    this.done = true;
    this.encoded = undefined;
    this.resolveResult(res);
    this.runCallbacks(null, res);
  }

  /** Fails every record of the batch. */
  fail(err: Error): void {
    if (this.done) return;
    this.done = true;
    this.encoded = undefined;
    this.rejectResult(err);
    this.runCallbacks(err, undefined);
  }

  private runCallbacks(err: Error | null, res: BatchResult | undefined): void {
    const perRecord = this.perRecord;
    if (!this.onDelivery && !perRecord) return;
    for (let i = 0; i < this.records.length; i++) {
      const md = res ? this.metadataFor(i, res) : null;
      for (const cb of [this.onDelivery, perRecord?.[i]]) {
        if (!cb) continue;
        try {
          cb(err, md);
        } catch {
          // A throwing callback must not stop the others or the sender.
        }
      }
    }
  }
}
