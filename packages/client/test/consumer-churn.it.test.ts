// Group churn with members in separate processes (consumer-churn-worker.ts): 3 members share a
// 6-partition topic of 100,000 records; members are SIGKILLed, stopped and replaced while they
// consume and commit after processing. Afterwards: every record was processed at least once, no
// partition had two owners at the same time (a SIGKILLed member owns its partitions until its
// death), and partitions that stayed with a member were never revoked from it. Runs with the
// classic protocol (cooperative-sticky) and with KIP-848.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKafkaTool } from '../../../scripts/kafka/index.js';
import type { Cluster } from '../src/cluster/index.js';
import { adminCluster, createTopic, eventually, kafka, topicName } from './consumer-helpers.js';

const WORKER = fileURLToPath(new URL('./consumer-churn-worker.ts', import.meta.url));
const RECORDS = 100_000;
const PARTITIONS = 6;

interface ChurnEvent {
  t: number;
  name: string;
  kind: 'assigned' | 'revoked' | 'lost' | 'started' | 'stopped' | 'killed';
  partitions: number[];
}

describe.each(['classic', 'consumer'] as const)('group churn across processes (%s protocol)', (groupProtocol) => {
  let admin: Cluster;
  let dir: string;
  const topic = topicName(`churn-${groupProtocol}`);
  const children = new Map<string, ChildProcess>();
  const killed: ChurnEvent[] = [];

  beforeAll(async () => {
    admin = await adminCluster();
    await createTopic(admin, topic, PARTITIONS);
    const res = await runKafkaTool(
      kafka.version,
      'org.apache.kafka.tools.ProducerPerformance',
      [
        '--topic',
        topic,
        '--num-records',
        String(RECORDS),
        '--record-size',
        '100',
        '--throughput',
        '-1',
        '--producer-props',
        `bootstrap.servers=${kafka.bootstrap}`,
        'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner',
      ],
      { timeoutMs: 120_000 },
    );
    if (res.code !== 0) throw new Error(`ProducerPerformance failed: ${res.stderr.slice(-2000)}`);
    dir = mkdtempSync(join(tmpdir(), 'kafka-aio-churn-'));
  }, 180_000);

  afterAll(() => {
    for (const c of children.values()) c.kill('SIGKILL');
    admin?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const groupId = `churn-${randomUUID()}`;

  function startWorker(name: string): void {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, kafka.bootstrap, topic, groupId, groupProtocol, dir, name],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
    children.set(name, child);
  }

  function processed(): Set<string> {
    const all = new Set<string>();
    for (const name of children.keys()) {
      const file = join(dir, `${name}.processed`);
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line) all.add(line);
    }
    return all;
  }

  function events(): ChurnEvent[] {
    const out: ChurnEvent[] = [...killed];
    for (const name of children.keys()) {
      const file = join(dir, `${name}.events`);
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line) out.push(JSON.parse(line));
    }
    return out.sort((a, b) => a.t - b.t);
  }

  function kill(name: string): void {
    children.get(name)?.kill('SIGKILL');
    killed.push({ t: Date.now(), name, kind: 'killed', partitions: [] });
  }

  async function stopGracefully(name: string): Promise<void> {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  it('processes every record at least once, never with two owners, revoking only what moves', async () => {
    for (const n of ['w1', 'w2', 'w3']) startWorker(n);
    await eventually(() => processed().size > 5_000, 60_000, 'consumption to start');
    kill('w1');
    startWorker('w4');
    await eventually(() => processed().size > 30_000, 60_000, 'progress after a SIGKILL');
    await stopGracefully('w2');
    startWorker('w5');
    await eventually(() => processed().size > 55_000, 60_000, 'progress after a clean stop');
    kill('w3');
    startWorker('w6');
    await eventually(() => processed().size === RECORDS, 120_000, 'every record');
    await Promise.all([...children.keys()].map(stopGracefully));

    // Every record, at least once.
    const all = processed();
    expect(all.size).toBe(RECORDS);

    // Ownership intervals: from `assigned` to `revoked`/`lost`, or to the member's death.
    const log = events();
    const owner = new Map<number, string>();
    const problems: string[] = [];
    const needlessRevokes: string[] = [];
    const lastRevokedBy = new Map<number, string>();
    for (const e of log) {
      if (e.kind === 'killed' || e.kind === 'stopped') {
        for (const [p, o] of owner) if (o === e.name) owner.delete(p);
        continue;
      }
      for (const p of e.partitions) {
        if (e.kind === 'assigned') {
          const cur = owner.get(p);
          if (cur !== undefined && cur !== e.name) problems.push(`p${p} to ${e.name} at ${e.t} while ${cur} owned it`);
          // A partition revoked from a member and handed straight back to it did not need to move.
          if (lastRevokedBy.get(p) === e.name && cur === undefined) needlessRevokes.push(`p${p} ${e.name}`);
          owner.set(p, e.name);
          lastRevokedBy.delete(p);
        } else {
          if (owner.get(p) === e.name) owner.delete(p);
          if (e.kind === 'revoked') lastRevokedBy.set(p, e.name);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(needlessRevokes).toEqual([]);
  }, 400_000);
});
