import { InvalidArgumentError } from '@kafka-aio/protocol';

/**
 * A topic and partition. Values are interned: `topicPartition('a', 1) === topicPartition('a', 1)`,
 * so they work as `Map` and `Set` keys (for example to look up `getMany()` results).
 */
export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

const interned = new Map<string, TopicPartition[]>();

/** The interned {@link TopicPartition} for `topic` and `partition`. */
export function topicPartition(topic: string, partition: number): TopicPartition {
  let byPartition = interned.get(topic);
  if (!byPartition) {
    byPartition = [];
    interned.set(topic, byPartition);
  }
  let tp = byPartition[partition];
  if (!tp) {
    tp = Object.freeze({ topic, partition });
    byPartition[partition] = tp;
  }
  return tp;
}

/**
 * The interned {@link TopicPartition} for any `{ topic, partition }` value a caller passes (a plain
 * literal works as well as `topicPartition()`; DESIGN rule 13). `what` names the call, for the
 * error. Throws `InvalidArgumentError` when the value is not a topic and a partition number.
 */
export function toTopicPartition(value: unknown, what: string): TopicPartition {
  const v = value as { topic?: unknown; partition?: unknown } | null | undefined;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.topic !== 'string' ||
    v.topic.length === 0 ||
    typeof v.partition !== 'number' ||
    !Number.isInteger(v.partition) ||
    v.partition < 0
  ) {
    throw new InvalidArgumentError(
      `${what}: expected a { topic, partition } with a topic name and a partition number >= 0, got ${describeValue(value)}`,
    );
  }
  return topicPartition(v.topic, v.partition);
}

/** {@link toTopicPartition} for each of `values`. */
export function toTopicPartitions(values: Iterable<unknown>, what: string): TopicPartition[] {
  if (values === null || typeof (values as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw new InvalidArgumentError(
      `${what}: expected an iterable of { topic, partition }, got ${describeValue(values)}`,
    );
  }
  return [...values].map((v) => toTopicPartition(v, what));
}

/** A Map keyed by interned topic-partitions, from one keyed by any `{ topic, partition }` values. */
export function byTopicPartition<V>(entries: ReadonlyMap<unknown, V>, what: string): Map<TopicPartition, V> {
  const out = new Map<TopicPartition, V>();
  for (const [k, v] of entries) out.set(toTopicPartition(k, what), v);
  return out;
}

/** The interned topic-partition for a key that looks like one; any other key as it is. */
export function canonicalKey<K>(key: K): K {
  const k = key as { topic?: unknown; partition?: unknown } | null;
  if (typeof k === 'object' && k !== null && typeof k.topic === 'string' && typeof k.partition === 'number') {
    if (Object.keys(k).length === 2 && Number.isInteger(k.partition) && k.partition >= 0) {
      return topicPartition(k.topic, k.partition) as K;
    }
  }
  return key;
}

/**
 * A `Map` keyed by topic-partitions that also finds entries by a plain `{ topic, partition }`
 * literal (`get`, `has`, `delete`), as aiokafka's and Java's value-equal TopicPartition keys do.
 * Returned by `getMany()`.
 */
export class TopicPartitionMap<V> extends Map<TopicPartition, V> {
  override get(key: TopicPartition): V | undefined {
    return super.get(canonicalKey(key));
  }

  override has(key: TopicPartition): boolean {
    return super.has(canonicalKey(key));
  }

  override delete(key: TopicPartition): boolean {
    return super.delete(canonicalKey(key));
  }

  override set(key: TopicPartition, value: V): this {
    return super.set(canonicalKey(key), value);
  }
}

function describeValue(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 100) ?? String(v);
  } catch {
    return String(v);
  }
}

/** `topic[partition]`, the form kafka-aio uses in messages and logs. */
export function formatTopicPartition(tp: TopicPartition): string {
  return `${tp.topic}[${tp.partition}]`;
}
