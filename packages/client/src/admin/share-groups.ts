import {
  AlterShareGroupOffsetsApi,
  DeleteShareGroupOffsetsApi,
  DescribeShareGroupOffsetsApi,
  KafkaError,
  ShareGroupDescribeApi,
  type ShareGroupDescribeResponseAssignment,
} from '@kafka-aio/protocol';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { type AclOperation, decodeAuthorizedOperations } from './acls.js';
import type { BrokerNode } from './cluster-info.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  fanOut,
  perEntity,
  requestNode,
} from './context.js';
import { groupRetry, listConsumerGroups, routeGroup } from './groups.js';
import { ResultMap } from './results.js';

/** A share group's state: `Empty`, `Stable` or `Dead`; other strings pass through. */
export type ShareGroupState = 'Empty' | 'Stable' | 'Dead' | 'Unknown' | (string & {});

/** One share group as ListGroups reports it. */
export interface ShareGroupListing {
  groupId: string;
  state: ShareGroupState | null;
}

/** One member of a described share group. */
export interface ShareMemberDescription {
  memberId: string;
  clientId: string;
  host: string;
  rack: string | null;
  memberEpoch: number;
  subscribedTopicNames: string[];
  /** The partitions assigned to the member (other members may have the same ones). */
  assignment: TopicPartition[];
}

/** A described share group (Java's `ShareGroupDescription`). */
export interface ShareGroupDescription {
  groupId: string;
  state: ShareGroupState;
  groupEpoch: number;
  targetAssignmentEpoch: number;
  /** The broker's share assignor (`simple`). */
  partitionAssignor: string;
  members: ShareMemberDescription[];
  coordinator: BrokerNode | null;
  /** Null unless requested with `includeAuthorizedOperations`. */
  authorizedOperations: AclOperation[] | null;
}

/** Where a share group stands on one partition. */
export interface SharePartitionOffsetInfo {
  /**
   * The share-partition start offset (SPSO): every record before it is done (acknowledged or
   * archived). -1 when the group has not started on the partition.
   */
  startOffset: bigint;
  /** The leader epoch stored with it, or null. */
  leaderEpoch: number | null;
  /** Records not yet done from the start offset on (KIP-1226, Kafka 4.2+); null when unknown. */
  lag: bigint | null;
}

function flatten(a: ShareGroupDescribeResponseAssignment): TopicPartition[] {
  return a.topicPartitions.flatMap((t) => t.partitions.map((p) => topicPartition(t.topicName, p)));
}

/** Share groups of the cluster (ListGroups with the `share` type filter), optionally by state. */
export async function listShareGroups(
  ctx: AdminContext,
  op: AdminCallOptions & { states?: readonly ShareGroupState[] },
): Promise<{ valid: ShareGroupListing[]; errors: KafkaError[] }> {
  const res = await listConsumerGroups(ctx, { ...op, types: ['share'] });
  return {
    valid: res.valid.filter((g) => g.type === 'share').map((g) => ({ groupId: g.groupId, state: g.state })),
    errors: res.errors,
  };
}

/** Describes share groups (ShareGroupDescribe at each coordinator); keyed by group id. */
export async function describeShareGroups(
  ctx: AdminContext,
  groupIds: readonly string[],
  op: AdminCallOptions & { includeAuthorizedOperations?: boolean },
): Promise<ResultMap<string, ShareGroupDescription>> {
  const include = op.includeAuthorizedOperations ?? false;
  return perEntity(
    ctx,
    'DescribeShareGroups',
    groupIds,
    op,
    (pending) =>
      fanOut(pending, routeGroup(ctx, op), async (node, groups) => {
        const broker = ctx.cluster.metadata.brokers.get(node);
        const coordinator = broker ? { id: node, host: broker.host, port: broker.port, rack: broker.rack } : null;
        const res = await requestNode(
          ctx,
          node,
          ShareGroupDescribeApi,
          () => ({ groupIds: groups, includeAuthorizedOperations: include }),
          op,
        );
        const out = new Map<string, Attempted<ShareGroupDescription>>();
        for (const g of res.groups) {
          const error = errorOrNull(g.errorCode, g.errorMessage, `group=${g.groupId}`);
          if (error) {
            out.set(g.groupId, { error });
            continue;
          }
          out.set(g.groupId, {
            error: null,
            value: {
              groupId: g.groupId,
              state: g.groupState,
              groupEpoch: g.groupEpoch,
              targetAssignmentEpoch: g.assignmentEpoch,
              partitionAssignor: g.assignorName,
              coordinator,
              authorizedOperations:
                include && g.authorizedOperations !== undefined
                  ? decodeAuthorizedOperations(g.authorizedOperations)
                  : null,
              members: g.members.map((m) => ({
                memberId: m.memberId,
                clientId: m.clientId,
                host: m.clientHost,
                rack: m.rackId ?? null,
                memberEpoch: m.memberEpoch,
                subscribedTopicNames: m.subscribedTopicNames,
                assignment: flatten(m.assignment),
              })),
            },
          });
        }
        return out;
      }),
    groupRetry(ctx),
  );
}

/**
 * A share group's start offsets (and lag) per partition: of the `partitions` given, or of every
 * partition the group has state for. Per-partition errors (an unknown partition) are in the map.
 */
