// Share groups (KIP-932) against the real 4.3.1 broker: several members sharing one partition's
// records, acknowledgement types and their effect on delivery counts, the delivery-count limit,
// lock expiry, and the error a cluster without share groups gives. Each group is set up with
// group configs first (share.auto.offset.reset=earliest, short locks) through the admin client.
import { randomUUID } from 'node:crypto';
import { InvalidRecordStateError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AIOKafkaAdminClient, configResource } from '../src/admin/index.js';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import {
  AIOKafkaShareConsumer,
  type ShareConsumerOptions,
  type ShareConsumerRecord,
  UnacknowledgedRecordsError,
} from '../src/share/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, eventually, kafka, produce, records, topicName } from './consumer-helpers.js';

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

  it("shareAcquireMode 'record_limit' acquires at most maxPollRecords records of a batch: another member gets the rest at once", async () => {
    const t = await topicWith(50); // one batch of 50 records
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest' });
    await using a = consumer(t, g, { maxPollRecords: 3, shareAcquireMode: 'record_limit', fetchAhead: false });
    await a.start();
    let mine: ShareConsumerRecord[] = [];
    while (mine.length === 0) mine = [...(await a.getMany({ timeoutMs: 5_000 })).values()].flat();
    expect(mine.map((r) => Number(r.offset))).toEqual([0, 1, 2]);
    // In 'batch_optimized' mode the first member's fetch would have locked the whole batch.
    await using b = consumer(t, g);
    await b.start();
    let theirs: ShareConsumerRecord[] = [];
    while (theirs.length === 0) theirs = [...(await b.getMany({ timeoutMs: 5_000 })).values()].flat();
    expect(Number(theirs[0].offset)).toBe(3);
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

  /** Collects records until `done` holds (bounded: the test fails rather than hangs). */
  async function collect(c: AIOKafkaShareConsumer, done: (got: ShareConsumerRecord[]) => boolean) {
    const got: ShareConsumerRecord[] = [];
    const deadline = Date.now() + 30_000;
    while (!done(got)) {
      if (Date.now() > deadline) throw new Error(`stuck after offsets ${got.map((r) => r.offset).join(',')}`);
      for (const rs of (await c.getMany({ timeoutMs: 1_000 })).values()) got.push(...rs);
    }
    return got;
  }

  it('past the delivery-count limit a released record is archived; the group moves on to the next record', async () => {
    const t = await topicWith(1);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest', 'share.delivery.count.limit': '2' });
    await using c = consumer(t, g, { acknowledgementMode: 'explicit' });
    await c.start();
    for (const expected of [1, 2]) {
      const [r] = await collect(c, (got) => got.length > 0);
      expect([Number(r.offset), r.deliveryCount]).toEqual([0, expected]);
      c.release(r);
      (await c.commit()).throwIfAnyFailed();
    }
    // Archived after its second delivery: the next record handed out is a new one.
    await produce(cluster, t, 0, records(1, 'v', 1));
    const [next] = await collect(c, (got) => got.length > 0);
    expect([Number(next.offset), next.deliveryCount]).toEqual([1, 1]);
    c.accept(next);
    (await c.commit()).throwIfAnyFailed();
    await eventually(
      async () => (await admin.listShareGroupOffsets(g)).get(topicPartition(t, 0))?.value?.lag === 0n,
      30_000,
      'both records (one archived, one accepted) to be done',
    );
  });

  it('a lock that expires gives the records to another member with deliveryCount 2; acknowledging them late while that member holds them fails with InvalidRecordStateError', async () => {
    const t = await topicWith(5);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest', 'share.record.lock.duration.ms': '2000' });
    const results: { offsets: bigint[]; error: Error | null }[] = [];
    await using slow = consumer(t, g, {
      acknowledgementMode: 'explicit',
      onAcknowledgementCommit: (r) => results.push(r),
    });
    await slow.start();
    const held = await collect(slow, (got) => got.length === 5);
    expect(slow.acquisitionLockTimeoutMs).toBe(2_000);
    await using other = consumer(t, g, { acknowledgementMode: 'explicit' });
    await other.start();
    const redelivered = await collect(other, (got) => got.length === 5);
    expect(redelivered.map((r) => [Number(r.offset), r.deliveryCount])).toEqual(held.map((r) => [Number(r.offset), 2]));
    for (const r of held) slow.accept(r);
    const late = await slow.commit();
    expect(late.get(topicPartition(t, 0))?.error).toBeInstanceOf(InvalidRecordStateError);
    expect(results.map((r) => r.error?.constructor)).toEqual([InvalidRecordStateError]);
    for (const r of redelivered) other.accept(r);
    (await other.commit()).throwIfAnyFailed();
  });

  it('read_committed (group config share.isolation.level) hides aborted records; markers and aborted offsets are acknowledged as gaps', async () => {
    const t = topicName('share-txn');
    await createTopic(cluster, t, 1);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest', 'share.isolation.level': 'read_committed' });
    {
      await using producer = new AIOKafkaProducer<Buffer | string | null, string>({
        bootstrapServers: kafka.bootstrap,
        transactionalId: `share-txn-${randomUUID()}`,
      });
      await producer.start();
      await producer.transaction(async () => {
        for (let i = 0; i < 2; i++) await producer.sendAndWait(t, `committed-${i}`, { partition: 0 });
      });
      producer.beginTransaction();
      for (let i = 0; i < 2; i++) await producer.sendAndWait(t, `aborted-${i}`, { partition: 0 });
      await producer.abortTransaction();
      await producer.transaction(async () => {
        await producer.sendAndWait(t, 'committed-last', { partition: 0 });
      });
    }
    // committed-0, committed-1, marker, aborted-0, aborted-1, marker, committed-last, marker: offsets 0..7.
    await using c = consumer(t, g);
    await c.start();
    const got = await collect(c, (rs) => rs.some((r) => r.value?.toString() === 'committed-last'));
    expect(got.map((r) => r.value?.toString())).toEqual(['committed-0', 'committed-1', 'committed-last']);
    await c.commit();
    await eventually(
      async () => (await admin.listShareGroupOffsets(g)).get(topicPartition(t, 0))?.value?.lag === 0n,
      30_000,
      'every offset (gaps included) to be acknowledged',
    );
  });

  it('renew: the broker accepts the renewal (ShareAcknowledge v2) and the record is handed out again with the same delivery count', async () => {
    const t = await topicWith(1);
    const g = groupName();
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest', 'share.record.lock.duration.ms': '2000' });
    await using c = consumer(t, g, { acknowledgementMode: 'explicit' });
    await c.start();
    const [first] = await collect(c, (got) => got.length > 0);
    c.acknowledge(first, 'renew');
    const [again] = await collect(c, (got) => got.length > 0);
    expect([Number(again.offset), again.deliveryCount]).toEqual([0, 1]);
    c.accept(again);
    const done = await c.commit();
    expect([...done.values()].map((r) => r.error)).toEqual([null]);
  });
});
