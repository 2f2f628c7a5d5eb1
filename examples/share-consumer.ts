// A share-group worker (KIP-932, Kafka 4.2+): run it several times and the records of `jobs` are
// spread over every copy, however many partitions the topic has. Explicit acknowledgement: a job
// that fails is released (delivered again, to any worker) until its third attempt, then rejected.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/share-consumer.ts jobs
import { AIOKafkaAdminClient, AIOKafkaShareConsumer, configResource } from '@kafka-aio/client';

const topic = process.argv[2] ?? 'jobs';
const groupId = 'example-workers';
const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';

// Group configs live on the broker: start from the earliest record (the default is 'latest').
{
  await using admin = new AIOKafkaAdminClient({ bootstrapServers });
  await admin.start();
  const set = await admin.incrementalAlterConfigs([
    [configResource('GROUP', groupId), [{ name: 'share.auto.offset.reset', value: 'earliest', op: 'SET' }]],
  ]);
  set.throwIfAnyFailed();
}

const consumer = new AIOKafkaShareConsumer<string, string>(topic, {
  bootstrapServers,
  groupId,
  acknowledgementMode: 'explicit',
  keyDeserializer: (key) => key?.toString('utf8') ?? '',
  valueDeserializer: (value) => value?.toString('utf8') ?? '',
  onAcknowledgementCommit: ({ topicPartition, offsets, error }) => {
    if (error)
      console.warn(`acknowledging ${offsets.length} records of ${topicPartition.topic} failed:`, error.message);
  },
});
// stop() ends the loop: acknowledgements are sent, held records released, the member leaves.
process.once('SIGINT', () => void consumer.stop());

await consumer.start();
console.log(`working on ${topic} as a member of share group ${groupId}`);
try {
  for await (const job of consumer) {
    try {
      if (job.value.includes('fail')) throw new Error('cannot do this one');
      console.log(`done ${job.partition}@${job.offset} (delivery ${job.deliveryCount}): ${job.value}`);
      consumer.accept(job);
    } catch (err) {
      console.warn(`job ${job.offset} failed on delivery ${job.deliveryCount}: ${(err as Error).message}`);
      consumer.acknowledge(job, job.deliveryCount < 3 ? 'release' : 'reject');
    }
  }
} finally {
  await consumer.stop();
}
