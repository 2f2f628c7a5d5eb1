import { ProtocolError } from '../errors/kafka-error.js';
import { BatchAttributes, CompressionType, MAX_COMPRESSION_TYPE } from './attributes.js';
import { BatchLayout, LOG_OVERHEAD } from './batch-layout.js';
import { codecFor, pendingLoad } from './compression/registry.js';
import { type DecodeOptions, type ResolvedDecodeOptions, resolveDecodeOptions } from './decode-options.js';
import { decodeRecordBatchV2, decodeRecordBatchV2Sync, MIN_BATCH_LENGTH } from './decode-record-batch.js';
import { decodeLegacyMessage, LEGACY_MIN_MESSAGE_SIZE_V0 } from './legacy-message-set.js';
import type { RecordBatch } from './types.js';

/**
 * The end of the batch (or legacy message) starting at `at`, or -1 when the input stops before
 * it does: a broker cuts a Fetch response at its byte limit, so the last batch may be partial.
 * Follows Java's log input stream: a size below any format's minimum is corruption, not truncation.
 */
function frameEnd(buf: Buffer, at: number): number {
  const left = buf.length - at;
  if (left < LOG_OVERHEAD) return -1;
  const size = buf.readInt32BE(at + BatchLayout.BATCH_LENGTH);
  if (size < LEGACY_MIN_MESSAGE_SIZE_V0) {
    throw new ProtocolError(`batch length ${size} at byte ${at} is below the minimum of ${LEGACY_MIN_MESSAGE_SIZE_V0}`);
  }
  if (size > left - LOG_OVERHEAD) return -1;
  return at + LOG_OVERHEAD + size;
}

function magicAt(buf: Buffer, at: number, end: number): number {
  const magic = buf[at + BatchLayout.MAGIC];
  if (magic === 2) {
    if (end - at - LOG_OVERHEAD < MIN_BATCH_LENGTH) {
      throw new ProtocolError(`batch length ${end - at - LOG_OVERHEAD} is below the v2 minimum of ${MIN_BATCH_LENGTH}`);
    }
    return 2;
  }
  if (magic === 0 || magic === 1) return magic;
  throw new ProtocolError(`unknown record batch magic ${magic} at byte ${at}`);
}

/**
 * Decodes a Fetch partition's `records` bytes: zero or more RecordBatch v2 batches and legacy
 * (magic 0/1) messages back to back, told apart by the magic byte at offset 16. A truncated
 * trailing batch is skipped. Synchronous, so zstd batches are a ProtocolError here; use
 * {@link decodeRecordBatches} when the topic may hold them.
 *
 * Keys, values and header values are views of `buf` (or of a decompressed copy): see
 * {@link KafkaRecord}.
 *
 * @throws ProtocolError for anything malformed: bad magic, impossible lengths or counts, a CRC
 * mismatch, corrupt compressed data, or output beyond `maxDecompressedBytes`.
 */
export function decodeRecordBatchesSync(buf: Buffer, options?: DecodeOptions): RecordBatch[] {
  const opts = resolveDecodeOptions(options);
  const batches: RecordBatch[] = [];
  let at = 0;
  while (true) {
    const end = frameEnd(buf, at);
    if (end < 0) break;
    batches.push(decodeOne(buf, at, end, opts));
    at = end;
  }
  return batches;
}

function decodeOne(buf: Buffer, at: number, end: number, opts: ResolvedDecodeOptions): RecordBatch {
  return magicAt(buf, at, end) === 2
    ? decodeRecordBatchV2Sync(buf, at, end, opts)
    : decodeLegacyMessage(buf, at, end, opts);
}

/** True for a v2 batch whose codec has no sync binding. */
function needsAsync(buf: Buffer, at: number, end: number, opts: ResolvedDecodeOptions): boolean {
  if (magicAt(buf, at, end) !== 2) return false;
  const compression = buf[at + BatchLayout.ATTRIBUTES + 1] & BatchAttributes.COMPRESSION_MASK;
  if (compression === CompressionType.NONE || compression > MAX_COMPRESSION_TYPE) return false;
  return codecFor(compression, opts.codecs).decompressSync === undefined;
}

/**
 * The load a frame's codec still needs before the sync decoders can inflate it (the first snappy
 * or lz4 batch loads the native binding), or undefined. A legacy message keeps its codec in the low
 * bits of the attributes byte that follows crc and magic; a v2 batch in its attributes field.
 */
function codecLoad(buf: Buffer, at: number, end: number, opts: ResolvedDecodeOptions): Promise<unknown> | undefined {
  const magic = magicAt(buf, at, end);
  const attributes = magic === 2 ? buf[at + BatchLayout.ATTRIBUTES + 1] : buf[at + BatchLayout.MAGIC + 1];
  const compression = attributes & BatchAttributes.COMPRESSION_MASK;
  if (compression === CompressionType.NONE || compression > MAX_COMPRESSION_TYPE) return undefined;
  return pendingLoad(codecFor(compression, opts.codecs));
}

/**
 * Like {@link decodeRecordBatchesSync} but for every codec: it awaits only for batches whose codec
 * has no sync binding (zstd), so uncompressed, gzip, snappy and lz4 data decode without waiting.
 */
export async function decodeRecordBatches(buf: Buffer, options?: DecodeOptions): Promise<RecordBatch[]> {
  const opts = resolveDecodeOptions(options);
  const batches: RecordBatch[] = [];
  let at = 0;
  while (true) {
    const end = frameEnd(buf, at);
    if (end < 0) break;
    const loading = codecLoad(buf, at, end, opts);
    if (loading) await loading;
    batches.push(
      needsAsync(buf, at, end, opts) ? await decodeRecordBatchV2(buf, at, end, opts) : decodeOne(buf, at, end, opts),
    );
    at = end;
  }
  return batches;
}
