import { ProtocolError } from '../errors/kafka-error.js';
import { Reader } from '../primitives/reader.js';
import { CompressionType, TimestampType } from './attributes.js';
import { LOG_OVERHEAD } from './batch-layout.js';
import { codecFor } from './compression/registry.js';
import { crc32 } from './crc32.js';
import type { ResolvedDecodeOptions } from './decode-options.js';
import { EMPTY_HEADERS } from './decode-records.js';
import type { KafkaRecord, RecordBatch } from './types.js';

/** Bytes after messageSize in a v0 message with empty key and value: crc, magic, attributes, two lengths. */
export const LEGACY_MIN_MESSAGE_SIZE_V0 = 14;
/** The same for v1, which adds an int64 timestamp. */
export const LEGACY_MIN_MESSAGE_SIZE_V1 = 22;

const LEGACY_COMPRESSION_MASK = 0x07;
const LEGACY_TIMESTAMP_TYPE = 0x08;

interface LegacyMessage {
  offset: bigint;
  messageSize: number;
  crc: number;
  magic: number;
  attributes: number;
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
  size: number;
}

/** Reads one legacy message at `buf[at, end)` (the message must fill it exactly). */
function readMessage(buf: Buffer, at: number, end: number, verifyCrc: boolean): LegacyMessage {
  const r = new Reader(buf, at, end);
  const offset = r.int64();
  const messageSize = r.int32();
  const crc = r.uint32();
  const bodyStart = r.offset;
  const magic = r.int8();
  if (magic !== 0 && magic !== 1) throw new ProtocolError(`unknown legacy message magic ${magic}`);
  const min = magic === 0 ? LEGACY_MIN_MESSAGE_SIZE_V0 : LEGACY_MIN_MESSAGE_SIZE_V1;
  if (messageSize < min) throw new ProtocolError(`legacy v${magic} message size ${messageSize} is below ${min}`);
  if (messageSize !== end - at - LOG_OVERHEAD) {
    throw new ProtocolError(`legacy message size ${messageSize} does not match its ${end - at - LOG_OVERHEAD} bytes`);
  }
  if (verifyCrc) {
    const actual = crc32(buf, bodyStart, end);
    if (actual !== crc) {
      throw new ProtocolError(
        `CRC32 mismatch in the legacy message at offset ${offset}: expected 0x${crc.toString(16).padStart(8, '0')}, actual 0x${actual.toString(16).padStart(8, '0')}`,
      );
    }
  }
  const attributes = r.int8();
  const timestamp = magic === 0 ? -1n : r.int64();
  const key = r.nullableBytes();
  const value = r.nullableBytes();
  if (r.remaining() !== 0)
    throw new ProtocolError(`${r.remaining()} bytes left over in the legacy message at offset ${offset}`);
  return { offset, messageSize, crc, magic, attributes, timestamp, key, value, size: end - at };
}

/** The extent of the legacy message at `at`, or -1 when fewer bytes than it needs are left. */
function messageEnd(buf: Buffer, at: number, end: number): number {
  if (end - at < LOG_OVERHEAD) return -1;
  const size = buf.readInt32BE(at + 8);
  if (size < LEGACY_MIN_MESSAGE_SIZE_V0) throw new ProtocolError(`legacy message size ${size} is below the minimum`);
  return size > end - at - LOG_OVERHEAD ? -1 : at + LOG_OVERHEAD + size;
}

function toBatch(m: LegacyMessage, records: KafkaRecord[], lastOffset: bigint): RecordBatch {
  const baseOffset = records.length > 0 ? records[0].offset : m.offset;
  return {
    baseOffset,
    lastOffset,
    batchLength: m.messageSize,
    partitionLeaderEpoch: -1,
    magic: m.magic,
    crc: m.crc,
    attributes: m.attributes,
    compression: (m.attributes & LEGACY_COMPRESSION_MASK) as CompressionType,
    timestampType:
      m.magic > 0 && m.attributes & LEGACY_TIMESTAMP_TYPE ? TimestampType.LOG_APPEND_TIME : TimestampType.CREATE_TIME,
    isTransactional: false,
    isControl: false,
    deleteHorizonMs: null,
    lastOffsetDelta: Number(lastOffset - baseOffset),
    baseTimestamp: records.length > 0 ? records[0].timestamp : m.timestamp,
    maxTimestamp: m.timestamp,
    producerId: -1n,
    producerEpoch: -1,
    baseSequence: -1,
    records,
    control: null,
    sizeInBytes: m.size,
  };
}

/** The records of a compressed wrapper message, from its inflated value. */
function innerRecords(wrapper: LegacyMessage, inner: Buffer, verifyCrc: boolean): KafkaRecord[] {
  const messages: LegacyMessage[] = [];
  let at = 0;
  while (at < inner.length) {
    const end = messageEnd(inner, at, inner.length);
    if (end < 0) throw new ProtocolError(`truncated inner message in the wrapper at offset ${wrapper.offset}`);
    const m = readMessage(inner, at, end, verifyCrc);
    if ((m.attributes & LEGACY_COMPRESSION_MASK) !== 0) {
      throw new ProtocolError(`nested compressed message inside the wrapper at offset ${wrapper.offset}`);
    }
    messages.push(m);
    at = end;
  }
  const logAppend = wrapper.magic > 0 && (wrapper.attributes & LEGACY_TIMESTAMP_TYPE) !== 0;
  // v1 wrappers carry the last inner offset; inner offsets are relative to the first.
  const shift = wrapper.magic > 0 && messages.length > 0 ? wrapper.offset - messages[messages.length - 1].offset : 0n;
  return messages.map((m) => ({
    offset: m.offset + shift,
    timestamp: logAppend ? wrapper.timestamp : m.magic > 0 ? m.timestamp : -1n,
    key: m.key,
    value: m.value,
    headers: EMPTY_HEADERS,
  }));
}

function plainBatch(m: LegacyMessage): RecordBatch {
  const record: KafkaRecord = {
    offset: m.offset,
    timestamp: m.timestamp,
    key: m.key,
    value: m.value,
    headers: EMPTY_HEADERS,
  };
  return toBatch(m, [record], m.offset);
}

/**
 * Decodes one legacy (magic 0 or 1) message spanning `buf[at, end)` into a batch: a plain
 * message gives one record, a compressed wrapper gives its inner messages (with v1 relative
 * offsets made absolute). Legacy messages have no headers, producer fields or leader epoch.
 */
export function decodeLegacyMessage(buf: Buffer, at: number, end: number, opts: ResolvedDecodeOptions): RecordBatch {
  const m = readMessage(buf, at, end, opts.verifyCrc);
  const compression = m.attributes & LEGACY_COMPRESSION_MASK;
  if (compression === CompressionType.NONE) return plainBatch(m);
  if (compression === CompressionType.ZSTD || compression > CompressionType.ZSTD) {
    throw new ProtocolError(`compression codec ${compression} is not valid in a magic ${m.magic} message`);
  }
  if (m.value === null) throw new ProtocolError(`compressed wrapper at offset ${m.offset} has a null value`);
  const codec = codecFor(compression, opts.codecs);
  if (!codec.decompressSync) throw new ProtocolError(`${codec.name} has no synchronous binding`);
  const inner = codec.decompressSync(m.value, opts.maxDecompressedBytes);
  return toBatch(m, innerRecords(m, inner, opts.verifyCrc), m.offset);
}
