// AIOKafkaConsumer with manual assignment (no group) against the real broker.
import { CompressionType, ConsumerStoppedError, IllegalStateError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaConsumer, type ConsumerRecord, OFFSET_BEGINNING, OFFSET_END } from '../src/consumer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import {
  adminCluster,
  consoleProduce,
  createTopic,
  eventually,
  kafka,
  produce,
  records,
  topicName,
} from './consumer-helpers.js';

function consumer(options: ConstructorParameters<typeof AIOKafkaConsumer>[0] = {}) {
  return new AIOKafkaConsumer({ bootstrapServers: kafka.bootstrap, fetchMaxWaitMs: 100, ...(options as object) });
}

/** Reads until `count` records arrived (or fails after 30 s). */
async function readN<K, V>(c: AIOKafkaConsumer<K, V>, count: number): Promise<ConsumerRecord<K, V>[]> {
  const out: ConsumerRecord<K, V>[] = [];
  const deadline = Date.now() + 30_000;
  while (out.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${out.length} of ${count} records arrived`);
    const batch = await c.getMany({ timeoutMs: 1_000 });
    for (const list of batch.values()) out.push(...list);
  }
  return out;
}

describe('AIOKafkaConsumer with assign()', () => {
  let admin: Cluster;
  const topic = topicName('assign');
  beforeAll(async () => {
    admin = await adminCluster();
    await createTopic(admin, topic, 3);
    for (let p = 0; p < 3; p++) await produce(admin, topic, p, records(100, `p${p}`));
  });
  afterAll(() => admin?.close());

  it('reads every record of the assigned partitions in order with getMany', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const tps = [0, 1, 2].map((p) => topicPartition(topic, p));
    c.assign(tps);
    expect(c.assignment()).toEqual(new Set(tps));
    const got = await readN(c, 300);
    expect(got).toHaveLength(300);
    for (const tp of tps) {
      const mine = got.filter((r) => r.topicPartition === tp);
      expect(mine.map((r) => r.offset)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i)));
      expect(mine[5].value?.toString()).toBe(`p${tp.partition}-5`);
      expect(mine[5].key?.toString()).toBe('k-5');
      expect(mine[5].timestampType).toBe('CreateTime');
      expect(typeof mine[5].timestamp).toBe('bigint');
      expect(mine[5].serializedValueSize).toBe(`p${tp.partition}-5`.length);
      expect(await c.position(tp)).toBe(100n);
      expect(c.highwater(tp)).toBe(100n);
      expect(c.lastStableOffset(tp)).toBe(100n);
      expect(c.lastPollTimestamp(tp)).toBeGreaterThan(Date.now() - 60_000);
    }
  });

  it('returns a Map keyed by interned TopicPartitions and honours maxRecords', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const tp = topicPartition(topic, 1);
    c.assign([tp]);
    let batch = new Map();
    await eventually(async () => {
      batch = await c.getMany({ timeoutMs: 500, maxRecords: 7 });
      return batch.size > 0;
    });
    expect([...batch.keys()]).toEqual([tp]);
    expect(batch.get(topicPartition(topic, 1))).toHaveLength(7);
    expect(await c.position(tp)).toBe(7n);
  });

  it('getOne and for await hand out records one by one', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const tp = topicPartition(topic, 2);
    c.assign([tp]);
    const first = await c.getOne();
    expect(first.offset).toBe(0n);
    const second = await c.getOne(tp);
    expect(second.offset).toBe(1n);
    const seen: bigint[] = [];
    for await (const r of c) {
      seen.push(r.offset);
      if (seen.length === 10) {
        expect(await c.position(tp)).toBe(12n);
        break;
      }
    }
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 2)));
    // Leaving the loop stopped the consumer, as leaving a for await over a stream destroys it.
    await expect(c.getOne()).rejects.toBeInstanceOf(ConsumerStoppedError);
  });

  it('starts at the end with autoOffsetReset latest and sees only new records', async () => {
    await using c = consumer({ autoOffsetReset: 'latest' });
    await c.start();
    const tp = topicPartition(topic, 0);
    c.assign([tp]);
    expect(await c.position(tp)).toBe(100n);
    const t = topicName('latest');
    await createTopic(admin, t, 1);
    await produce(admin, topic, 0, records(3, 'late'));
    const got = await readN(c, 3);
    expect(got.map((r) => r.value?.toString())).toEqual(['late-0', 'late-1', 'late-2']);
    expect(got[0].offset).toBe(100n);
  });

  it('seeks, seeks to the beginning and end, and reports offsets', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const tp = topicPartition(topic, 1);
    c.assign([tp]);
    c.seek(tp, 42n);
    expect(await c.position(tp)).toBe(42n);
    expect((await c.getOne()).offset).toBe(42n);
    await c.seekToEnd(tp);
    expect(await c.position(tp)).toBe(100n);
    await c.seekToBeginning();
    expect(await c.position(tp)).toBe(0n);
    expect((await c.getOne()).offset).toBe(0n);
    c.seek(tp, OFFSET_END);
    expect(await c.position(tp)).toBe(100n);
    c.seek(tp, OFFSET_BEGINNING);
    expect(await c.position(tp)).toBe(0n);

    const tps = [0, 1, 2].map((p) => topicPartition(topic, p));
    expect(await c.beginningOffsets(tps)).toEqual(new Map(tps.map((x) => [x, 0n])));
    const ends = await c.endOffsets(tps);
    expect(ends.get(tps[2])).toBe(100n);
    const times = await c.offsetsForTimes(new Map([[tp, 0]]));
    expect(times.get(tp)?.offset).toBe(0n);
    const future = await c.offsetsForTimes(new Map([[tp, Date.now() + 3_600_000]]));
    expect(future.get(tp)).toBeNull();
    expect(c.partitionsForTopic(topic)).toEqual(new Set([0, 1, 2]));
    expect(await c.topics()).toContain(topic);
    expect(() => c.seek(topicPartition(topic, 9), 0n)).toThrow(IllegalStateError);
  });

  it('pauses and resumes partitions', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const [a, b] = [topicPartition(topic, 0), topicPartition(topic, 1)];
    c.assign([a, b]);
    c.pause(a);
    expect(c.paused()).toEqual(new Set([a]));
    const got = await readN(c, 100);
    expect(new Set(got.map((r) => r.partition))).toEqual(new Set([1]));
    expect((await c.getMany({ timeoutMs: 300 })).size).toBe(0);
    c.resume(a);
    const more = await readN(c, 100);
    expect(new Set(more.map((r) => r.partition))).toEqual(new Set([0]));
  });

  it('decodes every compression codec', async () => {
    const t = topicName('codecs');
    await createTopic(admin, t, 1);
    const codecs = [CompressionType.GZIP, CompressionType.SNAPPY, CompressionType.LZ4, CompressionType.ZSTD];
    for (const [i, compression] of codecs.entries()) await produce(admin, t, 0, records(50, `c${i}`), { compression });
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    c.assign([topicPartition(t, 0)]);
    const got = await readN(c, 200);
    expect(got.map((r) => r.offset)).toEqual(Array.from({ length: 200 }, (_, i) => BigInt(i)));
    expect(got[199].value?.toString()).toBe('c3-49');
  });

  it('starts from a seek into the middle of a compressed batch', async () => {
    const t = topicName('midbatch');
    await createTopic(admin, t, 1);
    await produce(admin, t, 0, records(20), { compression: CompressionType.LZ4 });
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    const tp = topicPartition(t, 0);
    c.assign([tp]);
    c.seek(tp, 13);
    const got = await readN(c, 7);
    expect(got.map((r) => r.offset)).toEqual([13n, 14n, 15n, 16n, 17n, 18n, 19n]);
  });

  it('reads records written by Kafka’s Java console producer (interop)', async () => {
    const t = topicName('interop');
    await createTopic(admin, t, 1);
    const lines = Array.from({ length: 25 }, (_, i) => `key-${i}:välue ${i} ✓`);
    await consoleProduce(t, lines, ':');
    await using c = new AIOKafkaConsumer<string, string>({
      bootstrapServers: kafka.bootstrap,
      autoOffsetReset: 'earliest',
      keyDeserializer: (b) => b?.toString('utf8') ?? '',
      valueDeserializer: (b) => b?.toString('utf8') ?? '',
    });
    await c.start();
    c.assign([topicPartition(t, 0)]);
    const got = await readN(c, 25);
    expect(got.map((r) => `${r.key}:${r.value}`)).toEqual(lines);
  });

  it('keeps a fetch session with the broker (KIP-227)', async () => {
    await using c = consumer({ autoOffsetReset: 'earliest' });
    await c.start();
    c.assign([0, 1, 2].map((p) => topicPartition(topic, p)));
    await readN(c, 300);
    await c.getMany({ timeoutMs: 500 });
    // biome-ignore lint/suspicious/noExplicitAny: test reaches into the engine
    const sessions: Map<number, number> = (c as any).running.fetcher.sessionIds();
    expect([...sessions.values()].some((id) => id !== 0)).toBe(true);
  });

  it('bounds buffered bytes by maxPrefetchBytes', async () => {
    const t = topicName('budget');
    await createTopic(admin, t, 4);
    // 10 KB records in batches of 5: a broker may exceed a fetch's byte limit by one batch (KIP-74).
    const batch = Array.from({ length: 5 }, (_, i) => ({ value: Buffer.alloc(10_000, i) }));
    for (let p = 0; p < 4; p++) for (let k = 0; k < 40; k++) await produce(admin, t, p, batch);
    await using c = consumer({
      autoOffsetReset: 'earliest',
      maxPrefetchBytes: 300_000,
      maxPartitionFetchBytes: 100_000,
    });
    await c.start();
    c.assign([0, 1, 2, 3].map((p) => topicPartition(t, p)));
    // biome-ignore lint/suspicious/noExplicitAny: test reaches into the engine
    const buffer = (c as any).running.fetcher.buffer;
    let peak = 0;
    let total = 0;
    while (total < 800) {
      await new Promise((r) => setTimeout(r, 20));
      peak = Math.max(peak, buffer.bytes);
      const batch = await c.getMany({ timeoutMs: 1_000, maxRecords: 10 });
      for (const l of batch.values()) total += l.length;
    }
    expect(total).toBe(800);
    // Buffered plus in-flight bytes stay within the budget, give or take the one batch KIP-74 allows.
    expect(peak).toBeLessThanOrEqual(300_000 + 51_000);
    expect(peak).toBeGreaterThan(100_000);
  });

  it('subscribes without a group: every partition of the topic is assigned', async () => {
    const t = topicName('nogroup');
    await createTopic(admin, t, 2);
    for (let p = 0; p < 2; p++) await produce(admin, t, p, records(30));
    await using c = new AIOKafkaConsumer(t, { bootstrapServers: kafka.bootstrap, autoOffsetReset: 'earliest' });
    await c.start();
    expect(c.assignment()).toEqual(new Set([0, 1].map((p) => topicPartition(t, p))));
    expect(c.subscription()).toEqual(new Set([t]));
    expect(await readN(c, 60)).toHaveLength(60);
  });
});
