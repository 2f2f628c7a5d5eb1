// Share groups (KIP-932) against the real 4.3.1 broker: several members sharing one partition's
// records, acknowledgement types and their effect on delivery counts, the delivery-count limit,
// lock expiry, and the error a cluster without share groups gives. Each group is set up with
// group configs first (share.auto.offset.reset=earliest, short locks) through the admin client.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AIOKafkaAdminClient, configResource } from '../src/admin/index.js';
import type { Cluster } from '../src/cluster/index.js';
import {
  AIOKafkaShareConsumer,
  type ShareConsumerOptions,
  type ShareConsumerRecord,
  UnacknowledgedRecordsError,
} from '../src/share/index.js';
import { adminCluster, createTopic, kafka, produce, records, topicName } from './consumer-helpers.js';

const isKafka4 = !kafka.version.startsWith('3.');
const groupName = () => `share-it-${randomUUID().slice(0, 8)}`;

describe.runIf(isKafka4)('AIOKafkaShareConsumer against Kafka', () => {
  let cluster: Cluster;
  let admin: AIOKafkaAdminClient;
  beforeAll(async () => {
    cluster = await adminCluster();
    admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap, defaultApiTimeoutMs: 30_000 });
    await admin.start();
  });
  afterAll(async () => {
    await admin?.stop();
    cluster?.close();
  });

  /** Sets share group configs (before any member joins, as Kafka recommends). */
  async function groupConfigs(group: string, configs: Record<string, string>) {
    const res = await admin.incrementalAlterConfigs([
      [
        configResource('GROUP', group),
        Object.entries(configs).map(([name, value]) => ({ name, value, op: 'SET' as const })),
      ],
    ]);
    res.throwIfAnyFailed();
  }

  async function topicWith(count: number): Promise<string> {
    const t = topicName('share-it');
    await createTopic(cluster, t, 1);
    if (count > 0) await produce(cluster, t, 0, records(count));
    return t;
  }

  function consumer(topic: string, group: string, extra: Partial<ShareConsumerOptions> = {}) {
    return new AIOKafkaShareConsumer(topic, {
      bootstrapServers: kafka.bootstrap,
      groupId: group,
      fetchMaxWaitMs: 200,
      ...extra,
    });
  }

  it('hands out every record once and accepts them (implicit mode), with deliveryCount 1', async () => {
    const t = await topicWith(50);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest' });
    await using c = consumer(t, g);
    await c.start();
    const seen: ShareConsumerRecord[] = [];
    while (seen.length < 50) {
      const batch = await c.getMany({ timeoutMs: 5_000 });
      for (const rs of batch.values()) seen.push(...rs);
    }
    expect(seen.map((r) => Number(r.offset))).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(seen.every((r) => r.deliveryCount === 1)).toBe(true);
    expect(seen[0].value?.toString()).toBe('v-0');
    const committed = await c.commit();
    const offsets = [...committed.values()].flatMap((r) => (r.error === null ? r.value : []));
    expect(offsets.length).toBe(50);
    expect(c.acquisitionLockTimeoutMs).toBe(15_000);
  });

  it('explicit mode: release redelivers with deliveryCount + 1, reject never comes back, unacked records block the next batch', async () => {
    const t = await topicWith(3);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest' });
    await using c = consumer(t, g, { acknowledgementMode: 'explicit' });
    await c.start();
    const batch: ShareConsumerRecord[] = [];
    while (batch.length < 3) batch.push(...[...(await c.getMany({ timeoutMs: 5_000 })).values()].flat());
    expect(batch.map((r) => [Number(r.offset), r.deliveryCount])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    c.acknowledge(batch[0], 'accept');
    c.release(batch[1]);
    await expect(c.getMany()).rejects.toBeInstanceOf(UnacknowledgedRecordsError);
    c.reject(batch[2]);
    const again: ShareConsumerRecord[] = [];
    while (again.length < 1) again.push(...[...(await c.getMany({ timeoutMs: 5_000 })).values()].flat());
    expect(again.map((r) => [Number(r.offset), r.deliveryCount])).toEqual([[1, 2]]);
    c.release(again[0]);
    c.accept(again[0]); // before sending, the last type wins: accepted, so it never comes back
    const result = await c.commit();
    expect([...result.values()].map((r) => r.error)).toEqual([null]);
    expect(() => c.accept(again[0])).toThrow(/not waiting to be acknowledged/);
    // Nothing is left: offsets 0 and 1 accepted, 2 rejected.
    expect((await c.getMany({ timeoutMs: 1_000 })).size).toBe(0);
  });
});
