import {
  ErrorCode,
  IllegalOperationError,
  KafkaError,
  OffsetCommitApi,
  OffsetDeleteApi,
  OffsetFetchApi,
  type OffsetFetchRequest,
  type OffsetFetchRequestGroup,
} from '@kafka-aio/protocol';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  fanOut,
  perEntity,
  requestNode,
} from './context.js';
import { groupRetry, routeGroup } from './groups.js';
import { ResultMap } from './results.js';

/** A group's committed offset for one partition. */
export interface CommittedOffset {
  /** The next offset the group will consume; -1n when the group has no offset for the partition. */
  offset: bigint;
  /** Leader epoch of the committed record, or null when unknown. */
  leaderEpoch: number | null;
  /** The metadata string committed with the offset. */
  metadata: string;
  /** A partition-level error (e.g. `UnknownTopicOrPartitionError`), or null. */
  error: KafkaError | null;
}

/** Which partitions of a group to read; all the group has offsets for when `partitions` is absent. */
export interface ListConsumerGroupOffsetsSpec {
  groupId: string;
  partitions?: readonly TopicPartition[];
}

/** The coordinator is loading or elsewhere: find it again and retry. */
const COORDINATOR_CODES = new Set<number>([
  ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
  ErrorCode.COORDINATOR_NOT_AVAILABLE,
  ErrorCode.NOT_COORDINATOR,
]);

/** Last OffsetFetch version that names topics (v10 switched to topic ids). */
const OFFSET_FETCH_BY_NAME = 9;
/** Last OffsetCommit version that names topics. */
const OFFSET_COMMIT_BY_NAME = 9;

function topicsOf(partitions: readonly TopicPartition[] | undefined) {
  if (!partitions) return null;
  const byTopic = new Map<string, number[]>();
  for (const tp of partitions) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
  return [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes }));
}

type Partitions = readonly {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch?: number;
  metadata: string | null;
  errorCode: number;
}[];

function decodeOffsets(
  group: string,
  topics: readonly { name?: string; partitions: Partitions }[],
): Attempted<Map<TopicPartition, CommittedOffset>> {
  const out = new Map<TopicPartition, CommittedOffset>();
  for (const t of topics) {
    const name = t.name ?? '';
    for (const p of t.partitions) {
      const error = errorOrNull(p.errorCode, undefined, `group=${group} topic=${name} partition=${p.partitionIndex}`);
      // UNSTABLE_OFFSET_COMMIT and friends: the whole group is asked again.
      if (error?.retriable) return { error };
      out.set(topicPartition(name, p.partitionIndex), {
        offset: p.committedOffset,
        leaderEpoch: p.committedLeaderEpoch === undefined || p.committedLeaderEpoch < 0 ? null : p.committedLeaderEpoch,
        metadata: p.metadata ?? '',
        error,
      });
    }
  }
  return { error: null, value: out };
}

/**
 * The OffsetFetch body for version `v`: v8+ batches `groups`; older versions take exactly one group
 * in `groupId`/`topics`, and `requireStable` only from v7.
 */
export function offsetFetchRequest(
  specs: readonly ListConsumerGroupOffsetsSpec[],
  requireStable: boolean,
  v: number,
): OffsetFetchRequest {
  if (v >= 8) {
    const groups: OffsetFetchRequestGroup[] = specs.map((s) => ({
      groupId: s.groupId,
      topics: topicsOf(s.partitions),
    }));
    return { groups, requireStable };
  }
  if (specs.length !== 1) throw new IllegalOperationError(`OffsetFetch v${v} takes one group per request`);
  return { groupId: specs[0].groupId, topics: topicsOf(specs[0].partitions), ...(v >= 7 ? { requireStable } : {}) };
}

/**
 * Committed offsets of each group, keyed by group id. Groups are batched per coordinator
 * (OffsetFetch v8+ takes many groups; older brokers get one request per group). `requireStable`
 * waits for pending transactional commits instead of returning UNSTABLE_OFFSET_COMMIT.
 */
export async function listConsumerGroupOffsets(
  ctx: AdminContext,
  specs: readonly ListConsumerGroupOffsetsSpec[],
  op: AdminCallOptions & { requireStable?: boolean },
): Promise<ResultMap<string, Map<TopicPartition, CommittedOffset>>> {
  const byGroup = new Map(specs.map((s) => [s.groupId, s]));
  return perEntity(
    ctx,
    'ListConsumerGroupOffsets',
    [...byGroup.keys()],
    op,
    (pending) =>
      fanOut(pending, routeGroup(ctx, op), async (node, groups) => {
        const conn = await ctx.cluster.connection(node, '', op.signal);
        const v = conn.versions.pick(OffsetFetchApi, OFFSET_FETCH_BY_NAME);
        const out = new Map<string, Attempted<Map<TopicPartition, CommittedOffset>>>();
        if (v >= 8) {
          const batch = groups.map((g) => byGroup.get(g) as ListConsumerGroupOffsetsSpec);
          const res = await requestNode(
            ctx,
            node,
            OffsetFetchApi,
            (ver) => offsetFetchRequest(batch, op.requireStable ?? false, ver),
            { ...op, atMost: OFFSET_FETCH_BY_NAME },
          );
          for (const g of res.groups ?? []) {
            const error = errorOrNull(g.errorCode ?? 0, undefined, `group=${g.groupId}`);
            out.set(g.groupId, error ? { error } : decodeOffsets(g.groupId, g.topics));
          }
          return out;
        }
        await Promise.all(
          groups.map(async (g) => {
            try {
              const res = await requestNode(
                ctx,
                node,
                OffsetFetchApi,
                (ver) =>
                  offsetFetchRequest([byGroup.get(g) as ListConsumerGroupOffsetsSpec], op.requireStable ?? false, ver),
                { ...op, atMost: OFFSET_FETCH_BY_NAME },
              );
              const error = errorOrNull(res.errorCode ?? 0, undefined, `group=${g}`);
              out.set(g, error ? { error } : decodeOffsets(g, res.topics ?? []));
            } catch (err) {
              if (!(err instanceof KafkaError)) throw err;
              out.set(g, { error: err });
            }
          }),
        );
        return out;
      }),
    groupRetry(ctx),
  );
}

