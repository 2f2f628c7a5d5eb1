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
    // The producer waits for metadata first; a topic without partitions here is a caller bug.
    if (!(ctx.partitions >= 1)) {
      throw new IllegalOperationError(
        `cannot partition a record for topic "${ctx.topic}" with ${ctx.partitions} partitions`,
      );
    }
    if (this.#custom !== undefined) {
      const chosen = this.#custom(ctx);
      if (chosen !== undefined) {
        if (!Number.isInteger(chosen) || chosen < 0 || chosen >= ctx.partitions) {
          throw new IllegalOperationError(
            `partitioner returned ${chosen} for topic "${ctx.topic}", which has partitions 0..${ctx.partitions - 1}`,
          );
        }
        return { partition: chosen, sticky: false };
      }
    }
    if (ctx.key !== null && !this.#ignoreKeys) {
      return { partition: partitionForKey(ctx.key, ctx.partitions), sticky: false };
    }
    return { partition: this.#sticky.partition(ctx.topic, ctx.partitions, ctx.availablePartitions), sticky: true };
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
