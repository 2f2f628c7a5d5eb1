import { ProtocolError } from '../errors/kafka-error.js';
import { MIN_RECORD_SIZE } from './batch-layout.js';
import type { KafkaRecord, RecordHeader } from './types.js';

/** Shared by every record without headers; frozen so that no caller can add to it by mistake. */
export const EMPTY_HEADERS: RecordHeader[] = Object.freeze([]) as unknown as RecordHeader[];

/*
 * The record loop keeps its cursor in a module variable rather than in an object, and reads
 * varints inline, so that decoding allocates nothing per record beyond the record, its two
 * bigints and its key/value views. Everything is synchronous, so the shared cursor is safe.
 */
let pos = 0;
/** Set when a varlong does not fit a safe integer (then the reader returns NaN). */
let wide = 0n;

function truncated(what: string, end: number): ProtocolError {
  return new ProtocolError(`truncated ${what} at offset ${pos} (record data ends at ${end})`);
}

/** A zigzag varint of at most 32 bits at `pos`. */
function readVarint(buf: Buffer, end: number): number {
  let p = pos;
  if (p >= end) throw truncated('varint', end);
  let b = buf[p++];
  if (b < 0x80) {
    pos = p;
    return (b >>> 1) ^ -(b & 1);
  }
  let z = b & 0x7f;
  for (let shift = 7; ; shift += 7) {
    if (p >= end) throw truncated('varint', end);
    b = buf[p++];
    if (shift === 28) {
      if (b > 0x0f) throw new ProtocolError(`varint longer than 32 bits at offset ${pos}`);
      z = (z | (b << 28)) >>> 0;
      break;
    }
    z |= (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  pos = p;
  return (z >>> 1) ^ -(z & 1);
}

/** A zigzag varlong at `pos` as a number; NaN (with the value in `wide`) beyond ±2^48. */
function readVarlong(buf: Buffer, end: number): number {
  let p = pos;
  if (p >= end) throw truncated('varlong', end);
  let b = buf[p++];
  if (b < 0x80) {
    pos = p;
    return (b >>> 1) ^ -(b & 1);
  }
  let z = b & 0x7f;
  let mul = 128;
  for (let i = 1; i < 7; i++) {
    if (p >= end) throw truncated('varlong', end);
    b = buf[p++];
    z += (b & 0x7f) * mul;
    if (b < 0x80) {
      pos = p;
      return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    }
    mul *= 128;
  }
  let raw = BigInt(z);
  let shift = 49n;
  for (let i = 7; i < 10; i++) {
    if (p >= end) throw truncated('varlong', end);
    b = buf[p++];
    raw |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) {
      if (i === 9 && b > 1) throw new ProtocolError(`varlong longer than 64 bits at offset ${pos}`);
      pos = p;
      wide = BigInt.asIntN(64, (raw >> 1n) ^ -(raw & 1n));
      return Number.NaN;
    }
    shift += 7n;
  }
  throw new ProtocolError(`varlong longer than 10 bytes at offset ${pos}`);
}

/** Nullable varint-length bytes at `pos`, as a view of `buf`. */
function readNullableBytes(buf: Buffer, end: number, what: string): Buffer | null {
  const n = readVarint(buf, end);
  if (n < 0) {
    if (n === -1) return null;
    throw new ProtocolError(`invalid ${what} length ${n} at offset ${pos}`);
  }
  const start = pos;
  if (n > end - start) throw new ProtocolError(`${what} of ${n} bytes overruns its record at offset ${start}`);
  pos = start + n;
  return buf.subarray(start, start + n);
}

function readHeaders(buf: Buffer, end: number): RecordHeader[] {
  const count = readVarint(buf, end);
  if (count === 0) return EMPTY_HEADERS;
  if (count < 0 || count * 2 > end - pos) {
    throw new ProtocolError(`header count ${count} cannot fit the ${end - pos} bytes left at offset ${pos}`);
  }
  const headers: RecordHeader[] = new Array(count);
  for (let h = 0; h < count; h++) {
    const keyLen = readVarint(buf, end);
    const start = pos;
    if (keyLen < 0 || keyLen > end - start) {
      throw new ProtocolError(`invalid header key length ${keyLen} at offset ${start}`);
    }
    pos = start + keyLen;
    const key = buf.toString('utf8', start, pos);
    headers[h] = { key, value: readNullableBytes(buf, end, 'header value') };
  }
  return headers;
}

/**
 * Decodes `count` records from `buf[start, end)`, which they must fill exactly. Offsets are
 * `baseOffset + offsetDelta`; timestamps `baseTimestamp + timestampDelta`, or `logAppendTime` for
 * every record when it is not null. Key, value and header values are views of `buf`.
 */
export function decodeRecords(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  baseOffset: bigint,
  baseTimestamp: bigint,
  logAppendTime: bigint | null,
): KafkaRecord[] {
  if (count < 0 || count * MIN_RECORD_SIZE > end - start) {
    throw new ProtocolError(`record count ${count} cannot fit in ${end - start} bytes`);
  }
  const records: KafkaRecord[] = new Array(count);
  pos = start;
  // Offsets are consecutive and timestamps repeat within a batch: deriving each from the previous
  // record's (bigints are immutable, so sharing one is safe) allocates one bigint per record, not four.
  let prevOffsetDelta = -2;
  let prevOffset = 0n;
  let prevTsDelta = Number.NaN;
  let prevTimestamp = 0n;
  for (let i = 0; i < count; i++) {
    const length = readVarint(buf, end);
    const recordStart = pos;
    if (length < MIN_RECORD_SIZE - 1 || length > end - recordStart) {
      throw new ProtocolError(`record length ${length} at offset ${recordStart} does not fit the batch`);
    }
    const recordEnd = recordStart + length;
    pos++; // attributes: unused
    const tsDelta = readVarlong(buf, recordEnd);
    const offsetDelta = readVarint(buf, recordEnd);
    const key = readNullableBytes(buf, recordEnd, 'key');
    const value = readNullableBytes(buf, recordEnd, 'value');
    const headers = readHeaders(buf, recordEnd);
    if (pos !== recordEnd) {
      throw new ProtocolError(
        `record at offset ${recordStart} declares ${length} bytes but holds ${pos - recordStart}`,
      );
    }
    let timestamp: bigint;
    if (logAppendTime !== null) timestamp = logAppendTime;
    else if (tsDelta === prevTsDelta) timestamp = prevTimestamp;
    else if (Number.isNaN(tsDelta)) timestamp = BigInt.asIntN(64, baseTimestamp + wide);
    else {
      timestamp = tsDelta === 0 ? baseTimestamp : baseTimestamp + BigInt(tsDelta);
      prevTsDelta = tsDelta;
      prevTimestamp = timestamp;
    }
    const offset = offsetDelta === prevOffsetDelta + 1 ? prevOffset + 1n : baseOffset + BigInt(offsetDelta);
    prevOffsetDelta = offsetDelta;
    prevOffset = offset;
    records[i] = { offset, timestamp, key, value, headers };
  }
  if (pos !== end) {
    throw new ProtocolError(`${end - pos} bytes left over after ${count} records: the batch size is wrong`);
  }
  return records;
}

/** A record with its offset and timestamp left as deltas (see {@link decodeRecordDeltas}). */
export interface DeltaRecord {
  offsetDelta: number;
  timestampDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

/**
 * The same loop as {@link decodeRecords} but keeping offsetDelta and timestampDelta as numbers
 * (no bigint per record). Not part of the public API: the benchmark uses it to measure what the
 * bigint offsets and timestamps cost.
 *
 * @internal
 */
export function decodeRecordDeltas(buf: Buffer, start: number, end: number, count: number): DeltaRecord[] {
  if (count < 0 || count * MIN_RECORD_SIZE > end - start) {
    throw new ProtocolError(`record count ${count} cannot fit in ${end - start} bytes`);
  }
  const records: DeltaRecord[] = new Array(count);
  pos = start;
  for (let i = 0; i < count; i++) {
    const length = readVarint(buf, end);
    const recordStart = pos;
    if (length < MIN_RECORD_SIZE - 1 || length > end - recordStart) {
      throw new ProtocolError(`record length ${length} at offset ${recordStart} does not fit the batch`);
    }
    const recordEnd = recordStart + length;
    pos++;
    const timestampDelta = readVarlong(buf, recordEnd);
    const offsetDelta = readVarint(buf, recordEnd);
    const key = readNullableBytes(buf, recordEnd, 'key');
    const value = readNullableBytes(buf, recordEnd, 'value');
    const headers = readHeaders(buf, recordEnd);
    if (pos !== recordEnd) throw new ProtocolError(`record at offset ${recordStart} has the wrong length`);
    records[i] = { offsetDelta, timestampDelta, key, value, headers };
  }
  return records;
}
