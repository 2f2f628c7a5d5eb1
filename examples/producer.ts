// AIOKafkaProducer in its two everyday shapes: one awaited send, and a pipelined burst.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/producer.ts
import { AIOKafkaProducer } from '@kafka-aio/client';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const topic = process.env.KAFKA_AIO_TOPIC ?? 'kafka-aio-example';

await using producer = new AIOKafkaProducer({ bootstrapServers, compressionType: 'lz4' });
await producer.start();

// The common case: wait for the broker's acknowledgement of one record.
const meta = await producer.sendAndWait(topic, 'hello', {
  key: 'greeting',
  headers: [['source', 'examples/producer.ts']],
});
console.log(`sendAndWait: ${meta.topic}[${meta.partition}] offset ${meta.offset}`);

// The fast case: many sends without waiting for each delivery. `await send()` only waits when
// bufferMemory is full (backpressure); flush() then waits for every delivery.
const pending = [];
for (let i = 0; i < 10_000; i++) pending.push(await producer.send(topic, `record ${i}`, { key: `user-${i % 100}` }));
await producer.flush();
const delivered = await Promise.all(pending.map((p) => p.delivered));
console.log(`pipelined: ${delivered.length} records delivered, last at offset ${delivered.at(-1)?.offset}`);

// confluent-kafka's calls: flush with a bound (it resolves with what is still undelivered), the
// number of records in flight, and the cluster's view of the topic.
for (let i = 0; i < 1_000; i++) await producer.send(topic, `bounded ${i}`);
const left = await producer.flush({ timeoutMs: 5_000 });
console.log(`flush({ timeoutMs }): ${left} record(s) still undelivered, pendingCount ${producer.pendingCount}`);
const { topics } = await producer.listTopics({ topic });
for (const p of topics.get(topic)?.partitions ?? []) {
  console.log(`listTopics: ${topic}[${p.partition}] leader ${p.leader}, replicas ${p.replicas}, isr ${p.isr}`);
}
