import {
  BatchLayout,
  ControlRecordType,
  CorruptRecordError,
  DecompressionLimitError,
  decodeDeferredRecords,
  decodeRecordBatches,
  type FetchResponseAbortedTransaction,
  type KafkaRecord,
  LOG_OVERHEAD,
  type RecordBatch,
  RecordTooLargeError,
  TimestampType,
  UnsupportedCodecError,
} from '@kafka-aio/protocol';
import type { TopicPartition } from '../../topic-partition.js';
import type { IsolationLevel } from '../options.js';
import type { TimestampTypeName } from '../types.js';

/** One data batch that survived filtering, with what every record of the batch shares. */
export interface DecodedBatch {
  /** The records; may decode them on first read, throwing CorruptRecordError if they do not. */
  readonly records: KafkaRecord[];
  /** How many records {@link records} holds, without decoding them. */
  readonly recordCount: number;
  /**
   * Lets go of the decoded records once all were handed out. The batch was usually created long
   * before (it waited in the prefetch buffer) and so lives in V8's old generation; while it points
   * at its young records, every young-generation collection keeps them alive and finally promotes
   * them, even after the application dropped them.
   */
  release?(): void;
  readonly timestampType: TimestampTypeName;
  /** The batch's partition leader epoch, or null when unknown (legacy formats, -1 on the wire). */
  readonly leaderEpoch: number | null;
}

const NO_RECORDS: KafkaRecord[] = [];

/**
 * A batch whose records are decoded when first read ({@link records}), so a consumer holding
 * `maxPrefetchBytes` of small records keeps their bytes, not an object per record (Java's fetch
 * buffer does the same).
 */
class DeferredBatch implements DecodedBatch {
  private decoded: KafkaRecord[] | undefined;
  readonly timestampType: TimestampTypeName;
  readonly leaderEpoch: number | null;

  constructor(
    private readonly tp: TopicPartition,
    private readonly batch: RecordBatch,
    /** Records below this offset are dropped (a compressed batch comes back whole). */
    private readonly fromOffset: bigint,
    /** The batch's bytes, to name it in an error. */
    private readonly frame: Buffer,
  ) {
    this.timestampType = batch.timestampType === TimestampType.LOG_APPEND_TIME ? 'LogAppendTime' : 'CreateTime';
    this.leaderEpoch = batch.partitionLeaderEpoch >= 0 ? batch.partitionLeaderEpoch : null;
  }

  /**
   * Records in the batch: by its header until decoded (a batch that starts before the fetch offset
   * is decoded at once, so the header's count is exact for the others).
   */
  get recordCount(): number {
    return this.decoded?.length ?? this.batch.deferred?.count ?? this.batch.records.length;
  }

  /**
   * The records, decoded on first use.
   *
   * @throws CorruptRecordError when their bytes do not decode (possible only with CRC checks off).
   */
  get records(): KafkaRecord[] {
    if (this.decoded) return this.decoded;
    let records: KafkaRecord[];
    try {
      records = decodeDeferredRecords(this.batch);
    } catch (err) {
      throw classifyBatchError(this.tp, this.frame, err).error;
    }
    if (records.length > 0 && records[0].offset < this.fromOffset)
      records = records.filter((r) => r.offset >= this.fromOffset);
    this.decoded = records;
    return records;
  }

  /** See {@link DecodedBatch.release}. */
  release(): void {
    this.decoded = NO_RECORDS;
    this.batch.records = NO_RECORDS; // decodeDeferredRecords keeps them on the batch too
  }
}

/** A per-batch failure found while decoding, to surface after the records before it. */
export interface ChunkError {
  error: Error;
  /** Where the position goes once the error is surfaced: past the bad batch, or null to stay and refetch. */
  skipTo: bigint | null;
}

/** What one partition of one fetch response decodes to. */
export interface DecodedChunk {
  batches: DecodedBatch[];
  /** The offset after the last complete batch read (skipped batches included), or the fetch offset. */
  nextOffset: bigint;
  /** Records across all batches. */
  recordCount: number;
  /** A batch that could not be delivered; the batches before it are still delivered first. */
  error: ChunkError | null;
}

/** How to decode: from the consumer options. */
export interface DecodeSettings {
  isolationLevel: IsolationLevel;
  verifyCrc: boolean;
  maxDecompressedBytes: number;
  /** Decode every record now (the share fetcher acquires them at once) instead of on first read. */
  eager?: boolean;
}

const CONTROL_ABORT = ControlRecordType.ABORT;

/**
 * Decodes a Fetch response partition's `records` bytes batch by batch, so that one bad batch does
 * not hide the good ones before it:
 * - records below `fetchOffset` are dropped (a compressed batch comes back whole even when the
 *   fetch offset points into its middle);
 * - control batches (transaction markers) are never delivered;
 * - under `read_committed`, data batches of transactions the response lists as aborted are
 *   dropped, tracking each producer's aborted range until its ABORT marker, as Java does;
 * - a batch that inflates beyond the cap becomes a {@link RecordTooLargeError} that skips it;
 *   any other malformed batch (CRC mismatch, corrupt compression) a {@link CorruptRecordError}
 *   that does not skip, so the next fetch tries the same offset again.
 *
 * Records are decoded when first read (see {@link DecodedBatch}); keys and values stay views into
 * `buf` (no copy).
 */
