/** What a partitioner knows about one record when it picks the record's partition. */
export interface PartitionerContext {
  /** The topic the record goes to. */
  readonly topic: string;
  /** The serialized key, or `null` for a keyless record. An empty buffer is a key, and is hashed. */
  readonly key: Buffer | null;
  /** The serialized value, or `null` for a tombstone. */
  readonly value: Buffer | null;
  /** How many partitions the topic has; partitions are numbered `0 .. partitions - 1`. */
  readonly partitions: number;
  /**
   * The partitions that currently have a leader, ascending. Records sent to a partition without a
   * leader wait in the accumulator until one is elected (or `deliveryTimeoutMs` runs out).
   */
  readonly availablePartitions: readonly number[];
}

/**
 * A custom partitioner: a plain function from a record to its partition.
 *
 * Return a partition in `[0, ctx.partitions)`, or `undefined` to let the default partitioner decide
 * (murmur2 of the key for keyed records, the sticky partition for keyless ones) — the same contract
 * as a Java `Partitioner` returning `-1` since KIP-794. It runs synchronously in `send()`, once per
 * record without an explicit partition, so it must be cheap and must not throw for valid input.
 *
 * @example
 * // Route by the first byte of the key, fall back to the default for keyless records.
 * const byRegion: Partitioner = ({ key, partitions }) => (key ? key[0] % partitions : undefined);
 */
export type Partitioner = (ctx: PartitionerContext) => number | undefined;

/**
 * Picks the next partition the sticky partitioner sticks to, when it has to switch. The default picks
 * uniformly among `availablePartitions`, or among all partitions when none has a leader. A producer
 * can plug in its own choice here, e.g. Java's adaptive partitioning (KIP-794), which weights each
 * partition by the inverse of its queue size so that slower brokers get fewer records.
 */
export type StickyPartitionPicker = (ctx: {
  readonly topic: string;
  readonly partitions: number;
  readonly availablePartitions: readonly number[];
  /** Uniform in [0, 1); injected so that tests are deterministic. */
  readonly random: () => number;
}) => number;
