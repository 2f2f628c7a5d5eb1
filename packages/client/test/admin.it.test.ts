import { randomUUID } from 'node:crypto';
import {
  GroupIdNotFoundError,
  IllegalStateError,
  InvalidPartitionsError,
  TopicAlreadyExistsError,
  UnknownTopicOrPartitionError,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runKafkaTool } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { AIOKafkaAdminClient, configResource } from '../src/admin/index.js';
import { topicPartition } from '../src/topic-partition.js';

const kafka = inject('kafka');
const name = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

async function tool(mainClass: string, args: string[], input?: string) {
  const r = await runKafkaTool(kafka.version, mainClass, args, { input, timeoutMs: 90_000 });
  if (r.code !== 0) throw new Error(`${mainClass} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

async function until<T>(what: string, f: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (ok(v)) return v;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}: ${JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x))}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('AIOKafkaAdminClient: topics, cluster, configs, records', () => {
  let admin: AIOKafkaAdminClient;
  beforeAll(async () => {
    admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap, defaultApiTimeoutMs: 30_000 });
    await admin.start();
  });
  afterAll(() => admin?.stop());

  it('refuses calls before start() and after stop()', async () => {
    const a = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap });
    expect(() => a.listTopics()).toThrow(IllegalStateError);
    await a.start();
    await a.stop();
    expect(() => a.listTopics()).toThrow(/stopped/);
  });

  it('creates topics with configs and assignments, reporting an existing topic per entity', async () => {
    const t1 = name('adm-create');
    const t2 = name('adm-assign');
    await admin.createTopic({ name: t1, numPartitions: 1 });
    const results = await admin.createTopics([
      { name: t1, numPartitions: 1 },
      {
        name: t2,
        replicaAssignment: [[1], [1], [1]],
        configs: { 'cleanup.policy': 'compact', 'retention.ms': '123456' },
      },
    ]);
    expect(results.get(t1)?.error).toBeInstanceOf(TopicAlreadyExistsError);
    const created = results.get(t2);
    expect(created?.error).toBeNull();
    expect(created?.value?.numPartitions).toBe(3);
    expect(created?.value?.topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created?.value?.configs.get('cleanup.policy')?.value).toBe('compact');
    expect(() => results.throwIfAnyFailed()).toThrow(TopicAlreadyExistsError);
    await expect(admin.createTopic({ name: t1 })).rejects.toBeInstanceOf(TopicAlreadyExistsError);

    const described = await tool('org.apache.kafka.tools.TopicCommand', [
      '--bootstrap-server',
      kafka.bootstrap,
      '--describe',
      '--topic',
      t2,
    ]);
    expect(described).toContain(`Topic: ${t2}`);
    expect(described).toMatch(/PartitionCount: 3/);
    expect(described).toMatch(/cleanup\.policy=compact/);
    expect(described).toMatch(/retention\.ms=123456/);

    const validated = await admin.createTopics([{ name: name('adm-validate'), numPartitions: 2 }], {
      validateOnly: true,
    });
    expect(validated.ok).toBe(true);
    expect(await admin.listTopics()).not.toContain([...validated.keys()][0]);
  });

  it('lists, describes, grows and deletes topics', async () => {
    const t = name('adm-describe');
    await admin.createTopic({ name: t, numPartitions: 2, replicationFactor: 1 });
    const topics = await admin.listTopics();
    expect(topics).toContain(t);
    expect(topics).not.toContain('__consumer_offsets');
    const missing = name('adm-missing');
    const described = await admin.describeTopics([t, missing], { includeAuthorizedOperations: true, timeoutMs: 5_000 });
    const d = described.getOrThrow(t);
    expect(d.partitions.map((p) => p.partition)).toEqual([0, 1]);
    expect(d.partitions[0].leader?.id).toBeTypeOf('number');
    expect(d.partitions[0].isr.map((n) => n.id)).toEqual(d.partitions[0].replicas.map((n) => n.id));
    expect(d.topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(d.authorizedOperations).toContain('READ');
    expect(described.get(missing)?.error).toBeInstanceOf(UnknownTopicOrPartitionError);

    const grown = await admin.createPartitions([
      [t, { totalCount: 4 }],
      [missing, { totalCount: 2 }],
    ]);
    expect(grown.get(t)?.error).toBeNull();
    expect(grown.get(missing)?.error).toBeInstanceOf(UnknownTopicOrPartitionError);
    const shrink = await admin.createPartitions([[t, { totalCount: 1 }]]);
    expect(shrink.get(t)?.error).toBeInstanceOf(InvalidPartitionsError);
    expect((await admin.describeTopics([t])).getOrThrow(t).partitions).toHaveLength(4);

    const deleted = await admin.deleteTopics([t, missing], { timeoutMs: 10_000 });
    expect(deleted.get(t)?.error).toBeNull();
    expect(deleted.get(missing)?.error).toBeInstanceOf(UnknownTopicOrPartitionError);
    expect(await admin.listTopics()).not.toContain(t);
  });

  it('describes the cluster, features and log dirs', async () => {
    const cluster = await admin.describeCluster({ includeAuthorizedOperations: true });
    expect(cluster.nodes.length).toBeGreaterThanOrEqual(1);
    expect(cluster.clusterId).toBeTruthy();
    if (kafka.clusterId) expect(cluster.clusterId).toBe(kafka.clusterId);
    expect(cluster.controller?.id).toBeTypeOf('number');
    expect(cluster.authorizedOperations).toContain('DESCRIBE');

    const features = await admin.describeFeatures();
    expect(features.finalizedFeatures.get('metadata.version')?.maxVersionLevel).toBeGreaterThan(0);
    expect(features.supportedFeatures.has('metadata.version')).toBe(true);

    const t = name('adm-logdirs');
    await admin.createTopic({ name: t, numPartitions: 1 });
    const node = cluster.nodes[0].id;
    // The new partition's log appears in DescribeLogDirs once the broker has created it, which can
    // lag the metadata that createTopic waits for: poll briefly.
    let mine = (await admin.describeLogDirs()).getOrThrow(node);
    for (let i = 0; i < 50 && !mine.some((d) => d.replicas.has(topicPartition(t, 0))); i++) {
      await new Promise((r) => setTimeout(r, 200));
      mine = (await admin.describeLogDirs()).getOrThrow(node);
    }
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.some((d) => d.replicas.has(topicPartition(t, 0)))).toBe(true);
    expect(mine[0].error).toBeNull();
  });

  it('describes and alters topic and broker configs, read back by ConfigCommand', async () => {
    const t = name('adm-configs');
    await admin.createTopic({ name: t, numPartitions: 1, configs: { 'cleanup.policy': 'delete' } });
    const topic = configResource('TOPIC', t);
    const missing = configResource('TOPIC', name('adm-nope'));
    const altered = await admin.incrementalAlterConfigs([
      [
        topic,
        [
          { name: 'retention.ms', op: 'SET', value: '86400000' },
          { name: 'cleanup.policy', op: 'APPEND', value: 'compact' },
        ],
      ],
      [missing, [{ name: 'retention.ms', op: 'SET', value: '1' }]],
    ]);
    expect(altered.get(topic)?.error).toBeNull();
    expect(altered.get(missing)?.error).toBeInstanceOf(UnknownTopicOrPartitionError);

    const configs = await until(
      'altered configs',
      async () => (await admin.describeConfigs([topic], { includeSynonyms: true })).getOrThrow(topic),
      (c) => c.get('retention.ms')?.value === '86400000',
    );
    const retention = configs.get('retention.ms');
    expect(retention?.source).toBe('DYNAMIC_TOPIC_CONFIG');
    expect(retention?.isDefault).toBe(false);
    expect(retention?.synonyms[0]).toMatchObject({
      name: 'retention.ms',
      value: '86400000',
      source: 'DYNAMIC_TOPIC_CONFIG',
    });
    expect(configs.get('cleanup.policy')?.value).toBe('delete,compact');
    expect(configs.get('segment.bytes')?.isDefault).toBe(true);

    const out = await tool('kafka.admin.ConfigCommand', [
      '--bootstrap-server',
      kafka.bootstrap,
      '--describe',
      '--entity-type',
      'topics',
      '--entity-name',
      t,
    ]);
    expect(out).toMatch(/retention\.ms=86400000/);
    expect(out).toMatch(/cleanup\.policy=delete,compact/);

    await admin
      .incrementalAlterConfigs([
        [
          topic,
          [
            { name: 'retention.ms', op: 'DELETE' },
            { name: 'cleanup.policy', op: 'SUBTRACT', value: 'delete' },
          ],
        ],
      ])
      .then((r) => r.throwIfAnyFailed());
    const after = await until(
      'deleted config',
      async () => (await admin.describeConfigs([topic])).getOrThrow(topic),
      (c) => c.get('cleanup.policy')?.value === 'compact',
    );
    expect(after.get('retention.ms')?.source).not.toBe('DYNAMIC_TOPIC_CONFIG');

    // Legacy AlterConfigs replaces the whole set: cleanup.policy goes back to its default.
    await admin.alterConfigs([[topic, { 'max.message.bytes': '65536' }]]).then((r) => r.throwIfAnyFailed());
    const legacy = await until(
      'legacy alter',
      async () => (await admin.describeConfigs([topic])).getOrThrow(topic),
      (c) => c.get('max.message.bytes')?.value === '65536',
    );
    expect(legacy.get('cleanup.policy')?.value).toBe('delete');

    const cluster = await admin.describeCluster();
    const broker = configResource('BROKER', cluster.nodes[0].id);
    const b = (
      await admin.describeConfigs([broker], { configNames: ['log.retention.check.interval.ms', 'num.io.threads'] })
    ).getOrThrow(broker);
    expect([...b.keys()].sort()).toEqual(['log.retention.check.interval.ms', 'num.io.threads']);
    await admin
      .incrementalAlterConfigs([[broker, [{ name: 'log.cleaner.threads', op: 'SET', value: '2' }]]])
      .then((r) => r.throwIfAnyFailed());
    const brokerOut = await tool('kafka.admin.ConfigCommand', [
      '--bootstrap-server',
      kafka.bootstrap,
      '--describe',
      '--entity-type',
      'brokers',
      '--entity-name',
      String(cluster.nodes[0].id),
    ]);
    expect(brokerOut).toMatch(/log\.cleaner\.threads=2/);
    await admin
      .incrementalAlterConfigs([[broker, [{ name: 'log.cleaner.threads', op: 'DELETE' }]]])
      .then((r) => r.throwIfAnyFailed());
  });

  it('lists offsets, deletes records, describes producers and elects leaders', async () => {
    const t = name('adm-records');
    await admin.createTopic({ name: t, numPartitions: 2 });
    const before = Date.now();
    await tool(
      'org.apache.kafka.tools.ConsoleProducer',
      [
        '--bootstrap-server',
        kafka.bootstrap,
        '--topic',
        t,
        '--property',
        'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner',
      ],
      'a\nb\nc\nd\ne\nf\n',
    );
    const p0 = topicPartition(t, 0);
    const p1 = topicPartition(t, 1);
    const missing = topicPartition(name('adm-gone'), 0);
    const latest = await admin.listOffsets(
      [
        [p0, 'latest'],
        [p1, 'latest'],
        [missing, 'latest'],
      ],
      { timeoutMs: 10_000 },
    );
    const total = latest.getOrThrow(p0).offset + latest.getOrThrow(p1).offset;
    expect(total).toBe(6n);
    expect(latest.get(missing)?.error).toBeInstanceOf(UnknownTopicOrPartitionError);
    // The console producer may not spread six records over both partitions; use the fuller one.
    const [full, other] = latest.getOrThrow(p0).offset > 0n ? [p0, p1] : [p1, p0];
    expect((await admin.listOffsets([[full, 'earliest']])).getOrThrow(full).offset).toBe(0n);
    const maxTs = (await admin.listOffsets([[full, 'maxTimestamp']])).getOrThrow(full);
    expect(maxTs.timestamp).toBeGreaterThanOrEqual(BigInt(before));
    const byTime = await admin.listOffsets(
      [
        [full, { timestamp: before - 60_000 }],
        [other, { timestamp: Date.now() + 3_600_000 }],
      ],
      { isolationLevel: 'read_committed' },
    );
    expect(byTime.getOrThrow(full).offset).toBe(0n);
    expect(byTime.getOrThrow(other).offset).toBe(-1n);

    const producers = await admin.describeProducers([full, other]);
    expect([...producers.getOrThrow(full), ...producers.getOrThrow(other)].length).toBeGreaterThanOrEqual(1);

    const deleted = await admin.deleteRecords([
      [full, 1n],
      [other, -1n],
    ]);
    expect(deleted.getOrThrow(full).lowWatermark).toBe(1n);
    expect(deleted.getOrThrow(other).lowWatermark).toBe(latest.getOrThrow(other).offset);
    expect((await admin.listOffsets([[full, 'earliest']])).getOrThrow(full).offset).toBe(1n);

    const elected = await admin.electLeaders('preferred', [p0]);
    // One broker: the preferred replica already leads.
    expect(elected.get(p0)?.error?.name).toBe('ElectionNotNeededError');
  });
});

describe('AIOKafkaAdminClient: missing groups', () => {
  it('describes a missing group as GroupIdNotFoundError', async () => {
    await using admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap });
    await admin.start();
    const g = name('adm-nogroup');
    const r = await admin.describeConsumerGroups([g]);
    expect(r.get(g)?.error).toBeInstanceOf(GroupIdNotFoundError);
  });
});
