import {
  type AclBinding,
  type AclBindingFilter,
  AIOKafkaAdminClient,
  type ConfigResourceType,
  configResource,
  type DescribedAclBinding,
  type OffsetSpec,
  type TopicPartition,
  topicPartition,
} from '@kafka-aio/client';
import { BrokerResponseError, TopicAlreadyExistsError } from '@kafka-aio/protocol';
import {
  type AlterReassignmentsRequest,
  alterReassignments,
  type ListReassignmentsRequest,
  listReassignments,
  type OngoingTopicReassignment,
} from './admin-reassignments.js';
import { AssignerProtocol, type AssignerPartitionMetadata as PartitionMetadata } from './assigners.js';
import { fromProperties, isConfluentShape, rejectUnknownKeys, splitConfluent } from './config.js';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ConfigResourceTypes,
  ConfigSource,
  nameOf,
  ResourcePatternTypes,
} from './constants.js';
import {
  KafkaJSAggregateError,
  KafkaJSCreateTopicError,
  KafkaJSDeleteGroupsError,
  KafkaJSDeleteTopicRecordsError,
  KafkaJSError,
  KafkaJSNonRetriableError,
  toKafkaJSError,
} from './errors.js';
import { AdminEvents, Instrumentation, type InstrumentationEvent } from './events.js';
import type { ConfluentConfig, KafkaContext } from './kafka.js';
import type { Logger } from './logger.js';
import type { RetryOptions } from './retry.js';

/** `kafka.admin(config)`. */
export interface AdminConfig {
  retry?: RetryOptions;
}

/** A group as `describeGroups` / `consumer.describeGroup` return it. */
export interface GroupDescription {
  errorCode: number;
  groupId: string;
  members: {
    memberId: string;
    clientId: string;
    clientHost: string;
    memberMetadata: Buffer;
    memberAssignment: Buffer;
  }[];
  protocol: string;
  protocolType: string;
  state: string;
}

/** A topic to create. */
export interface ITopicConfig {
  topic: string;
  numPartitions?: number;
  replicationFactor?: number;
  replicaAssignment?: { partition: number; replicas: number[] }[];
  configEntries?: { name: string; value: string }[];
}

/** An ACL entry (numeric KafkaJS enums). */
export interface AclEntry {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

const CONFIG_TYPES: Record<number, ConfigResourceType> = { 0: 'UNKNOWN', 2: 'TOPIC', 4: 'BROKER', 8: 'BROKER_LOGGER' };
/** kafka-aio's config source names as KafkaJS's numbers. */
const SOURCE_CODES: Record<string, number> = {
  UNKNOWN: ConfigSource.UNKNOWN,
  DYNAMIC_TOPIC_CONFIG: ConfigSource.TOPIC_CONFIG,
  DYNAMIC_BROKER_CONFIG: ConfigSource.DYNAMIC_BROKER_CONFIG,
  DYNAMIC_DEFAULT_BROKER_CONFIG: ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG,
  STATIC_BROKER_CONFIG: ConfigSource.STATIC_BROKER_CONFIG,
  DEFAULT_CONFIG: ConfigSource.DEFAULT_CONFIG,
  DYNAMIC_BROKER_LOGGER_CONFIG: ConfigSource.DYNAMIC_BROKER_LOGGER_CONFIG,
};

const codeOf = (err: unknown): number => (err instanceof BrokerResponseError ? err.code : -1);

/** A group described by kafka-aio's admin client, in KafkaJS's shape. */
export async function describeGroupOf(admin: AIOKafkaAdminClient, groupId: string): Promise<GroupDescription> {
  const [g] = (await describeGroupsOf(admin, [groupId])).groups;
  return g;
}

async function describeGroupsOf(
  admin: AIOKafkaAdminClient,
  groupIds: string[],
): Promise<{ groups: GroupDescription[] }> {
  try {
    const results = await admin.describeConsumerGroups(groupIds);
    const groups: GroupDescription[] = [];
    for (const groupId of groupIds) {
      const r = results.get(groupId);
      if (!r || r.error !== null) {
        if (r?.error) throw r.error;
        continue;
      }
      const d = r.value;
      groups.push({
        errorCode: 0,
        groupId: d.groupId,
        protocol: d.partitionAssignor,
        protocolType: d.isSimpleConsumerGroup ? '' : 'consumer',
        state: d.state,
        members: d.members.map((m) => {
          const assignment: Record<string, number[]> = {};
          for (const tp of m.assignment) (assignment[tp.topic] ??= []).push(tp.partition);
          return {
            memberId: m.memberId,
            clientId: m.clientId,
            clientHost: m.host,
            memberMetadata: AssignerProtocol.MemberMetadata.encode({
              version: 0,
              topics: m.subscribedTopicNames ?? Object.keys(assignment),
            }),
            memberAssignment: AssignerProtocol.MemberAssignment.encode({ version: 0, assignment }),
          };
        }),
      });
    }
    return { groups };
  } catch (err) {
    throw toKafkaJSError(err);
  }
}

/**
 * KafkaJS's admin client over kafka-aio's `AIOKafkaAdminClient`: KafkaJS's argument and result
 * shapes, offsets as strings, enums as KafkaJS's numbers.
 */
export class Admin {
  /** KafkaJS's event names of this admin client. */
  readonly events = AdminEvents;
  private readonly instrumentation: Instrumentation;
  private readonly log: Logger;
  private readonly properties: Record<string, unknown>;
  private client: AIOKafkaAdminClient | undefined;

