import type { CompressionType, TimestampType } from './attributes.js';

/** One record header. Headers keep their order and may repeat a key. */
export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/**
 * A decoded record. `key`, `value` and header values are views (`subarray`) into the buffer they
 * were decoded from — the Fetch response's `records` bytes, or the decompressed bytes of a
 * compressed batch — so they stay valid as long as they are referenced but change if that buffer is
 * reused; copy them (`Buffer.from(view)`) to keep them independently.
 */
export interface KafkaRecord {
  /** Absolute offset in the partition. */
  offset: bigint;
  /** Milliseconds since the epoch (CreateTime, or the batch's LogAppendTime); -1 when unknown (magic 0). */
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
  /** Shared frozen empty array when the record has no headers. */
  headers: RecordHeader[];
}

/** Control record types (the `type` int16 of a control record's key). */
export const ControlRecordType = {
  ABORT: 0,
  COMMIT: 1,
} as const;
/** One of {@link ControlRecordType}'s values, or another id a newer broker wrote. */
export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType] | number;

/** The decoded key (and, for transaction markers, value) of a control batch's record. */
export interface ControlRecord {
  /** Version of the control key schema. */
  version: number;
  /** {@link ControlRecordType.ABORT} or {@link ControlRecordType.COMMIT} for transaction markers. */
  type: ControlRecordType;
  /** The transaction coordinator's epoch from the EndTxnMarker value, or null when absent. */
  coordinatorEpoch: number | null;
}

/**
 * A decoded batch: RecordBatch v2 fields, or the equivalent for one legacy (magic 0/1) message or
 * compressed wrapper message (producer fields -1, partitionLeaderEpoch -1).
 */
export interface RecordBatch {
  baseOffset: bigint;
  /** baseOffset + lastOffsetDelta: the offset after which the next batch starts. */
  lastOffset: bigint;
  /** The batchLength field (bytes after it); for legacy messages, the messageSize field. */
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  /** The stored checksum (CRC32C for magic 2, CRC32 for magic 0/1). */
  crc: number;
  attributes: number;
  compression: CompressionType;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  /** The delete horizon set by log compaction (attributes bit 6; stored in baseTimestamp), or null. */
  deleteHorizonMs: bigint | null;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  records: KafkaRecord[];
  /** For control batches, the first record's decoded control key and value; null otherwise. */
  control: ControlRecord | null;
  /** Bytes this batch occupied in the input, including baseOffset and batchLength. */
  sizeInBytes: number;
  /**
   * With the `deferRecords` decode option: the records' bytes, not decoded yet (`records` is empty
   * until {@link decodeDeferredRecords}). Undefined once decoded, and without the option.
   */
  deferred?: DeferredRecords;
}

/** The undecoded records of a batch: `count` records filling `data[start, end)` (inflated when compressed). */
export interface DeferredRecords {
  data: Buffer;
  start: number;
  end: number;
  count: number;
}

/** A record to encode. Timestamps are milliseconds since the epoch. */
export interface RecordInput {
  key?: Uint8Array | null;
  value: Uint8Array | null;
  headers?: readonly { key: string; value: Uint8Array | null }[] | null;
  /** Defaults to the batch's baseTimestamp. A number (as from `Date.now()`) is the fast path. */
  timestamp?: number | bigint;
}

/** What {@link encodeRecordBatchSync} needs: the records and the batch header fields. */
export interface RecordBatchInput {
  records: readonly RecordInput[];
  /** 0 for produce requests (the broker assigns offsets). */
  baseOffset?: bigint | number;
  /** Defaults to the first record's timestamp, or `Date.now()`. */
  baseTimestamp?: bigint | number;
  /** -1 from producers. */
  partitionLeaderEpoch?: number;
  /** -1 unless idempotent. */
  producerId?: bigint | number;
  /** -1 unless idempotent. */
  producerEpoch?: number;
  /** -1 unless idempotent. */
  baseSequence?: number;
  isTransactional?: boolean;
  /** Only brokers write control batches; tests use this to build transaction markers. */
  isControl?: boolean;
  compression?: CompressionType;
  timestampType?: TimestampType;
  /** Defaults to records.length - 1 (0 for an empty batch). */
  lastOffsetDelta?: number;
  /** Sets attributes bit 6 and stores this value in baseTimestamp (compaction only). */
  deleteHorizonMs?: bigint | number;
}
