import { IllegalStateError, InvalidArgumentError, type KafkaError } from '@kafka-aio/protocol';
import { Cluster, CoordinatorType } from '../cluster/cluster.js';
import { type StartOptions, type StopOptions, startSignal } from '../lifecycle.js';
import { createDebug } from '../observability/debug.js';
import { formatTopicPartition, type TopicPartition, toTopicPartition, toTopicPartitions } from '../topic-partition.js';
import * as acls from './acls.js';
import * as info from './cluster-info.js';
import * as configs from './configs.js';
import type { AdminCallOptions, AdminContext } from './context.js';
import * as offsets from './group-offsets.js';
import * as groups from './groups.js';
import * as records from './offsets.js';
import { type AdminClientOptions, type ResolvedAdminClientOptions, resolveAdminClientOptions } from './options.js';
import * as quotas from './quotas.js';
import * as reassign from './reassignments.js';
import type { ResultMap } from './results.js';
import * as scram from './scram.js';
import * as share from './share-groups.js';
import * as topics from './topics.js';
import * as txns from './transactions.js';

const debug = createDebug('kafka-aio:admin');

/**
 * Manages topics, configs, groups, offsets, ACLs, SCRAM users, quotas and more, with one Promise per
 * call. Calls about many entities resolve to a {@link ResultMap}: one {@link EntityResult} per entity
 * (value or typed error), so one entity failing never hides the others; `throwIfAnyFailed()` or the
 * single-entity shorthands (`createTopic`, ...) throw instead. Calls that return one thing
 * (`describeCluster`, `listTopics`, ...) reject with the typed error. Retriable errors (NOT_CONTROLLER,
 * NOT_COORDINATOR, LEADER_NOT_AVAILABLE, COORDINATOR_LOAD_IN_PROGRESS, connection failures) are
 * retried per entity within the call's `timeoutMs` (default `defaultApiTimeoutMs`).
 *
 * ```ts
 * await using admin = new AIOKafkaAdminClient({ bootstrapServers: 'localhost:9092' });
 * await admin.start();
 * const created = await admin.createTopics([{ name: 'orders', numPartitions: 6 }]);
 * created.throwIfAnyFailed();
 * ```
 */
export class AIOKafkaAdminClient {
  /** The resolved options (defaults applied). */
  readonly options: ResolvedAdminClientOptions;
  private readonly cluster: Cluster;
  private readonly ctx: AdminContext;
  private state: 'new' | 'starting' | 'started' | 'stopped' = 'new';
  private starting: Promise<void> | undefined;

  /** Validates the options (throws `InvalidConfigError` naming a bad one); connects on {@link start}. */
  constructor(options: AdminClientOptions = {}) {
    this.options = resolveAdminClientOptions(options);
    this.cluster = new Cluster({ ...this.options, allowAutoTopicCreation: false, clientType: 'admin' });
    this.ctx = { cluster: this.cluster, options: this.options };
  }

  /**
   * Connects to a bootstrap server and loads metadata. Idempotent: a second call waits for the
   * same start. Aborting `signal` gives up with `AbortError` (a later call may try again).
   */
  start(options?: StartOptions | AbortSignal): Promise<void> {
    const signal = startSignal(options);
    if (this.state === 'stopped') return Promise.reject(new IllegalStateError('the admin client is stopped'));
    this.starting ??= this.cluster.start(signal).then(
      () => {
        this.state = 'started';
        debug('admin client started');
      },
      (err: unknown) => {
        this.starting = undefined;
        throw err;
      },
    );
    return this.starting;
  }

  /**
   * Closes every connection at once (requests under way reject; `timeoutMs` is accepted for the
   * same shape as the other clients). Idempotent; calls made afterwards reject with
   * `IllegalStateError`.
   */
  async stop(_options: StopOptions = {}): Promise<void> {
    this.state = 'stopped';
    this.cluster.close();
  }

  /** Same as {@link stop}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  private get c(): AdminContext {
    if (this.state !== 'started') {
      throw new IllegalStateError(this.state === 'stopped' ? 'the admin client is stopped' : 'call start() first');
    }
    return this.ctx;
  }

  // ---- topics -------------------------------------------------------------------------------

  /** Creates topics; keyed by name. Waits until metadata shows them unless `waitForMetadata: false`. */
  createTopics(
    newTopics: readonly topics.NewTopic[],
    options: topics.CreateTopicsOptions = {},
  ): Promise<ResultMap<string, topics.CreatedTopic>> {
    return topics.createTopics(this.c, newTopics, options);
  }

