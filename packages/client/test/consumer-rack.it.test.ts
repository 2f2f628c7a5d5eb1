// Fetching from the closest replica (KIP-392, issue 13): on a 3-node cluster with a rack per node
// and the rack-aware replica selector, a consumer with `clientRack` set to a follower's rack is told
// by the leader to read from that follower, and does; without `clientRack` it reads from the
// leader. Which broker served the records is read from the consumer's own statistics (bytes
// received per broker).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaRunState, startCluster, stopRun } from '../../../scripts/kafka/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import type { ClientStatistics } from '../src/observability/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { createTopic, withCluster } from './support/raw-topic.js';

const RACKS = ['rack-a', 'rack-b', 'rack-c'];
const RECORDS = 200;
const VALUE = 'x'.repeat(2_000);

describe('fetching from the closest replica (KIP-392)', () => {
  let state: KafkaRunState | undefined;
  beforeAll(async () => {
    state = await startCluster({ ownerPid: process.pid, racks: RACKS });
  }, 180_000);
  afterAll(async () => {
    if (state) await stopRun(state);
  }, 60_000);

  /** Reads every record of `topic` and returns the bytes received per node id. */
  async function consume(topic: string, clientRack: string | undefined): Promise<Map<number, number>> {
    let latest: ClientStatistics | undefined;
    await using consumer = new AIOKafkaConsumer({
      bootstrapServers: state!.bootstrap,
      autoOffsetReset: 'earliest',
      clientRack,
      statisticsIntervalMs: 100,
      statsCallback: (stats) => {
        latest = stats;
      },
    });
    await consumer.start();
    consumer.assign([{ topic, partition: 0 }]);
    let read = 0;
    while (read < RECORDS) {
      const batch = await consumer.getMany({ timeoutMs: 10_000 });
      expect(batch.size, 'records keep coming').toBeGreaterThan(0);
      for (const records of batch.values()) read += records.length;
    }
    const seen = latest;
    const sawAfterRead = () => latest !== seen && latest !== undefined;
    for (let i = 0; i < 100 && !sawAfterRead(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(sawAfterRead(), 'a statistics document after the last record').toBe(true);
    const bytes = new Map<number, number>();
    for (const b of Object.values(latest!.brokers)) if (b.nodeid >= 0) bytes.set(b.nodeid, b.rxbytes);
    return bytes;
  }

  it('reads from the follower in its clientRack, and from the leader without one', async () => {
    const s = state!;
    const topic = `rack-${randomUUID()}`;
    await createTopic(s.bootstrap, topic, 1);
    const leader = await withCluster(s.bootstrap, async (c) => {
      const meta = await c.refreshMetadata([topic]);
      return meta.partition(topic, 0)!.leader;
    });
    const follower = leader === 1 ? 2 : 1;
    const producer = new AIOKafkaProducer({ bootstrapServers: s.bootstrap });
    await producer.start();
    for (let i = 0; i < RECORDS; i++) await producer.send(topic, VALUE);
    await producer.flush();
    await producer.stop();
    const total = RECORDS * VALUE.length;

    const nearby = await consume(topic, RACKS[follower - 1]);
    expect(nearby.get(follower) ?? 0, `bytes from follower ${follower}`).toBeGreaterThan(total);
    expect(nearby.get(leader) ?? 0, `bytes from leader ${leader}`).toBeLessThan(total / 10);

    const anywhere = await consume(topic, undefined);
    expect(anywhere.get(leader) ?? 0, `bytes from leader ${leader}`).toBeGreaterThan(total);
    expect(anywhere.get(follower) ?? 0, `bytes from follower ${follower}`).toBeLessThan(total / 10);
  }, 120_000);
});
