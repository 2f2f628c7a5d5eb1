import {
  CreatePartitionsApi,
  CreateTopicsApi,
  DeleteTopicsApi,
  type DeleteTopicsRequest,
  ErrorCode,
  InvalidArgumentError,
  MetadataApi,
  type Uuid,
} from '@kafka-aio/protocol';
import { sleep } from '../cluster/backoff.js';
import { type AclOperation, decodeAuthorizedOperations } from './acls.js';
import type { BrokerNode } from './cluster-info.js';
import { type ConfigEntry, configSourceName } from './configs.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  budget,
  errorOrNull,
  perEntity,
  requestAny,
} from './context.js';
import type { ResultMap } from './results.js';

/** A topic to create. Give counts, or `replicaAssignment`, or neither (broker defaults). */
export interface NewTopic {
  name: string;
  /** Default -1: the broker's `num.partitions` (must stay -1 with `replicaAssignment`). */
  numPartitions?: number;
  /** Default -1: the broker's `default.replication.factor` (must stay -1 with `replicaAssignment`). */
  replicationFactor?: number;
  /** Broker ids per partition: `replicaAssignment[p]` lists the replicas of partition `p`, preferred leader first. */
  replicaAssignment?: readonly (readonly number[])[];
  /** Topic configs, e.g. `{ 'cleanup.policy': 'compact' }`. */
  configs?: Readonly<Record<string, string>>;
}

/** Options of {@link createTopics}. */
export interface CreateTopicsOptions extends AdminCallOptions {
  /** Check the request (names, counts, configs) without creating anything. Default false. */
  validateOnly?: boolean;
  /** Wait until metadata shows each created topic with leaders for all partitions. Default true. */
  waitForMetadata?: boolean;
}

/** What a created (or validated) topic looks like, as the broker reports it. */
export interface CreatedTopic {
  name: string;
  /** The new topic's id; null for brokers before 2.8 and for `validateOnly`. */
  topicId: Uuid | null;
  /** -1 when the broker does not report it (CreateTopics before v5). */
  numPartitions: number;
  replicationFactor: number;
  /** The topic's resulting configs (CreateTopics v5+), else empty. */
  configs: Map<string, Omit<ConfigEntry, 'synonyms' | 'type' | 'documentation' | 'isDefault'>>;
}

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

function check(t: NewTopic): void {
  if (t.replicaAssignment && ((t.numPartitions ?? -1) !== -1 || (t.replicationFactor ?? -1) !== -1)) {
    throw new InvalidArgumentError(
      `topic ${t.name}: give either numPartitions/replicationFactor or replicaAssignment, not both`,
    );
  }
}

/** Creates topics; keyed by topic name. Routed to any broker (KRaft brokers forward to the controller). */
export async function createTopics(
  ctx: AdminContext,
  topics: readonly NewTopic[],
  op: CreateTopicsOptions,
): Promise<ResultMap<string, CreatedTopic>> {
  for (const t of topics) check(t);
  const byName = new Map(topics.map((t) => [t.name, t]));
  const timeoutMs = budget(ctx, op);
  const started = performance.now();
  const results = await perEntity(ctx, 'CreateTopics', [...byName.keys()], op, async (pending) => {
    const res = await requestAny(
      ctx,
      CreateTopicsApi,
      () => ({
        topics: pending.map((name) => {
          const t = byName.get(name) as NewTopic;
          return {
            name,
            numPartitions: t.replicaAssignment ? -1 : (t.numPartitions ?? -1),
            replicationFactor: t.replicaAssignment ? -1 : (t.replicationFactor ?? -1),
            assignments: (t.replicaAssignment ?? []).map((brokerIds, partitionIndex) => ({
              partitionIndex,
              brokerIds: [...brokerIds],
            })),
            configs: Object.entries(t.configs ?? {}).map(([n, value]) => ({ name: n, value })),
          };
        }),
        timeoutMs: Math.max(0, Math.min(timeoutMs - (performance.now() - started), 2 ** 31 - 1)) | 0,
        validateOnly: op.validateOnly ?? false,
      }),
      { ...op, brokerWaitMs: timeoutMs },
    );
    const out = new Map<string, Attempted<CreatedTopic>>();
    for (const r of res.topics) {
      const error = errorOrNull(r.errorCode, r.errorMessage, `topic=${r.name}`);
      out.set(
        r.name,
        error
          ? { error }
          : {
              error: null,
              value: {
                name: r.name,
                topicId: r.topicId && r.topicId !== ZERO_UUID ? r.topicId : null,
                numPartitions: r.numPartitions ?? -1,
                replicationFactor: r.replicationFactor ?? -1,
                configs: new Map(
                  (r.configs ?? []).map((c) => [
                    c.name,
                    {
                      name: c.name,
                      value: c.value,
                      source: configSourceName(c.configSource ?? 0),
                      isReadOnly: c.readOnly,
                      isSensitive: c.isSensitive,
                    },
                  ]),
                ),
              },
            },
      );
    }
    return out;
  });
  if (!op.validateOnly && (op.waitForMetadata ?? true)) {
    const created = [...results.succeeded().keys()];
    await waitForMetadata(ctx, created, started + timeoutMs, op.signal, (meta, t) => {
      const info = meta.topics.get(t);
      return info !== undefined && info.partitions.length > 0 && info.partitions.every((p) => p && p.leader >= 0);
    });
  }
  return results;
}

