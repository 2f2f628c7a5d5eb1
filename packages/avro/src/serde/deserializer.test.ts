import { DeserializationError, InvalidConfigError, SerializationError } from '@kafka-aio/protocol';
import { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import { describe, expect, it } from 'vitest';
import { AvroDeserializer } from './deserializer.js';
import { AvroSerializer } from './serializer.js';

// Nothing listens here: these paths fail before any registry call (the registry paths are in
// test/*.it.test.ts, against Apicurio).
const registry = new SchemaRegistryClient({ url: 'http://127.0.0.1:1', maxRetries: 0 });

describe('AvroDeserializer error paths', () => {
  const d = new AvroDeserializer(registry);

  it('null stays null', async () => {
    expect(await d.deserialize(null, 't')).toBeNull();
  });

  it('a record without the magic byte is a DeserializationError with topic, partition and offset', async () => {
    const err = await d
      .deserialize(Buffer.from('{"a":1}'), { topic: 't', partition: 3, offset: 42n })
      .catch((e: DeserializationError) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect(err).toMatchObject({ topic: 't', partition: 3, offset: 42n, field: 'value' });
    expect((err as Error).message).toMatch(/unknown magic byte 0x7b.*topic=t partition=3 offset=42 field=value/);
  });

  it('the consumer adapter throws synchronously for a bad frame (the consumer adds the location)', () => {
    const fn = new AvroDeserializer(registry, { field: 'key' }).asConsumerDeserializer();
    expect(() => fn(Buffer.from([1, 2]), 't')).toThrow(/2 bytes, a frame has at least 5/);
  });

  it('rejects bad options at construction', () => {
    expect(() => new AvroDeserializer(registry, { readerSchema: '{"type":"nope"}' })).toThrow(InvalidConfigError);
    expect(() => new AvroDeserializer(registry, { readerSchema: '"int"', useLatestVersion: true })).toThrow(
      /cannot both be set/,
    );
    expect(() => new AvroDeserializer(registry, { field: 'values' as never })).toThrow(/option field/);
  });
});

describe('AvroSerializer error paths', () => {
  it('needs a schema unless the registry picks one', () => {
    expect(() => new AvroSerializer(registry)).toThrow(/needs option schema/);
    expect(() => new AvroSerializer(registry, { useLatestVersion: true })).not.toThrow();
    expect(() => new AvroSerializer(registry, { schema: '{"type":"record"}' })).toThrow(/not a valid Avro schema/);
  });

  it('null and undefined serialize to null without the registry', async () => {
    const s = new AvroSerializer(registry, { schema: '"string"' });
    expect(await s.serialize(null, 't')).toBeNull();
    expect(await s.serialize(undefined, 't')).toBeNull();
  });

  it('a record strategy on an unnamed schema is a SerializationError', async () => {
    const s = new AvroSerializer(registry, { schema: '"string"', subjectNameStrategy: 'record' });
    const err = await s.serialize('x', 'orders').catch((e) => e);
    expect(err).toBeInstanceOf(SerializationError);
    expect(err.message).toMatch(/needs a named schema/);
  });

  it('a registry that cannot be reached is a SerializationError naming the subject', async () => {
    const s = new AvroSerializer(registry, { schema: '"string"' });
    const err = await s.serialize('x', 'orders').catch((e) => e);
    expect(err).toBeInstanceOf(SerializationError);
    expect(err.message).toMatch(/cannot register the schema under subject "orders-value"/);
    expect(err.cause.httpStatus).toBe(0);
  });
});
