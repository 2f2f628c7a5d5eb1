import type { RecordHeader } from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';

/** Logical offset: the earliest offset still in the log (`seek(tp, OFFSET_BEGINNING)`). */
export const OFFSET_BEGINNING = -2n;
/** Logical offset: the end of the log, the offset the next produced record will get. */
export const OFFSET_END = -1n;
/** Logical offset: the group's committed offset. */
export const OFFSET_STORED = -1000n;
/** Logical offset: no offset ("unset"). */
export const OFFSET_INVALID = -1001n;

/** How a record's timestamp was set: by the producer, or by the broker on append. */
export type TimestampTypeName = 'CreateTime' | 'LogAppendTime';

/**
 * Turns the raw bytes of a key or value into a `T`. Called for every record, also with `null`
 * (a null key, or a tombstone). May return a Promise (a Schema Registry lookup, for example);
 * a synchronous result is used without awaiting.
 */
export type Deserializer<T> = (data: Buffer | null, topic: string, headers: readonly RecordHeader[]) => T | Promise<T>;

/**
 * One record as the consumer hands it out.
 *
 * Offsets and timestamps are `bigint`: Kafka's int64 values never lose precision. Without a
 * deserializer `key` and `value` are `Buffer` views into the fetch response that carried them —
 * no copy is made, and the buffer stays valid for as long as the record is referenced — but a view
 * keeps that whole response (up to `maxPartitionFetchBytes`) alive: copy with `Buffer.from(value)`
 * before keeping a few small values for a long time.
 */
export interface ConsumerRecord<K = Buffer | null, V = Buffer | null> {
  topic: string;
  partition: number;
  /** The interned topic-partition, usable as a Map key. */
  topicPartition: TopicPartition;
  offset: bigint;
  /** Epoch milliseconds. */
  timestamp: bigint;
  timestampType: TimestampTypeName;
  key: K;
  value: V;
  /** In order; a key may repeat. */
  headers: readonly RecordHeader[];
  /** The leader epoch of the batch that carried the record, or null when the broker did not say. */
  leaderEpoch: number | null;
  /** Bytes of the raw key, -1 for a null key. */
  serializedKeySize: number;
  /** Bytes of the raw value, -1 for a null value. */
  serializedValueSize: number;
}

/** An offset to commit: the next offset to read (last processed + 1), with optional metadata. */
export interface OffsetAndMetadata {
  offset: bigint;
  /** Free text stored with the commit. Default `''`. */
  metadata?: string;
  /** The leader epoch of the last consumed record, when known; lets a later reader detect log truncation. */
  leaderEpoch?: number | null;
}

/** What `offsetsForTimes` finds for one partition. */
export interface OffsetAndTimestamp {
  offset: bigint;
  timestamp: bigint;
  leaderEpoch: number | null;
}

/**
 * Called with partitions when the group takes them away, gives them, or finds them lost. Every
 * callback is awaited before the rebalance goes on, and heartbeats continue meanwhile, so a
 * callback may `commit()`. Under the eager protocol (`range`, `roundrobin`, `sticky`) every member
 * revokes everything before each rebalance; under the cooperative one (`cooperative-sticky`, and
 * always with `groupProtocol: 'consumer'`) only the partitions that move are revoked.
 *
 * When a callback throws, the rebalance still completes; the error is logged and thrown once from
 * the next `getOne()`/`getMany()`/`for await` step.
 */
export interface ConsumerRebalanceListener {
  /**
   * The partitions are about to be taken away (by a rebalance, or because the consumer stops).
   * Positions are still valid and auto commit (when on) has just committed them; commit your own
   * offsets here if you track them elsewhere.
   */
  onPartitionsRevoked?(revoked: ReadonlySet<TopicPartition>): void | Promise<void>;
  /** The partitions are now assigned; their positions are resolved on the first fetch (or use `seek`). */
  onPartitionsAssigned?(assigned: ReadonlySet<TopicPartition>): void | Promise<void>;
  /**
   * The partitions were lost without a clean revoke (the member was fenced or timed out): other
   * members may own them already, so committing them is no longer possible. Defaults to
   * `onPartitionsRevoked` when not given.
   */
  onPartitionsLost?(lost: ReadonlySet<TopicPartition>): void | Promise<void>;
}

/** The group identity a transactional producer needs for `sendOffsetsToTransaction`. */
export interface ConsumerGroupMetadata {
  groupId: string;
  /** The classic generation, or the KIP-848 member epoch; -1 outside a group. */
  generationId: number;
  /** Empty outside a group. */
  memberId: string;
  groupInstanceId: string | null;
}

/**
 * Receives the outcome of every automatic commit and of commits made before revocation or on stop
 * (confluent's `on_commit`); not called for `commit()`, whose promise reports instead.
 */
export type CommitCallback = (error: Error | null, offsets: ReadonlyMap<TopicPartition, OffsetAndMetadata>) => void;
