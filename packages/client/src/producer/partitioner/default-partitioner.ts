import { IllegalOperationError } from '@kafka-aio/protocol';
import { partitionForKey } from './murmur2.js';
import { StickyPartitionTracker } from './sticky-partition-tracker.js';
import type { Partitioner, PartitionerContext, StickyPartitionPicker } from './types.js';

/** Options of a {@link DefaultPartitioner}; the producer fills them from its own options. */
export interface DefaultPartitionerOptions {
  /** The producer's `maxBatchSize`: bytes per partition before the sticky partition switches. */
  batchSize: number;
  /** The user's custom partitioner, consulted first; `undefined` from it falls through to the default. */
  partitioner?: Partitioner;
  /**
   * Place keyed records like keyless ones, on the sticky partition (Java's
   * `partitioner.ignore.keys`). Default `false`: keyed records are hashed.
   */
  ignoreKeys?: boolean;
  /** How the sticky partitioner picks its next partition; see {@link StickyPartitionPicker}. */
  pickPartition?: StickyPartitionPicker;
  /** Randomness for the sticky choice, uniform in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** Where a record goes, and whether its bytes count towards the sticky partition's switch. */
export interface PartitionChoice {
  readonly partition: number;
  /**
   * `true` when the sticky partitioner chose the partition: the accumulator must then report the
   * appended bytes with {@link DefaultPartitioner.onAppend}.
   */
  readonly sticky: boolean;
}

/**
 * The producer's partitioning policy for records without an explicit partition, as in the Java
 * producer since KIP-794:
 *
 * 1. a custom {@link Partitioner}, when configured and when it returns a partition;
 * 2. keyed records: `toPositive(murmur2(key)) % partitions` over all partitions, so that a key
 *    always maps to the same partition, whether or not that partition has a leader right now;
 * 3. keyless records: the uniform sticky partition of {@link StickyPartitionTracker}.
 *
 * One instance per producer; it holds the sticky state of every topic.
 */
export class DefaultPartitioner {
  readonly #custom: Partitioner | undefined;
  readonly #ignoreKeys: boolean;
  readonly #sticky: StickyPartitionTracker;
  /** What {@link choose} returns, reused: a new object per record is garbage on the hot path. */
  readonly #choice = { partition: 0, sticky: false };

  constructor(options: DefaultPartitionerOptions) {
    this.#custom = options.partitioner;
    this.#ignoreKeys = options.ignoreKeys ?? false;
    this.#sticky = new StickyPartitionTracker({
      batchSize: options.batchSize,
      pickPartition: options.pickPartition,
      random: options.random,
    });
  }

  /** Chooses the partition of one record. Throws `IllegalOperationError` if a custom partitioner returns an invalid one. */
  partition(ctx: PartitionerContext): PartitionChoice {
    const available = { availablePartitions: () => ctx.availablePartitions };
    const { partition, sticky } = this.choose(ctx.topic, ctx.key, ctx.value, ctx.partitions, available);
    return { partition, sticky };
  }

  /**
   * {@link partition} without a context object per record, for the producer's hot path:
   * `available` is asked for the partitions with a leader only when a custom partitioner or the
   * sticky partitioner needs them. The result is one object reused by every call: read it at once.
   */
  choose(
    topic: string,
    key: Buffer | null,
    value: Buffer | null,
    partitions: number,
    available: { availablePartitions(topic: string): readonly number[] },
  ): Readonly<PartitionChoice> {
    // The producer waits for metadata first; a topic without partitions here is a caller bug.
    if (!(partitions >= 1)) {
      throw new IllegalOperationError(`cannot partition a record for topic "${topic}" with ${partitions} partitions`);
    }
    const choice = this.#choice;
    if (this.#custom !== undefined) {
      const availablePartitions = available.availablePartitions(topic);
      const chosen = this.#custom({ topic, key, value, partitions, availablePartitions });
      if (chosen !== undefined) {
        if (!Number.isInteger(chosen) || chosen < 0 || chosen >= partitions) {
          throw new IllegalOperationError(
            `partitioner returned ${chosen} for topic "${topic}", which has partitions 0..${partitions - 1}`,
          );
        }
        choice.partition = chosen;
        choice.sticky = false;
        return choice;
      }
    }
    if (key !== null && !this.#ignoreKeys) {
      choice.partition = partitionForKey(key, partitions);
      choice.sticky = false;
      return choice;
    }
    choice.partition = this.#sticky.partition(topic, partitions, available.availablePartitions(topic));
    choice.sticky = true;
    return choice;
  }

  /**
   * Reports the bytes of a record appended to a partition the sticky partitioner chose
   * (`choice.sticky`). `allowSwitch` is `false` while that partition's open batch still has room.
   */
  onAppend(topic: string, partition: number, bytes: number, allowSwitch = true): void {
    this.#sticky.onAppend(topic, partition, bytes, allowSwitch);
  }

  /** Forgets the sticky partition of a topic (all topics when omitted). */
  forget(topic?: string): void {
    this.#sticky.forget(topic);
  }
}
