import { ProtocolError } from '../errors/kafka-error.js';
import { BatchAttributes, CompressionType, TimestampType } from './attributes.js';
import { BatchLayout, LOG_OVERHEAD, RECORD_BATCH_OVERHEAD } from './batch-layout.js';
import type { CodecOverrides } from './compression/codec.js';
import { codecFor, pendingLoad } from './compression/registry.js';
import { crc32c } from './crc32c.js';
import { lastMaxTimestampDelta, measureRecords, writeRecords } from './encode-records.js';
import type { RecordsBuilder } from './records-builder.js';
import type { RecordBatchInput } from './types.js';

/** Options for encoding a batch. */
export interface EncodeOptions {
  /** Codecs to use instead of the built-in ones. */
  codecs?: CodecOverrides;
}

interface Prepared {
  baseNum: number;
  baseBig: bigint;
  recordsSize: number;
  /** Captured at once: the scratch state is shared, and an async encode may interleave. */
  maxDelta: number;
  compression: CompressionType;
}

function toBigInt(v: bigint | number, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isSafeInteger(v)) throw new ProtocolError(`${what} ${v} is not a safe integer`);
  return BigInt(v);
}

function prepare(input: RecordBatchInput): Prepared {
  const records = input.records;
  const horizon = input.deleteHorizonMs;
  const base = horizon ?? input.baseTimestamp ?? (records.length > 0 ? records[0].timestamp : undefined) ?? Date.now();
  const baseBig = toBigInt(base, 'baseTimestamp');
  const baseNum = Number(baseBig);
  const compression = input.compression ?? CompressionType.NONE;
  if (compression < 0 || compression > CompressionType.ZSTD) {
    throw new ProtocolError(`unknown compression codec ${compression}`);
  }
  const recordsSize = measureRecords(records, baseNum, baseBig);
  return { baseNum, baseBig, recordsSize, maxDelta: lastMaxTimestampDelta(), compression };
}

/** The header fields of a v2 batch, for {@link writeHeader}. */
interface HeaderFields {
  count: number;
  attributes: number;
  baseOffset: bigint;
  partitionLeaderEpoch: number;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
}

/** Writes the header fields and the CRC around records already at `out[61..]`. */
function writeHeader(out: Buffer, h: HeaderFields): Buffer {
  out.writeBigInt64BE(h.baseOffset, BatchLayout.BASE_OFFSET);
  out.writeInt32BE(out.length - LOG_OVERHEAD, BatchLayout.BATCH_LENGTH);
  out.writeInt32BE(h.partitionLeaderEpoch, BatchLayout.PARTITION_LEADER_EPOCH);
  out[BatchLayout.MAGIC] = 2;
  out.writeInt16BE(h.attributes, BatchLayout.ATTRIBUTES);
  out.writeInt32BE(h.lastOffsetDelta, BatchLayout.LAST_OFFSET_DELTA);
  out.writeBigInt64BE(h.baseTimestamp, BatchLayout.BASE_TIMESTAMP);
  out.writeBigInt64BE(h.maxTimestamp, BatchLayout.MAX_TIMESTAMP);
  out.writeBigInt64BE(h.producerId, BatchLayout.PRODUCER_ID);
  out.writeInt16BE(h.producerEpoch, BatchLayout.PRODUCER_EPOCH);
  out.writeInt32BE(h.baseSequence, BatchLayout.BASE_SEQUENCE);
  out.writeInt32BE(h.count, BatchLayout.RECORDS_COUNT);
  out.writeUInt32BE(crc32c(out, BatchLayout.ATTRIBUTES), BatchLayout.CRC);
  return out;
}

function finish(out: Buffer, input: RecordBatchInput, p: Prepared): Buffer {
  const n = input.records.length;
  let attributes = p.compression;
  if (input.timestampType === TimestampType.LOG_APPEND_TIME) attributes |= BatchAttributes.TIMESTAMP_TYPE;
  if (input.isTransactional) attributes |= BatchAttributes.TRANSACTIONAL;
  if (input.isControl) attributes |= BatchAttributes.CONTROL;
  if (input.deleteHorizonMs !== undefined) attributes |= BatchAttributes.DELETE_HORIZON;
  return writeHeader(out, {
    count: n,
    attributes,
    baseOffset: toBigInt(input.baseOffset ?? 0n, 'baseOffset'),
    partitionLeaderEpoch: input.partitionLeaderEpoch ?? -1,
    lastOffsetDelta: input.lastOffsetDelta ?? Math.max(0, n - 1),
    baseTimestamp: p.baseBig,
    maxTimestamp: p.baseBig + BigInt(p.maxDelta),
    producerId: toBigInt(input.producerId ?? -1n, 'producerId'),
    producerEpoch: input.producerEpoch ?? -1,
    baseSequence: input.baseSequence ?? -1,
  });
}

