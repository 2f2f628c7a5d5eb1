// Log truncation under a consumer (KIP-320), on real brokers: an unclean leader election. A
// partition is replicated on nodes 1 and 2 of a 5-node cluster (five voters, so the controller
// quorum survives two nodes down). Node 2 is killed; records q0-q4 are written to node 1 alone and
// consumed; node 1 is killed; node 2 comes back and is elected leader uncleanly, without q0-q4,
// and takes x0-x4 at the same offsets. A consumer that did not validate its position would go on
// from offset 10 and never see x0-x4. This test starts its own cluster: it kills brokers.
import { randomUUID } from 'node:crypto';
import { CreateTopicsApi } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaRunState, killNode, restartNode, startCluster, stopRun } from '../../../scripts/kafka/index.js';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import { AIOKafkaConsumer, LogTruncationError } from '../src/consumer/index.js';
import type { ConsumerRecord } from '../src/consumer/types.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { withCluster } from './support/raw-topic.js';

const LEADER = 1;
const FOLLOWER = 2;

/** getMany until `count` records came (or the bound passed). */
async function take(c: AIOKafkaConsumer, count: number, timeoutMs: number): Promise<ConsumerRecord[]> {
  const out: ConsumerRecord[] = [];
  const deadline = performance.now() + timeoutMs;
  while (out.length < count && performance.now() < deadline) {
    const got = await c.getMany({ timeoutMs: Math.max(1, deadline - performance.now()) });
    for (const records of got.values()) out.push(...(records as ConsumerRecord[]));
  }
  return out;
}

async function produce(bootstrapServers: string, topic: string, values: string[]): Promise<void> {
  const producer = new AIOKafkaProducer({ bootstrapServers, requestTimeoutMs: 10_000 });
  await producer.start();
  try {
    const pending = await Promise.all(values.map((v) => producer.send(topic, v, { partition: 0 })));
    await Promise.all(pending.map((p) => p.delivered));
  } finally {
    await producer.stop();
  }
}

describe('log truncation under a consumer (KIP-320, unclean leader election)', () => {
  let state: KafkaRunState | undefined;
  beforeAll(async () => {
    state = await startCluster({ ownerPid: process.pid, nodes: 5 });
  }, 240_000);
  afterAll(async () => {
    if (state) await stopRun(state);
  }, 120_000);

  it('the consumer moves back to where the logs diverge and reads what the new leader wrote; with autoOffsetReset none it throws LogTruncationError', async () => {
    const s = state!;
    const topic = `truncation-${randomUUID()}`;
    const tp = topicPartition(topic, 0);
    // Node 3 onwards take no part: node 1 leads, node 2 follows.
    await withCluster(s.bootstrap, async (cluster) => {
      const res = await cluster.request(cluster.leastLoadedNode(), CreateTopicsApi, {
        topics: [
          {
            name: topic,
            numPartitions: -1,
            replicationFactor: -1,
            assignments: [{ partitionIndex: 0, brokerIds: [LEADER, FOLLOWER] }],
            configs: [{ name: 'min.insync.replicas', value: '1' }],
          },
        ],
        timeoutMs: 30_000,
      });
      expect(res.topics[0].errorCode).toBe(0);
    });
    await produce(s.bootstrap, topic, ['p0', 'p1', 'p2', 'p3', 'p4']);

    const consumer = new AIOKafkaConsumer({
      bootstrapServers: s.bootstrap,
      autoOffsetReset: 'earliest',
      requestTimeoutMs: 5_000,
      handleExitSignals: false,
    });
    consumer.assign([{ topic, partition: 0, offset: 0n }]);
    await consumer.start();
    const admin = new AIOKafkaAdminClient({ bootstrapServers: s.bootstrap });
    await admin.start();
    try {
      expect((await take(consumer, 5, 30_000)).map((r) => r.value?.toString())).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);

      // q0-q4 reach node 1 only.
      await killNode(s, FOLLOWER, 'SIGKILL');
      await produce(s.bootstrap, topic, ['q0', 'q1', 'q2', 'q3', 'q4']);
      const read = await take(consumer, 5, 30_000);
      expect(read.map((r) => r.value?.toString())).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
      const oldEpoch = read[4].leaderEpoch;
      expect(oldEpoch).not.toBeNull();

      // Node 1 goes; node 2 comes back without q0-q4 and is made leader uncleanly.
      await killNode(s, LEADER, 'SIGKILL');
      await restartNode(s, FOLLOWER);
      const deadline = performance.now() + 60_000;
      for (;;) {
        // Node 2 is elected once the controller sees it registered again; until then it refuses.
        const results = await admin.electLeaders('unclean', [tp]).catch((err: unknown) => err as Error);
        const outcome = results instanceof Error ? results : results.get(tp)?.error;
        if (!outcome) break;
        if (performance.now() > deadline) throw outcome;
        await new Promise((r) => setTimeout(r, 500));
      }
      await produce(s.bootstrap, topic, ['x0', 'x1', 'x2', 'x3', 'x4']);

      // The consumer (position 10, leader epoch of q4) validates against node 2 and moves back.
      const after = await take(consumer, 5, 60_000);
      expect(after.map((r) => r.value?.toString())).toEqual(['x0', 'x1', 'x2', 'x3', 'x4']);
      expect(after.map((r) => r.offset)).toEqual([5n, 6n, 7n, 8n, 9n]);
      expect(after[0].leaderEpoch).toBeGreaterThan(oldEpoch as number);

      // A consumer that will not move by itself is told, with where the logs diverge.
      const strict = new AIOKafkaConsumer({
        bootstrapServers: s.bootstrap,
        autoOffsetReset: 'none',
        requestTimeoutMs: 5_000,
        handleExitSignals: false,
      });
      strict.assign([tp]);
      await strict.start();
      try {
        strict.seek(tp, 10n, oldEpoch);
        const error = await strict.getMany({ timeoutMs: 30_000 }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LogTruncationError);
        expect((error as LogTruncationError).divergentOffset?.offset).toBe(5n);
        expect((error as LogTruncationError).position).toBe(10n);
      } finally {
        await strict.stop();
      }
    } finally {
      await admin.stop();
      await consumer.stop();
    }
  }, 300_000);
});
