// Batch processing with getMany: up to 1000 records at a time, commit after each batch is done
// (at-least-once), give up waiting after 500 ms to do periodic work, and stop from a signal.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/consumer-batch.ts orders
import { AIOKafkaConsumer, type TopicPartition } from '@kafka-aio/client';

const topic = process.argv[2] ?? 'orders';
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

await using consumer = new AIOKafkaConsumer(topic, {
  bootstrapServers: process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092',
  groupId: 'example-batch',
  autoOffsetReset: 'earliest',
  enableAutoCommit: false, // commit only what was processed
});
await consumer.start();

let total = 0;
while (!controller.signal.aborted) {
  let batch: Awaited<ReturnType<typeof consumer.getMany>>;
  try {
    // Always returns within 500 ms, also during a rebalance; the signal cancels the wait.
    batch = await consumer.getMany({ timeoutMs: 500, maxRecords: 1000, signal: controller.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') break;
    throw err;
  }
  if (batch.size === 0) continue; // nothing new: a place for periodic work
  const processed = new Map<TopicPartition, bigint>();
  for (const [tp, records] of batch) {
    for (const record of records) total += record.value?.length ?? 0;
    processed.set(tp, records[records.length - 1].offset + 1n); // the next offset to read
  }
  await consumer.commit(processed);
  console.log(`processed ${[...batch.values()].reduce((n, l) => n + l.length, 0)} records, ${total} bytes so far`);
}
