import { ProtocolError } from '../errors/kafka-error.js';
import type { TaggedField } from './reader.js';
import { uuidToBytes } from './uuid.js';

const MIN_CAPACITY = 256;

/**
 * A growable big-endian byte writer. It doubles its backing Buffer when full, so a message is
 * written with O(log n) copies; `finish()` returns a view of the written bytes without copying.
 *
 * With {@link spillBytesAbove} set, a bytes field at least that large (a Produce request's record
 * batch) is not copied in: the message becomes a list of chunks ({@link finishChunks}), the
 * writer's own bytes around views of the caller's buffers, for a vectored socket write.
 */
export class Writer {
  buf: Buffer;
  /** Where the next byte goes in {@link buf}. */
  offset = 0;
  /** Bytes fields this large or larger are kept by reference instead of copied. */
  spillBytesAbove = Number.POSITIVE_INFINITY;
  /** The message so far, before {@link sealed}: own bytes and spilled fields, in order. */
  private chunks: Uint8Array[] | undefined;
  private chunkBytes = 0;
  /** Start in {@link buf} of the bytes not yet in {@link chunks}. */
  private sealed = 0;

  constructor(initialCapacity = MIN_CAPACITY) {
    this.buf = Buffer.allocUnsafe(Math.max(initialCapacity, 16));
  }