/** An offset to commit for a group: the offset alone, or with metadata and leader epoch. */
export type OffsetToCommit = bigint | { offset: bigint; metadata?: string; leaderEpoch?: number };

/**
 * Sets a group's committed offsets; keyed by partition. Kafka refuses this for a group with active
 * members (`UnknownMemberIdError`); stop its consumers first.
 */
export async function alterConsumerGroupOffsets(
  ctx: AdminContext,
  groupId: string,
  offsets: Iterable<readonly [TopicPartition, OffsetToCommit]>,
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, void>> {
  const wanted = new Map(offsets);
  const keys = [...wanted.keys()];
  const results = await perEntity(
    ctx,
    'AlterConsumerGroupOffsets',
    [groupId],
    op,
    async () => {
      const node = await routeGroup(ctx, op)(groupId);
      const byTopic = new Map<
        string,
        { partitionIndex: number; committedOffset: bigint; committedLeaderEpoch: number; committedMetadata: string }[]
      >();
      for (const [tp, o] of wanted) {
        const spec = typeof o === 'bigint' ? { offset: o } : o;
        const list = byTopic.get(tp.topic) ?? [];
        list.push({
          partitionIndex: tp.partition,
          committedOffset: spec.offset,
          committedLeaderEpoch: spec.leaderEpoch ?? -1,
          committedMetadata: spec.metadata ?? '',
        });
        byTopic.set(tp.topic, list);
      }
      const res = await requestNode(
        ctx,
        node,
        OffsetCommitApi,
        () => ({
          groupId,
          generationIdOrMemberEpoch: -1,
          memberId: '',
          topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
        }),
        { ...op, atMost: OFFSET_COMMIT_BY_NAME },
      );
      const perPartition = new Map<TopicPartition, KafkaError | null>();
      for (const t of res.topics) {
        for (const p of t.partitions) {
          perPartition.set(
            topicPartition(t.name ?? '', p.partitionIndex),
            errorOrNull(p.errorCode, undefined, `group=${groupId} topic=${t.name} partition=${p.partitionIndex}`),
          );
        }
      }
      // A coordinator problem shows on every partition: retry the whole commit.
      const retriable = [...perPartition.values()].find((e) => e && COORDINATOR_CODES.has(e.code));
      if (retriable) return new Map([[groupId, { error: retriable }]]);
      return new Map([[groupId, { error: null, value: perPartition }]]);
    },
    groupRetry(ctx),
  );
  return spread(results.get(groupId), keys);
}

/** Turns one group-level result into per-partition results. */
function spread(
  r: { error: KafkaError | null; value?: Map<TopicPartition, KafkaError | null> } | undefined,
  keys: TopicPartition[],
): ResultMap<TopicPartition, void> {
  const out = new ResultMap<TopicPartition, void>();
  for (const tp of keys) {
    const error = r?.error ?? r?.value?.get(tp) ?? null;
    out.set(tp, error ? { error } : { error: null, value: undefined });
  }
  return out;
}

/** Deletes a group's committed offsets for some partitions; keyed by partition. */
export async function deleteConsumerGroupOffsets(
  ctx: AdminContext,
  groupId: string,
  partitions: readonly TopicPartition[],
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, void>> {
  const results = await perEntity(
    ctx,
    'DeleteConsumerGroupOffsets',
    [groupId],
    op,
    async () => {
      const node = await routeGroup(ctx, op)(groupId);
      const topics = (topicsOf(partitions) ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex })),
      }));
      const res = await requestNode(ctx, node, OffsetDeleteApi, () => ({ groupId, topics }), op);
      const error = errorOrNull(res.errorCode, undefined, `group=${groupId}`);
      if (error) return new Map([[groupId, { error }]]);
      const perPartition = new Map<TopicPartition, KafkaError | null>();
      for (const t of res.topics) {
        for (const p of t.partitions) {
          perPartition.set(
            topicPartition(t.name, p.partitionIndex),
            errorOrNull(p.errorCode, undefined, `group=${groupId} topic=${t.name} partition=${p.partitionIndex}`),
          );
        }
      }
      return new Map([[groupId, { error: null, value: perPartition }]]);
    },
    groupRetry(ctx),
  );
  return spread(results.get(groupId), [...partitions]);
}
