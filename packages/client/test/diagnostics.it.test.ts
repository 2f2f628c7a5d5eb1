// The diagnostics_channel channels on a real broker: what a tracing tool subscribed to them sees of
// a record produced, consumed in a group and committed, and of the requests and connections under
// it. A `start` subscriber of kafka-aio:send adds a header, as a trace-context injector does, and
// the consumer's process event carries it.
import { randomUUID } from 'node:crypto';
import { subscribe, tracingChannel, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaAdminClient } from '../src/admin/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import {
  type CommitDiagnostics,
  type ConnectionDiagnostics,
  DIAGNOSTICS_CHANNELS,
  type GroupDiagnostics,
  type ProcessDiagnostics,
  type ReceiveDiagnostics,
  type RequestDiagnostics,
  type SendDiagnostics,
} from '../src/diagnostics.js';
import { AIOKafkaProducer } from '../src/producer/index.js';

const bootstrapServers = inject('kafka').bootstrap;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** Records every event of a tracing channel as `phase` + context. */
function traceAll<C extends object>(name: string, onStart?: (c: C) => void) {
  const events: { phase: string; context: C }[] = [];
  const handlers = {
    start: (c: C) => {
      onStart?.(c);
      events.push({ phase: 'start', context: c });
    },
    end: (c: C) => void events.push({ phase: 'end', context: c }),
    asyncStart: (c: C) => void events.push({ phase: 'asyncStart', context: c }),
    asyncEnd: (c: C) => void events.push({ phase: 'asyncEnd', context: c }),
    error: (c: C) => void events.push({ phase: 'error', context: c }),
  };
  const channel = tracingChannel<unknown, C>(name);
  channel.subscribe(handlers as never);
  cleanups.push(() => channel.unsubscribe(handlers as never));
  return events;
}

function listen<E>(name: string): E[] {
  const events: E[] = [];
  const handler = (message: unknown) => void events.push(message as E);
  subscribe(name, handler);
  cleanups.push(() => unsubscribe(name, handler));
  return events;
}

describe('diagnostics channels', () => {
  it('trace a record from send to delivery and through a consumer group, with the requests, connections, assignment and commit', async () => {
    const topic = `diag-${randomUUID().slice(0, 8)}`;
    const admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    await admin.createTopic({ name: topic, numPartitions: 1 });
    try {
      const sends = traceAll<SendDiagnostics>(DIAGNOSTICS_CHANNELS.send, (c) => {
        c.headers.push(['traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01']);
      });
      const requests = traceAll<RequestDiagnostics>(DIAGNOSTICS_CHANNELS.request);
      const processes = traceAll<ProcessDiagnostics>(DIAGNOSTICS_CHANNELS.process);
      const opened = listen<ConnectionDiagnostics>(DIAGNOSTICS_CHANNELS.connectionOpen);
      const closed = listen<ConnectionDiagnostics>(DIAGNOSTICS_CHANNELS.connectionClose);
      const assigned = listen<GroupDiagnostics>(DIAGNOSTICS_CHANNELS.groupAssign);
      const revoked = listen<GroupDiagnostics>(DIAGNOSTICS_CHANNELS.groupRevoke);
      const commits = listen<CommitDiagnostics>(DIAGNOSTICS_CHANNELS.commit);
      const receives = listen<ReceiveDiagnostics>(DIAGNOSTICS_CHANNELS.receive);

      const producer = new AIOKafkaProducer({ bootstrapServers, clientId: 'diag-producer' });
      await producer.start();
      const metadata = await producer.sendAndWait(topic, 'v0', { key: 'k0', headers: [['app', 'x']] });
      await producer.stop();

      const mine = sends.filter((e) => e.context.topic === topic);
      expect(mine.map((e) => e.phase)).toEqual(['start', 'end', 'asyncStart', 'asyncEnd']);
      const send = mine[3].context;
      expect(send).toMatchObject({ clientId: 'diag-producer', key: 'k0', value: 'v0' });
      expect(send.metadata).toMatchObject({ topic, partition: 0, offset: metadata.offset });
      const produce = requests.filter((e) => e.context.apiName === 'Produce' && e.context.clientId === 'diag-producer');
      expect(produce.map((e) => e.phase)).toEqual(['start', 'end', 'asyncStart', 'asyncEnd']);
      expect(produce[0].context.requestBytes).toBeGreaterThan(0);
      expect(opened.some((c) => c.clientId === 'diag-producer')).toBe(true);
      expect(closed.some((c) => c.clientId === 'diag-producer' && c.error === undefined)).toBe(true);

      const groupId = `diag-${randomUUID().slice(0, 8)}`;
      const consumer = new AIOKafkaConsumer(topic, {
        bootstrapServers,
        groupId,
        clientId: 'diag-consumer',
        autoOffsetReset: 'earliest',
      });
      await consumer.start();
      for await (const record of consumer) {
        expect(record.value?.toString()).toBe('v0');
        break; // leaving the loop ends the record's processing and stops the consumer
      }
      const processed = processes.filter((e) => e.context.record.topic === topic);
      expect(processed.map((e) => e.phase)).toEqual(['start', 'end', 'asyncStart', 'asyncEnd']);
      const headers = processed[0].context.record.headers.map((h) => [h.key, h.value?.toString()]);
      expect(headers).toEqual([
        ['app', 'x'],
        ['traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
      ]);
      expect(processed[0].context).toMatchObject({ clientId: 'diag-consumer', groupId });
      expect(receives.filter((r) => r.groupId === groupId)).toEqual([]); // for await records are processes
      expect(assigned.find((a) => a.groupId === groupId)?.partitions).toEqual([{ topic, partition: 0 }]);
      expect(revoked.find((a) => a.groupId === groupId)?.partitions).toEqual([{ topic, partition: 0 }]);
      const commit = commits.find((c) => c.groupId === groupId);
      expect(commit?.error).toBeUndefined();
      expect(commit?.offsets.get([...commit.offsets.keys()][0])).toBe(1n);
      expect(requests.some((e) => e.context.apiName === 'Fetch' && e.context.clientId === 'diag-consumer')).toBe(true);

      // getMany publishes what it returns on kafka-aio:receive.
      const reader = new AIOKafkaConsumer({ bootstrapServers, autoOffsetReset: 'earliest', clientId: 'diag-reader' });
      await reader.start();
      reader.assign([{ topic, partition: 0 }]);
      let got = 0;
      const deadline = Date.now() + 30_000;
      while (got === 0 && Date.now() < deadline) got = (await reader.getMany({ timeoutMs: 500 })).size;
      await reader.stop();
      const received = receives.filter((r) => r.clientId === 'diag-reader');
      expect(received).toHaveLength(1);
      expect(received[0].records.map((r) => [r.topic, r.partition, r.offset])).toEqual([[topic, 0, 0n]]);
    } finally {
      await admin.deleteTopic(topic).catch(() => undefined);
      await admin.stop();
    }
  });
});
