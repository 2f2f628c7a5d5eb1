import { ProtocolError } from '../../errors/kafka-error.js';
import { CompressionType } from '../attributes.js';
import { type CompressionCodec, checkOutput, corrupt, tooLarge } from './codec.js';
import { NativeBinding } from './native-binding.js';

/** The zstd frame magic number (stored little-endian: `28 B5 2F FD`). */
export const ZSTD_FRAME_MAGIC = 0xfd2fb528;
const MAX_BLOCK = 128 * 1024;
/** Kafka's default zstd level. */
const ZSTD_LEVEL = 3;

interface ZstdBinding {
  compress(data: Buffer, level?: number): Promise<Buffer>;
  decompress(data: Buffer): Promise<Buffer>;
}

/** Loaded on first use, so importing this package never loads zstd (NativeBinding). */
const binding = new NativeBinding<ZstdBinding>('zstd', '@mongodb-js/zstd');
const loadZstd = () => binding.load();

/**
 * An upper bound on what a sequence of zstd frames inflates to, from frame and block headers alone:
 * raw and RLE blocks count their exact size, compressed blocks their maximum (window size, at most
 * 128 KiB). A declared Frame_Content_Size above `maxBytes` fails at once. Structural damage is a
 * ProtocolError.
 */
export function zstdFrameBound(data: Buffer, maxBytes = Number.MAX_SAFE_INTEGER): number {
  let bound = 0;
  let at = 0;
  if (data.length === 0) throw new ProtocolError('empty zstd data');
  while (at < data.length) {
    if (data.length - at < 4) throw new ProtocolError('truncated zstd frame magic');
    const magic = data.readUInt32LE(at);
    if (magic >>> 4 === 0x184d2a5) {
      if (data.length - at < 8) throw new ProtocolError('truncated zstd skippable frame');
      const size = data.readUInt32LE(at + 4);
      if (size > data.length - at - 8) throw new ProtocolError('truncated zstd skippable frame');
      at += 8 + size;
      continue;
    }
    if (magic !== ZSTD_FRAME_MAGIC) throw new ProtocolError(`bad zstd frame magic 0x${magic.toString(16)}`);
    at += 4;
    if (at >= data.length) throw new ProtocolError('truncated zstd frame header');
    const fhd = data[at++];
    const fcsFlag = fhd >> 6;
    const singleSegment = (fhd & 0x20) !== 0;
    const checksum = (fhd & 0x04) !== 0;
    if (fhd & 0x08) throw new ProtocolError('zstd frame header reserved bit set');
    const dictIdSize = [0, 1, 2, 4][fhd & 3];
    const fcsSize = fcsFlag === 0 ? (singleSegment ? 1 : 0) : [0, 2, 4, 8][fcsFlag];
    const headerRest = (singleSegment ? 0 : 1) + dictIdSize + fcsSize;
    if (data.length - at < headerRest) throw new ProtocolError('truncated zstd frame header');
    let windowSize = 0;
    if (!singleSegment) {
      const wd = data[at++];
      const base = 2 ** (10 + (wd >> 3));
      windowSize = base + (base / 8) * (wd & 7);
    }
    at += dictIdSize;
    let contentSize = -1;
    if (fcsSize === 1) contentSize = data[at];
    else if (fcsSize === 2) contentSize = data.readUInt16LE(at) + 256;
    else if (fcsSize === 4) contentSize = data.readUInt32LE(at);
    else if (fcsSize === 8) {
      const hi = data.readUInt32LE(at + 4);
      contentSize = hi > 0x1fffff ? Number.MAX_SAFE_INTEGER : hi * 2 ** 32 + data.readUInt32LE(at);
    }
    at += fcsSize;
    if (contentSize > maxBytes) throw tooLarge('zstd', contentSize, maxBytes);
    if (singleSegment) windowSize = contentSize;
    const blockMax = Math.min(windowSize, MAX_BLOCK);
    let last = false;
    while (!last) {
      if (data.length - at < 3) throw new ProtocolError('truncated zstd block header');
      const header = data[at] | (data[at + 1] << 8) | (data[at + 2] << 16);
      at += 3;
      last = (header & 1) !== 0;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (type === 3) throw new ProtocolError('reserved zstd block type');
      if (size > MAX_BLOCK) throw new ProtocolError(`zstd block of ${size} bytes exceeds 128 KiB`);
      const payload = type === 1 ? 1 : size;
      if (payload > data.length - at) throw new ProtocolError('truncated zstd block');
      at += payload;
      bound += type === 2 ? blockMax : size;
      if (bound > maxBytes) throw tooLarge('zstd', `up to ${bound}`, maxBytes);
    }
    if (checksum) {
      if (data.length - at < 4) throw new ProtocolError('truncated zstd checksum');
      at += 4;
    }
  }
  return bound;
}

async function decompress(data: Buffer, maxBytes: number): Promise<Buffer> {
  zstdFrameBound(data, maxBytes);
  const zstd = await loadZstd();
  let out: Buffer;
  try {
    out = await zstd.decompress(data);
  } catch (err) {
    throw corrupt('zstd', err);
  }
  return checkOutput('zstd', out, maxBytes);
}

/**
 * zstd through @mongodb-js/zstd, which is async only: batches using it go through the async
 * `encodeRecordBatch`/`decodeRecordBatches`. Frame and block headers are walked first, so the
 * decompressed size is bounded by the cap before anything is inflated.
 */
export const zstdCodec: CompressionCodec = {
  type: CompressionType.ZSTD,
  name: 'zstd',
  compress: async (data) => (await loadZstd()).compress(data, ZSTD_LEVEL),
  decompress,
};
