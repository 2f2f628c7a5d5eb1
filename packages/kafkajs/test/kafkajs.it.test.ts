// Programs written the way KafkaJS's documentation writes them, run against a real broker with only
// the import changed. Every wait is for an event of the program (a message, a callback), never a sleep.
import { randomUUID } from 'node:crypto';
import {
  CompressionTypes,
  type EachBatchPayload,
  type InstrumentationEvent,
  Kafka,
  KafkaJSAggregateError,
  KafkaJSAlterPartitionReassignmentsError,
  KafkaJSError,
  KafkaJSNumberOfRetriesExceeded,
  type LogEntry,
  logLevel,
} from '@kafka-aio/kafkajs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';

const broker = inject('kafka');
const name = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A promise resolved by the test's own events, with a deadline so that a hang fails with a message. */
function deferred<T = void>(what: string, timeoutMs = 60_000) {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const t = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  promise.then(
    () => clearTimeout(t),
    () => clearTimeout(t),
  );
  return { promise, resolve, reject };
}

const kafka = new Kafka({
  clientId: 'kafkajs-compat-it',
  brokers: broker.bootstrap.split(','),
  logLevel: logLevel.NOTHING,
});
const admin = kafka.admin();
const cleanup: (() => Promise<void>)[] = [];

beforeAll(() => admin.connect());
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});
afterAll(() => admin.disconnect());

async function topic(numPartitions = 1): Promise<string> {
  const t = name('kjs');
  await admin.createTopics({ topics: [{ topic: t, numPartitions }] });
  return t;
}

function producer(config?: Parameters<Kafka['producer']>[0]) {
  const p = kafka.producer(config);
  cleanup.push(() => p.disconnect());
  return p;
}

function consumer(groupId = name('g')) {
  const c = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  cleanup.push(() => c.disconnect());
  return c;
}

