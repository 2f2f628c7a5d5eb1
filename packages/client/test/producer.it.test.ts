import { randomBytes, randomUUID } from 'node:crypto';
import {
  IllegalOperationError,
  InvalidArgumentError,
  InvalidConfigError,
  InvalidTopicError,
  KafkaError,
  MessageSizeTooLargeError,
  ProducerClosedError,
  SerializationError,
  UnknownTopicOrPartitionError,
} from '@kafka-aio/protocol';
import { describe, expect, inject, it } from 'vitest';
import { runKafkaTool } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { partitionForKey } from '../src/producer/partitioner/index.js';
import type { RecordMetadata } from '../src/producer/record-metadata.js';
import { createTopic, endOffsets, readBatches, readPartition } from './support/raw-topic.js';

const kafka = inject('kafka');
const bootstrapServers = kafka.bootstrap;
const newTopic = (prefix = 'producer-it') => `${prefix}-${randomUUID()}`;

describe('AIOKafkaProducer', () => {
  it('sendAndWait delivers a record and reports where it landed', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 3);
    await using producer = new AIOKafkaProducer({ bootstrapServers });
    await producer.start();
    const md = await producer.sendAndWait(topic, 'hello', { key: 'k1', partition: 2, timestampMs: 1_700_000_000_123 });
    expect(md).toMatchObject({
      topic,
      partition: 2,
      offset: 0n,
      timestamp: 1_700_000_000_123n,
      timestampType: 'CreateTime',
    });
    expect(md.serializedKeySize).toBe(2);
    expect(md.serializedValueSize).toBe(5);
    const [r] = await readPartition(bootstrapServers, topic, 2);
    expect(r.key?.toString()).toBe('k1');
    expect(r.value?.toString()).toBe('hello');
  });

  it.each(['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const)(
    'records compressed with %s are read back identically by Kafka’s Java console consumer',
    async (compressionType) => {
      const topic = newTopic(`interop-${compressionType}`);
      await createTopic(bootstrapServers, topic, 1);
      const producer = new AIOKafkaProducer({ bootstrapServers, compressionType, lingerMs: 20 });
      await producer.start();
      const sent = [
        {
          key: 'alpha',
          value: 'first value',
          headers: [
            ['h1', 'x'],
            ['h1', 'y'],
            ['h2', null],
          ] as [string, string | null][],
          ts: 1_600_000_000_001,
        },
        { key: null, value: 'keyless', headers: [], ts: 1_600_000_000_002 },
        { key: 'tomb', value: null, headers: [['only', 'one']] as [string, string][], ts: 1_600_000_000_003 },
        { key: 'ünï', value: 'ç'.repeat(300), headers: [], ts: 1_600_000_000_004 },
      ];
      const pending = [];
      for (const s of sent)
        pending.push(await producer.send(topic, s.value, { key: s.key, headers: s.headers, timestampMs: s.ts }));
      const metas = await Promise.all(pending.map((p) => p.delivered));
      expect(metas.map((m) => m.offset)).toEqual([0n, 1n, 2n, 3n]);
      await producer.stop();

      const out = await runKafkaTool(
        kafka.version,
        'org.apache.kafka.tools.consumer.ConsoleConsumer',
        [
          '--bootstrap-server',
          bootstrapServers,
          '--topic',
          topic,
          // Read the partition directly (no group): the test is about the batch format, and a group
          // join once left the tool idle for its whole timeout with 0 records on a loaded CI machine.
          '--partition',
          '0',
          '--offset',
          'earliest',
          '--max-messages',
          String(sent.length),
          // Idle time allowed before the first record: 20 s ran out once on a loaded CI machine. It
          // exits as soon as it has every record, so a generous bound costs nothing.
          '--timeout-ms',
          '60000',
          '--property',
          'print.key=true',
          '--property',
          'print.headers=true',
          '--property',
          'print.timestamp=true',
          '--property',
          'key.separator=|',
          '--property',
          'headers.separator=,',
          '--property',
          'null.literal=<null>',
        ],
        { timeoutMs: 120_000 },
      );
      const lines = out.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('CreateTime'));
      // On a mismatch, show what the Java tool said (it is slow to start on a loaded machine).
      expect(
        lines,
        `console consumer exit ${out.code}${out.timedOut ? ' (timed out)' : ''}:\n${out.stdout}\n${out.stderr.slice(-2000)}`,
      ).toEqual([
        'CreateTime:1600000000001|h1:x,h1:y,h2:<null>|alpha|first value',
        'CreateTime:1600000000002|NO_HEADERS|<null>|keyless',
        'CreateTime:1600000000003|only:one|tomb|<null>',
        `CreateTime:1600000000004|NO_HEADERS|ünï|${'ç'.repeat(300)}`,
      ]);
    },
    180_000,
  );

  it('pipelines many sends and flush() waits for all of them; keyed records go where Java puts them', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 4);
    const producer = new AIOKafkaProducer({ bootstrapServers });
    await producer.start();
    const n = 20_000;
    const pending = [];
    for (let i = 0; i < n; i++)
      pending.push(await producer.send(topic, Buffer.alloc(100, i % 256), { key: `key-${i % 50}` }));
    await producer.flush();
    for (let i = 0; i < 50; i++)
      expect(pending[i].topicPartition.partition).toBe(partitionForKey(Buffer.from(`key-${i}`), 4));
    const ends = await endOffsets(bootstrapServers, topic, 4);
    expect(ends.reduce((a, b) => a + b, 0n)).toBe(BigInt(n));
    const metas = await Promise.all(pending.map((p) => p.delivered));
    // Per partition, offsets follow send order with no gaps or repeats.
    const byPartition = new Map<number, bigint[]>();
    for (const m of metas) byPartition.set(m.partition, [...(byPartition.get(m.partition) ?? []), m.offset]);
    for (const [p, offsets] of byPartition) expect(offsets, `partition ${p}`).toEqual(offsets.map((_, i) => BigInt(i)));
    await producer.stop();
  });

  it('keyless records stick to one partition per batch (KIP-794) and spread across partitions', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 3);
    await using producer = new AIOKafkaProducer({ bootstrapServers, maxBatchSize: 1024 });
    await producer.start();
    const parts: number[] = [];
    for (let i = 0; i < 300; i++) parts.push((await producer.send(topic, Buffer.alloc(100))).topicPartition.partition);
    await producer.flush();
    const switches = parts.filter((p, i) => i > 0 && p !== parts[i - 1]).length;
    expect(switches).toBeGreaterThan(3);
    expect(switches).toBeLessThan(100);
    expect(new Set(parts).size).toBeGreaterThan(1);
  });

  it('applies backpressure when bufferMemory is full and still delivers everything', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 2);
    await using producer = new AIOKafkaProducer({ bootstrapServers, bufferMemory: 64 * 1024, maxBatchSize: 16 * 1024 });
    await producer.start();
    let maxBuffered = 0;
    for (let i = 0; i < 2000; i++) {
      await producer.send(topic, Buffer.alloc(1000));
      maxBuffered = Math.max(maxBuffered, producer.bufferedBytes);
    }
    await producer.flush();
    expect(maxBuffered).toBeLessThanOrEqual(64 * 1024);
    const ends = await endOffsets(bootstrapServers, topic, 2);
    expect(ends[0] + ends[1]).toBe(2000n);
  });

  it('sizes compressed batches by their compressed size, learnt per topic, and backs off when data stops compressing', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const maxBatchSize = 16 * 1024;
    await using producer = new AIOKafkaProducer({
      bootstrapServers,
      compressionType: 'lz4',
      maxBatchSize,
      lingerMs: 5,
    });
    await producer.start();
    const words = 'order customer invoice shipped pending amount region warehouse quantity'.split(' ');
    const text = (i: number) =>
      Buffer.from(
        Array.from({ length: 120 }, (_, j) => words[(i * 7 + j * j) % 9])
          .join(' ')
          .slice(0, 1000),
      );
    const sent: Buffer[] = [];
    const phase = async (n: number, make: (i: number) => Buffer) => {
      const first = sent.length;
      for (let i = 0; i < n; i++) {
        const value = make(first + i);
        sent.push(value);
        await producer.send(topic, value, { partition: 0 });
      }
      await producer.flush();
      return { from: BigInt(first), to: BigInt(sent.length) };
    };
    await phase(500, text); // the producer learns how well this topic compresses
    const learnt = await phase(2000, text);
    const surprise = await phase(300, () => randomBytes(1000)); // batched before the estimate saw it
    const adjusted = await phase(300, () => randomBytes(1000));
    const batches = await readBatches(bootstrapServers, topic, 0);
    const within = (r: { from: bigint; to: bigint }) =>
      batches.filter((b) => b.baseOffset >= r.from && b.lastOffset < r.to);
    // Uncompressed, a 16 KiB batch holds at most 16 of these records; compressed ones hold more.
    const learntCounts = within(learnt).map((b) => b.records.length);
    expect(Math.max(...learntCounts)).toBeGreaterThan(32);
    for (const b of within(learnt)) expect(b.sizeInBytes).toBeLessThanOrEqual(maxBatchSize * 1.2);
    // Incompressible data in batches sized by the old estimate overshoots, by at most 4×.
    for (const b of within(surprise)) expect(b.sizeInBytes).toBeLessThanOrEqual(maxBatchSize * 4.2);
    // Once observed, batches are back to maxBatchSize.
    expect(within(adjusted).length).toBeGreaterThan(10);
    for (const b of within(adjusted)) expect(b.sizeInBytes).toBeLessThanOrEqual(maxBatchSize * 1.2);
    const back = await readPartition(bootstrapServers, topic, 0);
    expect(back.length).toBe(sent.length);
    expect(back.every((r, i) => r.offset === BigInt(i) && r.value?.equals(sent[i]))).toBe(true);
  });

  it('uses key and value serializers, including async ones (e.g. a Schema Registry lookup)', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AIOKafkaProducer<number, { id: number }>({
      bootstrapServers,
      keySerializer: (k) => Buffer.from(String(k)),
      valueSerializer: async (v, t) => Buffer.from(JSON.stringify({ ...v, topic: t })),
    });
    await producer.start();
    await producer.sendAndWait(topic, { id: 7 }, { key: 7 });
    const failing = new AIOKafkaProducer<never, string>({
      bootstrapServers,
      valueSerializer: async () => {
        throw new Error('registry down');
      },
    });
    await failing.start();
    await expect(failing.send(topic, 'x')).rejects.toThrow(/value serializer failed for topic .*registry down/);
    await failing.stop();
    const [r] = await readPartition(bootstrapServers, topic, 0);
    expect(r.key?.toString()).toBe('7');
    expect(JSON.parse(r.value!.toString())).toEqual({ id: 7, topic });
  });

  it('createBatch() + sendBatch() writes a hand-built batch at consecutive offsets', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 2);
    await using producer = new AIOKafkaProducer({ bootstrapServers, maxBatchSize: 2_000 });
    await producer.start();
    await producer.sendAndWait(topic, 'first', { partition: 1 });
    const batch = producer.createBatch();
    let taken = 0;
    while (batch.append({ value: `record ${taken}`, key: 'k', timestampMs: 1_000 + taken }) !== null) taken++;
    expect(taken).toBeGreaterThan(10);
    expect(batch.recordCount()).toBe(taken);
    const pending = await producer.sendBatch(batch, topic, { partition: 1 });
    expect((await pending.delivered).offset).toBe(1n);
    const records = await readPartition(bootstrapServers, topic, 1);
    expect(records.map((r) => r.value?.toString())).toEqual([
      'first',
      ...Array.from({ length: taken }, (_, i) => `record ${i}`),
    ]);
    expect(records[5].timestamp).toBe(1_004n);
  });

  it('calls the delivery callback for every record (confluent on_delivery)', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const seen: (RecordMetadata | null)[] = [];
    await using producer = new AIOKafkaProducer({
      bootstrapServers,
      onDelivery: (err, md) => seen.push(err ? null : md),
    });
    await producer.start();
    let perRecord = 0;
    for (let i = 0; i < 10; i++) await producer.send(topic, `v${i}`, { onDelivery: () => perRecord++ });
    await producer.flush();
    expect(seen.map((m) => m?.offset)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
    expect(perRecord).toBe(10);
  });

  it('delivery callbacks that throw: every record is still delivered, every callback still called, and each exception reaches the logger and errorCallback', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const reported: KafkaError[] = [];
    const logged: string[] = [];
    let global = 0;
    await using producer = new AIOKafkaProducer({
      bootstrapServers,
      onDelivery: () => {
        global++;
        throw new Error('global callback failed');
      },
      errorCallback: (e) => reported.push(e),
      logger: { debug() {}, info() {}, warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) },
    });
    await producer.start();
    let perRecord = 0;
    const pending = [];
    for (let i = 0; i < 5; i++)
      pending.push(
        await producer.send(topic, `v${i}`, {
          onDelivery: () => {
            perRecord++;
            throw new Error(`record callback ${i} failed`);
          },
        }),
      );
    const offsets = await Promise.all(pending.map((p) => p.delivered.then((md) => md.offset)));
    expect(offsets).toEqual([0n, 1n, 2n, 3n, 4n]);
    expect([global, perRecord]).toEqual([5, 5]);
    expect(reported).toHaveLength(10);
    expect(reported.every((e) => e instanceof KafkaError && /a delivery callback threw/.test(e.message))).toBe(true);
    expect(reported.map((e) => (e.cause as Error).message).sort()).toEqual(
      [...Array(5).fill('global callback failed'), ...[0, 1, 2, 3, 4].map((i) => `record callback ${i} failed`)].sort(),
    );
    expect(logged.filter((m) => /a delivery callback threw/.test(m))).toHaveLength(10);
    // The producer carries on.
    expect((await producer.sendAndWait(topic, 'after')).offset).toBe(5n);
  });

  it('with acks=0 resolves with offset -1 (the broker sends no reply)', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AIOKafkaProducer({ bootstrapServers, acks: 0 });
    await producer.start();
    const md = await producer.sendAndWait(topic, 'fire and forget', { timestampMs: 42 });
    expect(md.offset).toBe(-1n);
    expect(md.timestamp).toBe(42n);
    await producer.flush();
    for (let i = 0; i < 50 && (await endOffsets(bootstrapServers, topic, 1))[0] === 0n; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await endOffsets(bootstrapServers, topic, 1))[0]).toBe(1n);
  });

  describe('bad input gets a clear error and loses nothing else', () => {
    it('rejects invalid options at construction, naming the option', () => {
      expect(() => new AIOKafkaProducer({ acks: 2 as never })).toThrow(/option acks must be one of/);
      expect(() => new AIOKafkaProducer({ lingerMS: 5 } as never)).toThrow(
        /unknown producer option "lingerMS" \(did you mean "lingerMs"\?\)/,
      );
      expect(() => new AIOKafkaProducer({ compressionType: 'brotli' as never })).toThrow(InvalidConfigError);
      expect(() => new AIOKafkaProducer({ enableIdempotence: true, acks: 1 })).toThrow(/acks must be 'all'/);
      expect(() => new AIOKafkaProducer({ maxInFlightRequests: 6, enableIdempotence: true })).toThrow(
        /maxInFlightRequests/,
      );
    });

    it('a record over maxRequestSize, a non-Buffer value, a missing partition; other records still go through', async () => {
      const topic = newTopic();
      await createTopic(bootstrapServers, topic, 1);
      await using producer = new AIOKafkaProducer({ bootstrapServers, maxRequestSize: 10_000 });
      await producer.start();
      const ok1 = await producer.send(topic, 'before');
      await expect(producer.send(topic, Buffer.alloc(20_000))).rejects.toThrow(MessageSizeTooLargeError);
      await expect(producer.send(topic, { an: 'object' } as never)).rejects.toThrow(SerializationError);
      await expect(producer.send(topic, 'x', { partition: 7 })).rejects.toThrow(/partition 7 does not exist/);
      await expect(producer.send(topic, 'x', { partition: 7 })).rejects.toBeInstanceOf(InvalidArgumentError);
      const ok2 = await producer.send(topic, 'after');
      expect((await ok1.delivered).offset).toBe(0n);
      expect((await ok2.delivered).offset).toBe(1n);
    });

    it('input checked at the boundary: undefined value, malformed headers, illegal topic names fail at once with typed errors', async () => {
      const topic = newTopic();
      await createTopic(bootstrapServers, topic, 1);
      await using producer = new AIOKafkaProducer({ bootstrapServers, maxBlockMs: 60_000 });
      await producer.start();
      await expect(producer.send(topic, undefined as never)).rejects.toThrow(/pass null to send a tombstone/);
      await expect(producer.send(topic, undefined as never)).rejects.toBeInstanceOf(SerializationError);
      for (const headers of [[['k', 5]], [null], [['k']], [{ value: 'v' }], 'k=v']) {
        await expect(producer.send(topic, 'x', { headers: headers as never })).rejects.toBeInstanceOf(
          SerializationError,
        );
      }
      const started = performance.now();
      for (const name of ['bad topic!', 'x'.repeat(300), '', '..', 'ü']) {
        await expect(producer.send(name, 'x')).rejects.toBeInstanceOf(InvalidTopicError);
      }
      await expect(producer.send('bad topic!', 'x')).rejects.toThrow(/ASCII letters, digits.*" ", "!"/);
      await expect(producer.send('x'.repeat(300), 'x')).rejects.toThrow(/at most 249 characters, this one has 300/);
      // Failed without asking the broker: far below maxBlockMs.
      expect(performance.now() - started).toBeLessThan(5_000);
      const tombstone = await producer.send(topic, null);
      const ok = await producer.send(topic, 'after', {
        headers: [
          ['k', 'v'],
          ['n', null],
        ],
      });
      expect([(await tombstone.delivered).offset, (await ok.delivered).offset]).toEqual([0n, 1n]);
      const [t, r] = await readPartition(bootstrapServers, topic, 0);
      expect(t.value).toBeNull();
      expect(r.headers.map((h) => [h.key, h.value?.toString() ?? null])).toEqual([
        ['k', 'v'],
        ['n', null],
      ]);
    });

    it("listTopics() lists brokers, topics and each partition's leader, replicas and ISR", async () => {
      const topic = newTopic();
      await createTopic(bootstrapServers, topic, 3);
      await using producer = new AIOKafkaProducer({ bootstrapServers });
      await producer.start();
      const all = await producer.listTopics();
      expect(all.brokers.length).toBeGreaterThan(0);
      const info = all.topics.get(topic);
      expect(info?.partitions.map((p) => p.partition)).toEqual([0, 1, 2]);
      const leader = all.brokers[0].nodeId;
      expect(info?.partitions.every((p) => p.leader === leader && p.isr.includes(leader))).toBe(true);
      const one = await producer.listTopics({ topic });
      expect([...one.topics.keys()]).toEqual([topic]);
      const missing = await producer.listTopics({ topic: newTopic('missing') });
      expect(missing.topics.size).toBe(0);
      expect([...missing.topicErrors.values()]).toEqual([3]); // UNKNOWN_TOPIC_OR_PARTITION
    });

    it('an unknown topic when auto-creation is off fails with UnknownTopicOrPartitionError naming it', async () => {
      await using producer = new AIOKafkaProducer({
        bootstrapServers,
        allowAutoCreateTopics: false,
        maxBlockMs: 1_500,
      });
      await producer.start();
      const topic = newTopic('missing');
      await expect(producer.send(topic, 'x')).rejects.toThrow(UnknownTopicOrPartitionError);
      await expect(producer.send(topic, 'x')).rejects.toThrow(topic);
    });

    it('send after stop() fails with ProducerClosedError; a transactional send outside a transaction fails', async () => {
      const producer = new AIOKafkaProducer({ bootstrapServers });
      await producer.start();
      await producer.stop();
      await expect(producer.send('t', 'x')).rejects.toThrow(ProducerClosedError);
      const txn = new AIOKafkaProducer({ bootstrapServers, transactionalId: `txn-${randomUUID()}` });
      await txn.start();
      await expect(txn.send('t', 'x')).rejects.toThrow(IllegalOperationError);
      await txn.stop();
    });
  });
});
