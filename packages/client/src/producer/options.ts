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
import type { Partitioner } from './partitioner/index.js';
import type { RecordMetadata } from './record-metadata.js';

/**
 * Turns a key or value of type `T` into bytes (or null for a tombstone). It may return a Promise,
 * e.g. a Schema Registry serializer that registers a schema on first use.
 */
export type Serializer<T> = (value: T, topic: string) => Buffer | null | Promise<Buffer | null>;

/** Compression codec names, as Kafka's `compression.type`. */
export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/**
 * Called once per record when its delivery succeeded or finally failed (confluent's `on_delivery`).
 * What it throws is caught: it goes to the logger and `errorCallback` as a `KafkaError` whose
 * `cause` is the exception, and the record, the other callbacks and the producer carry on.
 */
export type DeliveryCallback = (err: Error | null, metadata: RecordMetadata | null) => void;

/** Options of {@link AIOKafkaProducer}; every field is optional and has a default. */
export interface ProducerOptions<K = Buffer | string | null, V = Buffer | string | null> extends CommonOptions {
  /** `0`, `1`, or `'all'`/`-1` (default): how many replicas must have the batch before it counts as sent. */
  acks?: 0 | 1 | -1 | 'all';
  /** Serializes keys given to `send`; without one a key must be a Buffer, string or null. */
  keySerializer?: Serializer<K>;
  /** Serializes values given to `send`; without one a value must be a Buffer, string or null. */
  valueSerializer?: Serializer<V>;
  /** Batch compression. Default `'none'`. */
  compressionType?: CompressionName | null;
  /**
   * Bytes per partition batch before it is sent without waiting for `lingerMs`. Default 16384.
   * With compression this is the expected compressed size: the producer learns each topic's
   * compression ratio and packs up to 4× as many uncompressed bytes into a batch, as the Java
   * client does, so well-compressing data goes out in fewer, fuller requests.
   */
  maxBatchSize?: number;
  /** Chooses a partition for records sent without one. Default: murmur2 of the key, sticky for keyless records. */
  partitioner?: Partitioner;
  /** The largest Produce request (and so the largest record) in bytes. Default 1048576. */
  maxRequestSize?: number;
  /** How long a batch waits for more records before it is sent. Default 5. */
  lingerMs?: number;
  /** Idempotent delivery: no duplicates from retries, order kept. Default true (needs `acks: 'all'`). */
  enableIdempotence?: boolean;
  /** Enables transactions under this id (implies idempotence). */
  transactionalId?: string | null;
  /** How long the coordinator waits before aborting an open transaction. Default 60000. */
  transactionTimeoutMs?: number;
  /** Upper bound on the time from `send` to success or failure, retries included. Default 120000. */
  deliveryTimeoutMs?: number;
  /** Produce requests in flight per broker connection. Default 5 (at most 5 with idempotence). */
  maxInFlightRequests?: number;
  /**
   * Bytes of records buffered before `send` waits for space: each record counts its key, value and
   * headers plus about 100 bytes of bookkeeping, so the bound holds for small records too. Default
   * 33554432 (32 MiB).
   */
  bufferMemory?: number;
  /** How long `send` may wait for buffer space or topic metadata. Default 60000. */
  maxBlockMs?: number;
  /** Ask brokers to create unknown topics on first use (if the broker allows it). Default true. */
  allowAutoCreateTopics?: boolean;
  /** Called for every record once it is delivered or has failed. */
  onDelivery?: DeliveryCallback;
}

/** {@link ProducerOptions} with defaults applied and values checked. */
export interface ResolvedProducerOptions extends ResolvedCommonOptions {
  acks: 0 | 1 | -1;
  keySerializer: Serializer<unknown> | undefined;
  valueSerializer: Serializer<unknown> | undefined;
  compressionType: CompressionName;
  maxBatchSize: number;
  partitioner: Partitioner | undefined;
  maxRequestSize: number;
  lingerMs: number;
  enableIdempotence: boolean;
  transactionalId: string | null;
  transactionTimeoutMs: number;
  deliveryTimeoutMs: number;
  maxInFlightRequests: number;
  bufferMemory: number;
  maxBlockMs: number;
  allowAutoCreateTopics: boolean;
  onDelivery: DeliveryCallback | undefined;
}

/**
 * Every producer default in one place. They follow the Java client 4.x where aiokafka's are
 * unsafe: idempotence on, `acks: 'all'`, `lingerMs: 5`.
 */
export const PRODUCER_DEFAULTS = {
  acks: 'all',
  compressionType: 'none',
  maxBatchSize: 16_384,
  maxRequestSize: 1_048_576,
  lingerMs: 5,
  enableIdempotence: true,
  transactionTimeoutMs: 60_000,
  deliveryTimeoutMs: 120_000,
  maxInFlightRequests: 5,
  bufferMemory: 32 * 1024 * 1024,
  maxBlockMs: 60_000,
  allowAutoCreateTopics: true,
} as const satisfies ProducerOptions;

const PRODUCER_KEYS = new Set<string>([
  ...COMMON_KEYS,
  'acks',
  'keySerializer',
  'valueSerializer',
  'compressionType',
  'maxBatchSize',
  'partitioner',
  'maxRequestSize',
  'lingerMs',
  'enableIdempotence',
  'transactionalId',
  'transactionTimeoutMs',
  'deliveryTimeoutMs',
  'maxInFlightRequests',
  'bufferMemory',
  'maxBlockMs',
  'allowAutoCreateTopics',
  'onDelivery',
]);

