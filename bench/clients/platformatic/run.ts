/**
 * @platformatic/kafka in its own process (Node 24; it needs Node >= 22). Its batching producer is
 * `producer.asStream({ batchSize, batchTime })`: `batchTime` is its linger and `batchSize` counts
 * records, so it is set to about `batchSize` bytes per partition.
 */
import { once } from 'node:events';
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

// @platformatic/kafka is loaded from outside the repository; its types are described here, narrowly.
interface Message {
  topic: string;
  key?: Buffer;
  value: Buffer;
  partition?: number;
}
interface ProducerStream extends NodeJS.EventEmitter {
  write(m: Message): boolean;
  end(): void;
}
interface Producer {
  send(o: { messages: Message[]; acks?: number }): Promise<unknown>;
  asStream(o: { batchSize: number; batchTime: number; highWaterMark?: number }): ProducerStream;
  close(force?: boolean): Promise<void>;
}
interface MessagesStream extends NodeJS.ReadableStream {
  close(): Promise<void>;
}
interface Consumer {
  consume(o: object): Promise<MessagesStream>;
  close(force?: boolean): Promise<void>;
}
interface Platformatic {
  Producer: new (o: object) => Producer;
  Consumer: new (o: object) => Consumer;
}

function makeProducer(p: Platformatic, job: Job): Producer {
  return new p.Producer({
    clientId: 'bench-platformatic',
    bootstrapBrokers: [job.bootstrap],
    idempotent: job.producer.idempotent,
    acks: job.producer.acks === 'all' ? -1 : job.producer.acks,
    compression: job.producer.compression,
    maxInflights: job.producer.maxInFlight,
    autocreateTopics: false,
  });
}

async function produce(job: Job): Promise<ClientResult> {
  const p = await importPeer<Platformatic>('@platformatic/kafka');
  const payloads = loadPayloads(job);
  // Keyed records: the default partitioner is (murmur2(key) >>> 0) % partitions, not Java's
  // (murmur2(key) & 0x7fffffff) % partitions (that is its opt-in compatibilityPartitioner). The
  // two differ by 2^31 before the modulo, so they agree when the partition count is a power of
  // two, as in the keyed cases (128, 1,024); either way the keys spread over every partition.
  const keys = loadKeys(job);
  const producer = makeProducer(p, job);
  await producer.send({ messages: [] }).catch(() => {}); // connect outside the timed window
  const batchSize = Math.max(1, Math.floor(job.producer.batchSize / job.recordSize)) * job.partitions;
  const stream = producer.asStream({ batchSize, batchTime: job.producer.lingerMs, highWaterMark: batchSize * 4 });
  const start = nowMs();
  if (keys) {
    for (let i = 0; i < job.records; i++) {
      const m = { topic: job.topic, key: keys[i % keys.length], value: payloads[i % payloads.length] };
      if (!stream.write(m)) await once(stream, 'drain');
    }
  } else {
    for (let i = 0; i < job.records; i++) {
      if (!stream.write({ topic: job.topic, value: payloads[i % payloads.length] })) await once(stream, 'drain');
    }
  }
  stream.end();
  await once(stream, 'finish');
  const seconds = (nowMs() - start) / 1000;
  await producer.close(true);
  return throughput(
    job,
    job.records,
    seconds,
    `asStream batchSize ${batchSize} records, batchTime ${job.producer.lingerMs} ms`,
  );
}

async function call(job: Job): Promise<ClientResult> {
  const p = await importPeer<Platformatic>('@platformatic/kafka');
  const payloads = loadPayloads(job);
  const producer = makeProducer(p, job);
  await producer.send({ messages: [{ topic: job.topic, value: payloads[0] }] });
  const lat = new Float64Array(job.records);
  const start = nowMs();
  for (let i = 0; i < job.records; i++) {
    const t = nowMs();
    await producer.send({ messages: [{ topic: job.topic, value: payloads[i % payloads.length] }] });
    lat[i] = nowMs() - t;
  }
  const seconds = (nowMs() - start) / 1000;
  await producer.close();
  return { ...throughput(job, job.records, seconds), latencyMs: latencySummary(lat) };
}

async function openStream(p: Platformatic, job: Job): Promise<{ consumer: Consumer; stream: MessagesStream }> {
  const c = job.consumer;
  const consumer = new p.Consumer({
    clientId: 'bench-platformatic',
    bootstrapBrokers: [job.bootstrap],
    groupId: c.groupId,
  });
  const stream = await consumer.consume({
    topics: [job.topic],
    mode: 'earliest',
    autocommit: false,
    minBytes: c.fetchMinBytes,
    maxBytes: c.fetchMaxBytes,
    maxBytesPerPartition: c.maxPartitionFetchBytes,
    maxWaitTime: c.fetchMaxWaitMs,
  });
  return { consumer, stream };
}

async function consume(job: Job): Promise<ClientResult> {
  if (job.consumer.mode === 'assign') {
    return {
      ok: false,
      unavailable: '@platformatic/kafka consumers always join a group (no manual assignment)',
      records: 0,
      bytes: 0,
      seconds: 0,
    };
  }
  const p = await importPeer<Platformatic>('@platformatic/kafka');
  const start = nowMs();
  const { consumer, stream } = await openStream(p, job);
  let count = 0;
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('data', (m: { value: Buffer | null }) => {
      count++;
      bytes += m.value?.length ?? 0;
      if (count === job.records) resolve();
    });
  });
  const seconds = (nowMs() - start) / 1000;
  await consumer.close(true);
  return { ok: true, records: count, bytes, seconds };
}

async function e2e(job: Job): Promise<ClientResult> {
  const p = await importPeer<Platformatic>('@platformatic/kafka');
  const payloads = loadPayloads(job);
  const warmup = job.warmupRecords ?? 0;
  const total = job.records + warmup;
  const { consumer, stream } = await openStream(p, job);
  const lat = new Float64Array(job.records);
  let received = 0;
  let lastAt = 0;
  const done = new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('data', (m: { value: Buffer }) => {
      const now = nowMs();
      const idx = received++ - warmup;
      if (idx >= 0) lat[idx] = now - readStamp(m.value);
      lastAt = now;
      if (received === total) resolve();
    });
  });
  const producer = makeProducer(p, job);
  await producer.send({ messages: [] }).catch(() => {});
  let firstMeasured = 0;
  const batcher = new SerialBatcher<Message>(
    (messages) => producer.send({ messages }),
    Math.floor((512 * 1024) / job.recordSize),
  );
  await openLoop(total, job.rate!, (from, to, intendedOf) => {
    const messages: Message[] = [];
    for (let i = from; i < to; i++) {
      if (i === warmup) firstMeasured = intendedOf(i);
      messages.push({ topic: job.topic, value: stamp(payloads[i % payloads.length], intendedOf(i)), partition: 0 });
    }
    batcher.push(messages);
  });
  await batcher.flushed();
  if (batcher.errors > 0) throw new Error(`${batcher.errors} send() calls failed`);
  await done;
  const seconds = (lastAt - firstMeasured) / 1000;
  await producer.close(true);
  await consumer.close(true);
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
