import {
  CompressionType,
  decodeRecordBatchesSync,
  encodeBuiltBatch,
  RECORD_BATCH_OVERHEAD,
  type RecordInput,
  RecordsBuilder,
} from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';
import type { BatchBufferPool } from './batch-buffer-pool.js';
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
 * Where a batch is in its life. Only the transitions in {@link BATCH_TRANSITIONS} are legal:
 * - `open`: records may still be appended;
 * - `closed`: full, or taken for sending; waits in its partition's queue;
 * - `inFlight`: in a Produce request whose answer has not come;
 * - `retrying`: the last attempt failed retriably; back in its queue, ahead of newer batches;
 * - `done`: delivered or failed, for good.
 */
export type BatchState = 'open' | 'closed' | 'inFlight' | 'retrying' | 'done';

/** The one table of legal batch transitions (rule 12). */
export const BATCH_TRANSITIONS: Readonly<Record<BatchState, readonly BatchState[]>> = {
  open: ['closed', 'done'],
  closed: ['inFlight', 'done'],
  inFlight: ['retrying', 'done'],
  retrying: ['inFlight', 'done'],
  done: [],
};

/** The producer-wide delivery callback, and where an exception thrown by any delivery callback goes. */
export interface BatchCallbacks {
  onDelivery: DeliveryCallback | undefined;
  callbackFailed(thrown: unknown): void;
}

const NO_CALLBACKS: BatchCallbacks = { onDelivery: undefined, callbackFailed: () => undefined };

/**
 * The records bound for one partition in one Produce request, and the promise of their delivery.
 * Per-record promises are made only when asked for, so a producer that only awaits `flush()` pays
 * for one promise per batch, not per record.
 */
export class ProducerBatch {
  /**
   * The records, encoded as they were appended: a queued record keeps no object of its own (its
   * key and value can be collected young). Released once the batch is done.
   */
  private body: RecordsBuilder | undefined;
  /** Per record: timestamp, key size, value size (-1 for null), for its metadata. */
  private meta: Float64Array;
  private count = 0;
  /** Bytes of the records as estimated at append time, plus the batch header. */
  sizeBytes = RECORD_BATCH_OVERHEAD;
  /** Uncompressed bytes the batch may grow to (set by the accumulator; above `maxBatchSize` when compressing). */
  capacity = Number.POSITIVE_INFINITY;
  /** Number of times the batch was sent. */
  attempts = 0;
  /** `performance.now()` before which a retry must not be sent. */
  retryAt = 0;
  /** Buffer bytes reserved for this batch, returned to the pool when it completes. */
  reservedBytes = 0;
  /** Bytes of the batch as last encoded for sending (0 before the first send). */
  encodedBytes = 0;
  /**
   * The last attempt reached the wire and got no answer (connection lost, timeout, garbled reply):
   * the broker may have written it. Cleared by an answer for the batch.
   */
  outcomeUnknown = false;
  /** Records sent together by `sendBatch()`: never split, so they keep consecutive offsets. */
  atomic = false;
  /** The last error a send attempt met, reported if the batch then expires. */
  lastError: Error | undefined;
  /** Links of the accumulator's set of unsettled batches ({@link LinkedSet}); only that set writes them. */
  linkPrev: ProducerBatch | null = null;
  linkNext: ProducerBatch | null = null;
  linkedIn: object | null = null;

  private current: BatchState = 'open';
  private pid = -1n;
  private epoch = -1;
  private sequence = -1;
  /** Callbacks given to individual sends, by record index; made on first use. */
  private perRecord: (DeliveryCallback | undefined)[] | undefined;
  /** Resolves (never rejects) once the outcome is final: see {@link outcomeOf}. */
  private readonly settled: Promise<void>;
  private markSettled!: () => void;
  /** The final outcome: the broker's answer, an error, or the batches it was split into. */
  private outcome: { result: BatchResult } | { error: Error } | { pieces: ProducerBatch[] } | undefined;
  /** The encoded batch, kept across retries; dropped whenever the producer state changes. */
  private encoded: Buffer | undefined;
  /** The buffer lent by the pool for the records, while the batch holds it. */
  private pooled: Buffer | undefined;

