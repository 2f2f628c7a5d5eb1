// JSON Schema with a Schema Registry: a serializer that validates before it writes (and names the
// failing path when it refuses), a schema that references another subject with $ref, the schema id
// carried in a record header, and an AIOKafkaConsumer reading it all back with validation.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8081 tsx examples/json-schema.ts
// (Apicurio Registry: KAFKA_AIO_REGISTRY_URL=http://127.0.0.1:8080/apis/ccompat/v7;
//  `tsx scripts/kafka/cli.ts up --registry` starts both and `pnpm kafka:status` prints the URLs.)
import { randomUUID } from 'node:crypto';
import { AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { JsonSchemaDeserializer, JsonSchemaSerializer, SchemaRegistryClient } from '@kafka-aio/json-schema';
import { SerializationError } from '@kafka-aio/protocol';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const registryUrl = process.env.KAFKA_AIO_REGISTRY_URL ?? 'http://127.0.0.1:8081';
const suffix = randomUUID().slice(0, 8);
const topic = process.env.KAFKA_AIO_TOPIC ?? `kafka-aio-json-${suffix}`;

interface Order {
  id: string;
  qty: number;
  shipTo: { street?: string; city: string };
}

const address = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'address.json',
  type: 'object',
  properties: { street: { type: 'string' }, city: { type: 'string' } },
  required: ['city'],
};
const order = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Order',
  type: 'object',
  properties: { id: { type: 'string' }, qty: { type: 'integer', minimum: 1 }, shipTo: { $ref: 'address.json' } },
  required: ['id', 'qty', 'shipTo'],
};

const registry = new SchemaRegistryClient({ url: registryUrl });
// The referenced schema lives under its own subject; the order schema points at it by name.
const addressSubject = `address-${suffix}`;
await registry.register(addressSubject, { schema: JSON.stringify(address), schemaType: 'JSON' });
const references = [{ name: 'address.json', subject: addressSubject, version: 1 }];

const serializer = new JsonSchemaSerializer<Order>(registry, { schema: order, references, schemaIdLocation: 'header' });
{
  await using producer = new AIOKafkaProducer({ bootstrapServers });
  await producer.start();
  for (let i = 1; i <= 3; i++) {
    const { value, headers } = await serializer.serializeWithHeaders(
      { id: `o-${i}`, qty: i, shipTo: { city: 'Gent' } },
      topic,
    );
    await producer.send(topic, value, { key: `o-${i}`, headers }); // plain JSON, the id in __value_schema_id
  }
  await producer.flush();

  try {
    await serializer.serializeWithHeaders({ id: 'o-4', qty: 0, shipTo: { street: 'Veldstraat' } } as Order, topic);
  } catch (err) {
    if (!(err instanceof SerializationError)) throw err;
    console.log(`refused: ${err.message}`); // names /qty and /shipTo/city
  }
}

{
  const reader = new JsonSchemaDeserializer<Order>(registry, { validate: true });
  await using consumer = new AIOKafkaConsumer<Buffer, Order | null>(topic, {
    bootstrapServers,
    groupId: `json-example-${suffix}`,
    autoOffsetReset: 'earliest',
    valueDeserializer: reader.asConsumerDeserializer(),
  });
  await consumer.start();
  let n = 0;
  for await (const record of consumer) {
    console.log(`${record.key?.toString()} qty=${record.value?.qty} city=${record.value?.shipTo.city}`);
    if (++n === 3) break;
  }
}

registry.close();
