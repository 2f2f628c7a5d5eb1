// A transactional producer: records sent inside a transaction become visible to read_committed
// consumers together, or not at all.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/producer-transactions.ts
import { AIOKafkaProducer } from '@kafka-aio/client';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const topic = process.env.KAFKA_AIO_TOPIC ?? 'kafka-aio-transactions';

await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: 'examples-transfer-1' });
await producer.start(); // fences any older producer with the same transactionalId

// transaction() commits when the function resolves and aborts when it throws.
await producer.transaction(async () => {
  await producer.send(topic, JSON.stringify({ account: 'alice', delta: -10 }), { key: 'alice' });
  await producer.send(topic, JSON.stringify({ account: 'bob', delta: +10 }), { key: 'bob' });
});
console.log('committed a transfer');

try {
  await producer.transaction(async () => {
    await producer.send(topic, JSON.stringify({ account: 'carol', delta: -99 }), { key: 'carol' });
    throw new Error('validation failed');
  });
} catch (err) {
  console.log(`aborted: ${(err as Error).message} (the record is invisible to read_committed readers)`);
}
