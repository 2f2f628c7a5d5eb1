import type { CodecOverrides } from './compression/codec.js';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from './compression/codec.js';

/** Options for decoding record batches. */
export interface DecodeOptions {
  /**
   * Cap on the bytes one compressed batch (or legacy wrapper message) may inflate to; larger is a
   * ProtocolError. Default 64 MiB.
   */
  maxDecompressedBytes?: number;
  /** Check each batch's CRC (CRC32C for magic 2, CRC32 for magic 0/1). Default true. */
  verifyCrc?: boolean;
  /** Codecs to use instead of the built-in ones. */
  codecs?: CodecOverrides;
  /**
   * Leave the records of each v2 data batch undecoded: `records` stays empty and `deferred` holds
   * their bytes until {@link decodeDeferredRecords}. A consumer holding many fetched batches then
   * keeps their bytes rather than an object per record. The CRC is still checked and compressed
   * batches still inflated at once; control batches and legacy messages are decoded at once.
   * Default false.
   */
  deferRecords?: boolean;
}

/** {@link DecodeOptions} with the defaults filled in. */
export interface ResolvedDecodeOptions {
  maxDecompressedBytes: number;
  verifyCrc: boolean;
  codecs: CodecOverrides | undefined;
  deferRecords: boolean;
}

const DEFAULTS: ResolvedDecodeOptions = {
  maxDecompressedBytes: DEFAULT_MAX_DECOMPRESSED_BYTES,
  verifyCrc: true,
  codecs: undefined,
  deferRecords: false,
};

/** Fills in defaults. */
export function resolveDecodeOptions(options: DecodeOptions | undefined): ResolvedDecodeOptions {
  if (options === undefined) return DEFAULTS;
  return {
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    verifyCrc: options.verifyCrc ?? true,
    codecs: options.codecs,
    deferRecords: options.deferRecords ?? false,
  };
}
