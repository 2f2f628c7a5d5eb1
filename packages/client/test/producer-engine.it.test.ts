// The producer engine against a real broker, in the situations that broke it (issue 12): a topic
// produced to the moment it is created, and batches the broker refuses as too large. Every record
// carries a unique number; the partitions are read back with raw Fetch and checked for lost,
// duplicated and reordered records.
import { randomBytes, randomUUID } from 'node:crypto';
import { RecordTooLargeError } from '@kafka-aio/protocol';
import { describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import type { ClientStatistics } from '../src/observability/index.js';
import { AIOKafkaProducer, type ProducerOptions } from '../src/producer/index.js';
import { createTopic, readPartition } from './support/raw-topic.js';

const kafka = inject('kafka');
const bootstrapServers = kafka.bootstrap;
const newTopic = (prefix: string) => `${prefix}-${randomUUID()}`;

/** A value that starts with its record number, padded to `size` bytes (random bytes when `random`). */
function numbered(n: number, size: number, random = false): Buffer {
  const value = random ? randomBytes(size) : Buffer.alloc(size, 'abcdefghij'.repeat(10));
  value.write(`${String(n).padStart(8, '0')}|`, 0, 'latin1');
  return value;
}
const numberOf = (value: Buffer | null) => Number.parseInt(value?.toString('latin1', 0, 8) ?? '', 10);

/**
 * Reads every partition back and checks that the records numbered 0..count-1 are each there
 * exactly once and, per partition, in the order they were sent. Returns the records per partition.
 */
async function expectEachOnceInOrder(topic: string, partitions: number, count: number): Promise<number[][]> {
  const seen = new Uint8Array(count);
  const perPartition: number[][] = [];
  for (let p = 0; p < partitions; p++) {
    const numbers = (await readPartition(bootstrapServers, topic, p)).map((r) => numberOf(r.value));
    for (const n of numbers) seen[n]++;
    const outOfOrder = numbers.findIndex((n, i) => i > 0 && n < numbers[i - 1]);
    expect(outOfOrder, `partition ${p}: record ${numbers[outOfOrder]} after ${numbers[outOfOrder - 1]}`).toBe(-1);
    perPartition.push(numbers);
  }
  const lost = seen.reduce((k, c) => k + (c === 0 ? 1 : 0), 0);
  const duplicated = seen.reduce((k, c) => k + (c > 1 ? 1 : 0), 0);
  expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
  return perPartition;
}

/** Resolves with the next statistics document the producer emits. */
function statsFeed(): { options: Partial<ProducerOptions>; next: () => Promise<ClientStatistics> } {
  let waiter: ((s: ClientStatistics) => void) | undefined;
  return {
    options: {
      statisticsIntervalMs: 100,
      statsCallback: (stats) => {
        waiter?.(stats);
        waiter = undefined;
      },
    },
    next: () =>
      new Promise((resolve) => {
        waiter = resolve;
      }),
  };
}

describe('producer engine: a topic produced to the moment it is created', () => {
  it('50,000 keyed records to a fresh 128-partition topic: all delivered once, in order, one producer id', async () => {
    const topic = newTopic('fresh-128');
    const RECORDS = 50_000;
    const PARTITIONS = 128;
    await using admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    await admin.createTopic({ name: topic, numPartitions: PARTITIONS, replicationFactor: 1 });
    const stats = statsFeed();
    await using producer = new AIOKafkaProducer({ bootstrapServers, ...stats.options });
    await producer.start();
    const started = performance.now();
    const deliveries: Promise<unknown>[] = [];
    for (let i = 0; i < RECORDS; i++) {
      const pending = await producer.send(topic, numbered(i, 100), { key: `key-${i % 1000}` });
      deliveries.push(pending.delivered);
    }
    await producer.flush();
    const outcomes = await Promise.allSettled(deliveries);
    const elapsed = performance.now() - started;
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed.length, String((failed[0] as PromiseRejectedResult | undefined)?.reason)).toBe(0);
    const final = await stats.next();
    const initProducerIds = Object.values(final.brokers).reduce((n, b) => n + (b.req.InitProducerId ?? 0), 0);
    const renewals = final.eos?.epoch_cnt ?? -1;
    console.log(
      `[producer-engine] fresh ${PARTITIONS}-partition topic: ${RECORDS} records in ${elapsed.toFixed(0)} ms, ` +
        `${initProducerIds} InitProducerId, ${renewals} identity renewals`,
    );
    // One producer id, never renewed (the livelock took a new one ~20 times a second). The request
    // itself may be sent again when a just-started broker answers it with a retriable error.
    expect(renewals).toBe(1);
    expect(initProducerIds).toBeLessThanOrEqual(3);
    const perPartition = await expectEachOnceInOrder(topic, PARTITIONS, RECORDS);
    expect(perPartition.filter((p) => p.length > 0).length).toBeGreaterThan(100);
  }, 120_000);
});

