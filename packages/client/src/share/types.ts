import type { KafkaError } from '@kafka-aio/protocol';
import type { ConsumerRecord } from '../consumer/types.js';
import type { TopicPartition } from '../topic-partition.js';

/**
 * What the application says about a record it got from a share group (KIP-932):
 * - `'accept'`: processed; the record is done for the group.
 * - `'release'`: give it back; it is delivered again (to any member) with `deliveryCount + 1`,
 *   or archived once it reached the group's `share.delivery.count.limit`.
 * - `'reject'`: unprocessable; the record is archived and never delivered again.
 * - `'renew'` (explicit mode, Kafka 4.2+, KIP-1222): keep it, with a fresh lock; the record is
 *   handed out again by a later `getMany` (same `deliveryCount`) and still needs a final type.
 */
export type AcknowledgeType = 'accept' | 'release' | 'reject' | 'renew';

/** A record from a share group: a {@link ConsumerRecord} with the broker's delivery count. */
export interface ShareConsumerRecord<K = Buffer | null, V = Buffer | null> extends ConsumerRecord<K, V> {
  /** How many times this record has been acquired, this delivery included (1 on the first). */
  deliveryCount: number;
}

/** The records one `getMany` call returns, by partition. */
export type ShareConsumerRecords<K = Buffer | null, V = Buffer | null> = Map<
  TopicPartition,
  ShareConsumerRecord<K, V>[]
>;

/**
 * The outcome of acknowledgements of one partition, sent to its leader in one request: all of
 * `offsets` were applied, or none (the broker applies one partition's acknowledgements atomically).
 */
export interface AcknowledgementCommit {
  topicPartition: TopicPartition;
  /** The acknowledged offsets, ascending (offsets acknowledged as gaps, which carry no record, included). */
  offsets: bigint[];
  /**
   * Null when the broker applied them; else why not: `InvalidRecordStateError` (the lock expired or
   * the record was not this member's), `NotLeaderOrFollowerError`, a share-session error, ...
   * Records whose acknowledgement failed come back after their lock expires.
   */
  error: KafkaError | null;
}

/**
 * Called with the outcome of every acknowledgement request, per partition (Java's
 * `AcknowledgementCommitCallback`). An exception it throws is logged and handed to
 * `errorCallback`; it never reaches the consumer.
 */
export type AcknowledgementCommitCallback = (result: AcknowledgementCommit) => void;
