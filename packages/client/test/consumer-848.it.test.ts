// The KIP-848 consumer group protocol (groupProtocol: 'consumer') against Kafka 4.3.1: broker-side
// assignment, incremental reconciliation with the listener, regex subscriptions resolved by the
// broker, commits visible to Kafka's tool, and a clear error where the broker does not offer it.
import { randomUUID } from 'node:crypto';
import { UnsupportedVersionError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSingleNode, stopRun, testInfoFromState } from '../../../scripts/kafka/index.js';
import type { KafkaRunState } from '../../../scripts/kafka/types.js';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaConsumer, type ConsumerOptions, type ConsumerRebalanceListener } from '../src/consumer/index.js';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../src/topic-partition.js';
import {
  adminCluster,
  createTopic,
  eventually,
  groupLag,
  kafka,
  produce,
  records,
  topicName,
} from './consumer-helpers.js';

const isKafka4 = !kafka.version.startsWith('3.');

const opts = {
  bootstrapServers: kafka.bootstrap,
  groupProtocol: 'consumer',
  fetchMaxWaitMs: 100,
  autoOffsetReset: 'earliest',
} as const satisfies ConsumerOptions;

function ownership() {
  const owner = new Map<TopicPartition, string>();
  const problems: string[] = [];
  const listener = (member: string): ConsumerRebalanceListener => ({
    onPartitionsAssigned: (tps) => {
      for (const tp of tps) {
        const cur = owner.get(tp);
        if (cur !== undefined && cur !== member) problems.push(`${formatTopicPartition(tp)}: ${member} while ${cur}`);
        owner.set(tp, member);
      }
    },
    onPartitionsRevoked: (tps) => {
      for (const tp of tps) if (owner.get(tp) === member) owner.delete(tp);
    },
    onPartitionsLost: (tps) => {
      for (const tp of tps) if (owner.get(tp) === member) owner.delete(tp);
    },
  });
  return { listener, problems };
}

describe.runIf(isKafka4)('consumer groups with the KIP-848 protocol', () => {
  let admin: Cluster;
  beforeAll(async () => {
    admin = await adminCluster();
  });
  afterAll(() => admin?.close());

  it('joins, gets every partition from the broker, commits; the consumer-group tool reports lag 0', async () => {
    const t = topicName('kip848');
    await createTopic(admin, t, 3);
    for (let p = 0; p < 3; p++) await produce(admin, t, p, records(40));
    const groupId = `g848-${randomUUID()}`;
    const c = new AIOKafkaConsumer(t, { ...opts, groupId });
    await c.start();
    expect(c.assignment()).toEqual(new Set([0, 1, 2].map((p) => topicPartition(t, p))));
    expect(c.groupMetadata().generationId).toBeGreaterThan(0); // the member epoch
    let n = 0;
    while (n < 120) for (const l of (await c.getMany({ timeoutMs: 1_000 })).values()) n += l.length;
    await c.commit();
    expect((await c.committed(topicPartition(t, 0)))?.offset).toBe(40n);
    await c.stop();
    expect([...(await groupLag(groupId, t)).values()].map((x) => x.lag)).toEqual(['0', '0', '0']);
  });

  it('shares a topic between 3 members: everything consumed, no partition owned twice at once', async () => {
    const t = topicName('kip848-share');
    await createTopic(admin, t, 6);
    for (let p = 0; p < 6; p++) await produce(admin, t, p, records(100));
    const groupId = `g848-${randomUUID()}`;
    const { listener, problems } = ownership();
    const seen = new Set<string>();
    const members: AIOKafkaConsumer[] = [];
    const loops: Promise<void>[] = [];
    for (const name of ['a', 'b', 'c']) {
      const c = new AIOKafkaConsumer({ ...opts, groupId });
      c.subscribe({ topics: [t], listener: listener(name) });
      await c.start();
      members.push(c);
      loops.push(
        (async () => {
          for await (const r of c) seen.add(`${r.partition}-${r.offset}`);
        })(),
      );
    }
    await eventually(() => members.every((m) => m.assignment().size === 2), 30_000, 'balance');
    await eventually(() => seen.size === 600, 30_000, 'every record');
    await members[0].stop();
    await eventually(() => members[1].assignment().size + members[2].assignment().size === 6, 30_000, 'takeover');
    for (let p = 0; p < 6; p++) await produce(admin, t, p, records(5, 'more'));
    await eventually(() => seen.size === 630, 30_000, 'the new records');
    await Promise.all(members.map((m) => m.stop()));
    await Promise.all(loops);
    expect(problems).toEqual([]);
  });

  it('subscribes with a regex that the broker resolves', async () => {
    const prefix = `re${randomUUID().slice(0, 8)}`;
    await createTopic(admin, `${prefix}-a`, 1);
    await createTopic(admin, `${prefix}-b`, 2);
    await createTopic(admin, `other-${prefix}`, 1);
    await using c = new AIOKafkaConsumer({ ...opts, groupId: `g848-${randomUUID()}` });
    c.subscribe({ pattern: new RegExp(`${prefix}-.*`) });
    await c.start();
    await eventually(() => c.assignment().size === 3, 30_000, 'the regex topics');
    expect(new Set([...c.assignment()].map((tp) => tp.topic))).toEqual(new Set([`${prefix}-a`, `${prefix}-b`]));
  });

  describe('a broker without the consumer group protocol', () => {
    let state: KafkaRunState;
    beforeAll(async () => {
      state = await startSingleNode({ ownerPid: process.pid, features: ['group.version=0'] });
    }, 180_000);
    afterAll(async () => {
      if (state) await stopRun(state);
    });

    it('makes start() fail with an UnsupportedVersionError that names groupProtocol', async () => {
      const info = testInfoFromState(state);
      const c = new AIOKafkaConsumer('any-topic', { ...opts, bootstrapServers: info.bootstrap, groupId: 'g' });
      const err = await c.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      await c.stop();
      expect(err).toBeInstanceOf(UnsupportedVersionError);
      expect((err as Error).message).toMatch(/groupProtocol 'consumer'/);
    });
  });
});
