/**
 * Varint helpers that work on a raw Buffer with a caller-held position, for the record hot paths
 * (the Writer/Reader classes do the same with bounds growth and checks per call).
 */

/** Zigzag-encodes a signed 32-bit integer. */
export function zigzag32(v: number): number {
  return ((v << 1) ^ (v >> 31)) >>> 0;
}

/** Zigzag-encodes a safe integer in a double (exact for |v| < 2^52). */
export function zigzag64(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

/** Bytes an unsigned varint takes (any non-negative safe integer). */
export function uvarintSize(z: number): number {
  if (z < 0x80) return 1;
  if (z < 0x4000) return 2;
  if (z < 0x200000) return 3;
  if (z < 0x10000000) return 4;
  let n = 5;
  z = Math.floor(z / 0x800000000);
  while (z > 0) {
    n++;
    z = Math.floor(z / 128);
  }
  return n;
}

/** Bytes a zigzag varint of a signed 32-bit value takes. */
export function varintSize(v: number): number {
  return uvarintSize(zigzag32(v));
}

/**
 * Writes an unsigned varint (any non-negative safe integer) at `at`; returns the next position.
 * The caller has sized the buffer.
 */
export function writeUvarint(buf: Uint8Array, at: number, z: number): number {
  while (z >= 0x80) {
    buf[at++] = (z & 0x7f) | 0x80;
    z = z < 0x80000000 ? z >>> 7 : Math.floor(z / 128);
  }
  buf[at++] = z;
  return at;
}
