import { create } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { DeserializationError, InvalidConfigError } from '@kafka-aio/protocol';
import { SchemaRegistryClient } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeRegistry, startFakeRegistry } from '../../../test/support/fake-registry.js';
import { MoneySchema } from '../test/gen/v1/kafka_aio/test/common_pb.js';
import {
  file_kafka_aio_test_order,
  Order_LineSchema,
  Order_Status,
  OrderSchema,
  Shipment_Leg_StopSchema,
  ShipmentSchema,
} from '../test/gen/v1/kafka_aio/test/order_pb.js';
import { ProtobufDeserializer } from './deserializer.js';
import { indexMessages, messageIndexesOf, printProtoFile } from './proto-text.js';
import { ProtobufSerializer } from './serializer.js';

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

const id4 = (id: number) => [id >>> 24, (id >>> 16) & 255, (id >>> 8) & 255, id & 255];

describe('.proto text and message indexes', () => {
  it('prints the file with nested types in declaration order, maps where their entry types stand', () => {
    const text = printProtoFile(file_kafka_aio_test_order);
    expect(text).toMatch(
      /^syntax = "proto3";\n\npackage kafka_aio\.test;\n\nimport "google\/protobuf\/timestamp\.proto";/,
    );
    expect(text).toContain('  map<string, string> attributes = 6;');
    expect(text).toContain('  oneof payment {\n    string card = 7;\n    .kafka_aio.test.Money voucher = 8;\n  }');
    expect(text).toContain('  optional string note = 9;');
    expect(text).toContain('  .google.protobuf.StringValue coupon = 10;');
    // Order's nested types are Line, then the entry type of attributes: Line is 0.0.
    expect([...indexMessages(text)]).toEqual([
      ['0', 'kafka_aio.test.Order'],
      ['0.0', 'kafka_aio.test.Order.Line'],
      ['1', 'kafka_aio.test.Shipment'],
      ['1.0', 'kafka_aio.test.Shipment.Leg'],
      ['1.0.0', 'kafka_aio.test.Shipment.Leg.Stop'],
    ]);
    expect(messageIndexesOf(OrderSchema)).toEqual([0]);
    expect(messageIndexesOf(Order_LineSchema)).toEqual([0, 0]);
    expect(messageIndexesOf(Shipment_Leg_StopSchema)).toEqual([1, 0, 0]);
  });

  it('indexes text written by hand: comments, map fields before nested messages, options with braces', () => {
    const text = `
      syntax = "proto3"; // a comment with message Fake {
      package a.b;
      /* message Hidden { } */
      message Outer {
        map<string, int32> counts = 1;   // entry type: index 0
        option (x) = { message: "y" };
        message Inner { string s = 1; }  // index 1
        string message = 2;
      }
      enum E { A = 0; }
      message Second {}`;
    expect([...indexMessages(text)]).toEqual([
      ['0', 'a.b.Outer'],
      ['0.1', 'a.b.Outer.Inner'],
      ['1', 'a.b.Second'],
    ]);
  });
});

describe('ProtobufSerializer', () => {
  it('registers the imports as references, then writes 0x00, id, message indexes and the binary', async () => {
    const s = new ProtobufSerializer(registry, { schema: Shipment_Leg_StopSchema });
    const bytes = await s.serialize(create(Shipment_Leg_StopSchema, { city: 'A' }), 'ships');
    const latest = await registry.getLatestVersion('ships-value');
    expect(latest.schemaType).toBe('PROTOBUF');
    expect(latest.schema).toBe(printProtoFile(file_kafka_aio_test_order));
    expect(latest.references).toEqual([
      { name: 'kafka_aio/test/common.proto', subject: 'kafka_aio/test/common.proto', version: 1 },
    ]);
    // indexes [1, 0, 0]: zigzag count 3 = 0x06, then 0x02 0x00 0x00; city: tag 0x0a, length 1, 'A'.
    expect([...bytes!]).toEqual([0, ...id4(latest.id), 0x06, 0x02, 0x00, 0x00, 0x0a, 0x01, 0x41]);
  });

  it('writes the first message of a file with the single-byte [0] shortcut, and makes no calls when warm', async () => {
    const s = new ProtobufSerializer(registry, { schema: OrderSchema });
    const order = create(OrderSchema, { id: 'x', status: Order_Status.PAID });
    const bytes = await s.serialize(order, 'orders');
    const id = (await registry.getLatestVersion('orders-value')).id;
    // id: tag 0x0a, length 1, 'x'; status: tag 0x18, 2.
    expect([...bytes!]).toEqual([0, ...id4(id), 0x00, 0x0a, 0x01, 0x78, 0x18, 0x02]);
    const before = fake.requests.length;
    await s.serialize(order, 'orders');
    expect(s.trySerializeSync(order, 'orders')?.value).toEqual(bytes);
    expect(fake.requests.length).toBe(before);
  });

  it('with schemaIdLocation "header" puts GUID and message indexes in __value_schema_id', async () => {
    const s = new ProtobufSerializer(registry, { schema: ShipmentSchema, schemaIdLocation: 'header' });
    const out = await s.serializeWithHeaders(create(ShipmentSchema, { orderId: 'o' }), 'ships-h');
    expect([...out.value!]).toEqual([0x0a, 0x01, 0x6f]);
    const guid = registry.guidOf((await registry.getLatestVersion('ships-h-value')).id)!;
    expect(out.headers).toEqual([
      ['__value_schema_id', Buffer.from(`01${guid.replace(/-/g, '')}0202`, 'hex')], // indexes [1]
    ]);
  });

  it('useLatestVersion finds the message indexes in the registered text; autoRegisterSchemas false looks up', async () => {
    // Registered by another producer, with Shipment first: Shipment.Leg.Stop is [0, 0, 0] there.
    const text = `syntax = "proto3";
package kafka_aio.test;
message Shipment { message Leg { message Stop { string city = 1; } } }
message Other {}`;
    const id = fake.add('latest-pb-value', text, 'PROTOBUF').id;
    const s = new ProtobufSerializer(registry, { schema: Shipment_Leg_StopSchema, useLatestVersion: true });
    const bytes = await s.serialize(create(Shipment_Leg_StopSchema, { city: 'A' }), 'latest-pb');
    expect([...bytes!]).toEqual([0, ...id4(id), 0x06, 0x00, 0x00, 0x00, 0x0a, 0x01, 0x41]);
    const missing = new ProtobufSerializer(registry, { schema: OrderSchema, useLatestVersion: true });
    fake.add('latest-pb2-value', 'syntax = "proto3";\nmessage Unrelated {}', 'PROTOBUF');
    await expect(missing.serialize(create(OrderSchema), 'latest-pb2')).rejects.toThrow(
      /declares no message kafka_aio\.test\.Order/,
    );
    const lookup = new ProtobufSerializer(registry, { schema: OrderSchema, autoRegisterSchemas: false });
    await expect(lookup.serialize(create(OrderSchema), 'never-registered')).rejects.toThrow(
      /cannot find the schema \(autoRegisterSchemas is off\) under subject "never-registered-value"/,
    );
  });

  it('rejects bad options at construction', () => {
    expect(() => new ProtobufSerializer(registry, {} as never)).toThrow(InvalidConfigError);
    expect(() => new ProtobufSerializer(registry, { schema: OrderSchema, typeOptions: {} } as never)).toThrow(
      /unknown/,
    );
  });
});

