import { ProtocolError } from '../errors/kafka-error.js';
import { uuidFromBytes } from './uuid.js';

/** One tagged field that the decoder did not recognise, kept so a round trip preserves it. */
export interface TaggedField {
  tag: number;
  data: Buffer;
}

/**
 * A bounded cursor over a Buffer. Every length read from the wire is checked against the bytes
 * left before anything is allocated, so a hostile or corrupt frame ends in {@link ProtocolError}
 * rather than a crash, a hang or a huge allocation.
 */
export class Reader {
  /** The position of the next byte to read. */
  offset: number;
  /** One past the last readable byte. */
  readonly end: number;

  constructor(
    readonly buf: Buffer,
    offset = 0,
    end: number = buf.length,
  ) {
    if (offset < 0 || end > buf.length || offset > end) {
      throw new ProtocolError(`reader bounds [${offset}, ${end}) do not fit a buffer of ${buf.length} bytes`);
    }
    this.offset = offset;
    this.end = end;
  }

  /** Bytes not yet read. */
  remaining(): number {
    return this.end - this.offset;
  }

  /** Throws unless `n` more bytes can be read. */
  need(n: number, what = 'value'): void {
    if (n > this.end - this.offset) {
      throw new ProtocolError(`truncated ${what}: need ${n} bytes at offset ${this.offset}, ${this.remaining()} left`);
    }
  }

  int8(): number {
    this.need(1, 'int8');
    return this.buf.readInt8(this.offset++);
  }

