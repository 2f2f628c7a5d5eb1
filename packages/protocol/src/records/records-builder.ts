import { ProtocolError } from '../errors/kafka-error.js';
import { RECORD_BATCH_OVERHEAD } from './batch-layout.js';
import { nullableSize, writeNullable } from './encode-records.js';
import { uvarintSize, writeUvarint, zigzag32, zigzag64 } from './varint.js';

const MAX_DELTA = 2 ** 52;
/** Room left in front of the records for the batch header, written in place by {@link RecordsBuilder.framed}'s user. */
const HEAD = RECORD_BATCH_OVERHEAD;

/** A header as {@link RecordsBuilder.append} takes it. */
export interface BuilderHeader {
  key: string;
  value: Uint8Array | null;
}

/**
 * The records of one RecordBatch v2, encoded as they are appended (the producer's path, as Java's
 * MemoryRecordsBuilder): each record is written at once into a buffer that grows by doubling, so a
 * queued record costs its bytes and nothing else on the heap, and the key and value a caller passed
 * can be collected young. Offset deltas are the append order; timestamp deltas are taken against
 * the first record's timestamp. {@link encodeBuiltBatch} adds the header.
 */
export class RecordsBuilder {
  private buf: Buffer;
  /** Where the next record goes; the records start at {@link HEAD}. */
  private end: number = HEAD;
  private n = 0;
  private base = 0;
  private maxDelta = 0;

  /**
   * `initial`: the first buffer's size for records (it doubles as records arrive), or the buffer
   * itself, header room included (a producer's pooled batch buffer; replaced if records outgrow it).
   */
  constructor(initial: number | Buffer = 256) {
    if (typeof initial !== 'number' && initial.length >= HEAD + 16) this.buf = initial;
    else this.buf = Buffer.allocUnsafe(HEAD + Math.max(16, typeof initial === 'number' ? initial : 0));
  }

  /**
   * The buffer the records are in now: the one given to the constructor unless records outgrew it.
   * Its owner may reuse it once nothing reads the builder's bytes any more.
   */
  get buffer(): Buffer {
    return this.buf;
  }

  /**
   * Moves the records into `buffer` (header room included), where later records go too: a producer
   * moves a batch that outgrew its first buffer into a pooled one instead of doubling it.
   *
   * @throws RangeError when `buffer` cannot hold the records already appended.
   */
  moveTo(buffer: Buffer): void {
    if (buffer.length < this.end) throw new RangeError(`a buffer of ${buffer.length} bytes cannot hold ${this.end}`);
    this.buf.copy(buffer, HEAD, HEAD, this.end);
    this.buf = buffer;
  }

  /** Records appended so far. */
  get count(): number {
    return this.n;
  }

  /** Bytes of the encoded records so far (length prefixes included, no batch header). */
  get sizeInBytes(): number {
    return this.end - HEAD;
  }

  /** The first record's timestamp (0 before any record). */
  get baseTimestamp(): number {
    return this.base;
  }

  /** The largest timestamp delta so far (0 before any record). */
  get maxTimestampDelta(): number {
    return this.maxDelta;
  }

  /** The encoded records: a view of the buffer, valid until the next append. */
  bytes(): Buffer {
    return this.buf.subarray(HEAD, this.end);
  }

  /**
   * The records with {@link RECORD_BATCH_OVERHEAD} bytes in front of them for the batch header: a
   * view of the buffer (valid until the next append) that becomes an uncompressed batch once the
   * header is written into it, without copying the records (Java's MemoryRecordsBuilder does the same).
   */
  framed(): Buffer {
    return this.buf.subarray(0, this.end);
  }

  /**
   * Appends one record; returns the bytes it took.
   *
   * @throws ProtocolError when its timestamp is not an integer within 2^52 of the batch's first.
   */
  append(
    timestamp: number,
    key: Uint8Array | null | undefined,
    value: Uint8Array | null,
    headers: readonly BuilderHeader[] | null | undefined,
  ): number {
    if (this.n === 0) this.base = timestamp;
    const delta = timestamp - this.base;
    if (!(delta > -MAX_DELTA && delta < MAX_DELTA) || Math.floor(delta) !== delta)
      throw new ProtocolError(`record timestamp ${timestamp} is not an integer within 2^52 of the base ${this.base}`);
    const offsetDelta = this.n;
    let body = 1 + uvarintSize(zigzag64(delta)) + uvarintSize(zigzag32(offsetDelta)) + nullableSize(key);
    body += nullableSize(value);
    const hCount = headers == null ? 0 : headers.length;
    body += uvarintSize(zigzag32(hCount));
    for (let h = 0; h < hCount; h++) {
      const header = (headers as readonly BuilderHeader[])[h];
      const keyLen = Buffer.byteLength(header.key, 'utf8');
      body += uvarintSize(zigzag32(keyLen)) + keyLen + nullableSize(header.value);
    }
    const total = uvarintSize(zigzag32(body)) + body;
    this.ensure(total);
    const buf = this.buf;
    let at = writeUvarint(buf, this.end, zigzag32(body));
    buf[at++] = 0; // record attributes: unused
    at = writeUvarint(buf, at, zigzag64(delta));
    at = writeUvarint(buf, at, zigzag32(offsetDelta));
    at = writeNullable(buf, at, key);
    at = writeNullable(buf, at, value);
    at = writeUvarint(buf, at, zigzag32(hCount));
    for (let h = 0; h < hCount; h++) {
      const header = (headers as readonly BuilderHeader[])[h];
      const keyLen = Buffer.byteLength(header.key, 'utf8');
      at = writeUvarint(buf, at, zigzag32(keyLen));
      at += buf.write(header.key, at, keyLen, 'utf8');
      at = writeNullable(buf, at, header.value);
    }
    this.end = at;
    this.n++;
    if (delta > this.maxDelta) this.maxDelta = delta;
    return total;
  }

  private ensure(extra: number): void {
    const need = this.end + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, HEAD, HEAD, this.end);
    this.buf = next;
  }
}
