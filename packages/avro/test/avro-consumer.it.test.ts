import { AvroConsumer, AvroProducer, SchemaRegistryClient } from '@kafka-aio/avro';
import { AIOKafkaProducer, topicPartition } from '@kafka-aio/client';
import { DeserializationError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopic, kafka, newTopic, useRegistry } from './support.js';

// AvroConsumer on AIOKafkaConsumer against a real broker and a real Apicurio Registry.

const bootstrapServers = kafka.bootstrap;
const v1 = { type: 'record', name: 'Event', namespace: 'it.consumer', fields: [{ name: 'n', type: 'int' }] };
const v2 = {
  ...v1,
  fields: [
    { name: 'n', type: 'int' },
    { name: 'kind', type: { type: 'enum', name: 'Kind', symbols: ['A', 'B'] }, default: 'A' },
  ],
};

let registry: { url: string; stop: () => Promise<void> };
let client: SchemaRegistryClient;

beforeAll(async () => {
  registry = await useRegistry();
  client = new SchemaRegistryClient({ url: registry.url });
});

afterAll(async () => {
  client?.close();
  await registry?.stop();
});

describe('AvroConsumer', () => {
  it('decodes keys and values, resolving old data to a newer reader schema', async () => {
    const topic = newTopic('avro-consumer');
    await createTopic(bootstrapServers, topic, 1);
    {
      await using producer = new AvroProducer({
        bootstrapServers,
        schemaRegistry: client,
        defaultKeySchema: '"string"',
        defaultValueSchema: v1,
      });
      await producer.start();
      for (let n = 0; n < 5; n++) await producer.send(topic, { n }, { key: `k${n}` });
      await producer.flush();
    }
    await using consumer = new AvroConsumer<string, { n: number; kind: string }>(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      schemaRegistryUrl: registry.url,
      readerValueSchema: v2,
    });
    await consumer.start();
    const seen: { key: string | null; value: unknown }[] = [];
    for await (const r of consumer) {
      seen.push({ key: r.key, value: r.value });
      if (seen.length === 5) break;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((n) => ({ key: `k${n}`, value: { n, kind: 'A' } })));
  });

  it('with avroKeys: false, plain keys go through the keyDeserializer given (and one without avroKeys: false is refused)', async () => {
    const topic = newTopic('avro-consumer');
    await createTopic(bootstrapServers, topic, 1);
    {
      await using producer = new AvroProducer({ bootstrapServers, schemaRegistry: client, defaultValueSchema: v1 });
      await producer.start();
      for (let n = 0; n < 3; n++) await producer.send(topic, { n }, { key: `plain-${n}` }); // no key schema: as is
      await producer.flush();
    }
    expect(
      () =>
        new AvroConsumer(topic, {
          bootstrapServers,
          schemaRegistry: client,
          keyDeserializer: (b) => b?.toString() ?? null,
        }),
    ).toThrow(/keyDeserializer needs avroKeys: false/);
    await using consumer = new AvroConsumer<string, { n: number }>(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      schemaRegistry: client,
      avroKeys: false,
      keyDeserializer: (bytes) => bytes?.toString() ?? null,
    });
    await consumer.start();
    const seen: (string | null)[] = [];
    for await (const r of consumer) {
      expect(typeof r.key).toBe('string');
      seen.push(r.key);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['plain-0', 'plain-1', 'plain-2']);
  });

  it('a record that is not Avro is a DeserializationError with topic, partition and offset; seek skips it', async () => {
    const topic = newTopic('avro-consumer');
    await createTopic(bootstrapServers, topic, 1);
    {
      await using raw = new AIOKafkaProducer({ bootstrapServers });
      await raw.start();
      await raw.sendAndWait(topic, 'not avro', { partition: 0 });
    }
    {
      await using producer = new AvroProducer({ bootstrapServers, schemaRegistry: client, defaultValueSchema: v1 });
      await producer.start();
      await producer.sendAndWait(topic, { n: 9 }, { partition: 0 });
    }
    await using consumer = new AvroConsumer(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      schemaRegistry: client,
      avroKeys: false,
    });
    await consumer.start();
    const err = await consumer.getOne().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect(err).toMatchObject({ topic, partition: 0, offset: 0n, field: 'value' });
    expect((err as Error).message).toMatch(/unknown magic byte/);
    consumer.seek(topicPartition(topic, 0), 1n);
    const r = await consumer.getOne();
    expect(r.value).toEqual({ n: 9 });
    expect(r.offset).toBe(1n);
  });

  it('getMany decodes a batch with no registry calls after the first record', async () => {
    const topic = newTopic('avro-consumer');
    await createTopic(bootstrapServers, topic, 1);
    let requests = 0;
    const counting = new SchemaRegistryClient({ url: registry.url, onRequest: () => requests++ });
    {
      await using producer = new AvroProducer({ bootstrapServers, schemaRegistry: counting, defaultValueSchema: v1 });
      await producer.start();
      for (let n = 0; n < 100; n++) await producer.send(topic, { n }, { partition: 0 });
      await producer.flush();
    }
    expect(requests).toBe(1); // one registration
    await using consumer = new AvroConsumer(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      schemaRegistry: counting,
      avroKeys: false,
    });
    await consumer.start();
    const values: unknown[] = [];
    while (values.length < 100) {
      const batch = await consumer.getMany({ timeoutMs: 2_000 });
      for (const records of batch.values()) for (const r of records) values.push(r.value);
    }
    expect(values).toEqual(Array.from({ length: 100 }, (_, n) => ({ n })));
    expect(requests).toBe(1); // the id was cached by the registration
    counting.close();
  });
});
