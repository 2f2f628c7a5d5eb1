import type { PartitionStatsInput } from './stats-source.js';

/**
 * What {@link consumerPartitionStats} reads of one assigned partition: the fields of the consumer's
 * `PartitionState`, described structurally so the two modules do not import each other.
 */
export interface ConsumerPartitionView {
  readonly tp: { readonly topic: string; readonly partition: number };
  /** Next offset to hand to the application; null until known. */
  readonly position: bigint | null;
  /** `initializing`, `awaitReset` or `fetching`. */
  readonly fetchState: string;
  readonly paused: boolean;
  readonly highwater: bigint | null;
  readonly lastStableOffset: bigint | null;
  readonly logStartOffset: bigint | null;
  /** Counters: records and bytes fetched while assigned. */
  readonly rxmsgs: number;
  readonly rxbytes: number;
  /** The offset `storeOffsets()` stored for the next commit, when one was (`enableAutoOffsetStore: false`). */
  readonly storedOffset?: { offset: bigint } | null;
}

const FETCH_STATES: Record<string, string> = {
  initializing: 'offset-query',
  awaitReset: 'offset-wait',
  fetching: 'active',
};

/**
 * Per-partition statistics of a consumer from its partition states (positions, watermarks, fetch
 * state); `committed` adds the last committed offsets when the consumer keeps them, and
 * `isolation` picks the end offset the lag is measured to (the LSO under `read_committed`, as
 * librdkafka does). Lag is `end − position`.
 */
export function consumerPartitionStats(
  partitions: Iterable<ConsumerPartitionView>,
  options: {
    committed?: (tp: { topic: string; partition: number }) => bigint | null | undefined;
    /** Records and bytes fetched and not yet handed out, per partition. */
    queued?: (tp: { topic: string; partition: number }) => { count: number; bytes: number };
    isolation?: 'read_uncommitted' | 'read_committed';
  } = {},
): PartitionStatsInput[] {
  const out: PartitionStatsInput[] = [];
  for (const s of partitions) {
    const end = options.isolation === 'read_committed' ? s.lastStableOffset : s.highwater;
    const committed = options.committed?.(s.tp) ?? null;
    const entry: PartitionStatsInput = {
      topic: s.tp.topic,
      partition: s.tp.partition,
      fetch_state: s.paused ? 'paused' : (FETCH_STATES[s.fetchState] ?? s.fetchState),
      rxmsgs: s.rxmsgs,
      rxbytes: s.rxbytes,
    };
    if (s.position !== null) {
      entry.next_offset = s.position;
      entry.app_offset = s.position;
      entry.stored_offset = s.storedOffset?.offset ?? s.position;
    }
    if (committed !== null) entry.committed_offset = committed;
    const queued = options.queued?.(s.tp);
    if (queued) {
      entry.fetchq_cnt = queued.count;
      entry.fetchq_size = queued.bytes;
    }
    if (s.highwater !== null) entry.hi_offset = s.highwater;
    if (s.lastStableOffset !== null) entry.ls_offset = s.lastStableOffset;
    if (s.logStartOffset !== null) entry.lo_offset = s.logStartOffset;
    const position = s.position ?? committed;
    entry.consumer_lag = end !== null && position !== null ? Math.max(0, Number(end - position)) : -1;
    out.push(entry);
  }
  return out;
}
