import { randomUUID } from 'node:crypto';
import { IllegalOperationError, type KafkaError, ProducerFencedError } from '@kafka-aio/protocol';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type KafkaRunState, startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { createTopic, readPartition } from './support/raw-topic.js';

const kafka = inject('kafka');

/** The same scenarios against the default broker (transaction.version 2 on 4.x) and, on 4.x, one formatted without it. */
const brokers: { name: string; bootstrap: () => Promise<string> }[] = [
  { name: 'default features', bootstrap: async () => kafka.bootstrap },
];
let tv0: KafkaRunState | undefined;
if (!kafka.external && kafka.version.startsWith('4.')) {
  brokers.push({
    name: 'transaction.version=0 (pre-KIP-890)',
    bootstrap: async () => {
      tv0 ??= await startSingleNode({
        version: kafka.version,
        features: ['transaction.version=0'],
        ownerPid: process.pid,
      });
      return tv0.bootstrap;
    },
  });
}
afterAll(async () => {
  if (tv0) await stopRun(tv0);
});

describe.each(brokers)('transactions, broker with $name', ({ bootstrap }) => {
  it('committed records are visible to read_committed readers, aborted ones are not', async () => {
    const bootstrapServers = await bootstrap();
    const topic = `txn-${randomUUID()}`;
    await createTopic(bootstrapServers, topic, 2);
    await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: `tid-${randomUUID()}` });
    await producer.start();

    await producer.transaction(async () => {
      for (let i = 0; i < 10; i++) await producer.send(topic, `committed-${i}`, { partition: i % 2 });
    });
    producer.beginTransaction();
    for (let i = 0; i < 10; i++) await producer.send(topic, `aborted-${i}`, { partition: i % 2 });
    await producer.flush();
    await producer.abortTransaction();
    await expect(
      producer.transaction(async () => {
        await producer.send(topic, 'thrown-away', { partition: 0 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await producer.transaction(async () => {
      await producer.send(topic, 'last', { partition: 1 });
    });

    const committed = [
      ...(await readPartition(bootstrapServers, topic, 0, 1)),
      ...(await readPartition(bootstrapServers, topic, 1, 1)),
    ];
    const values = committed.map((r) => r.value?.toString()).sort();
    expect(values).toEqual([...Array.from({ length: 10 }, (_, i) => `committed-${i}`), 'last'].sort());
    // read_uncommitted sees the aborted data too: it really was written, then aborted.
    const all = [
      ...(await readPartition(bootstrapServers, topic, 0, 0)),
      ...(await readPartition(bootstrapServers, topic, 1, 0)),
    ];
    expect(all.some((r) => r.value?.toString() === 'aborted-3')).toBe(true);
  });

  it("a commit takes the sends made before it that still wait for the topic's metadata", async () => {
    const bootstrapServers = await bootstrap();
    const topic = `txn-${randomUUID()}`;
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: `tid-${randomUUID()}` });
    await producer.start();
    producer.beginTransaction();
    // Not awaited: the producer has not seen the topic yet, so each send first waits for metadata.
    const sends = Array.from({ length: 20 }, (_, i) => producer.send(topic, `in-txn-${i}`, { partition: 0 }));
    await producer.commitTransaction();
    const delivered = await Promise.all(sends.map(async (s) => (await s).delivered));
    expect(delivered.map((m) => m.offset)).toEqual(Array.from({ length: 20 }, (_, i) => BigInt(i)));
    // The commit markers are written after EndTxn answers; read_committed sees the records once they are.
    let committed = await readPartition(bootstrapServers, topic, 0, 1);
    for (let i = 0; i < 100 && committed.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      committed = await readPartition(bootstrapServers, topic, 0, 1);
    }
    expect(committed.map((r) => r.value?.toString())).toEqual(Array.from({ length: 20 }, (_, i) => `in-txn-${i}`));
  });

  it('a second producer with the same transactionalId fences the first with ProducerFencedError', async () => {
    const bootstrapServers = await bootstrap();
    const topic = `txn-fence-${randomUUID()}`;
    await createTopic(bootstrapServers, topic, 1);
    const transactionalId = `tid-${randomUUID()}`;
    const first = new AIOKafkaProducer({ bootstrapServers, transactionalId });
    await first.start();
    first.beginTransaction();
    await first.send(topic, 'from the zombie');
    await first.flush();

    const second = new AIOKafkaProducer({ bootstrapServers, transactionalId });
    await second.start(); // bumps the epoch and aborts the first one's open transaction
    await second.transaction(async () => {
      await second.send(topic, 'from the new owner');
    });

    const err = await first.commitTransaction().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProducerFencedError);
    expect((err as KafkaError).fatal).toBe(true);
    await expect(first.send(topic, 'again')).rejects.toThrow(ProducerFencedError);
    await first.stop();
    await second.stop();
    const visible = (await readPartition(bootstrapServers, topic, 0, 1)).map((r) => r.value?.toString());
    expect(visible).toEqual(['from the new owner']);
  });

  it('sendOffsetsToTransaction commits consumer offsets atomically with the records', async () => {
    const bootstrapServers = await bootstrap();
    const topic = `txn-offsets-${randomUUID()}`;
    await createTopic(bootstrapServers, topic, 1);
    const groupId = `group-${randomUUID()}`;
    await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: `tid-${randomUUID()}` });
    await producer.start();
    await producer.transaction(async () => {
      await producer.send(topic, 'output');
      await producer.sendOffsetsToTransaction(new Map([[topicPartition(topic, 0), 42n]]), { groupId });
    });
    const { OffsetFetchApi } = await import('@kafka-aio/protocol');
    const { withCluster } = await import('./support/raw-topic.js');
    const { CoordinatorType } = await import('../src/cluster/cluster.js');
    // The offsets become readable once the commit marker reached __consumer_offsets; until then
    // OffsetFetch with requireStable answers UNSTABLE_OFFSET_COMMIT (or no offset). Poll briefly.
    const fetchCommitted = () =>
      withCluster(bootstrapServers, async (cluster) => {
        const node = await cluster.findCoordinator(CoordinatorType.GROUP, groupId);
        const conn = await cluster.connection(node);
        const v = conn.versions.pick(OffsetFetchApi);
        await cluster.refreshMetadata([topic]);
        const topicId = cluster.metadata.topics.get(topic)!.topicId; // v10+ names topics by id
        const res = await conn.request(
          OffsetFetchApi,
          v >= 8
            ? { groups: [{ groupId, topics: [{ name: topic, topicId, partitionIndexes: [0] }] }], requireStable: true }
            : { groupId, topics: [{ name: topic, partitionIndexes: [0] }], requireStable: true },
        );
        return v >= 8
          ? res.groups?.[0].topics[0].partitions[0].committedOffset
          : res.topics?.[0].partitions[0].committedOffset;
      });
    let committed = await fetchCommitted();
    for (let i = 0; i < 50 && committed !== 42n; i++) {
      await new Promise((r) => setTimeout(r, 200));
      committed = await fetchCommitted();
    }
    expect(committed).toBe(42n);
  });

  it('rejects transaction calls in the wrong state', async () => {
    const bootstrapServers = await bootstrap();
    await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: `tid-${randomUUID()}` });
    await producer.start();
    await expect(producer.commitTransaction()).rejects.toThrow(IllegalOperationError);
    producer.beginTransaction();
    expect(() => producer.beginTransaction()).toThrow(IllegalOperationError);
    await producer.abortTransaction();
    const plain = new AIOKafkaProducer({ bootstrapServers });
    expect(() => plain.beginTransaction()).toThrow(/not started|transactionalId/);
  });

  it('initTransactions() runs on its own between transactions: a new epoch, then transactions go on', async () => {
    const bootstrapServers = await bootstrap();
    const topic = `txn-init-${randomUUID()}`;
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, transactionalId: `tid-${randomUUID()}` });
    await producer.start();
    await producer.transaction(async () => {
      await producer.send(topic, 'first');
    });
    const before = producer.producerIdAndEpoch!;
    await producer.initTransactions({ timeoutMs: 30_000 });
    const after = producer.producerIdAndEpoch!;
    expect(after.producerId).toBe(before.producerId);
    expect(after.epoch).toBeGreaterThan(before.epoch);
    producer.beginTransaction();
    await expect(producer.initTransactions()).rejects.toThrow(IllegalOperationError);
    await producer.send(topic, 'second');
    await producer.commitTransaction();
    const values = (await readPartition(bootstrapServers, topic, 0, 1)).map((r) => r.value?.toString());
    expect(values).toEqual(['first', 'second']);
    const plain = new AIOKafkaProducer({ bootstrapServers });
    await plain.start();
    await expect(plain.initTransactions()).rejects.toThrow(/transactionalId/);
    await plain.stop();
  });
});
