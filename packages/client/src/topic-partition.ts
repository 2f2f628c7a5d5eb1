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

/** `topic[partition]`, the form kafka-aio uses in messages and logs. */
export function formatTopicPartition(tp: TopicPartition): string {
  return `${tp.topic}[${tp.partition}]`;
}
