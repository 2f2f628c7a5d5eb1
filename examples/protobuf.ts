// Protobuf with a Schema Registry: generated @bufbuild/protobuf messages (examples/gen, from
// examples/proto) written in the Confluent wire format — two message types of one file on one
// topic, told apart by their message indexes — with the imported money.proto registered as a
// schema reference, and an AIOKafkaConsumer decoding each record into its generated type.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8081 tsx examples/protobuf.ts
// (Apicurio Registry: KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8080/apis/ccompat/v7.)
import { randomUUID } from 'node:crypto';
import { create, isMessage } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { ProtobufDeserializer, ProtobufSerializer, SchemaRegistryClient } from '@kafka-aio/protobuf';
import { file_shop_order, OrderCancelledSchema, OrderSchema } from './gen/shop/order_pb.js';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const registryUrl = process.env.KAFKA_AIO_REGISTRY_URL ?? 'http://127.0.0.1:8081';
const topic = process.env.KAFKA_AIO_TOPIC ?? `kafka-aio-protobuf-${randomUUID().slice(0, 8)}`;

const registry = new SchemaRegistryClient({ url: registryUrl });
// Both register shop/order.proto under `${topic}-value` (and shop/money.proto under its import path).
const orders = new ProtobufSerializer(registry, { schema: OrderSchema });
const cancellations = new ProtobufSerializer(registry, { schema: OrderCancelledSchema });
console.log(orders.schemaText()); // the .proto text registered, printed from the generated descriptor

{
  await using producer = new AIOKafkaProducer({ bootstrapServers });
  await producer.start();
  const order = create(OrderSchema, {
    id: 'o-1',
    lines: [{ sku: 'book', qty: 2 }],
    total: { currency: 'EUR', units: 24n, nanos: 500_000_000 },
    placedAt: timestampNow(),
  });
  await producer.send(topic, await orders.serialize(order, topic), { key: order.id });
  const cancelled = create(OrderCancelledSchema, { id: 'o-1', reason: 'changed my mind' });
  await producer.send(topic, await cancellations.serialize(cancelled, topic), { key: cancelled.id });
  await producer.flush();
}

{
  const deserializer = new ProtobufDeserializer(registry, { messageTypes: [file_shop_order] });
  await using consumer = new AIOKafkaConsumer(topic, {
    bootstrapServers,
    groupId: `protobuf-example-${randomUUID().slice(0, 8)}`,
    autoOffsetReset: 'earliest',
    valueDeserializer: deserializer.asConsumerDeserializer(),
  });
  await consumer.start();
  let n = 0;
  for await (const record of consumer) {
    const message = record.value;
    if (isMessage(message, OrderSchema)) console.log(`order ${message.id}: ${message.lines.length} line(s)`);
    else if (isMessage(message, OrderCancelledSchema)) console.log(`cancelled ${message.id}: ${message.reason}`);
    if (++n === 2) break;
  }
}

registry.close();
