import {
  createKafkaError,
  DeleteRecordsApi,
  ElectLeadersApi,
  KafkaError,
  ListOffsetsApi,
  UnknownTopicOrPartitionError,
} from '@kafka-aio/protocol';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../topic-partition.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  budget,
  errorOrNull,
  fanOut,
  perEntity,
  requestAny,
  requestNode,
  throwIfError,
} from './context.js';
import { ResultMap } from './results.js';

/**
 * Which offset `listOffsets` looks up: the first (`earliest`), the next to be written
 * (`latest`), the one with the largest timestamp (`maxTimestamp`, Kafka 3.0+), or the first whose
 * timestamp is at least `{ timestamp }` (epoch milliseconds).
 */
export type OffsetSpec = 'earliest' | 'latest' | 'maxTimestamp' | { timestamp: bigint | number };

/** The wire timestamp of a spec (-2 earliest, -1 latest, -3 max timestamp). */
export function offsetSpecTimestamp(spec: OffsetSpec): bigint {
  if (spec === 'earliest') return -2n;
  if (spec === 'latest') return -1n;
  if (spec === 'maxTimestamp') return -3n;
  return BigInt(spec.timestamp);
}

/** What `listOffsets` finds for one partition. */
export interface ListOffsetsResultInfo {
  /** -1n when no offset matches (e.g. a timestamp after the last record). */
  offset: bigint;
  /** The record's timestamp; -1n for `earliest`/`latest`. */
  timestamp: bigint;
  /** Null when unknown. */
  leaderEpoch: number | null;
}

/** Read uncommitted (default) or only committed transactional records (offsets stop at the LSO). */
export type IsolationLevel = 'read_uncommitted' | 'read_committed';

/**
 * Where the partition's leader is, or the error to report: an unknown topic or partition fails
 * at once; a missing leader is retried (after a metadata refresh).
 */
export function routeLeader(ctx: AdminContext) {
  const refreshed = new Set<string>();
  return async (tp: TopicPartition): Promise<number | KafkaError> => {
    let meta = ctx.cluster.metadata;
    if (meta.leaderFor(tp.topic, tp.partition) === undefined && !refreshed.has(tp.topic)) {
      refreshed.add(tp.topic);
      meta = await ctx.cluster.refreshMetadata([tp.topic]);
    }
    const leader = meta.leaderFor(tp.topic, tp.partition);
    if (leader !== undefined) return leader;
    const ctxText = formatTopicPartition(tp);
    if (
      meta.topicErrors.get(tp.topic) === 3 ||
      (meta.topics.has(tp.topic) && !meta.partition(tp.topic, tp.partition))
    ) {
      return new FinalError(new UnknownTopicOrPartitionError(undefined, { context: ctxText }));
    }
    return createKafkaError(5, undefined, ctxText); // LEADER_NOT_AVAILABLE
  };
}

/** Marks an error that routing found final (no retry). */
class FinalError extends KafkaError {
  constructor(readonly inner: KafkaError) {
    super(inner.message, { code: inner.code });
  }
}

/** Wraps a leader-routed send so that final routing errors are not retried. */
function unwrapFinal<V>(out: Map<TopicPartition, Attempted<V>>): Map<TopicPartition, Attempted<V>> {
  for (const [k, v] of out) if (v.error instanceof FinalError) out.set(k, { error: v.error.inner, final: true });
  return out;
}

/**
 * A leader's per-partition answers, keyed by partition: the entry's error, or the value read from
 * the entry. For responses shaped `topics[].partitions[]` with a name and a partition index.
 */
export function partitionOutcomes<
  P extends { partitionIndex: number; errorCode: number; errorMessage?: string | null },
  V,
>(
  topics: readonly { name: string; partitions: readonly P[] }[],
  value: (p: P) => V,
): Map<TopicPartition, Attempted<V>> {
  const out = new Map<TopicPartition, Attempted<V>>();
  for (const t of topics) {
    for (const p of t.partitions) {
      const tp = topicPartition(t.name, p.partitionIndex);
      const error = errorOrNull(p.errorCode, p.errorMessage, formatTopicPartition(tp));
      out.set(tp, error ? { error } : { error: null, value: value(p) });
    }
  }
  return out;
}

/** Groups per-partition entries by topic: topic → [partition, entry] pairs. */
export function byTopic<T>(entries: Iterable<readonly [TopicPartition, T]>): Map<string, [number, T][]> {
  const out = new Map<string, [number, T][]>();
  for (const [tp, v] of entries) {
    const list = out.get(tp.topic) ?? [];
    list.push([tp.partition, v]);
    out.set(tp.topic, list);
  }
  return out;
}

