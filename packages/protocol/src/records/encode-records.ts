import { ProtocolError } from '../errors/kafka-error.js';
import type { RecordInput } from './types.js';
import { uvarintSize, writeUvarint, zigzag32, zigzag64 } from './varint.js';

/*
 * Records are encoded in two passes over the input: `measureRecords` sizes every record (and keeps
 * each body size, timestamp delta and header key length in scratch arrays), then `writeRecords`
 * writes them into one exactly sized buffer. No per-record allocation; the scratch arrays are
 * module-level and reused, which is safe because both passes run synchronously back to back.
 */

let bodySizes = new Int32Array(1024);
let tsDeltas = new Float64Array(1024);
let headerKeyLens = new Int32Array(256);
let measuredMaxDelta = 0;
const MAX_DELTA = 2 ** 52;

function growFor(n: number): void {
  if (bodySizes.length < n) {
    const cap = Math.max(n, bodySizes.length * 2);
    bodySizes = new Int32Array(cap);
    tsDeltas = new Float64Array(cap);
  }
}

/**
 * The timestamp delta of one record against the batch's base timestamp, as a safe integer.
 * `baseBig` is used only for bigint timestamps or when the base is not a safe integer.
 */
function timestampDelta(ts: number | bigint | undefined, baseNum: number, baseBig: bigint): number {
  let d: number;
  if (ts === undefined) return 0;
  if (typeof ts === 'number' && Number.isSafeInteger(baseNum)) d = ts - baseNum;
  else d = Number(BigInt(ts) - baseBig);
  // Zigzag in doubles is exact below 2^52, far beyond any real timestamp delta.
  if (!(d > -MAX_DELTA && d < MAX_DELTA) || Math.floor(d) !== d) {
    throw new ProtocolError(`record timestamp ${ts} is not an integer within 2^52 of the base ${baseBig}`);
  }
  return d;
}

/** Bytes a nullable byte field takes in a record (zigzag varint length, then the bytes). */
export function nullableSize(b: Uint8Array | null | undefined): number {
  if (b == null) return 1;
  const n = b.length;
  return uvarintSize(zigzag32(n)) + n;
}

/**
 * Sizes every record of a batch (each with its length prefix); returns the total. Must be followed
 * by {@link writeRecords} on the same array before any other batch is measured.
 */
export function measureRecords(records: readonly RecordInput[], baseNum: number, baseBig: bigint): number {
  const n = records.length;
  growFor(n);
  let total = 0;
  let hk = 0;
  let maxDelta = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    const d = timestampDelta(r.timestamp, baseNum, baseBig);
    tsDeltas[i] = d;
    if (d > maxDelta) maxDelta = d;
    let size = 1 + uvarintSize(zigzag64(d)) + uvarintSize(zigzag32(i)) + nullableSize(r.key) + nullableSize(r.value);
    const headers = r.headers;
    const hCount = headers == null ? 0 : headers.length;
    size += uvarintSize(zigzag32(hCount));
    if (hCount > 0) {
      if (headerKeyLens.length < hk + hCount) {
        const next = new Int32Array(Math.max(hk + hCount, headerKeyLens.length * 2));
        next.set(headerKeyLens);
        headerKeyLens = next;
      }
      for (let h = 0; h < hCount; h++) {
        const header = headers![h];
        const keyLen = Buffer.byteLength(header.key, 'utf8');
        headerKeyLens[hk++] = keyLen;
        size += uvarintSize(zigzag32(keyLen)) + keyLen + nullableSize(header.value);
      }
    }
    bodySizes[i] = size;
    total += uvarintSize(zigzag32(size)) + size;
  }
  measuredMaxDelta = n === 0 ? 0 : maxDelta;
  return total;
}

/** The largest timestamp delta seen by the last {@link measureRecords} (0 for no records). */
export function lastMaxTimestampDelta(): number {
  return measuredMaxDelta;
}

/** Writes a nullable byte field of a record at `at`; returns the position after it. */
export function writeNullable(buf: Buffer, at: number, b: Uint8Array | null | undefined): number {
  if (b == null) {
    buf[at] = 1; // zigzag(-1)
    return at + 1;
  }
  const n = b.length;
  at = writeUvarint(buf, at, zigzag32(n));
  if (n > 0) {
    if (n < 64) {
      for (let j = 0; j < n; j++) buf[at + j] = b[j];
    } else {
      buf.set(b, at);
    }
  }
  return at + n;
}

/** Writes the records measured by {@link measureRecords} at `at`; returns the position after them. */
export function writeRecords(buf: Buffer, at: number, records: readonly RecordInput[]): number {
  const n = records.length;
  let hk = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    at = writeUvarint(buf, at, zigzag32(bodySizes[i]));
    buf[at++] = 0; // record attributes: unused
    at = writeUvarint(buf, at, zigzag64(tsDeltas[i]));
    at = writeUvarint(buf, at, zigzag32(i));
    at = writeNullable(buf, at, r.key);
    at = writeNullable(buf, at, r.value);
    const headers = r.headers;
    const hCount = headers == null ? 0 : headers.length;
    at = writeUvarint(buf, at, zigzag32(hCount));
    for (let h = 0; h < hCount; h++) {
      const header = headers![h];
      const keyLen = headerKeyLens[hk++];
      at = writeUvarint(buf, at, zigzag32(keyLen));
      at += buf.write(header.key, at, keyLen, 'utf8');
      at = writeNullable(buf, at, header.value);
    }
  }
  return at;
}

/**
 * The bytes one record takes inside a v2 batch, length prefix included, so that a producer can
 * fill batches up to a size limit without encoding. `offsetDelta` is the record's index in the
 * batch; `timestampDelta` its timestamp minus the batch's base timestamp.
 */
export function recordSizeInBatch(record: RecordInput, offsetDelta: number, timestampDelta: number): number {
  let size =
    1 +
    uvarintSize(zigzag64(timestampDelta)) +
    uvarintSize(zigzag32(offsetDelta)) +
    nullableSize(record.key) +
    nullableSize(record.value);
  const headers = record.headers;
  const hCount = headers == null ? 0 : headers.length;
  size += uvarintSize(zigzag32(hCount));
  for (let h = 0; h < hCount; h++) {
    const keyLen = Buffer.byteLength(headers![h].key, 'utf8');
    size += uvarintSize(zigzag32(keyLen)) + keyLen + nullableSize(headers![h].value);
  }
  return uvarintSize(zigzag32(size)) + size;
}
