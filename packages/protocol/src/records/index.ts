/**
 * Record batches: RecordBatch v2 encode/decode, legacy MessageSet v0/v1 decode, CRC32C and the
 * compression codecs (gzip, snappy with xerial framing, lz4 frames, zstd).
 */
export {
  BatchAttributes,
  CompressionType,
  compressionName,
  MAX_COMPRESSION_TYPE,
  TimestampType,
} from './attributes.js';
export { BatchLayout, LOG_OVERHEAD, MIN_RECORD_SIZE, RECORD_BATCH_OVERHEAD } from './batch-layout.js';
export {
  type CodecOverrides,
  type CompressionCodec,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DecompressionLimitError,
} from './compression/codec.js';
export { gzipCodec } from './compression/gzip.js';
export { LZ4_FRAME_MAGIC, lz4Codec, lz4FrameBound } from './compression/lz4-frame.js';
export { codecFor, loadCompressionCodec } from './compression/registry.js';
export {
  snappyCodec,
  snappyDecompress,
  snappyXerialCompress,
  XERIAL_HEADER_SIZE,
  XERIAL_MAGIC,
} from './compression/snappy-xerial.js';
export { ZSTD_FRAME_MAGIC, zstdCodec, zstdFrameBound } from './compression/zstd.js';
export { decodeControlRecord, encodeControlRecordKey, encodeEndTxnMarkerValue } from './control-record.js';
export { crc32 } from './crc32.js';
export { crc32c } from './crc32c.js';
export type { DecodeOptions } from './decode-options.js';
export { decodeDeferredRecords } from './decode-record-batch.js';
export { decodeRecordBatches, decodeRecordBatchesSync } from './decode-record-batches.js';
export { EMPTY_HEADERS } from './decode-records.js';
export {
  type BuiltBatchHeader,
  type EncodeOptions,
  encodeBuiltBatch,
  encodeRecordBatch,
  encodeRecordBatchSync,
} from './encode-record-batch.js';
export { recordSizeInBatch } from './encode-records.js';
export { type BuilderHeader, RecordsBuilder } from './records-builder.js';
export {
  type ControlRecord,
  ControlRecordType,
  type DeferredRecords,
  type KafkaRecord,
  type RecordBatch,
  type RecordBatchInput,
  type RecordHeader,
  type RecordInput,
} from './types.js';
