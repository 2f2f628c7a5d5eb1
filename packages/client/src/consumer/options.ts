import { InvalidConfigError } from '@kafka-aio/protocol';
import { COMMON_KEYS, type CommonOptions, type ResolvedCommonOptions, resolveCommonOptions } from '../config/common.js';
import {
  boolOption,
  describe,
  functionOption,
  intOption,
  oneOf,
  rejectUnknown,
  stringOption,
} from '../config/validate.js';
import {
  BUILT_IN_ASSIGNOR_NAMES,
  type BuiltInAssignorName,
  builtInAssignor,
  type ConsumerPartitionAssignor,
} from './group/assignors/index.js';
import type { CommitCallback, Deserializer } from './types.js';

/** Where to start when a partition has no valid position: Kafka's `auto.offset.reset`. */
export type AutoOffsetReset = 'earliest' | 'latest' | 'none';

/** Which records a consumer sees of transactional producers. */
export type IsolationLevel = 'read_uncommitted' | 'read_committed';

/** `'classic'`: JoinGroup/SyncGroup with client-side assignors. `'consumer'`: KIP-848, broker-side assignment. */
export type GroupProtocol = 'classic' | 'consumer';

/** Options of {@link AIOKafkaConsumer}; every field is optional and has a default. */
export interface ConsumerOptions<K = Buffer | null, V = Buffer | null> extends CommonOptions {
  /** The consumer group. Without one there are no commits and no group assignment. Default `null`. */
  groupId?: string | null;
  /** KIP-345 static membership: a restart within the session timeout keeps the partitions without a rebalance. */
  groupInstanceId?: string | null;
  /** Deserializes record keys; without one keys are `Buffer | null`. */
  keyDeserializer?: Deserializer<K>;
  /** Deserializes record values; without one values are `Buffer | null`. */
  valueDeserializer?: Deserializer<V>;
  /** How long a broker may hold a fetch waiting for `fetchMinBytes`. Default 500. */
  fetchMaxWaitMs?: number;
  /** Largest fetch response per broker. Default 52428800 (50 MiB). */
  fetchMaxBytes?: number;
  /** Bytes a broker waits for before it answers a fetch. Default 1. */
  fetchMinBytes?: number;
  /** Largest amount of data per partition in one fetch response. Default 1048576 (1 MiB). */
  maxPartitionFetchBytes?: number;
  /**
   * Cap on fetched bytes held by the consumer: buffered, not yet handed out, plus what the fetch
   * requests in flight may return. Fetching pauses while the cap is reached. Default 67108864
   * (64 MiB). A single batch larger than the cap is still fetched (KIP-74) so consumption never stalls.
   */
  maxPrefetchBytes?: number;
  /** Where to start without a valid position. Default `'latest'`. */
  autoOffsetReset?: AutoOffsetReset;
  /** Commit positions every `autoCommitIntervalMs`, before revocation and on stop. Default true (needs `groupId`). */
  enableAutoCommit?: boolean;
  /**
   * Whether a record handed out counts as processed for commits (confluent-kafka's
   * `enable.auto.offset.store`). Default true. With false, auto commit, the commit before
   * revocation and `commit()` without arguments commit only what `storeOffsets()` stored.
   */
  enableAutoOffsetStore?: boolean;
  /** Default 5000. */
  autoCommitIntervalMs?: number;
  /** Verify each batch's CRC32C. Default true. */
  checkCrcs?: boolean;
  /**
   * Classic protocol assignors, by name or as objects, in order of preference. Default
   * `['cooperative-sticky']`: incremental rebalances, and it agrees with Java consumers on their
   * default (`range, cooperative-sticky`). Cooperative rebalancing is used when every listed
   * assignor is cooperative. Not allowed with `groupProtocol: 'consumer'`.
   */
  partitionAssignmentStrategy?: readonly (BuiltInAssignorName | ConsumerPartitionAssignor)[];
  /** Longest time between `get*` calls before the member leaves the group. Default 300000. */
  maxPollIntervalMs?: number;
  /** How long the group waits for members to rejoin (bounds listener time). Default `maxPollIntervalMs` (as Java). */
  rebalanceTimeoutMs?: number | null;
  /** Classic protocol: a member without heartbeats this long is removed. Default 45000 (Java 4.x). */
  sessionTimeoutMs?: number;
  /** Classic protocol heartbeat period. Default 3000. */
  heartbeatIntervalMs?: number;
  /** Default cap on the records one `getMany` returns. Default 500 (as Java; aiokafka: unlimited). */
  maxPollRecords?: number;
  /** Pattern subscriptions never match internal topics (`__consumer_offsets`, ...). Default true. */
  excludeInternalTopics?: boolean;
  /** Default `'read_uncommitted'`. */
  isolationLevel?: IsolationLevel;
  /** Default `'classic'`. */
  groupProtocol?: GroupProtocol;
  /** KIP-848 server-side assignor (`'uniform'`, `'range'`); default: the broker's default. */
  groupRemoteAssignor?: string | null;
  /** Rack of this client, sent to the group (rack-aware assignment). Default `null`. */
  clientRack?: string | null;
  /** Subscribing to a topic that does not exist creates it (when the broker allows). Default false. */
  allowAutoCreateTopics?: boolean;
  /** Timeout of `commit`, `committed`, `position`, `*Offsets` and `seekTo*` calls. Default 60000. */
  defaultApiTimeoutMs?: number;
  /**
   * A compressed batch that inflates beyond this many bytes is not delivered: it surfaces as a
   * `RecordTooLargeError` and is skipped. Default 67108864 (64 MiB).
   */
  maxDecompressedBytes?: number;
  /**
   * Report reaching the end of a partition (confluent-kafka's `enable.partition.eof`): `getMany`
   * returns as soon as an assigned partition's position reaches its end (the high watermark, or the
   * last stable offset under `read_committed`) and lists it in the result's `partitionEof`, once
   * each time the end is reached anew. Default false.
   */
  enablePartitionEof?: boolean;
  /**
   * On SIGINT (Ctrl-C) or SIGTERM, when the application has no handler of its own for the signal,
   * stop the consumer (final commit with auto commit, leave the group) before the process ends, so
   * that no ghost member holds its partitions until the session times out. Default true.
   */
  handleExitSignals?: boolean;
  /** Outcome of automatic commits (and of those before revocation and on stop). */
  onCommit?: CommitCallback;
}

