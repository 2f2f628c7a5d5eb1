import type * as Lz4 from 'lz4-napi';
import { ProtocolError } from '../../errors/kafka-error.js';
import { CompressionType } from '../attributes.js';
import { type CompressionCodec, checkOutput, corrupt, tooLarge } from './codec.js';
import { NativeBinding } from './native-binding.js';

const lz4 = new NativeBinding<typeof Lz4>('lz4', 'lz4-napi');

/** The LZ4 frame magic number (stored little-endian: `04 22 4D 18`). */
export const LZ4_FRAME_MAGIC = 0x184d2204;

/**
 * LZ4's worst-case expansion: every input byte yields at most 255 output bytes (a match-length
 * extension byte of 0xFF), so a compressed block of n bytes inflates to at most 255·n.
 */
const MAX_RATIO = 255;
const BLOCK_MAX_SIZES = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];

function isSkippable(magic: number): boolean {
  return magic >>> 4 === 0x184d2a5;
}

/**
 * An upper bound on what an LZ4 frame sequence inflates to, read from the frame headers and block
 * sizes alone: each compressed block counts the smaller of its maximum size and 255 times its
 * length, stored blocks their exact size. Java writes 64 KiB blocks, so the bound exceeds the truth
 * by less than one block. A declared content size
 * above `maxBytes` fails at once. Structural damage is a ProtocolError.
 */
export function lz4FrameBound(data: Buffer, maxBytes = Number.MAX_SAFE_INTEGER, walk?: BlockWalk): number {
  let bound = 0;
  let at = 0;
  if (data.length === 0) throw new ProtocolError('empty lz4 data');
  while (at < data.length) {
    if (data.length - at < 4) throw new ProtocolError('truncated lz4 frame magic');
    const magic = data.readUInt32LE(at);
    if (isSkippable(magic)) {
      if (data.length - at < 8) throw new ProtocolError('truncated lz4 skippable frame');
      const size = data.readUInt32LE(at + 4);
      if (size > data.length - at - 8) throw new ProtocolError('truncated lz4 skippable frame');
      at += 8 + size;
      continue;
    }
    if (magic !== LZ4_FRAME_MAGIC) throw new ProtocolError(`bad lz4 frame magic 0x${magic.toString(16)}`);
    at += 4;
    if (data.length - at < 3) throw new ProtocolError('truncated lz4 frame descriptor');
    const flg = data[at];
    const bd = data[at + 1];
    if (flg >> 6 !== 1) throw new ProtocolError(`unsupported lz4 frame version ${flg >> 6}`);
    if (walk && (flg & 0x20) === 0) walk.independent = false;
    const blockChecksum = (flg & 0x10) !== 0;
    const contentSizeSet = (flg & 0x08) !== 0;
    const contentChecksum = (flg & 0x04) !== 0;
    const dictId = (flg & 0x01) !== 0;
    const blockMax = BLOCK_MAX_SIZES[(bd >> 4) & 7];
    if (blockMax === 0) throw new ProtocolError(`bad lz4 block size code ${(bd >> 4) & 7}`);
    const descriptorSize = 2 + (contentSizeSet ? 8 : 0) + (dictId ? 4 : 0) + 1;
    if (data.length - at < descriptorSize) throw new ProtocolError('truncated lz4 frame descriptor');
    let frameBound = 0;
    if (contentSizeSet) {
      const hi = data.readUInt32LE(at + 6);
      const contentSize = hi > 0x1fffff ? Number.MAX_SAFE_INTEGER : hi * 2 ** 32 + data.readUInt32LE(at + 2);
      if (contentSize > maxBytes) throw tooLarge('lz4', contentSize, maxBytes);
    }
    at += descriptorSize;
    while (true) {
      if (data.length - at < 4) throw new ProtocolError('truncated lz4 block size');
      const word = data.readUInt32LE(at);
      at += 4;
      if (word === 0) break;
      const size = word & 0x7fffffff;
      const stored = (word & 0x80000000) !== 0;
      if (size > blockMax) throw new ProtocolError(`lz4 block of ${size} bytes exceeds its maximum ${blockMax}`);
      const span = size + (blockChecksum ? 4 : 0);
      if (span > data.length - at) throw new ProtocolError('truncated lz4 block');
      const blockBound = stored ? size : Math.min(blockMax, size * MAX_RATIO);
      walk?.blocks.push(at, size, stored ? -1 : blockBound);
      at += span;
      frameBound += blockBound;
    }
    if (contentChecksum) {
      if (data.length - at < 4) throw new ProtocolError('truncated lz4 content checksum');
      at += 4;
    }
    bound += frameBound;
  }
  return bound;
}

/** Where the blocks of a frame sequence are: (start, size, bound or -1 for stored) triples. */
interface BlockWalk {
  blocks: number[];
  /** False when a frame links its blocks (then they cannot be inflated one by one). */
  independent: boolean;
}

/** Inflates one compressed block through the block API, which takes a size-prefixed input. */
function inflateBlock(data: Buffer, start: number, size: number, bound: number): Buffer {
  const input = Buffer.allocUnsafe(4 + size);
  input.writeUInt32LE(bound, 0);
  data.copy(input, 4, start, start + size);
  try {
    return lz4.get().uncompressSync(input);
  } catch (err) {
    throw corrupt('lz4', err);
  }
}

function decompressFrames(data: Buffer, maxBytes: number): Buffer {
  const walk: BlockWalk = { blocks: [], independent: true };
  const bound = lz4FrameBound(data, maxBytes, walk);
  if (bound > maxBytes) throw tooLarge('lz4', `up to ${bound}`, maxBytes);
  if (!walk.independent) {
    try {
      return checkOutput('lz4', lz4.get().decompressFrameSync(data), maxBytes);
    } catch (err) {
      throw corrupt('lz4', err);
    }
  }
  // Block by block is about 2.5x faster than the binding's frame decoder, which streams through
  // an io::Read; the block checksums and content checksum are not checked (the batch CRC covers
  // the compressed bytes).
  const { blocks } = walk;
  if (blocks.length === 3) {
    return blocks[2] < 0
      ? data.subarray(blocks[0], blocks[0] + blocks[1])
      : inflateBlock(data, blocks[0], blocks[1], blocks[2]);
  }
  const parts: Buffer[] = [];
  let total = 0;
  for (let i = 0; i < blocks.length; i += 3) {
    const part =
      blocks[i + 2] < 0
        ? data.subarray(blocks[i], blocks[i] + blocks[i + 1])
        : inflateBlock(data, blocks[i], blocks[i + 1], blocks[i + 2]);
    parts.push(part);
    total += part.length;
  }
  return Buffer.concat(parts, total);
}

/**
 * LZ4 frame format (what magic-2 batches hold), through lz4-napi. The frame headers are walked
 * first, so the decompressed size is bounded by the cap before anything is inflated. The binding
 * loads on first use (NativeBinding).
 */
export const lz4Codec: CompressionCodec = {
  type: CompressionType.LZ4,
  name: 'lz4',
  compressSync: (data) => lz4.get().compressFrameSync(data),
  compress: async (data) => (await lz4.load()).compressFrame(data),
  decompressSync: decompressFrames,
  decompress: async (data, maxBytes) => {
    await lz4.load();
    return decompressFrames(data, maxBytes);
  },
  load: () => lz4.load(),
  get loaded() {
    return lz4.ready;
  },
};
