import { AIOKafkaProducer } from '@kafka-aio/client';
import { DeserializationError, SerializationError } from '@kafka-aio/protocol';
// Module imports rather than '@kafka-aio/avro': the package index also loads AvroConsumer, which
// needs AIOKafkaConsumer exported from @kafka-aio/client.
import { SchemaRegistryClient, SchemaRegistryError } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AvroDeserializer } from '../src/serde/deserializer.js';
import { AvroSerializer } from '../src/serde/serializer.js';
import type { AvroValidationError } from '../src/serde/validation.js';
import { createTopic, kafka, newTopic, readPartition, useRegistry } from './support.js';

// AvroSerializer -> AIOKafkaProducer -> a real broker -> raw Fetch -> AvroDeserializer, with a real
// Apicurio Registry.

const bootstrapServers = kafka.bootstrap;

function orderSchema(namespace = 'it.avro') {
  return {
    type: 'record',
    name: 'Order',
    namespace,
    fields: [
      { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
      { name: 'createdAt', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'day', type: { type: 'int', logicalType: 'date' } },
      { name: 'total', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID', 'SHIPPED'] } },
      {
        name: 'customer',
        type: {
          type: 'record',
          name: 'Customer',
          fields: [
            { name: 'name', type: 'string' },
            {
              name: 'address',
              type: [
                'null',
                {
                  type: 'record',
                  name: 'Address',
                  fields: [
                    { name: 'street', type: 'string' },
                    { name: 'city', type: 'string' },
                  ],
                },
              ],
              default: null,
            },
          ],
        },
      },
      {
        name: 'items',
        type: {
          type: 'array',
          items: {
            type: 'record',
            name: 'Item',
            fields: [
              { name: 'sku', type: 'string' },
              { name: 'qty', type: 'int' },
              {
                name: 'price',
                type: { type: 'fixed', name: 'Price', size: 8, logicalType: 'decimal', precision: 18, scale: 4 },
              },
            ],
          },
        },
      },
      { name: 'attributes', type: { type: 'map', values: 'string' } },
      { name: 'discount', type: ['null', 'double'], default: null },
      { name: 'note', type: ['string', 'long'] },
      { name: 'blob', type: 'bytes' },
    ],
  };
}

const order = {
  id: '123e4567-e89b-12d3-a456-426614174000',
  createdAt: new Date('2024-05-06T07:08:09.123Z'),
  day: new Date('2024-05-06T00:00:00Z'),
  total: '1234.50',
  status: 'PAID',
  customer: { name: 'Ada', address: { street: '1 Loop Rd', city: 'Cambridge' } },
  items: [
    { sku: 'A-1', qty: 2, price: '9.9900' },
    { sku: 'B-2', qty: 1, price: '-0.0001' },
  ],
  attributes: { channel: 'web', coupon: 'SPRING' },
  discount: 0.25,
  note: 42,
  blob: Buffer.from([0, 1, 2, 255]),
};

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

/** Produces frames to partition 0 of a new topic and reads them back raw. */
async function roundTrip(topic: string, values: (Buffer | null)[], keys: (Buffer | null)[] = []) {
  for (let i = 0; i < values.length; i++) {
    await producer.sendAndWait(topic, values[i], { key: keys[i] ?? null, partition: 0 });
  }
  return readPartition(bootstrapServers, topic, 0);
}

describe('AvroSerializer and AvroDeserializer through Kafka', () => {
  it('round-trips nested records, arrays, maps, unions, enums and logical types', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const serializer = new AvroSerializer(client, { schema: orderSchema() });
    const second = { ...order, customer: { name: 'Bob', address: null }, discount: null, note: 'gift', items: [] };
    const [r1, r2] = await roundTrip(topic, [
      await serializer.serialize(order, topic),
      await serializer.serialize(second, topic),
    ]);
    const deserializer = new AvroDeserializer(client);
    const back1 = await deserializer.deserialize(r1.value, { topic, partition: 0, offset: r1.offset });
    const back2 = await deserializer.deserialize(r2.value, { topic, partition: 0, offset: r2.offset });
    expect(back1).toEqual(order);
    expect(back2).toEqual(second);
    expect((back1 as typeof order).createdAt).toBeInstanceOf(Date);
    expect((await client.getLatestVersion(`${topic}-value`)).version).toBe(1);
  });

  it('the produced record is magic 0, the 4-byte big-endian schema id, then the Avro body', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const schema = {
      type: 'record',
      name: 'T',
      fields: [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'string' },
      ],
    };
    const serializer = new AvroSerializer(client, { schema });
    const [record] = await roundTrip(topic, [await serializer.serialize({ id: 1, name: 'ab' }, topic)]);
    const id = (await client.lookupSchema(`${topic}-value`, JSON.stringify(schema))).id;
    const expected = Buffer.from([
      0x00,
      id >>> 24,
      (id >>> 16) & 0xff,
      (id >>> 8) & 0xff,
      id & 0xff,
      0x02,
      0x04,
      0x61,
      0x62,
    ]);
    expect(record.value).toEqual(expected);
  });

  it('serializes keys under <topic>-key', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const keys = new AvroSerializer<string>(client, { schema: '"string"', field: 'key' });
    const values = new AvroSerializer<number>(client, { schema: '"long"' });
    const [r] = await roundTrip(topic, [await values.serialize(7, topic)], [await keys.serialize('k-1', topic)]);
    expect(await new AvroDeserializer(client, { field: 'key' }).deserialize(r.key, topic)).toBe('k-1');
    expect(await new AvroDeserializer(client).deserialize(r.value, topic)).toBe(7);
    expect(await client.getSubjects({ prefix: topic })).toEqual(
      expect.arrayContaining([`${topic}-key`, `${topic}-value`]),
    );
  });

  it('a consumer with a newer reader schema reads data written with the old one', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const v1 = { type: 'record', name: 'User', namespace: 'it.evolve', fields: [{ name: 'name', type: 'string' }] };
    const v2 = {
      ...v1,
      fields: [
        { name: 'name', type: 'string' },
        { name: 'age', type: 'int', default: -1 },
        { name: 'email', type: ['null', 'string'], default: null },
      ],
    };
    const old = await new AvroSerializer(client, { schema: v1 }).serialize({ name: 'old' }, topic);
    const current = await new AvroSerializer(client, { schema: v2 }).serialize(
      { name: 'new', age: 30, email: 'n@x' },
      topic,
    );
    expect(await client.getVersions(`${topic}-value`)).toEqual([1, 2]);
    const [r1, r2] = await roundTrip(topic, [old, current]);

    const reader = new AvroDeserializer(client, { readerSchema: v2 });
    expect(await reader.deserialize(r1.value, topic)).toEqual({ name: 'old', age: -1, email: null });
    expect(await reader.deserialize(r2.value, topic)).toEqual({ name: 'new', age: 30, email: 'n@x' });
    // Without a reader schema each record comes back as written.
    expect(await new AvroDeserializer(client).deserialize(r1.value, topic)).toEqual({ name: 'old' });
    // useLatestVersion reads with the subject's newest schema.
    const latest = new AvroDeserializer(client, { useLatestVersion: true });
    expect(await latest.deserialize(r1.value, topic)).toEqual({ name: 'old', age: -1, email: null });
  });

  it('a reader schema that cannot read the writer’s data is a DeserializationError', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const writer = { type: 'record', name: 'P', fields: [{ name: 'a', type: 'string' }] };
    const reader = { type: 'record', name: 'P', fields: [{ name: 'b', type: 'int' }] }; // no default
    const [r] = await roundTrip(topic, [
      await new AvroSerializer(client, { schema: writer }).serialize({ a: 'x' }, topic),
    ]);
    const err = await new AvroDeserializer(client, { readerSchema: reader })
      .deserialize(r.value, { topic, partition: 0, offset: r.offset })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect((err as Error).message).toMatch(/cannot be read with the reader schema/);
  });

  it('an incompatible schema is refused with the registry’s reason', async () => {
    const topic = newTopic();
    const v1 = { type: 'record', name: 'C', namespace: 'it.compat', fields: [{ name: 'a', type: 'string' }] };
    const breaking = {
      ...v1,
      fields: [
        { name: 'a', type: 'string' },
        { name: 'required', type: 'string' },
      ],
    };
    await new AvroSerializer(client, { schema: v1 }).serialize({ a: 'x' }, topic);
    await client.setCompatibility('BACKWARD', `${topic}-value`);
    const err = await new AvroSerializer(client, { schema: breaking })
      .serialize({ a: 'x', required: 'y' }, topic)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SerializationError);
    const cause = (err as SerializationError).cause as SchemaRegistryError;
    expect(cause).toBeInstanceOf(SchemaRegistryError);
    expect(cause.errorCode).toBe(409);
    expect((err as Error).message).toContain(`cannot register the schema under subject "${topic}-value"`);
    expect((err as Error).message).toContain(cause.registryMessage);
    expect(cause.registryMessage).toContain('required');
  });

  it('a value that does not match the schema names the field', async () => {
    const topic = newTopic();
    const serializer = new AvroSerializer(client, { schema: orderSchema() });
    const bad = { ...order, items: [{ sku: 'A', qty: 1, price: 'abc' }] };
    const err = await serializer.serialize(bad, topic).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SerializationError);
    expect((err as Error).message).toMatch(
      /^value does not match schema it\.avro\.Order: field items\[0\]\.price: expected decimal\(18, 4\), got "abc"/,
    );
    expect((err as SerializationError).topic).toBe(topic);
    expect(((err as SerializationError).cause as AvroValidationError).fields[0].path).toBe('items[0].price');
    const missing = await serializer
      .serialize({ ...order, customer: { address: null } }, topic)
      .catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/field customer\.name: expected string, got undefined \(missing\)/);
  });

  it('records that are not Avro frames, or name an unknown schema id, fail with topic, partition and offset', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const unknownId = Buffer.from([0, 0x7f, 0xff, 0xff, 0x00, 0x02]);
    const [plain, unknown] = await roundTrip(topic, [Buffer.from('{"not":"avro"}'), unknownId]);
    const d = new AvroDeserializer(client);

    const e1 = await d.deserialize(plain.value, { topic, partition: 0, offset: plain.offset }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(DeserializationError);
    expect(e1).toMatchObject({ topic, partition: 0, offset: 0n });
    expect((e1 as Error).message).toMatch(/unknown magic byte 0x7b/);

    const e2 = await d
      .deserialize(unknown.value, { topic, partition: 0, offset: unknown.offset })
      .catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(DeserializationError);
    expect(e2).toMatchObject({ topic, partition: 0, offset: 1n });
    expect((e2 as Error).message).toMatch(/unknown or unreadable writer schema id 2147483392/);
    expect(((e2 as Error).cause as SchemaRegistryError).errorCode).toBe(40403);
  });

  it('record and topic-record subject name strategies register under the record name', async () => {
    const topic = newTopic();
    const ns = `it.${newTopic('ns').replace(/-/g, '_')}`;
    const schema = orderSchema(ns);
    await new AvroSerializer(client, { schema, subjectNameStrategy: 'record' }).serialize(order, topic);
    await new AvroSerializer(client, { schema, subjectNameStrategy: 'topic-record' }).serialize(order, topic);
    const subjects = await client.getSubjects();
    expect(subjects).toContain(`${ns}.Order`);
    expect(subjects).toContain(`${topic}-${ns}.Order`);
    expect(subjects).not.toContain(`${topic}-value`);
  });

  it('autoRegisterSchemas: false uses an already registered schema and refuses an unknown one', async () => {
    const topic = newTopic();
    const schema = { type: 'record', name: 'R', fields: [{ name: 'x', type: 'int' }] };
    const strict = new AvroSerializer(client, { schema, autoRegisterSchemas: false });
    const err = await strict.serialize({ x: 1 }, topic).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SerializationError);
    expect((err as Error).message).toMatch(/autoRegisterSchemas is off/);
    expect(((err as Error).cause as SchemaRegistryError).errorCode).toBe(40401);

    const id = await client.register(`${topic}-value`, JSON.stringify(schema));
    const strict2 = new AvroSerializer(client, { schema, autoRegisterSchemas: false });
    expect((await strict2.serialize({ x: 1 }, topic))!.readUInt32BE(1)).toBe(id);
  });

  it('useLatestVersion writes with the subject’s newest schema', async () => {
    const topic = newTopic();
    const subject = `${topic}-value`;
    await client.register(subject, JSON.stringify({ type: 'record', name: 'L', fields: [{ name: 'a', type: 'int' }] }));
    const v2 = JSON.stringify({
      type: 'record',
      name: 'L',
      fields: [
        { name: 'a', type: 'int' },
        { name: 'b', type: 'string', default: '' },
      ],
    });
    const id2 = await client.register(subject, v2);
    const s = new AvroSerializer(client, { useLatestVersion: true });
    const frame = (await s.serialize({ a: 1, b: 'two' }, topic))!;
    expect(frame.readUInt32BE(1)).toBe(id2);
    expect(await new AvroDeserializer(client).deserialize(frame, topic)).toEqual({ a: 1, b: 'two' });
  });

  it('resolves a named type from another subject (a schema reference) through Kafka', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const ns = `it.refs.${topic.replace(/-/g, '_')}`;
    const address = { type: 'record', name: 'Address', namespace: ns, fields: [{ name: 'city', type: 'string' }] };
    const refSubject = `${ns}.Address`;
    await client.register(refSubject, JSON.stringify(address));
    const references = [{ name: `${ns}.Address`, subject: refSubject, version: 1 }];
    const schema = {
      type: 'record',
      name: 'Shipment',
      namespace: ns,
      fields: [{ name: 'to', type: `${ns}.Address` }],
    };
    const serializer = new AvroSerializer(client, { schema, references });
    const [r] = await roundTrip(topic, [await serializer.serialize({ to: { city: 'Gent' } }, topic)]);
    const registered = await client.getLatestVersion(`${topic}-value`);
    expect(registered.references).toEqual(references);
    expect(r.value!.readUInt32BE(1)).toBe(registered.id);
    const fresh = new SchemaRegistryClient({ url: registry.url });
    expect(await new AvroDeserializer(fresh).deserialize(r.value, topic)).toEqual({ to: { city: 'Gent' } });
    fresh.close();
  });

  it('makes no HTTP calls in steady state', async () => {
    const topic = newTopic();
    await createTopic(bootstrapServers, topic, 1);
    const serializer = new AvroSerializer(client, { schema: orderSchema() });
    const deserializer = new AvroDeserializer(client, { readerSchema: orderSchema() });
    await deserializer.deserialize(await serializer.serialize(order, topic), topic); // warm up
    requests.length = 0;
    const frames: Buffer[] = [];
    for (let i = 0; i < 200; i++) frames.push((await serializer.serialize({ ...order, note: i }, topic))!);
    for (const f of frames) await producer.send(topic, f, { partition: 0 });
    await producer.flush();
    const records = await readPartition(bootstrapServers, topic, 0);
    expect(records).toHaveLength(200);
    for (const r of records) {
      const back = (await deserializer.deserialize(r.value, { topic, partition: 0, offset: r.offset })) as typeof order;
      expect(back.note).toBe(Number(r.offset));
    }
    expect(requests).toEqual([]);
  });
});
