/**
 * Compression codecs, as stored in bits 0-2 of a batch's (or legacy message's) attributes.
 * Values are Kafka's codec ids.
 */
export const CompressionType = {
  NONE: 0,
  GZIP: 1,
  SNAPPY: 2,
  LZ4: 3,
  ZSTD: 4,
} as const;
/** One of {@link CompressionType}'s values. */
export type CompressionType = (typeof CompressionType)[keyof typeof CompressionType];

/** How a batch's timestamps were assigned (attributes bit 3). */
export const TimestampType = {
  /** Set by the producer (the record's own timestamp). */
  CREATE_TIME: 0,
  /** Set by the broker when it appended the batch; every record takes the batch's maxTimestamp. */
  LOG_APPEND_TIME: 1,
} as const;
/** One of {@link TimestampType}'s values. */
export type TimestampType = (typeof TimestampType)[keyof typeof TimestampType];

/** Bit masks of RecordBatch v2 attributes (int16). */
export const BatchAttributes = {
  COMPRESSION_MASK: 0x07,
  TIMESTAMP_TYPE: 0x08,
  TRANSACTIONAL: 0x10,
  CONTROL: 0x20,
  DELETE_HORIZON: 0x40,
} as const;

/** The highest codec id this package knows; higher ids in attributes are a ProtocolError. */
export const MAX_COMPRESSION_TYPE = CompressionType.ZSTD;

/** Kafka's name for a codec id (`'none'`, `'gzip'`, `'snappy'`, `'lz4'`, `'zstd'`). */
export function compressionName(type: CompressionType): 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd' {
  return (['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const)[type];
}