  constructor(
    readonly tp: TopicPartition,
    /** `performance.now()` at creation; linger and delivery timeout count from here. */
    readonly createdAt: number,
    /** `performance.now()` after which the batch fails with a timeout. */
    readonly deadline: number,
    private readonly callbacks: BatchCallbacks = NO_CALLBACKS,
    /** The records buffer's first size (it grows by doubling), or a full buffer from `pool`. */
    initialBytes: number | 'pooled' = 256,
    /**
     * Lends the records buffer: at once when `initialBytes` is `'pooled'`, else when the records
     * outgrow their first buffer.
     */
    private readonly pool?: BatchBufferPool,
    /** Records the batch is expected to hold: its metadata array is sized for them (it doubles past that). */
    expectedRecords = 8,
  ) {
    this.meta = new Float64Array(3 * Math.max(8, expectedRecords));
    if (initialBytes === 'pooled') {
      this.pooled = pool?.take();
      this.body = new RecordsBuilder(this.pooled ?? pool?.recordBytes);
    } else {
      this.body = new RecordsBuilder(initialBytes);
    }
    // Never rejects: nobody may be listening (fire-and-forget sends), and a failure reaches only
    // the records' own promises and callbacks, never an unhandled rejection.
    this.settled = new Promise<void>((resolve) => {
      this.markSettled = resolve;
    });
  }

  /** The batch's state; it changes only through the methods below. */
  get state(): BatchState {
    return this.current;
  }

  /** Records may still be appended. */
  get isOpen(): boolean {
    return this.current === 'open';
  }

  get inFlight(): boolean {
    return this.current === 'inFlight';
  }

  /** The result is final (delivered or failed). */
  get done(): boolean {
    return this.current === 'done';
  }

  private transition(to: BatchState): void {
    if (!BATCH_TRANSITIONS[this.current].includes(to)) {
      throw new Error(
        `internal error: batch for ${this.tp.topic}[${this.tp.partition}] cannot go from ${this.current} to ${to}`,
      );
    }
    this.current = to;
  }

  /** No more appends (full, or about to be sent). Idempotent. */
  close(): void {
    if (this.current === 'open') this.transition('closed');
  }

  /** The batch goes out in a Produce request. */
  markSent(): void {
    this.close();
    this.transition('inFlight');
    this.attempts++;
  }

  /** The attempt failed retriably: the batch waits in its queue until `retryAt`. */
  markRetry(retryAt: number): void {
    this.transition('retrying');
    this.retryAt = retryAt;
  }

  /** Sequence of the first record when idempotent (-1 before the first send), kept across retries. */
  get baseSequence(): number {
    return this.sequence;
  }

  get producerId(): bigint {
    return this.pid;
  }

  get producerEpoch(): number {
    return this.epoch;
  }

  /** Whether the batch carries this producer id and epoch (and so a sequence valid under them). */
  stampedBy(producerId: bigint, epoch: number): boolean {
    return this.sequence >= 0 && this.pid === producerId && this.epoch === epoch;
  }

  /** Gives the batch its idempotent producer state; the encoded bytes are rebuilt on the next send. */
  setProducerState(producerId: bigint, epoch: number, baseSequence: number): void {
    if (producerId === this.pid && epoch === this.epoch && baseSequence === this.sequence) return;
    this.pid = producerId;
    this.epoch = epoch;
    this.sequence = baseSequence;
    this.encoded = undefined;
  }

  /** Forgets the sequence (a new producer identity will give it a fresh one when it is sent). */
  clearSequence(): void {
    this.setProducerState(-1n, -1, -1);
  }

  /** Appends a record; returns its index in the batch. */
  append(record: PendingRecord, size: number, callback?: DeliveryCallback): number {
    const body = this.body;
    if (!body) throw new Error(`internal error: append to a finished batch for ${this.tp.topic}[${this.tp.partition}]`);
    if (this.pool && !this.pooled) this.movePooledIfOutgrown(body, size);
    body.append(record.timestamp, record.key, record.value, record.headers);
    const index = this.count++;
    if (this.meta.length < 3 * this.count) {
      const grown = new Float64Array(this.meta.length * 2);
      grown.set(this.meta);
      this.meta = grown;
    }
    this.meta[3 * index] = record.timestamp;
    this.meta[3 * index + 1] = record.key === null ? -1 : record.key.length;
    this.meta[3 * index + 2] = record.value === null ? -1 : record.value.length;
    this.sizeBytes += size;
    if (callback) (this.perRecord ??= [])[index] = callback;
    return index;
  }

