// Test helpers for the consumer's integration tests: topics, raw-protocol produce (this package has
// no producer yet), Kafka's own Java tools for interop. Every call talks to the real broker.
import { randomUUID } from 'node:crypto';
import {
  type CompressionType,
  CreateTopicsApi,
  encodeRecordBatch,
  ProduceApi,
  type RecordInput,
} from '@kafka-aio/protocol';
import { inject } from 'vitest';
import { runKafkaTool } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { Cluster } from '../src/cluster/index.js';
import { resolveCommonOptions } from '../src/config/common.js';

export const kafka = inject('kafka');

/** A started cluster handle for admin work in tests. */
export async function adminCluster(): Promise<Cluster> {
  const cluster = new Cluster({
    ...resolveCommonOptions({ bootstrapServers: kafka.bootstrap, connectTimeoutMs: 5_000 }),
    allowAutoTopicCreation: false,
  });
  await cluster.start();
  return cluster;
}

/** A fresh topic name. */
export function topicName(prefix = 'consumer-it'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Creates a topic and waits until every partition has a leader. */
export async function createTopic(
  cluster: Cluster,
  name: string,
  partitions: number,
  configs: Record<string, string> = {},
): Promise<void> {
  const res = await cluster.request(cluster.leastLoadedNode(), CreateTopicsApi, {
    topics: [
      {
        name,
        numPartitions: partitions,
        replicationFactor: 1,
        assignments: [],
        configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })),
      },
    ],
    timeoutMs: 30_000,
  });
  const code = res.topics[0].errorCode;
  if (code !== 0 && code !== 36) throw new Error(`CreateTopics ${name} failed with error ${code}`);
  for (let i = 0; i < 100; i++) {
    const meta = await cluster.refreshMetadata([name]);
    if (meta.availablePartitions(name).length === partitions) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`topic ${name} has no leaders after 10 s`);
}

/** Produces `records` to one partition with the raw protocol (acks all); returns the base offset. */
export async function produce(
  cluster: Cluster,
  topic: string,
  partition: number,
  records: RecordInput[],
  options: { compression?: CompressionType } = {},
): Promise<bigint> {
  const batch = await encodeRecordBatch({ records, compression: options.compression });
  for (let attempt = 0; ; attempt++) {
    const meta = cluster.metadata;
    const leader = meta.leaderFor(topic, partition);
    if (leader === undefined) {
      await cluster.refreshMetadata([topic]);
      continue;
    }
    const res = await cluster.request(leader, ProduceApi, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 30_000,
      topicData: [
        {
          name: topic,
          topicId: meta.topics.get(topic)?.topicId,
          partitionData: [{ index: partition, records: batch }],
        },
      ],
    });
    const pr = res.responses[0].partitionResponses[0];
    if (pr.errorCode === 0) return pr.baseOffset;
    if (attempt > 50) throw new Error(`Produce to ${topic}[${partition}] failed with error ${pr.errorCode}`);
    await new Promise((r) => setTimeout(r, 100));
    await cluster.refreshMetadata([topic]);
  }
}

/** `count` simple records `prefix-i`, keyed `k-i`. */
export function records(count: number, prefix = 'v', start = 0): RecordInput[] {
  return Array.from({ length: count }, (_, i) => ({
    key: Buffer.from(`k-${start + i}`),
    value: Buffer.from(`${prefix}-${start + i}`),
  }));
}

/** Runs Kafka's console producer (Java) with one record per line; `key:value` lines when `keySeparator` is given. */
export async function consoleProduce(topic: string, lines: string[], keySeparator?: string): Promise<void> {
  const args = ['--bootstrap-server', kafka.bootstrap, '--topic', topic];
  if (keySeparator) args.push('--property', 'parse.key=true', '--property', `key.separator=${keySeparator}`);
  const res = await runKafkaTool(kafka.version, 'org.apache.kafka.tools.ConsoleProducer', args, {
    input: `${lines.join('\n')}\n`,
    timeoutMs: 60_000,
  });
  if (res.code !== 0) throw new Error(`ConsoleProducer failed (${res.code}): ${res.stderr.slice(-2000)}`);
}

/** Lag per partition of `group` on `topic` as Kafka's consumer-group tool reports it. */
export async function groupLag(
  group: string,
  topic: string,
): Promise<Map<number, { current: string; end: string; lag: string }>> {
  const res = await runKafkaTool(
    kafka.version,
    'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
    ['--bootstrap-server', kafka.bootstrap, '--describe', '--group', group, '--offsets'],
    { timeoutMs: 60_000 },
  );
  if (res.code !== 0) throw new Error(`ConsumerGroupCommand failed (${res.code}): ${res.stderr.slice(-2000)}`);
  const out = new Map<number, { current: string; end: string; lag: string }>();
  for (const line of res.stdout.split('\n')) {
    const cols = line.trim().split(/\s+/);
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG ...
    if (cols[1] === topic && /^\d+$/.test(cols[2] ?? ''))
      out.set(Number(cols[2]), { current: cols[3], end: cols[4], lag: cols[5] });
  }
  return out;
}

/** Resolves when `predicate` holds, polling every 50 ms; rejects after `timeoutMs`. */
export async function eventually(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
