// DESIGN rule 13 (issue 13, item 2): every public method that takes a topic-partition accepts a
// plain `{ topic, partition }` literal and behaves exactly as with `topicPartition()`; results keyed
// by topic-partition can be looked up with a literal too.
import { IllegalOperationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, kafka, produce, records, topicName } from './consumer-helpers.js';

describe('topic-partitions as plain values', () => {
  it('the consumer takes { topic, partition } literals everywhere and finds getMany results by literal', async () => {
    const topic = topicName('tp-literal');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 2);
      await produce(cluster, topic, 0, records(10));
    } finally {
      cluster.close();
    }
    await using consumer = new AIOKafkaConsumer({
      bootstrapServers: kafka.bootstrap,
      groupId: `g-${topic}`,
      enableAutoCommit: false,
      autoOffsetReset: 'earliest',
    });
    await consumer.start();
    consumer.assign([{ topic, partition: 0 }]);
    expect(consumer.assignment()).toEqual(new Set([topicPartition(topic, 0)]));
    const first = await consumer.getOne({ topic, partition: 0 });
    expect(first.offset).toBe(0n);
    const batch = await consumer.getMany({ timeoutMs: 10_000 });
    expect(batch.get({ topic, partition: 0 })?.length).toBeGreaterThan(0);
    expect(batch.has({ topic, partition: 0 })).toBe(true);
    consumer.seek({ topic, partition: 0 }, 0n);
    const only = await consumer.getMany({ timeoutMs: 10_000, partitions: [{ topic, partition: 0 }] });
    expect(only.get({ topic, partition: 0 })?.[0].offset).toBe(0n);
    consumer.seek({ topic, partition: 0 }, 3n);
    expect(await consumer.position({ topic, partition: 0 })).toBe(3n);
    expect(consumer.highwater({ topic, partition: 0 })).toBe(10n);
    await consumer.commit(new Map([[{ topic, partition: 0 }, 7n]]));
    expect((await consumer.committed({ topic, partition: 0 }))?.offset).toBe(7n);
    const many = await consumer.committed([
      { topic, partition: 0 },
      { topic, partition: 1 },
    ]);
    expect([many.get({ topic, partition: 0 })?.offset, many.get({ topic, partition: 1 })]).toEqual([7n, null]);
    consumer.pause({ topic, partition: 0 });
    expect(consumer.paused()).toEqual(new Set([topicPartition(topic, 0)]));
    consumer.resume({ topic, partition: 0 });
    expect(consumer.paused().size).toBe(0);
    const ends = await consumer.endOffsets([{ topic, partition: 0 }]);
    expect(ends.get(topicPartition(topic, 0))).toBe(10n);
    const starts = await consumer.beginningOffsets([{ topic, partition: 1 }]);
    expect(starts.get(topicPartition(topic, 1))).toBe(0n);
    const byTime = await consumer.offsetsForTimes(new Map([[{ topic, partition: 0 }, 0]]));
    expect(byTime.get(topicPartition(topic, 0))?.offset).toBe(0n);
    await consumer.seekToBeginning({ topic, partition: 0 });
    expect(await consumer.position({ topic, partition: 0 })).toBe(0n);
    for (const bad of [{ topic }, { partition: 0 }, { topic, partition: -1 }, { topic, partition: 1.5 }, null]) {
      expect(() => consumer.assign([bad as never])).toThrow(IllegalOperationError);
    }
    expect(() => consumer.seek({ topic: '', partition: 0 }, 0n)).toThrow(/seek: expected a \{ topic, partition \}/);
  });

  it('admin calls take literals, and their results are found by literal', async () => {
    const topic = topicName('tp-literal-admin');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 1);
      await produce(cluster, topic, 0, records(5));
    } finally {
      cluster.close();
    }
    await using admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap });
    await admin.start();
    const listed = await admin.listOffsets([[{ topic, partition: 0 }, 'latest']]);
    expect(listed.getOrThrow({ topic, partition: 0 }).offset).toBe(5n);
    expect(listed.get(topicPartition(topic, 0))?.error).toBeNull();
    const deleted = await admin.deleteRecords([[{ topic, partition: 0 }, 2n]]);
    expect(deleted.getOrThrow({ topic, partition: 0 }).lowWatermark).toBe(2n);
  });
});