/**
 * Polls metadata until `ready` holds for every topic or the deadline passes (best effort: the
 * operation itself already succeeded, so running out of time is not an error).
 */
async function waitForMetadata(
  ctx: AdminContext,
  topics: string[],
  deadline: number,
  signal: AbortSignal | undefined,
  ready: (meta: import('../cluster/metadata.js').MetadataSnapshot, topic: string) => boolean,
): Promise<void> {
  let waiting = topics;
  while (waiting.length > 0 && performance.now() < deadline) {
    const meta = await ctx.cluster.refreshMetadata(waiting).catch(() => ctx.cluster.metadata);
    waiting = waiting.filter((t) => !ready(meta, t));
    if (waiting.length > 0) await sleep(Math.min(100, Math.max(0, deadline - performance.now())), signal);
  }
}

/** The DeleteTopics body for version `v`: v6 names topics in `topics` (name or id), older versions in `topicNames`. */
export function deleteTopicsRequest(names: readonly string[], timeoutMs: number, v: number): DeleteTopicsRequest {
  return {
    ...(v >= 6 ? { topics: names.map((name) => ({ name, topicId: ZERO_UUID })) } : { topicNames: [...names] }),
    timeoutMs: Math.min(timeoutMs, 2 ** 31 - 1),
  };
}