/** {@link ConsumerOptions} with defaults applied and values checked. */
export interface ResolvedConsumerOptions extends ResolvedCommonOptions {
  groupId: string | null;
  groupInstanceId: string | null;
  keyDeserializer: Deserializer<unknown> | undefined;
  valueDeserializer: Deserializer<unknown> | undefined;
  fetchMaxWaitMs: number;
  fetchMaxBytes: number;
  fetchMinBytes: number;
  maxPartitionFetchBytes: number;
  maxPrefetchBytes: number;
  autoOffsetReset: AutoOffsetReset;
  /** True only with a `groupId`. */
  enableAutoCommit: boolean;
  enableAutoOffsetStore: boolean;
  autoCommitIntervalMs: number;
  checkCrcs: boolean;
  assignors: ConsumerPartitionAssignor[];
  maxPollIntervalMs: number;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollRecords: number;
  excludeInternalTopics: boolean;
  isolationLevel: IsolationLevel;
  groupProtocol: GroupProtocol;
  groupRemoteAssignor: string | null;
  clientRack: string | null;
  allowAutoCreateTopics: boolean;
  defaultApiTimeoutMs: number;
  maxDecompressedBytes: number;
  enablePartitionEof: boolean;
  handleExitSignals: boolean;
  onCommit: CommitCallback | undefined;
}

/**
 * Every consumer default in one place. Where aiokafka and the Java 4.x client differ, the Java
 * value wins when it is the safer one (`sessionTimeoutMs`, `rebalanceTimeoutMs`, `maxPollRecords`).
 */
export const CONSUMER_DEFAULTS = {
  groupId: null,
  groupInstanceId: null,
  fetchMaxWaitMs: 500,
  fetchMaxBytes: 52_428_800,
  fetchMinBytes: 1,
  maxPartitionFetchBytes: 1_048_576,
  maxPrefetchBytes: 64 * 1024 * 1024,
  autoOffsetReset: 'latest',
  enableAutoCommit: true,
  enableAutoOffsetStore: true,
  autoCommitIntervalMs: 5_000,
  checkCrcs: true,
  partitionAssignmentStrategy: ['cooperative-sticky'],
  maxPollIntervalMs: 300_000,
  rebalanceTimeoutMs: null,
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 3_000,
  maxPollRecords: 500,
  excludeInternalTopics: true,
  isolationLevel: 'read_uncommitted',
  groupProtocol: 'classic',
  groupRemoteAssignor: null,
  clientRack: null,
  allowAutoCreateTopics: false,
  defaultApiTimeoutMs: 60_000,
  maxDecompressedBytes: 64 * 1024 * 1024,
  enablePartitionEof: false,
  handleExitSignals: true,
} as const satisfies ConsumerOptions;

