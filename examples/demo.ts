// The README demo: produce with AIOKafkaProducer, then consume with `for await`.
//   pnpm demo                      (starts a local broker for the run)
//   KAFKA_AIO_BOOTSTRAP=host:port tsx examples/demo.ts
import { AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const topic = `demo-${Date.now()}`;
const BULK = 100_000;

{
  await using producer = new AIOKafkaProducer({ bootstrapServers, compressionType: 'lz4' });
  await producer.start();
  for (const word of ['hello', 'from', 'kafka-aio']) {
    const md = await producer.sendAndWait(topic, word, {
      key: word.slice(0, 1),
      partition: 0,
      headers: [['demo', 'yes']],
    });
    console.log(`produced ${JSON.stringify(word)} to ${md.topic}[${md.partition}] at offset ${md.offset}`);
  }
  const started = performance.now();
  for (let i = 0; i < BULK; i++) await producer.send(topic, `record ${i}`, { partition: 0 });
  await producer.flush();
  console.log(`produced ${BULK} more records in ${Math.round(performance.now() - started)} ms`);
}

await using consumer = new AIOKafkaConsumer(topic, {
  bootstrapServers,
  groupId: `demo-${Date.now()}`,
  autoOffsetReset: 'earliest',
});
await consumer.start();
const started = performance.now();
let seen = 0;
for await (const record of consumer) {
  if (seen < 3) {
    const headers = record.headers.map((h) => `${h.key}=${h.value}`).join(',');
    console.log(`consumed offset=${record.offset} key=${record.key} value=${record.value} headers=${headers}`);
  }
  if (++seen === BULK + 3) break;
}
console.log(`consumed ${seen} records with for await in ${Math.round(performance.now() - started)} ms`);
