import { AlterPartitionReassignmentsApi, KafkaError, ListPartitionReassignmentsApi } from '@kafka-aio/protocol';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../topic-partition.js';
import { type AdminCallOptions, type AdminContext, budget, errorOrNull, requestAny, throwIfError } from './context.js';
import { byTopic } from './offsets.js';
import { ResultMap } from './results.js';

/** A partition's reassignment in progress (Java's `PartitionReassignment`). */
export interface PartitionReassignment {
  /** Every replica of the partition now, the ones being added and removed included. */
  readonly replicas: readonly number[];
  /** Replicas being added (catching up). */
  readonly addingReplicas: readonly number[];
  /** Replicas that leave once the added ones have caught up. */
  readonly removingReplicas: readonly number[];
}

/** Options of `alterPartitionReassignments`. */
export interface AlterPartitionReassignmentsOptions extends AdminCallOptions {
  /**
   * Whether a reassignment may change how many replicas a partition has (KIP-860, Kafka 3.7+).
   * Default true, as in Java; with false the broker refuses such a change per partition.
   */
  allowReplicationFactorChange?: boolean;
}

/**
 * Starts (replica list) or cancels (`null`) partition reassignments at the controller; keyed by
 * partition. A partition's entry settles when the controller has accepted the change, not when the
 * data has moved: follow it with {@link listPartitionReassignments}.
 */
export async function alterPartitionReassignments(
  ctx: AdminContext,
  reassignments: readonly (readonly [TopicPartition, readonly number[] | null])[],
  op: AlterPartitionReassignmentsOptions,
): Promise<ResultMap<TopicPartition, void>> {
  const out = new ResultMap<TopicPartition, void>();
  if (reassignments.length === 0) return out;
  const timeoutMs = budget(ctx, op);
  const allowReplicationFactorChange = op.allowReplicationFactorChange ?? true;
  const res = await requestAny(
    ctx,
    AlterPartitionReassignmentsApi,
    () => ({
      timeoutMs: Math.min(timeoutMs, 2 ** 31 - 1),
      // v0 cannot refuse a replication factor change; the encoder fails when false is asked of it.
      ...(allowReplicationFactorChange ? {} : { allowReplicationFactorChange }),
      topics: [...byTopic(reassignments)].map(([name, ps]) => ({
        name,
        partitions: ps.map(([partitionIndex, replicas]) => ({
          partitionIndex,
          replicas: replicas === null ? null : [...replicas],
        })),
      })),
    }),
    { ...op, brokerWaitMs: timeoutMs, check: (r) => throwIfError(r.errorCode, r.errorMessage) },
  );
  const found = new Map<TopicPartition, KafkaError | null>();
  for (const t of res.responses) {
    for (const p of t.partitions) {
      const tp = topicPartition(t.name, p.partitionIndex);
      found.set(tp, errorOrNull(p.errorCode, p.errorMessage, formatTopicPartition(tp)));
    }
  }
  for (const [tp] of reassignments) {
    const error = found.has(tp)
      ? found.get(tp)
      : new KafkaError(`the controller returned no result for ${formatTopicPartition(tp)}`);
    out.set(tp, error ? { error } : { error: null, value: undefined });
  }
  return out;
}

/**
 * Reassignments in progress, of `partitions` or of every partition (null); a partition with none
 * is absent from the map.
 */
export async function listPartitionReassignments(
  ctx: AdminContext,
  partitions: readonly TopicPartition[] | null,
  op: AdminCallOptions,
): Promise<Map<TopicPartition, PartitionReassignment>> {
  const timeoutMs = budget(ctx, op);
  const res = await requestAny(
    ctx,
    ListPartitionReassignmentsApi,
    () => ({
      timeoutMs: Math.min(timeoutMs, 2 ** 31 - 1),
      topics:
        partitions === null
          ? null
          : [...byTopic(partitions.map((tp) => [tp, 0] as const))].map(([name, ps]) => ({
              name,
              partitionIndexes: ps.map(([p]) => p),
            })),
    }),
    { ...op, brokerWaitMs: timeoutMs, check: (r) => throwIfError(r.errorCode, r.errorMessage) },
  );
  const out = new Map<TopicPartition, PartitionReassignment>();
  for (const t of res.topics) {
    for (const p of t.partitions) {
      out.set(topicPartition(t.name, p.partitionIndex), {
        replicas: p.replicas,
        addingReplicas: p.addingReplicas,
        removingReplicas: p.removingReplicas,
      });
    }
  }
  return out;
}
