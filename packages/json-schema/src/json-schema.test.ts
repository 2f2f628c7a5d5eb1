import { DeserializationError, InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeRegistry, startFakeRegistry } from '../../../test/support/fake-registry.js';
import { JsonSchemaDeserializer } from './deserializer.js';
import { JsonSchemaSerializer } from './serializer.js';
import { JsonSchemaValidationError } from './validator.js';

const customer = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'customer.json',
  title: 'Customer',
  type: 'object',
  properties: { name: { type: 'string' }, email: { type: 'string' } },
  required: ['name'],
};

const order = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Order',
  type: 'object',
  properties: {
    id: { type: 'string' },
    qty: { type: 'integer', minimum: 1 },
    tags: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
  },
  required: ['id', 'qty'],
};

let fake: FakeRegistry;
let registry: SchemaRegistryClient;

beforeAll(async () => {
  fake = await startFakeRegistry({ withGuids: true });
  registry = new SchemaRegistryClient({ url: fake.url, maxRetries: 0 });
});
afterAll(async () => {
  registry?.close();
  await fake?.close();
});

/** The frame as the Confluent wire format defines it, built by hand. */
function frame(id: number, json: string): Buffer {
  return Buffer.concat([
    Buffer.from([0, (id >>> 24) & 255, (id >>> 16) & 255, (id >>> 8) & 255, id & 255]),
    Buffer.from(json),
  ]);
}

describe('JsonSchemaSerializer', () => {
  it('writes 0x00, the big-endian id and the JSON text, registering once', async () => {
    const s = new JsonSchemaSerializer(registry, { schema: order });
    const value = { id: 'o-1', qty: 2, tags: ['x'] };
    const bytes = await s.serialize(value, 'orders-a');
    const id = (await registry.getLatestVersion('orders-a-value')).id;
    expect(bytes).toEqual(frame(id, '{"id":"o-1","qty":2,"tags":["x"]}'));
    const before = fake.requests.length;
    expect(await s.serialize({ id: 'o-2', qty: 1 }, 'orders-a')).toEqual(frame(id, '{"id":"o-2","qty":1}'));
    expect(s.trySerializeSync({ id: 'o-3', qty: 1 }, 'orders-a')?.value).toEqual(frame(id, '{"id":"o-3","qty":1}'));
    expect(fake.requests.length).toBe(before);
    const stored = await registry.getSchema(id);
    expect(stored.schemaType).toBe('JSON');
  });

  it('refuses a value that does not match, naming each failing path (draft 2020-12)', async () => {
    const s = new JsonSchemaSerializer(registry, { schema: order });
    const err = await s.serialize({ id: 7, tags: ['a', 'b'] } as never, 'orders-b').catch((e: SerializationError) => e);
    expect(err).toBeInstanceOf(SerializationError);
    const cause = (err as Error).cause as JsonSchemaValidationError;
    expect(cause).toBeInstanceOf(JsonSchemaValidationError);
    expect(cause.errors.map((e) => e.path).sort()).toEqual(['/id', '/qty', '/tags']);
    expect((err as Error).message).toMatch(/JSON Schema "Order".*\/id must be string/);
    expect((err as Error).message).toMatch(/\/qty must have required property 'qty'/);
  });

  it('resolves $ref to a schema registered under another subject (draft 7)', async () => {
    await registry.register('customer', { schema: JSON.stringify(customer), schemaType: 'JSON' });
    const withRef = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Invoice',
      type: 'object',
      properties: { customer: { $ref: 'customer.json' }, total: { type: 'number' } },
      required: ['customer', 'total'],
    };
    const s = new JsonSchemaSerializer(registry, {
      schema: withRef,
      references: [{ name: 'customer.json', subject: 'customer', version: 1 }],
      subjectNameStrategy: 'record',
    });
    expect(s.subjectName('any')).toBe('Invoice');
    const ok = await s.serialize({ customer: { name: 'Ada' }, total: 3 }, 'invoices');
    expect(ok?.subarray(5).toString()).toBe('{"customer":{"name":"Ada"},"total":3}');
    const err = await s.serialize({ customer: { email: 'x' }, total: 3 }, 'invoices').catch((e: Error) => e);
    expect((err as Error).message).toMatch(/\/customer\/name must have required property 'name'/);
    const latest = await registry.getLatestVersion('Invoice');
    expect(latest.references).toEqual([{ name: 'customer.json', subject: 'customer', version: 1 }]);
  });

  it('with schemaIdLocation "header" leaves the JSON bare and sends the GUID in __value_schema_id', async () => {
    const s = new JsonSchemaSerializer(registry, { schema: order, schemaIdLocation: 'header' });
    const out = await s.serializeWithHeaders({ id: 'o-1', qty: 1 }, 'orders-h');
    expect(out.value?.toString()).toBe('{"id":"o-1","qty":1}');
    const id = (await registry.getLatestVersion('orders-h-value')).id;
    const guid = registry.guidOf(id)!;
    expect(out.headers).toEqual([
      ['__value_schema_id', Buffer.concat([Buffer.from([1]), Buffer.from(guid.replace(/-/g, ''), 'hex')])],
    ]);
    await expect(s.serialize({ id: 'o-1', qty: 1 }, 'orders-h')).rejects.toThrow(/serializeWithHeaders/);
    const key = new JsonSchemaSerializer(registry, {
      schema: { type: 'string' },
      schemaIdLocation: 'header',
      field: 'key',
    });
    expect((await key.serializeWithHeaders('k', 'orders-h')).headers[0][0]).toBe('__key_schema_id');
  });

  it('useLatestVersion writes with the registered schema; autoRegisterSchemas false looks it up', async () => {
    const id = fake.add('latest-value', JSON.stringify({ type: 'object', required: ['a'] }), 'JSON').id;
    const s = new JsonSchemaSerializer(registry, { useLatestVersion: true });
    expect(await s.serialize({ a: 1 }, 'latest')).toEqual(frame(id, '{"a":1}'));
    await expect(s.serialize({ b: 1 }, 'latest')).rejects.toThrow(/must have required property 'a'/);
    const noReg = new JsonSchemaSerializer(registry, { schema: { type: 'integer' }, autoRegisterSchemas: false });
    await expect(noReg.serialize(1, 'unregistered')).rejects.toThrow(
      /cannot find the schema \(autoRegisterSchemas is off\) under subject "unregistered-value"/,
    );
  });

  it('rejects bad options at construction', () => {
    expect(() => new JsonSchemaSerializer(registry)).toThrow(/needs option schema/);
    expect(() => new JsonSchemaSerializer(registry, { schema: '{nope' })).toThrow(InvalidConfigError);
    expect(() => new JsonSchemaSerializer(registry, { schema: {}, schemaIdLocation: 'trailer' as never })).toThrow(
      /schemaIdLocation/,
    );
    expect(() => new JsonSchemaSerializer(registry, { schema: {}, validation: true } as never)).toThrow(/unknown/);
  });
});