  /** Creates one topic; throws its typed error (e.g. `TopicAlreadyExistsError`). */
  async createTopic(topic: topics.NewTopic, options: topics.CreateTopicsOptions = {}): Promise<topics.CreatedTopic> {
    return (await this.createTopics([topic], options)).getOrThrow(topic.name);
  }

  /** Deletes topics; keyed by name. Waits until metadata drops them unless `waitForMetadata: false`. */
  deleteTopics(
    names: readonly string[],
    options: AdminCallOptions & { waitForMetadata?: boolean } = {},
  ): Promise<ResultMap<string, void>> {
    return topics.deleteTopics(this.c, names, options);
  }

  /** Deletes one topic; throws its typed error (e.g. `UnknownTopicOrPartitionError`). */
  async deleteTopic(name: string, options: AdminCallOptions & { waitForMetadata?: boolean } = {}): Promise<void> {
    (await this.deleteTopics([name], options)).getOrThrow(name);
  }

  /** Raises partition counts: `new Map([['orders', { totalCount: 12 }]])`; keyed by topic. */
  createPartitions(
    newPartitions: Iterable<readonly [string, topics.NewPartitions]>,
    options: AdminCallOptions & { validateOnly?: boolean } = {},
  ): Promise<ResultMap<string, void>> {
    return topics.createPartitions(this.c, newPartitions, options);
  }

  /** Topic names, sorted; internal topics only with `includeInternal`. */
  listTopics(options: AdminCallOptions & { includeInternal?: boolean } = {}): Promise<string[]> {
    return topics.listTopics(this.c, options);
  }

  /** Partitions, leaders, replicas, ISR, topic ids (and authorized operations on request); keyed by name. */
  describeTopics(
    names: readonly string[],
    options: AdminCallOptions & { includeAuthorizedOperations?: boolean } = {},
  ): Promise<ResultMap<string, topics.TopicDescription>> {
    return topics.describeTopics(this.c, names, options);
  }

  // ---- cluster ------------------------------------------------------------------------------

  /** Cluster id, brokers, controller (and authorized operations on request). */
  describeCluster(
    options: AdminCallOptions & { includeAuthorizedOperations?: boolean } = {},
  ): Promise<info.ClusterDescription> {
    return info.describeCluster(this.c, options);
  }

  /** Feature flags (`metadata.version`, `transaction.version`, ...), from ApiVersions. */
  describeFeatures(options: AdminCallOptions = {}): Promise<info.FeatureMetadata> {
    return info.describeFeatures(this.c, options);
  }

  /** Log directories per broker (all brokers by default); keyed by broker id. */
  describeLogDirs(
    brokerIds?: readonly number[],
    options: AdminCallOptions & { topics?: readonly TopicPartition[] } = {},
  ): Promise<ResultMap<number, info.LogDirDescription[]>> {
    return info.describeLogDirs(this.c, brokerIds, options);
  }

  /** The node id of the group (or transaction) coordinator for `key`. */
  findCoordinator(
    key: string,
    type: 'group' | 'transaction' = 'group',
    options: AdminCallOptions = {},
  ): Promise<number> {
    const c = this.c;
    return c.cluster.findCoordinator(type === 'group' ? CoordinatorType.GROUP : CoordinatorType.TRANSACTION, key, {
      timeoutMs: options.timeoutMs ?? c.options.defaultApiTimeoutMs,
      signal: options.signal,
    });
  }

  // ---- configs ------------------------------------------------------------------------------

  /** Configs of topics, brokers, groups, ... (`configResource('TOPIC', 'orders')`); keyed by resource. */
  describeConfigs(
    resources: readonly configs.ConfigResource[],
    options: AdminCallOptions & {
      includeSynonyms?: boolean;
      includeDocumentation?: boolean;
      configNames?: readonly string[];
    } = {},
  ): Promise<ResultMap<configs.ConfigResource, Map<string, configs.ConfigEntry>>> {
    return configs.describeConfigs(this.c, resources, options);
  }

