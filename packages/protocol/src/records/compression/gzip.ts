import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { CompressionType } from '../attributes.js';
import { type CompressionCodec, corrupt, tooLarge } from './codec.js';

const gzipAsync = promisify(zlib.gzip);
const gunzipAsync = promisify(zlib.gunzip);

function isTooLarge(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * gzip through node:zlib. zlib's `maxOutputLength` stops inflation at the cap, so a gzip bomb costs
 * at most the cap in memory.
 */
export const gzipCodec: CompressionCodec = {
  type: CompressionType.GZIP,
  name: 'gzip',
  compressSync: (data) => zlib.gzipSync(data),
  compress: (data) => gzipAsync(data),
  decompressSync(data, maxBytes) {
    try {
      return zlib.gunzipSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (err) {
      throw isTooLarge(err) ? tooLarge('gzip', 'more', maxBytes) : corrupt('gzip', err);
    }
  },
  async decompress(data, maxBytes) {
    try {
      return await gunzipAsync(data, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (err) {
      throw isTooLarge(err) ? tooLarge('gzip', 'more', maxBytes) : corrupt('gzip', err);
    }
  },
};