/** Offsets by spec for each partition (sent to each partition's leader); keyed by partition. */
export async function listOffsets(
  ctx: AdminContext,
  specs: Iterable<readonly [TopicPartition, OffsetSpec]>,
  op: AdminCallOptions & { isolationLevel?: IsolationLevel },
): Promise<ResultMap<TopicPartition, ListOffsetsResultInfo>> {
  const wanted = new Map(specs);
  const isolation = op.isolationLevel === 'read_committed' ? 1 : 0;
  const route = routeLeader(ctx);
  return perEntity(
    ctx,
    'ListOffsets',
    [...wanted.keys()],
    op,
    async (pending) =>
      unwrapFinal(
        await fanOut(pending, route, async (node, tps) => {
          const res = await requestNode(
            ctx,
            node,
            ListOffsetsApi,
            (v) => ({
              replicaId: -1,
              ...(v >= 2 ? { isolationLevel: isolation } : {}),
              topics: [...byTopic(tps.map((tp) => [tp, wanted.get(tp) as OffsetSpec] as const))].map(([name, ps]) => ({
                name,
                partitions: ps.map(([partitionIndex, spec]) => ({
                  partitionIndex,
                  timestamp: offsetSpecTimestamp(spec),
                })),
              })),
              ...(v >= 10 ? { timeoutMs: Math.min(budget(ctx, op), 2 ** 31 - 1) } : {}),
            }),
            op,
          );
          return partitionOutcomes(res.topics, (p) => ({
            offset: p.offset ?? -1n,
            timestamp: p.timestamp ?? -1n,
            leaderEpoch: p.leaderEpoch === undefined || p.leaderEpoch < 0 ? null : p.leaderEpoch,
          }));
        }),
      ),
    { describe: formatTopicPartition },
  );
}

/**
 * Deletes records before the given offset of each partition (`-1n`: up to the high watermark);
 * keyed by partition, each with the partition's new low watermark.
 */
export async function deleteRecords(
  ctx: AdminContext,
  beforeOffsets: Iterable<readonly [TopicPartition, bigint]>,
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, { lowWatermark: bigint }>> {
  const wanted = new Map(beforeOffsets);
  const route = routeLeader(ctx);
  return perEntity(
    ctx,
    'DeleteRecords',
    [...wanted.keys()],
    op,
    async (pending) =>
      unwrapFinal(
        await fanOut(pending, route, async (node, tps) => {
          const res = await requestNode(
            ctx,
            node,
            DeleteRecordsApi,
            () => ({
              topics: [...byTopic(tps.map((tp) => [tp, wanted.get(tp) as bigint] as const))].map(([name, ps]) => ({
                name,
                partitions: ps.map(([partitionIndex, offset]) => ({ partitionIndex, offset })),
              })),
              timeoutMs: Math.min(budget(ctx, op), 2 ** 31 - 1),
            }),
            { ...op, brokerWaitMs: budget(ctx, op) },
          );
          return partitionOutcomes(res.topics, (p) => ({ lowWatermark: p.lowWatermark }));
        }),
      ),
    { describe: formatTopicPartition },
  );
}

/** `preferred`: move leadership back to the first replica; `unclean`: elect an out-of-sync replica when no ISR member is alive. */
export type ElectionType = 'preferred' | 'unclean';

/**
 * Runs leader elections for `partitions` (all partitions when null); keyed by partition.
 * `ElectionNotNeededError` means the preferred leader already leads.
 */
export async function electLeaders(
  ctx: AdminContext,
  electionType: ElectionType,
  partitions: readonly TopicPartition[] | null,
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, void>> {
  const type = electionType === 'unclean' ? 1 : 0;
  const timeoutMs = budget(ctx, op);
  const res = await requestAny(
    ctx,
    ElectLeadersApi,
    () => ({
      // v0 only knows preferred elections; the encoder refuses an unclean one there.
      electionType: type,
      topicPartitions:
        partitions === null
          ? null
          : [...byTopic(partitions.map((tp) => [tp, 0] as const))].map(([topic, ps]) => ({
              topic,
              partitions: ps.map(([p]) => p),
            })),
      timeoutMs: Math.min(timeoutMs, 2 ** 31 - 1),
    }),
    { ...op, brokerWaitMs: timeoutMs, check: (r) => throwIfError(r.errorCode) },
  );
  const out = new ResultMap<TopicPartition, void>();
  const found = new Map<TopicPartition, KafkaError | null>();
  for (const t of res.replicaElectionResults) {
    for (const p of t.partitionResult) {
      const tp = topicPartition(t.topic, p.partitionId);
      found.set(tp, errorOrNull(p.errorCode, p.errorMessage, formatTopicPartition(tp)));
    }
  }
  for (const tp of partitions ?? found.keys()) {
    const error = found.get(tp) ?? null;
    out.set(tp, error ? { error } : { error: null, value: undefined });
  }
  return out;
}
