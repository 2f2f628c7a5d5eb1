import type { KafkaRecord } from '@kafka-aio/protocol';
import { LinkedSet } from '../../linked-set.js';
import type { TopicPartition } from '../../topic-partition.js';
import type { PartitionState, SubscriptionState } from '../subscription-state.js';
import type { DecodedBatch } from './record-decoder.js';

/** Fetched, decoded records of one partition from one response, consumed front to back. */
interface Chunk {
  batches: DecodedBatch[];
  /** Cursor: batch index and record index within it. */
  bi: number;
  ri: number;
  /** The position once every record of the chunk was handed out (skips control and aborted batches). */
  nextOffset: bigint;
  /** Wire bytes this chunk holds against the prefetch budget. */
  bytes: number;
}

/** An error queued behind a partition's data. */
interface PendingError {
  error: Error;
  /** Where the position moves when the error is taken (past a skipped batch), or null to stay. */
  skipTo: bigint | null;
  /** Sticky errors are raised on every call until the application seeks (no position, out of range with reset none). */
  sticky: boolean;
}

/** Everything buffered for one partition at one position epoch. */
interface PartitionBuffer {
  state: PartitionState;
  /** The {@link PartitionState.epoch} the data belongs to; anything else is stale. */
  epoch: number;
  chunks: Chunk[];
  /** Next offset to fetch: the end of the buffered data. */
  fetchOffset: bigint;
  bytes: number;
  error: PendingError | null;
  /** Links of the ready set (see {@link FetchBuffer}). */
  linkPrev: PartitionBuffer | null;
  linkNext: PartitionBuffer | null;
  linkedIn: object | null;
}

/** The head of a partition: a record ready to hand out, with what it needs to become a ConsumerRecord. */
export interface HeadRecord {
  record: KafkaRecord;
  batch: DecodedBatch;
}

/** An empty buffer of partition `s` whose next fetch starts at `fetchOffset`. */
function newBuffer(s: PartitionState, fetchOffset: bigint): PartitionBuffer {
  return {
    state: s,
    epoch: s.epoch,
    chunks: [],
    fetchOffset,
    bytes: 0,
    error: null,
    linkPrev: null,
    linkNext: null,
    linkedIn: null,
  };
}

/**
 * Fetched data waiting for the application, per partition, in order, with a byte count for the
 * prefetch budget. The fetcher appends; `getOne`/`getMany` take from the front. Positions move
 * only when records are taken (and past skipped batches once a chunk is used up). Data fetched for
 * a position that a seek or reset has replaced (an older {@link PartitionState.epoch}), or for a
 * partition no longer assigned, is dropped and its bytes released.
 */
export class FetchBuffer {
  private readonly buffers = new Map<TopicPartition, PartitionBuffer>();
  /**
   * Buffers with chunks or an error, in the order they got them (round robin by chunk). A
   * {@link LinkedSet}, not a Set: membership changes on every fetch.
   */
  private readonly ready = new LinkedSet<PartitionBuffer>();
  /** Buffers holding an error: a subset of `ready`, kept apart so the per-record path needs no scan. */
  private readonly errored = new Set<PartitionBuffer>();
  private totalBytes = 0;

  constructor(
    private readonly state: SubscriptionState,
    /** Called when bytes are released or a partition becomes fetchable again. */
    private readonly onRelease: () => void,
  ) {}

  /** Bytes buffered across all partitions. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The partition's current buffer, replacing a stale one; undefined while it has no position. */
  private entry(s: PartitionState): PartitionBuffer | undefined {
    let b = this.buffers.get(s.tp);
    if (b && (b.state !== s || b.epoch !== s.epoch)) {
      this.drop(b);
      b = undefined;
    }
    if (!b && s.position !== null) {
      b = newBuffer(s, s.position);
      this.buffers.set(s.tp, b);
    }
    return b;
  }

  /** Where the next fetch of this partition starts, and the epoch to tag its result with. */
  fetchPosition(s: PartitionState): { offset: bigint; epoch: number } | undefined {
    if (s.position === null) return undefined;
    const b = this.entry(s);
    return b ? { offset: b.fetchOffset, epoch: b.epoch } : undefined;
  }

  /** Bytes buffered for one partition. */
  bytesOf(s: PartitionState): number {
    const b = this.buffers.get(s.tp);
    return b && b.state === s && b.epoch === s.epoch ? b.bytes : 0;
  }

