// Avro with a Schema Registry: AvroProducer writes Confluent wire-format records, AvroConsumer reads
// them back with a newer reader schema (schema evolution), and the lower-level serializers are
// shown for use with any producer or consumer.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8081 tsx examples/avro.ts
// (Apicurio Registry: KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8080/apis/ccompat/v7;
//  `tsx scripts/kafka/cli.ts up --registry` starts both and `pnpm kafka:status` prints the URLs.)
import { randomUUID } from 'node:crypto';
import { AvroConsumer, AvroDeserializer, AvroProducer, AvroSerializer, SchemaRegistryClient } from '@kafka-aio/avro';
import { SerializationError } from '@kafka-aio/protocol';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const registryUrl = process.env.KAFKA_AIO_REGISTRY_URL ?? 'http://127.0.0.1:8081';
const topic = process.env.KAFKA_AIO_TOPIC ?? `kafka-aio-avro-${randomUUID().slice(0, 8)}`;

const orderV1 = {
  type: 'record',
  name: 'Order',
  namespace: 'com.example',
  fields: [
    { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'placedAt', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'total', type: { type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2 } },
    { name: 'lines', type: { type: 'array', items: 'string' } },
  ],
};
// v2 adds a field with a default: BACKWARD compatible, so v2 readers can read v1 data.
const orderV2 = {
  ...orderV1,
  fields: [...orderV1.fields, { name: 'channel', type: ['null', 'string'], default: null }],
};

interface Order {
  id: string;
  placedAt: Date;
  total: string; // decimals are strings with exactly `scale` digits: no precision is lost
  lines: string[];
  channel?: string | null;
}

// One registry client, shared: its caches make steady-state produce and consume HTTP-free.
const registry = new SchemaRegistryClient({ url: registryUrl });

{
  await using producer = new AvroProducer<string, Order>({
    bootstrapServers,
    schemaRegistry: registry,
    defaultValueSchema: orderV1, // registered under `${topic}-value` on first use
  });
  await producer.start();
  for (let i = 0; i < 3; i++) {
    const order = { id: randomUUID(), placedAt: new Date(), total: `${10 + i}.50`, lines: [`sku-${i}`] };
    await producer.send(topic, order, { key: order.id }); // a string key without a key schema is sent as is
  }
  await producer.flush();

  // A value that does not match its schema is refused before anything is sent, naming the field.
  try {
    await producer.send(topic, { id: randomUUID(), placedAt: new Date(), total: 'ten', lines: [] });
  } catch (err) {
    if (!(err instanceof SerializationError)) throw err;
    console.log(`refused: ${err.message}`);
  }
}

{
  await using consumer = new AvroConsumer<Buffer, Order>(topic, {
    bootstrapServers,
    groupId: `avro-example-${randomUUID().slice(0, 8)}`,
    autoOffsetReset: 'earliest',
    schemaRegistry: registry,
    avroKeys: false, // keys were written as plain strings
    readerValueSchema: orderV2, // v1 records come back with channel: null
  });
  await consumer.start();
  let n = 0;
  for await (const record of consumer) {
    const order = record.value!;
    console.log(`${record.key?.toString()} ${order.placedAt.toISOString()} ${order.total} channel=${order.channel}`);
    if (++n === 3) break;
  }
}

// The building blocks, for any producer or consumer that moves Buffers.
const serializer = new AvroSerializer<Order>(registry, { schema: orderV2 });
const frame = await serializer.serialize(
  { id: randomUUID(), placedAt: new Date(), total: '1.00', lines: [], channel: 'web' },
  topic,
);
console.log(`frame: magic ${frame![0]}, schema id ${frame!.readUInt32BE(1)}, ${frame!.length - 5} bytes of Avro`);
const back = await new AvroDeserializer<Order>(registry).deserialize(frame, topic);
console.log(`decoded: ${back?.channel} ${back?.total}`);

registry.close();
