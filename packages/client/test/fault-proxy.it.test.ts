// The client behind the harness's fault proxy, in front of a real broker (issue 11): corrupt
// answers, a blackholed or reset network. Every record carries its number; the log is read back
// directly from the broker (not through the proxy) and checked for lost and duplicated records.
import { randomUUID } from 'node:crypto';
import { CorruptRecordError, FetchApi, OutcomeUnknownError, ProduceApi, PurgedError } from '@kafka-aio/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Corruption, type FaultProxy, startFaultProxies } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { nextConnectionClose } from './support/connection-closed.js';
import { createTopic, readPartition } from './support/raw-topic.js';

const kafka = inject('kafka');
const routes = kafka.proxyRoutes;
const newTopic = (prefix: string) => `${prefix}-${randomUUID()}`;
const numberOf = (value: Buffer | null) => Number.parseInt(value?.toString() ?? '', 10);

/** Checks that the partition holds records 0..count-1, each once, in order. */
async function expectEachOnce(topic: string, count: number): Promise<void> {
  const numbers = (await readPartition(kafka.bootstrap, topic, 0)).map((r) => numberOf(r.value));
  expect(numbers.length).toBe(count);
  expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i));
}

describe.skipIf(routes.length === 0)('behind the fault proxy', () => {
  let proxy: FaultProxy;
  let bootstrapServers: string;

  beforeAll(async () => {
    const proxies = await startFaultProxies(routes);
    proxy = proxies.get(1)!;
    bootstrapServers = kafka.listeners.proxied!;
  });
  afterEach(() => {
    proxy.heal();
  });
  afterAll(async () => {
    await proxy?.stop();
  });

  describe.each<Corruption>(['correlationId', 'truncate', 'sizePrefix'])('a Produce answer spoiled (%s)', (how) => {
    it('is an unknown outcome: every record is delivered, and written once', async () => {
      const topic = newTopic(`proxy-produce-${how}`);
      await createTopic(kafka.bootstrap, topic, 1);
      await using producer = new AIOKafkaProducer({ bootstrapServers, lingerMs: 2, maxBatchSize: 4096 });
      await producer.start();
      const first = await producer.send(topic, '0');
      await first.delivered;
      proxy.corruptNextResponse(ProduceApi.apiKey, how);
      const deliveries = [first.delivered];
      for (let i = 1; i < 2_000; i++) deliveries.push((await producer.send(topic, String(i))).delivered);
      const outcomes = await Promise.allSettled(deliveries);
      const failed = outcomes.filter((o) => o.status === 'rejected');
      expect(failed.length, String((failed[0] as PromiseRejectedResult | undefined)?.reason)).toBe(0);
      expect(proxy.corruptionsPending).toBe(0);
      await expectEachOnce(topic, 2_000);
    });
  });

  it('without idempotence, records whose answer was spoiled fail with OutcomeUnknownError (they were written)', async () => {
    const topic = newTopic('proxy-produce-plain');
    await createTopic(kafka.bootstrap, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, enableIdempotence: false, acks: 1, lingerMs: 20 });
    await producer.start();
    await (await producer.send(topic, '0')).delivered;
    proxy.corruptNextResponse(ProduceApi.apiKey, 'correlationId');
    const deliveries = [];
    for (let i = 1; i <= 10; i++) deliveries.push((await producer.send(topic, String(i))).delivered);
    const outcomes = await Promise.allSettled(deliveries);
    const errors = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(errors.length).toBe(10); // one batch, one spoiled answer
    expect(errors.every((e) => e instanceof OutcomeUnknownError && e.retriable)).toBe(true);
    expect((errors[0] as Error).message).toMatch(/may or may not have been written/);
    await expectEachOnce(topic, 11); // the broker did write them
  });

  describe.each<Corruption>(['correlationId', 'truncate', 'sizePrefix'])('a Fetch answer spoiled (%s)', (how) => {
    it('getMany never throws; every record is read once, in order', async () => {
      const topic = newTopic(`proxy-fetch-${how}`);
      await createTopic(kafka.bootstrap, topic, 1);
      {
        await using producer = new AIOKafkaProducer({ bootstrapServers: kafka.bootstrap });
        await producer.start();
        for (let i = 0; i < 3_000; i++) await producer.send(topic, String(i));
        await producer.flush();
      }
      await using consumer = new AIOKafkaConsumer({
        bootstrapServers,
        autoOffsetReset: 'earliest',
        maxPartitionFetchBytes: 16 * 1024, // several fetches, so the spoiled one is in the middle
        retryBackoffMs: 20,
      });
      await consumer.start();
      consumer.assign([topicPartition(topic, 0)]);
      const seen: number[] = [];
      const first = await consumer.getMany({ timeoutMs: 10_000, maxRecords: 100 });
      for (const records of first.values()) for (const r of records) seen.push(numberOf(r.value));
      proxy.corruptNextResponse(FetchApi.apiKey, how);
      while (seen.length < 3_000) {
        const batch = await consumer.getMany({ timeoutMs: 10_000 });
        if (batch.size === 0) break;
        for (const records of batch.values()) for (const r of records) seen.push(numberOf(r.value));
      }
      expect(proxy.corruptionsPending).toBe(0);
      expect(seen).toEqual(Array.from({ length: 3_000 }, (_, i) => i));
    });
  });

  it('a Fetch answer with flipped bytes: at most one CorruptRecordError, the offset is fetched again, nothing lost', async () => {
    const topic = newTopic('proxy-flip');
    await createTopic(kafka.bootstrap, topic, 1);
    {
      await using producer = new AIOKafkaProducer({ bootstrapServers: kafka.bootstrap });
      await producer.start();
      for (let i = 0; i < 3_000; i++) await producer.send(topic, String(i).padEnd(200, '.'));
      await producer.flush();
    }
    await using consumer = new AIOKafkaConsumer({ bootstrapServers, autoOffsetReset: 'earliest' });
    await consumer.start();
    consumer.assign([topicPartition(topic, 0)]);
    proxy.corruptNextResponse(FetchApi.apiKey, 'flip');
    const seen: number[] = [];
    const errors: unknown[] = [];
    while (seen.length < 3_000) {
      try {
        const batch = await consumer.getMany({ timeoutMs: 10_000 });
        if (batch.size === 0) break;
        for (const records of batch.values()) for (const r of records) seen.push(numberOf(r.value));
      } catch (err) {
        errors.push(err);
        if (errors.length > 1) throw err;
      }
    }
    expect(errors.every((e) => e instanceof CorruptRecordError)).toBe(true);
    expect(seen).toEqual(Array.from({ length: 3_000 }, (_, i) => i));
  });

  it('answers drip-fed a few bytes at a time: everything still arrives whole', async () => {
    const topic = newTopic('proxy-drip');
    await createTopic(kafka.bootstrap, topic, 1);
    proxy.dripFeed(7, 1, 'toClient');
    await using producer = new AIOKafkaProducer({ bootstrapServers, lingerMs: 5 });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 100; i++) deliveries.push((await producer.send(topic, String(i))).delivered);
    await Promise.all(deliveries);
    await using consumer = new AIOKafkaConsumer({ bootstrapServers, autoOffsetReset: 'earliest' });
    await consumer.start();
    consumer.assign([topicPartition(topic, 0)]);
    const seen: number[] = [];
    while (seen.length < 100) {
      const batch = await consumer.getMany({ timeoutMs: 10_000 });
      if (batch.size === 0) break;
      for (const records of batch.values()) for (const r of records) seen.push(numberOf(r.value));
    }
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('a network that drops every answer for a while, then heals: nothing lost or duplicated', async () => {
    const topic = newTopic('proxy-blackhole');
    await createTopic(kafka.bootstrap, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, requestTimeoutMs: 1_500, lingerMs: 2 });
    await producer.start();
    const deliveries = [];
    for (let i = 0; i < 500; i++) deliveries.push((await producer.send(topic, String(i))).delivered);
    await deliveries[0];
    proxy.blackhole('toClient');
    for (let i = 500; i < 1_000; i++) deliveries.push((await producer.send(topic, String(i))).delivered);
    // Heal once the client gave up on the silent connection (its request timed out and it dialled again).
    await proxy.nextConnection();
    proxy.heal();
    const outcomes = await Promise.allSettled(deliveries);
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBe(0);
    await expectEachOnce(topic, 1_000);
  });

  it('flush({ timeoutMs }) reports what is undelivered; purge() fails queued, then in-flight records with PurgedError', async () => {
    const topic = newTopic('proxy-purge');
    await createTopic(kafka.bootstrap, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, lingerMs: 0, maxBatchSize: 1024 });
    await producer.start();
    await (await producer.send(topic, '0')).delivered;
    expect(await producer.flush({ timeoutMs: 1_000 })).toBe(0);
    proxy.blackhole('toBroker'); // requests leave the client and go nowhere
    const stuck = [];
    for (let i = 1; i <= 200; i++) stuck.push((await producer.send(topic, `${i}`.padEnd(100, '.'))).delivered);
    expect(await producer.flush({ timeoutMs: 300 })).toBe(200);
    expect(producer.pendingCount).toBe(200);
    const outcomes = stuck.map((d) =>
      d.then(
        () => 'delivered',
        (e: unknown) => e,
      ),
    );
    const queued = await producer.purge();
    expect(queued).toBeGreaterThan(0);
    expect(queued).toBeLessThan(200); // some batches are out, waiting for an answer
    expect(producer.pendingCount).toBe(200 - queued);
    expect(await producer.purge({ inFlight: true })).toBe(200 - queued);
    expect(producer.pendingCount).toBe(0);
    const errors = await Promise.all(outcomes);
    expect(errors.every((e) => e instanceof PurgedError)).toBe(true);
    expect(errors.filter((e) => (e as PurgedError).inFlight).length).toBe(200 - queued);
    proxy.heal().resetAll();
    const after = await producer.send(topic, '201');
    expect((await after.delivered).offset).toBe(1n);
    const numbers = (await readPartition(kafka.bootstrap, topic, 0)).map((r) => numberOf(r.value));
    expect(numbers).toEqual([0, 201]);
  });

  it('every connection reset mid-stream, twice: producer and consumer carry on', async () => {
    const topic = newTopic('proxy-reset');
    await createTopic(kafka.bootstrap, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, lingerMs: 2, maxBatchSize: 2048 });
    await using consumer = new AIOKafkaConsumer({ bootstrapServers, autoOffsetReset: 'earliest' });
    await producer.start();
    await consumer.start();
    consumer.assign([topicPartition(topic, 0)]);
    const deliveries = [];
    const seen: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 1_000; i++)
        deliveries.push((await producer.send(topic, String(round * 1_000 + i))).delivered);
      if (round < 2) proxy.resetAll();
      const batch = await consumer.getMany({ timeoutMs: 5_000 });
      for (const records of batch.values()) for (const r of records) seen.push(numberOf(r.value));
    }
    const outcomes = await Promise.allSettled(deliveries);
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBe(0);
    while (seen.length < 3_000) {
      const batch = await consumer.getMany({ timeoutMs: 10_000 });
      if (batch.size === 0) break;
      for (const records of batch.values()) for (const r of records) seen.push(numberOf(r.value));
    }
    expect(seen).toEqual(Array.from({ length: 3_000 }, (_, i) => i));
    await expectEachOnce(topic, 3_000);
  });

  it('transactions ended while every connection is down keep the transaction version: 20 aborts each followed by a commit, every committed record visible to read_committed, no aborted one', async () => {
    // An abort sent while the pool was empty once went out as EndTxn v4 on a transaction.version 2
    // cluster: no epoch bump, and the next transaction's records either failed with
    // INVALID_TXN_STATE or joined the aborted one's marker and were never visible.
    const topic = newTopic('proxy-txn-version');
    await createTopic(kafka.bootstrap, topic, 1);
    const clientId = `proxy-txn-${randomUUID()}`;
    await using producer = new AIOKafkaProducer({
      bootstrapServers,
      clientId,
      transactionalId: `proxy-txn-${randomUUID()}`,
      retryBackoffMs: 10,
    });
    await producer.start();
    const committed: string[] = [];
    for (let round = 0; round < 20; round++) {
      producer.beginTransaction();
      for (let i = 0; i < 3; i++) await producer.send(topic, `aborted-${round}-${i}`, { partition: 0 });
      await producer.flush();
      const closed = nextConnectionClose(clientId);
      proxy.resetAll();
      await closed;
      await producer.abortTransaction();
      producer.beginTransaction();
      for (let i = 0; i < 3; i++) {
        committed.push(`committed-${round}-${i}`);
        await producer.send(topic, committed[committed.length - 1], { partition: 0 });
      }
      await producer.commitTransaction();
    }
    await using reader = new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, isolationLevel: 'read_committed' });
    await reader.start();
    const tp = topicPartition(topic, 0);
    reader.assign([tp]);
    await reader.seekToBeginning(tp);
    // Until every committed record is read, or nothing new comes for 10 s (the last markers are
    // written after commitTransaction() resolves, so the last stable offset may trail for a moment).
    const seen: string[] = [];
    for (let idle = 0; seen.length < committed.length && idle < 2; ) {
      const batch = await reader.getMany({ timeoutMs: 5_000 });
      idle = batch.size === 0 ? idle + 1 : 0;
      for (const records of batch.values()) for (const r of records) seen.push(String(r.value));
    }
    expect(seen).toEqual(committed);
  });
});
