// KafkaJS's exported constants, with KafkaJS's numeric values (programs compare and switch on them).

/** Log levels of KafkaJS: there is no 3. `NOTHING` silences the client. */
export const logLevel = { NOTHING: 0, ERROR: 1, WARN: 2, INFO: 4, DEBUG: 5 } as const;
/** One of {@link logLevel}'s values. */
export type LogLevel = (typeof logLevel)[keyof typeof logLevel];

/** Compression of a send, as KafkaJS numbers it. kafka-aio has every codec built in. */
export const CompressionTypes = { None: 0, GZIP: 1, Snappy: 2, LZ4: 3, ZSTD: 4 } as const;
/** One of {@link CompressionTypes}' values. */
export type CompressionType = (typeof CompressionTypes)[keyof typeof CompressionTypes];

/**
 * KafkaJS's codec registry. Programs assign codec plugins into it (`kafkajs-snappy`, `kafkajs-lz4`,
 * `@kafkajs/zstd`); kafka-aio compresses with its own codecs, so assignments are accepted and unused.
 */
export const CompressionCodecs: Record<number, unknown> = {
  [CompressionTypes.GZIP]: () => ({}),
  [CompressionTypes.Snappy]: () => ({}),
  [CompressionTypes.LZ4]: () => ({}),
  [CompressionTypes.ZSTD]: () => ({}),
};

/** KafkaJS's compression numbers as kafka-aio's codec names. */
export const COMPRESSION_NAMES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/** Resource types of `describeConfigs` / `alterConfigs`. */
export const ConfigResourceTypes = { UNKNOWN: 0, TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

/** Where a config value comes from (`describeConfigs`' `configSource`). */
export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
  DYNAMIC_BROKER_LOGGER_CONFIG: 6,
} as const;

/** ACL resource types. */
export const AclResourceTypes = {
  UNKNOWN: 0,
  ANY: 1,
  TOPIC: 2,
  GROUP: 3,
  CLUSTER: 4,
  TRANSACTIONAL_ID: 5,
  DELEGATION_TOKEN: 6,
} as const;

/** ACL operations. */
export const AclOperationTypes = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
} as const;

/** ACL permission types. */
export const AclPermissionTypes = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

/** ACL resource pattern types. */
export const ResourcePatternTypes = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;

/** Name of a numeric enum value (`nameOf(AclOperationTypes, 3)` is `'READ'`). */
export function nameOf(table: Readonly<Record<string, number>>, value: number): string | undefined {
  for (const [k, v] of Object.entries(table)) if (v === value) return k;
  return undefined;
}