  /** Records and wire bytes buffered for one partition and not yet handed out (for statistics). */
  queuedOf(s: PartitionState): { count: number; bytes: number } {
    const b = this.buffers.get(s.tp);
    if (!b || b.state !== s || b.epoch !== s.epoch) return { count: 0, bytes: 0 };
    let count = 0;
    for (const c of b.chunks) {
      for (let i = c.bi; i < c.batches.length; i++) count += c.batches[i].recordCount - (i === c.bi ? c.ri : 0);
    }
    return { count, bytes: b.bytes };
  }

  /** True when an error waits for the application in this partition. */
  hasError(s: PartitionState): boolean {
    const b = this.buffers.get(s.tp);
    return b !== undefined && b.state === s && b.epoch === s.epoch && b.error !== null;
  }

  /** The sticky error (no position, out of range) that keeps the partition from being read, if any. */
  stickyError(s: PartitionState): Error | undefined {
    const b = this.buffers.get(s.tp);
    return b && b.state === s && b.epoch === s.epoch && b.error?.sticky ? b.error.error : undefined;
  }

  /** True when a fetch result tagged with `epoch` and `fetchOffset` still fits the partition. */
  accepts(s: PartitionState, epoch: number, fetchOffset: bigint): boolean {
    if (this.state.partition(s.tp) !== s || s.epoch !== epoch) return false;
    const b = this.entry(s);
    return b !== undefined && b.fetchOffset === fetchOffset && b.error === null;
  }

  /** Appends decoded data (possibly empty, to move past control batches). */
  addChunk(s: PartitionState, batches: DecodedBatch[], nextOffset: bigint, bytes: number): void {
    const b = this.entry(s);
    if (!b) return;
    b.fetchOffset = nextOffset;
    if (batches.length === 0 && b.chunks.length === 0 && b.error === null) {
      // Nothing to hand out and nothing before it: move the position past the skipped batches now.
      if (s.position !== null && nextOffset > s.position) s.position = nextOffset;
      return;
    }
    b.chunks.push({ batches, bi: 0, ri: 0, nextOffset, bytes });
    b.bytes += bytes;
    this.totalBytes += bytes;
    this.ready.add(b);
  }

  /** Queues an error behind the partition's data. */
  addError(s: PartitionState, error: Error, skipTo: bigint | null, sticky: boolean): void {
    const b = this.entry(s) ?? this.forceEntry(s);
    b.error = { error, skipTo, sticky };
    this.ready.add(b);
    this.errored.add(b);
  }

  private forceEntry(s: PartitionState): PartitionBuffer {
    const b = newBuffer(s, -1n);
    this.buffers.set(s.tp, b);
    return b;
  }

  /** Drops buffers of partitions no longer assigned or moved by a seek; releases their bytes. */
  sweep(): void {
    for (const b of this.buffers.values()) {
      if (this.state.partition(b.state.tp) !== b.state || b.state.epoch !== b.epoch) this.drop(b);
    }
  }

  private drop(b: PartitionBuffer): void {
    if (this.buffers.get(b.state.tp) === b) this.buffers.delete(b.state.tp);
    this.ready.delete(b);
    this.errored.delete(b);
    if (b.bytes > 0) {
      this.discardChunks(b);
      this.onRelease();
    }
  }

  /** Forgets the partition's buffered data and its bytes. */
  private discardChunks(b: PartitionBuffer): void {
    this.totalBytes -= b.bytes;
    b.bytes = 0;
    b.chunks = [];
  }

  /**
   * The first pending error among `wanted` partitions (all when undefined) whose data before it
   * was handed out. Sticky errors stay; others are removed and their skip applied.
   */
  takeError(wanted: ReadonlySet<TopicPartition> | undefined): Error | undefined {
    if (this.errored.size === 0) return undefined;
    for (const b of [...this.errored]) {
      if (!this.valid(b)) {
        this.drop(b);
        continue;
      }
      this.skipUsedUp(b);
      if (b.error === null || b.chunks.length > 0) continue;
      if (b.state.paused || (wanted && !wanted.has(b.state.tp))) continue;
      const { error, skipTo, sticky } = b.error;
      if (!sticky) {
        b.error = null;
        this.ready.delete(b);
        this.errored.delete(b);
        const s = b.state;
        if (skipTo !== null && s.position !== null && skipTo > s.position) s.position = skipTo;
        b.fetchOffset = s.position ?? b.fetchOffset;
        this.onRelease();
      }
      return error;
    }
    return undefined;
  }

  private valid(b: PartitionBuffer): boolean {
    return this.state.partition(b.state.tp) === b.state && b.state.epoch === b.epoch;
  }

