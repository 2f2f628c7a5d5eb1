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
import type { Deserializer } from '../consumer/types.js';
import type { AcknowledgementCommitCallback } from './types.js';

/**
 * `'implicit'`: every record a `getMany` (or `for await`) handed out is accepted when the next
 * batch is asked for, or on `commit()`. `'explicit'`: the application acknowledges each record
 * (`acknowledge(record, type)`) before it may ask for the next batch.
 */
export type AcknowledgementMode = 'implicit' | 'explicit';

/**
 * How the broker counts `maxPollRecords` (Java's `share.acquire.mode`, KIP-1206): `'batch_optimized'`
 * acquires whole batches (a fetch may lock more records than asked for); `'record_limit'` acquires
 * at most `maxPollRecords` records per fetch, splitting batches, for handlers slow enough that
 * records waiting in the buffer could outlive their locks. Needs Kafka 4.2+ (ShareFetch v2).
 */
export type ShareAcquireMode = 'batch_optimized' | 'record_limit';

/** Options of {@link AIOKafkaShareConsumer}; `groupId` is required, the rest have defaults. */
export interface ShareConsumerOptions<K = Buffer | null, V = Buffer | null> extends CommonOptions {
  /** The share group (KIP-932). Required. Its ids share one namespace with consumer groups. */
  groupId: string;
  /** Deserializes record keys; without one keys are `Buffer | null`. */
  keyDeserializer?: Deserializer<K>;
  /** Deserializes record values; without one values are `Buffer | null`. */
  valueDeserializer?: Deserializer<V>;
  /** Default `'implicit'` (as Java's `share.acknowledgement.mode`). */
  acknowledgementMode?: AcknowledgementMode;
  /**
   * The most records the broker is asked to acquire for this member per fetch (Java's
   * `max.poll.records`), and the most one `getMany` returns. Default 500. Records are acquired in
   * whole batches, so a fetch may bring more; the rest wait in the buffer (their locks running).
   */
  maxPollRecords?: number;
  /**
   * Ask for the next batch while the application handles the current one (at most one fetch per
   * leader ahead, one poll's worth), so `getMany` rarely waits on a round trip. Those records are
   * locked from the moment they arrive, so the consumer fetches ahead only while the application
   * takes less than a quarter of the lock duration between `getMany` calls. Default true; set
   * false for Java's behaviour (fetch only when `getMany` finds the buffer empty).
   */
  fetchAhead?: boolean;
  /** Default `'batch_optimized'`; see {@link ShareAcquireMode}. */
  shareAcquireMode?: ShareAcquireMode;
  /** How long a broker may hold a ShareFetch waiting for `fetchMinBytes`. Default 500. */
  fetchMaxWaitMs?: number;
  /** Bytes a broker waits for before it answers a ShareFetch. Default 1. */
  fetchMinBytes?: number;
  /** Largest ShareFetch response per broker. Default 52428800 (50 MiB). */
  fetchMaxBytes?: number;
  /** Verify each batch's CRC32C. Default true. */
  checkCrcs?: boolean;
  /** A compressed batch that inflates beyond this is not delivered (its records are released). Default 64 MiB. */
  maxDecompressedBytes?: number;
  /** Rack of this client, sent with the heartbeat. Default `null`. */
  clientRack?: string | null;
  /** Timeout of `commit()` and of the graceful part of `stop()`. Default 60000. */
  defaultApiTimeoutMs?: number;
  /** On SIGINT/SIGTERM without an application handler, stop the consumer first (see AIOKafkaConsumer). Default true. */
  handleExitSignals?: boolean;
  /** Outcome of every acknowledgement request, per partition. Guarded: what it throws goes to the logger and `errorCallback`. */
  onAcknowledgementCommit?: AcknowledgementCommitCallback;
}

/** {@link ShareConsumerOptions} with defaults applied and values checked. */
export interface ResolvedShareConsumerOptions extends ResolvedCommonOptions {
  groupId: string;
  keyDeserializer: Deserializer<unknown> | undefined;
  valueDeserializer: Deserializer<unknown> | undefined;
  acknowledgementMode: AcknowledgementMode;
  maxPollRecords: number;
  fetchAhead: boolean;
  shareAcquireMode: ShareAcquireMode;
  fetchMaxWaitMs: number;
  fetchMinBytes: number;
  fetchMaxBytes: number;
  checkCrcs: boolean;
  maxDecompressedBytes: number;
  clientRack: string | null;
  defaultApiTimeoutMs: number;
  handleExitSignals: boolean;
  onAcknowledgementCommit: AcknowledgementCommitCallback | undefined;
}