export async function decodeChunk(
  tp: TopicPartition,
  buf: Buffer | null,
  fetchOffset: bigint,
  abortedTransactions: readonly FetchResponseAbortedTransaction[] | null,
  settings: DecodeSettings,
): Promise<DecodedChunk> {
  const out: DecodedChunk = { batches: [], nextOffset: fetchOffset, recordCount: 0, error: null };
  if (buf === null || buf.length === 0) return out;
  const readCommitted = settings.isolationLevel === 'read_committed';
  const aborted = readCommitted ? [...(abortedTransactions ?? [])].sort(byFirstOffset) : [];
  let nextAborted = 0;
  const abortedProducers = new Set<bigint>();
  const options = {
    verifyCrc: settings.verifyCrc,
    maxDecompressedBytes: settings.maxDecompressedBytes,
    deferRecords: true,
  };

  for (let at = 0; buf.length - at >= LOG_OVERHEAD; ) {
    const size = buf.readInt32BE(at + BatchLayout.BATCH_LENGTH);
    const end = at + LOG_OVERHEAD + size;
    if (size < 0 || end > buf.length) break; // a partial batch at the end: the broker cut at its byte limit
    const frame = buf.subarray(at, end);
    at = end;
    let batch: Awaited<ReturnType<typeof decodeRecordBatches>>[number] | undefined;
    try {
      [batch] = await decodeRecordBatches(frame, options);
    } catch (err) {
      out.error = classifyBatchError(tp, frame, err);
      return out;
    }
    if (!batch) continue;
    out.nextOffset = batch.lastOffset + 1n;
    if (readCommitted && batch.isTransactional) {
      // Every aborted transaction that began at or before this batch's end may cover it. Markers
      // take part too: a response can start at the ABORT marker of a transaction it lists, and
      // that marker must close the range, or the producer's next (committed) data would be dropped.
      while (nextAborted < aborted.length && aborted[nextAborted].firstOffset <= batch.lastOffset) {
        abortedProducers.add(aborted[nextAborted].producerId);
        nextAborted++;
      }
    }
    if (batch.isControl) {
      if (batch.isTransactional && batch.control?.type === CONTROL_ABORT) abortedProducers.delete(batch.producerId);
      continue;
    }
    if (readCommitted && batch.isTransactional && abortedProducers.has(batch.producerId)) continue;
    const decoded = new DeferredBatch(tp, batch, fetchOffset, frame);
    // Records are left undecoded, except in a batch that starts before the fetch offset (only the
    // first can) and when asked (`eager`): there the count must be exact, or errors caught here.
    let count = decoded.recordCount;
    if (settings.eager || batch.baseOffset < fetchOffset) {
      try {
        count = decoded.records.length;
      } catch (err) {
        out.error = { error: err as Error, skipTo: null };
        return out;
      }
    }
    if (count === 0) continue;
    out.batches.push(decoded);
    out.recordCount += count;
  }
  return out;
}

function byFirstOffset(a: FetchResponseAbortedTransaction, b: FetchResponseAbortedTransaction): number {
  return a.firstOffset < b.firstOffset ? -1 : a.firstOffset > b.firstOffset ? 1 : 0;
}

function classifyBatchError(tp: TopicPartition, frame: Buffer, err: unknown): ChunkError {
  const baseOffset = frame.readBigInt64BE(BatchLayout.BASE_OFFSET);
  const where = { topic: tp.topic, partition: tp.partition, offset: baseOffset };
  if (err instanceof DecompressionLimitError) {
    const magic = frame.length > BatchLayout.MAGIC ? frame[BatchLayout.MAGIC] : 2;
    const lastOffset =
      magic === 2 && frame.length >= BatchLayout.LAST_OFFSET_DELTA + 4
        ? baseOffset + BigInt(frame.readInt32BE(BatchLayout.LAST_OFFSET_DELTA))
        : baseOffset;
    return {
      error: new RecordTooLargeError(
        `the batch at offset ${baseOffset} inflates beyond maxDecompressedBytes and is skipped: ${err.message}`,
        { context: where, cause: err },
      ),
      skipTo: lastOffset + 1n,
    };
  }
  if (err instanceof UnsupportedCodecError) {
    // The codec's package is missing here (not a broken batch): say so, and stay on the batch
    // until the application installs it or seeks past.
    return { error: err, skipTo: null };
  }
  return {
    error: new CorruptRecordError(
      `the batch at offset ${baseOffset} does not decode: ${err instanceof Error ? err.message : String(err)}`,
      { context: where, cause: err },
    ),
    skipTo: null,
  };
}
