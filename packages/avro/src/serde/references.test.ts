import { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeRegistry, startFakeRegistry } from '../../../../test/support/fake-registry.js';
import { AvroDeserializer } from './deserializer.js';
import { AvroSerializer } from './serializer.js';

let fake: FakeRegistry;
let registry: SchemaRegistryClient;

beforeAll(async () => {
  fake = await startFakeRegistry();
  registry = new SchemaRegistryClient({ url: fake.url, maxRetries: 0 });
});
afterAll(async () => {
  registry?.close();
  await fake?.close();
});

const address = { type: 'record', name: 'Address', namespace: 'com.acme', fields: [{ name: 'city', type: 'string' }] };
const order = {
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'int' },
    { name: 'shipTo', type: 'com.acme.Address' },
  ],
};

describe('Avro schema references', () => {
  it('registers with the references and writes named types from the referenced subject', async () => {
    await registry.register('com.acme.Address', JSON.stringify(address));
    const references = [{ name: 'com.acme.Address', subject: 'com.acme.Address', version: 1 }];
    const s = new AvroSerializer(registry, { schema: order, references, subjectNameStrategy: 'record' });
    expect(s.subjectName('t')).toBe('com.acme.Order');
    const frame = await s.serialize({ id: 1, shipTo: { city: 'Gent' } }, 't');
    const registered = await registry.getLatestVersion('com.acme.Order');
    expect(registered.references).toEqual(references);
    // Hand-built: 0x00, id, zigzag(1) = 0x02, string length zigzag(4) = 0x08, 'Gent'.
    expect([...frame!]).toEqual([0, 0, 0, 0, registered.id, 0x02, 0x08, ...Buffer.from('Gent')]);

    // A fresh client: the reader resolves the reference through the registry.
    const reader = new SchemaRegistryClient({ url: fake.url, maxRetries: 0 });
    expect(await new AvroDeserializer(reader).deserialize(frame, 't')).toEqual({ id: 1, shipTo: { city: 'Gent' } });
    reader.close();
    await expect(s.serialize({ id: 2, shipTo: { town: 'x' } } as never, 't')).rejects.toThrow(/shipTo\.city/);
  });

  it('an unknown reference fails with the subject named', async () => {
    const s = new AvroSerializer(registry, {
      schema: { ...order, name: 'Order2' },
      references: [{ name: 'com.acme.Address', subject: 'no-such-subject', version: 1 }],
    });
    await expect(s.serialize({ id: 1, shipTo: { city: 'x' } }, 'refs-missing')).rejects.toThrow(/no-such-subject/);
  });

  it('the deserializer takes the schema id from the header over the payload prefix', async () => {
    const id = await registry.register('hdr-value', '"string"');
    const d = new AvroDeserializer(registry);
    const body = Buffer.from([0x04, 0x68, 0x69]); // "hi": length zigzag(2) = 4, then the bytes
    const headers = [{ key: '__value_schema_id', value: Buffer.from([0, 0, 0, 0, id]) }];
    expect(await d.deserialize(body, { topic: 'hdr', headers })).toBe('hi');
    expect(d.asConsumerDeserializer()(body, 'hdr', headers)).toBe('hi'); // synchronous once known
    // A key deserializer looks for __key_schema_id only, and so reads the prefix here.
    await expect(
      new AvroDeserializer(registry, { field: 'key' }).deserialize(body, { topic: 'hdr', headers }),
    ).rejects.toThrow(/3 bytes, a frame has at least 5/);
  });

  it('with schemaIdLocation "header" the value is the bare Avro body and the id travels in a header', async () => {
    const s = new AvroSerializer(registry, { schema: '"string"', schemaIdLocation: 'header' });
    const out = await s.serializeWithHeaders('hi', 'hdr-w');
    const id = (await registry.getLatestVersion('hdr-w-value')).id;
    expect([...out.value!]).toEqual([0x04, 0x68, 0x69]);
    expect(out.headers).toEqual([['__value_schema_id', Buffer.from([0, 0, 0, 0, id])]]);
    await expect(s.serialize('hi', 'hdr-w')).rejects.toThrow(/serializeWithHeaders/);
    const headers = out.headers.map(([key, value]) => ({ key, value }));
    expect(await new AvroDeserializer(registry).deserialize(out.value, { topic: 'hdr-w', headers })).toBe('hi');
  });
});
