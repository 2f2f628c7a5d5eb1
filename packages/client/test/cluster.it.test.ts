import { randomUUID } from 'node:crypto';
import { CreateTopicsApi, NoBrokersAvailableError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { Cluster, CoordinatorType } from '../src/cluster/index.js';
import { resolveCommonOptions } from '../src/config/common.js';

const kafka = inject('kafka');

function newCluster(bootstrapServers = kafka.bootstrap, bootstrapTimeoutMs?: number): Cluster {
  return new Cluster({
    ...resolveCommonOptions({ bootstrapServers, connectTimeoutMs: 2_000, bootstrapTimeoutMs }),
    allowAutoTopicCreation: false,
  });
}

describe('cluster layer', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = newCluster();
    await cluster.start();
  });
  afterAll(() => cluster?.close());

  it('bootstraps, adopting the bootstrap connection as the broker it is', () => {
    expect(cluster.metadata.brokers.size).toBeGreaterThanOrEqual(1);
    expect(cluster.pool.connections().length).toBe(1);
  });

  it('falls through unreachable bootstrap servers to a live one', async () => {
    const c = newCluster(`127.0.0.1:1,${kafka.bootstrap}`);
    await c.start();
    expect(c.metadata.brokers.size).toBeGreaterThanOrEqual(1);
    c.close();
  });

  it('fails with NoBrokersAvailableError naming each address when none answers', async () => {
    const c = newCluster('127.0.0.1:1,127.0.0.1:2', 0);
    await expect(c.start()).rejects.toThrow(NoBrokersAvailableError);
    await expect(c.start()).rejects.toThrow(/127\.0\.0\.1:1.*127\.0\.0\.1:2/);
    c.close();
  });

  it('refreshes metadata for a new topic and routes to its leaders', async () => {
    const topic = `cluster-it-${randomUUID()}`;
    await cluster.request(cluster.leastLoadedNode(), CreateTopicsApi, {
      topics: [{ name: topic, numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 30_000,
    });
    let meta = await cluster.refreshMetadata([topic]);
    for (let i = 0; i < 50 && meta.availablePartitions(topic).length < 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      meta = await cluster.refreshMetadata([topic]);
    }
    expect(meta.partitionCount(topic)).toBe(3);
    expect(meta.leaderFor(topic, 0)).toBeTypeOf('number');
    expect(meta.topics.get(topic)?.topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('finds the group coordinator, retrying while the offsets topic is created', async () => {
    const node = await cluster.findCoordinator(CoordinatorType.GROUP, `group-${randomUUID()}`, { timeoutMs: 30_000 });
    expect(cluster.metadata.brokers.has(node)).toBe(true);
  });

  it('shares one metadata request between concurrent refreshes', async () => {
    const before = cluster.pool.connections()[0].inFlightCount;
    const [a, b] = await Promise.all([cluster.refreshMetadata(), cluster.refreshMetadata()]);
    expect(a).toBe(b);
    expect(before).toBe(0);
  });
});