describe('JsonSchemaDeserializer', () => {
  it('reads a hand-built frame, fetching the writer schema once', async () => {
    const id = fake.add('plain-value', JSON.stringify({ type: 'object' }), 'JSON').id;
    const d = new JsonSchemaDeserializer<{ a: number }>(registry);
    expect(await d.deserialize(frame(id, '{"a":1}'), 'plain')).toEqual({ a: 1 });
    const fn = d.asConsumerDeserializer();
    const before = fake.requests.length;
    expect(fn(frame(id, '{"a":2}'), 'plain', [])).toEqual({ a: 2 }); // synchronous once known
    expect(fake.requests.length).toBe(before);
  });

  it('takes the schema id from the header over the payload prefix', async () => {
    const schema = fake.add('hdr-value', JSON.stringify({ type: 'object', required: ['a'] }), 'JSON');
    const d = new JsonSchemaDeserializer(registry, { validate: true });
    const byGuid = [
      {
        key: '__value_schema_id',
        value: Buffer.concat([Buffer.from([1]), Buffer.from(schema.guid.replace(/-/g, ''), 'hex')]),
      },
    ];
    expect(await d.deserialize(Buffer.from('{"a":1}'), { topic: 'hdr', headers: byGuid })).toEqual({ a: 1 });
    expect(fake.requests).toContain(`GET /schemas/guids/${schema.guid}`);
    const byId = [{ key: '__value_schema_id', value: Buffer.from([0, 0, 0, 0, schema.id]) }];
    const err = await d
      .deserialize(Buffer.from('{"b":1}'), { topic: 'hdr', partition: 0, offset: 5n, headers: byId })
      .catch((e) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect((err as Error).message).toMatch(/: \/a must have required property 'a' \(topic=hdr partition=0 offset=5/);
    // A key deserializer ignores the value's header.
    const k = new JsonSchemaDeserializer(registry, { field: 'key' });
    await expect(k.deserialize(Buffer.from('"key-1"'), { topic: 'hdr', headers: byId })).rejects.toThrow(
      /unknown magic byte 0x22/,
    );
  });

  it('an unknown id, a schema of another type and bad JSON are DeserializationErrors', async () => {
    const d = new JsonSchemaDeserializer(registry);
    await expect(d.deserialize(frame(999, '{}'), 't')).rejects.toThrow(/unknown or unreadable writer schema id:999/);
    const avro = fake.add('avro-value', '"string"').id;
    await expect(d.deserialize(frame(avro, '"x"'), 't')).rejects.toThrow(/AVRO schema, not JSON Schema/);
    const id = fake.add('bad-value', JSON.stringify({}), 'JSON').id;
    await expect(d.deserialize(frame(id, '{"a":'), 't')).rejects.toThrow(/cannot parse the JSON payload/);
  });
});
