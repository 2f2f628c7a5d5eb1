import { ProtocolError } from '../../errors/kafka-error.js';
import type { CompressionType } from '../attributes.js';
import type { CodecOverrides, CompressionCodec } from './codec.js';
import { gzipCodec } from './gzip.js';
import { lz4Codec } from './lz4-frame.js';
import { snappyCodec } from './snappy-xerial.js';
import { zstdCodec } from './zstd.js';

const BUILT_IN: (CompressionCodec | undefined)[] = [undefined, gzipCodec, snappyCodec, lz4Codec, zstdCodec];

/** The codec for a compression id (1-4), taking `overrides` first; unknown ids are a ProtocolError. */
export function codecFor(type: CompressionType | number, overrides?: CodecOverrides): CompressionCodec {
  const codec = overrides?.[type as CompressionType] ?? BUILT_IN[type];
  if (!codec) throw new ProtocolError(`unknown compression codec ${type}`);
  return codec;
}
