/**
 * kafkajs 2.x in its own process (Node 20). kafkajs has no linger or batch accumulator: every
 * `send()` call is one request, so the producer hands it arrays of about `batchSize` bytes per
 * partition, with up to `maxInFlight` calls outstanding; lz4 comes from the kafkajs-lz4 codec.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientResult, Job } from '../../job.js';
import { latencySummary } from '../../stats.js';
import {
  importPeer,
  loadKeys,
  loadPayloads,
  nowMs,
  openLoop,
  readStamp,
  runClient,
  SerialBatcher,
  stamp,
  throughput,
} from '../node-common.js';

// kafkajs is loaded from outside the repository, so its types are described here, narrowly.
interface Message {
  key?: Buffer;
  value: Buffer;
  partition?: number;
}
interface Producer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(r: { topic: string; messages: Message[]; acks: number; compression: number }): Promise<unknown>;
}
interface Batch {
  messages: { value: Buffer | null }[];
}
interface Consumer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(s: { topic: string; fromBeginning: boolean }): Promise<void>;
  run(r: { autoCommit: boolean; eachBatch: (p: { batch: Batch }) => Promise<void> }): Promise<void>;
  on(event: string, fn: () => void): void;
  events: { GROUP_JOIN: string };
}
interface KafkaJs {
  Kafka: new (o: object) => { producer(o: object): Producer; consumer(o: object): Consumer };
  CompressionTypes: { None: number; LZ4: number };
  CompressionCodecs: Record<number, unknown>;
  logLevel: { NOTHING: number };
}

/**
 * With `--kafka-aio-kafkajs` the same program runs on `@kafka-aio/kafkajs` (the KafkaJS API over
 * kafka-aio, its built ESM), which has every codec built in.
 */
const ON_KAFKA_AIO = process.argv.includes('--kafka-aio-kafkajs');
const KAFKA_AIO_KAFKAJS = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../../packages/kafkajs/dist/esm/index.js',
);

async function setup(job: Job): Promise<{ k: KafkaJs; kafka: ReturnType<typeof makeKafka> }> {
  if (ON_KAFKA_AIO) {
    const k = (await import(pathToFileURL(KAFKA_AIO_KAFKAJS).href)) as KafkaJs;
    return { k, kafka: makeKafka(k, job) };
  }
  // A CommonJS module: its exports object is `default`; named exports are not all detected.
  const mod = await importPeer<KafkaJs & { default?: KafkaJs }>('kafkajs');
  const k = mod.default ?? mod;
  if (job.producer.compression === 'lz4') {
    type Codec = new () => { codec: unknown };
    // A CommonJS module: its exports object arrives as `default` (and may carry its own `default`).
    const mod = await importPeer<{ default: Codec & { default?: Codec } }>('kafkajs-lz4');
    const LZ4 = mod.default.default ?? mod.default;
    k.CompressionCodecs[k.CompressionTypes.LZ4] = new LZ4().codec;
  }
  return { k, kafka: makeKafka(k, job) };
}

function makeKafka(k: KafkaJs, job: Job) {
  return new k.Kafka({ clientId: 'bench-kafkajs', brokers: [job.bootstrap], logLevel: k.logLevel.NOTHING });
}

function makeProducer(k: KafkaJs, kafka: ReturnType<typeof makeKafka>, job: Job) {
  const producer = kafka.producer({
    idempotent: job.producer.idempotent,
    maxInFlightRequests: job.producer.maxInFlight,
    allowAutoTopicCreation: false,
  });
  const acks = job.producer.acks === 'all' ? -1 : job.producer.acks;
  const compression = job.producer.compression === 'lz4' ? k.CompressionTypes.LZ4 : k.CompressionTypes.None;
  return { producer, acks, compression };
}