  uint8(): number {
    this.need(1, 'uint8');
    return this.buf[this.offset++];
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    this.need(2, 'int16');
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  uint16(): number {
    this.need(2, 'uint16');
    const v = this.buf.readUInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.need(4, 'int32');
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  uint32(): number {
    this.need(4, 'uint32');
    const v = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  int64(): bigint {
    this.need(8, 'int64');
    const v = this.buf.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }

  float64(): number {
    this.need(8, 'float64');
    const v = this.buf.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }

  /** A 16-byte UUID in Kafka's own text form (22 characters of unpadded base64url). */
  uuid(): string {
    return uuidFromBytes(this.slice(16));
  }

  /** An unsigned LEB128 varint of at most 32 bits. */
  unsignedVarint(): number {
    let result = 0;
    let shift = 0;
    const { buf, end } = this;
    let offset = this.offset;
    while (true) {
      if (offset >= end) throw new ProtocolError(`truncated varint at offset ${this.offset}`);
      const byte = buf[offset++];
      if (shift === 28) {
        if (byte > 0x0f) throw new ProtocolError(`varint longer than 32 bits at offset ${this.offset}`);
        result += byte * 2 ** 28;
        break;
      }
      result |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
    }
    this.offset = offset;
    return result >>> 0;
  }

  /** A zigzag-encoded signed varint of at most 32 bits. */
  varint(): number {
    const n = this.unsignedVarint();
    return (n >>> 1) ^ -(n & 1);
  }

  /**
   * A zigzag-encoded signed varint of at most 64 bits, as a number. Values beyond ±2^53 (which no
   * record delta reaches in practice) are reported as a ProtocolError rather than rounded.
   */
  varlongNumber(): number {
    const v = this.varlong();
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new ProtocolError(`varlong ${v} does not fit a safe integer`);
    }
    return Number(v);
  }

  /** A zigzag-encoded signed varint of at most 64 bits. */
  varlong(): bigint {
    const { buf, end } = this;
    let offset = this.offset;
    // Fast path: up to 7 bytes (49 bits) accumulate exactly in a double.
    let low = 0;
    let shift = 0;
    for (let i = 0; i < 7; i++) {
      if (offset >= end) throw new ProtocolError(`truncated varlong at offset ${this.offset}`);
      const byte = buf[offset++];
      low += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) {
        this.offset = offset;
        // zigzag decode without leaving the double range
        return BigInt(low % 2 === 0 ? low / 2 : -(low + 1) / 2);
      }
      shift += 7;
    }
    let raw = BigInt(low);
    let bigShift = 49n;
    for (let i = 7; i < 10; i++) {
      if (offset >= end) throw new ProtocolError(`truncated varlong at offset ${this.offset}`);
      const byte = buf[offset++];
      raw |= BigInt(byte & 0x7f) << bigShift;
      if ((byte & 0x80) === 0) {
        if (i === 9 && byte > 1) throw new ProtocolError(`varlong longer than 64 bits at offset ${this.offset}`);
        this.offset = offset;
        return (raw >> 1n) ^ -(raw & 1n);
      }
      bigShift += 7n;
    }
    throw new ProtocolError(`varlong longer than 10 bytes at offset ${this.offset}`);
  }

  /** The next `n` bytes as a view (no copy). */
  slice(n: number): Buffer {
    if (n < 0) throw new ProtocolError(`negative length ${n} at offset ${this.offset}`);
    this.need(n, 'bytes');
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  skip(n: number): void {
    this.slice(n);
  }

  private utf8(n: number): string {
    this.need(n, 'string');
    const s = this.buf.toString('utf8', this.offset, this.offset + n);
    this.offset += n;
    return s;
  }

  /** int16 length + UTF-8. */
  string(): string {
    const n = this.int16();
    if (n < 0) throw new ProtocolError(`negative string length ${n} for a non-nullable string`);
    return this.utf8(n);
  }

  nullableString(): string | null {
    const n = this.int16();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolError(`invalid string length ${n}`);
    return this.utf8(n);
  }

  /** unsigned varint (length + 1) + UTF-8. */
  compactString(): string {
    const n = this.unsignedVarint() - 1;
    if (n < 0) throw new ProtocolError('null compact string where a value is required');
    return this.utf8(n);
  }

  compactNullableString(): string | null {
    const n = this.unsignedVarint() - 1;
    return n < 0 ? null : this.utf8(n);
  }

  /** int32 length + bytes, returned as a view. */
  bytes(): Buffer {
    const n = this.int32();
    if (n < 0) throw new ProtocolError(`negative bytes length ${n} for non-nullable bytes`);
    return this.slice(n);
  }

  nullableBytes(): Buffer | null {
    const n = this.int32();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolError(`invalid bytes length ${n}`);
    return this.slice(n);
  }

  compactBytes(): Buffer {
    const n = this.unsignedVarint() - 1;
    if (n < 0) throw new ProtocolError('null compact bytes where a value is required');
    return this.slice(n);
  }

  compactNullableBytes(): Buffer | null {
    const n = this.unsignedVarint() - 1;
    return n < 0 ? null : this.slice(n);
  }

  /**
   * An int32 array length; -1 means null. The count is bounded by the bytes left (each element
   * takes at least `minElementSize` bytes), so a forged count cannot trigger a huge allocation.
   */
  arrayLength(minElementSize = 1): number {
    const n = this.int32();
    if (n < -1) throw new ProtocolError(`invalid array length ${n}`);
    if (n > 0) this.checkCount(n, minElementSize);
    return n;
  }

  /** A compact array length (unsigned varint of length + 1); -1 means null. */
  compactArrayLength(minElementSize = 1): number {
    const n = this.unsignedVarint() - 1;
    if (n > 0) this.checkCount(n, minElementSize);
    return n;
  }

  private checkCount(n: number, minElementSize: number): void {
    if (n * minElementSize > this.remaining()) {
      throw new ProtocolError(
        `array of ${n} elements cannot fit in the ${this.remaining()} bytes left at offset ${this.offset}`,
      );
    }
  }

  /**
   * Reads a tagged-field section, calling `onTag` for each tag; `onTag` returns false for tags it
   * does not know, which are then kept and returned so that a re-encode preserves them.
   */
  taggedFields(onTag?: (tag: number, r: Reader) => boolean): TaggedField[] | undefined {
    const count = this.unsignedVarint();
    if (count === 0) return undefined;
    this.checkCount(count, 2);
    let unknown: TaggedField[] | undefined;
    let lastTag = -1;
    for (let i = 0; i < count; i++) {
      const tag = this.unsignedVarint();
      if (tag <= lastTag) throw new ProtocolError(`tagged fields out of order: ${tag} after ${lastTag}`);
      lastTag = tag;
      const size = this.unsignedVarint();
      const data = this.slice(size);
      const sub = new Reader(data);
      if (onTag?.(tag, sub)) continue;
      (unknown ??= []).push({ tag, data });
    }
    return unknown;
  }
}
