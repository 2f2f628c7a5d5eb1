// Consumer errors that have no broker error code and are not (yet) in @kafka-aio/protocol's client
// errors. They extend KafkaError like the rest, so one `instanceof KafkaError` catches everything.
import { type ClientErrorOptions, KafkaError } from '@kafka-aio/protocol';
import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';

/**
 * A partition has no committed offset and `autoOffsetReset` is `'none'`: the consumer has no
 * position to start from. Thrown from `getOne`/`getMany`/`for await` until the caller seeks.
 */
export class NoOffsetForPartitionError extends KafkaError {
  readonly partitions: readonly TopicPartition[];

  constructor(partitions: readonly TopicPartition[], options: ClientErrorOptions = {}) {
    super(
      `no committed offset for ${partitions.map(formatTopicPartition).join(', ')} and autoOffsetReset is 'none'; seek to a position first`,
      { cause: options.cause },
    );
    this.partitions = partitions;
  }
}

/**
 * A commit could not be completed because the group has moved on: this member was removed or
 * fenced, or a rebalance started, so the partitions may already belong to someone else. `cause`
 * holds the broker error (`UnknownMemberIdError`, `IllegalGenerationError`, ...). The consumer
 * rejoins by itself; records handed out since the last successful commit may be delivered again.
 */
export class CommitFailedError extends KafkaError {
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(message, { cause: options.cause });
  }
}
