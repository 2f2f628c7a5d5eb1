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
 * (no copy; it keeps the chunk alive while referenced). A frame spread over several chunks is
 * copied exactly once, when its last byte arrives; partial data is kept as a list of chunks, so
 * neither many small chunks nor one huge frame cause quadratic copying.
 *
 * After `push` throws, the stream is corrupt and the decoder must be discarded with its connection.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  /** The chunks (or tails of chunks) of the incomplete frame at the head of the stream. */
  private pending: Buffer[] = [];
  /** Total bytes in `pending`. */
  private pendingBytes = 0;
  /** The body size of the incomplete frame, once its 4-byte prefix has arrived; -1 before. */
  private frameSize = -1;

  constructor(options: FrameDecoderOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 0 || max > 0x7fffffff) {
      throw new RangeError(`maxFrameBytes must be an integer in [0, 2147483647], got ${max}`);
    }
    this.maxFrameBytes = max;
  }

  /** Bytes received but not yet returned as part of a frame (an incomplete frame, prefix included). */
  get bufferedBytes(): number {
    return this.pendingBytes;
  }

  /**
   * Adds the next chunk of the stream and returns every frame body it completes (possibly none).
   *
   * @throws ProtocolError when a length prefix is negative or larger than `maxFrameBytes`.
   */
  push(chunk: Buffer): Buffer[] {
    const frames: Buffer[] = [];
    if (chunk.length === 0) return frames;
    let rest = chunk;
    if (this.pendingBytes > 0) {
      const leftover = this.completePending(chunk, frames);
      if (leftover === undefined) return frames;
      rest = leftover;
    }
    // The hot path: whole frames inside one chunk are returned as views.
    const n = rest.length;
    let off = 0;
    while (n - off >= 4) {
      const size = rest.readInt32BE(off);
      if (size < 0 || size > this.maxFrameBytes) this.reject(size);
      const end = off + 4 + size;
      if (end > n) {
        this.frameSize = size;
        break;
      }
      frames.push(rest.subarray(off + 4, end));
      off = end;
    }
    if (off < n) {
      this.pending.push(off === 0 ? rest : rest.subarray(off));
      this.pendingBytes = n - off;
    }
    return frames;
  }

  /**
   * Appends `chunk` to the incomplete frame. When that completes it, pushes the frame to `frames`
   * and returns the unread rest of `chunk` (maybe empty); otherwise returns undefined.
   */
  private completePending(chunk: Buffer, frames: Buffer[]): Buffer | undefined {
    const before = this.pendingBytes;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.frameSize < 0) {
      if (this.pendingBytes < 4) return undefined;
      const size = this.readPrefix();
      if (size < 0 || size > this.maxFrameBytes) this.reject(size);
      this.frameSize = size;
    }
    const size = this.frameSize;
    const total = 4 + size;
    if (this.pendingBytes < total) return undefined;

    let body: Buffer;
    if (before <= 4) {
      // Only (part of) the prefix was pending: the body lies wholly in this chunk, no copy needed.
      const start = 4 - before;
      body = chunk.subarray(start, start + size);
    } else {
      body = Buffer.allocUnsafe(size);
      let skip = 4;
      let written = 0;
      for (const c of this.pending) {
        if (skip >= c.length) {
          skip -= c.length;
          continue;
        }
        const take = Math.min(c.length - skip, size - written);
        c.copy(body, written, skip, skip + take);
        written += take;
        skip = 0;
        if (written === size) break;
      }
    }
    frames.push(body);
    const unread = this.pendingBytes - total;
    this.pending = [];
    this.pendingBytes = 0;
    this.frameSize = -1;
    return chunk.subarray(chunk.length - unread);
  }

  /** The int32 prefix at the start of `pending`, which may be split over several chunks. */
  private readPrefix(): number {
    let v = 0;
    let need = 4;
    for (const c of this.pending) {
      for (let i = 0; i < c.length && need > 0; i++, need--) v = (v << 8) | c[i];
      if (need === 0) break;
    }
    return v;
  }

  private reject(size: number): never {
    throw new ProtocolError(
      size < 0
        ? `frame length prefix is negative (${size}): the stream is corrupt`
        : `frame of ${size} bytes exceeds maxFrameBytes (${this.maxFrameBytes})`,
    );
  }
}