  get recordCount(): number {
    return this.count;
  }

  /** Bytes of the encoded records so far (0 once the batch is done). */
  get bodyBytes(): number {
    return this.body?.sizeInBytes ?? 0;
  }

  /** The records decoded back from their bytes (to split the batch: rare, so it goes the long way). */
  private decodedRecords(): PendingRecord[] {
    const plain = encodeBuiltBatch(this.body as RecordsBuilder, {
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
      isTransactional: false,
      compression: CompressionType.NONE,
    }) as Buffer;
    return decodeRecordBatchesSync(plain)[0].records.map((r) => ({
      key: r.key,
      value: r.value,
      headers: r.headers.length > 0 ? r.headers : undefined,
      timestamp: Number(r.timestamp),
    }));
  }

  /** Resolves (never rejects) once every record of the batch has its final outcome. */
  get result(): Promise<void> {
    return this.settled;
  }

  /** A promise of the metadata of the record at `index`; rejects with the record's error. */
  recordPromise(index: number): Promise<RecordMetadata> {
    return this.settled.then(() => this.outcomeOf(index));
  }

  /** The final outcome of the record at `index`: its metadata, or its error thrown. */
  private outcomeOf(index: number): RecordMetadata {
    const outcome = this.outcome!;
    if ('result' in outcome) return this.metadataFor(index, outcome.result);
    if ('error' in outcome) throw outcome.error;
    for (const piece of outcome.pieces) {
      if (index < piece.recordCount) return piece.outcomeOf(index);
      index -= piece.recordCount;
    }
    throw new Error(`internal error: record ${index} is in no piece of a split batch`);
  }

  /**
   * Splits a batch the broker refused as too large into `parts` batches of consecutive records,
   * which take over its records, callbacks, reserved bytes and (with idempotence) sequences. This
   * batch is then done; its records' promises settle when the pieces have.
   */
  split(parts: number): ProducerBatch[] {
    const n = this.count;
    const records = this.decodedRecords();
    const pieces: ProducerBatch[] = [];
    let reservedLeft = this.reservedBytes;
    for (let k = 0; k < parts && k < n; k++) {
      const from = Math.floor((n * k) / parts);
      const to = Math.floor((n * (k + 1)) / parts);
      if (to === from) continue;
      const piece = new ProducerBatch(this.tp, this.createdAt, this.deadline, this.callbacks);
      for (let i = from; i < to; i++) piece.append(records[i], estimateRecordSize(records[i]), this.perRecord?.[i]);
      piece.capacity = piece.sizeBytes;
      piece.reservedBytes = to === n ? reservedLeft : Math.floor((this.reservedBytes * (to - from)) / n);
      reservedLeft -= piece.reservedBytes;
      piece.lastError = this.lastError;
      piece.attempts = this.attempts;
      piece.close();
      if (this.sequence >= 0) piece.setProducerState(this.pid, this.epoch, (this.sequence + from) % 2 ** 31);
      pieces.push(piece);
    }
    this.transition('done');
    this.releaseBuffer(false);
    this.encoded = undefined;
    this.body = undefined;
    this.reservedBytes = 0;
    this.outcome = { pieces };
    void Promise.all(pieces.map((p) => p.settled)).then(this.markSettled);
    return pieces;
  }

  /** Metadata of the record at `index` given the batch result. */
  metadataFor(index: number, res: BatchResult): RecordMetadata {
    const logAppend = res.logAppendTime >= 0n;
    const keySize = this.meta[3 * index + 1];
    const valueSize = this.meta[3 * index + 2];
    return {
      topic: this.tp.topic,
      partition: this.tp.partition,
      topicPartition: this.tp,
      offset: res.baseOffset < 0n ? -1n : res.baseOffset + BigInt(index),
      timestamp: logAppend ? res.logAppendTime : BigInt(this.meta[3 * index]),
      timestampType: logAppend ? 'LogAppendTime' : 'CreateTime',
      logStartOffset: res.logStartOffset,
      serializedKeySize: keySize,
      serializedValueSize: valueSize,
    };
  }