  /**
   * Partitions with a record ready to hand out, in round-robin order, restricted to `wanted`.
   * Each value is the partition's state; use {@link head} and {@link advance} to take records.
   */
  *readyPartitions(wanted: ReadonlySet<TopicPartition> | undefined): Generator<PartitionState> {
    for (const b of this.ready.toArray()) {
      if (!this.valid(b)) {
        this.drop(b);
        continue;
      }
      const s = b.state;
      if (!s.isFetchable || (wanted && !wanted.has(s.tp))) continue;
      if (this.headRecord(s) !== undefined) yield s;
    }
  }

  /**
   * The first partition (in round-robin order) with a record ready, without copying the ready set:
   * the per-record path of `getOne` and `for await`.
   */
  firstReady(wanted: ReadonlySet<TopicPartition> | undefined): PartitionState | undefined {
    // A plain walk (the set's own step), not its iterator: this runs once per record handed out.
    const ready = this.ready;
    for (
      let b = ready.first, ahead = b?.linkNext ?? null;
      b !== null;
      b = ready.following(b, ahead), ahead = b?.linkNext ?? null
    ) {
      if (!this.valid(b)) {
        this.drop(b);
        continue;
      }
      const s = b.state;
      if (!s.isFetchable || (wanted && !wanted.has(s.tp))) continue;
      if (this.headRecord(s) !== undefined) return s;
    }
    return undefined;
  }

  /** The next record of the partition, or undefined when none is ready (or an error comes first). */
  head(s: PartitionState): HeadRecord | undefined {
    const record = this.headRecord(s);
    return record && { record, batch: this.headBatch(s) };
  }

  /** The next record to hand out of `s` (as {@link head}, without an object per record). */
  headRecord(s: PartitionState): KafkaRecord | undefined {
    const b = this.buffers.get(s.tp);
    if (!b || b.state !== s || b.epoch !== s.epoch) return undefined;
    this.skipUsedUp(b);
    const c = b.chunks[0];
    if (!c) return undefined;
    try {
      return c.batches[c.bi].records[c.ri];
    } catch (err) {
      this.failHead(b, err as Error);
      return undefined;
    }
  }

  /**
   * The head batch's records do not decode (records are decoded on first read, and with CRC checks
   * off nothing caught it earlier): its data and what follows are dropped and the error queued,
   * so the application gets it after the records before it, and the next fetch starts again at
   * the position, as with a batch found corrupt when fetched.
   */
  private failHead(b: PartitionBuffer, error: Error): void {
    this.discardChunks(b);
    b.fetchOffset = b.state.position ?? b.fetchOffset;
    this.addError(b.state, error, null, false);
    this.onRelease();
  }

  /** The batch of the record {@link headRecord} just returned for `s`. */
  headBatch(s: PartitionState): DecodedBatch {
    const c = (this.buffers.get(s.tp) as PartitionBuffer).chunks[0];
    return c.batches[c.bi];
  }

  /** Finishes chunks with nothing left to hand out (empty ones only move the position). */
  private skipUsedUp(b: PartitionBuffer): void {
    while (b.chunks.length > 0 && b.chunks[0].bi >= b.chunks[0].batches.length) this.finishChunk(b, b.chunks[0]);
  }

  /** Hands out the head record: the position moves past it (and past the chunk's skipped tail). */
  advance(s: PartitionState): void {
    const b = this.buffers.get(s.tp);
    if (!b) return;
    const c = b.chunks[0];
    const batch = c.batches[c.bi];
    s.position = batch.records[c.ri].offset + 1n;
    s.positionLeaderEpoch = batch.leaderEpoch;
    if (++c.ri >= batch.records.length) {
      c.ri = 0;
      batch.release?.(); // the application has them all: the buffer must not keep them alive
      if (++c.bi >= c.batches.length) this.finishChunk(b, c);
    }
  }

  private finishChunk(b: PartitionBuffer, c: Chunk): void {
    b.chunks.shift();
    const s = b.state;
    if (s.position !== null && c.nextOffset > s.position) s.position = c.nextOffset;
    b.bytes -= c.bytes;
    this.totalBytes -= c.bytes;
    if (b.chunks.length === 0 && b.error === null) this.ready.delete(b);
    else if (b.chunks.length > 0) {
      // Round robin: the partition's next chunk waits behind the other partitions.
      this.ready.moveToBack(b);
    }
    this.onRelease();
  }

  /** Moves a partition to the back of the round-robin order. */
  rotate(s: PartitionState): void {
    const b = this.buffers.get(s.tp);
    if (b) this.ready.moveToBack(b);
  }

  /** Forgets everything. */
  clear(): void {
    for (const b of [...this.buffers.values()]) this.drop(b);
  }
}
