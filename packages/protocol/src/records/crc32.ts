import CRC32 from 'crc-32';

/**
 * Plain CRC-32 (IEEE, as zlib) of `buf[start, end)`, unsigned. Only legacy MessageSet v0/v1 uses
 * it, over the bytes from `magic` to the end of the message.
 */
export function crc32(buf: Uint8Array, start = 0, end: number = buf.length): number {
  const view = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  return CRC32.buf(view) >>> 0;
}