  /** Encodes the batch for sending; re-encodes only when its producer state changed since the last time. */
  async encode(compression: keyof typeof COMPRESSION_CODES, isTransactional: boolean): Promise<Buffer> {
    if (this.encoded) return this.encoded;
    const body = this.body;
    if (!body) throw new Error(`internal error: encoding a finished batch for ${this.tp.topic}[${this.tp.partition}]`);
    const stamp = { pid: this.pid, epoch: this.epoch, sequence: this.sequence };
    const buf = await encodeBuiltBatch(body, {
      producerId: stamp.pid,
      producerEpoch: stamp.epoch,
      baseSequence: stamp.sequence,
      isTransactional,
      compression: COMPRESSION_CODES[compression],
    });
    // Encoding may be asynchronous (zstd): keep the bytes only if the state did not change meanwhile.
    if (stamp.pid === this.pid && stamp.epoch === this.epoch && stamp.sequence === this.sequence) this.encoded = buf;
    return buf;
  }

  /** Resolves every record of the batch. */
  complete(res: BatchResult): void {
    if (this.done) return;
    this.transition('done');
    // Sent once and answered: that one write is over, so nothing reads the buffer any more.
    this.releaseBuffer(this.attempts === 1);
    this.encoded = undefined;
    this.body = undefined;
    this.outcome = { result: res };
    this.markSettled();
    this.runCallbacks(null, res);
  }

  /** Fails every record of the batch. */
  fail(err: Error): void {
    if (this.done) return;
    this.transition('done');
    this.releaseBuffer(false);
    this.encoded = undefined;
    this.body = undefined;
    this.outcome = { error: err };
    this.markSettled();
    this.runCallbacks(err, undefined);
  }

  /**
   * A batch about to outgrow its first buffer moves into a pooled one (if it will fit there and the
   * pool has one to lend) rather than doubling its buffer: the doubled buffer and the one it
   * replaced would both be garbage once the batch is sent. `size` is the record's estimate, never
   * below its encoded size.
   */
  private movePooledIfOutgrown(body: RecordsBuilder, size: number): void {
    const pool = this.pool as BatchBufferPool;
    const need = RECORD_BATCH_OVERHEAD + body.sizeInBytes + size;
    if (need <= body.buffer.length || need > pool.bufferBytes) return;
    const buf = pool.take();
    if (!buf) return;
    body.moveTo(buf);
    this.pooled = buf;
  }

  /**
   * Ends the loan of the pooled buffer: back to the pool when `reusable` (no write of it can be
   * pending) and the records are still in it; otherwise the garbage collector takes it.
   */
  private releaseBuffer(reusable: boolean): void {
    const buf = this.pooled;
    if (!buf || !this.pool) return;
    this.pooled = undefined;
    if (reusable && this.body?.buffer === buf) this.pool.give(buf);
    else this.pool.forget();
  }

  /**
   * Runs a delivery callback. One that throws must not stop the others or the sender (DESIGN rule
   * 14): what it throws goes to `callbackFailed` (the logger and `errorCallback`).
   */
  private callSafely(cb: DeliveryCallback, err: Error | null, md: RecordMetadata | null): void {
    try {
      cb(err, md);
    } catch (thrown) {
      this.callbacks.callbackFailed(thrown);
    }
  }

  private runCallbacks(err: Error | null, res: BatchResult | undefined): void {
    const perRecord = this.perRecord;
    const { onDelivery } = this.callbacks;
    if (!onDelivery && !perRecord) return;
    for (let i = 0; i < this.count; i++) {
      const md = res ? this.metadataFor(i, res) : null;
      if (onDelivery) this.callSafely(onDelivery, err, md);
      const own = perRecord?.[i];
      if (own) this.callSafely(own, err, md);
    }
  }
}