  constructor(
    private readonly ctx: KafkaContext,
    config: AdminConfig | ConfluentConfig<AdminConfig>,
  ) {
    let kjs: AdminConfig;
    if (isConfluentShape(config)) {
      const split = splitConfluent<AdminConfig>(config);
      kjs = split.kafkaJS ?? {};
      this.properties = split.properties;
    } else {
      kjs = config as AdminConfig;
      this.properties = {};
    }
    rejectUnknownKeys('admin', kjs, new Set(['retry']));
    fromProperties('common', this.properties); // an unsupported property fails here, named
    this.log = ctx.root.logger('Admin');
    this.instrumentation = new Instrumentation(AdminEvents, this.log, ctx.clientId);
  }

  private get admin(): AIOKafkaAdminClient {
    if (!this.client) throw new KafkaJSError('Admin is not connected (call connect())');
    return this.client;
  }

  private async call<T>(f: (admin: AIOKafkaAdminClient) => Promise<T>): Promise<T> {
    const admin = this.admin;
    try {
      return await f(admin);
    } catch (err) {
      throw toKafkaJSError(err);
    }
  }

  async connect(): Promise<void> {
    if (this.client) return;
    try {
      const client = new AIOKafkaAdminClient(await this.ctx.clientOptions('common', this.properties));
      await client.start();
      this.client = client;
    } catch (err) {
      throw toKafkaJSError(err);
    }
    this.instrumentation.emit(AdminEvents.CONNECT);
  }

  async disconnect(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    await client.stop().catch(() => undefined);
    this.instrumentation.emit(AdminEvents.DISCONNECT);
  }

  /** Every topic name the cluster's metadata lists. */
  listTopics(): Promise<string[]> {
    return this.call((a) => a.listTopics({ includeInternal: true }));
  }

  /**
   * Creates topics; resolves `true`, or `false` when every topic already existed. Other failures
   * reject with a `KafkaJSAggregateError` of `KafkaJSCreateTopicError`s.
   */
  async createTopics({
    topics,
    validateOnly = false,
    waitForLeaders = true,
    timeout,
  }: {
    topics: ITopicConfig[];
    validateOnly?: boolean;
    waitForLeaders?: boolean;
    timeout?: number;
  }): Promise<boolean> {
    if (!Array.isArray(topics)) throw new KafkaJSNonRetriableError(`Invalid topics array ${String(topics)}`);
    if (new Set(topics.map((t) => t.topic)).size !== topics.length)
      throw new KafkaJSNonRetriableError('Invalid topics array, it cannot have multiple entries for the same topic');
    const results = await this.call((a) =>
      a.createTopics(
        topics.map((t) => ({
          name: t.topic,
          numPartitions: t.replicaAssignment?.length ? undefined : (t.numPartitions ?? -1),
          replicationFactor: t.replicaAssignment?.length ? undefined : (t.replicationFactor ?? -1),
          replicaAssignment: t.replicaAssignment?.length
            ? [...t.replicaAssignment].sort((x, y) => x.partition - y.partition).map((r) => r.replicas)
            : undefined,
          configs: t.configEntries ? Object.fromEntries(t.configEntries.map((e) => [e.name, e.value])) : undefined,
        })),
        { validateOnly, waitForMetadata: waitForLeaders && !validateOnly, timeoutMs: timeout },
      ),
    );
    const failed = results.failed();
    if (failed.size === 0) return true;
    if ([...failed.values()].every((e) => e instanceof TopicAlreadyExistsError)) return false;
    const errors = [...failed].map(([topic, e]) =>
      e instanceof BrokerResponseError ? new KafkaJSCreateTopicError(e, topic) : toKafkaJSError(e),
    );
    throw new KafkaJSAggregateError('Topic creation errors', errors);
  }

