// A broker killed (SIGKILL) and restarted under a consuming group member: the consumer reconnects,
// rediscovers leaders and the coordinator, and goes on from its position without losing or
// repeating records. Uses its own broker so the shared one is never disturbed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killNode, restartNode, startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type { KafkaRunState } from '../../../scripts/kafka/types.js';
import { Cluster } from '../src/cluster/index.js';
import { resolveCommonOptions } from '../src/config/common.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { createTopic, produce, records, topicName } from './consumer-helpers.js';

describe('consumer across a broker restart', () => {
  let state: KafkaRunState;
  beforeAll(async () => {
    state = await startSingleNode({ ownerPid: process.pid });
  }, 180_000);
  afterAll(async () => {
    if (state) await stopRun(state);
  });

  it('keeps its position through SIGKILL and restart of the broker', async () => {
    const admin = new Cluster({
      ...resolveCommonOptions({ bootstrapServers: state.bootstrap, connectTimeoutMs: 2_000 }),
      allowAutoTopicCreation: false,
    });
    await admin.start();
    const t = topicName('restart');
    await createTopic(admin, t, 2);
    for (let p = 0; p < 2; p++) await produce(admin, t, p, records(50, `a${p}`));
    const seen: string[] = [];
    await using c = new AIOKafkaConsumer(t, {
      bootstrapServers: state.bootstrap,
      groupId: `g-${randomUUID()}`,
      autoOffsetReset: 'earliest',
      fetchMaxWaitMs: 100,
      heartbeatIntervalMs: 500,
      sessionTimeoutMs: 30_000,
      requestTimeoutMs: 5_000,
      connectTimeoutMs: 2_000,
    });
    await c.start();
    const take = async (n: number) => {
      const deadline = Date.now() + 90_000;
      while (seen.length < n) {
        if (Date.now() > deadline) throw new Error(`stuck at ${seen.length} of ${n}`);
        for (const [tp, list] of await c.getMany({ timeoutMs: 500 }))
          for (const r of list) seen.push(`${tp.partition}:${r.offset}`);
      }
    };
    await take(100);

    await killNode(state, state.nodes[0].nodeId, 'SIGKILL');
    // While the broker is down, calls keep returning on time.
    const t0 = performance.now();
    expect((await c.getMany({ timeoutMs: 500 })).size).toBe(0);
    expect(performance.now() - t0).toBeLessThan(3_000);
    await restartNode(state, state.nodes[0].nodeId);

    for (let p = 0; p < 2; p++) await produce(admin, t, p, records(25, `b${p}`));
    await take(150);
    admin.close();
    expect(new Set(seen).size).toBe(150); // nothing twice
    for (const p of [0, 1]) {
      const offsets = seen.filter((s) => s.startsWith(`${p}:`)).map((s) => Number(s.split(':')[1]));
      expect(offsets).toEqual(Array.from({ length: 75 }, (_, i) => i)); // nothing lost, in order
    }
  }, 240_000);
});
