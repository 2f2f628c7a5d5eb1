// A program written for KafkaJS, run on kafka-aio: only the import changed
// (`from 'kafkajs'` → `from '@kafka-aio/kafkajs'`).
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/kafkajs.ts
import { Kafka, logLevel } from '@kafka-aio/kafkajs';

const kafka = new Kafka({
  clientId: 'my-app',
  brokers: (process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092').split(','),
  logLevel: logLevel.WARN,
});
const topic = `kafkajs-example-${Date.now()}`;

const admin = kafka.admin();
await admin.connect();
await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });

const producer = kafka.producer();
await producer.connect();
const metadata = await producer.send({
  topic,
  messages: [
    { key: 'user-1', value: 'Hello KafkaJS user!' },
    { key: 'user-2', value: 'Hello again', headers: { source: 'example' } },
  ],
});
console.log('sent', metadata);

const consumer = kafka.consumer({ groupId: 'kafkajs-example' });
await consumer.connect();
await consumer.subscribe({ topics: [topic], fromBeginning: true });

let received = 0;
const done = new Promise<void>((resolve) => {
  void consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      console.log({
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString(),
        value: message.value?.toString(),
      });
      if (++received === 2) resolve();
    },
  });
});
await done;

await consumer.disconnect();
await producer.disconnect();
await admin.deleteTopics({ topics: [topic] });
await admin.disconnect();