describe('producer engine: batches the broker refuses as too large are split', () => {
  it('a 12 kB topic limit with a 256 KiB batch size delivers every record, in order, once', async () => {
    const topic = newTopic('split-12k');
    await createTopic(bootstrapServers, topic, 1, { 'max.message.bytes': '12000' });
    await using producer = new AIOKafkaProducer({ bootstrapServers, maxBatchSize: 256 * 1024, lingerMs: 20 });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 200; i++) deliveries.push((await producer.send(topic, numbered(i, 1000))).delivered);
    const metadata = await Promise.all(deliveries);
    expect(metadata.map((m) => m.offset)).toEqual(Array.from({ length: 200 }, (_, i) => BigInt(i)));
    await expectEachOnceInOrder(topic, 1, 200);
  });

  it('40 records of 600 B on a topic with max.message.bytes=10000', async () => {
    const topic = newTopic('split-10k');
    await createTopic(bootstrapServers, topic, 1, { 'max.message.bytes': '10000' });
    await using producer = new AIOKafkaProducer({ bootstrapServers, maxBatchSize: 1024 * 1024, lingerMs: 50 });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 40; i++) deliveries.push((await producer.send(topic, numbered(i, 600))).delivered);
    await Promise.all(deliveries);
    await expectEachOnceInOrder(topic, 1, 40);
  });

  it('lz4 batches sized for compressible data, then data that stops compressing: nothing fails', async () => {
    // The compression estimate lets a batch of text hold up to 4x maxBatchSize; when the data turns
    // random, batches filled before the estimate caught up are far larger than the topic allows.
    const topic = newTopic('split-lz4');
    await createTopic(bootstrapServers, topic, 1, { 'max.message.bytes': '64000' });
    await using producer = new AIOKafkaProducer({
      bootstrapServers,
      compressionType: 'lz4',
      maxBatchSize: 48 * 1024,
      lingerMs: 1_000, // batches close when full, not when they linger
    });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 4_000; i++) {
      if (i === 3_000) await producer.flush(); // the estimate has learnt the text by now
      deliveries.push((await producer.send(topic, numbered(i, 1024, i >= 3_000))).delivered);
    }
    await producer.flush();
    const outcomes = await Promise.allSettled(deliveries);
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBe(0);
    await expectEachOnceInOrder(topic, 1, 4_000);
  });

  it('a record larger than the topic allows fails alone, naming topic and partition; its batch-mates are delivered', async () => {
    const topic = newTopic('too-large');
    await createTopic(bootstrapServers, topic, 1, { 'max.message.bytes': '10000' });
    await using producer = new AIOKafkaProducer({ bootstrapServers, maxBatchSize: 64 * 1024, lingerMs: 50 });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 11; i++)
      deliveries.push((await producer.send(topic, numbered(i, i === 5 ? 20_000 : 500))).delivered);
    const outcomes = await Promise.allSettled(deliveries);
    const error = outcomes[5].status === 'rejected' ? outcomes[5].reason : undefined;
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect((error as Error).message).toContain(`topic=${topic} partition=0`);
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBe(10);
    const stored = (await readPartition(bootstrapServers, topic, 0)).map((r) => numberOf(r.value));
    expect(stored).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10]);
  });
});
