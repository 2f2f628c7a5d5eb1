import { AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { DeserializationError, SerializationError } from '@kafka-aio/protocol';
import { SchemaRegistryClient, SchemaRegistryError } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopic, kafka, newTopic, readPartition, useRegistry } from '../../schema-registry/test/support.js';
import { JsonSchemaDeserializer } from '../src/deserializer.js';
import { JsonSchemaSerializer } from '../src/serializer.js';

// JsonSchemaSerializer -> AIOKafkaProducer -> a real broker -> Fetch / AIOKafkaConsumer ->
// JsonSchemaDeserializer, with a real Apicurio Registry (its Confluent-compatible API).

const bootstrapServers = kafka.bootstrap;
const DRAFT7 = 'http://json-schema.org/draft-07/schema#';

const address = {
  $schema: DRAFT7,
  $id: 'address.json',
  title: 'Address',
  type: 'object',
  properties: { street: { type: 'string' }, city: { type: 'string' } },
  required: ['city'],
};

function orderSchema(extra: Record<string, unknown> = {}, required = ['id', 'qty', 'shipTo']) {
  return {
    $schema: DRAFT7,
    title: 'Order',
    type: 'object',
    properties: {
      id: { type: 'string' },
      qty: { type: 'integer', minimum: 1 },
      shipTo: { $ref: 'address.json' },
      ...extra,
    },
    required,
  };
}

let registry: { url: string; stop: () => Promise<void> };
let client: SchemaRegistryClient;
let producer: AIOKafkaProducer<Buffer | null, Buffer | null>;
const requests: string[] = [];

beforeAll(async () => {
  registry = await useRegistry();
  client = new SchemaRegistryClient({ url: registry.url, onRequest: (r) => requests.push(`${r.method} ${r.path}`) });
  producer = new AIOKafkaProducer<Buffer | null, Buffer | null>({ bootstrapServers });
  await producer.start();
});

afterAll(async () => {
  await producer?.stop();
  client?.close();
  await registry?.stop();
});

/** Registers the address schema under a fresh subject; the reference to use from an order. */
async function registerAddress() {
  const subject = newTopic('address');
  await client.register(subject, { schema: JSON.stringify(address), schemaType: 'JSON' });
  return [{ name: 'address.json', subject, version: 1 }];
}

