import { tracingChannel } from 'node:diagnostics_channel';
import { DIAGNOSTICS_CHANNELS, murmur2, type RequestDiagnostics, topicPartition } from '@kafka-aio/client';
import { BrokerResponseError, createKafkaError, ErrorCode, KafkaTimeoutError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import {
  AssignerProtocol,
  kafkaJSRoundRobinAssignor,
  type PartitionAssigner,
  PartitionAssigners,
  toAssignmentStrategy,
} from './assigners.js';
import { commonOptions, fromProperties } from './config.js';
import { DeliveryTally } from './delivery-tally.js';
import {
  KafkaJSConnectionError,
  KafkaJSError,
  KafkaJSNonRetriableError,
  KafkaJSOffsetOutOfRange,
  KafkaJSProtocolError,
  KafkaJSRequestTimeoutError,
  toKafkaJSError,
} from './errors.js';
import { ConsumerEvents, type InstrumentationEvent, ProducerEvents } from './events.js';
import { Kafka } from './kafka.js';
import { Batch, toKafkaMessage } from './messages.js';
import { adaptPartitioner, Partitioners, roundRobinKeyless } from './partitioners.js';
import { compressionName, toHeaders } from './producer.js';
import { isRetriable, resolveRetry, retryDelay } from './retry.js';

describe('Kafka config to kafka-aio options', () => {
  it('maps TLS, SASL, timeouts and retry', () => {
    const o = commonOptions({
      brokers: ['b1:9092'],
      clientId: 'app',
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'u', password: 'p' },
      connectionTimeout: 3000,
      authenticationTimeout: 2000,
      requestTimeout: 25_000,
      retry: { initialRetryTime: 200, maxRetryTime: 5000 },
    });
    expect(o).toMatchObject({
      clientId: 'app',
      sslContext: {},
      securityProtocol: 'SASL_SSL',
      saslMechanism: 'SCRAM-SHA-512',
      saslPlainUsername: 'u',
      saslPlainPassword: 'p',
      connectTimeoutMs: 5000,
      requestTimeoutMs: 25_000,
      retryBackoffMs: 200,
      retryBackoffMaxMs: 5000,
    });
    expect(commonOptions({ brokers: ['b'], enforceRequestTimeout: false }).requestTimeoutMs).toBe(2 ** 31 - 1);
    expect(commonOptions({ brokers: ['b'] }).securityProtocol).toBe('PLAINTEXT');
  });

  it('rejects unknown and unsupported options by name', () => {
    expect(() => new Kafka({ brokers: ['b'], bogus: 1 } as never)).toThrow(/unsupported option bogus/);
    expect(() => new Kafka({ brokers: ['b'], socketFactory: () => null })).toThrow(/socketFactory/);
    expect(() => new Kafka({ brokers: ['b'], sasl: { mechanism: 'aws' } })).toThrow(/aws/);
    expect(() => new Kafka({ brokers: ['b'] }).consumer({ groupId: '' })).toThrow(KafkaJSNonRetriableError);
    expect(() => new Kafka({ brokers: ['b'] }).consumer({ groupId: 'g', heartbeatInterval: 40_000 })).toThrow(
      /heartbeatInterval/,
    );
    expect(() => new Kafka({ brokers: ['b'] }).producer({ idempotent: true, retry: { retries: 0 } })).toThrow(
      /retries/,
    );
  });

  it('maps Java/librdkafka properties, converting strings, and names the ones without an equivalent', () => {
    expect(
      fromProperties('consumer', {
        'bootstrap.servers': 'b1:9092,b2:9092',
        'group.id': 'g',
        'enable.auto.commit': 'false',
        'session.timeout.ms': '10000',
        'auto.offset.reset': 'smallest',
        'isolation.level': 'READ_COMMITTED',
        'sasl.mechanisms': 'plain',
        'sasl.username': 'u',
        'sasl.password': 'p',
      }),
    ).toEqual({
      bootstrapServers: ['b1:9092', 'b2:9092'],
      groupId: 'g',
      enableAutoCommit: false,
      sessionTimeoutMs: 10_000,
      autoOffsetReset: 'earliest',
      isolationLevel: 'read_committed',
      saslMechanism: 'PLAIN',
      saslPlainUsername: 'u',
      saslPlainPassword: 'p',
      securityProtocol: 'SASL_PLAINTEXT',
    });
    expect(
      fromProperties('producer', {
        'linger.ms': 5,
        'compression.type': 'LZ4',
        acks: 'all',
        'queue.buffering.max.kbytes': '1024',
      }),
    ).toEqual({
      lingerMs: 5,
      compressionType: 'lz4',
      acks: 'all',
      bufferMemory: 1024 * 1024,
    });
    expect(() => fromProperties('producer', { 'group.id': 'g', 'socket.keepalive.enable': true })).toThrow(
      /group\.id, socket\.keepalive\.enable/,
    );
    expect(() => fromProperties('consumer', { 'session.timeout.ms': 'soon' })).toThrow(/session\.timeout\.ms/);
  });

  it("takes confluent-kafka-javascript's shape and rejects unknown properties at construction", () => {
    const k = new Kafka({ kafkaJS: { brokers: ['b1:9092'], logLevel: 3 as never }, 'client.id': 'x', 'linger.ms': 5 });
    expect(k.ctx.confluent).toBe(true);
    expect(k.ctx.root.level).toBe(4); // confluent's INFO (3) is KafkaJS's INFO (4)
    expect(() => new Kafka({ kafkaJS: { brokers: ['b'] }, 'no.such.property': 1 })).toThrow(/no\.such\.property/);
    expect(() => k.consumer({ kafkaJS: { groupId: 'g' }, 'socket.keepalive.enable': true })).toThrow(
      /socket\.keepalive\.enable/,
    );
    expect(() => k.producer({ 'group.id': 'g' })).toThrow(/producer property group\.id/);
    expect(k.consumer({ kafkaJS: { groupId: 'g' }, 'group.instance.id': 'i' })).toBeDefined();
  });

  it('resolves client options with Kafka-level properties of the right kind only', async () => {
    const k = new Kafka({ kafkaJS: { brokers: ['b1:9092'] }, 'linger.ms': 7, 'group.id': 'ignored-for-producers' });
    const producerOptions = await k.ctx.clientOptions('producer', { acks: 1 });
    expect(producerOptions).toMatchObject({ bootstrapServers: ['b1:9092'], lingerMs: 7, acks: 1 });
    expect(producerOptions).not.toHaveProperty('groupId');
    const brokersFn = new Kafka({ brokers: async () => ['b3:9092'] });
    expect((await brokersFn.ctx.clientOptions('common')).bootstrapServers).toEqual(['b3:9092']);
  });
});

