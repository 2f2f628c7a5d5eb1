import { RECORD_BATCH_OVERHEAD } from '@kafka-aio/protocol';

/**
 * Buffers for full batches, reused instead of left to the garbage collector (Java's BufferPool).
 * At a few hundred thousand records a second, a new 16 KiB buffer per batch was most of what the
 * producer allocated outside the heap, and that memory drove Node's full collections (their
 * pauses were the end-to-end p99) and the process's peak RSS.
 *
 * A buffer is lent to a batch expected to fill ({@link take}) and comes back ({@link give}) only
 * when no write of it can still be pending: the batch was sent once and that request was answered.
 * A batch retried, split, failed or expired gives up its buffer to the garbage collector instead
 * ({@link forget}), since an earlier request may still be queued on a socket. Lent plus free
 * buffers never exceed `maxBytes` (`bufferMemory`); past that, batches allocate their own.
 */
export class BatchBufferPool {
  private readonly free: Buffer[] = [];
  private lent = 0;
  /** Size of each buffer: the batch header's room plus `maxBatchSize` bytes of records. */
  readonly bufferBytes: number;

  constructor(
    /** The records' room in a full batch (`maxBatchSize`). */
    readonly recordBytes: number,
    private readonly maxBytes: number,
  ) {
    this.bufferBytes = RECORD_BATCH_OVERHEAD + recordBytes;
  }

  /** A buffer for one batch, or undefined when the pool has lent all it may. */
  take(): Buffer | undefined {
    if ((this.lent + 1) * this.bufferBytes > this.maxBytes) return undefined;
    this.lent++;
    return this.free.pop() ?? Buffer.allocUnsafeSlow(this.bufferBytes);
  }

  /** A lent buffer whose bytes nothing will read again: lent to the next batch. */
  give(buf: Buffer): void {
    this.lent--;
    this.free.push(buf);
  }

  /** A lent buffer that may still be read (or was replaced): left to the garbage collector. */
  forget(): void {
    this.lent--;
  }

  /** Buffers lent and not yet back (for tests and statistics). */
  get lentCount(): number {
    return this.lent;
  }

  /** Buffers waiting to be lent again. */
  get freeCount(): number {
    return this.free.length;
  }
}
