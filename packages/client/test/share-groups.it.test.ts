// Share groups (KIP-932) across processes, against the real 4.3.1 broker: three member processes
// (share-member-worker.ts) share one partition's 30,000 records, each record accepted exactly once
// and the work spread over all three; a member SIGKILLed while it holds acquired records gives
// them back to the others and nothing is lost; and the share-group admin calls (list, describe,
// offsets, delete) on a group with and without members.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { GroupIdNotFoundError, NonEmptyGroupError, UnsupportedVersionError } from '@kafka-aio/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSingleNode, stopRun, testInfoFromState } from '../../../scripts/kafka/index.js';
import type { KafkaRunState } from '../../../scripts/kafka/types.js';
import { AIOKafkaAdminClient, configResource } from '../src/admin/index.js';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaShareConsumer, type ShareConsumerRecord } from '../src/share/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, eventually, kafka, produce, records, topicName } from './consumer-helpers.js';

const WORKER = fileURLToPath(new URL('./share-member-worker.ts', import.meta.url));
const isKafka4 = !kafka.version.startsWith('3.');
const groupName = () => `share-grp-${randomUUID().slice(0, 8)}`;

interface Worker {
  child: ChildProcess;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(topic: string, groupId: string, mode: 'accept' | 'hold'): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, kafka.bootstrap, topic, groupId, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    const parts = (partial + d).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[share-worker ${mode}] ${d}`));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, lines, exited };
}

/** Offsets a worker printed with `prefix` (`acked`, `holding`). */
function offsetsOf(w: Worker, prefix: string): bigint[] {
  return w.lines
    .filter((l) => l.startsWith(`${prefix} `))
    .flatMap((l) =>
      l
        .slice(prefix.length + 1)
        .split(',')
        .map((o) => BigInt(o)),
    );
}

describe.runIf(isKafka4)('share groups across processes, and their administration', () => {
  let cluster: Cluster;
  let admin: AIOKafkaAdminClient;
  const workers: Worker[] = [];
  beforeAll(async () => {
    cluster = await adminCluster();
    admin = new AIOKafkaAdminClient({ bootstrapServers: kafka.bootstrap, defaultApiTimeoutMs: 30_000 });
    await admin.start();
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await w.exited;
    }
  });
  afterAll(async () => {
    await admin?.stop();
    cluster?.close();
  });

  async function groupConfigs(group: string, configs: Record<string, string>) {
    const entries = Object.entries(configs).map(([name, value]) => ({ name, value, op: 'SET' as const }));
    (await admin.incrementalAlterConfigs([[configResource('GROUP', group), entries]])).throwIfAnyFailed();
  }

  it('three processes share one partition of 30,000 records: each accepted exactly once, none lost, all three get work', async () => {
    const t = topicName('share-3p');
    const g = groupName();
    await createTopic(cluster, t, 1);
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest' });
    // Batches of 100 records: acquisition follows batch boundaries, so many batches spread the work.
    for (let i = 0; i < 300; i++) await produce(cluster, t, 0, records(100, 'v', i * 100));
    for (let i = 0; i < 3; i++) workers.push(startWorker(t, g, 'accept'));
    const total = () => workers.reduce((n, w) => n + offsetsOf(w, 'acked').length, 0);
    await eventually(() => total() >= 30_000, 90_000, '30,000 acknowledged records');
    // All three members hold the one partition at once (the broker shares it).
    const described = (await admin.describeShareGroups([g])).getOrThrow(g);
    expect(described.state).toBe('Stable');
    expect(described.members).toHaveLength(3);
    for (const m of described.members) expect(m.assignment).toEqual([topicPartition(t, 0)]);
    for (const w of workers) w.child.kill('SIGTERM');
    // Each stops its consumer (handleExitSignals), then ends by the signal as a Node program does.
    for (const w of workers) expect(await w.exited).toEqual({ code: null, signal: 'SIGTERM' });
    const all = workers.flatMap((w) => offsetsOf(w, 'acked'));
    expect(all).toHaveLength(30_000); // no offset acknowledged twice ...
    expect(new Set(all).size).toBe(30_000); // ... and none missing
    expect(workers.flatMap((w) => w.lines.filter((l) => l.startsWith('failed')))).toEqual([]);
    for (const w of workers) expect(offsetsOf(w, 'acked').length).toBeGreaterThan(0);
    // Everything is done for the group: no lag left. (The start offset Kafka reports is the one it
    // persisted with the write before the last, so it lags behind; the lag itself is exact.)
    await eventually(
      async () => (await admin.listShareGroupOffsets(g)).get(topicPartition(t, 0))?.value?.lag === 0n,
      30_000,
      'the lag to reach 0',
    );
  });

  it('a member SIGKILLed while holding records: they come back to another member (deliveryCount 2), nothing lost', async () => {
    const t = topicName('share-kill');
    const g = groupName();
    await createTopic(cluster, t, 1);
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest', 'share.record.lock.duration.ms': '5000' });
    await produce(cluster, t, 0, records(20));
    const holder = startWorker(t, g, 'hold');
    workers.push(holder);
    await eventually(() => offsetsOf(holder, 'holding').length > 0, 60_000, 'the member to hold records');
    const held = offsetsOf(holder, 'holding');
    holder.child.kill('SIGKILL');
    expect((await holder.exited).signal).toBe('SIGKILL');
    await using other = new AIOKafkaShareConsumer(t, {
      bootstrapServers: kafka.bootstrap,
      groupId: g,
      fetchMaxWaitMs: 100,
    });
    await other.start();
    const got: ShareConsumerRecord[] = [];
    const deadline = Date.now() + 30_000;
    while (new Set(got.map((r) => r.offset)).size < 20 && Date.now() < deadline)
      for (const rs of (await other.getMany({ timeoutMs: 1_000 })).values()) got.push(...rs);
    (await other.commit()).throwIfAnyFailed();
    expect([...new Set(got.map((r) => Number(r.offset)))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    for (const r of got) expect(r.deliveryCount).toBe(held.includes(r.offset) ? 2 : 1);
  });

  it('admin: lists and describes share groups, alters and deletes their offsets when empty, deletes them', async () => {
    const t = topicName('share-admin');
    const g = groupName();
    await createTopic(cluster, t, 1);
    await groupConfigs(g, { 'share.auto.offset.reset': 'earliest' });
    await produce(cluster, t, 0, records(10));
    const tp = topicPartition(t, 0);
    {
      await using c = new AIOKafkaShareConsumer(t, {
        bootstrapServers: kafka.bootstrap,
        groupId: g,
        fetchMaxWaitMs: 100,
      });
      await c.start();
      let n = 0;
      while (n < 10) for (const rs of (await c.getMany({ timeoutMs: 1_000 })).values()) n += rs.length;
      (await c.commit()).throwIfAnyFailed();
      const listed = await admin.listShareGroups();
      expect(listed.valid.find((x) => x.groupId === g)?.state).toBe('Stable');
      const consumerGroups = await admin.listConsumerGroups();
      expect(consumerGroups.valid.some((x) => x.groupId === g)).toBe(false);
      const described = (await admin.describeShareGroups([g])).getOrThrow(g);
      expect(described.members).toHaveLength(1);
      expect(described.members[0].subscribedTopicNames).toEqual([t]);
      // The lag is exact; the start offset Kafka reports is the one persisted a write earlier.
      await eventually(
        async () => (await admin.listShareGroupOffsets(g, { partitions: [tp] })).get(tp)?.value?.lag === 0n,
        30_000,
        'the lag to be 0',
      );
      const refused = await admin.alterShareGroupOffsets(g, [[tp, 5n]]);
      expect(refused.get(tp)?.error).toBeInstanceOf(NonEmptyGroupError);
    }
    // Stopped: the member left, the group is empty.
    expect((await admin.describeShareGroups([g])).getOrThrow(g)).toMatchObject({ state: 'Empty', members: [] });
    (await admin.alterShareGroupOffsets(g, [[tp, 5n]])).throwIfAnyFailed();
    expect((await admin.listShareGroupOffsets(g)).getOrThrow(tp).startOffset).toBe(5n);
    {
      await using c = new AIOKafkaShareConsumer(t, {
        bootstrapServers: kafka.bootstrap,
        groupId: g,
        fetchMaxWaitMs: 100,
      });
      await c.start();
      const got: bigint[] = [];
      while (got.length < 5)
        for (const rs of (await c.getMany({ timeoutMs: 1_000 })).values()) got.push(...rs.map((r) => r.offset));
      expect(got).toEqual([5n, 6n, 7n, 8n, 9n]);
      await c.commit();
    }
    (await admin.deleteShareGroupOffsets(g, [t])).throwIfAnyFailed();
    expect((await admin.listShareGroupOffsets(g)).size).toBe(0);
    (await admin.deleteShareGroups([g])).throwIfAnyFailed();
    expect((await admin.describeShareGroups([g])).get(g)?.error).toBeInstanceOf(GroupIdNotFoundError);
  });

  describe('a Kafka 3.9.2 broker (no share groups)', () => {
    let state: KafkaRunState;
    beforeAll(async () => {
      state = await startSingleNode({ version: '3.9.2', ownerPid: process.pid });
    }, 180_000);
    afterAll(async () => {
      if (state) await stopRun(state);
    });

    it('makes start() fail with an UnsupportedVersionError that names share groups', async () => {
      const info = testInfoFromState(state);
      const c = new AIOKafkaShareConsumer('any-topic', { bootstrapServers: info.bootstrap, groupId: groupName() });
      const err = await c.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      await c.stop();
      expect(err).toBeInstanceOf(UnsupportedVersionError);
      expect((err as Error).message).toMatch(/share groups \(KIP-932\)/);
    });
  });
});
