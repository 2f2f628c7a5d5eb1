import { randomUUID } from 'node:crypto';
import * as net from 'node:net';
import { ConnectionError, KafkaError, NoBrokersAvailableError } from '@kafka-aio/protocol';
import { describe, expect, inject, it } from 'vitest';
import { type KafkaRunState, startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import type { ClientStatistics, ThrottleEvent } from '../src/observability/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';

const kafka = inject('kafka');
const bootstrapServers = kafka.bootstrap;
const name = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Polls `f` until it returns something truthy. */
async function waitFor<T>(what: string, f: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type LogRecord = { level: string; message: string; context: Record<string, unknown> };
function recordingLogger() {
  const records: LogRecord[] = [];
  const at = (level: string) => (message: string, context?: Record<string, unknown>) =>
    void records.push({ level, message, context: context ?? {} });
  return { records, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

function expectWindow(w: ClientStatistics['brokers'][string]['rtt']): void {
  for (const key of [
    'min',
    'max',
    'avg',
    'sum',
    'cnt',
    'stddev',
    'hdrsize',
    'p50',
    'p75',
    'p90',
    'p95',
    'p99',
    'p99_99',
    'outofrange',
  ]) {
    expect(w).toHaveProperty(key);
    expect(Number.isInteger(w[key as keyof typeof w])).toBe(true);
  }
}

describe('observability against a real broker', () => {
  it('the admin client emits librdkafka-style statistics every interval', async () => {
    const docs: ClientStatistics[] = [];
    const clientId = name('stats-admin');
    await using admin = new AIOKafkaAdminClient({
      bootstrapServers,
      clientId,
      statsCallback: (s) => docs.push(s),
      statisticsIntervalMs: 300,
    });
    await admin.start();
    const topic = name('stats-topic');
    await admin.createTopic({ name: topic, numPartitions: 2 });
    await admin.listTopics();
    await admin.describeCluster();
    const first = await waitFor('a statistics document', () => docs[0]);
    await admin.describeTopics([topic]);
    await admin.listTopics();
    const later = await waitFor('a later document with more requests', () => docs.find((d) => d.tx > first.tx));

    expect(first).toMatchObject({ name: clientId, client_id: clientId, type: 'admin', replyq: 0, msg_cnt: 0 });
    expect(first.ts).toBeGreaterThan(0);
    expect(Math.abs(first.time - Date.now() / 1000)).toBeLessThan(60);
    expect(first.age).toBeGreaterThan(0);
    expect(first.topics).toEqual({});
    expect(first.tx).toBeGreaterThanOrEqual(4);
    expect(first.rx).toBe(first.tx);
    expect(first.tx_bytes).toBeGreaterThan(first.tx * 10);
    expect(first.rx_bytes).toBeGreaterThan(first.tx_bytes);
    expect(later.tx_bytes).toBeGreaterThan(first.tx_bytes);
    expect(later.ts).toBeGreaterThan(first.ts);

    const learned = Object.values(first.brokers).filter((b) => b.nodeid >= 0);
    expect(learned.length).toBeGreaterThanOrEqual(1);
    const b = learned.find((x) => x.tx > 0)!;
    expect(b.name).toBe(`${b.nodename}/${b.nodeid}`);
    expect(b).toMatchObject({ state: 'UP', source: 'learned', txerrs: 0, rxerrs: 0, req_timeouts: 0, disconnects: 0 });
    expect(b.connects).toBeGreaterThanOrEqual(1);
    expect(b.req.ApiVersions).toBeGreaterThanOrEqual(1);
    expect(b.req.Metadata).toBeGreaterThanOrEqual(1);
    expect(b.req.CreateTopics).toBe(1);
    expect(Object.values(b.req).reduce((x, y) => x + y, 0)).toBe(b.tx);
    expectWindow(b.rtt);
    expectWindow(b.throttle);
    // RTT is in microseconds: a local broker answers within a second, and above 10 µs.
    expect(b.rtt.cnt).toBeGreaterThan(0);
    expect(b.rtt.min).toBeGreaterThan(10);
    expect(b.rtt.max).toBeLessThan(5_000_000);
    expect(b.rtt.p50).toBeGreaterThanOrEqual(b.rtt.min);
    expect(b.rtt.p99).toBeGreaterThanOrEqual(b.rtt.p50);
    expect(b.rtt.p99_99).toBeLessThanOrEqual(b.rtt.max);
    expect(b.throttle.max).toBe(0);
    // Windows restart per interval: the documents' RTT counts add up to at most the responses seen.
    const laterBroker = later.brokers[b.name];
    expect(laterBroker.tx).toBeGreaterThan(b.tx);
    const rttSamples = docs
      .slice(0, docs.indexOf(later) + 1)
      .reduce((n, d) => n + (d.brokers[b.name]?.rtt.cnt ?? 0), 0);
    expect(rttSamples).toBeLessThanOrEqual(later.brokers[b.name].rx);

    const json = JSON.parse(JSON.stringify(later));
    expect(json.brokers[b.name].rtt.p99).toBe(laterBroker.rtt.p99);
    await admin.deleteTopic(topic);
  });

  it('a producer reports its broker traffic and topics through the cluster alone', async () => {
    const admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    const topic = name('stats-producer');
    await admin.createTopic({ name: topic, numPartitions: 3 });
    const docs: ClientStatistics[] = [];
    try {
      await using producer = new AIOKafkaProducer({
        bootstrapServers,
        statsCallback: (s) => docs.push(s),
        statisticsIntervalMs: 250,
      });
      await producer.start();
      for (let i = 0; i < 20; i++) await producer.sendAndWait(topic, `v${i}`, { partition: i % 3 });
      const doc = await waitFor('a document after the sends', () =>
        docs.find((d) => Object.values(d.brokers).some((b) => (b.req.Produce ?? 0) >= 20)),
      );
      expect(doc.type).toBe('producer');
      const leader = Object.values(doc.brokers).find((b) => (b.req.Produce ?? 0) >= 20)!;
      expect(leader.txbytes).toBeGreaterThan(20 * 60);
      expect(Object.keys(doc.topics)).toContain(topic);
      const t = doc.topics[topic];
      expect(t.metadata_age).toBeGreaterThanOrEqual(0);
      expect(Object.keys(t.partitions).sort()).toEqual(['0', '1', '2']);
      expect(t.partitions[0].leader).toBe(leader.nodeid);
      expect(Object.keys(leader.toppars)).toEqual(expect.arrayContaining([`${topic}-0`, `${topic}-1`, `${topic}-2`]));
    } finally {
      await admin.deleteTopic(topic).catch(() => undefined);
      await admin.stop();
    }
  });

  it('counters match what was really sent and received: txmsgs, rxmsgs, cgrp and eos', async () => {
    const admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    const topic = name('stats-counters');
    await admin.createTopic({ name: topic, numPartitions: 3 });
    const produced: ClientStatistics[] = [];
    const consumed: ClientStatistics[] = [];
    try {
      await using producer = new AIOKafkaProducer({
        bootstrapServers,
        statsCallback: (s) => produced.push(s),
        statisticsIntervalMs: 200,
      });
      await producer.start();
      const perPartition = [0, 0, 0];
      for (let i = 0; i < 1_000; i++) {
        await producer.send(topic, `value-${i}`, { key: `k${i}` });
      }
      await producer.flush();
      const acked = await waitFor('a document counting every acknowledged record', () =>
        produced.find((d) => d.txmsgs === 1_000),
      );
      const parts = acked.topics[topic].partitions;
      for (let p = 0; p < 3; p++) perPartition[p] = parts[p]?.txmsgs ?? 0;
      // The per-partition counts are the log's: compare with the end offsets.
      const ends = await admin.listOffsets([0, 1, 2].map((p) => [topicPartition(topic, p), 'latest'] as const));
      expect(perPartition).toEqual([0, 1, 2].map((p) => Number(ends.get(topicPartition(topic, p))?.value?.offset)));
      expect(acked.txmsg_bytes).toBeGreaterThan(1_000 * 10);
      expect(acked.eos).toMatchObject({ idemp_state: 'Assigned', epoch_cnt: 1 });
      expect(acked.eos!.producer_id).toBeGreaterThanOrEqual(0);
      expect(acked.eos!.idemp_stateage).toBeGreaterThan(0);

      await using consumer = new AIOKafkaConsumer(topic, {
        bootstrapServers,
        groupId: name('stats-group'),
        autoOffsetReset: 'earliest',
        statsCallback: (s) => consumed.push(s),
        statisticsIntervalMs: 200,
      });
      await consumer.start();
      let got = 0;
      const deadline = Date.now() + 30_000;
      while (got < 1_000 && Date.now() < deadline) {
        for (const records of (await consumer.getMany({ timeoutMs: 500 })).values()) got += records.length;
      }
      expect(got).toBe(1_000);
      // The topic holds exactly 1,000 records: the consumer cannot have received more.
      const received = await waitFor('a document counting every received record', () =>
        consumed.find((d) => d.rxmsgs === 1_000),
      );
      const rx = received.topics[topic].partitions;
      expect([0, 1, 2].map((p) => rx[p]?.rxmsgs)).toEqual(perPartition);
      expect(received.rxmsg_bytes).toBeGreaterThan(1_000 * 10);
      expect(received.cgrp).toMatchObject({ state: 'up', join_state: 'steady', assignment_size: 3 });
      expect(received.cgrp!.rebalance_cnt).toBeGreaterThanOrEqual(1);
      expect(received.cgrp!.rebalance_age).toBeGreaterThanOrEqual(0);
      expect(received.cgrp!.stateage).toBeGreaterThan(0);
      await consumer.commit();
      const committed = await waitFor('a document with the commit', () =>
        consumed.find((d) =>
          [0, 1, 2].every((p) => d.topics[topic]?.partitions[p]?.committed_offset === perPartition[p]),
        ),
      );
      for (let p = 0; p < 3; p++) {
        expect(committed.topics[topic].partitions[p]).toMatchObject({ fetchq_cnt: 0, consumer_lag: 0 });
      }
    } finally {
      await admin.deleteTopic(topic).catch(() => undefined);
      await admin.stop();
    }
  });

  it('a client quota makes the broker throttle, and ThrottleEvents arrive', async () => {
    const clientId = name('throttled');
    const entity = { 'client-id': clientId };
    await using admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    const topic = name('throttle-topic');
    await admin.createTopic({ name: topic, numPartitions: 1 });
    (
      await admin.alterClientQuotas([{ entity, ops: { producer_byte_rate: 1024, consumer_byte_rate: 1024 } }])
    ).throwIfAnyFailed();
    const events: ThrottleEvent[] = [];
    const docs: ClientStatistics[] = [];
    try {
      // The broker applies a quota change shortly after it acknowledges it.
      const deadline = Date.now() + 30_000;
      while ((await admin.describeClientQuotas([{ entityType: 'client-id', match: clientId }])).length === 0) {
        if (Date.now() > deadline) throw new Error('quota not visible');
        await new Promise((r) => setTimeout(r, 100));
      }
      await using producer = new AIOKafkaProducer({
        bootstrapServers,
        clientId,
        throttleCallback: (e) => events.push(e),
        statsCallback: (s) => docs.push(s),
        statisticsIntervalMs: 500,
      });
      await producer.start();
      const payload = Buffer.alloc(8 * 1024, 1);
      for (let i = 0; i < 30 && events.length === 0; i++) await producer.sendAndWait(topic, payload);
      await waitFor('a ThrottleEvent', () => events[0]);
      const leaderId = (await admin.describeTopics([topic])).getOrThrow(topic).partitions[0].leader?.id;
      const e = events[0];
      expect(e.throttleTimeMs).toBeGreaterThan(0);
      expect(e.brokerId).toBe(leaderId);
      expect(e.brokerName).toMatch(new RegExp(`^[^/]+:\\d+/${leaderId}$`));
      const doc = await waitFor('statistics with a throttle window', () =>
        docs.find((d) => (d.brokers[e.brokerName]?.throttle.max ?? 0) > 0),
      );
      expect(doc.brokers[e.brokerName].throttle.cnt).toBeGreaterThan(0);
    } finally {
      (
        await admin.alterClientQuotas([{ entity, ops: { producer_byte_rate: null, consumer_byte_rate: null } }])
      ).throwIfAnyFailed();
      await admin.deleteTopic(topic).catch(() => undefined);
    }
  });

  it('logs a warning with context when a bootstrap server is unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const { records, logger } = recordingLogger();
    const admin = new AIOKafkaAdminClient({
      bootstrapServers: `127.0.0.1:${port}`,
      logger,
      connectTimeoutMs: 2_000,
      bootstrapTimeoutMs: 0,
    });
    await expect(admin.start()).rejects.toBeInstanceOf(NoBrokersAvailableError);
    await admin.stop();
    const warn = records.find((r) => r.level === 'warn');
    expect(warn?.message).toBe(`cannot connect to 127.0.0.1:${port}`);
    expect(warn?.context).toMatchObject({ namespace: 'kafka-aio:connection', broker: `127.0.0.1:${port}` });
    expect(warn?.context.error).toBeInstanceOf(ConnectionError);
  });

  it('errorCallback gets a typed error when a broker goes away, the logger a warning, and statistics show it DOWN', async () => {
    let state: KafkaRunState | undefined;
    try {
      state = await startSingleNode({ ownerPid: process.pid });
      const errors: KafkaError[] = [];
      const docs: ClientStatistics[] = [];
      const { records, logger } = recordingLogger();
      const admin = new AIOKafkaAdminClient({
        bootstrapServers: state.bootstrap,
        logger,
        errorCallback: (err) => errors.push(err),
        statsCallback: (s) => docs.push(s),
        statisticsIntervalMs: 200,
        retryBackoffMs: 50,
        connectTimeoutMs: 1_000,
      });
      try {
        await admin.start();
        await admin.describeCluster();
        expect(records.some((r) => r.message.startsWith('connected to') && r.level === 'debug')).toBe(true);
        await stopRun(state);
        state = undefined;
        const lost = await waitFor('an errorCallback call', () => errors[0]);
        expect(lost).toBeInstanceOf(KafkaError);
        expect(lost).toBeInstanceOf(ConnectionError);
        expect(lost.toJSON()).toMatchObject({ name: 'ConnectionError', code: -1, retriable: true });
        const warn = records.find((r) => r.level === 'warn' && r.message.includes('lost'));
        expect(warn?.context).toMatchObject({ namespace: 'kafka-aio:connection' });
        expect(warn?.context.broker).toEqual(expect.stringMatching(/:\d+$/));
        const down = await waitFor('a document showing the broker DOWN', () =>
          docs.find((d) => Object.values(d.brokers).some((b) => b.nodeid >= 0 && b.state === 'DOWN')),
        );
        const broker = Object.values(down.brokers).find((b) => b.state === 'DOWN')!;
        expect(broker.disconnects).toBeGreaterThanOrEqual(1);
        // A call now fails to reconnect; that failure is reported once, not once per retry.
        await expect(admin.listTopics({ timeoutMs: 1_500 })).rejects.toBeInstanceOf(KafkaError);
        const dialFailures = errors.filter((e) => /cannot connect/.test(e.message));
        expect(dialFailures.length).toBeLessThanOrEqual(1);
      } finally {
        await admin.stop();
      }
    } finally {
      if (state) await stopRun(state);
    }
  });
});
