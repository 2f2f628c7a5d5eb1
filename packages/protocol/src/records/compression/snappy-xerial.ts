import type * as Snappy from 'snappy';
import { ProtocolError } from '../../errors/kafka-error.js';
import { CompressionType } from '../attributes.js';
import { type CompressionCodec, corrupt, tooLarge } from './codec.js';
import { NativeBinding } from './native-binding.js';

const snappy = new NativeBinding<typeof Snappy>('snappy', 'snappy');

/** The 8-byte magic that opens xerial's snappy-java stream format (`\x82SNAPPY\0`). */
export const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
/** Magic + version (int32 1) + compatible version (int32 1). */
export const XERIAL_HEADER_SIZE = 16;
/** snappy-java's default block size, which the Java producer uses. */
const XERIAL_BLOCK_SIZE = 32 * 1024;

const HEADER = Buffer.concat([XERIAL_MAGIC, Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])]);

/** The uncompressed length a raw snappy block declares in its varint preamble. */
export function snappyUncompressedLength(block: Buffer): number {
  let result = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= block.length) throw new ProtocolError('truncated snappy length preamble');
    const byte = block[i];
    result += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return result;
  }
  throw new ProtocolError('snappy length preamble longer than 5 bytes');
}

function uncompressBlock(block: Buffer): Buffer {
  try {
    return snappy.get().uncompressSync(block, { asBuffer: true }) as Buffer;
  } catch (err) {
    throw corrupt('snappy', err);
  }
}

function isXerial(data: Buffer): boolean {
  return data.length >= XERIAL_MAGIC.length && data.compare(XERIAL_MAGIC, 0, 8, 0, 8) === 0;
}

/**
 * Compresses in the xerial (snappy-java) framing that Kafka's Java client writes and expects:
 * a 16-byte header, then `[int32 length][raw snappy block]` chunks of at most 32 KiB of input.
 */
export function snappyXerialCompress(data: Buffer): Buffer {
  const binding = snappy.get();
  const parts: Buffer[] = [HEADER];
  let total = HEADER.length;
  for (let at = 0; at < data.length; at += XERIAL_BLOCK_SIZE) {
    const block = binding.compressSync(data.subarray(at, Math.min(at + XERIAL_BLOCK_SIZE, data.length)));
    const len = Buffer.allocUnsafe(4);
    len.writeInt32BE(block.length, 0);
    parts.push(len, block);
    total += 4 + block.length;
  }
  return Buffer.concat(parts, total);
}

/**
 * Decompresses xerial-framed snappy, or a raw unframed snappy block (some clients write that).
 * Every block's declared length is checked against `maxBytes` before it is inflated.
 */
export function snappyDecompress(data: Buffer, maxBytes: number): Buffer {
  if (!isXerial(data)) {
    const size = snappyUncompressedLength(data);
    if (size > maxBytes) throw tooLarge('snappy', size, maxBytes);
    return uncompressBlock(data);
  }
  if (data.length < XERIAL_HEADER_SIZE) throw new ProtocolError('truncated xerial snappy header');
  const blocks: Buffer[] = [];
  let total = 0;
  let at = XERIAL_HEADER_SIZE;
  while (at < data.length) {
    if (data.length - at < 4) throw new ProtocolError(`truncated xerial snappy chunk length at ${at}`);
    const len = data.readInt32BE(at);
    at += 4;
    if (len < 0 || len > data.length - at) {
      throw new ProtocolError(`xerial snappy chunk of ${len} bytes does not fit the ${data.length - at} left`);
    }
    const block = data.subarray(at, at + len);
    at += len;
    total += snappyUncompressedLength(block);
    if (total > maxBytes) throw tooLarge('snappy', `at least ${total}`, maxBytes);
    blocks.push(block);
  }
  if (blocks.length === 1) return uncompressBlock(blocks[0]);
  const out = Buffer.allocUnsafe(total);
  let pos = 0;
  for (const block of blocks) {
    const part = uncompressBlock(block);
    part.copy(out, pos);
    pos += part.length;
  }
  return out;
}

/** snappy with xerial framing on encode; framed or raw on decode. */
export const snappyCodec: CompressionCodec = {
  type: CompressionType.SNAPPY,
  name: 'snappy',
  compressSync: snappyXerialCompress,
  compress: async (data) => {
    await snappy.load();
    return snappyXerialCompress(data);
  },
  decompressSync: snappyDecompress,
  decompress: async (data, maxBytes) => {
    await snappy.load();
    return snappyDecompress(data, maxBytes);
  },
  load: () => snappy.load(),
  get loaded() {
    return snappy.ready;
  },
};
