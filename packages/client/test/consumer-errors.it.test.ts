// Every row of the consumer's error-semantics table (README "Error semantics") against a real broker.
import {
  AbortError,
  CompressionType,
  ConsumerStoppedError,
  DeserializationError,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  TopicAuthorizationFailedError,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSingleNode, stopRun, testInfoFromState } from '../../../scripts/kafka/index.js';
import type { KafkaRunState } from '../../../scripts/kafka/types.js';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaConsumer, type ConsumerOptions, NoOffsetForPartitionError } from '../src/consumer/index.js';
import { type TopicPartition, topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, kafka, produce, records, topicName } from './consumer-helpers.js';

function consumer<K = Buffer | null, V = Buffer | null>(options: ConsumerOptions<K, V> = {}) {
  return new AIOKafkaConsumer<K, V>({ bootstrapServers: kafka.bootstrap, fetchMaxWaitMs: 100, ...options });
}

/** Runs `step` and returns the error it rejects with (fails when it resolves). */
async function errorOf(step: () => Promise<unknown>): Promise<Error> {
  try {
    await step();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to throw');
}

/** The first error a `for await` loop ends with, and the values it yielded before. */
async function forAwaitError(c: AIOKafkaConsumer<unknown, unknown>, max = 1): Promise<Error> {
  return errorOf(async () => {
    let n = 0;
    for await (const _ of c) if (++n >= max) break;
  });
}

describe('consumer error semantics', () => {
  let admin: Cluster;
  const topic = topicName('errors');
  let tp: TopicPartition;
  beforeAll(async () => {
    admin = await adminCluster();
    await createTopic(admin, topic, 1);
    tp = topicPartition(topic, 0);
    await produce(admin, topic, 0, records(10));
  });
  afterAll(() => admin?.close());

  it('stopped before the call: getOne and getMany throw ConsumerStoppedError, for await refuses to start', async () => {
    const c = consumer();
    await c.start();
    await c.stop();
    await expect(c.getOne()).rejects.toThrow(ConsumerStoppedError);
    await expect(c.getMany({ timeoutMs: 100 })).rejects.toThrow(ConsumerStoppedError);
    expect(() => c[Symbol.asyncIterator]()).toThrow(ConsumerStoppedError);
    await c.stop(); // idempotent
  });

  it('stopped while waiting: getOne and getMany reject with ConsumerStoppedError, for await ends cleanly', async () => {
    const c = consumer({ autoOffsetReset: 'latest' });
    await c.start();
    c.assign([tp]);
    const one = c.getOne();
    const many = c.getMany({ timeoutMs: 60_000 });
    let loopEnded = false;
    const loop = (async () => {
      for await (const _ of c) throw new Error('no record expected');
      loopEnded = true;
    })();
    await new Promise((r) => setTimeout(r, 300));
    await c.stop();
    await expect(one).rejects.toThrow(ConsumerStoppedError);
    await expect(many).rejects.toThrow(ConsumerStoppedError);
    await loop;
    expect(loopEnded).toBe(true);
  });

  describe('RecordTooLargeError (a batch inflating beyond maxDecompressedBytes)', () => {
    const t = topicName('too-large');
    let big: TopicPartition;
    beforeAll(async () => {
      await createTopic(admin, t, 1);
      big = topicPartition(t, 0);
      await produce(admin, t, 0, [{ value: Buffer.from('before') }]);
      // 2 MiB of zeros gzip to a few KB: the broker takes it, the consumer's 1 MiB cap refuses it.
      await produce(admin, t, 0, [{ value: Buffer.alloc(2 * 1024 * 1024) }], { compression: CompressionType.GZIP });
      await produce(admin, t, 0, [{ value: Buffer.from('after') }]);
    });
    const opts = { autoOffsetReset: 'earliest', maxDecompressedBytes: 1024 * 1024 } as const;

    it('getOne throws it, then goes on past the batch', async () => {
      await using c = consumer(opts);
      await c.start();
      c.assign([big]);
      expect((await c.getOne()).value?.toString()).toBe('before');
      const err = await errorOf(() => c.getOne());
      expect(err).toBeInstanceOf(RecordTooLargeError);
      expect(err.message).toMatch(/offset 1/);
      expect((await c.getOne()).value?.toString()).toBe('after');
    });

    it('getMany returns the records before it, then throws it', async () => {
      await using c = consumer(opts);
      await c.start();
      c.assign([big]);
      let first = new Map();
      while (first.size === 0) first = await c.getMany({ timeoutMs: 1_000 });
      expect(first.get(big).map((r: { offset: bigint }) => r.offset)).toEqual([0n]);
      await expect(c.getMany({ timeoutMs: 5_000 })).rejects.toThrow(RecordTooLargeError);
      let after = new Map();
      while (after.size === 0) after = await c.getMany({ timeoutMs: 1_000 });
      expect(after.get(big)[0].value.toString()).toBe('after');
    });

    it('for await logs and skips it', async () => {
      await using c = consumer(opts);
      await c.start();
      c.assign([big]);
      const values: string[] = [];
      for await (const r of c) {
        values.push(r.value?.toString() ?? '');
        if (values.length === 2) break;
      }
      expect(values).toEqual(['before', 'after']);
    });
  });

  it('OffsetOutOfRange with autoOffsetReset none is thrown from all three until the application seeks', async () => {
    await using c = consumer({ autoOffsetReset: 'none' });
    await c.start();
    c.assign([tp]);
    c.seek(tp, 1_000n);
    expect(await errorOf(() => c.getOne())).toBeInstanceOf(OffsetOutOfRangeError);
    expect(await errorOf(() => c.getMany({ timeoutMs: 5_000 }))).toBeInstanceOf(OffsetOutOfRangeError);
    expect(await forAwaitError(c)).toBeInstanceOf(OffsetOutOfRangeError);
    expect(await errorOf(() => c.getOne())).toBeInstanceOf(OffsetOutOfRangeError); // sticky
    c.seek(tp, 3n);
    expect((await c.getOne()).offset).toBe(3n);
  });

  it('OffsetOutOfRange with autoOffsetReset earliest resets silently', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    c.assign([tp]);
    c.seek(tp, 1_000n);
    expect((await c.getOne()).offset).toBe(0n);
  });

  it('NoOffsetForPartition with autoOffsetReset none is thrown from all three until the application seeks', async () => {
    await using c = consumer({ autoOffsetReset: 'none' });
    await c.start();
    c.assign([tp]);
    expect(await errorOf(() => c.getOne())).toBeInstanceOf(NoOffsetForPartitionError);
    expect(await errorOf(() => c.getMany({ timeoutMs: 5_000 }))).toBeInstanceOf(NoOffsetForPartitionError);
    expect(await forAwaitError(c)).toBeInstanceOf(NoOffsetForPartitionError);
    await expect(c.position(tp)).rejects.toThrow(NoOffsetForPartitionError);
    c.seek(tp, 9n);
    expect((await c.getOne()).offset).toBe(9n);
  });

  describe('a deserializer failure', () => {
    const failOn = (b: Buffer | null) => {
      const s = b?.toString() ?? '';
      if (s === 'v-4') throw new SyntaxError('not JSON');
      return s;
    };

    it('is thrown with topic, partition and offset; the position stays on the record', async () => {
      await using c = consumer<Buffer | null, string>({ autoOffsetReset: 'earliest', valueDeserializer: failOn });
      await c.start();
      c.assign([tp]);
      for (let i = 0; i < 4; i++) expect((await c.getOne()).value).toBe(`v-${i}`);
      const err = await errorOf(() => c.getOne());
      expect(err).toBeInstanceOf(DeserializationError);
      expect(err).toMatchObject({ topic, partition: 0, offset: 4n, field: 'value' });
      expect((err as DeserializationError).cause).toBeInstanceOf(SyntaxError);
      expect(await c.position(tp)).toBe(4n);
      expect(await errorOf(() => c.getOne())).toBeInstanceOf(DeserializationError); // repeats
      c.seek(tp, 5n);
      expect((await c.getOne()).value).toBe('v-5');
    });

    it('getMany hands out the records before it first, and for await throws it', async () => {
      await using c = consumer<Buffer | null, string>({ autoOffsetReset: 'earliest', valueDeserializer: failOn });
      await c.start();
      c.assign([tp]);
      let batch = new Map();
      while (batch.size === 0) batch = await c.getMany({ timeoutMs: 1_000 });
      expect(batch.get(tp).map((r: { value: string }) => r.value)).toEqual(['v-0', 'v-1', 'v-2', 'v-3']);
      expect(await errorOf(() => c.getMany({ timeoutMs: 1_000 }))).toMatchObject({ offset: 4n });
      expect(await forAwaitError(c)).toBeInstanceOf(DeserializationError);
      expect(await c.position(tp)).toBe(4n);
    });

    it('works with async deserializers too', async () => {
      await using c = consumer<Buffer | null, string>({
        autoOffsetReset: 'earliest',
        valueDeserializer: async (b) => failOn(b),
      });
      await c.start();
      c.assign([tp]);
      for (let i = 0; i < 4; i++) expect((await c.getOne()).value).toBe(`v-${i}`);
      expect(await errorOf(() => c.getOne())).toMatchObject({ offset: 4n });
    });
  });

  it('getMany honours timeoutMs and signal always, even with nothing assigned', async () => {
    await using c = consumer();
    await c.start();
    const t0 = performance.now();
    expect((await c.getMany({ timeoutMs: 300 })).size).toBe(0);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(performance.now() - t0).toBeLessThan(2_000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    await expect(c.getMany({ timeoutMs: 60_000, signal: ac.signal })).rejects.toThrow(AbortError);
    await expect(c.getMany({ signal: AbortSignal.abort() })).rejects.toThrow(AbortError);
  });

  describe('TopicAuthorizationFailed (broker with ACLs, client as User:CN=alice over TLS)', () => {
    let state: KafkaRunState;
    const secret = topicName('secret');
    let secretTp: TopicPartition;
    let options: ConsumerOptions;
    beforeAll(async () => {
      state = await startSingleNode({ acl: true, ownerPid: process.pid });
      const info = testInfoFromState(state);
      const { Cluster } = await import('../src/cluster/index.js');
      const { resolveCommonOptions } = await import('../src/config/common.js');
      const superUser = new Cluster({
        ...resolveCommonOptions({ bootstrapServers: info.bootstrap }),
        allowAutoTopicCreation: false,
      });
      await superUser.start();
      await createTopic(superUser, secret, 1);
      await produce(superUser, secret, 0, records(3));
      superUser.close();
      secretTp = topicPartition(secret, 0);
      options = {
        bootstrapServers: info.listeners.ssl,
        securityProtocol: 'SSL',
        sslContext: { ca: info.tls?.ca, cert: info.tls?.clientCert, key: info.tls?.clientKey },
        autoOffsetReset: 'earliest',
        fetchMaxWaitMs: 100,
        retryBackoffMaxMs: 200,
      };
    }, 180_000);
    afterAll(async () => {
      if (state) await stopRun(state);
    });

    it('is thrown from getOne, getMany and for await', async () => {
      await using c = new AIOKafkaConsumer(options);
      await c.start();
      c.assign([secretTp]);
      expect(await errorOf(() => c.getOne())).toBeInstanceOf(TopicAuthorizationFailedError);
      expect(await errorOf(() => c.getMany({ timeoutMs: 10_000 }))).toBeInstanceOf(TopicAuthorizationFailedError);
      expect(await forAwaitError(c as AIOKafkaConsumer<unknown, unknown>)).toBeInstanceOf(
        TopicAuthorizationFailedError,
      );
    });
  });
});
