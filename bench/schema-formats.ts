/**
 * Schema Registry serializer benchmark: serialize and deserialize throughput of the JSON Schema and
 * Protobuf serdes of kafka-aio next to @kafkajs/confluent-schema-registry on the same schemas and
 * values. Both talk to the same in-memory registry (test/support/fake-registry.ts) and are warmed
 * up first, so the numbers are the steady state: no HTTP, only validation, encoding and framing.
 * Run: `tsx bench/schema-formats.ts [--quick]` (installs the peer under the harness cache on first
 * use, outside the repository's lockfile, like bench/peers.ts does for the Kafka clients).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create } from '@bufbuild/protobuf';
import { JsonSchemaDeserializer, JsonSchemaSerializer } from '../packages/json-schema/src/index.js';
import { ProtobufDeserializer, ProtobufSerializer, printProtoFile } from '../packages/protobuf/src/index.js';
import { SchemaRegistryClient } from '../packages/schema-registry/src/index.js';
import { cacheRoot } from '../scripts/kafka/index.js';
import { startFakeRegistry } from '../test/support/fake-registry.js';
import { EventSchema, file_bench_event } from './gen/bench/event_pb.js';

/** Pinned so that results stay comparable between runs. */
const PEER = '@kafkajs/confluent-schema-registry@4.1.0';

interface PeerRegistry {
  register(schema: { type: string; schema: string }, opts: { subject: string }): Promise<{ id: number }>;
  encode(id: number, payload: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<unknown>;
}

function loadPeer(): { SchemaRegistry: new (o: { host: string }) => PeerRegistry; SchemaType: Record<string, string> } {
  const dir = join(cacheRoot(), 'schema-bench-peers');
  const pkg = join(dir, 'node_modules', '@kafkajs', 'confluent-schema-registry', 'package.json');
  if (!existsSync(pkg)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', PEER], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm install ${PEER} failed`);
  }
  return createRequire(pkg)('./dist/index.js');
}

const jsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Event',
  type: 'object',
  properties: {
    id: { type: 'string' },
    timestampMs: { type: 'integer' },
    kind: { type: 'string', enum: ['created', 'paid', 'shipped'] },
    tags: { type: 'array', items: { type: 'string' } },
    amount: {
      type: 'object',
      properties: { currency: { type: 'string' }, units: { type: 'integer' }, nanos: { type: 'integer' } },
      required: ['currency', 'units'],
    },
    attributes: { type: 'object', additionalProperties: { type: 'string' } },
  },
  required: ['id', 'timestampMs', 'kind'],
};

const plain = {
  id: 'evt-000123',
  timestampMs: 1_700_000_000_000,
  kind: 'paid',
  tags: ['web', 'eu', 'priority'],
  amount: { currency: 'EUR', units: 24, nanos: 500_000_000 },
  attributes: { channel: 'web', region: 'eu-west' },
};

let sink = 0;

/** Calls `fn` `n` times (awaiting each) for about `ms`; returns calls per second. */
async function sample(fn: () => unknown, ms: number): Promise<number> {
  let calls = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  do {
    for (let i = 0; i < 100; i++) {
      const out = await fn();
      if (out) sink ^= 1;
    }
    calls += 100;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  return calls / (Number(elapsed) / 1e9);
}

async function measure(fn: () => unknown, quick: boolean): Promise<number> {
  await sample(fn, quick ? 100 : 500);
  const xs: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) xs.push(await sample(fn, quick ? 80 : 250));
  return xs.sort((a, b) => a - b)[xs.length >> 1];
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const { SchemaRegistry, SchemaType } = loadPeer();
  const fake = await startFakeRegistry();
  const registry = new SchemaRegistryClient({ url: fake.url });
  const peer = new SchemaRegistry({ host: fake.url });
  const topic = 'bench';

  // JSON Schema: the same schema text under one subject for both.
  const jsonText = JSON.stringify(jsonSchema);
  const { id: jsonId } = await peer.register({ type: SchemaType.JSON, schema: jsonText }, { subject: 'bench-json' });
  const jsonOut = new JsonSchemaSerializer(registry, { schema: jsonText, subjectNameStrategy: () => 'bench-json' });
  const jsonIn = new JsonSchemaDeserializer(registry, { validate: true });
  const jsonInLax = new JsonSchemaDeserializer(registry);
  const jsonFrame = (await jsonOut.serialize(plain, topic))!;
  if (jsonFrame.readUInt32BE(1) !== jsonId) throw new Error('the two JSON serializers disagree on the schema id');

  // Protobuf: the peer parses the text this package registers (printed from the descriptor).
  const protoText = printProtoFile(file_bench_event);
  const { id: pbId } = await peer.register({ type: SchemaType.PROTOBUF, schema: protoText }, { subject: 'bench-pb' });
  const pbOut = new ProtobufSerializer(registry, { schema: EventSchema, subjectNameStrategy: () => 'bench-pb' });
  const pbIn = new ProtobufDeserializer(registry, { messageTypes: [EventSchema] });
  const message = create(EventSchema, {
    ...plain,
    timestampMs: BigInt(plain.timestampMs),
    amount: { ...plain.amount, units: 24n },
  });
  const pbFrame = (await pbOut.serialize(message, topic))!;
  const peerPbFrame = await peer.encode(pbId, { ...plain, timestampMs: plain.timestampMs });
  // The peer writes no message indexes; its frame is the prefix and the Protobuf body only.
  await pbIn.deserialize(pbFrame, topic);
  await peer.decode(jsonFrame);
  await peer.decode(peerPbFrame);

  const cases: [string, string, () => unknown][] = [
    ['JSON Schema serialize (validating)', 'kafka-aio', () => jsonOut.serialize(plain, topic)],
    ['JSON Schema serialize (validating)', 'kafkajs', () => peer.encode(jsonId, plain)],
    ['JSON Schema deserialize (validating)', 'kafka-aio', () => jsonIn.deserialize(jsonFrame, topic)],
    ['JSON Schema deserialize (validating)', 'kafkajs', () => peer.decode(jsonFrame)],
    ['JSON Schema deserialize (no validation)', 'kafka-aio', () => jsonInLax.deserialize(jsonFrame, topic)],
    ['Protobuf serialize', 'kafka-aio', () => pbOut.serialize(message, topic)],
    ['Protobuf serialize', 'kafkajs', () => peer.encode(pbId, plain)],
    ['Protobuf deserialize', 'kafka-aio', () => pbIn.deserialize(pbFrame, topic)],
    ['Protobuf deserialize', 'kafkajs', () => peer.decode(peerPbFrame)],
  ];
  const before = fake.requests.length;
  console.log(`node ${process.version}, ${PEER}; JSON frame ${jsonFrame.length} B, Protobuf frame ${pbFrame.length} B`);
  console.log('| case | library | ops/s |');
  console.log('| --- | --- | ---: |');
  for (const [name, lib, fn] of cases) {
    const rate = await measure(fn, quick);
    console.log(`| ${name} | ${lib} | ${Math.round(rate).toLocaleString('en-US')} |`);
  }
  if (fake.requests.length !== before) throw new Error('the benchmark loop made registry requests');
  registry.close();
  await fake.close();
  if (sink < 0) console.log(sink);
}

await main();
