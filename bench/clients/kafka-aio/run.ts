/**
 * kafka-aio in its own process, on whichever Node runs this file (the runner starts it on Node 20
 * and on Node 24). Imports the built package (`packages/client/dist`), what users install.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientResult, Job } from '../../job.js';
import { latencySummary } from '../../stats.js';
import { loadKeys, loadPayloads, nowMs, openLoop, readStamp, runClient, stamp, throughput } from '../node-common.js';

type ClientModule = typeof import('../../../packages/client/src/index.js');
type ConsumerClass = typeof import('../../../packages/client/src/consumer/consumer.js').AIOKafkaConsumer;

const DIST = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../../packages/client/dist/esm/bundle.js',
);

async function load(): Promise<{ mod: ClientModule; Consumer: ConsumerClass | undefined }> {
  const mod = (await import(pathToFileURL(DIST).href)) as ClientModule & { AIOKafkaConsumer?: ConsumerClass };
  return { mod, Consumer: mod.AIOKafkaConsumer };
}

function producerOptions(job: Job) {
  const p = job.producer;
  return {
    bootstrapServers: job.bootstrap,
    acks: p.acks,
    enableIdempotence: p.idempotent,
    lingerMs: p.lingerMs,
    maxBatchSize: p.batchSize,
    compressionType: p.compression,
    maxInFlightRequests: p.maxInFlight,
    bufferMemory: p.bufferMemory,
  } as const;
}

async function produce(mod: ClientModule, job: Job): Promise<ClientResult> {
  const payloads = loadPayloads(job);
  // Keyed records: the default partitioner, toPositive(murmur2(key)) % partitions as in Java.
  const keys = loadKeys(job);
  const producer = new mod.AIOKafkaProducer(producerOptions(job));
  await producer.start();
  const start = nowMs();
  if (keys) {
    for (let i = 0; i < job.records; i++)
      await producer.send(job.topic, payloads[i % payloads.length], { key: keys[i % keys.length] });
  } else {
    for (let i = 0; i < job.records; i++) await producer.send(job.topic, payloads[i % payloads.length]);
  }
  await producer.flush();
  const seconds = (nowMs() - start) / 1000;
  await producer.stop();
  return throughput(job, job.records, seconds);
}

async function call(mod: ClientModule, job: Job): Promise<ClientResult> {
  const payloads = loadPayloads(job);
  const producer = new mod.AIOKafkaProducer(producerOptions(job));
  await producer.start();
  const lat = new Float64Array(job.records);
  await producer.sendAndWait(job.topic, payloads[0]); // metadata and connection, not measured
  const start = nowMs();
  for (let i = 0; i < job.records; i++) {
    const t = nowMs();
    await producer.sendAndWait(job.topic, payloads[i % payloads.length]);
    lat[i] = nowMs() - t;
  }
  const seconds = (nowMs() - start) / 1000;
  await producer.stop();
  return { ...throughput(job, job.records, seconds), latencyMs: latencySummary(lat) };
}

function newConsumer(Consumer: ConsumerClass, job: Job, group: boolean): InstanceType<ConsumerClass> {
  const c = job.consumer;
  const options = {
    bootstrapServers: job.bootstrap,
    groupId: group ? c.groupId : null,
    autoOffsetReset: 'earliest' as const,
    enableAutoCommit: false,
    fetchMaxBytes: c.fetchMaxBytes,
    maxPartitionFetchBytes: c.maxPartitionFetchBytes,
    fetchMinBytes: c.fetchMinBytes,
    fetchMaxWaitMs: c.fetchMaxWaitMs,
    checkCrcs: c.checkCrcs,
  };
  return group ? new Consumer(job.topic, options) : new Consumer(options);
}

/** Calls `getMany` until `records` records came, counting them and their value bytes. */
async function readAll(
  consumer: { getMany(o: { timeoutMs: number }): Promise<Map<unknown, { value: unknown }[]>> },
  records: number,
): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  while (count < records) {
    const batch = await consumer.getMany({ timeoutMs: 1000 });
    for (const rs of batch.values()) {
      count += rs.length;
      for (const r of rs) bytes += (r.value as Buffer | null)?.length ?? 0;
    }
  }
  return { count, bytes };
}

