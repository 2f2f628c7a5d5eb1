// A tour of the admin client: create a topic with configs, read and change them, commit offsets
// for a group as an admin, look them up, and clean up. Every batched call returns a ResultMap with
// one value-or-error per entity. Run it against a broker:
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/admin.ts
import { AIOKafkaAdminClient, configResource, TopicAlreadyExistsError, topicPartition } from '@kafka-aio/client';

const topic = `admin-demo-${Date.now()}`;
const group = `${topic}-group`;

await using admin = new AIOKafkaAdminClient({ bootstrapServers: process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092' });
await admin.start();

const cluster = await admin.describeCluster();
console.log(`cluster ${cluster.clusterId}: ${cluster.nodes.map((n) => `${n.id}@${n.host}:${n.port}`).join(', ')}`);

// Per-entity results: creating the same topic twice fails only for the second entry.
await admin.createTopic({ name: topic, numPartitions: 3, configs: { 'retention.ms': '3600000' } });
const again = await admin.createTopics([{ name: topic, numPartitions: 3 }]);
const err = again.get(topic)?.error;
console.log(`second create: ${err instanceof TopicAlreadyExistsError ? 'already exists, as expected' : err}`);

const description = (await admin.describeTopics([topic])).getOrThrow(topic);
console.log(`${topic} (${description.topicId}): ${description.partitions.length} partitions`);

const resource = configResource('TOPIC', topic);
(
  await admin.incrementalAlterConfigs([[resource, [{ name: 'cleanup.policy', op: 'SET', value: 'compact' }]]])
).throwIfAnyFailed();
const configs = (await admin.describeConfigs([resource])).getOrThrow(resource);
for (const key of ['retention.ms', 'cleanup.policy']) {
  const entry = configs.get(key);
  console.log(`  ${key} = ${entry?.value} (${entry?.source})`);
}

const p0 = topicPartition(topic, 0);
(await admin.alterConsumerGroupOffsets(group, [[p0, 0n]])).throwIfAnyFailed();
const offsets = (await admin.listConsumerGroupOffsets([group])).getOrThrow(group);
console.log(`group ${group} committed ${offsets.get(p0)?.offset} on ${topic}[0]`);
const latest = (await admin.listOffsets([[p0, 'latest']])).getOrThrow(p0);
console.log(`${topic}[0] end offset ${latest.offset}`);

(await admin.deleteConsumerGroups([group])).throwIfAnyFailed();
await admin.deleteTopic(topic);
console.log('cleaned up');
