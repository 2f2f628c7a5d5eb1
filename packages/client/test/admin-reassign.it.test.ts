// Partition reassignments (Java's alterPartitionReassignments / listPartitionReassignments) on a
// 3-node cluster: a partition's single replica moves to another broker while the data stays
// readable; bad requests fail per partition with the broker's typed errors.
import { randomUUID } from 'node:crypto';
import {
  InvalidArgumentError,
  InvalidReplicaAssignmentError,
  NoReassignmentInProgressError,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaRunState, startCluster, stopRun } from '../../../scripts/kafka/index.js';
import { AIOKafkaAdminClient, type AlterConfigOp, type ConfigResource, configResource } from '../src/admin/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';

const RECORDS = 500;

describe('partition reassignments', () => {
  let state: KafkaRunState | undefined;
  let admin: AIOKafkaAdminClient;
  beforeAll(async () => {
    state = await startCluster({ ownerPid: process.pid });
    admin = new AIOKafkaAdminClient({ bootstrapServers: state.bootstrap });
    await admin.start();
  }, 180_000);
  afterAll(async () => {
    await admin?.stop();
    if (state) await stopRun(state);
  }, 60_000);

  async function replicasOf(topic: string): Promise<number[]> {
    const d = (await admin.describeTopics([topic])).getOrThrow(topic);
    return d.partitions[0].replicas.map((n) => n.id);
  }

  /** Polls `read` until `done` says so, at most 60 s; returns the last value read. */
  async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
    const deadline = Date.now() + 60_000;
    let v = await read();
    while (!done(v) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      v = await read();
    }
    return v;
  }

  /** Whether `tp` is still being reassigned once it is not, or after 60 s. */
  async function reassigning(tp: { topic: string; partition: number }): Promise<boolean> {
    const left = await until(
      () => admin.listPartitionReassignments([tp]),
      (m) => m.size === 0,
    );
    return left.size > 0;
  }

  /** The topic's replicas once they are `expected` (the brokers' metadata follows the controller), or after 60 s. */
  function replicasBecome(topic: string, expected: number[]): Promise<number[]> {
    return until(
      () => replicasOf(topic),
      (r) => r.join() === expected.join(),
    );
  }

  /** Throttles (or with null, stops throttling) replication of `topic` on every broker. */
  async function throttle(topic: string, bytesPerSecond: number | null): Promise<void> {
    const set = (name: string, value: string): AlterConfigOp =>
      bytesPerSecond === null ? { name, op: 'DELETE' } : { name, op: 'SET', value };
    const changes: [ConfigResource, AlterConfigOp[]][] = [
      [
        configResource('TOPIC', topic),
        [set('leader.replication.throttled.replicas', '*'), set('follower.replication.throttled.replicas', '*')],
      ],
      ...['1', '2', '3'].map((id): [ConfigResource, AlterConfigOp[]] => [
        configResource('BROKER', id),
        [
          set('leader.replication.throttled.rate', String(bytesPerSecond)),
          set('follower.replication.throttled.rate', String(bytesPerSecond)),
        ],
      ]),
    ];
    (await admin.incrementalAlterConfigs(changes)).throwIfAnyFailed();
  }

  it('moves a partition to another broker, lists the move while it runs, cancels it, and the records stay readable', async () => {
    const topic = `reassign-${randomUUID()}`;
    const tp = { topic, partition: 0 }; // a plain literal works as a key (DESIGN rule 13)
    await admin.createTopic({ name: topic, replicaAssignment: [[1]] });
    const producer = new AIOKafkaProducer({ bootstrapServers: state!.bootstrap });
    await producer.start();
    const value = 'x'.repeat(1_000);
    for (let i = 0; i < RECORDS; i++) await producer.send(topic, `${i}:${value}`, { partition: 0 });
    await producer.flush();
    await producer.stop();

    // Throttled to 1 KiB/s, the copy of 500 kB to broker 3 stays in progress.
    await throttle(topic, 1024);
    (await admin.alterPartitionReassignments([[tp, [3]]])).getOrThrow(tp);
    const listed = await until(
      () => admin.listPartitionReassignments([tp]),
      (m) => m.size > 0,
    );
    expect(listed.get(topicPartition(topic, 0))).toEqual({
      replicas: [3, 1],
      addingReplicas: [3],
      removingReplicas: [1],
    });
    expect([...(await admin.listPartitionReassignments()).keys()]).toContain(topicPartition(topic, 0));

    // Cancelled, the partition goes back to its old replicas.
    (await admin.alterPartitionReassignments([[tp, null]])).getOrThrow(tp);
    expect(await reassigning(tp)).toBe(false);
    expect(await replicasBecome(topic, [1])).toEqual([1]);

    // Unthrottled, the move completes: the new replica caught up, the old one removed.
    await throttle(topic, null);
    (await admin.alterPartitionReassignments([[tp, [3]]])).getOrThrow(tp);
    expect(await reassigning(tp)).toBe(false);
    expect(await replicasBecome(topic, [3])).toEqual([3]);

    await using consumer = new AIOKafkaConsumer({ bootstrapServers: state!.bootstrap, autoOffsetReset: 'earliest' });
    await consumer.start();
    consumer.assign([tp]);
    const values: string[] = [];
    while (values.length < RECORDS) {
      const batch = await consumer.getMany({ timeoutMs: 10_000 });
      expect(batch.size, 'records keep coming').toBeGreaterThan(0);
      for (const records of batch.values()) for (const r of records) values.push(String(r.value).split(':')[0]);
    }
    expect(values).toEqual(Array.from({ length: RECORDS }, (_, i) => `${i}`));
  }, 180_000);

  it('fails per partition with typed errors: an unknown broker, a cancel with nothing in progress', async () => {
    const topic = `reassign-${randomUUID()}`;
    await admin.createTopic({ name: topic, numPartitions: 2, replicationFactor: 1 });
    const results = await admin.alterPartitionReassignments([
      [{ topic, partition: 0 }, [99]],
      [{ topic, partition: 1 }, null],
    ]);
    expect(results.get({ topic, partition: 0 })?.error).toBeInstanceOf(InvalidReplicaAssignmentError);
    expect(results.get({ topic, partition: 1 })?.error).toBeInstanceOf(NoReassignmentInProgressError);
    expect((await admin.listPartitionReassignments()).size).toBe(0);
    await expect(admin.alterPartitionReassignments([[{ topic, partition: 0 }, []]])).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(admin.alterPartitionReassignments([[{ topic, partition: 0 }, []]])).rejects.toThrow(
      new RegExp(`replicas of ${topic}\\[0\\]`),
    );
  }, 60_000);
});
