import { clone, create, createFileRegistry, type DescMessage } from '@bufbuild/protobuf';
import {
  FileDescriptorProtoSchema,
  file_google_protobuf_timestamp,
  file_google_protobuf_wrappers,
  timestampFromMs,
} from '@bufbuild/protobuf/wkt';
import { AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { SerializationError } from '@kafka-aio/protocol';
import { SchemaRegistryClient, SchemaRegistryError } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopic, kafka, newTopic, readPartition, useRegistry } from '../../schema-registry/test/support.js';
import { ProtobufDeserializer } from '../src/deserializer.js';
import { printProtoFile } from '../src/proto-text.js';
import { ProtobufSerializer } from '../src/serializer.js';
import { file_kafka_aio_test_common } from './gen/v1/kafka_aio/test/common_pb.js';
import {
  file_kafka_aio_test_order,
  type Order,
  Order_Status,
  OrderSchema,
  Shipment_Leg_StopSchema,
  ShipmentSchema,
} from './gen/v1/kafka_aio/test/order_pb.js';
import {
  file_kafka_aio_test_order as file_order_v2,
  OrderSchema as OrderV2Schema,
} from './gen/v2/kafka_aio/test/order_pb.js';

// ProtobufSerializer -> AIOKafkaProducer -> a real broker -> Fetch / AIOKafkaConsumer ->
// ProtobufDeserializer, with a real Apicurio Registry (its Confluent-compatible API).

const bootstrapServers = kafka.bootstrap;

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

/** Each test registers its imports under its own subjects, so that tests do not share versions. */
function refSubjects(prefix: string) {
  return (importPath: string) => `${prefix}-${importPath}`;
}

const order = create(OrderSchema, {
  id: 'o-1',
  lines: [{ sku: 'A', qty: 2, price: { currency: 'EUR', units: 3n, nanos: 500_000_000 } }],
  status: Order_Status.PAID,
  createdAt: timestampFromMs(1_700_000_000_000),
  attributes: { gift: 'yes' },
  payment: { case: 'card', value: '4111' },
  coupon: 'SAVE',
});