/** The producer state and options {@link encodeBuiltBatch} stamps on a batch. */
export interface BuiltBatchHeader {
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  isTransactional: boolean;
  compression: CompressionType;
}

/**
 * Encodes a batch whose records were written by a {@link RecordsBuilder}: the header (with the
 * given producer state), then the records, compressed when asked. Synchronous unless the codec
 * has no sync binding (zstd) or is still loading.
 */
export function encodeBuiltBatch(
  built: RecordsBuilder,
  header: BuiltBatchHeader,
  options?: EncodeOptions,
): Buffer | Promise<Buffer> {
  const compression = header.compression;
  if (compression < 0 || compression > CompressionType.ZSTD) {
    throw new ProtocolError(`unknown compression codec ${compression}`);
  }
  const raw = built.bytes();
  const n = built.count;
  const base = BigInt(built.baseTimestamp);
  let attributes: number = compression;
  if (header.isTransactional) attributes |= BatchAttributes.TRANSACTIONAL;
  const fields: HeaderFields = {
    count: n,
    attributes,
    baseOffset: 0n,
    partitionLeaderEpoch: -1,
    lastOffsetDelta: Math.max(0, n - 1),
    baseTimestamp: base,
    maxTimestamp: base + BigInt(built.maxTimestampDelta),
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
  };
  const wrap = (body: Buffer) => {
    const out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + body.length);
    body.copy(out, RECORD_BATCH_OVERHEAD);
    return writeHeader(out, fields);
  };
  // Uncompressed: the header goes into the room the builder left in front of the records.
  if (compression === CompressionType.NONE) return writeHeader(built.framed(), fields);
  const codec = codecFor(compression, options?.codecs);
  const loading = pendingLoad(codec);
  if (!loading && codec.compressSync) return wrap(codec.compressSync(raw));
  return (async () => {
    if (loading) await loading;
    return wrap(codec.compressSync ? codec.compressSync(raw) : await codec.compress(raw));
  })();
}

function encodeUncompressed(input: RecordBatchInput, p: Prepared): Buffer {
  const out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + p.recordsSize);
  writeRecords(out, RECORD_BATCH_OVERHEAD, input.records);
  return finish(out, input, p);
}

function rawRecords(input: RecordBatchInput, p: Prepared): Buffer {
  const raw = Buffer.allocUnsafe(p.recordsSize);
  writeRecords(raw, 0, input.records);
  return raw;
}

function wrapCompressed(input: RecordBatchInput, p: Prepared, compressed: Buffer): Buffer {
  const out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + compressed.length);
  compressed.copy(out, RECORD_BATCH_OVERHEAD);
  return finish(out, input, p);
}

/**
 * Encodes one RecordBatch v2 (magic 2) synchronously. Offset deltas are the records' indexes;
 * timestamp deltas are taken against `baseTimestamp`; maxTimestamp is the largest record
 * timestamp. Works for every codec with a sync binding (none, gzip, snappy, lz4); zstd needs
 * {@link encodeRecordBatch}.
 *
 * @throws ProtocolError for values that cannot be encoded, or a codec with no sync binding.
 */
export function encodeRecordBatchSync(input: RecordBatchInput, options?: EncodeOptions): Buffer {
  const p = prepare(input);
  if (p.compression === CompressionType.NONE) return encodeUncompressed(input, p);
  const codec = codecFor(p.compression, options?.codecs);
  if (!codec.compressSync) {
    throw new ProtocolError(`${codec.name} has no synchronous binding: use encodeRecordBatch`);
  }
  return wrapCompressed(input, p, codec.compressSync(rawRecords(input, p)));
}

/**
 * Encodes one RecordBatch v2 with any codec. It awaits only when the codec has no sync binding
 * (zstd) or its binding is not loaded yet (the first snappy or lz4 batch); otherwise it does the
 * same work as {@link encodeRecordBatchSync}.
 */
export async function encodeRecordBatch(input: RecordBatchInput, options?: EncodeOptions): Promise<Buffer> {
  const p = prepare(input);
  if (p.compression === CompressionType.NONE) return encodeUncompressed(input, p);
  const codec = codecFor(p.compression, options?.codecs);
  const raw = rawRecords(input, p);
  const loading = pendingLoad(codec);
  if (loading) await loading;
  const compressed = codec.compressSync ? codec.compressSync(raw) : await codec.compress(raw);
  return wrapCompressed(input, p, compressed);
}