  /** The number of bytes written so far. */
  get length(): number {
    return this.chunkBytes + this.offset - this.sealed;
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.offset + n <= this.buf.length) return;
    // Bytes already in chunks stay where they are (the chunks are views of them).
    const live = this.offset - this.sealed;
    const needed = live + n;
    let cap = this.buf.length * 2;
    while (cap < needed) cap *= 2;
    const next = Buffer.allocUnsafe(cap);
    this.buf.copy(next, 0, this.sealed, this.offset);
    this.buf = next;
    this.offset = live;
    this.sealed = 0;
  }

  /** The bytes written, as a view of the backing buffer (one copy when fields were spilled). */
  finish(): Buffer {
    const tail = this.buf.subarray(this.sealed, this.offset);
    return this.chunks ? Buffer.concat([...this.chunks, tail], this.length) : tail;
  }

  /** The bytes written, as chunks to write in order: views, nothing copied. */
  finishChunks(): Uint8Array[] {
    const tail = this.buf.subarray(this.sealed, this.offset);
    return this.chunks ? [...this.chunks, tail] : [tail];
  }

  /** Appends `b` by reference (see {@link spillBytesAbove}). */
  private spill(b: Uint8Array): this {
    (this.chunks ??= []).push(this.buf.subarray(this.sealed, this.offset), b);
    this.chunkBytes += this.offset - this.sealed + b.length;
    this.sealed = this.offset;
    return this;
  }

  int8(v: number): this {
    this.ensure(1);
    this.buf.writeInt8(v, this.offset++);
    return this;
  }

  uint8(v: number): this {
    this.ensure(1);
    this.buf[this.offset++] = v;
    return this;
  }

  bool(v: boolean): this {
    return this.int8(v ? 1 : 0);
  }

  int16(v: number): this {
    this.ensure(2);
    this.offset = this.buf.writeInt16BE(v, this.offset);
    return this;
  }

  uint16(v: number): this {
    this.ensure(2);
    this.offset = this.buf.writeUInt16BE(v, this.offset);
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.offset = this.buf.writeInt32BE(v, this.offset);
    return this;
  }

  uint32(v: number): this {
    this.ensure(4);
    this.offset = this.buf.writeUInt32BE(v, this.offset);
    return this;
  }

  int64(v: bigint): this {
    this.ensure(8);
    this.offset = this.buf.writeBigInt64BE(v, this.offset);
    return this;
  }

  float64(v: number): this {
    this.ensure(8);
    this.offset = this.buf.writeDoubleBE(v, this.offset);
    return this;
  }

  uuid(v: string): this {
    return this.raw(uuidToBytes(v));
  }

  unsignedVarint(v: number): this {
    if (v < 0 || v > 0xffffffff || !Number.isInteger(v)) {
      throw new ProtocolError(`unsigned varint out of range: ${v}`);
    }
    this.ensure(5);
    const buf = this.buf;
    while (v >= 0x80) {
      buf[this.offset++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    buf[this.offset++] = v;
    return this;
  }

  /** A zigzag-encoded signed 32-bit varint. */
  varint(v: number): this {
    return this.unsignedVarint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** A zigzag-encoded signed 64-bit varint. */
  varlong(v: bigint | number): this {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= -(2 ** 48) && v < 2 ** 48) {
      // Fast path: zigzag in doubles is exact below 2^49.
      let z = v >= 0 ? v * 2 : -v * 2 - 1;
      this.ensure(10);
      const buf = this.buf;
      while (z >= 0x80) {
        buf[this.offset++] = (z % 128) | 0x80;
        z = Math.floor(z / 128);
      }
      buf[this.offset++] = z;
      return this;
    }
    const b = BigInt.asIntN(64, BigInt(v));
    let z = BigInt.asUintN(64, (b << 1n) ^ (b >> 63n));
    this.ensure(10);
    while (z >= 0x80n) {
      this.buf[this.offset++] = Number(z & 0x7fn) | 0x80;
      z >>= 7n;
    }
    this.buf[this.offset++] = Number(z);
    return this;
  }

  /** Raw bytes, no length prefix. */
  raw(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.offset);
    this.offset += b.length;
    return this;
  }

  private utf8(s: string, len: number): void {
    this.ensure(len);
    this.offset += this.buf.write(s, this.offset, len, 'utf8');
  }

  string(s: string): this {
    const len = Buffer.byteLength(s, 'utf8');
    if (len > 0x7fff) throw new ProtocolError(`string of ${len} bytes exceeds the int16 length limit`);
    this.int16(len);
    this.utf8(s, len);
    return this;
  }

  nullableString(s: string | null | undefined): this {
    if (s == null) return this.int16(-1);
    return this.string(s);
  }

  compactString(s: string): this {
    const len = Buffer.byteLength(s, 'utf8');
    this.unsignedVarint(len + 1);
    this.utf8(s, len);
    return this;
  }

  compactNullableString(s: string | null | undefined): this {
    if (s == null) return this.unsignedVarint(0);
    return this.compactString(s);
  }

  bytes(b: Uint8Array): this {
    this.int32(b.length);
    return b.length >= this.spillBytesAbove ? this.spill(b) : this.raw(b);
  }

  nullableBytes(b: Uint8Array | null | undefined): this {
    if (b == null) return this.int32(-1);
    return this.bytes(b);
  }

  compactBytes(b: Uint8Array): this {
    this.unsignedVarint(b.length + 1);
    return b.length >= this.spillBytesAbove ? this.spill(b) : this.raw(b);
  }

  compactNullableBytes(b: Uint8Array | null | undefined): this {
    if (b == null) return this.unsignedVarint(0);
    return this.compactBytes(b);
  }

  arrayLength(n: number | null): this {
    return this.int32(n ?? -1);
  }

  compactArrayLength(n: number | null): this {
    return this.unsignedVarint(n == null ? 0 : n + 1);
  }

  /**
   * Writes a tagged-field section: the known fields (already encoded, keyed by tag) merged in tag
   * order with unknown fields kept from a decode.
   */
  taggedFields(known: TaggedField[] | undefined, unknown: TaggedField[] | undefined): this {
    if (!known?.length && !unknown?.length) return this.uint8(0);
    const all = !unknown?.length ? known! : [...(known ?? []), ...unknown].sort((a, b) => a.tag - b.tag);
    this.unsignedVarint(all.length);
    for (const f of all) {
      this.unsignedVarint(f.tag);
      this.unsignedVarint(f.data.length);
      this.raw(f.data);
    }
    return this;
  }

  /**
   * Reserves an int32 to be filled in by {@link patchInt32} once the size is known; returns its
   * position in the message.
   */
  reserveInt32(): number {
    this.ensure(4);
    const at = this.length;
    this.offset += 4;
    return at;
  }

  /** Writes `v` at a position {@link reserveInt32} returned. */
  patchInt32(at: number, v: number): void {
    if (at >= this.chunkBytes) {
      this.buf.writeInt32BE(v, at - this.chunkBytes + this.sealed);
      return;
    }
    // In a chunk of the writer's own bytes: reserved bytes never straddle two chunks.
    let start = 0;
    for (const chunk of this.chunks as Uint8Array[]) {
      if (at < start + chunk.length) {
        new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength).setInt32(at - start, v);
        return;
      }
      start += chunk.length;
    }
  }
}