describe('partitioners', () => {
  const partitionMetadata = [0, 1, 2].map((partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 0,
    replicas: [],
    isr: [],
  }));

  it('DefaultPartitioner hashes keys as Java does and honours an explicit partition', () => {
    const p = Partitioners.DefaultPartitioner();
    for (const key of ['a', 'order-17', 'ключ']) {
      const expected = (murmur2(Buffer.from(key)) & 0x7fffffff) % 3;
      expect(p({ topic: 't', partitionMetadata, message: { key } })).toBe(expected);
    }
    expect(p({ topic: 't', partitionMetadata, message: { key: 'a', partition: 0 } })).toBe(0);
    expect(Partitioners.JavaCompatiblePartitioner).toBe(Partitioners.DefaultPartitioner);
  });

  it('deals keyless messages round-robin over partitions with a leader', () => {
    const p = Partitioners.DefaultPartitioner();
    const meta = partitionMetadata.map((m) => (m.partitionId === 1 ? { ...m, leader: -1 } : m));
    const counts = new Map<number, number>();
    for (let i = 0; i < 100; i++) {
      const partition = p({ topic: 't', partitionMetadata: meta, message: {} });
      counts.set(partition, (counts.get(partition) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([0, 2]);
    expect(counts.get(0)).toBe(50);
    expect(counts.get(2)).toBe(50);
  });

  it("the producer's default deals keyless records round-robin and leaves keyed ones to murmur2", () => {
    const p = roundRobinKeyless();
    const ctx = { topic: 't', key: null, value: null, partitions: 4, availablePartitions: [0, 1, 3] };
    const seq = Array.from({ length: 9 }, () => p(ctx));
    for (const partition of [0, 1, 3]) expect(seq.filter((x) => x === partition)).toHaveLength(3);
    // consecutive records never share a partition: a cycle, not a random pick
    for (let i = 1; i < seq.length; i++) expect(seq[i]).not.toBe(seq[i - 1]);
    expect(p({ ...ctx, topic: 'u', availablePartitions: [] })).toBeLessThan(4);
    expect(p({ ...ctx, key: Buffer.from('k') })).toBeUndefined();
  });

  it("LegacyPartitioner reproduces KafkaJS 1.x's hash", () => {
    // Hash values KafkaJS 1.x computes for these keys (from its test data).
    const expected: Record<string, number> = {
      '0': 272173970,
      '1': 1311020360,
      '128': 2053105854,
      '2187': -2081355488,
      '170859375': 102939717,
    };
    const p = Partitioners.LegacyPartitioner();
    const many = Array.from({ length: 1000 }, (_, partitionId) => ({
      partitionErrorCode: 0,
      partitionId,
      leader: 0,
      replicas: [],
      isr: [],
    }));
    for (const [key, hash] of Object.entries(expected))
      expect(p({ topic: 't', partitionMetadata: many, message: { key } })).toBe((hash & 0x7fffffff) % 1000);
  });

  it('adapts a KafkaJS partitioner to kafka-aio, falling back to the default on a bad answer', () => {
    const seen: unknown[] = [];
    const adapted = adaptPartitioner(() => (args) => {
      seen.push(args);
      return args.message.key?.toString() === 'bad' ? 99 : 1;
    });
    const ctx = { topic: 't', key: Buffer.from('k'), value: Buffer.from('v'), partitions: 2, availablePartitions: [1] };
    expect(adapted(ctx)).toBe(1);
    expect(adapted({ ...ctx, key: Buffer.from('bad') })).toBeUndefined();
    expect(seen[0]).toMatchObject({
      topic: 't',
      partitionMetadata: [
        { partitionId: 0, leader: -1 },
        { partitionId: 1, leader: 0 },
      ],
    });
  });
});

describe('errors', () => {
  it("wraps kafka-aio errors in KafkaJS's classes, keeping them as cause", () => {
    const notLeader = createKafkaError(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const e = toKafkaJSError(notLeader) as KafkaJSProtocolError;
    expect(e).toBeInstanceOf(KafkaJSProtocolError);
    expect(e).toBeInstanceOf(KafkaJSError);
    expect(e).toMatchObject({
      name: 'KafkaJSProtocolError',
      type: 'NOT_LEADER_FOR_PARTITION',
      code: 6,
      retriable: true,
    });
    expect(e.cause).toBe(notLeader);
    expect(toKafkaJSError(createKafkaError(ErrorCode.NOT_COORDINATOR))).toMatchObject({
      type: 'NOT_COORDINATOR_FOR_GROUP',
    });
    expect(toKafkaJSError(createKafkaError(ErrorCode.TOPIC_ALREADY_EXISTS))).toMatchObject({
      type: 'TOPIC_ALREADY_EXISTS',
      retriable: false,
    });
    expect(toKafkaJSError(createKafkaError(ErrorCode.OFFSET_OUT_OF_RANGE))).toBeInstanceOf(KafkaJSOffsetOutOfRange);
    expect(toKafkaJSError(new KafkaTimeoutError('slow'))).toBeInstanceOf(KafkaJSRequestTimeoutError);
    expect(createKafkaError(ErrorCode.NOT_COORDINATOR)).toBeInstanceOf(BrokerResponseError);
    const plain = new TypeError('bug');
    expect(toKafkaJSError(plain)).toBe(plain);
    expect(new KafkaJSConnectionError('down', { broker: 'b:9092' })).toMatchObject({
      retriable: true,
      broker: 'b:9092',
    });
  });

  it('treats programming errors and retriable:false as final, other errors as retriable', () => {
    expect(isRetriable(new Error('x'))).toBe(true);
    expect(isRetriable(new TypeError('x'))).toBe(false);
    expect(isRetriable(new KafkaJSNonRetriableError('x'))).toBe(false);
  });
});

describe('retry backoff', () => {
  it('starts at initialRetryTime, grows by multiplier within factor, and is capped', () => {
    const r = resolveRetry({ initialRetryTime: 100, factor: 0.2, multiplier: 2, maxRetryTime: 1000 });
    expect(retryDelay(r, 0, () => 0.5)).toBe(100);
    expect(retryDelay(r, 0, () => 0)).toBe(80);
    expect(retryDelay(r, 0, () => 1)).toBe(120);
    expect(retryDelay(r, 2, () => 0.5)).toBe(400);
    expect(retryDelay(r, 10, () => 0.5)).toBe(1000);
  });
});

describe('messages and metadata', () => {
  it('turns records into KafkaJS messages with string offsets and header arrays for repeated keys', () => {
    const m = toKafkaMessage({
      topic: 't',
      partition: 0,
      topicPartition: topicPartition('t', 0),
      offset: 12n,
      timestamp: 1700000000000n,
      timestampType: 'CreateTime',
      key: Buffer.from('k'),
      value: null,
      headers: [
        { key: 'a', value: Buffer.from('1') },
        { key: 'a', value: Buffer.from('2') },
        { key: 'b', value: Buffer.from('3') },
      ],
      leaderEpoch: 0,
      serializedKeySize: 1,
      serializedValueSize: -1,
    } as never);
    expect(m).toMatchObject({ offset: '12', timestamp: '1700000000000', key: Buffer.from('k'), value: null });
    expect(m.headers).toEqual({ a: [Buffer.from('1'), Buffer.from('2')], b: Buffer.from('3') });
    const batch = new Batch('t', 0, '20', [m, { ...m, offset: '15' }]);
    expect([batch.firstOffset(), batch.lastOffset(), batch.offsetLag(), batch.offsetLagLow(), batch.isEmpty()]).toEqual(
      ['12', '15', '4', '7', false],
    );
  });

  it('writes every offset exactly, also past the largest exact JavaScript number; a record without headers gets its own empty object', () => {
    const record = (offset: bigint) =>
      toKafkaMessage({
        topic: 't',
        partition: 0,
        topicPartition: topicPartition('t', 0),
        offset,
        timestamp: 1n,
        timestampType: 'CreateTime',
        key: null,
        value: null,
        headers: [],
        leaderEpoch: 0,
        serializedKeySize: -1,
        serializedValueSize: -1,
      } as never);
    const past = 2n ** 60n + 3n;
    expect([0n, 9_007_199_254_740_991n, 9_007_199_254_740_992n, past].map((o) => record(o).offset)).toEqual([
      '0',
      '9007199254740991',
      '9007199254740992',
      '1152921504606846979',
    ]);
    const [a, b] = [record(1n), record(2n)];
    expect(a.headers).toEqual({});
    expect(a.headers).not.toBe(b.headers);
  });

  it('a send() tally: one entry per topic-partition in the order first written, with the lowest offset; settles after the last delivery, rejects at the first failure', async () => {
    const tp0 = topicPartition('t', 0);
    const tp1 = topicPartition('t', 1);
    const r = (tp: typeof tp0, offset: bigint) =>
      ({
        topic: tp.topic,
        partition: tp.partition,
        topicPartition: tp,
        offset,
        timestamp: 5n,
        timestampType: 'CreateTime',
        logStartOffset: 0n,
      }) as never;
    const tally = new DeliveryTally();
    for (const tp of [tp1, tp0, tp0]) tally.add(tp);
    let settled = false;
    const done = tally.seal().then((v) => {
      settled = true;
      return v;
    });
    tally.onDelivery(null, r(tp0, 7n));
    tally.onDelivery(null, r(tp0, 5n));
    await Promise.resolve();
    expect(settled).toBe(false);
    tally.onDelivery(null, r(tp1, 3n));
    expect(await done).toEqual([
      { topicName: 't', partition: 1, errorCode: 0, baseOffset: '3', logAppendTime: '-1', logStartOffset: '0' },
      { topicName: 't', partition: 0, errorCode: 0, baseOffset: '5', logAppendTime: '-1', logStartOffset: '0' },
    ]);
    const failing = new DeliveryTally();
    failing.add(tp0);
    failing.add(tp0);
    const boom = new Error('boom');
    failing.onDelivery(boom, null);
    await expect(failing.seal()).rejects.toBe(boom);
  });

  it('flattens headers and maps compression numbers and names', () => {
    expect(toHeaders({ a: 'x', b: [Buffer.from('1'), '2'], c: undefined })).toEqual([
      ['a', 'x'],
      ['b', Buffer.from('1')],
      ['b', '2'],
    ]);
    expect([0, 1, 2, 3, 4].map(compressionName)).toEqual(['none', 'gzip', 'snappy', 'lz4', 'zstd']);
    expect(compressionName('GZIP')).toBe('gzip');
    expect(() => compressionName(9)).toThrow(/not supported/);
  });
});

describe('assigners and events', () => {
  it("offers KafkaJS's round-robin assignor under its protocol name", () => {
    expect(kafkaJSRoundRobinAssignor.name).toBe('RoundRobinAssigner');
    expect(PartitionAssigners.roundRobin({} as never)).toBe(kafkaJSRoundRobinAssignor);
  });

  it('encodes and decodes member metadata and assignments', () => {
    const meta = AssignerProtocol.MemberMetadata.encode({ version: 0, topics: ['a', 'b'], userData: Buffer.from('u') });
    expect(AssignerProtocol.MemberMetadata.decode(meta)).toEqual({
      version: 0,
      topics: ['a', 'b'],
      userData: Buffer.from('u'),
    });
    const assignment = AssignerProtocol.MemberAssignment.encode({ version: 1, assignment: { a: [0, 2] } });
    expect(AssignerProtocol.MemberAssignment.decode(assignment)).toEqual({
      version: 1,
      assignment: { a: [0, 2] },
      userData: Buffer.alloc(0),
    });
  });

  it('runs a custom KafkaJS assigner: its userData in the subscription, its answer as the assignment', async () => {
    const seen: { members: { memberId: string; memberMetadata: Buffer }[]; topics: string[] }[] = [];
    let factoryConfig: { groupId?: string } = {};
    const allToHead: PartitionAssigner = (config) => {
      factoryConfig = config;
      return {
        name: 'AllToHead',
        version: 2,
        protocol: ({ topics }: { topics: string[] }) => ({
          name: 'AllToHead',
          metadata: AssignerProtocol.MemberMetadata.encode({ version: 2, topics, userData: Buffer.from('head') }),
        }),
        async assign({
          members,
          topics,
        }: {
          members: { memberId: string; memberMetadata: Buffer }[];
          topics: string[];
        }) {
          seen.push({ members, topics });
          const head = members.find(
            (m) => AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.userData.toString() === 'head',
          );
          const partitions = config.cluster.findTopicPartitionMetadata('t').map((m) => m.partitionId);
          return [
            {
              memberId: head!.memberId,
              memberAssignment: AssignerProtocol.MemberAssignment.encode({ version: 2, assignment: { t: partitions } }),
            },
          ];
        },
      };
    };
    const logger = { info() {}, warn() {}, error() {}, debug() {} } as never;
    const [assignor] = toAssignmentStrategy([allToHead], { groupId: 'g1', logger });
    expect(factoryConfig.groupId).toBe('g1');
    if (typeof assignor === 'string') throw new Error('expected an assignor');
    expect(assignor).toMatchObject({ name: 'AllToHead', rebalanceProtocol: 'eager' });
    expect(assignor.subscriptionUserData?.({ topics: ['t'], ownedPartitions: [], generationId: -1 })).toEqual(
      Buffer.from('head'),
    );
    const member = (memberId: string, userData: Buffer | null) => ({
      memberId,
      groupInstanceId: null,
      rackId: null,
      topics: ['t'],
      ownedPartitions: [],
      generationId: -1,
      userData,
    });
    const result = await assignor.assign(
      { partitionsPerTopic: new Map([['t', 3]]) },
      new Map([
        ['m1', member('m1', null)],
        ['m2', member('m2', Buffer.from('head'))],
      ]),
    );
    expect(result).toEqual(
      new Map([
        ['m1', new Map()],
        ['m2', new Map([['t', [0, 1, 2]]])],
      ]),
    );
    expect(seen[0].topics).toEqual(['t']);
    expect(AssignerProtocol.MemberMetadata.decode(seen[0].members[1].memberMetadata)).toEqual({
      version: 2,
      topics: ['t'],
      userData: Buffer.from('head'),
    });
  });

  it('rejects a partition assigner that is not one, naming what it must be', () => {
    const logger = {} as never;
    expect(() => toAssignmentStrategy([() => ({ name: 'x' })], { groupId: 'g', logger })).toThrow(
      KafkaJSNonRetriableError,
    );
    expect(() => toAssignmentStrategy([42], { groupId: 'g', logger })).toThrow(/assigner factories/);
    expect(() => toAssignmentStrategy([], { groupId: 'g', logger })).toThrow(/non-empty/);
  });

  it("uses KafkaJS's event names and rejects unknown ones", () => {
    expect(ConsumerEvents.GROUP_JOIN).toBe('consumer.group_join');
    expect(ConsumerEvents.REQUEST).toBe('consumer.network.request');
    expect(ConsumerEvents.REQUEST_TIMEOUT).toBe('consumer.network.request_timeout');
    expect(ProducerEvents.CONNECT).toBe('producer.connect');
    const c = new Kafka({ brokers: ['b'] }).consumer({ groupId: 'g' });
    expect(() => c.on('consumer.nope', () => {})).toThrow(/Event name should be one of/);
    expect(typeof c.on(c.events.CRASH, () => {})).toBe('function');
  });

  it('keeps producer, consumer and admin on Kafka.prototype (where APM agents patch them)', () => {
    for (const m of ['producer', 'consumer', 'admin', 'logger']) expect(Object.hasOwn(Kafka.prototype, m)).toBe(true);
  });
});

describe('REQUEST events from the kafka-aio:request channel', () => {
  it('reports requests of this client id while someone listens, and stops when the listener is removed', async () => {
    const channel = tracingChannel<unknown, RequestDiagnostics>(DIAGNOSTICS_CHANNELS.request);
    const producer = new Kafka({ brokers: ['b'], clientId: 'req-test' }).producer();
    const events: InstrumentationEvent[] = [];
    const got = new Promise<void>((resolve) => {
      const remove = producer.on(producer.events.REQUEST, (e) => {
        events.push(e);
        remove();
        resolve();
      });
    });
    const publish = (clientId: string) => {
      const ctx: RequestDiagnostics = {
        clientId,
        broker: 'b1:9092',
        apiName: 'Metadata',
        apiKey: 3,
        apiVersion: 12,
        correlationId: 7,
        requestBytes: 42,
      };
      channel.start.publish(ctx);
      channel.asyncEnd.publish(ctx);
    };
    publish('someone-else');
    publish('req-test');
    await got;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'producer.network.request',
      payload: {
        apiName: 'Metadata',
        apiKey: 3,
        apiVersion: 12,
        broker: 'b1:9092',
        clientId: 'req-test',
        correlationId: 7,
        size: 42,
      },
    });
    expect(channel.start.hasSubscribers).toBe(false);
  });
});