async function consume(mod: ClientModule, Consumer: ConsumerClass, job: Job): Promise<ClientResult> {
  const group = job.consumer.mode === 'group';
  const consumer = newConsumer(Consumer, job, group);
  const start = nowMs();
  await consumer.start();
  if (!group) consumer.assign(Array.from({ length: job.partitions }, (_, p) => mod.topicPartition(job.topic, p)));
  const { count, bytes } = await readAll(consumer, job.records);
  const seconds = (nowMs() - start) / 1000;
  await consumer.stop();
  return { ok: true, records: count, bytes, seconds };
}

/**
 * One share group member reading the pre-filled topic (the runner set the group to start at the
 * earliest offsets). Implicit acknowledgement: each getMany accepts the records handed out before.
 */
async function shareConsume(mod: ClientModule, job: Job): Promise<ClientResult> {
  const c = job.consumer;
  const consumer = new mod.AIOKafkaShareConsumer(job.topic, {
    bootstrapServers: job.bootstrap,
    groupId: c.groupId,
    acknowledgementMode: 'implicit',
    maxPollRecords: 500,
    fetchMaxBytes: c.fetchMaxBytes,
    fetchMinBytes: c.fetchMinBytes,
    fetchMaxWaitMs: c.fetchMaxWaitMs,
    checkCrcs: c.checkCrcs,
  });
  const start = nowMs();
  await consumer.start();
  const { count, bytes } = await readAll(consumer, job.records);
  const seconds = (nowMs() - start) / 1000;
  await consumer.stop();
  return { ok: true, records: count, bytes, seconds };
}

async function e2e(mod: ClientModule, Consumer: ConsumerClass, job: Job): Promise<ClientResult> {
  const payloads = loadPayloads(job);
  const total = job.records + (job.warmupRecords ?? 0);
  const consumer = newConsumer(Consumer, job, false);
  await consumer.start();
  consumer.assign([mod.topicPartition(job.topic, 0)]);
  await consumer.getMany({ timeoutMs: 200 }); // offsets resolved before the first send
  const producer = new mod.AIOKafkaProducer(producerOptions(job));
  await producer.start();
  await producer.partitionsFor(job.topic);
  const lat = new Float64Array(job.records);
  let received = 0;
  let lastAt = 0;
  const reading = (async () => {
    while (received < total) {
      const batch = await consumer.getMany({ timeoutMs: 100 });
      const now = nowMs();
      for (const records of batch.values()) {
        for (const r of records) {
          const idx = received++ - (job.warmupRecords ?? 0);
          if (idx >= 0) lat[idx] = now - readStamp(r.value as Buffer);
        }
      }
      lastAt = now;
    }
  })();
  const firstMeasured = { at: 0 };
  await openLoop(total, job.rate!, (from, to, intendedOf) => {
    for (let i = from; i < to; i++) {
      if (i === (job.warmupRecords ?? 0)) firstMeasured.at = intendedOf(i);
      producer.send(job.topic, stamp(payloads[i % payloads.length], intendedOf(i)), { partition: 0 }).catch(() => {});
    }
  });
  await reading;
  await producer.stop();
  await consumer.stop();
  const seconds = (lastAt - firstMeasured.at) / 1000;
  return {
    ...throughput(job, job.records, seconds),
    latencyMs: latencySummary(lat),
    achievedRate: job.records / seconds,
  };
}

const NO_CONSUMER = 'AIOKafkaConsumer is not exported by @kafka-aio/client yet (packages/client/src/index.ts)';

await runClient(async () => {
  const { mod, Consumer } = await load();
  const unavailable = async (): Promise<ClientResult> => ({
    ok: false,
    unavailable: NO_CONSUMER,
    records: 0,
    bytes: 0,
    seconds: 0,
  });
  return {
    produce: (job) => produce(mod, job),
    call: (job) => call(mod, job),
    consume: Consumer ? (job) => consume(mod, Consumer, job) : unavailable,
    'share-consume': (job) => shareConsume(mod, job),
    e2e: Consumer ? (job) => e2e(mod, Consumer, job) : unavailable,
  };
});
