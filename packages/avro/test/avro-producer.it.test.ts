import { InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Module imports rather than '@kafka-aio/avro': the package index also loads AvroConsumer, which
// needs AIOKafkaConsumer exported from @kafka-aio/client.
import { AvroProducer } from '../src/avro-producer.js';
import { AvroDeserializer } from '../src/serde/deserializer.js';
import { createTopic, kafka, newTopic, readPartition, useRegistry } from './support.js';

// AvroProducer against a real broker and a real Apicurio Registry; records are read back raw.

const bootstrapServers = kafka.bootstrap;
const keySchema = {
  type: 'record',
  name: 'OrderKey',
  namespace: 'it.producer',
  fields: [{ name: 'id', type: 'long' }],
};
const valueSchema = {
  type: 'record',
  name: 'OrderPlaced',
  namespace: 'it.producer',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'lines', type: { type: 'array', items: 'string' } },
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

describe('AvroProducer', () => {
  it('encodes keys and values with the default schemas under <topic>-key and <topic>-value', async () => {
    const topic = newTopic('avro-producer');
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AvroProducer({
      bootstrapServers,
      schemaRegistryUrl: registry.url,
      defaultKeySchema: keySchema,
      defaultValueSchema: valueSchema,
    });
    await producer.start();
    const value = { id: 7, at: new Date('2024-01-01T00:00:00Z'), lines: ['a', 'b'] };
    const md = await producer.sendAndWait(topic, value, { key: { id: 7 }, partition: 0, headers: [['h', 'x']] });
    expect(md.offset).toBe(0n);
    await producer.sendAndWait(topic, null, { key: { id: 7 }, partition: 0 }); // a tombstone

    const [r, tombstone] = await readPartition(bootstrapServers, topic, 0);
    expect(await new AvroDeserializer(client, { field: 'key' }).deserialize(r.key, topic)).toEqual({ id: 7 });
    expect(await new AvroDeserializer(client).deserialize(r.value, topic)).toEqual(value);
    expect(r.headers).toEqual([{ key: 'h', value: Buffer.from('x') }]);
    expect(tombstone.value).toBeNull();
    expect(tombstone.key).toEqual(r.key);
    const subjects = await client.getSubjects({ prefix: topic });
    expect(subjects.sort()).toEqual([`${topic}-key`, `${topic}-value`]);
  });

  it('takes per-record schemas and passes a string key through without a key schema', async () => {
    const topic = newTopic('avro-producer');
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AvroProducer<string, unknown>({ bootstrapServers, schemaRegistry: client });
    await producer.start();
    await producer.sendAndWait(topic, 'hello', { key: 'k1', valueSchema: '"string"', partition: 0 });
    const [r] = await readPartition(bootstrapServers, topic, 0);
    expect(r.key?.toString()).toBe('k1');
    expect(await new AvroDeserializer(client).deserialize(r.value, topic)).toBe('hello');
  });

  it('refuses a value without a schema, and a value that does not match, naming the field', async () => {
    const topic = newTopic('avro-producer');
    await createTopic(bootstrapServers, topic, 1);
    await using producer = new AvroProducer({ bootstrapServers, schemaRegistry: client });
    await producer.start();
    const noSchema = await producer.send(topic, { id: 1 }).catch((e: unknown) => e);
    expect(noSchema).toBeInstanceOf(SerializationError);
    expect((noSchema as Error).message).toMatch(
      /no value schema: pass valueSchema to send\(\) or set defaultValueSchema/,
    );

    const bad = await producer
      .send(topic, { id: 1, at: new Date(), lines: ['a', 2] }, { valueSchema: valueSchema })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(SerializationError);
    expect((bad as Error).message).toMatch(/field lines\[1\]: expected string, got 2/);
    const noKeySchema = await producer
      .send(topic, 'v', { key: { id: 1 } as never, valueSchema: '"string"' })
      .catch((e: unknown) => e);
    expect((noKeySchema as Error).message).toMatch(/no key schema/);
    expect(await readPartition(bootstrapServers, topic, 0)).toEqual([]);
  });

  it('validates its registry options at construction', () => {
    expect(() => new AvroProducer({ bootstrapServers })).toThrow(InvalidConfigError);
    expect(
      () => new AvroProducer({ bootstrapServers, schemaRegistry: client, schemaRegistryUrl: registry.url }),
    ).toThrow(/cannot both be set/);
    expect(() => new AvroProducer({ bootstrapServers, schemaRegistryUrl: 'nope' })).toThrow(/option url/);
  });
});