describe('JsonSchemaSerializer and JsonSchemaDeserializer through Kafka and Apicurio', () => {
  it('round-trips with a reference, as frames built by hand from the wire format', async () => {
    const topic = newTopic('json-it');
    await createTopic(bootstrapServers, topic, 1);
    const references = await registerAddress();
    const serializer = new JsonSchemaSerializer(client, { schema: orderSchema(), references });
    const value = { id: 'o-1', qty: 2, shipTo: { street: 'Main St 1', city: 'Gent' } };
    await producer.sendAndWait(topic, await serializer.serialize(value, topic), { partition: 0 });
    const [record] = await readPartition(bootstrapServers, topic, 0);

    const registered = await client.getLatestVersion(`${topic}-value`);
    expect(registered.schemaType).toBe('JSON');
    expect(registered.references).toEqual(references);
    const id = Buffer.alloc(4);
    id.writeUInt32BE(registered.id);
    const expected = Buffer.concat([Buffer.from([0]), id, Buffer.from(JSON.stringify(value), 'utf8')]);
    expect(record.value).toEqual(expected);

    const deserializer = new JsonSchemaDeserializer(client, { validate: true });
    expect(await deserializer.deserialize(record.value, { topic, partition: 0, offset: record.offset })).toEqual(value);

    const bad = await serializer.serialize({ ...value, shipTo: { street: 'x' } }, topic).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(SerializationError);
    expect((bad as Error).message).toMatch(/JSON Schema "Order": \/shipTo\/city must have required property 'city'/);
  });

  it('carries the schema id in a header, which an AIOKafkaConsumer deserializer reads', async () => {
    const topic = newTopic('json-it-hdr');
    await createTopic(bootstrapServers, topic, 1);
    const references = await registerAddress();
    const serializer = new JsonSchemaSerializer(client, {
      schema: orderSchema(),
      references,
      schemaIdLocation: 'header',
    });
    const value = { id: 'o-2', qty: 1, shipTo: { city: 'Ghent' } };
    const out = await serializer.serializeWithHeaders(value, topic);
    expect(out.value?.toString()).toBe(JSON.stringify(value)); // no prefix: the id travels in the header
    await producer.sendAndWait(topic, out.value, { partition: 0, headers: out.headers });
    // Apicurio assigns no GUIDs: the header holds the id form, 0x00 + 4-byte id.
    const id = (await client.getLatestVersion(`${topic}-value`)).id;
    expect(out.headers).toEqual([
      ['__value_schema_id', Buffer.from([0, id >>> 24, (id >>> 16) & 255, (id >>> 8) & 255, id & 255])],
    ]);

    const deserializer = new JsonSchemaDeserializer<typeof value>(client, { validate: true });
    await using consumer = new AIOKafkaConsumer<Buffer | null, typeof value | null>(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      valueDeserializer: deserializer.asConsumerDeserializer(),
    });
    await consumer.start();
    const record = await consumer.getOne();
    expect(record.value).toEqual(value);
    expect(record.headers.map((h) => h.key)).toEqual(['__value_schema_id']);
  });

  it('evolves under BACKWARD compatibility and refuses an incompatible schema with the registry’s reason', async () => {
    const topic = newTopic('json-it-evo');
    await createTopic(bootstrapServers, topic, 1);
    const subject = `${topic}-value`;
    const references = await registerAddress();
    const v1 = new JsonSchemaSerializer(client, { schema: orderSchema(), references });
    const old = { id: 'o-1', qty: 1, shipTo: { city: 'Gent' } };
    await producer.sendAndWait(topic, await v1.serialize(old, topic), { partition: 0 });
    await client.setCompatibility('BACKWARD', subject);

    // v2 drops the requirement on qty: a reader of v2 reads everything v1 wrote.
    const v2 = new JsonSchemaSerializer(client, { schema: orderSchema({}, ['id', 'shipTo']), references });
    const fresh = { id: 'o-2', shipTo: { city: 'Brugge' } };
    await producer.sendAndWait(topic, await v2.serialize(fresh, topic), { partition: 0 });
    expect(await client.getVersions(subject)).toEqual([1, 2]);

    // Reading both with the latest version's schema as the validator.
    const reader = new JsonSchemaDeserializer(client, { validate: true, useLatestVersion: true });
    const records = await readPartition(bootstrapServers, topic, 0);
    expect(records[0].value!.readUInt32BE(1)).not.toBe(records[1].value!.readUInt32BE(1));
    const back = [];
    for (const r of records) back.push(await reader.deserialize(r.value, { topic, partition: 0, offset: r.offset }));
    expect(back).toEqual([old, fresh]);

    // v3 turns id into an integer: data written with v2 would not validate.
    const v3 = new JsonSchemaSerializer(client, {
      schema: orderSchema({ id: { type: 'integer' } }, ['id', 'shipTo']),
      references,
    });
    const err = await v3.serialize({ id: 3, shipTo: { city: 'Ieper' } }, topic).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SerializationError);
    const cause = (err as SerializationError).cause as SchemaRegistryError;
    expect(cause).toBeInstanceOf(SchemaRegistryError);
    expect(cause.errorCode).toBe(409);
    expect(cause.registryMessage.length).toBeGreaterThan(0);
    expect((err as Error).message).toContain(`cannot register the schema under subject "${subject}"`);
    expect((err as Error).message).toContain(cause.registryMessage);
  });

  it('validates on consume: a record the writer did not validate fails with its location', async () => {
    const topic = newTopic('json-it-val');
    await createTopic(bootstrapServers, topic, 1);
    const references = await registerAddress();
    const lax = new JsonSchemaSerializer(client, { schema: orderSchema(), references, validate: false });
    await producer.sendAndWait(topic, await lax.serialize({ id: 'o-1', qty: 0, shipTo: { city: 'x' } }, topic), {
      partition: 0,
    });
    const [r] = await readPartition(bootstrapServers, topic, 0);
    expect(await new JsonSchemaDeserializer(client).deserialize(r.value, topic)).toMatchObject({ qty: 0 });
    const err = await new JsonSchemaDeserializer(client, { validate: true })
      .deserialize(r.value, { topic, partition: 0, offset: r.offset })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect((err as Error).message).toMatch(/\/qty must be >= 1 \(topic=.* partition=0 offset=0 field=value\)/);
  });

  it('makes no HTTP calls in steady state', async () => {
    const topic = newTopic('json-it-steady');
    await createTopic(bootstrapServers, topic, 1);
    const references = await registerAddress();
    const serializer = new JsonSchemaSerializer(client, { schema: orderSchema(), references });
    const deserializer = new JsonSchemaDeserializer<{ qty: number }>(client, { validate: true });
    const value = (qty: number) => ({ id: `o-${qty}`, qty, shipTo: { city: 'Gent' } });
    await deserializer.deserialize(await serializer.serialize(value(1), topic), topic); // warm up
    requests.length = 0;
    for (let i = 1; i <= 200; i++)
      await producer.send(topic, await serializer.serialize(value(i), topic), { partition: 0 });
    await producer.flush();
    const records = await readPartition(bootstrapServers, topic, 0);
    expect(records).toHaveLength(200);
    for (const r of records) {
      const back = await deserializer.deserialize(r.value, { topic, partition: 0, offset: r.offset });
      expect(back?.qty).toBe(Number(r.offset) + 1);
    }
    expect(requests).toEqual([]);
  });
});
