import { ProtocolError } from '../../errors/kafka-error.js';
import type { CompressionType } from '../attributes.js';

/** The default cap on the bytes one compressed batch may inflate to: 64 MiB. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

/**
 * One compression codec. The async methods are always there (zstd's binding only has those); the
 * sync ones exist where the binding allows, and the batch encoder/decoder prefers them so that a
 * batch compressed with gzip, snappy or lz4 never waits for the thread pool.
 *
 * `maxBytes` caps the decompressed size: a codec reports a larger output as a {@link ProtocolError}
 * and, where its format says the size up front, does so before inflating anything.
 */
export interface CompressionCodec {
  readonly type: CompressionType;
  readonly name: string;
  compress(data: Buffer): Promise<Buffer>;
  decompress(data: Buffer, maxBytes: number): Promise<Buffer>;
  compressSync?(data: Buffer): Buffer;
  decompressSync?(data: Buffer, maxBytes: number): Buffer;
  /**
   * Loads what the sync methods need (a native binding loaded on first use), rejecting with an
   * `UnsupportedCodecError` that names the missing package. Absent when nothing loads.
   */
  load?(): Promise<unknown>;
  /** False until {@link load} has succeeded; the sync methods throw before. Absent means ready. */
  readonly loaded?: boolean;
}

/** Codecs to use instead of the built-in ones, by codec id (e.g. another zstd binding). */
export type CodecOverrides = Partial<Record<CompressionType, CompressionCodec>>;

/**
 * A compressed batch inflates beyond the cap on decompressed bytes (`maxDecompressedBytes`): the
 * data may be fine, but this reader will not hold that much. A {@link ProtocolError}, told apart
 * from corrupt data by its class, so a reader can skip the batch instead of retrying it.
 */
export class DecompressionLimitError extends ProtocolError {
  /** The codec's name: `gzip`, `snappy`, `lz4` or `zstd`. */
  readonly codec: string;
  /** The cap that was exceeded, in bytes. */
  readonly maxBytes: number;

  constructor(codec: string, size: number | string, maxBytes: number) {
    super(`${codec} data decompresses to ${size} bytes, more than the cap of ${maxBytes}`);
    this.codec = codec;
    this.maxBytes = maxBytes;
  }
}

/** The error for an output that would exceed the cap. */
export function tooLarge(codec: string, size: number | string, maxBytes: number): DecompressionLimitError {
  return new DecompressionLimitError(codec, size, maxBytes);
}

/** Wraps whatever a native binding threw while decompressing into a ProtocolError. */
export function corrupt(codec: string, err: unknown): ProtocolError {
  if (err instanceof ProtocolError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new ProtocolError(`corrupt ${codec} data: ${msg}`, { cause: err });
}

/** Checks an output against the cap (for bindings that cannot be told the cap). */
export function checkOutput(codec: string, out: Buffer, maxBytes: number): Buffer {
  if (out.length > maxBytes) throw tooLarge(codec, out.length, maxBytes);
  return out;
}
