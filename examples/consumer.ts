// The everyday consumer loop: subscribe with a group, `for await` over records, stop on Ctrl+C.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/consumer.ts orders
import { AIOKafkaConsumer, DeserializationError, topicPartition } from '@kafka-aio/client';

const topic = process.argv[2] ?? 'orders';
const consumer = new AIOKafkaConsumer<string, unknown>(topic, {
  bootstrapServers: process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092',
  groupId: 'example-consumer',
  autoOffsetReset: 'earliest',
  keyDeserializer: (key) => key?.toString('utf8') ?? '',
  // A poison record throws DeserializationError with topic/partition/offset; the position stays
  // on it, so the loop below can log it and seek past it.
  valueDeserializer: (value) => (value === null ? null : JSON.parse(value.toString('utf8'))),
});

// stop() ends the `for await` loop cleanly (and commits, and leaves the group).
process.once('SIGINT', () => void consumer.stop());

await consumer.start();
console.log(
  `consuming ${topic}; assigned`,
  [...consumer.assignment()].map((tp) => `${tp.topic}[${tp.partition}]`),
);
try {
  for (;;) {
    try {
      for await (const record of consumer) {
        console.log(`${record.topic}[${record.partition}]@${record.offset} ${record.key} =>`, record.value);
      }
      break; // the consumer was stopped
    } catch (err) {
      if (!(err instanceof DeserializationError) || err.offset === undefined) throw err;
      console.error(`skipping a record that is not JSON at ${err.topic}[${err.partition}]@${err.offset}`);
      consumer.seek(topicPartition(err.topic, err.partition ?? 0), err.offset + 1n);
    }
  }
} finally {
  await consumer.stop();
}