const CONSUMER_KEYS = new Set<string>([
  ...COMMON_KEYS,
  'groupId',
  'groupInstanceId',
  'keyDeserializer',
  'valueDeserializer',
  'fetchMaxWaitMs',
  'fetchMaxBytes',
  'fetchMinBytes',
  'maxPartitionFetchBytes',
  'maxPrefetchBytes',
  'autoOffsetReset',
  'enableAutoCommit',
  'enableAutoOffsetStore',
  'autoCommitIntervalMs',
  'checkCrcs',
  'partitionAssignmentStrategy',
  'maxPollIntervalMs',
  'rebalanceTimeoutMs',
  'sessionTimeoutMs',
  'heartbeatIntervalMs',
  'maxPollRecords',
  'excludeInternalTopics',
  'isolationLevel',
  'groupProtocol',
  'groupRemoteAssignor',
  'clientRack',
  'allowAutoCreateTopics',
  'defaultApiTimeoutMs',
  'maxDecompressedBytes',
  'enablePartitionEof',
  'handleExitSignals',
  'onCommit',
]);

const INT32_MAX = 2 ** 31 - 1;

/** Options the KIP-848 protocol decides on the broker; setting them with it is a mistake (as in Java). */
const CLASSIC_ONLY = ['partitionAssignmentStrategy', 'sessionTimeoutMs', 'heartbeatIntervalMs'] as const;