/** Every share-consumer default in one place (Java's share consumer values). */
export const SHARE_CONSUMER_DEFAULTS = {
  acknowledgementMode: 'implicit',
  maxPollRecords: 500,
  fetchAhead: true,
  shareAcquireMode: 'batch_optimized',
  fetchMaxWaitMs: 500,
  fetchMinBytes: 1,
  fetchMaxBytes: 52_428_800,
  checkCrcs: true,
  maxDecompressedBytes: 64 * 1024 * 1024,
  clientRack: null,
  defaultApiTimeoutMs: 60_000,
  handleExitSignals: true,
} as const satisfies Partial<ShareConsumerOptions>;

const KEYS = new Set<string>([
  ...COMMON_KEYS,
  'groupId',
  'keyDeserializer',
  'valueDeserializer',
  'acknowledgementMode',
  'maxPollRecords',
  'fetchAhead',
  'shareAcquireMode',
  'fetchMaxWaitMs',
  'fetchMinBytes',
  'fetchMaxBytes',
  'checkCrcs',
  'maxDecompressedBytes',
  'clientRack',
  'defaultApiTimeoutMs',
  'handleExitSignals',
  'onAcknowledgementCommit',
]);

/** Consumer options a share group sets on the broker instead (group configs), as Java rejects them. */
const GROUP_CONFIG_INSTEAD: Record<string, string> = {
  autoOffsetReset: 'share.auto.offset.reset',
  isolationLevel: 'share.isolation.level',
  sessionTimeoutMs: 'share.session.timeout.ms',
  heartbeatIntervalMs: 'share.heartbeat.interval.ms',
};
const NOT_FOR_SHARE_GROUPS = [
  'enableAutoCommit',
  'autoCommitIntervalMs',
  'groupInstanceId',
  'partitionAssignmentStrategy',
  'groupProtocol',
  'groupRemoteAssignor',
];

const INT32_MAX = 2 ** 31 - 1;

/** Applies defaults and validates; throws {@link InvalidConfigError} naming the bad option. */
export function resolveShareConsumerOptions(o: ShareConsumerOptions<unknown, unknown>): ResolvedShareConsumerOptions {
  if (typeof o !== 'object' || o === null)
    throw new InvalidConfigError(`share consumer options must be an object, got ${describe(o)}`);
  for (const [name, config] of Object.entries(GROUP_CONFIG_INSTEAD))
    if (name in o)
      throw new InvalidConfigError(
        `option ${name} is not a share consumer option: share groups take it from the group config ${config} (set it with the admin client's incrementalAlterConfigs on configResource('GROUP', groupId))`,
      );
  for (const name of NOT_FOR_SHARE_GROUPS)
    if (name in o) throw new InvalidConfigError(`option ${name} does not apply to share groups (KIP-932); remove it`);
  rejectUnknown('share consumer', o, KEYS);
  const common = resolveCommonOptions({ clientId: 'kafka-aio-share-consumer', ...o });
  const D = SHARE_CONSUMER_DEFAULTS;
  const int = (name: keyof typeof D & string, min: number, max = INT32_MAX): number =>
    intOption(name, (o as unknown as Record<string, unknown>)[name] ?? D[name], { min, max });
  return {
    ...common,
    groupId: stringOption('groupId', o.groupId),
    keyDeserializer: o.keyDeserializer === undefined ? undefined : functionOption('keyDeserializer', o.keyDeserializer),
    valueDeserializer:
      o.valueDeserializer === undefined ? undefined : functionOption('valueDeserializer', o.valueDeserializer),
    acknowledgementMode: oneOf('acknowledgementMode', o.acknowledgementMode ?? D.acknowledgementMode, [
      'implicit',
      'explicit',
    ] as const),
    maxPollRecords: int('maxPollRecords', 1),
    fetchAhead: boolOption('fetchAhead', o.fetchAhead ?? D.fetchAhead),
    shareAcquireMode: oneOf('shareAcquireMode', o.shareAcquireMode ?? D.shareAcquireMode, [
      'batch_optimized',
      'record_limit',
    ] as const),
    fetchMaxWaitMs: int('fetchMaxWaitMs', 0),
    fetchMinBytes: int('fetchMinBytes', 0),
    fetchMaxBytes: int('fetchMaxBytes', 1),
    checkCrcs: boolOption('checkCrcs', o.checkCrcs ?? D.checkCrcs),
    maxDecompressedBytes: int('maxDecompressedBytes', 1024, 2 ** 40),
    clientRack: o.clientRack === undefined || o.clientRack === null ? null : stringOption('clientRack', o.clientRack),
    defaultApiTimeoutMs: int('defaultApiTimeoutMs', 1),
    handleExitSignals: boolOption('handleExitSignals', o.handleExitSignals ?? D.handleExitSignals),
    onAcknowledgementCommit:
      o.onAcknowledgementCommit === undefined
        ? undefined
        : functionOption('onAcknowledgementCommit', o.onAcknowledgementCommit),
  };
}
