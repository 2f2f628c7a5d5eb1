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

/**
 * KIP-320: the log of a partition was truncated below the consumer's position (an unclean leader
 * election, a lost replica), so records it handed out are gone and other records now stand at
 * their offsets; `autoOffsetReset` is `'none'`, so the consumer does not move on by itself.
 * Thrown from `getOne`/`getMany`/`for await` until the caller seeks; `divergentOffset` is where the
 * logs diverge (the first offset that may hold different records), null when the leader has no
 * record of the position's leader epoch.
 */
export class LogTruncationError extends KafkaError {
  readonly partition: TopicPartition;
  /** The position that was found beyond the log's end for its leader epoch. */
  readonly position: bigint;
  readonly divergentOffset: { offset: bigint; leaderEpoch: number } | null;

  constructor(
    partition: TopicPartition,
    position: bigint,
    divergentOffset: { offset: bigint; leaderEpoch: number } | null,
    options: ClientErrorOptions = {},
  ) {
    const where =
      divergentOffset === null
        ? 'the leader has no record of the leader epoch of that position'
        : `the log now diverges from what was read at offset ${divergentOffset.offset} (leader epoch ${divergentOffset.leaderEpoch})`;
    super(
      `log truncation detected on ${formatTopicPartition(partition)} at position ${position}: ${where}; autoOffsetReset is 'none', so seek to where to resume`,
      { cause: options.cause },
    );
    this.partition = partition;
    this.position = position;
    this.divergentOffset = divergentOffset;
  }
}
