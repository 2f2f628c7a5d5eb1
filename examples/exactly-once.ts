// Exactly-once consume-transform-produce: read records from one topic, transform them, and write the
// results to another so that each input record's output is committed exactly once, even when the
// process crashes and restarts or the group rebalances.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/exactly-once.ts
// Run several copies with different KAFKA_AIO_TXN_ID values to share the input's partitions.
import { AIOKafkaConsumer, AIOKafkaProducer, type TopicPartition } from '@kafka-aio/client';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const input = process.env.KAFKA_AIO_TOPIC ?? 'kafka-aio-orders';
const output = process.env.KAFKA_AIO_OUTPUT_TOPIC ?? 'kafka-aio-orders-upper';
const groupId = 'examples-exactly-once';
// Stable per instance (not random): a restarted instance takes over, and fences, its predecessor.
const transactionalId = process.env.KAFKA_AIO_TXN_ID ?? 'examples-exactly-once-0';

// start() fences any older producer with this transactionalId (a zombie of a crashed instance)
// and aborts the transaction it left open.
await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId });
await producer.start();

await using consumer = new AIOKafkaConsumer(input, {
  bootstrapServers,
  groupId,
  // Only records of committed transactions: never a copy of something that is later aborted.
  isolationLevel: 'read_committed',
  // Offsets are committed by the producer's transaction, together with the outputs. An auto commit
  // could mark records done whose outputs were never committed (loss).
  enableAutoCommit: false,
  autoOffsetReset: 'earliest',
});
await consumer.start();

let stopping = false;
process.once('SIGINT', () => {
  stopping = true;
});

while (!stopping) {
  const batch = await consumer.getMany({ timeoutMs: 1_000, maxRecords: 500 });
  if (batch.size === 0) continue;
  producer.beginTransaction();
  try {
    const offsets = new Map<TopicPartition, bigint>();
    for (const [tp, records] of batch) {
      for (const r of records) {
        await producer.send(output, (r.value?.toString() ?? '').toUpperCase(), { key: r.key });
      }
      // The next offset to read: the last processed record's offset + 1.
      offsets.set(tp, records[records.length - 1].offset + 1n);
    }
    // The input offsets go into the same transaction as the outputs: both commit or neither does.
    // groupMetadata() carries this member's generation, so if the group has given these partitions
    // to another member meanwhile (this one paused past its session timeout), the coordinator
    // refuses the offsets and the transaction cannot commit (KIP-447).
    await producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
    await producer.commitTransaction();
  } catch (err) {
    // Fenced by a newer instance with our transactionalId: stop; that instance carries on.
    if ((err as Error).name === 'ProducerFencedError') throw err;
    // Anything else (a rebalance, a failed send): abort, so none of the outputs become visible,
    // then rewind to the committed offsets so the batch is read and processed again.
    console.warn(`transaction aborted: ${(err as Error).message}`);
    await producer.abortTransaction();
    const committed = await consumer.seekToCommitted();
    const never = [...committed].filter(([, offset]) => offset === null).map(([tp]) => tp);
    if (never.length > 0) await consumer.seekToBeginning(...never);
  }
}