  async deleteTopics({ topics, timeout }: { topics: string[]; timeout?: number }): Promise<void> {
    if (!Array.isArray(topics)) throw new KafkaJSNonRetriableError(`Invalid topics array ${String(topics)}`);
    await this.call(async (a) => (await a.deleteTopics(topics, { timeoutMs: timeout })).throwIfAnyFailed());
  }

  async createPartitions({
    topicPartitions,
    validateOnly = false,
    timeout,
  }: {
    topicPartitions: { topic: string; count: number; assignments?: number[][] }[];
    validateOnly?: boolean;
    timeout?: number;
  }): Promise<void> {
    await this.call(async (a) =>
      (
        await a.createPartitions(
          topicPartitions.map((t) => [t.topic, { totalCount: t.count, assignments: t.assignments }] as const),
          { validateOnly, timeoutMs: timeout },
        )
      ).throwIfAnyFailed(),
    );
  }

  /** Partition metadata of the topics (all when omitted); an unknown topic rejects. */
  async fetchTopicMetadata({ topics }: { topics?: string[] } = {}): Promise<{
    topics: { name: string; partitions: PartitionMetadata[] }[];
  }> {
    return this.call(async (a) => {
      const names = topics ?? (await a.listTopics({ includeInternal: true }));
      const described = (await a.describeTopics(names)).throwIfAnyFailed();
      return {
        topics: names.map((name) => {
          const d = described.get(name)!;
          return {
            name,
            partitions: d.partitions.map((p) => ({
              partitionErrorCode: 0,
              partitionId: p.partition,
              leader: p.leader?.id ?? -1,
              replicas: p.replicas.map((r) => r.id),
              isr: p.isr.map((r) => r.id),
              offlineReplicas: p.offlineReplicas,
            })),
          };
        }),
      };
    });
  }

  private async partitionsOf(a: AIOKafkaAdminClient, topic: string): Promise<TopicPartition[]> {
    const d = (await a.describeTopics([topic])).getOrThrow(topic);
    return d.partitions.map((p) => topicPartition(topic, p.partition)).sort((x, y) => x.partition - y.partition);
  }

  private async listOffsets(a: AIOKafkaAdminClient, tps: TopicPartition[], spec: OffsetSpec) {
    return (await a.listOffsets(tps.map((tp) => [tp, spec] as const))).throwIfAnyFailed();
  }

  /** Per partition: `offset` and `high` (the high watermark) and `low`, as strings. */
  async fetchTopicOffsets(topic: string): Promise<{ partition: number; offset: string; high: string; low: string }[]> {
    return this.call(async (a) => {
      const tps = await this.partitionsOf(a, topic);
      const [high, low] = await Promise.all([this.listOffsets(a, tps, 'latest'), this.listOffsets(a, tps, 'earliest')]);
      return tps.map((tp) => {
        const h = String(high.get(tp)!.offset);
        return { partition: tp.partition, offset: h, high: h, low: String(low.get(tp)!.offset) };
      });
    });
  }

  /** Per partition, the first offset at or after `timestamp` (the high watermark when there is none). */
  async fetchTopicOffsetsByTimestamp(
    topic: string,
    timestamp?: number,
  ): Promise<{ partition: number; offset: string }[]> {
    return this.call(async (a) => {
      const tps = await this.partitionsOf(a, topic);
      const high = await this.listOffsets(a, tps, 'latest');
      if (timestamp === undefined)
        return tps.map((tp) => ({ partition: tp.partition, offset: String(high.get(tp)!.offset) }));
      const at = await this.listOffsets(a, tps, { timestamp });
      return tps.map((tp) => {
        const o = at.get(tp)!.offset;
        return { partition: tp.partition, offset: String(o >= 0n ? o : high.get(tp)!.offset) };
      });
    });
  }

