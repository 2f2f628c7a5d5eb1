import { ProtocolError } from '../errors/kafka-error.js';
import { BatchAttributes, CompressionType, MAX_COMPRESSION_TYPE, TimestampType } from './attributes.js';
import { BatchLayout, LOG_OVERHEAD, RECORD_BATCH_OVERHEAD } from './batch-layout.js';
import { codecFor } from './compression/registry.js';
import { decodeControlRecord } from './control-record.js';
import { crc32c } from './crc32c.js';
import type { ResolvedDecodeOptions } from './decode-options.js';
import { decodeRecords } from './decode-records.js';
import type { KafkaRecord, RecordBatch } from './types.js';

const NO_RECORDS: never[] = [];

/**
 * Reads a v2 batch header at `buf[at]` (the batch spans `[at, end)`), checking the CRC32C when
 * asked. Returns the batch with an empty `records`; the count is in `records.length` afterwards.
 */
function readHeader(buf: Buffer, at: number, end: number, verifyCrc: boolean): { batch: RecordBatch; count: number } {
  if (end - at < RECORD_BATCH_OVERHEAD) {
    throw new ProtocolError(
      `record batch of ${end - at} bytes is shorter than its ${RECORD_BATCH_OVERHEAD}-byte header`,
    );
  }
  const baseOffset = buf.readBigInt64BE(at + BatchLayout.BASE_OFFSET);
  const crc = buf.readUInt32BE(at + BatchLayout.CRC);
  if (verifyCrc) {
    const actual = crc32c(buf, at + BatchLayout.ATTRIBUTES, end);
    if (actual !== crc) {
      throw new ProtocolError(
        `CRC32C mismatch in the record batch at offset ${baseOffset}: expected 0x${crc.toString(16).padStart(8, '0')}, actual 0x${actual.toString(16).padStart(8, '0')}`,
      );
    }
  }
  const attributes = buf.readInt16BE(at + BatchLayout.ATTRIBUTES);
  const compression = attributes & BatchAttributes.COMPRESSION_MASK;
  if (compression > MAX_COMPRESSION_TYPE) throw new ProtocolError(`unknown compression codec ${compression}`);
  const lastOffsetDelta = buf.readInt32BE(at + BatchLayout.LAST_OFFSET_DELTA);
  const baseTimestamp = buf.readBigInt64BE(at + BatchLayout.BASE_TIMESTAMP);
  const count = buf.readInt32BE(at + BatchLayout.RECORDS_COUNT);
  if (count < 0) throw new ProtocolError(`negative record count ${count} in the batch at offset ${baseOffset}`);
  const batch: RecordBatch = {
    baseOffset,
    lastOffset: baseOffset + BigInt(lastOffsetDelta),
    batchLength: buf.readInt32BE(at + BatchLayout.BATCH_LENGTH),
    partitionLeaderEpoch: buf.readInt32BE(at + BatchLayout.PARTITION_LEADER_EPOCH),
    magic: 2,
    crc,
    attributes,
    compression: compression as CompressionType,
    timestampType:
      attributes & BatchAttributes.TIMESTAMP_TYPE ? TimestampType.LOG_APPEND_TIME : TimestampType.CREATE_TIME,
    isTransactional: (attributes & BatchAttributes.TRANSACTIONAL) !== 0,
    isControl: (attributes & BatchAttributes.CONTROL) !== 0,
    deleteHorizonMs: attributes & BatchAttributes.DELETE_HORIZON ? baseTimestamp : null,
    lastOffsetDelta,
    baseTimestamp,
    maxTimestamp: buf.readBigInt64BE(at + BatchLayout.MAX_TIMESTAMP),
    producerId: buf.readBigInt64BE(at + BatchLayout.PRODUCER_ID),
    producerEpoch: buf.readInt16BE(at + BatchLayout.PRODUCER_EPOCH),
    baseSequence: buf.readInt32BE(at + BatchLayout.BASE_SEQUENCE),
    records: NO_RECORDS,
    control: null,
    sizeInBytes: end - at,
  };
  return { batch, count };
}

/**
 * Decodes the records (from the batch bytes or the inflated payload) into `batch`, or with
 * `defer` (data batches only) keeps where they are for {@link decodeDeferredRecords}.
 */
function fillRecords(
  batch: RecordBatch,
  data: Buffer,
  start: number,
  end: number,
  count: number,
  defer: boolean,
): RecordBatch {
  batch.deferred = { data, start, end, count };
  if (defer && !batch.isControl) return batch;
  decodeDeferredRecords(batch);
  if (batch.isControl && batch.records.length > 0) {
    const first = batch.records[0];
    batch.control = decodeControlRecord(first.key, first.value);
  }
  return batch;
}

/**
 * Decodes the v2 batch spanning `buf[at, end)` synchronously: every codec but zstd.
 *
 * @throws ProtocolError for malformed bytes, a CRC mismatch, a codec without a sync binding, or
 * output beyond the decompression cap.
 */
export function decodeRecordBatchV2Sync(
  buf: Buffer,
  at: number,
  end: number,
  opts: ResolvedDecodeOptions,
): RecordBatch {
  const { batch, count } = readHeader(buf, at, end, opts.verifyCrc);
  const start = at + RECORD_BATCH_OVERHEAD;
  if (batch.compression === CompressionType.NONE) return fillRecords(batch, buf, start, end, count, opts.deferRecords);
  const codec = codecFor(batch.compression, opts.codecs);
  if (!codec.decompressSync) {
    throw new ProtocolError(`${codec.name} has no synchronous binding: use decodeRecordBatches`);
  }
  const data = codec.decompressSync(buf.subarray(start, end), opts.maxDecompressedBytes);
  return fillRecords(batch, data, 0, data.length, count, opts.deferRecords);
}

/** Decodes the v2 batch spanning `buf[at, end)`; awaits only for codecs without a sync binding. */
export async function decodeRecordBatchV2(
  buf: Buffer,
  at: number,
  end: number,
  opts: ResolvedDecodeOptions,
): Promise<RecordBatch> {
  const { batch, count } = readHeader(buf, at, end, opts.verifyCrc);
  const start = at + RECORD_BATCH_OVERHEAD;
  if (batch.compression === CompressionType.NONE) return fillRecords(batch, buf, start, end, count, opts.deferRecords);
  const codec = codecFor(batch.compression, opts.codecs);
  const payload = buf.subarray(start, end);
  const data = codec.decompressSync
    ? codec.decompressSync(payload, opts.maxDecompressedBytes)
    : await codec.decompress(payload, opts.maxDecompressedBytes);
  return fillRecords(batch, data, 0, data.length, count, opts.deferRecords);
}

/**
 * Decodes the records a batch decoded with `deferRecords` left for later, into `batch.records`
 * (which it returns); a batch already decoded returns its records.
 *
 * @throws ProtocolError when the records' bytes are malformed (lengths, counts, varints); the
 * batch then stays deferred.
 */
export function decodeDeferredRecords(batch: RecordBatch): KafkaRecord[] {
  const d = batch.deferred;
  if (!d) return batch.records;
  const logAppendTime = batch.timestampType === TimestampType.LOG_APPEND_TIME ? batch.maxTimestamp : null;
  batch.records = decodeRecords(d.data, d.start, d.end, d.count, batch.baseOffset, batch.baseTimestamp, logAppendTime);
  batch.deferred = undefined;
  return batch.records;
}

/** The smallest batchLength a v2 batch can declare. */
export const MIN_BATCH_LENGTH = RECORD_BATCH_OVERHEAD - LOG_OVERHEAD;