  /** SET/DELETE/APPEND/SUBTRACT individual configs; keyed by resource. */
  incrementalAlterConfigs(
    changes: Iterable<readonly [configs.ConfigResource, readonly configs.AlterConfigOp[]]>,
    options: AdminCallOptions & { validateOnly?: boolean } = {},
  ): Promise<ResultMap<configs.ConfigResource, void>> {
    return configs.incrementalAlterConfigs(this.c, changes, options);
  }

  /**
   * Replaces each resource's whole dynamic config; keyed by resource.
   *
   * @deprecated Unnamed configs revert to defaults; use {@link incrementalAlterConfigs}.
   */
  alterConfigs(
    newConfigs: Iterable<readonly [configs.ConfigResource, Readonly<Record<string, string | null>>]>,
    options: AdminCallOptions & { validateOnly?: boolean } = {},
  ): Promise<ResultMap<configs.ConfigResource, void>> {
    return configs.alterConfigs(this.c, newConfigs, options);
  }

  // ---- consumer groups ----------------------------------------------------------------------

  /** Consumer groups on every broker, optionally filtered by state and type. */
  listConsumerGroups(
    options: AdminCallOptions & {
      states?: readonly groups.ConsumerGroupState[];
      types?: readonly groups.GroupType[];
    } = {},
  ): Promise<groups.ListConsumerGroupsResult> {
    return groups.listConsumerGroups(this.c, options);
  }

  /** Describes classic and KIP-848 groups; keyed by group id (missing groups: `GroupIdNotFoundError`). */
  describeConsumerGroups(
    groupIds: readonly string[],
    options: AdminCallOptions & { includeAuthorizedOperations?: boolean } = {},
  ): Promise<ResultMap<string, groups.ConsumerGroupDescription>> {
    return groups.describeConsumerGroups(this.c, groupIds, options);
  }

  /** Deletes empty groups; keyed by group id (`NonEmptyGroupError` for groups with members). */
  deleteConsumerGroups(groupIds: readonly string[], options: AdminCallOptions = {}): Promise<ResultMap<string, void>> {
    return groups.deleteConsumerGroups(this.c, groupIds, options);
  }

  /** Committed offsets of groups (all partitions, or those given); keyed by group id. */
  listConsumerGroupOffsets(
    groupIds: readonly (string | offsets.ListConsumerGroupOffsetsSpec)[],
    options: AdminCallOptions & { requireStable?: boolean } = {},
  ): Promise<ResultMap<string, Map<TopicPartition, offsets.CommittedOffset>>> {
    const specs = groupIds.map((g) =>
      typeof g === 'string'
        ? { groupId: g }
        : {
            ...g,
            partitions: g.partitions && toTopicPartitions(g.partitions, 'listConsumerGroupOffsets'),
          },
    );
    return offsets.listConsumerGroupOffsets(this.c, specs, options);
  }

