import CRC32C from 'crc-32/crc32c.js';

/**
 * CRC-32C (Castagnoli) of `buf[start, end)`, as an unsigned 32-bit number. RecordBatch v2 uses it
 * over the bytes from `attributes` to the end of the batch.
 */
export function crc32c(buf: Uint8Array, start = 0, end: number = buf.length): number {
  const view = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  return CRC32C.buf(view) >>> 0;
}
