import { IllegalOperationError, InvalidArgumentError } from '@kafka-aio/protocol';
import type { StickyPartitionPicker } from './types.js';

/** Options of a {@link StickyPartitionTracker}. */
export interface StickyPartitionTrackerOptions {
  /**
   * Bytes to produce to one partition before switching to another: the producer's `maxBatchSize`
   * (Java's `batch.size`). Must be at least 1.
   */
  batchSize: number;
  /** Chooses the partition to switch to. Default: uniform among the available partitions. */
  pickPartition?: StickyPartitionPicker;
  /** Source of randomness for the picker, uniform in [0, 1). Default `Math.random`. */
  random?: () => number;
}

interface TopicState {
  partition: number;
  producedBytes: number;
  /** The `availablePartitions` array `partition` was last checked against, to skip re-checking it. */
  checkedAgainst: readonly number[] | null;
}

/**
 * The uniform sticky partitioner of KIP-794, for keyless records: all keyless records of a topic go
 * to one partition until about `batchSize` bytes have been appended to it, then the tracker switches
 * to another partition. Compared with spreading records one by one, this fills whole batches, which
 * means fewer, larger requests and lower latency at the same throughput.
 *
 * Protocol with the accumulator, per keyless record of a topic:
 * 1. {@link StickyPartitionTracker.partition | partition()} tells which partition to append to;
 * 2. after appending, {@link onAppend} reports the bytes appended, and whether switching is allowed
 *    now — pass `false` while the partition's last batch still has room, so that a switch does not
 *    leave a small batch behind. Switching happens at `batchSize` bytes when allowed, and at
 *    `2 * batchSize` bytes regardless, as in Java.
 *
 * Differences from the Java client, on purpose:
 * - Java's adaptive mode weights the next partition by queue sizes; here the default choice is
 *   uniform, and `pickPartition` is the hook for a load-aware choice.
 * - When the sticky partition loses its leader while others have one, the next keyless record
 *   switches at once instead of queueing behind an unavailable partition (Java keeps sticking until
 *   the byte count is reached, unless `partitioner.availability.timeout.ms` excludes it).
 */
export class StickyPartitionTracker {
  readonly #batchSize: number;
  readonly #pick: StickyPartitionPicker;
  readonly #random: () => number;
  readonly #topics = new Map<string, TopicState>();

  constructor(options: StickyPartitionTrackerOptions) {
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
      throw new InvalidArgumentError(`sticky partitioner batchSize must be an integer >= 1, got ${options.batchSize}`);
    }
    this.#batchSize = options.batchSize;
    this.#pick = options.pickPartition ?? pickUniform;
    this.#random = options.random ?? Math.random;
  }

  /**
   * The partition the next keyless record of `topic` goes to. Picks a new one when there is none yet,
   * when the topic has fewer partitions than the current one's number, or when the current one has
   * no leader but others do.
   */
  partition(topic: string, partitions: number, availablePartitions: readonly number[]): number {
    const state = this.#topics.get(topic);
    if (state !== undefined && state.partition < partitions) {
      if (state.checkedAgainst === availablePartitions) return state.partition;
      if (availablePartitions.length === 0 || availablePartitions.includes(state.partition)) {
        state.checkedAgainst = availablePartitions;
        return state.partition;
      }
    }
    return this.#switch(topic, partitions, availablePartitions).partition;
  }

  /**
   * Reports `bytes` appended to `partition` of `topic` for a record that `partition()` placed.
   * Appends to any other partition (a stale choice, or a record placed by its key) are ignored.
   *
   * @param allowSwitch `false` while the partition's open batch is not full yet (see the class docs).
   */
  onAppend(topic: string, partition: number, bytes: number, allowSwitch = true): void {
    const state = this.#topics.get(topic);
    if (state === undefined || state.partition !== partition) return;
    state.producedBytes += bytes;
    if ((allowSwitch && state.producedBytes >= this.#batchSize) || state.producedBytes >= 2 * this.#batchSize) {
      // The next partition is chosen lazily by partition(), which knows the current metadata.
      this.#topics.delete(topic);
    }
  }

  /** Forgets the sticky partition of `topic` (all topics when omitted), e.g. when a topic is deleted. */
  forget(topic?: string): void {
    if (topic === undefined) this.#topics.clear();
    else this.#topics.delete(topic);
  }

  #switch(topic: string, partitions: number, availablePartitions: readonly number[]): TopicState {
    const partition = this.#pick({ topic, partitions, availablePartitions, random: this.#random });
    if (!Number.isInteger(partition) || partition < 0 || partition >= partitions) {
      throw new IllegalOperationError(
        `sticky partition picker returned ${partition} for topic "${topic}" with ${partitions} partitions`,
      );
    }
    const state: TopicState = { partition, producedBytes: 0, checkedAgainst: availablePartitions };
    this.#topics.set(topic, state);
    return state;
  }
}

/** The default {@link StickyPartitionPicker}: uniform among partitions with a leader, else among all. */
export const pickUniform: StickyPartitionPicker = ({ partitions, availablePartitions, random }) => {
  const n = availablePartitions.length;
  if (n > 0) return availablePartitions[Math.floor(random() * n)];
  return Math.floor(random() * partitions);
};
