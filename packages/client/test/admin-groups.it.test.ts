import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GroupIdNotFoundError,
  NonEmptyGroupError,
  ResourceNotFoundError,
  TransactionalIdNotFoundError,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runKafkaTool } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaAdminClient, type ConsumerGroupDescription } from '../src/admin/index.js';
import { topicPartition } from '../src/topic-partition.js';

const kafka = inject('kafka');
const name = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

async function tool(mainClass: string, args: string[], input?: string) {
  const r = await runKafkaTool(kafka.version, mainClass, args, { input, timeoutMs: 90_000 });
  if (r.code !== 0) throw new Error(`${mainClass} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

async function until<T>(what: string, f: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('AIOKafkaAdminClient: groups, transactions, quotas, SCRAM', () => {
  let admin: AIOKafkaAdminClient;
  beforeAll(async () => {
    admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap, defaultApiTimeoutMs: 30_000 });
    await admin.start();
  });
  afterAll(() => admin?.stop());

  it('alters, lists and deletes offsets of a group, visible to ConsumerGroupCommand', async () => {
    const t = name('adm-grp');
    const g = name('adm-group');
    await admin.createTopic({ name: t, numPartitions: 3 });
    const [p0, p1, p2] = [0, 1, 2].map((p) => topicPartition(t, p));
    const missingTopic = topicPartition(name('adm-missing'), 0);
    const altered = await admin.alterConsumerGroupOffsets(g, [
      [p0, 0n],
      [p1, { offset: 0n, metadata: 'by-admin' }],
      [missingTopic, 5n],
    ]);
    expect(altered.get(p0)?.error).toBeNull();
    expect(altered.get(p1)?.error).toBeNull();
    expect(altered.get(missingTopic)?.error?.name).toBe('UnknownTopicOrPartitionError');

    const g2 = name('adm-group');
    await admin.alterConsumerGroupOffsets(g2, [[p2, 0n]]).then((r) => r.throwIfAnyFailed());
    const listed = await admin.listConsumerGroupOffsets([g, { groupId: g2, partitions: [p2] }, name('adm-empty')]);
    const offsets = listed.getOrThrow(g);
    expect(offsets.get(p0)?.offset).toBe(0n);
    expect(offsets.get(p1)?.metadata).toBe('by-admin');
    expect(offsets.has(p2)).toBe(false);
    expect(listed.getOrThrow(g2).get(p2)?.offset).toBe(0n);

    const out = await tool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', [
      '--bootstrap-server',
      kafka.bootstrap,
      '--describe',
      '--group',
      g,
    ]);
    expect(out).toMatch(new RegExp(`${g}\\s+${t}\\s+0\\s+0\\b`));
    expect(out).toMatch(new RegExp(`${g}\\s+${t}\\s+1\\s+0\\b`));

    const groups = await admin.listConsumerGroups();
    const listing = groups.valid.find((l) => l.groupId === g);
    expect(listing).toMatchObject({ isSimpleConsumerGroup: true, state: 'Empty' });
    expect(groups.errors).toEqual([]);
    const stable = await admin.listConsumerGroups({ states: ['Stable'] });
    expect(stable.valid.some((l) => l.groupId === g)).toBe(false);

    const desc = (await admin.describeConsumerGroups([g])).getOrThrow(g);
    expect(desc).toMatchObject({ groupId: g, state: 'Empty', members: [], isSimpleConsumerGroup: true });
    expect(desc.coordinator?.id).toBeTypeOf('number');

    const dropped = await admin.deleteConsumerGroupOffsets(g, [p0]);
    expect(dropped.get(p0)?.error).toBeNull();
    expect((await admin.listConsumerGroupOffsets([g])).getOrThrow(g).has(p0)).toBe(false);

    const missing = name('adm-nogroup');
    const deleted = await admin.deleteConsumerGroups([g, g2, missing]);
    expect(deleted.get(g)?.error).toBeNull();
    expect(deleted.get(g2)?.error).toBeNull();
    expect(deleted.get(missing)?.error).toBeInstanceOf(GroupIdNotFoundError);
    expect((await admin.describeConsumerGroups([g])).get(g)?.error).toBeInstanceOf(GroupIdNotFoundError);
  });

  it('describes live classic and KIP-848 groups with their assignments', async () => {
    const t = name('adm-live');
    await admin.createTopic({ name: t, numPartitions: 2 });
    const classic = name('adm-classic');
    const modern = name('adm-848');
    const consumer = (group: string, protocol: string) =>
      runKafkaTool(
        kafka.version,
        'org.apache.kafka.tools.consumer.ConsoleConsumer',
        [
          '--bootstrap-server',
          kafka.bootstrap,
          '--topic',
          t,
          '--group',
          group,
          '--timeout-ms',
          '12000',
          '--consumer-property',
          `group.protocol=${protocol}`,
        ],
        { timeoutMs: 60_000 },
      );
    const running = [consumer(classic, 'classic'), consumer(modern, 'consumer')];
    try {
      const hasAssignment = (d: ConsumerGroupDescription | undefined) =>
        d?.state === 'Stable' && d.members[0]?.assignment.length === 2;
      const r = await until(
        'both groups stable',
        () => admin.describeConsumerGroups([classic, modern]),
        (r) => hasAssignment(r.get(classic)?.value) && hasAssignment(r.get(modern)?.value),
      );
      const c = r.getOrThrow(classic);
      expect(c).toMatchObject({ type: 'classic', isSimpleConsumerGroup: false, partitionAssignor: expect.any(String) });
      expect(new Set(c.members[0].assignment)).toEqual(new Set([topicPartition(t, 0), topicPartition(t, 1)]));
      expect(c.members[0].clientId).toMatch(/console-consumer|consumer/);
      const m = r.getOrThrow(modern);
      expect(m).toMatchObject({ type: 'consumer', partitionAssignor: expect.any(String) });
      expect(m.groupEpoch).toBeGreaterThan(0);
      expect(m.members[0].subscribedTopicNames).toEqual([t]);
      expect(new Set(m.members[0].targetAssignment)).toEqual(new Set([topicPartition(t, 0), topicPartition(t, 1)]));

      const listed = await admin.listConsumerGroups({ states: ['Stable'] });
      expect(listed.valid.find((l) => l.groupId === classic)).toMatchObject({ type: 'classic', state: 'Stable' });
      expect(listed.valid.find((l) => l.groupId === modern)).toMatchObject({ type: 'consumer', state: 'Stable' });
      const onlyModern = await admin.listConsumerGroups({ types: ['consumer'] });
      expect(onlyModern.valid.some((l) => l.groupId === classic)).toBe(false);
      expect(onlyModern.valid.some((l) => l.groupId === modern)).toBe(true);

      const busy = await admin.deleteConsumerGroups([classic]);
      expect(busy.get(classic)?.error).toBeInstanceOf(NonEmptyGroupError);
    } finally {
      await Promise.all(running);
    }
  });

  it('lists and describes transactions and their producers', async () => {
    const t = name('adm-txn');
    const txnId = name('adm-txn-id');
    await admin.createTopic({ name: t, numPartitions: 1 });
    await tool('org.apache.kafka.tools.ProducerPerformance', [
      '--topic',
      t,
      '--num-records',
      '20',
      '--record-size',
      '10',
      '--throughput',
      '-1',
      '--producer-props',
      `bootstrap.servers=${kafka.bootstrap}`,
      '--transactional-id',
      txnId,
      '--transaction-duration-ms',
      '50',
    ]);
    const listed = await admin.listTransactions();
    const mine = listed.find((l) => l.transactionalId === txnId);
    expect(mine?.state).toMatch(/Complete(Commit|Abort)|Empty/);
    expect((await admin.listTransactions({ states: ['Ongoing'] })).some((l) => l.transactionalId === txnId)).toBe(
      false,
    );

    const missing = name('adm-no-txn');
    const described = await admin.describeTransactions([txnId, missing]);
    const d = described.getOrThrow(txnId);
    expect(d.producerId).toBe(mine?.producerId);
    expect(d.transactionTimeoutMs).toBeGreaterThan(0);
    expect(described.get(missing)?.error).toBeInstanceOf(TransactionalIdNotFoundError);

    const producers = (await admin.describeProducers([topicPartition(t, 0)])).getOrThrow(topicPartition(t, 0));
    expect(producers.map((p) => p.producerId)).toContain(d.producerId);
  });

  it('sets, describes and removes client quotas', async () => {
    const client = name('adm-quota');
    const entity = { 'client-id': client };
    const set = { entity, ops: { producer_byte_rate: 1024, consumer_byte_rate: 2048 } };
    (await admin.alterClientQuotas([set])).throwIfAnyFailed();
    const described = await until(
      'quota',
      () => admin.describeClientQuotas([{ entityType: 'client-id', match: client }]),
      (d) => d.length === 1,
    );
    expect(described[0]).toEqual({ entity, values: { producer_byte_rate: 1024, consumer_byte_rate: 2048 } });
    const out = await tool('kafka.admin.ConfigCommand', [
      '--bootstrap-server',
      kafka.bootstrap,
      '--describe',
      '--entity-type',
      'clients',
      '--entity-name',
      client,
    ]);
    expect(out).toMatch(/producer_byte_rate=1024/);
    (
      await admin.alterClientQuotas([{ entity, ops: { producer_byte_rate: null, consumer_byte_rate: null } }])
    ).throwIfAnyFailed();
    await until(
      'quota removed',
      () => admin.describeClientQuotas([{ entityType: 'client-id', match: client }]),
      (d) => d.length === 0,
    );
  });

  it('creates SCRAM credentials that Kafka tools authenticate with, then deletes them', async () => {
    const user = name('adm-user');
    const password = `pw-${randomUUID()}`;
    const r = await admin.alterUserScramCredentials([
      { user, mechanism: 'SCRAM-SHA-256', password, iterations: 4096 },
      { user, mechanism: 'SCRAM-SHA-512', password },
    ]);
    expect(r.get(user)?.error).toBeNull();
    const described = await until(
      'credentials',
      () => admin.describeUserScramCredentials([user]),
      (d) => (d.get(user)?.value?.length ?? 0) === 2,
    );
    expect(new Set(described.getOrThrow(user))).toEqual(
      new Set([
        { mechanism: 'SCRAM-SHA-256', iterations: 4096 },
        { mechanism: 'SCRAM-SHA-512', iterations: 8192 },
      ]),
    );
    expect((await admin.describeUserScramCredentials()).has(user)).toBe(true);

    if (kafka.listeners.saslPlaintext) {
      const dir = mkdtempSync(join(tmpdir(), 'adm-scram-'));
      const props = join(dir, 'client.properties');
      writeFileSync(
        props,
        [
          'security.protocol=SASL_PLAINTEXT',
          'sasl.mechanism=SCRAM-SHA-512',
          `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}";`,
          '',
        ].join('\n'),
      );
      const ok = await runKafkaTool(
        kafka.version,
        'org.apache.kafka.tools.TopicCommand',
        ['--bootstrap-server', kafka.listeners.saslPlaintext, '--command-config', props, '--list'],
        { timeoutMs: 60_000 },
      );
      expect(ok.code, ok.stderr).toBe(0);
      writeFileSync(
        props,
        [
          'security.protocol=SASL_PLAINTEXT',
          'sasl.mechanism=SCRAM-SHA-512',
          `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="wrong";`,
          '',
        ].join('\n'),
      );
      const bad = await runKafkaTool(
        kafka.version,
        'org.apache.kafka.tools.TopicCommand',
        ['--bootstrap-server', kafka.listeners.saslPlaintext, '--command-config', props, '--list'],
        { timeoutMs: 60_000 },
      );
      expect(bad.code).not.toBe(0);
    }

    (
      await admin.alterUserScramCredentials([
        { user, mechanism: 'SCRAM-SHA-256', delete: true },
        { user, mechanism: 'SCRAM-SHA-512', delete: true },
      ])
    ).throwIfAnyFailed();
    const gone = await until(
      'credentials deleted',
      () => admin.describeUserScramCredentials([user]),
      (d) => d.get(user)?.error !== null,
    );
    expect(gone.get(user)?.error).toBeInstanceOf(ResourceNotFoundError);
  });
});
