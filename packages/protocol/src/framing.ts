import { ProtocolError } from './errors/kafka-error.js';

/** Options of a {@link FrameDecoder}. */
export interface FrameDecoderOptions {
  /**
   * The largest frame body accepted, in bytes. A length prefix above it (or below zero) is treated
   * as a corrupt stream rather than buffered. Default 100 MiB, the broker's `socket.request.max.bytes`.
   */
  maxFrameBytes?: number;
}

const DEFAULT_MAX_FRAME_BYTES = 100 * 1024 * 1024;

/**
 * Splits a byte stream into Kafka's size-prefixed frames (an int32 big-endian length, then that
 * many bytes). Pure: feed it socket chunks with {@link push}, get back the complete frame bodies,
 * without their length prefix, in order.
 *
 * Cost: a frame that lies wholly inside one chunk is returned as a `subarray` view of that chunk
 * (no copy; it keeps the chunk alive while referenced). A frame spread over several chunks gets
 * its body allocated once its length is known, and each chunk is copied in as it arrives, so the
 * chunks die young: a large fetch response costs its size once, not twice (chunks plus the
 * assembled copy), and nothing is copied more than once.
 *
 * After `push` throws, the stream is corrupt and the decoder must be discarded with its connection.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  /** The first bytes of a length prefix split across chunks. */
  private readonly prefix = Buffer.alloc(4);
  /** How many bytes of `prefix` have arrived (0 when no prefix is pending). */
  private prefixBytes = 0;
  /** The body of the incomplete frame at the head of the stream, filled as chunks arrive. */
  private body: Buffer | undefined;
  /** Bytes of `body` received so far. */
  private bodyBytes = 0;

  constructor(options: FrameDecoderOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 0 || max > 0x7fffffff) {
      throw new RangeError(`maxFrameBytes must be an integer in [0, 2147483647], got ${max}`);
    }
    this.maxFrameBytes = max;
  }

  /** Bytes received but not yet returned as part of a frame (an incomplete frame, prefix included). */
  get bufferedBytes(): number {
    return this.body ? 4 + this.bodyBytes : this.prefixBytes;
  }

  /**
   * Adds the next chunk of the stream and returns every frame body it completes (possibly none).
   *
   * @throws ProtocolError when a length prefix is negative or larger than `maxFrameBytes`.
   */
  push(chunk: Buffer): Buffer[] {
    const frames: Buffer[] = [];
    const n = chunk.length;
    let off = 0;
    if (this.body) {
      off = this.fillBody(chunk, frames);
      if (this.body) return frames;
    } else if (this.prefixBytes > 0) {
      const need = 4 - this.prefixBytes;
      if (n < need) {
        chunk.copy(this.prefix, this.prefixBytes);
        this.prefixBytes += n;
        return frames;
      }
      chunk.copy(this.prefix, this.prefixBytes, 0, need);
      this.prefixBytes = 0;
      off = this.startFrame(this.prefix.readInt32BE(0), chunk, need, frames);
      if (this.body) return frames;
    }
    // The hot path: whole frames inside one chunk are returned as views.
    while (n - off >= 4) {
      off = this.startFrame(chunk.readInt32BE(off), chunk, off + 4, frames);
      if (this.body) return frames;
    }
    if (off < n) {
      chunk.copy(this.prefix, 0, off);
      this.prefixBytes = n - off;
    }
    return frames;
  }

  /**
   * A frame of `size` bytes starts at `at` in `chunk`: pushes it as a view when the chunk holds it
   * whole and returns the offset after it; otherwise keeps the prefix (no body byte here yet) or
   * allocates the body and copies what is there, and returns the chunk's length.
   */
  private startFrame(size: number, chunk: Buffer, at: number, frames: Buffer[]): number {
    if (size < 0 || size > this.maxFrameBytes) this.reject(size);
    const end = at + size;
    if (end <= chunk.length) {
      frames.push(chunk.subarray(at, end));
      return end;
    }
    if (at === chunk.length) {
      // Only the prefix is here: keep it, so that a body arriving whole in the next chunk is a view.
      this.prefix.writeInt32BE(size, 0);
      this.prefixBytes = 4;
      return at;
    }
    this.body = Buffer.allocUnsafe(size);
    this.bodyBytes = chunk.copy(this.body, 0, at);
    return chunk.length;
  }

  /** Copies the next part of the incomplete frame from `chunk`; returns the offset after it. */
  private fillBody(chunk: Buffer, frames: Buffer[]): number {
    const body = this.body as Buffer;
    const take = Math.min(chunk.length, body.length - this.bodyBytes);
    chunk.copy(body, this.bodyBytes, 0, take);
    this.bodyBytes += take;
    if (this.bodyBytes === body.length) {
      frames.push(body);
      this.body = undefined;
      this.bodyBytes = 0;
    }
    return take;
  }

  private reject(size: number): never {
    throw new ProtocolError(
      size < 0
        ? `frame length prefix is negative (${size}): the stream is corrupt`
        : `frame of ${size} bytes exceeds maxFrameBytes (${this.maxFrameBytes})`,
    );
  }
}