/** Applies defaults and validates; throws {@link InvalidConfigError} naming the bad option. */
export function resolveConsumerOptions(o: ConsumerOptions<unknown, unknown> = {}): ResolvedConsumerOptions {
  if (typeof o !== 'object' || o === null)
    throw new InvalidConfigError(`consumer options must be an object, got ${describe(o)}`);
  rejectUnknown('consumer', o, CONSUMER_KEYS);
  const common = resolveCommonOptions({ clientId: 'kafka-aio-consumer', ...o });
  const D = CONSUMER_DEFAULTS;
  const nullableString = (name: string, v: unknown): string | null =>
    v === undefined || v === null ? null : stringOption(name, v);

  const groupId = nullableString('groupId', o.groupId);
  const groupInstanceId = nullableString('groupInstanceId', o.groupInstanceId);
  if (groupInstanceId !== null && groupId === null)
    throw new InvalidConfigError('option groupInstanceId needs a groupId (static membership is group membership)');
  const groupProtocol = oneOf('groupProtocol', o.groupProtocol ?? D.groupProtocol, ['classic', 'consumer'] as const);
  if (groupProtocol === 'consumer') {
    for (const name of CLASSIC_ONLY) {
      if (o[name] !== undefined)
        throw new InvalidConfigError(
          `option ${name} is not used with groupProtocol 'consumer' (the broker decides it); remove it`,
        );
    }
  }
  if (o.enableAutoCommit === true && groupId === null)
    throw new InvalidConfigError('option enableAutoCommit needs a groupId: without a group there is nowhere to commit');

  const int = (name: keyof typeof D & string, min: number, max = INT32_MAX): number =>
    intOption(name, (o as Record<string, unknown>)[name] ?? D[name], { min, max });

  const sessionTimeoutMs = int('sessionTimeoutMs', 1);
  const heartbeatIntervalMs = int('heartbeatIntervalMs', 1);
  if (groupProtocol === 'classic' && heartbeatIntervalMs >= sessionTimeoutMs)
    throw new InvalidConfigError(
      `option heartbeatIntervalMs (${heartbeatIntervalMs}) must be lower than sessionTimeoutMs (${sessionTimeoutMs})`,
    );
  const maxPollIntervalMs = int('maxPollIntervalMs', 1);
  const rebalanceTimeoutMs =
    o.rebalanceTimeoutMs === undefined || o.rebalanceTimeoutMs === null
      ? maxPollIntervalMs
      : intOption('rebalanceTimeoutMs', o.rebalanceTimeoutMs, { min: 1, max: INT32_MAX });

  return {
    ...common,
    groupId,
    groupInstanceId,
    keyDeserializer: o.keyDeserializer === undefined ? undefined : functionOption('keyDeserializer', o.keyDeserializer),
    valueDeserializer:
      o.valueDeserializer === undefined ? undefined : functionOption('valueDeserializer', o.valueDeserializer),
    fetchMaxWaitMs: int('fetchMaxWaitMs', 0),
    fetchMaxBytes: int('fetchMaxBytes', 1),
    fetchMinBytes: int('fetchMinBytes', 0),
    maxPartitionFetchBytes: int('maxPartitionFetchBytes', 1),
    maxPrefetchBytes: int('maxPrefetchBytes', 1, 2 ** 40),
    autoOffsetReset: oneOf('autoOffsetReset', o.autoOffsetReset ?? D.autoOffsetReset, [
      'earliest',
      'latest',
      'none',
    ] as const),
    enableAutoCommit: groupId !== null && boolOption('enableAutoCommit', o.enableAutoCommit ?? D.enableAutoCommit),
    enableAutoOffsetStore: boolOption('enableAutoOffsetStore', o.enableAutoOffsetStore ?? D.enableAutoOffsetStore),
    autoCommitIntervalMs: int('autoCommitIntervalMs', 1),
    checkCrcs: boolOption('checkCrcs', o.checkCrcs ?? D.checkCrcs),
    assignors: resolveAssignors(o.partitionAssignmentStrategy ?? D.partitionAssignmentStrategy),
    maxPollIntervalMs,
    rebalanceTimeoutMs,
    sessionTimeoutMs,
    heartbeatIntervalMs,
    maxPollRecords: int('maxPollRecords', 1),
    excludeInternalTopics: boolOption('excludeInternalTopics', o.excludeInternalTopics ?? D.excludeInternalTopics),
    isolationLevel: oneOf('isolationLevel', o.isolationLevel ?? D.isolationLevel, [
      'read_uncommitted',
      'read_committed',
    ] as const),
    groupProtocol,
    groupRemoteAssignor: nullableString('groupRemoteAssignor', o.groupRemoteAssignor),
    clientRack: nullableString('clientRack', o.clientRack),
    allowAutoCreateTopics: boolOption('allowAutoCreateTopics', o.allowAutoCreateTopics ?? D.allowAutoCreateTopics),
    defaultApiTimeoutMs: int('defaultApiTimeoutMs', 1),
    maxDecompressedBytes: int('maxDecompressedBytes', 1024, 2 ** 40),
    enablePartitionEof: boolOption('enablePartitionEof', o.enablePartitionEof ?? D.enablePartitionEof),
    handleExitSignals: boolOption('handleExitSignals', o.handleExitSignals ?? D.handleExitSignals),
    onCommit: o.onCommit === undefined ? undefined : functionOption('onCommit', o.onCommit),
  };
}

function resolveAssignors(value: unknown): ConsumerPartitionAssignor[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidConfigError(
      `option partitionAssignmentStrategy must be a non-empty array of assignor names (${BUILT_IN_ASSIGNOR_NAMES.join(', ')}) or assignor objects, got ${describe(value)}`,
    );
  }
  const out: ConsumerPartitionAssignor[] = [];
  for (const item of value) {
    let assignor: ConsumerPartitionAssignor;
    if (typeof item === 'string') {
      if (!(BUILT_IN_ASSIGNOR_NAMES as readonly string[]).includes(item)) {
        throw new InvalidConfigError(
          `option partitionAssignmentStrategy names an unknown assignor ${JSON.stringify(item)}; the built-in ones are ${BUILT_IN_ASSIGNOR_NAMES.join(', ')}`,
        );
      }
      assignor = builtInAssignor(item as BuiltInAssignorName);
    } else if (
      typeof item === 'object' &&
      item !== null &&
      typeof item.name === 'string' &&
      item.name.length > 0 &&
      typeof item.assign === 'function' &&
      (item.rebalanceProtocol === 'eager' || item.rebalanceProtocol === 'cooperative')
    ) {
      assignor = item as ConsumerPartitionAssignor;
    } else {
      throw new InvalidConfigError(
        `option partitionAssignmentStrategy holds ${describe(item)}, which is neither a built-in assignor name nor an object with name, rebalanceProtocol and assign()`,
      );
    }
    if (out.some((a) => a.name === assignor.name))
      throw new InvalidConfigError(`option partitionAssignmentStrategy names ${assignor.name} twice`);
    out.push(assignor);
  }
  return out;
}