export async function listShareGroupOffsets(
  ctx: AdminContext,
  groupId: string,
  partitions: readonly TopicPartition[] | undefined,
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, SharePartitionOffsetInfo>> {
  const topics = partitions ? byTopic(partitions) : null;
  const results = await perEntity(
    ctx,
    'DescribeShareGroupOffsets',
    [groupId],
    op,
    async () => {
      const node = await routeGroup(ctx, op)(groupId);
      const res = await requestNode(
        ctx,
        node,
        DescribeShareGroupOffsetsApi,
        () => ({
          groups: [
            {
              groupId,
              topics: topics ? [...topics].map(([topicName, ps]) => ({ topicName, partitions: ps })) : null,
            },
          ],
        }),
        op,
      );
      const g = res.groups.find((x) => x.groupId === groupId);
      if (!g)
        return new Map([
          [groupId, { error: new KafkaError('DescribeShareGroupOffsets: no result', { retriable: true }) }],
        ]);
      const error = errorOrNull(g.errorCode, g.errorMessage, `group=${groupId}`);
      if (error) return new Map([[groupId, { error }]]);
      const out = new ResultMap<TopicPartition, SharePartitionOffsetInfo>();
      for (const t of g.topics)
        for (const p of t.partitions) {
          const tp = topicPartition(t.topicName, p.partitionIndex);
          const e = errorOrNull(p.errorCode, p.errorMessage, `group=${groupId} ${t.topicName}[${p.partitionIndex}]`);
          out.set(
            tp,
            e
              ? { error: e }
              : {
                  error: null,
                  value: {
                    startOffset: p.startOffset,
                    leaderEpoch: p.leaderEpoch >= 0 ? p.leaderEpoch : null,
                    lag: p.lag === undefined || p.lag < 0n ? null : p.lag,
                  },
                },
          );
        }
      return new Map<string, Attempted<ResultMap<TopicPartition, SharePartitionOffsetInfo>>>([
        [groupId, { error: null, value: out }],
      ]);
    },
    groupRetry(ctx),
  );
  const r = results.get(groupId);
  if (!r) throw new KafkaError(`DescribeShareGroupOffsets: no result for ${groupId}`);
  if (r.error) throw r.error;
  return r.value;
}

/**
 * Sets a share group's start offsets per partition (the group must be empty:
 * `NonEmptyGroupError`); works before the group exists, to pre-set where it starts.
 */
export async function alterShareGroupOffsets(
  ctx: AdminContext,
  groupId: string,
  offsets: ReadonlyMap<TopicPartition, bigint>,
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, void>> {
  const keys = [...offsets.keys()];
  const perTopic = new Map<string, { partitionIndex: number; startOffset: bigint }[]>();
  for (const [tp, startOffset] of offsets) {
    const list = perTopic.get(tp.topic) ?? [];
    list.push({ partitionIndex: tp.partition, startOffset });
    perTopic.set(tp.topic, list);
  }
  const results = await perEntity(
    ctx,
    'AlterShareGroupOffsets',
    [groupId],
    op,
    async () => {
      const node = await routeGroup(ctx, op)(groupId);
      const res = await requestNode(
        ctx,
        node,
        AlterShareGroupOffsetsApi,
        () => ({ groupId, topics: [...perTopic].map(([topicName, partitions]) => ({ topicName, partitions })) }),
        op,
      );
      const error = errorOrNull(res.errorCode, res.errorMessage, `group=${groupId}`);
      if (error) return new Map([[groupId, { error }]]);
      const per = new Map<TopicPartition, KafkaError | null>();
      for (const t of res.responses)
        for (const p of t.partitions)
          per.set(
            topicPartition(t.topicName, p.partitionIndex),
            errorOrNull(p.errorCode, p.errorMessage, `group=${groupId} ${t.topicName}[${p.partitionIndex}]`),
          );
      return new Map<string, Attempted<Map<TopicPartition, KafkaError | null>>>([
        [groupId, { error: null, value: per }],
      ]);
    },
    groupRetry(ctx),
  );
  return spread(results.get(groupId), keys);
}

/** Forgets a share group's state of whole topics (the group must be empty); keyed by topic. */
export async function deleteShareGroupOffsets(
  ctx: AdminContext,
  groupId: string,
  topics: readonly string[],
  op: AdminCallOptions,
): Promise<ResultMap<string, void>> {
  const results = await perEntity(
    ctx,
    'DeleteShareGroupOffsets',
    [groupId],
    op,
    async () => {
      const node = await routeGroup(ctx, op)(groupId);
      const res = await requestNode(
        ctx,
        node,
        DeleteShareGroupOffsetsApi,
        () => ({ groupId, topics: topics.map((topicName) => ({ topicName })) }),
        op,
      );
      const error = errorOrNull(res.errorCode, res.errorMessage, `group=${groupId}`);
      if (error) return new Map([[groupId, { error }]]);
      const per = new Map<string, KafkaError | null>();
      for (const t of res.responses)
        per.set(t.topicName, errorOrNull(t.errorCode, t.errorMessage, `group=${groupId} topic=${t.topicName}`));
      return new Map<string, Attempted<Map<string, KafkaError | null>>>([[groupId, { error: null, value: per }]]);
    },
    groupRetry(ctx),
  );
  return spread(results.get(groupId), [...topics]);
}

function byTopic(partitions: readonly TopicPartition[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const tp of partitions) {
    const list = out.get(tp.topic) ?? [];
    list.push(tp.partition);
    out.set(tp.topic, list);
  }
  return out;
}

/** One group-level outcome as per-key results; a key the broker did not answer is an error. */
function spread<K>(
  r: { error: KafkaError | null; value?: Map<K, KafkaError | null> } | undefined,
  keys: K[],
): ResultMap<K, void> {
  const out = new ResultMap<K, void>();
  for (const k of keys) {
    const answered = r?.value?.has(k) ?? false;
    const error =
      r?.error ??
      r?.value?.get(k) ??
      (answered ? null : new KafkaError(`the broker returned no result for ${String(k)}`));
    out.set(k, error ? { error } : { error: null, value: undefined });
  }
  return out;
}