describe('ProtobufDeserializer', () => {
  it('decodes into the type the message indexes name, well-known types included', async () => {
    const s = new ProtobufSerializer(registry, { schema: OrderSchema });
    const order = create(OrderSchema, {
      id: 'o-1',
      lines: [{ sku: 'A', qty: 2, price: { currency: 'EUR', units: 3n, nanos: 500 } }],
      createdAt: timestampFromMs(1_700_000_000_000),
      attributes: { gift: 'yes' },
      payment: { case: 'voucher', value: create(MoneySchema, { currency: 'EUR', units: 5n }) },
      note: 'n',
      coupon: 'SAVE',
    });
    const d = new ProtobufDeserializer(registry, { messageTypes: [file_kafka_aio_test_order] });
    expect(await d.deserialize(await s.serialize(order, 'orders-d'), 'orders-d')).toEqual(order);
    const stop = await new ProtobufSerializer(registry, { schema: Shipment_Leg_StopSchema }).serialize(
      create(Shipment_Leg_StopSchema, { city: 'Gent' }),
      'mixed',
    );
    expect(await d.deserialize(stop, 'mixed')).toEqual(create(Shipment_Leg_StopSchema, { city: 'Gent' }));
    const fn = d.asConsumerDeserializer();
    expect(fn(stop, 'mixed', [])).toEqual(create(Shipment_Leg_StopSchema, { city: 'Gent' })); // synchronous when warm
  });

  it('reads schema id and indexes from the header over the prefix', async () => {
    const s = new ProtobufSerializer(registry, { schema: ShipmentSchema, schemaIdLocation: 'header' });
    const out = await s.serializeWithHeaders(create(ShipmentSchema, { orderId: 'o-9' }), 'ships-hd');
    const d = new ProtobufDeserializer(registry, { messageTypes: [ShipmentSchema] });
    const headers = out.headers.map(([key, value]) => ({ key, value }));
    expect(await d.deserialize(out.value, { topic: 'ships-hd', headers })).toEqual(
      create(ShipmentSchema, { orderId: 'o-9' }),
    );
  });

  it('a type not among messageTypes, an unknown id or a bad frame is a DeserializationError', async () => {
    const bytes = await new ProtobufSerializer(registry, { schema: OrderSchema }).serialize(
      create(OrderSchema, { id: 'x' }),
      'orders-e',
    );
    const d = new ProtobufDeserializer(registry, { messageTypes: [ShipmentSchema] });
    const err = await d.deserialize(bytes, { topic: 'orders-e', partition: 1, offset: 2n }).catch((e) => e);
    expect(err).toBeInstanceOf(DeserializationError);
    expect((err as Error).message).toMatch(
      /message kafka_aio\.test\.Order .* is not among this deserializer's messageTypes/,
    );
    await expect(d.deserialize(Buffer.from([0, 0, 0, 3, 231, 0]), 't')).rejects.toThrow(
      /unknown or unreadable writer schema id:999/,
    );
    await expect(d.deserialize(Buffer.from([1, 2]), 't')).rejects.toThrow(/2 bytes/);
    expect(() => new ProtobufDeserializer(registry, { messageTypes: [] })).toThrow(InvalidConfigError);
  });
});
