import { ProtocolError } from '../../errors/kafka-error.js';
import type { CompressionType } from '../attributes.js';
import type { CodecOverrides, CompressionCodec } from './codec.js';
import { gzipCodec } from './gzip.js';
import { lz4Codec } from './lz4-frame.js';
import { snappyCodec } from './snappy-xerial.js';
import { zstdCodec } from './zstd.js';

const BUILT_IN: (CompressionCodec | undefined)[] = [undefined, gzipCodec, snappyCodec, lz4Codec, zstdCodec];

/**
 * Loads the codec's native binding if it has one and it is not loaded yet, so that the synchronous
 * encode and decode functions can use it. `encodeRecordBatch` and `decodeRecordBatches` do this by
 * themselves; call it before the `*Sync` functions.
 *
 * @throws UnsupportedCodecError when the binding's package cannot be loaded.
 */
export async function loadCompressionCodec(type: CompressionType | number, overrides?: CodecOverrides): Promise<void> {
  const codec = codecFor(type, overrides);
  if (codec.loaded === false) await codec.load?.();
}

/** The pending load of a codec the sync paths cannot use yet, or undefined when it is ready. */
export function pendingLoad(codec: CompressionCodec): Promise<unknown> | undefined {
  return codec.loaded === false ? codec.load?.() : undefined;
}

/** The codec for a compression id (1-4), taking `overrides` first; unknown ids are a ProtocolError. */
export function codecFor(type: CompressionType | number, overrides?: CodecOverrides): CompressionCodec {
  const codec = overrides?.[type as CompressionType] ?? BUILT_IN[type];
  if (!codec) throw new ProtocolError(`unknown compression codec ${type}`);
  return codec;
}