describe('producer and consumer', () => {
  it('round-trips messages with keys, headers and timestamps (KafkaJS README program)', async () => {
    const t = await topic();
    const p = producer();
    await p.connect();
    const metadata = await p.send({
      topic: t,
      compression: CompressionTypes.GZIP,
      messages: [
        { key: 'k1', value: 'Hello KafkaJS user!', headers: { 'correlation-id': '2bfb68bb', tags: ['a', 'b'] } },
        { value: Buffer.from('second'), timestamp: '1700000000000' },
      ],
    });
    expect(metadata).toEqual([
      { topicName: t, partition: 0, errorCode: 0, baseOffset: '0', logAppendTime: '-1', logStartOffset: '0' },
    ]);

    const c = consumer();
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    const seen: {
      topic: string;
      partition: number;
      offset: string;
      key: string | null;
      value: string;
      headers: unknown;
      timestamp: string;
    }[] = [];
    const done = deferred('two messages');
    await c.run({
      eachMessage: async ({ topic, partition, message }) => {
        seen.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value!.toString(),
          headers: message.headers,
          timestamp: message.timestamp,
        });
        if (seen.length === 2) done.resolve();
      },
    });
    await done.promise;
    expect(seen[0]).toMatchObject({ topic: t, partition: 0, offset: '0', key: 'k1', value: 'Hello KafkaJS user!' });
    expect(seen[0].headers).toEqual({
      'correlation-id': Buffer.from('2bfb68bb'),
      tags: [Buffer.from('a'), Buffer.from('b')],
    });
    expect(seen[1]).toMatchObject({ offset: '1', key: null, value: 'second', timestamp: '1700000000000' });
    expect(typeof seen[0].timestamp).toBe('string');
  });

  it('sendBatch resolves one RecordMetadata per topic-partition with its base offset, and [] with acks 0', async () => {
    const [t1, t2] = [await topic(2), await topic()];
    const p = producer();
    await p.connect();
    await p.send({ topic: t1, messages: [{ value: 'x', partition: 1 }] });
    const result = await p.sendBatch({
      topicMessages: [
        {
          topic: t1,
          messages: [
            { value: 'a', partition: 0 },
            { value: 'b', partition: 1 },
            { value: 'c', partition: 1 },
          ],
        },
        { topic: t2, messages: [{ value: 'd' }] },
      ],
    });
    const sorted = result.map((r) => [r.topicName, r.partition, r.baseOffset]).sort();
    expect(sorted).toEqual(
      [
        [t1, 0, '0'],
        [t1, 1, '1'],
        [t2, 0, '0'],
      ].sort(),
    );
    expect(await p.send({ topic: t2, acks: 0, messages: [{ value: 'e' }] })).toEqual([]);
    await expect(p.send({ topic: t2, messages: [{ key: 'no-value' } as never] })).rejects.toThrow(/without value/);
  });

  it('eachBatch with resolveOffset and eachBatchAutoResolve off commits only what was resolved', async () => {
    const t = await topic();
    const groupId = name('g');
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}` })) });
    const c = consumer(groupId);
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    const done = deferred('the first batch');
    let batchInfo: { first: string | null; last: string; hw: string; lag: string } | undefined;
    await c.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        isRunning,
        isStale,
        commitOffsetsIfNecessary,
      }: EachBatchPayload) => {
        batchInfo = {
          first: batch.firstOffset(),
          last: batch.lastOffset(),
          hw: batch.highWatermark,
          lag: batch.offsetLag(),
        };
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          if (Number(message.offset) >= 6) break;
          resolveOffset(message.offset);
          await heartbeat();
        }
        await commitOffsetsIfNecessary();
        done.resolve();
      },
    });
    await done.promise;
    await c.stop();
    expect(batchInfo).toMatchObject({ first: '0', last: '9', hw: '10', lag: '0' });
    const offsets = await admin.fetchOffsets({ groupId, topics: [t] });
    expect(offsets).toEqual([{ topic: t, partitions: [{ partition: 0, offset: '6', metadata: null }] }]);
  });

  it('a handler error redelivers the message, without committing it, after KafkaJS-style retries', async () => {
    const t = await topic();
    const groupId = name('g');
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: [{ value: 'ok-0' }, { value: 'fails-twice' }, { value: 'ok-2' }] });
    const kafkaWithRetry = new Kafka({
      brokers: broker.bootstrap.split(','),
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 50, retries: 5 },
    });
    const c = kafkaWithRetry.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    cleanup.push(() => c.disconnect());
    await c.connect();
    await c.subscribe({ topic: t, fromBeginning: true });
    const deliveries: string[] = [];
    const committedWhileFailing: string[] = [];
    const done = deferred('the last message');
    let failures = 0;
    await c.run({
      eachMessage: async ({ message }) => {
        const v = message.value!.toString();
        deliveries.push(v);
        if (v === 'fails-twice' && failures < 2) {
          failures++;
          const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [t] });
          committedWhileFailing.push(partitions[0].offset);
          throw new Error('transient');
        }
        if (v === 'ok-2') done.resolve();
      },
    });
    await done.promise;
    expect(deliveries).toEqual(['ok-0', 'fails-twice', 'fails-twice', 'fails-twice', 'ok-2']);
    // The failing message was never committed: at most ok-0 (committed once its batch failed).
    expect(committedWhileFailing).toHaveLength(2);
    for (const o of committedWhileFailing) expect(['-1', '1']).toContain(o);
    expect(committedWhileFailing[1]).toBe('1');
  });

  it('retries run out: CRASH with KafkaJSNumberOfRetriesExceeded, then a restart delivers the message again', async () => {
    const t = await topic();
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: [{ value: 'poison' }] });
    const k = new Kafka({
      brokers: broker.bootstrap.split(','),
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 20, retries: 1 },
    });
    const c = k.consumer({ groupId: name('g'), sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    cleanup.push(() => c.disconnect());
    const crashed = deferred<InstrumentationEvent<{ error: Error; restart: boolean }>>('CRASH');
    c.on(c.events.CRASH, (e) => crashed.resolve(e as InstrumentationEvent<{ error: Error; restart: boolean }>));
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    let calls = 0;
    const redelivered = deferred('delivery after the restart');
    await c.run({
      eachMessage: async () => {
        calls++;
        if (calls <= 2) throw new Error('poison');
        redelivered.resolve();
      },
    });
    const crash = await crashed.promise;
    expect(crash.type).toBe('consumer.crash');
    expect(crash.payload.error).toBeInstanceOf(KafkaJSNumberOfRetriesExceeded);
    expect(crash.payload.restart).toBe(true);
    await redelivered.promise;
    expect(calls).toBe(3);
  });

  it('partitionsConsumedConcurrently keeps each partition in order', async () => {
    const t = await topic(4);
    const p = producer();
    await p.connect();
    const perPartition = 50;
    for (let round = 0; round < perPartition; round += 10) {
      await p.send({
        topic: t,
        messages: Array.from({ length: 40 }, (_, i) => ({
          partition: i % 4,
          value: String(round + Math.floor(i / 4)),
        })),
      });
    }
    const c = consumer();
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    const seen = new Map<number, number[]>();
    let active = 0;
    let maxActive = 0;
    const done = deferred('all messages');
    let total = 0;
    await c.run({
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ partition, message }) => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setImmediate(r));
        const list = seen.get(partition) ?? [];
        list.push(Number(message.value!.toString()));
        seen.set(partition, list);
        active--;
        if (++total === 4 * perPartition) done.resolve();
      },
    });
    await done.promise;
    for (let p4 = 0; p4 < 4; p4++) expect(seen.get(p4)).toEqual(Array.from({ length: perPartition }, (_, i) => i));
    expect(maxActive).toBeLessThanOrEqual(3);
  });

  it('seek before run, pause/resume/paused, commitOffsets and describeGroup', async () => {
    const t = await topic();
    const groupId = name('g');
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: Array.from({ length: 5 }, (_, i) => ({ value: `m${i}` })) });
    const c = consumer(groupId);
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    c.seek({ topic: t, partition: 0, offset: '3' });
    const got: string[] = [];
    const done = deferred('m4');
    await c.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        got.push(message.offset);
        if (message.offset === '4') done.resolve();
      },
    });
    await done.promise;
    expect(got).toEqual(['3', '4']);
    c.pause([{ topic: t }]);
    expect(c.paused()).toEqual([{ topic: t, partitions: [0] }]);
    c.resume([{ topic: t }]);
    expect(c.paused()).toEqual([]);
    await c.commitOffsets([{ topic: t, partition: 0, offset: '5' }]);
    expect(await admin.fetchOffsets({ groupId, topics: [t] })).toEqual([
      { topic: t, partitions: [{ partition: 0, offset: '5', metadata: null }] },
    ]);
    const group = await c.describeGroup();
    expect(group).toMatchObject({ groupId, state: 'Stable', protocolType: 'consumer', protocol: 'RoundRobinAssigner' });
    expect(group.members).toHaveLength(1);
  });
});

describe('back-pressure and commit cadence', () => {
  it('pause() then throw: the message comes again after the resume function is called', async () => {
    const t = await topic();
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: [{ value: 'busy' }, { value: 'next' }] });
    const c = consumer();
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    const deliveries: string[] = [];
    const done = deferred('next');
    let resume: (() => void) | undefined;
    const paused = deferred('the pause');
    await c.run({
      eachMessage: async ({ message, pause }) => {
        const v = message.value!.toString();
        deliveries.push(v);
        if (v === 'busy' && resume === undefined) {
          resume = pause();
          paused.resolve();
          throw new Error('downstream busy');
        }
        if (v === 'next') done.resolve();
      },
    });
    await paused.promise;
    expect(c.paused()).toEqual([{ topic: t, partitions: [0] }]);
    resume!();
    await done.promise;
    expect(deliveries).toEqual(['busy', 'busy', 'next']);
  });

  it('autoCommitThreshold commits within a batch', async () => {
    const t = await topic();
    const groupId = name('g');
    const p = producer();
    await p.connect();
    await p.send({ topic: t, messages: Array.from({ length: 6 }, (_, i) => ({ value: `m${i}` })) });
    const c = consumer(groupId);
    const commits: string[] = [];
    const third = deferred('the commit after 3 messages');
    c.on(c.events.COMMIT_OFFSETS, (e) => {
      const offset = (e.payload as { topics: { partitions: { offset: string }[] }[] }).topics[0].partitions[0].offset;
      commits.push(offset);
      if (offset === '3') third.resolve();
    });
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    await c.run({ autoCommitThreshold: 3, eachMessage: async () => {} });
    await third.promise;
    // The threshold commits after the third message, before the batch (all six) ends.
    expect(commits[0]).toBe('3');
  });
});

describe('rebalancing', () => {
  it('a second member joins: partitions are shared, nothing is lost, REBALANCING is emitted', async () => {
    const t = await topic(2);
    const groupId = name('g');
    const p = producer();
    await p.connect();
    const send = (from: number) =>
      p.send({
        topic: t,
        messages: Array.from({ length: 20 }, (_, i) => ({ partition: i % 2, value: String(from + i) })),
      });
    await send(0);
    const seen = new Set<string>();
    const byMember = new Map<string, Set<number>>();
    let wanted = 20;
    let all = deferred('the first 20 messages');
    const handler =
      (member: string) =>
      async ({ partition, message }: { partition: number; message: { value: Buffer | null } }) => {
        seen.add(message.value!.toString());
        byMember.set(member, (byMember.get(member) ?? new Set()).add(partition));
        if (seen.size === wanted) all.resolve();
      };
    const a = consumer(groupId);
    const rebalancing = deferred('REBALANCING on the first member');
    a.on(a.events.REBALANCING, () => rebalancing.resolve());
    await a.connect();
    await a.subscribe({ topics: [t], fromBeginning: true });
    await a.run({ eachMessage: handler('a') });
    await all.promise;

    const b = consumer(groupId);
    await b.connect();
    await b.subscribe({ topics: [t], fromBeginning: true });
    await b.run({ eachMessage: handler('b') });
    await rebalancing.promise;
    const group = await b.describeGroup();
    expect(group.members).toHaveLength(2);

    wanted = 40;
    all = deferred('all 40 messages');
    byMember.clear();
    await send(20);
    await all.promise;
    expect(seen.size).toBe(40);
    // After the rebalance each member reads one of the two partitions.
    expect(byMember.size).toBe(2);
    expect([...byMember.values()].map((s) => s.size)).toEqual([1, 1]);
  });
});

describe('transactions', () => {
  it('consume-transform-produce: send and sendOffsets commit together; an aborted transaction is invisible', async () => {
    const input = await topic();
    const output = await topic();
    const groupId = name('g');
    const p = producer({ transactionalId: name('tx'), maxInFlightRequests: 1, idempotent: true });
    await p.connect();

    const tx = await p.transaction();
    await tx.send({ topic: output, messages: [{ value: 'committed' }] });
    await tx.sendOffsets({
      consumerGroupId: groupId,
      topics: [{ topic: input, partitions: [{ partition: 0, offset: '42' }] }],
    });
    await tx.commit();
    await expect(tx.send({ topic: output, messages: [{ value: 'x' }] })).rejects.toThrow(/once ended/);

    const aborted = await p.transaction();
    await aborted.send({ topic: output, messages: [{ value: 'aborted' }] });
    await aborted.abort();

    const last = await p.transaction();
    await last.send({ topic: output, messages: [{ value: 'after' }] });
    await last.commit();

    expect(await admin.fetchOffsets({ groupId, topics: [input] })).toEqual([
      { topic: input, partitions: [{ partition: 0, offset: '42', metadata: null }] },
    ]);
    const c = consumer();
    await c.connect();
    await c.subscribe({ topics: [output], fromBeginning: true });
    const values: string[] = [];
    const done = deferred('after');
    await c.run({
      eachMessage: async ({ message }) => {
        values.push(message.value!.toString());
        if (values.includes('after')) done.resolve();
      },
    });
    await done.promise;
    expect(values).toEqual(['committed', 'after']);
  });
});

describe('admin', () => {
  it('creates, describes, offsets, configs, groups and deletes with KafkaJS shapes', async () => {
    const t = name('kjs-admin');
    expect(
      await admin.createTopics({
        topics: [{ topic: t, numPartitions: 2, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
      }),
    ).toBe(true);
    expect(await admin.createTopics({ topics: [{ topic: t, numPartitions: 2 }] })).toBe(false);
    expect(await admin.listTopics()).toContain(t);
    const meta = await admin.fetchTopicMetadata({ topics: [t] });
    expect(meta.topics[0].name).toBe(t);
    expect(meta.topics[0].partitions.map((p) => p.partitionId).sort()).toEqual([0, 1]);

    const p = producer();
    await p.connect();
    await p.send({
      topic: t,
      messages: [
        { value: 'a', partition: 0 },
        { value: 'b', partition: 0 },
        { value: 'c', partition: 1 },
      ],
    });
    expect(await admin.fetchTopicOffsets(t)).toEqual([
      { partition: 0, offset: '2', high: '2', low: '0' },
      { partition: 1, offset: '1', high: '1', low: '0' },
    ]);
    expect(await admin.fetchTopicOffsetsByTimestamp(t, Date.now() + 60_000)).toEqual([
      { partition: 0, offset: '2' },
      { partition: 1, offset: '1' },
    ]);

    const groupId = name('g');
    await admin.setOffsets({ groupId, topic: t, partitions: [{ partition: 0, offset: '1' }] });
    await admin.resetOffsets({ groupId, topic: t, earliest: true });
    const fetched = await admin.fetchOffsets({ groupId, topics: [t] });
    expect(fetched).toEqual([
      {
        topic: t,
        partitions: [
          { partition: 0, offset: '0', metadata: null },
          { partition: 1, offset: '0', metadata: null },
        ],
      },
    ]);
    expect((await admin.listGroups()).groups).toContainEqual({ groupId, protocolType: '' });

    await admin.deleteTopicRecords({ topic: t, partitions: [{ partition: 0, offset: '1' }] });
    expect((await admin.fetchTopicOffsets(t))[0].low).toBe('1');

    const configs = await admin.describeConfigs({
      resources: [{ type: 2, name: t, configNames: ['retention.ms'] }],
      includeSynonyms: false,
    });
    expect(configs.resources[0].configEntries).toEqual([
      expect.objectContaining({ configName: 'retention.ms', configValue: '3600000', isDefault: false }),
    ]);
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: 2, name: t, configEntries: [{ name: 'retention.ms', value: '7200000' }] }],
    });

    await admin.createPartitions({ topicPartitions: [{ topic: t, count: 3 }] });
    const cluster = await admin.describeCluster();
    expect(cluster.brokers.length).toBeGreaterThan(0);
    expect(typeof cluster.clusterId).toBe('string');

    expect(await admin.deleteGroups([groupId])).toEqual([{ groupId, errorCode: 0 }]);
    await admin.deleteTopics({ topics: [t] });
    await expect(admin.fetchTopicMetadata({ topics: [name('missing')] })).rejects.toBeInstanceOf(KafkaJSError);
  });

  it('reassigns partitions and lists reassignments with KafkaJS shapes and errors', async () => {
    const t = await topic(2);
    const [{ nodeId }] = (await admin.describeCluster()).brokers;
    // The partitions' own replica: accepted by the controller, done at once.
    await admin.alterPartitionReassignments({
      topics: [{ topic: t, partitionAssignment: [{ partition: 0, replicas: [nodeId] }] }],
    });
    const listed = await admin.listPartitionReassignments({ topics: [{ topic: t, partitions: [0, 1] }] });
    expect(listed).toEqual({ topics: [] });
    const refused = await admin
      .alterPartitionReassignments({
        topics: [
          {
            topic: t,
            partitionAssignment: [
              { partition: 0, replicas: [nodeId + 100] },
              { partition: 1, replicas: [nodeId + 100] },
            ],
          },
        ],
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KafkaJSAggregateError);
    const errors = (refused as KafkaJSAggregateError).errors;
    expect(errors.map((e) => (e as KafkaJSAlterPartitionReassignmentsError).partition).sort()).toEqual([0, 1]);
    for (const e of errors) {
      expect(e).toBeInstanceOf(KafkaJSAlterPartitionReassignmentsError);
      expect(e).toMatchObject({ topic: t, type: 'INVALID_REPLICA_ASSIGNMENT', retriable: false });
    }
    await expect(
      admin.alterPartitionReassignments({
        topics: [{ topic: t, partitionAssignment: [{ partition: 0, replicas: [-1] }] }],
      }),
    ).rejects.toThrow(/Replicas must be a non negative number/);
    await expect(
      admin.listPartitionReassignments({
        topics: [
          { topic: t, partitions: [0] },
          { topic: t, partitions: [1] },
        ],
      }),
    ).rejects.toThrow(/multiple entries for the same topic/);
  });
});

describe('instrumentation events and the confluent shape', () => {
  it("emits KafkaJS's consumer and producer events with their payloads", async () => {
    const t = await topic();
    const groupId = name('g');
    const p = producer();
    const producerEvents: string[] = [];
    p.on(p.events.CONNECT, (e) => producerEvents.push(e.type));
    p.on(p.events.DISCONNECT, (e) => producerEvents.push(e.type));
    await p.connect();
    await p.send({ topic: t, messages: [{ value: 'a' }, { value: 'b' }] });
    await p.disconnect();

    const c = consumer(groupId);
    const events = new Map<string, InstrumentationEvent<Record<string, unknown>>[]>();
    const committed = deferred('COMMIT_OFFSETS');
    for (const type of [
      'CONNECT',
      'GROUP_JOIN',
      'FETCH',
      'START_BATCH_PROCESS',
      'END_BATCH_PROCESS',
      'COMMIT_OFFSETS',
      'STOP',
      'REQUEST',
    ] as const) {
      c.on(c.events[type], (e) => {
        events.set(e.type, [...(events.get(e.type) ?? []), e as InstrumentationEvent<Record<string, unknown>>]);
        if (type === 'COMMIT_OFFSETS') committed.resolve();
      });
    }
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    await c.run({ eachMessage: async () => {} });
    await committed.promise;
    await c.stop();
    await c.disconnect();

    expect(producerEvents).toEqual(['producer.connect', 'producer.disconnect']);
    const one = (type: string) => events.get(type)?.[0];
    expect(one('consumer.group_join')?.payload).toMatchObject({ groupId, memberAssignment: { [t]: [0] } });
    expect(one('consumer.start_batch_process')?.payload).toMatchObject({
      topic: t,
      partition: 0,
      batchSize: 2,
      firstOffset: '0',
      lastOffset: '1',
      highWatermark: '2',
    });
    expect(one('consumer.end_batch_process')?.payload).toHaveProperty('duration');
    expect(one('consumer.commit_offsets')?.payload).toMatchObject({
      groupId,
      topics: [{ topic: t, partitions: [{ partition: 0, offset: '2' }] }],
    });
    expect(one('consumer.stop')).toBeDefined();
    expect(one('consumer.network.request')?.payload).toMatchObject({
      clientId: 'kafkajs-compat-it',
      broker: expect.stringContaining(':'),
    });
    const e = one('consumer.connect')!;
    expect(typeof e.id).toBe('number');
    expect(typeof e.timestamp).toBe('number');
  });

  it("logs KafkaJS's consumer lifecycle at INFO: Starting, Consumer has joined the group, Stopped", async () => {
    // What KafkaJS's example consumer prints around its messages, through the program's logCreator.
    const t = await topic();
    const groupId = name('g');
    const entries: LogEntry[] = [];
    const logged = new Kafka({
      clientId: 'kafkajs-compat-it',
      brokers: broker.bootstrap.split(','),
      logLevel: logLevel.INFO,
      logCreator: () => (entry) => entries.push(entry),
    });
    const c = logged.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    cleanup.push(() => c.disconnect());
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    await c.run({ eachMessage: async () => {} }); // resolves once the group is joined
    await c.disconnect();

    const lifecycle = entries
      .filter((e) => e.namespace === 'Consumer' || e.namespace === 'ConsumerGroup')
      .map((e) => ({ namespace: e.namespace, label: e.label, message: e.log.message }));
    expect(lifecycle).toEqual([
      { namespace: 'Consumer', label: 'INFO', message: 'Starting' },
      { namespace: 'ConsumerGroup', label: 'INFO', message: 'Consumer has joined the group' },
      { namespace: 'Consumer', label: 'INFO', message: 'Stopped' },
    ]);
    const [starting, joined, stopped] = entries.filter((e) => lifecycle.some((l) => l.message === e.log.message));
    expect(starting.log).toMatchObject({ groupId, logger: 'kafkajs' });
    expect(joined.log).toMatchObject({ groupId, memberAssignment: { [t]: [0] }, memberId: expect.any(String) });
    expect(joined.log).toHaveProperty('duration');
    expect(stopped.log).toMatchObject({ groupId });
  });

  it("runs a program in confluent-kafka-javascript's shape, dotted properties beside the kafkaJS block", async () => {
    const t = await topic();
    const confluent = new Kafka({
      kafkaJS: { brokers: broker.bootstrap.split(','), logLevel: 0 },
      'client.id': 'confluent-shape',
    });
    const p = confluent.producer({ 'linger.ms': 5, 'compression.type': 'lz4' });
    cleanup.push(() => p.disconnect());
    await p.connect();
    await p.send({ topic: t, messages: [{ key: 'k', value: 'v' }] });
    const c = confluent.consumer({
      kafkaJS: { groupId: name('g'), fromBeginning: true },
      'session.timeout.ms': 10_000,
      'heartbeat.interval.ms': 1_000,
    });
    cleanup.push(() => c.disconnect());
    await c.connect();
    await c.subscribe({ topics: [t] });
    const got = deferred<string>('the message');
    await c.run({ eachMessage: async ({ message }) => got.resolve(message.value!.toString()) });
    expect(await got.promise).toBe('v');
  });
});

describe('TLS and SASL options', () => {
  it('connects with ssl + sasl (scram-sha-256), and with the same in confluent properties (PLAIN)', async () => {
    expect(broker.tls).toBeDefined();
    expect(broker.listeners.saslSsl).toBeDefined();
    const { username, password } = broker.users.admin;
    const secured = new Kafka({
      brokers: broker.listeners.saslSsl!.split(','),
      ssl: { ca: broker.tls!.ca },
      sasl: { mechanism: 'scram-sha-256', username, password },
      logLevel: logLevel.NOTHING,
    });
    const a = secured.admin();
    cleanup.push(() => a.disconnect());
    await a.connect();
    expect((await a.describeCluster()).brokers.length).toBeGreaterThan(0);

    const confluent = new Kafka({
      kafkaJS: { logLevel: 0 },
      'bootstrap.servers': broker.listeners.saslSsl!,
      'security.protocol': 'sasl_ssl',
      'ssl.ca.pem': broker.tls!.ca,
      'sasl.mechanisms': 'PLAIN',
      'sasl.username': username,
      'sasl.password': password,
    });
    const p = confluent.producer();
    cleanup.push(() => p.disconnect());
    await p.connect();
    const t = await topic();
    const [meta] = await p.send({ topic: t, messages: [{ value: 'over SASL_SSL' }] });
    expect(meta).toMatchObject({ topicName: t, baseOffset: '0' });
  });
});

describe('examples/kafkajs.ts', () => {
  it('runs to completion against the broker', async () => {
    const { execFile } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'examples/kafkajs.ts'],
        { cwd: root, env: { ...process.env, KAFKA_AIO_BOOTSTRAP: broker.bootstrap }, timeout: 60_000 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    expect(out).toContain("value: 'Hello KafkaJS user!'");
    expect(out).toContain("value: 'Hello again'");
  });
});

describe('rolling migration', () => {
  it('a KafkaJS member and a @kafka-aio/kafkajs member share one group (RoundRobinAssigner), nothing lost', async () => {
    const real = await import('kafkajs');
    const t = await topic(2);
    const groupId = name('g');
    const p = producer();
    await p.connect();
    const send = (from: number) =>
      p.send({
        topic: t,
        messages: Array.from({ length: 20 }, (_, i) => ({ partition: i % 2, value: String(from + i) })),
      });
    const seen = new Set<string>();
    const byMember = new Map<string, Set<number>>();
    let wanted = 20;
    let all = deferred('the first 20 messages');
    const record = (member: string, partition: number, value: string) => {
      seen.add(value);
      byMember.set(member, (byMember.get(member) ?? new Set()).add(partition));
      if (seen.size === wanted) all.resolve();
    };

    // The old deployment: KafkaJS itself (it leads the group).
    const old = new real.Kafka({
      clientId: 'old',
      brokers: broker.bootstrap.split(','),
      logLevel: real.logLevel.NOTHING,
    });
    // A short long-poll: a KafkaJS member notices a rebalance only between fetches.
    const oldConsumer = old.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 500, maxWaitTimeInMs: 500 });
    cleanup.push(() => oldConsumer.disconnect());
    await oldConsumer.connect();
    await oldConsumer.subscribe({ topics: [t], fromBeginning: true });
    await oldConsumer.run({
      eachMessage: async ({ partition, message }) => record('kafkajs', partition, message.value!.toString()),
    });
    await send(0);
    await all.promise;

    // The new deployment joins the same group.
    const c = consumer(groupId);
    await c.connect();
    await c.subscribe({ topics: [t], fromBeginning: true });
    const joined = deferred<Record<string, number[]>>('GROUP_JOIN with partitions');
    c.on(c.events.GROUP_JOIN, (e) => {
      const assignment = (e.payload as { memberAssignment: Record<string, number[]> }).memberAssignment;
      if (Object.keys(assignment).length > 0) joined.resolve(assignment);
    });
    await c.run({
      eachMessage: async ({ partition, message }) => record('kafka-aio', partition, message.value!.toString()),
    });
    expect(Object.values(await joined.promise).flat()).toHaveLength(1);
    const group = await c.describeGroup();
    expect(group).toMatchObject({ protocol: 'RoundRobinAssigner', state: 'Stable' });
    expect(group.members).toHaveLength(2);

    wanted = 40;
    all = deferred('all 40 messages');
    byMember.clear();
    await send(20);
    await all.promise;
    expect(seen.size).toBe(40);
    expect([...byMember.keys()].sort()).toEqual(['kafka-aio', 'kafkajs']);
    expect([...byMember.values()].map((s) => s.size)).toEqual([1, 1]);
  });

  // The first member to join leads the group, so each order runs the assigner in the other client.
  it.each(['kafkajs', 'kafka-aio'])(
    'a custom KafkaJS assigner (its own version, userData) runs unchanged in a mixed group; %s joins first and leads',
    async (first) => {
      const real = await import('kafkajs');
      const t = await topic(4);
      const groupId = name('g');
      // Written as KafkaJS's documentation writes a custom assigner: each member says in its
      // userData whether it takes the even or the odd partitions.
      const parityAssigner =
        (role: 'even' | 'odd') =>
        ({ cluster }: { cluster: { findTopicPartitionMetadata(topic: string): { partitionId: number }[] } }) => ({
          name: 'ParityAssigner',
          version: 1,
          protocol({ topics }: { topics: string[] }) {
            return {
              name: this.name,
              metadata: real.AssignerProtocol.MemberMetadata.encode({
                version: this.version,
                topics,
                userData: Buffer.from(role),
              }),
            };
          },
          async assign({
            members,
            topics,
          }: {
            members: { memberId: string; memberMetadata: Buffer }[];
            topics: string[];
          }) {
            return members.map(({ memberId, memberMetadata }) => {
              const mine = real.AssignerProtocol.MemberMetadata.decode(memberMetadata)?.userData.toString();
              const assignment: Record<string, number[]> = {};
              for (const topic of topics)
                assignment[topic] = cluster
                  .findTopicPartitionMetadata(topic)
                  .map((m) => m.partitionId)
                  .filter((p) => (p % 2 === 0) === (mine === 'even'));
              return {
                memberId,
                memberAssignment: real.AssignerProtocol.MemberAssignment.encode({
                  version: this.version,
                  assignment,
                  userData: Buffer.alloc(0),
                }),
              };
            });
          },
        });

      const byMember = new Map<string, Set<number>>();
      const seen = new Set<string>();
      const all = deferred('all 40 messages');
      const record = (member: string, partition: number, value: string) => {
        seen.add(value);
        byMember.set(member, (byMember.get(member) ?? new Set()).add(partition));
        if (seen.size === 40) all.resolve();
      };
      const old = new real.Kafka({
        clientId: 'old',
        brokers: broker.bootstrap.split(','),
        logLevel: real.logLevel.NOTHING,
      });
      const oldConsumer = old.consumer({
        groupId,
        sessionTimeout: 10_000,
        heartbeatInterval: 500,
        maxWaitTimeInMs: 500,
        partitionAssigners: [parityAssigner('even') as never],
      });
      cleanup.push(() => oldConsumer.disconnect());
      const c = kafka.consumer({ groupId, partitionAssigners: [parityAssigner('odd')], maxWaitTimeInMs: 500 });
      cleanup.push(() => c.disconnect());
      const joined = deferred<Record<string, number[]>>('GROUP_JOIN with partitions');
      c.on(c.events.GROUP_JOIN, (e) => {
        const assignment = (e.payload as { memberAssignment: Record<string, number[]> }).memberAssignment;
        if (Object.keys(assignment).length > 0) joined.resolve(assignment);
      });
      const startOld = async () => {
        await oldConsumer.connect();
        await oldConsumer.subscribe({ topics: [t], fromBeginning: true });
        await oldConsumer.run({
          eachMessage: async ({ partition, message }) => record('kafkajs', partition, message.value!.toString()),
        });
      };
      const startNew = async () => {
        await c.connect();
        await c.subscribe({ topics: [t], fromBeginning: true });
        await c.run({
          eachMessage: async ({ partition, message }) => record('kafka-aio', partition, message.value!.toString()),
        });
      };
      if (first === 'kafkajs') {
        const alone = deferred('the KafkaJS member alone in the group');
        oldConsumer.on(oldConsumer.events.GROUP_JOIN, () => alone.resolve());
        await startOld();
        await alone.promise;
        await startNew();
      } else {
        await startNew();
        await joined.promise;
        await startOld();
      }
      expect(await joined.promise).toEqual({ [t]: [1, 3] });
      const p = producer();
      await p.connect();
      await p.send({
        topic: t,
        messages: Array.from({ length: 40 }, (_, i) => ({ partition: i % 4, value: String(i) })),
      });
      // The even partitions are read only once the leader has given them to the KafkaJS member.
      await all.promise;
      const group = await c.describeGroup();
      expect(group).toMatchObject({ protocol: 'ParityAssigner', state: 'Stable' });
      expect(group.members).toHaveLength(2);
      expect(byMember.get('kafkajs')).toEqual(new Set([0, 2]));
      expect(byMember.get('kafka-aio')).toEqual(new Set([1, 3]));
    },
  );
});