async function produce(job: Job): Promise<ClientResult> {
  const { k, kafka } = await setup(job);
  const payloads = loadPayloads(job);
  // Keyed records: kafkajs 2.x's DefaultPartitioner (the Java-compatible one since 2.0.0;
  // the old one is LegacyPartitioner), toPositive(murmur2(key)) % partitions as in Java.
  const keys = loadKeys(job);
  const { producer, acks, compression } = makeProducer(k, kafka, job);
  await producer.connect();
  // One call carries about one batch per partition, as a batching client would send.
  const perCall = Math.max(1, Math.floor(job.producer.batchSize / job.recordSize)) * job.partitions;
  const inFlight = new Set<Promise<unknown>>();
  const start = nowMs();
  for (let i = 0; i < job.records; i += perCall) {
    const messages: Message[] = [];
    const end = Math.min(job.records, i + perCall);
    if (keys)
      for (let j = i; j < end; j++) messages.push({ key: keys[j % keys.length], value: payloads[j % payloads.length] });
    else for (let j = i; j < end; j++) messages.push({ value: payloads[j % payloads.length] });
    const p = producer.send({ topic: job.topic, messages, acks, compression }).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= job.producer.maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const seconds = (nowMs() - start) / 1000;
  await producer.disconnect();
  return throughput(job, job.records, seconds, `${perCall} records per send() call`);
}

async function call(job: Job): Promise<ClientResult> {
  const { k, kafka } = await setup(job);
  const payloads = loadPayloads(job);
  const { producer, acks, compression } = makeProducer(k, kafka, job);
  await producer.connect();
  await producer.send({ topic: job.topic, messages: [{ value: payloads[0] }], acks, compression });
  const lat = new Float64Array(job.records);
  const start = nowMs();
  for (let i = 0; i < job.records; i++) {
    const t = nowMs();
    await producer.send({ topic: job.topic, messages: [{ value: payloads[i % payloads.length] }], acks, compression });
    lat[i] = nowMs() - t;
  }
  const seconds = (nowMs() - start) / 1000;
  await producer.disconnect();
  return { ...throughput(job, job.records, seconds), latencyMs: latencySummary(lat) };
}

function makeConsumer(kafka: ReturnType<typeof makeKafka>, job: Job): Consumer {
  const c = job.consumer;
  const config = {
    groupId: c.groupId,
    minBytes: c.fetchMinBytes,
    maxBytes: c.fetchMaxBytes,
    maxBytesPerPartition: c.maxPartitionFetchBytes,
    maxWaitTimeInMs: c.fetchMaxWaitMs,
  };
  // kafkajs never verifies CRCs; @kafka-aio/kafkajs does unless told, in confluent-kafka-javascript's
  // shape (a KafkaJS config has no such option).
  if (!ON_KAFKA_AIO) return kafka.consumer(config);
  return kafka.consumer({ kafkaJS: config, 'check.crcs': c.checkCrcs } as unknown as typeof config);
}

async function consume(job: Job): Promise<ClientResult> {
  if (job.consumer.mode === 'assign') {
    return { ok: false, unavailable: 'kafkajs has no manual partition assignment', records: 0, bytes: 0, seconds: 0 };
  }
  const { kafka } = await setup(job);
  const consumer = makeConsumer(kafka, job);
  const start = nowMs();
  await consumer.connect();
  await consumer.subscribe({ topic: job.topic, fromBeginning: true });
  let count = 0;
  let bytes = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        count += batch.messages.length;
        for (const m of batch.messages) bytes += m.value?.length ?? 0;
        if (count >= job.records) resolve();
      },
    });
  });
  await done;
  const seconds = (nowMs() - start) / 1000;
  await consumer.disconnect();
  return { ok: true, records: count, bytes, seconds };
}

async function e2e(job: Job): Promise<ClientResult> {
  const { k, kafka } = await setup(job);
  const payloads = loadPayloads(job);
  const warmup = job.warmupRecords ?? 0;
  const total = job.records + warmup;
  const consumer = makeConsumer(kafka, job);
  await consumer.connect();
  await consumer.subscribe({ topic: job.topic, fromBeginning: true });
  const joined = new Promise<void>((r) => consumer.on(consumer.events.GROUP_JOIN, r));
  const lat = new Float64Array(job.records);
  let received = 0;
  let lastAt = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const now = nowMs();
        for (const m of batch.messages) {
          const idx = received++ - warmup;
          if (idx >= 0) lat[idx] = now - readStamp(m.value as Buffer);
        }
        lastAt = now;
        if (received >= total) resolve();
      },
    });
  });
  await joined;
  const { producer, acks, compression } = makeProducer(k, kafka, job);
  await producer.connect();
  let firstMeasured = 0;
  const batcher = new SerialBatcher<Message>(
    (messages) => producer.send({ topic: job.topic, messages, acks, compression }),
    Math.floor((512 * 1024) / job.recordSize),
  );
  await openLoop(total, job.rate!, (from, to, intendedOf) => {
    const messages: Message[] = [];
    for (let i = from; i < to; i++) {
      if (i === warmup) firstMeasured = intendedOf(i);
      messages.push({ value: stamp(payloads[i % payloads.length], intendedOf(i)), partition: 0 });
    }
    batcher.push(messages);
  });
  await batcher.flushed();
  if (batcher.errors > 0) throw new Error(`${batcher.errors} send() calls failed`);
  await done;
  const seconds = (lastAt - firstMeasured) / 1000;
  await producer.disconnect();
  await consumer.disconnect();
  return {
    ...throughput(
      job,
      job.records,
      seconds,
      'no accumulator: records due while a send() is outstanding go in the next call',
    ),
    latencyMs: latencySummary(lat),
    achievedRate: job.records / seconds,
  };
}

await runClient({ produce, call, consume, e2e });
