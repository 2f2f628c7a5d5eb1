/**
 * Byte positions of RecordBatch v2's header fields, from the start of the batch. The first 17 bytes
 * (baseOffset, batchLength, partitionLeaderEpoch, magic) are laid out like a legacy message's
 * (offset, messageSize, crc, magic), which is how a decoder tells the formats apart.
 */
export const BatchLayout = {
  BASE_OFFSET: 0,
  BATCH_LENGTH: 8,
  PARTITION_LEADER_EPOCH: 12,
  MAGIC: 16,
  CRC: 17,
  ATTRIBUTES: 21,
  LAST_OFFSET_DELTA: 23,
  BASE_TIMESTAMP: 27,
  MAX_TIMESTAMP: 35,
  PRODUCER_ID: 43,
  PRODUCER_EPOCH: 51,
  BASE_SEQUENCE: 53,
  RECORDS_COUNT: 57,
  RECORDS: 61,
} as const;

/** Bytes of a v2 batch before its first record; also the smallest valid batch. */
export const RECORD_BATCH_OVERHEAD = BatchLayout.RECORDS;

/** The bytes before `batchLength` counts: baseOffset (8) and batchLength itself (4). */
export const LOG_OVERHEAD = 12;

/** The smallest record a v2 batch can hold: seven one-byte fields (length, attributes, deltas, key, value, headers). */
export const MIN_RECORD_SIZE = 7;