  /**
   * A group's committed offsets per topic (`'-1'` where nothing is committed). `resolveOffsets`
   * turns `-1`/`-2` into real offsets and commits them, as KafkaJS does.
   */
  async fetchOffsets({
    groupId,
    topics,
    resolveOffsets = false,
  }: {
    groupId: string;
    topics?: string[];
    resolveOffsets?: boolean;
  }): Promise<{ topic: string; partitions: { partition: number; offset: string; metadata: string | null }[] }[]> {
    if (!groupId) throw new KafkaJSNonRetriableError(`Invalid groupId ${String(groupId)}`);
    return this.call(async (a) => {
      const committed = (await a.listConsumerGroupOffsets([groupId])).getOrThrow(groupId);
      const names = topics ?? [...new Set([...committed.keys()].map((tp) => tp.topic))];
      const out = [];
      for (const topic of names) {
        const tps = topics
          ? await this.partitionsOf(a, topic)
          : [...committed.keys()].filter((tp) => tp.topic === topic);
        tps.sort((x, y) => x.partition - y.partition);
        const partitions = tps.map((tp) => {
          const c = committed.get(tp);
          return { partition: tp.partition, offset: String(c?.offset ?? -1n), metadata: c?.metadata || null };
        });
        if (resolveOffsets) {
          const special = partitions.filter((p) => p.offset === '-1' || p.offset === '-2');
          if (special.length > 0) {
            const sps = special.map((p) => topicPartition(topic, p.partition));
            const [high, low] = await Promise.all([
              this.listOffsets(a, sps, 'latest'),
              this.listOffsets(a, sps, 'earliest'),
            ]);
            for (const p of special) {
              const tp = topicPartition(topic, p.partition);
              p.offset = String((p.offset === '-1' ? high : low).get(tp)!.offset);
            }
            (
              await a.alterConsumerGroupOffsets(
                groupId,
                special.map((p) => [topicPartition(topic, p.partition), BigInt(p.offset)] as const),
              )
            ).throwIfAnyFailed();
          }
        }
        out.push({ topic, partitions });
      }
      return out;
    });
  }

  /**
   * Commits offsets for a group with no active member. Without partitions, every partition of the
   * topic. `'-1'`/`'-2'` are resolved to the partition's end/start before they are committed.
   */
  async setOffsets({
    groupId,
    topic,
    partitions,
  }: {
    groupId: string;
    topic: string;
    partitions: { partition: number; offset: string }[];
  }): Promise<void> {
    if (!groupId) throw new KafkaJSNonRetriableError(`Invalid groupId ${String(groupId)}`);
    if (!topic) throw new KafkaJSNonRetriableError(`Invalid topic ${String(topic)}`);
    if (!Array.isArray(partitions) || partitions.length === 0) throw new KafkaJSNonRetriableError('Invalid partitions');
    await this.call(async (a) => {
      const tps = partitions.map((p) => topicPartition(topic, p.partition));
      const needsEnd = partitions.some((p) => String(p.offset) === '-1');
      const needsStart = partitions.some((p) => String(p.offset) === '-2');
      const high = needsEnd ? await this.listOffsets(a, tps, 'latest') : undefined;
      const low = needsStart ? await this.listOffsets(a, tps, 'earliest') : undefined;
      const offsets = partitions.map((p, i) => {
        const o = String(p.offset);
        const value = o === '-1' ? high!.get(tps[i])!.offset : o === '-2' ? low!.get(tps[i])!.offset : BigInt(o);
        return [tps[i], value] as const;
      });
      (await a.alterConsumerGroupOffsets(groupId, offsets)).throwIfAnyFailed();
    });
  }

