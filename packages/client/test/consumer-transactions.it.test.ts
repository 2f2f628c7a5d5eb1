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
import { readBatches } from './support/raw-topic.js';

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
    await plain.sendAndWait(topic, 'plain-0', { partition: 0 });
    await producer.transaction(async () => {
      for (let i = 0; i < 5; i++) await producer.sendAndWait(topic, `committed-${i}`, { partition: 0 });
    });
    producer.beginTransaction();
    for (let i = 0; i < 5; i++) await producer.sendAndWait(topic, `aborted-${i}`, { partition: 0 });
    await producer.abortTransaction();
    await plain.sendAndWait(topic, 'plain-1', { partition: 0 });
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

describe('read_committed across a response that ends just before an ABORT marker', () => {
  it("delivers the producer's next, committed transaction (soak seed 874811 lost such records)", async () => {
    const admin = await adminCluster();
    const topic = topicName('txn-cut');
    try {
      await createTopic(admin, topic, 1);
      await using producer = new AIOKafkaProducer<Buffer | string | null, string>({
        bootstrapServers: kafka.bootstrap,
        transactionalId: `txn-cut-${randomUUID()}`,
      });
      await producer.start();
      // offset 0: aborted data (one large record), 1: its ABORT marker, 2-4: the same producer's
      // committed data, 5: the COMMIT marker.
      producer.beginTransaction();
      await producer.sendAndWait(topic, 'x'.repeat(4_000), { partition: 0 });
      await producer.abortTransaction();
      await producer.transaction(async () => {
        for (let i = 0; i < 3; i++) await producer.send(topic, `kept-${i}`, { partition: 0 });
      });
      const batches = await readBatches(kafka.bootstrap, topic, 0);
      expect(batches.map((b) => [b.baseOffset, b.isControl])).toEqual([
        [0n, false],
        [1n, true],
        [2n, false],
        [5n, true],
      ]);
      // A partition limit just short of the first two batches: the first response holds the aborted
      // data and a cut piece of the marker, so the second starts at the marker and still lists the
      // aborted transaction, followed by the committed data.
      const limit = batches[0].sizeInBytes + batches[1].sizeInBytes - 10;
      await using c = new AIOKafkaConsumer({
        bootstrapServers: kafka.bootstrap,
        isolationLevel: 'read_committed',
        maxPartitionFetchBytes: limit,
        fetchMaxWaitMs: 100,
      });
      await c.start();
      const tp = topicPartition(topic, 0);
      c.assign([tp]);
      await c.seekToBeginning(tp);
      const values: string[] = [];
      const deadline = Date.now() + 30_000;
      while ((await c.position(tp)) < 6n) {
        if (Date.now() > deadline) throw new Error(`stuck at ${await c.position(tp)} after ${values.join(', ')}`);
        for (const list of (await c.getMany({ timeoutMs: 500 })).values())
          values.push(...list.map((r) => r.value?.toString() ?? ''));
      }
      expect(values).toEqual(['kept-0', 'kept-1', 'kept-2']);
    } finally {
      admin.close();
    }
  });
});
