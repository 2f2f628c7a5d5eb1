import { IllegalStateError, RECORD_BATCH_OVERHEAD } from '@kafka-aio/protocol';
import type { Serializer } from './options.js';
import { estimateRecordSize, type PendingRecord } from './producer-batch.js';
import { checkTimestamp, normalizeHeaders, type RecordHeadersInput, serialize } from './record-input.js';

/** What {@link BatchBuilder.append} reports about a record it took. */
export interface AppendedRecord {
  /** Offset of the record within the batch (its offset is the batch's base offset plus this). */
  offsetDelta: number;
  /** Bytes the record adds to the batch. */
  size: number;
  timestamp: number;
}

/**
 * A batch assembled by hand for one partition (aiokafka's `create_batch()`), sent whole with
 * `producer.sendBatch(batch, topic, { partition })`. Keys and values go through the producer's
 * serializers, which must be synchronous here.
 */
export class BatchBuilder<K = Buffer | string | null, V = Buffer | string | null> {
  /** @internal */
  readonly records: PendingRecord[] = [];
  private bytes = RECORD_BATCH_OVERHEAD;
  private closed = false;

  /** @internal Made by `AIOKafkaProducer.createBatch()`. */
  constructor(
    private readonly maxBytes: number,
    private readonly keySerializer: Serializer<unknown> | undefined,
    private readonly valueSerializer: Serializer<unknown> | undefined,
  ) {}

  /**
   * Adds a record; returns null (and closes the batch) when it does not fit. A record that does not
   * fit an empty batch is still taken, alone, so one large record can always be sent.
   */
  append(record: { value: V; key?: K; timestampMs?: number; headers?: RecordHeadersInput }): AppendedRecord | null {
    if (this.closed) return null;
    const topic = '(batch)';
    const key = serialize('key', record.key, this.keySerializer, topic);
    const value = serialize('value', record.value, this.valueSerializer, topic);
    if (key instanceof Promise || value instanceof Promise) {
      throw new IllegalStateError('createBatch() needs synchronous serializers; serialize first, or use send()');
    }
    const pending: PendingRecord = {
      key,
      value,
      headers: normalizeHeaders(record.headers, topic),
      timestamp: record.timestampMs === undefined ? Date.now() : checkTimestamp(record.timestampMs),
    };
    const size = estimateRecordSize(pending);
    if (this.records.length > 0 && this.bytes + size > this.maxBytes) {
      this.closed = true;
      return null;
    }
    this.records.push(pending);
    this.bytes += size;
    return { offsetDelta: this.records.length - 1, size, timestamp: pending.timestamp };
  }

  /** Takes no more records. */
  close(): void {
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Estimated encoded size in bytes, batch header included. */
  size(): number {
    return this.bytes;
  }

  recordCount(): number {
    return this.records.length;
  }
}
