// confluent-kafka's consumer controls (issue 13): getOne({ timeoutMs, signal }) as poll(timeout).
import { AbortError, OffsetMetadataTooLargeError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { type TopicPartition, topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, kafka, produce, records, topicName } from './consumer-helpers.js';

describe('getOne({ timeoutMs, signal }) and watermarkOffsets()', () => {
  it('resolves with null when nothing came in time, with the record when one did; a signal aborts it', async () => {
    const topic = topicName('poll');
    const cluster = await adminCluster();
    await using consumer = new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, autoOffsetReset: 'earliest' });
    try {
      await createTopic(cluster, topic, 1);
      await consumer.start();
      consumer.assign([{ topic, partition: 0 }]);
      expect(await consumer.getOne({ timeoutMs: 300 })).toBeNull();
      await produce(cluster, topic, 0, records(2));
      const first = await consumer.getOne({ timeoutMs: 30_000, partitions: [{ topic, partition: 0 }] });
      expect(first?.value?.toString()).toBe('v-0');
      expect((await consumer.getOne({ timeoutMs: 30_000 }))?.offset).toBe(1n);
      expect(consumer.watermarkOffsets({ topic, partition: 0 })).toEqual({ low: 0n, high: 2n });
      const controller = new AbortController();
      const waiting = consumer.getOne({ signal: controller.signal });
      controller.abort();
      await expect(waiting).rejects.toBeInstanceOf(AbortError);
      await expect(consumer.getOne({ timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be a number >= 0/);
    } finally {
      cluster.close();
    }
  });
});

describe('assign with starting offsets, incrementalAssign, incrementalUnassign', () => {
  it('starts each partition where asked and changes the assignment one partition at a time', async () => {
    const topic = topicName('incremental');
    const cluster = await adminCluster();
    await using consumer = new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, autoOffsetReset: 'earliest' });
    try {
      await createTopic(cluster, topic, 2);
      await produce(cluster, topic, 0, records(10));
      await produce(cluster, topic, 1, records(10, 'p1'));
    } finally {
      cluster.close();
    }
    await consumer.start();
    consumer.assign([{ topic, partition: 0, offset: 7n }]);
    expect((await consumer.getOne({ timeoutMs: 30_000 }))?.offset).toBe(7n);
    consumer.incrementalAssign([{ topic, partition: 1, offset: 4 }]);
    expect(consumer.assignment()).toEqual(new Set([topicPartition(topic, 0), topicPartition(topic, 1)]));
    expect(await consumer.position({ topic, partition: 0 })).toBe(8n); // kept its position
    const fromOne = await consumer.getOne({ timeoutMs: 30_000, partitions: [{ topic, partition: 1 }] });
    expect([fromOne?.partition, fromOne?.offset]).toEqual([1, 4n]);
    const positions = await consumer.position([
      { topic, partition: 0 },
      { topic, partition: 1 },
    ]);
    expect([positions.get({ topic, partition: 0 }), positions.get({ topic, partition: 1 })]).toEqual([8n, 5n]);
    consumer.incrementalUnassign([{ topic, partition: 0 }]);
    expect(consumer.assignment()).toEqual(new Set([topicPartition(topic, 1)]));
  });
});

describe('storeOffsets() with enableAutoOffsetStore: false', () => {
  it('commits what was stored, not what was handed out: on stop, and with commit()', async () => {
    const topic = topicName('store');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 1);
      await produce(cluster, topic, 0, records(10));
    } finally {
      cluster.close();
    }
    const groupId = `g-${topic}`;
    const options = {
      bootstrapServers: kafka.bootstrap,
      groupId,
      autoOffsetReset: 'earliest' as const,
      enableAutoOffsetStore: false,
    };
    {
      await using consumer = new AIOKafkaConsumer(topic, options);
      await consumer.start();
      const handedOut = [];
      while (handedOut.length < 10) {
        for (const list of (await consumer.getMany({ timeoutMs: 10_000 })).values()) handedOut.push(...list);
      }
      consumer.storeOffsets(handedOut.slice(0, 4)); // only the first four were processed
    } // stop: the commit before leaving carries the stored offset
    {
      await using consumer = new AIOKafkaConsumer(topic, { ...options, enableAutoCommit: false });
      await consumer.start();
      const tp = topicPartition(topic, 0);
      expect((await consumer.committed(tp))?.offset).toBe(4n);
      expect((await consumer.getOne()).offset).toBe(4n);
      consumer.storeOffsets(new Map([[{ topic, partition: 0 }, 7n]]));
      await consumer.commit();
      expect((await consumer.committed(tp))?.offset).toBe(7n);
    }
  });
});

