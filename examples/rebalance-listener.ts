// A rebalance listener: keep per-partition state, flush it when partitions are revoked (commit
// included), drop it when partitions are lost. With the default cooperative-sticky assignor only
// the partitions that move are revoked; the others keep their state through the rebalance.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/rebalance-listener.ts orders
import { AIOKafkaConsumer, type ConsumerRebalanceListener, type TopicPartition } from '@kafka-aio/client';

const topic = process.argv[2] ?? 'orders';
const counts = new Map<TopicPartition, number>();

const consumer = new AIOKafkaConsumer({
  bootstrapServers: process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092',
  groupId: 'example-listener',
  autoOffsetReset: 'earliest',
  enableAutoCommit: false,
});

const listener: ConsumerRebalanceListener = {
  // Awaited before the partitions go; heartbeats continue, so committing here is fine.
  async onPartitionsRevoked(revoked) {
    const offsets = new Map<TopicPartition, bigint>();
    for (const tp of revoked) {
      offsets.set(tp, await consumer.position(tp));
      console.log(`revoked ${tp.topic}[${tp.partition}] after ${counts.get(tp) ?? 0} records`);
      counts.delete(tp);
    }
    await consumer.commit(offsets);
  },
  onPartitionsAssigned(assigned) {
    for (const tp of assigned) counts.set(tp, 0);
    console.log(
      'assigned',
      [...assigned].map((tp) => `${tp.topic}[${tp.partition}]`),
    );
  },
  // The member was fenced or timed out: another member may own these already; nothing to commit.
  onPartitionsLost(lost) {
    for (const tp of lost) counts.delete(tp);
    console.log(
      'lost',
      [...lost].map((tp) => `${tp.topic}[${tp.partition}]`),
    );
  },
};

consumer.subscribe({ topics: [topic], listener });
process.once('SIGINT', () => void consumer.stop()); // runs onPartitionsRevoked, then leaves
await consumer.start();
for await (const record of consumer) {
  counts.set(record.topicPartition, (counts.get(record.topicPartition) ?? 0) + 1);
}