const INT32_MAX = 2 ** 31 - 1;

/** Applies defaults and validates; throws {@link InvalidConfigError} naming the bad option. */
export function resolveProducerOptions(o: ProducerOptions<never, never> = {}): ResolvedProducerOptions {
  if (typeof o !== 'object' || o === null)
    throw new InvalidConfigError(`producer options must be an object, got ${describe(o)}`);
  rejectUnknown('producer', o, PRODUCER_KEYS);
  const common = resolveCommonOptions({ clientId: 'kafka-aio-producer', ...o });
  const transactionalId =
    o.transactionalId === undefined || o.transactionalId === null
      ? null
      : stringOption('transactionalId', o.transactionalId);
  const explicitIdempotence =
    o.enableIdempotence === undefined ? undefined : boolOption('enableIdempotence', o.enableIdempotence);
  if (transactionalId !== null && explicitIdempotence === false) {
    throw new InvalidConfigError(
      'option enableIdempotence cannot be false when transactionalId is set: transactions need idempotence',
    );
  }
  const acksRaw = oneOf('acks', o.acks ?? PRODUCER_DEFAULTS.acks, [0, 1, -1, 'all'] as const);
  const acks = acksRaw === 'all' ? -1 : acksRaw;
  // Like the Java client: idempotence is on by default, but quietly off when the user asked for
  // acks that cannot support it; asking for both explicitly is an error.
  let enableIdempotence = explicitIdempotence ?? (transactionalId !== null || acks === -1);
  if (enableIdempotence && acks !== -1) {
    if (explicitIdempotence === true || transactionalId !== null) {
      throw new InvalidConfigError(
        `option acks must be 'all' (-1) with enableIdempotence or transactionalId, got ${describe(o.acks)}`,
      );
    }
    enableIdempotence = false;
  }
  const maxInFlightRequests = intOption(
    'maxInFlightRequests',
    o.maxInFlightRequests ?? PRODUCER_DEFAULTS.maxInFlightRequests,
    {
      min: 1,
      max: 1000,
    },
  );
  if (enableIdempotence && maxInFlightRequests > 5) {
    throw new InvalidConfigError(
      `option maxInFlightRequests must be at most 5 with idempotence, got ${maxInFlightRequests}`,
    );
  }
  const maxRequestSize = intOption('maxRequestSize', o.maxRequestSize ?? PRODUCER_DEFAULTS.maxRequestSize, {
    min: 1024,
    max: INT32_MAX,
  });
  const bufferMemory = intOption('bufferMemory', o.bufferMemory ?? PRODUCER_DEFAULTS.bufferMemory, {
    min: 1024,
    max: 2 ** 40,
  });
  const lingerMs = intOption('lingerMs', o.lingerMs ?? PRODUCER_DEFAULTS.lingerMs, { min: 0, max: INT32_MAX });
  const deliveryTimeoutMs = intOption('deliveryTimeoutMs', o.deliveryTimeoutMs ?? PRODUCER_DEFAULTS.deliveryTimeoutMs, {
    min: 1,
    max: INT32_MAX,
  });
  if (deliveryTimeoutMs < lingerMs + common.requestTimeoutMs) {
    throw new InvalidConfigError(
      `option deliveryTimeoutMs (${deliveryTimeoutMs}) must be at least lingerMs + requestTimeoutMs (${lingerMs + common.requestTimeoutMs})`,
    );
  }
  return {
    ...common,
    acks,
    keySerializer: o.keySerializer === undefined ? undefined : functionOption('keySerializer', o.keySerializer),
    valueSerializer: o.valueSerializer === undefined ? undefined : functionOption('valueSerializer', o.valueSerializer),
    compressionType: oneOf('compressionType', o.compressionType ?? PRODUCER_DEFAULTS.compressionType, [
      'none',
      'gzip',
      'snappy',
      'lz4',
      'zstd',
    ] as const),
    maxBatchSize: intOption('maxBatchSize', o.maxBatchSize ?? PRODUCER_DEFAULTS.maxBatchSize, {
      min: 1,
      max: INT32_MAX,
    }),
    partitioner: o.partitioner === undefined ? undefined : functionOption('partitioner', o.partitioner),
    maxRequestSize,
    lingerMs,
    enableIdempotence,
    transactionalId,
    transactionTimeoutMs: intOption(
      'transactionTimeoutMs',
      o.transactionTimeoutMs ?? PRODUCER_DEFAULTS.transactionTimeoutMs,
      {
        min: 1,
        max: INT32_MAX,
      },
    ),
    deliveryTimeoutMs,
    maxInFlightRequests,
    bufferMemory,
    maxBlockMs: intOption('maxBlockMs', o.maxBlockMs ?? PRODUCER_DEFAULTS.maxBlockMs, { min: 0, max: INT32_MAX }),
    allowAutoCreateTopics: boolOption(
      'allowAutoCreateTopics',
      o.allowAutoCreateTopics ?? PRODUCER_DEFAULTS.allowAutoCreateTopics,
    ),
    onDelivery: o.onDelivery === undefined ? undefined : functionOption('onDelivery', o.onDelivery),
  };
}