describe('commit() resolves to per-partition results', () => {
  it('a partition the broker refuses carries its typed error; the others are committed', async () => {
    const topic = topicName('commit-results');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 2);
    } finally {
      cluster.close();
    }
    await using consumer = new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, groupId: `${topic}-g` });
    await consumer.start();
    // Kafka refuses commit metadata over offset.metadata.max.bytes (4096 by default).
    const results = await consumer.commit(
      new Map([
        [
          { topic, partition: 0 },
          { offset: 3n, metadata: 'x'.repeat(5_000) },
        ],
        [
          { topic, partition: 1 },
          { offset: 5n, metadata: 'fine' },
        ],
      ]),
    );
    expect(results.get({ topic, partition: 0 })?.error).toBeInstanceOf(OffsetMetadataTooLargeError);
    expect(results.get({ topic, partition: 0 })?.error?.message).toContain(`${topic}`);
    expect(results.get({ topic, partition: 1 })).toEqual({
      error: null,
      value: { offset: 5n, metadata: 'fine', leaderEpoch: null },
    });
    expect(results.ok).toBe(false);
    expect(() => results.throwIfAnyFailed()).toThrow(OffsetMetadataTooLargeError);
    const committed = await consumer.committed([
      { topic, partition: 0 },
      { topic, partition: 1 },
    ]);
    expect(committed.get({ topic, partition: 0 })).toBeNull();
    expect(committed.get({ topic, partition: 1 })?.offset).toBe(5n);
  });
});

describe('enablePartitionEof', () => {
  it('getMany reports each partition reaching its end, once each time it gets there', async () => {
    const topic = topicName('eof');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 2);
      await produce(cluster, topic, 0, records(3));
      await using consumer = new AIOKafkaConsumer({
        bootstrapServers: kafka.bootstrap,
        autoOffsetReset: 'earliest',
        enablePartitionEof: true,
      });
      await consumer.start();
      consumer.assign([
        { topic, partition: 0 },
        { topic, partition: 1 },
      ]);
      const p0 = topicPartition(topic, 0);
      const p1 = topicPartition(topic, 1);
      // Read until both ends were reported: p1 (empty) at offset 0, p0 after its 3 records.
      const ends = new Set<TopicPartition>();
      let read = 0;
      while (ends.size < 2) {
        const batch = await consumer.getMany({ timeoutMs: 10_000 });
        expect(batch.size + batch.partitionEof.size, 'getMany returned something before its timeout').toBeGreaterThan(
          0,
        );
        read += batch.get(p0)?.length ?? 0;
        for (const tp of batch.partitionEof) {
          expect(ends.has(tp), `${tp.partition} reported once`).toBe(false);
          ends.add(tp);
        }
      }
      expect(read).toBe(3);
      // Nothing new: no second report.
      const quiet = await consumer.getMany({ timeoutMs: 1_500 });
      expect([quiet.size, quiet.partitionEof.size]).toEqual([0, 0]);
      // New records in p0: read, then its end is reported again.
      await produce(cluster, topic, 0, records(2, 'more'));
      let again = 0;
      let reportedAgain = false;
      while (!reportedAgain) {
        const batch = await consumer.getMany({ timeoutMs: 10_000 });
        expect(batch.size + batch.partitionEof.size).toBeGreaterThan(0);
        again += batch.get(p0)?.length ?? 0;
        reportedAgain = batch.partitionEof.has(p0);
        expect(batch.partitionEof.has(p1)).toBe(false);
      }
      expect(again).toBe(2);
    } finally {
      cluster.close();
    }
  });

  it('is off by default: an empty partition never ends a getMany early', async () => {
    const topic = topicName('no-eof');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 1);
    } finally {
      cluster.close();
    }
    await using consumer = new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, autoOffsetReset: 'earliest' });
    await consumer.start();
    consumer.assign([{ topic, partition: 0 }]);
    const started = performance.now();
    const batch = await consumer.getMany({ timeoutMs: 1_000 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect([batch.size, batch.partitionEof.size]).toEqual([0, 0]);
  });
});