describe('ProtobufSerializer and ProtobufDeserializer through Kafka and Apicurio', () => {
  it('round-trips two messages of one file, with an import as a reference and well-known types', async () => {
    const topic = newTopic('pb-it');
    await createTopic(bootstrapServers, topic, 1);
    const refs = refSubjects(topic);
    const orders = new ProtobufSerializer(client, { schema: OrderSchema, referenceSubjectName: refs });
    const stops = new ProtobufSerializer(client, { schema: Shipment_Leg_StopSchema, referenceSubjectName: refs });
    await producer.sendAndWait(topic, await orders.serialize(order, topic), { partition: 0 });
    await producer.sendAndWait(topic, await stops.serialize(create(Shipment_Leg_StopSchema, { city: 'Gent' }), topic), {
      partition: 0,
    });
    const [r1, r2] = await readPartition(bootstrapServers, topic, 0);

    const registered = await client.getLatestVersion(`${topic}-value`);
    expect(registered.schemaType).toBe('PROTOBUF');
    expect(registered.references).toEqual([
      { name: 'kafka_aio/test/common.proto', subject: refs('kafka_aio/test/common.proto'), version: 1 },
    ]);
    const id = Buffer.alloc(4);
    id.writeUInt32BE(registered.id);
    // Hand-built: 0x00, id, indexes [1, 0, 0] (count zigzag 3 = 0x06; 1 -> 0x02; 0; 0), city = 'Gent'.
    expect(r2.value).toEqual(
      Buffer.concat([Buffer.from([0]), id, Buffer.from([0x06, 0x02, 0x00, 0x00, 0x0a, 0x04]), Buffer.from('Gent')]),
    );
    // The first message of the file: the single byte 0x00 as its indexes.
    expect(r1.value!.subarray(0, 6)).toEqual(Buffer.concat([Buffer.from([0]), id, Buffer.from([0])]));

    const d = new ProtobufDeserializer(client, { messageTypes: [file_kafka_aio_test_order] });
    expect(await d.deserialize(r1.value, { topic, partition: 0, offset: r1.offset })).toEqual(order);
    expect(await d.deserialize(r2.value, { topic, partition: 0, offset: r2.offset })).toEqual(
      create(Shipment_Leg_StopSchema, { city: 'Gent' }),
    );
  });

  it('carries schema id and message indexes in a header, which an AIOKafkaConsumer deserializer reads', async () => {
    const topic = newTopic('pb-it-hdr');
    await createTopic(bootstrapServers, topic, 1);
    const s = new ProtobufSerializer(client, {
      schema: ShipmentSchema,
      schemaIdLocation: 'header',
      referenceSubjectName: refSubjects(topic),
    });
    const shipment = create(ShipmentSchema, { orderId: 'o-1', legs: [{ km: 12.5, stops: [{ city: 'Gent' }] }] });
    const out = await s.serializeWithHeaders(shipment, topic);
    await producer.sendAndWait(topic, out.value, { partition: 0, headers: out.headers });
    const id = (await client.getLatestVersion(`${topic}-value`)).id;
    // Apicurio assigns no GUIDs: 0x00 + 4-byte id, then indexes [1].
    expect(out.headers).toEqual([
      ['__value_schema_id', Buffer.from([0, id >>> 24, (id >>> 16) & 255, (id >>> 8) & 255, id & 255, 0x02, 0x02])],
    ]);
    const d = new ProtobufDeserializer(client, { messageTypes: [ShipmentSchema] });
    await using consumer = new AIOKafkaConsumer<Buffer | null, unknown>(topic, {
      bootstrapServers,
      groupId: newTopic('g'),
      autoOffsetReset: 'earliest',
      valueDeserializer: d.asConsumerDeserializer(),
    });
    await consumer.start();
    expect((await consumer.getOne()).value).toEqual(shipment);
  });

  it('evolves under BACKWARD compatibility and refuses an incompatible schema with the registry’s reason', async () => {
    const topic = newTopic('pb-it-evo');
    await createTopic(bootstrapServers, topic, 1);
    const subject = `${topic}-value`;
    const refs = refSubjects(topic);
    await producer.sendAndWait(
      topic,
      await new ProtobufSerializer(client, { schema: OrderSchema, referenceSubjectName: refs }).serialize(order, topic),
      { partition: 0 },
    );
    await client.setCompatibility('BACKWARD', subject);
    // v2 adds a field.
    const v2 = create(OrderV2Schema, { id: 'o-2', channel: 'web' });
    await producer.sendAndWait(
      topic,
      await new ProtobufSerializer(client, { schema: OrderV2Schema, referenceSubjectName: refs }).serialize(v2, topic),
      { partition: 0 },
    );
    expect(await client.getVersions(subject)).toEqual([1, 2]);
    const [r1, r2] = await readPartition(bootstrapServers, topic, 0);
    expect(r1.value!.readUInt32BE(1)).not.toBe(r2.value!.readUInt32BE(1));
    // A v2 reader reads v1 data; a v1 reader reads v2 data, keeping the new field as unknown.
    const newReader = new ProtobufDeserializer(client, { messageTypes: [file_order_v2] });
    expect(await newReader.deserialize(r1.value, topic)).toMatchObject({ id: 'o-1', channel: '' });
    const oldReader = new ProtobufDeserializer(client, { messageTypes: [file_kafka_aio_test_order] });
    const old = await oldReader.deserialize(r2.value, topic);
    expect(old).toMatchObject({ $typeName: 'kafka_aio.test.Order', id: 'o-2' });
    expect((old as unknown as { $unknown?: unknown[] }).$unknown).toHaveLength(1);

    // v3 turns id from string into int64: not backward compatible.
    const proto = clone(FileDescriptorProtoSchema, file_kafka_aio_test_order.proto);
    proto.messageType[0].field.find((f) => f.name === 'id')!.type = 3; // TYPE_INT64
    const files = { file_kafka_aio_test_common, file_google_protobuf_timestamp, file_google_protobuf_wrappers };
    const v3 = createFileRegistry(proto, (name) => Object.values(files).find((f) => f.proto.name === name)).getMessage(
      'kafka_aio.test.Order',
    ) as DescMessage;
    const s3 = new ProtobufSerializer(client, { schema: v3, referenceSubjectName: refs });
    expect(s3.schemaText()).toContain('  int64 id = 1;');
    const err = await s3.serialize(create(v3, { id: 3n } as never), topic).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SerializationError);
    const cause = (err as SerializationError).cause as SchemaRegistryError;
    expect(cause).toBeInstanceOf(SchemaRegistryError);
    expect(cause.errorCode).toBe(409);
    expect(cause.registryMessage.length).toBeGreaterThan(0);
    expect((err as Error).message).toContain(`cannot register the schema under subject "${subject}"`);
    expect((err as Error).message).toContain(cause.registryMessage);
  });

  it('makes no HTTP calls in steady state', async () => {
    const topic = newTopic('pb-it-steady');
    await createTopic(bootstrapServers, topic, 1);
    const s = new ProtobufSerializer(client, { schema: OrderSchema, referenceSubjectName: refSubjects(topic) });
    const d = new ProtobufDeserializer<Order>(client, { messageTypes: [OrderSchema] });
    await d.deserialize(await s.serialize(order, topic), topic); // warm up
    requests.length = 0;
    for (let i = 0; i < 200; i++)
      await producer.send(topic, await s.serialize(create(OrderSchema, { id: String(i) }), topic), { partition: 0 });
    await producer.flush();
    const records = await readPartition(bootstrapServers, topic, 0);
    expect(records).toHaveLength(200);
    for (const r of records) {
      const back = await d.deserialize(r.value, { topic, partition: 0, offset: r.offset });
      expect(back?.id).toBe(String(r.offset));
    }
    expect(requests).toEqual([]);
  });

  it('registers the text printed from the descriptor', async () => {
    const topic = newTopic('pb-it-text');
    const s = new ProtobufSerializer(client, { schema: OrderSchema, referenceSubjectName: refSubjects(topic) });
    await s.serialize(order, topic);
    const stored = await client.getLatestVersion(`${topic}-value`);
    expect(stored.schema).toBe(printProtoFile(file_kafka_aio_test_order));
  });
});