  /** Moves a group's offsets on every partition of `topic` to its start (`earliest`) or end. */
  async resetOffsets({
    groupId,
    topic,
    earliest = false,
  }: {
    groupId: string;
    topic: string;
    earliest?: boolean;
  }): Promise<void> {
    if (!groupId) throw new KafkaJSNonRetriableError(`Invalid groupId ${String(groupId)}`);
    if (!topic) throw new KafkaJSNonRetriableError(`Invalid topic ${String(topic)}`);
    const tps = await this.call((a) => this.partitionsOf(a, topic));
    await this.setOffsets({
      groupId,
      topic,
      partitions: tps.map((tp) => ({ partition: tp.partition, offset: earliest ? '-2' : '-1' })),
    });
  }

  /** Deletes records before the given offsets (`'-1'`: all records). */
  async deleteTopicRecords({
    topic,
    partitions,
  }: {
    topic: string;
    partitions: { partition: number; offset: string }[];
  }): Promise<void> {
    if (!topic) throw new KafkaJSNonRetriableError(`Invalid topic ${String(topic)}`);
    if (!Array.isArray(partitions) || partitions.length === 0) throw new KafkaJSNonRetriableError('Invalid partitions');
    const results = await this.call(async (a) => {
      const tps = partitions.map((p) => topicPartition(topic, p.partition));
      const all = partitions.some((p) => String(p.offset) === '-1');
      const high = all ? await this.listOffsets(a, tps, 'latest') : undefined;
      return a.deleteRecords(
        partitions.map(
          (p, i) => [tps[i], String(p.offset) === '-1' ? high!.get(tps[i])!.offset : BigInt(p.offset)] as const,
        ),
      );
    });
    const failed = [...results.failed()];
    if (failed.length > 0)
      throw new KafkaJSDeleteTopicRecordsError({
        topic,
        partitions: failed.map(([tp, e]) => ({
          partition: tp.partition,
          offset: String(partitions.find((p) => p.partition === tp.partition)?.offset),
          error: toKafkaJSError(e) as KafkaJSError,
        })),
      });
  }

  async describeCluster(): Promise<{
    brokers: { nodeId: number; host: string; port: number }[];
    controller: number | null;
    clusterId: string;
  }> {
    return this.call(async (a) => {
      const d = await a.describeCluster();
      return {
        brokers: d.nodes.map((n) => ({ nodeId: n.id, host: n.host, port: n.port })),
        controller: d.controller?.id ?? null,
        clusterId: d.clusterId ?? '',
      };
    });
  }

  async describeConfigs({
    resources,
    includeSynonyms = false,
  }: {
    resources: { type: number; name: string; configNames?: string[] }[];
    includeSynonyms?: boolean;
  }): Promise<{
    resources: {
      configEntries: {
        configName: string;
        configValue: string | null;
        isDefault: boolean;
        configSource: number;
        isSensitive: boolean;
        readOnly: boolean;
        configSynonyms: { configName: string; configValue: string | null; configSource: number }[];
      }[];
      errorCode: number;
      errorMessage: string | null;
      resourceName: string;
      resourceType: number;
    }[];
    throttleTime: number;
  }> {
    return this.call(async (a) => {
      const rs = resources.map((r) => configResource(resourceType(r.type), r.name));
      const results = await a.describeConfigs(rs, { includeSynonyms });
      return {
        resources: resources.map((r, i) => {
          const res = results.get(rs[i]);
          const wanted = r.configNames && r.configNames.length > 0 ? new Set(r.configNames) : undefined;
          const entries =
            res?.error === null ? [...res.value.values()].filter((e) => !wanted || wanted.has(e.name)) : [];
          return {
            configEntries: entries.map((e) => ({
              configName: e.name,
              configValue: e.value,
              isDefault: e.isDefault,
              configSource: SOURCE_CODES[e.source] ?? 0,
              isSensitive: e.isSensitive,
              readOnly: e.isReadOnly,
              configSynonyms: (e.synonyms ?? []).map((s) => ({
                configName: s.name,
                configValue: s.value,
                configSource: SOURCE_CODES[s.source] ?? 0,
              })),
            })),
            errorCode: res?.error ? codeOf(res.error) : 0,
            errorMessage: res?.error ? res.error.message : null,
            resourceName: r.name,
            resourceType: r.type,
          };
        }),
        throttleTime: 0,
      };
    });
  }

