// read_committed against transactions written by the transactional AIOKafkaProducer: aborted data
// is skipped, control records never surface, positions move past the markers (lag 0), and a small
// consume-transform-produce loop commits its offsets through the producer's transaction.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, groupLag, kafka, topicName } from './consumer-helpers.js';

describe('consumer and transactions', () => {
  let admin: Cluster;
  const topic = topicName('txn');
  beforeAll(async () => {
    admin = await adminCluster();
    await createTopic(admin, topic, 1);
    await using producer = new AIOKafkaProducer<Buffer | string | null, string>({
      bootstrapServers: kafka.bootstrap,
      transactionalId: `txn-${randomUUID()}`,
    });
    await producer.start();
    await using plain = new AIOKafkaProducer<Buffer | string | null, string>({ bootstrapServers: kafka.bootstrap });
    await plain.start();
    // The pauses let the previous transaction's markers land: the producer does not yet retry the
    // CONCURRENT_TRANSACTIONS a Produce gets meanwhile (reported to the producer's owner).
    const settle = () => new Promise((r) => setTimeout(r, 300));
    await plain.sendAndWait(topic, 'plain-0', { partition: 0 });
    await producer.transaction(async () => {
      for (let i = 0; i < 5; i++) await producer.sendAndWait(topic, `committed-${i}`, { partition: 0 });
    });
    await settle();
    producer.beginTransaction();
    for (let i = 0; i < 5; i++) await producer.sendAndWait(topic, `aborted-${i}`, { partition: 0 });
    await producer.abortTransaction();
    await plain.sendAndWait(topic, 'plain-1', { partition: 0 });
    await settle();
    await producer.transaction(async () => {
      await producer.sendAndWait(topic, 'committed-last', { partition: 0 });
    });
  });
  afterAll(() => admin?.close());

  async function readAll(c: AIOKafkaConsumer, until: (values: string[]) => boolean): Promise<string[]> {
    const values: string[] = [];
    const deadline = Date.now() + 30_000;
    while (!until(values)) {
      if (Date.now() > deadline) throw new Error(`stuck after ${values.join(', ')}`);
      for (const list of (await c.getMany({ timeoutMs: 500 })).values())
        values.push(...list.map((r) => r.value?.toString() ?? ''));
    }
    return values;
  }

  it('read_committed skips aborted records and transaction markers; positions end past the last marker', async () => {
    const groupId = `g-${randomUUID()}`;
    const tp = topicPartition(topic, 0);
    const c = new AIOKafkaConsumer(topic, {
      bootstrapServers: kafka.bootstrap,
      groupId,
      isolationLevel: 'read_committed',
      autoOffsetReset: 'earliest',
      fetchMaxWaitMs: 100,
    });
    await c.start();
    const values = await readAll(c, (v) => v.includes('committed-last'));
    expect(values).toEqual([
      'plain-0',
      'committed-0',
      'committed-1',
      'committed-2',
      'committed-3',
      'committed-4',
      'plain-1',
      'committed-last',
    ]);
    const end = (await c.endOffsets([tp])).get(tp) as bigint;
    expect(await c.position(tp)).toBe(end); // past the final COMMIT marker
    expect(c.lastStableOffset(tp)).toBe(end);
    await c.stop();
    expect([...(await groupLag(groupId, topic)).values()].map((x) => x.lag)).toEqual(['0']);
  });

  it('read_uncommitted sees the aborted records too, never the markers', async () => {
    await using c = new AIOKafkaConsumer(topic, {
      bootstrapServers: kafka.bootstrap,
      autoOffsetReset: 'earliest',
      fetchMaxWaitMs: 100,
    });
    await c.start();
    const values = await readAll(c, (v) => v.includes('committed-last'));
    expect(values.filter((v) => v.startsWith('aborted-'))).toHaveLength(5);
    expect(values).toHaveLength(13);
  });

  it('copies records exactly once with sendOffsetsToTransaction and the consumer group metadata', async () => {
    const out = topicName('txn-out');
    await createTopic(admin, out, 1);
    const groupId = `g-${randomUUID()}`;
    await using c = new AIOKafkaConsumer(topic, {
      bootstrapServers: kafka.bootstrap,
      groupId,
      isolationLevel: 'read_committed',
      autoOffsetReset: 'earliest',
      enableAutoCommit: false,
      fetchMaxWaitMs: 100,
    });
    await c.start();
    await using p = new AIOKafkaProducer<Buffer | string | null, string>({
      bootstrapServers: kafka.bootstrap,
      transactionalId: `copy-${randomUUID()}`,
    });
    await p.start();
    let copied = 0;
    let lastNext = -1n;
    while (copied < 8) {
      const batch = await c.getMany({ timeoutMs: 500 });
      if (batch.size === 0) continue;
      if (copied > 0) await new Promise((r) => setTimeout(r, 300)); // see settle() above
      await p.transaction(async () => {
        const offsets = new Map();
        for (const [tp, records] of batch) {
          for (const r of records) await p.send(out, `copy:${r.value?.toString()}`, { partition: 0 });
          lastNext = records[records.length - 1].offset + 1n;
          offsets.set(tp, lastNext);
          copied += records.length;
        }
        await p.sendOffsetsToTransaction(offsets, c.groupMetadata());
      });
    }
    // The transaction committed the offset after the last copied record (the position itself has
    // moved on past the final transaction marker).
    expect((await c.committed(topicPartition(topic, 0)))?.offset).toBe(lastNext);
    await using check = new AIOKafkaConsumer(out, {
      bootstrapServers: kafka.bootstrap,
      isolationLevel: 'read_committed',
      autoOffsetReset: 'earliest',
      fetchMaxWaitMs: 100,
    });
    await check.start();
    const values = await readAll(check, (v) => v.length >= 8);
    expect(values).toHaveLength(8);
    expect(values[0]).toBe('copy:plain-0');
  });
});