/** Deletes topics by name; keyed by name. Waits (best effort) until metadata no longer lists them. */
export async function deleteTopics(
  ctx: AdminContext,
  names: readonly string[],
  op: AdminCallOptions & { waitForMetadata?: boolean },
): Promise<ResultMap<string, void>> {
  const timeoutMs = budget(ctx, op);
  const started = performance.now();
  const results = await perEntity(ctx, 'DeleteTopics', names, op, async (pending) => {
    const res = await requestAny(ctx, DeleteTopicsApi, (v) => deleteTopicsRequest(pending, timeoutMs, v), {
      ...op,
      brokerWaitMs: timeoutMs,
    });
    const out = new Map<string, Attempted<void>>();
    for (const r of res.responses) {
      if (r.name === null) continue;
      const error = errorOrNull(r.errorCode, r.errorMessage, `topic=${r.name}`);
      out.set(
        r.name,
        error
          ? { error, final: error.code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
          : { error: null, value: undefined },
      );
    }
    return out;
  });
  if (op.waitForMetadata ?? true) {
    await waitForMetadata(
      ctx,
      [...results.succeeded().keys()],
      started + timeoutMs,
      op.signal,
      (meta, t) => !meta.topics.has(t),
    );
  }
  return results;
}

/** New partition count (and optionally placement of the new partitions) for a topic. */
export interface NewPartitions {
  /** The total number of partitions after the call (not the number added). */
  totalCount: number;
  /** Replicas of each new partition, preferred leader first (one entry per added partition). */
  assignments?: readonly (readonly number[])[];
}

/** Adds partitions to topics; keyed by topic name. */
export async function createPartitions(
  ctx: AdminContext,
  topics: Iterable<readonly [string, NewPartitions]>,
  op: AdminCallOptions & { validateOnly?: boolean },
): Promise<ResultMap<string, void>> {
  const byName = new Map(topics);
  const timeoutMs = budget(ctx, op);
  return perEntity(ctx, 'CreatePartitions', [...byName.keys()], op, async (pending) => {
    const res = await requestAny(
      ctx,
      CreatePartitionsApi,
      () => ({
        topics: pending.map((name) => {
          const p = byName.get(name) as NewPartitions;
          return {
            name,
            count: p.totalCount,
            assignments: p.assignments ? p.assignments.map((b) => ({ brokerIds: [...b] })) : null,
          };
        }),
        timeoutMs: Math.min(timeoutMs, 2 ** 31 - 1),
        validateOnly: op.validateOnly ?? false,
      }),
      { ...op, brokerWaitMs: timeoutMs },
    );
    const out = new Map<string, Attempted<void>>();
    for (const r of res.results) {
      const error = errorOrNull(r.errorCode, r.errorMessage ?? null, `topic=${r.name}`);
      out.set(r.name, error ? { error } : { error: null, value: undefined });
    }
    return out;
  });
}

/** One partition of a {@link TopicDescription}. */
export interface TopicPartitionInfo {
  partition: number;
  /** The leader, or null while the partition has none. */
  leader: BrokerNode | null;
  replicas: BrokerNode[];
  isr: BrokerNode[];
  offlineReplicas: number[];
}

/** A topic as Metadata describes it. */
export interface TopicDescription {
  name: string;
  topicId: Uuid | null;
  isInternal: boolean;
  partitions: TopicPartitionInfo[];
  /** Operations the caller may perform on the topic; null unless requested. */
  authorizedOperations: AclOperation[] | null;
}

async function fetchMetadata(
  ctx: AdminContext,
  topics: string[] | null,
  op: AdminCallOptions & { includeAuthorizedOperations?: boolean },
) {
  return requestAny(
    ctx,
    MetadataApi,
    (v) => ({
      topics: topics === null ? null : topics.map((name) => ({ name })),
      allowAutoTopicCreation: false,
      ...(v >= 8 ? { includeTopicAuthorizedOperations: op.includeAuthorizedOperations ?? false } : {}),
    }),
    op,
  );
}

/** Topic names in the cluster, sorted; internal topics (`__consumer_offsets`, ...) only on request. */
export async function listTopics(
  ctx: AdminContext,
  op: AdminCallOptions & { includeInternal?: boolean },
): Promise<string[]> {
  const res = await fetchMetadata(ctx, null, op);
  return res.topics
    .filter((t) => t.name !== null && t.errorCode === 0 && (op.includeInternal || !t.isInternal))
    .map((t) => t.name as string)
    .sort();
}

/** Describes topics (partitions, leaders, replicas, ISR, topic id); keyed by name. */
export async function describeTopics(
  ctx: AdminContext,
  names: readonly string[],
  op: AdminCallOptions & { includeAuthorizedOperations?: boolean },
): Promise<ResultMap<string, TopicDescription>> {
  return perEntity(ctx, 'DescribeTopics', names, op, async (pending) => {
    const res = await fetchMetadata(ctx, pending, op);
    const nodes = new Map(
      res.brokers.map((b) => [b.nodeId, { id: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null }]),
    );
    const node = (id: number): BrokerNode => nodes.get(id) ?? { id, host: '', port: -1, rack: null };
    const out = new Map<string, Attempted<TopicDescription>>();
    for (const t of res.topics) {
      if (t.name === null) continue;
      const error = errorOrNull(t.errorCode, undefined, `topic=${t.name}`);
      if (error) {
        // An unknown topic is an answer, not a metadata hiccup: do not retry it.
        out.set(t.name, { error, final: t.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
        continue;
      }
      out.set(t.name, {
        error: null,
        value: {
          name: t.name,
          topicId: t.topicId && t.topicId !== ZERO_UUID ? t.topicId : null,
          isInternal: t.isInternal ?? false,
          partitions: [...t.partitions]
            .sort((a, b) => a.partitionIndex - b.partitionIndex)
            .map((p) => ({
              partition: p.partitionIndex,
              leader: p.leaderId >= 0 ? node(p.leaderId) : null,
              replicas: p.replicaNodes.map(node),
              isr: p.isrNodes.map(node),
              offlineReplicas: p.offlineReplicas ?? [],
            })),
          authorizedOperations: op.includeAuthorizedOperations
            ? decodeAuthorizedOperations(t.topicAuthorizedOperations)
            : null,
        },
      });
    }
    return out;
  });
}