  async alterConfigs({
    validateOnly = false,
    resources,
  }: {
    validateOnly?: boolean;
    resources: { type: number; name: string; configEntries: { name: string; value: string }[] }[];
  }): Promise<{
    resources: { errorCode: number; errorMessage: string | null; resourceName: string; resourceType: number }[];
    throttleTime: number;
  }> {
    return this.call(async (a) => {
      const rs = resources.map((r) => configResource(resourceType(r.type), r.name));
      const results = await a.alterConfigs(
        resources.map((r, i) => [rs[i], Object.fromEntries(r.configEntries.map((e) => [e.name, e.value]))] as const),
        { validateOnly },
      );
      const failed = results.failed();
      if (failed.size > 0) throw [...failed.values()][0];
      return {
        resources: resources.map((r) => ({
          errorCode: 0,
          errorMessage: null,
          resourceName: r.name,
          resourceType: r.type,
        })),
        throttleTime: 0,
      };
    });
  }

  async listGroups(): Promise<{ groups: { groupId: string; protocolType: string }[] }> {
    return this.call(async (a) => {
      const r = await a.listConsumerGroups();
      if (r.errors.length > 0 && r.valid.length === 0) throw r.errors[0];
      return { groups: r.valid.map((g) => ({ groupId: g.groupId, protocolType: g.protocolType })) };
    });
  }

  describeGroups(groupIds: string[]): Promise<{ groups: GroupDescription[] }> {
    return describeGroupsOf(this.admin, groupIds);
  }

  /** Deletes groups; rejects with `KafkaJSDeleteGroupsError` listing the groups that failed. */
  async deleteGroups(groupIds: string[]): Promise<{ groupId: string; errorCode: number; error?: KafkaJSError }[]> {
    if (!Array.isArray(groupIds)) throw new KafkaJSNonRetriableError(`Invalid groupIds array ${String(groupIds)}`);
    const results = await this.call((a) => a.deleteConsumerGroups(groupIds));
    const out = groupIds.map((groupId) => {
      const r = results.get(groupId);
      if (!r || r.error === null) return { groupId, errorCode: 0 };
      return { groupId, errorCode: codeOf(r.error), error: toKafkaJSError(r.error) as KafkaJSError };
    });
    const failed = out.filter((g) => g.errorCode !== 0) as {
      groupId: string;
      errorCode: number;
      error: KafkaJSError;
    }[];
    if (failed.length > 0) {
      throw new KafkaJSDeleteGroupsError(
        failed.length === 1 ? `Error in DeleteGroups: ${failed[0].error.message}` : 'Error in DeleteGroups',
        failed,
      );
    }
    return out;
  }

  async createAcls({ acl }: { acl: AclEntry[] }): Promise<boolean> {
    await this.call(async (a) => (await a.createAcls(acl.map(toBinding))).throwIfAnyFailed());
    return true;
  }

  async describeAcls(filter: Partial<AclEntry>): Promise<{
    throttleTime: number;
    errorCode: number;
    resources: {
      resourceType: number;
      resourceName: string;
      resourcePatternType: number;
      acls: { principal: string; host: string; operation: number; permissionType: number }[];
    }[];
  }> {
    return this.call(async (a) => {
      const bindings = await a.describeAcls(toFilter(filter));
      return { throttleTime: 0, errorCode: 0, resources: groupBindings(bindings) };
    });
  }

  async deleteAcls({ filters }: { filters: Partial<AclEntry>[] }): Promise<{
    throttleTime: number;
    filterResponses: {
      errorCode: number;
      errorMessage: string | null;
      matchingAcls: (AclEntry & { errorCode: number })[];
    }[];
  }> {
    return this.call(async (a) => {
      const fs = filters.map(toFilter);
      const results = await a.deleteAcls(fs);
      return {
        throttleTime: 0,
        filterResponses: fs.map((f) => {
          const r = results.get(f);
          if (!r || r.error !== null)
            return {
              errorCode: r?.error ? codeOf(r.error) : -1,
              errorMessage: r?.error?.message ?? null,
              matchingAcls: [],
            };
          return {
            errorCode: 0,
            errorMessage: null,
            matchingAcls: r.value.map((b) => ({ ...fromBinding(b), errorCode: 0 })),
          };
        }),
      };
    });
  }

