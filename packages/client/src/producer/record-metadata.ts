import type { TopicPartition } from '../topic-partition.js';

/** How a record's timestamp was set: by the producer, or by the broker on append. */
export type TimestampTypeName = 'CreateTime' | 'LogAppendTime';

/**
 * Where a record landed. With `acks: 0` the broker sends no reply, so `offset` is -1n and
 * `timestamp` is the record's own timestamp; everything else is known.
 */
export interface RecordMetadata {
  topic: string;
  partition: number;
  /** The interned topic-partition, usable as a Map key. */
  topicPartition: TopicPartition;
  /** The record's offset, or -1n when unknown (`acks: 0`, or a retry the broker saw as a duplicate). */
  offset: bigint;
  /** Epoch milliseconds: the broker's append time for LogAppendTime topics, else the record's own. */
  timestamp: bigint;
  timestampType: TimestampTypeName;
  /** The partition's log start offset at the time of the write, or -1n when not reported. */
  logStartOffset: bigint;
  /** Bytes of the serialized key (-1 for a null key). */
  serializedKeySize: number;
  /** Bytes of the serialized value (-1 for a null value). */
  serializedValueSize: number;
}