  /** Sets a group's committed offsets (the group must have no active members); keyed by partition. */
  alterConsumerGroupOffsets(
    groupId: string,
    newOffsets: Iterable<readonly [TopicPartition, offsets.OffsetToCommit]>,
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, void>> {
    return offsets.alterConsumerGroupOffsets(
      this.c,
      groupId,
      pairsByTopicPartition(newOffsets, 'alterConsumerGroupOffsets'),
      options,
    );
  }

  /** Deletes a group's committed offsets of some partitions; keyed by partition. */
  deleteConsumerGroupOffsets(
    groupId: string,
    partitions: readonly TopicPartition[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, void>> {
    return offsets.deleteConsumerGroupOffsets(
      this.c,
      groupId,
      toTopicPartitions(partitions, 'deleteConsumerGroupOffsets'),
      options,
    );
  }

  // ---- share groups (KIP-932) ------------------------------------------------------------

  /** Share groups on every broker (ListGroups with the `share` type filter), optionally by state. */
  listShareGroups(
    options: AdminCallOptions & { states?: readonly share.ShareGroupState[] } = {},
  ): Promise<{ valid: share.ShareGroupListing[]; errors: KafkaError[] }> {
    return share.listShareGroups(this.c, options);
  }

  /** Describes share groups: state, epochs, members and their assignments; keyed by group id. */
  describeShareGroups(
    groupIds: readonly string[],
    options: AdminCallOptions & { includeAuthorizedOperations?: boolean } = {},
  ): Promise<ResultMap<string, share.ShareGroupDescription>> {
    return share.describeShareGroups(this.c, groupIds, options);
  }

  /**
   * A share group's start offset and lag per partition (of `partitions`, or all it has state
   * for); keyed by partition. Rejects with the group's error (`GroupIdNotFoundError`, ...).
   */
  listShareGroupOffsets(
    groupId: string,
    options: AdminCallOptions & { partitions?: readonly TopicPartition[] } = {},
  ): Promise<ResultMap<TopicPartition, share.SharePartitionOffsetInfo>> {
    const partitions = options.partitions && toTopicPartitions(options.partitions, 'listShareGroupOffsets');
    return share.listShareGroupOffsets(this.c, groupId, partitions, options);
  }

  /** Sets a share group's start offsets (the group must be empty: `NonEmptyGroupError`); keyed by partition. */
  alterShareGroupOffsets(
    groupId: string,
    offsets: Iterable<readonly [TopicPartition, bigint]>,
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, void>> {
    return share.alterShareGroupOffsets(
      this.c,
      groupId,
      new Map(pairsByTopicPartition(offsets, 'alterShareGroupOffsets')),
      options,
    );
  }

  /** Deletes a share group's state of whole topics (the group must be empty); keyed by topic. */
  deleteShareGroupOffsets(
    groupId: string,
    topics: readonly string[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<string, void>> {
    return share.deleteShareGroupOffsets(this.c, groupId, topics, options);
  }

  /** Deletes empty share groups and their state (DeleteGroups); keyed by group id (`NonEmptyGroupError` with members). */
  deleteShareGroups(groupIds: readonly string[], options: AdminCallOptions = {}): Promise<ResultMap<string, void>> {
    return groups.deleteConsumerGroups(this.c, groupIds, options);
  }

  // ---- ACLs ---------------------------------------------------------------------------------

  /** Creates ACLs (needs an authorizer); keyed by the binding objects given. */
  createAcls(
    bindings: readonly acls.AclBinding[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<acls.AclBinding, void>> {
    return acls.createAcls(this.c, bindings, options);
  }

  /** ACLs matching the filter. */
  describeAcls(
    filter: acls.AclBindingFilter = {},
    options: AdminCallOptions = {},
  ): Promise<acls.DescribedAclBinding[]> {
    return acls.describeAcls(this.c, filter, options);
  }

  /** Deletes ACLs matching each filter; keyed by the filter objects given, each with what it deleted. */
  deleteAcls(
    filters: readonly acls.AclBindingFilter[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<acls.AclBindingFilter, acls.DescribedAclBinding[]>> {
    return acls.deleteAcls(this.c, filters, options);
  }

  // ---- SCRAM users --------------------------------------------------------------------------

  /** SCRAM credentials of the users given (all users when omitted); keyed by user. */
  describeUserScramCredentials(
    users?: readonly string[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<string, scram.ScramCredentialInfo[]>> {
    return scram.describeUserScramCredentials(this.c, users, options);
  }

  /** Creates, replaces or deletes SCRAM credentials (salted client-side); keyed by user. */
  alterUserScramCredentials(
    alterations: readonly scram.UserScramCredentialAlteration[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<string, void>> {
    return scram.alterUserScramCredentials(this.c, alterations, options);
  }

  // ---- partitions and records ---------------------------------------------------------------

  /** Offsets by spec (earliest, latest, max timestamp, by timestamp); keyed by partition. */
  listOffsets(
    specs: Iterable<readonly [TopicPartition, records.OffsetSpec]>,
    options: AdminCallOptions & { isolationLevel?: records.IsolationLevel } = {},
  ): Promise<ResultMap<TopicPartition, records.ListOffsetsResultInfo>> {
    return records.listOffsets(this.c, pairsByTopicPartition(specs, 'listOffsets'), options);
  }

  /** Deletes records before an offset (`-1n`: the high watermark); keyed by partition. */
  deleteRecords(
    beforeOffsets: Iterable<readonly [TopicPartition, bigint]>,
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, { lowWatermark: bigint }>> {
    return records.deleteRecords(this.c, pairsByTopicPartition(beforeOffsets, 'deleteRecords'), options);
  }

  /** Runs preferred or unclean leader elections (all partitions when `partitions` is null); keyed by partition. */
  electLeaders(
    electionType: records.ElectionType,
    partitions: readonly TopicPartition[] | null,
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, void>> {
    return records.electLeaders(
      this.c,
      electionType,
      partitions === null ? null : toTopicPartitions(partitions, 'electLeaders'),
      options,
    );
  }

  // ---- partition reassignments ------------------------------------------------------------------

  /**
   * Moves partitions to new replica lists (the first replica is the preferred leader), or cancels a
   * reassignment in progress with `null`; keyed by partition. Each entry settles when the controller
   * has accepted it; the data moves afterwards, which {@link listPartitionReassignments} follows.
   *
   * @example
   * await admin.alterPartitionReassignments([[topicPartition('orders', 0), [2, 3]]]);
   */
  alterPartitionReassignments(
    reassignments: Iterable<readonly [TopicPartition, readonly number[] | null]>,
    options: reassign.AlterPartitionReassignmentsOptions = {},
  ): Promise<ResultMap<TopicPartition, void>> {
    try {
      const list = pairsByTopicPartition(reassignments, 'alterPartitionReassignments');
      for (const [tp, replicas] of list) {
        const valid =
          replicas === null ||
          (Array.isArray(replicas) && replicas.length > 0 && replicas.every((r) => Number.isInteger(r) && r >= 0));
        if (!valid)
          throw new InvalidArgumentError(
            `alterPartitionReassignments: the replicas of ${formatTopicPartition(tp)} must be a non-empty list of broker ids, or null to cancel; got ${JSON.stringify(replicas)}`,
          );
      }
      return reassign.alterPartitionReassignments(this.c, list, options);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Reassignments in progress, of `partitions` or of every partition (null); partitions with none are absent. */
  listPartitionReassignments(
    partitions: readonly TopicPartition[] | null = null,
    options: AdminCallOptions = {},
  ): Promise<Map<TopicPartition, reassign.PartitionReassignment>> {
    try {
      const tps = partitions === null ? null : toTopicPartitions(partitions, 'listPartitionReassignments');
      return reassign.listPartitionReassignments(this.c, tps, options);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // ---- transactions -------------------------------------------------------------------------

  /** Transactions on every broker, optionally filtered. */
  listTransactions(options: txns.ListTransactionsOptions = {}): Promise<txns.TransactionListing[]> {
    return txns.listTransactions(this.c, options);
  }

  /** Describes transactional ids at their coordinators; keyed by transactional id. */
  describeTransactions(
    transactionalIds: readonly string[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<string, txns.TransactionDescription>> {
    return txns.describeTransactions(this.c, transactionalIds, options);
  }

  /** Active producers of partitions; keyed by partition. */
  describeProducers(
    partitions: readonly TopicPartition[],
    options: AdminCallOptions = {},
  ): Promise<ResultMap<TopicPartition, txns.ProducerState[]>> {
    return txns.describeProducers(this.c, toTopicPartitions(partitions, 'describeProducers'), options);
  }

  // ---- client quotas ------------------------------------------------------------------------

  /** Quotas of entities matching the filter components. */
  describeClientQuotas(
    components: readonly quotas.ClientQuotaFilterComponent[],
    options: AdminCallOptions & { strict?: boolean } = {},
  ): Promise<quotas.ClientQuotaEntry[]> {
    return quotas.describeClientQuotas(this.c, components, options);
  }

  /** Sets (number) or removes (`null`) quota values; keyed by the alteration objects given. */
  alterClientQuotas(
    alterations: readonly quotas.ClientQuotaAlteration[],
    options: AdminCallOptions & { validateOnly?: boolean } = {},
  ): Promise<ResultMap<quotas.ClientQuotaAlteration, void>> {
    return quotas.alterClientQuotas(this.c, alterations, options);
  }
}

/** Alias of {@link AIOKafkaAdminClient}, for readers coming from confluent-kafka and Java. */
export const AdminClient = AIOKafkaAdminClient;
/** Alias of {@link AIOKafkaAdminClient}. */
export type AdminClient = AIOKafkaAdminClient;

/** `[topic-partition, value]` pairs with each topic-partition interned (plain literals accepted). */
function pairsByTopicPartition<V>(pairs: Iterable<readonly [TopicPartition, V]>, what: string): [TopicPartition, V][] {
  return [...pairs].map(([tp, v]) => [toTopicPartition(tp, what), v]);
}