  /**
   * Moves partitions to new replica lists at the controller. Rejects with a
   * {@link KafkaJSAggregateError} of `KafkaJSAlterPartitionReassignmentsError`s (with `topic` and
   * `partition`) when some partitions were refused, as KafkaJS does.
   */
  async alterPartitionReassignments(request: AlterReassignmentsRequest): Promise<void> {
    return alterReassignments((f) => this.call(f), request);
  }

  /**
   * Reassignments in progress, of the partitions named or of every partition. Each topic carries
   * its name as `topic` (KafkaJS's types) and `name` (what KafkaJS returns), each partition its
   * index as `partitionIndex` and `partition`, likewise.
   */
  async listPartitionReassignments(
    request: ListReassignmentsRequest = {},
  ): Promise<{ topics: OngoingTopicReassignment[] }> {
    return listReassignments((f) => this.call(f), request);
  }

  on(eventName: string, listener: (event: InstrumentationEvent) => unknown): () => void {
    return this.instrumentation.on(eventName, listener);
  }

  logger(): Logger {
    return this.log;
  }
}

function resourceType(type: number): ConfigResourceType {
  const t = CONFIG_TYPES[type];
  if (t === undefined)
    throw new KafkaJSNonRetriableError(
      `Invalid resource type ${String(type)} (see ConfigResourceTypes: ${Object.keys(ConfigResourceTypes).join(', ')})`,
    );
  return t;
}

function enumName<T extends string>(
  table: Readonly<Record<string, number>>,
  value: number | undefined,
  what: string,
): T | undefined {
  if (value === undefined) return undefined;
  const n = nameOf(table, value);
  if (n === undefined) throw new KafkaJSNonRetriableError(`Invalid ${what} ${String(value)}`);
  return n as T;
}

function toBinding(e: AclEntry): AclBinding {
  return {
    resourceType: enumName(AclResourceTypes, e.resourceType, 'resourceType')!,
    resourceName: e.resourceName,
    patternType: enumName(ResourcePatternTypes, e.resourcePatternType, 'resourcePatternType'),
    principal: e.principal,
    host: e.host,
    operation: enumName(AclOperationTypes, e.operation, 'operation')!,
    permissionType: enumName(AclPermissionTypes, e.permissionType, 'permissionType')!,
  };
}

function toFilter(f: Partial<AclEntry>): AclBindingFilter {
  return {
    resourceType: enumName(AclResourceTypes, f.resourceType, 'resourceType'),
    resourceName: f.resourceName ?? null,
    patternType: enumName(ResourcePatternTypes, f.resourcePatternType, 'resourcePatternType'),
    principal: f.principal ?? null,
    host: f.host ?? null,
    operation: enumName(AclOperationTypes, f.operation, 'operation'),
    permissionType: enumName(AclPermissionTypes, f.permissionType, 'permissionType'),
  };
}

function fromBinding(b: DescribedAclBinding): AclEntry {
  return {
    resourceType: AclResourceTypes[b.resourceType as keyof typeof AclResourceTypes] ?? 0,
    resourceName: b.resourceName,
    resourcePatternType: ResourcePatternTypes[b.patternType as keyof typeof ResourcePatternTypes] ?? 0,
    principal: b.principal,
    host: b.host,
    operation: AclOperationTypes[b.operation as keyof typeof AclOperationTypes] ?? 0,
    permissionType: AclPermissionTypes[b.permissionType as keyof typeof AclPermissionTypes] ?? 0,
  };
}

function groupBindings(bindings: DescribedAclBinding[]) {
  const byResource = new Map<string, ReturnType<typeof resourceEntry>>();
  function resourceEntry(e: AclEntry) {
    return {
      resourceType: e.resourceType,
      resourceName: e.resourceName,
      resourcePatternType: e.resourcePatternType,
      acls: [] as { principal: string; host: string; operation: number; permissionType: number }[],
    };
  }
  for (const b of bindings) {
    const e = fromBinding(b);
    const k = `${e.resourceType}\u0000${e.resourceName}\u0000${e.resourcePatternType}`;
    let r = byResource.get(k);
    if (!r) byResource.set(k, (r = resourceEntry(e)));
    r.acls.push({ principal: e.principal, host: e.host, operation: e.operation, permissionType: e.permissionType });
  }
  return [...byResource.values()];
}
