// Share groups on the harness's 3-node cluster (share coordinator state topic with replication
// factor 3, min ISR 2): one member holds share sessions with three leaders at once, and two members
// sharing three partitions accept every record exactly once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaRunState, startCluster, stopRun } from '../../../scripts/kafka/index.js';
import { AIOKafkaAdminClient, configResource } from '../src/admin/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { AIOKafkaShareConsumer } from '../src/share/index.js';
import { eventually, kafka } from './consumer-helpers.js';

const isKafka4 = !kafka.version.startsWith('3.');
const RECORDS = 600;

describe.runIf(isKafka4)('share groups on a 3-node cluster', () => {
  let state: KafkaRunState | undefined;
  beforeAll(async () => {
    state = await startCluster({ ownerPid: process.pid });
  }, 180_000);
  afterAll(async () => {
    if (state) await stopRun(state);
  });

  it('two members share three partitions led by three brokers: every record accepted exactly once', async () => {
    const bootstrapServers = state!.bootstrap;
    const topic = `share-cluster-${randomUUID().slice(0, 8)}`;
    const groupId = `share-cluster-${randomUUID().slice(0, 8)}`;
    await using admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    await admin.createTopic({ name: topic, numPartitions: 3, replicationFactor: 3 });
    const described = await admin.describeTopics([topic]);
    const leaders = new Set(described.getOrThrow(topic).partitions.map((p) => p.leader?.id));
    expect(leaders.size).toBe(3);
    (
      await admin.incrementalAlterConfigs([
        [configResource('GROUP', groupId), [{ name: 'share.auto.offset.reset', value: 'earliest', op: 'SET' }]],
      ])
    ).throwIfAnyFailed();
    {
      await using producer = new AIOKafkaProducer({ bootstrapServers, lingerMs: 0 });
      await producer.start();
      for (let i = 0; i < RECORDS; i++) await producer.send(topic, `v-${i}`, { partition: i % 3 });
      await producer.flush();
    }
    const accepted: string[] = [];
    const members = [0, 1].map(
      () =>
        new AIOKafkaShareConsumer(topic, {
          bootstrapServers,
          groupId,
          fetchMaxWaitMs: 100,
          onAcknowledgementCommit: ({ topicPartition, offsets, error }) => {
            if (error === null) for (const o of offsets) accepted.push(`${topicPartition.partition}@${o}`);
          },
        }),
    );
    try {
      await Promise.all(members.map((m) => m.start()));
      const loops = members.map(async (m) => {
        while (accepted.length < RECORDS) {
          await m.getMany({ timeoutMs: 500 });
          await m.commit();
        }
      });
      await eventually(() => accepted.length >= RECORDS, 90_000, `${RECORDS} accepted records`);
      await Promise.all(loops);
    } finally {
      await Promise.all(members.map((m) => m.stop()));
    }
    expect(accepted).toHaveLength(RECORDS);
    expect(new Set(accepted).size).toBe(RECORDS);
  });
});
