// Cluster chaos soak (issue 11, Jepsen-style): a 3-node cluster, every client behind the fault
// proxy. An idempotent producer, a transactional producer (a quarter of its transactions aborted on
// purpose) and a consumer group of 3 member processes (chaos-member-worker.ts) work while a seeded
// nemesis injects one fault after another: network faults on every proxy (delay with jitter, a
// bandwidth cap, blackholes, resets, refused connections, spoiled Produce / Fetch / Heartbeat
// answers), SIGSTOP past the session timeout and SIGKILL of group members, SIGSTOP and SIGKILL of
// brokers. Then everything heals and the checker verifies, from logs read back directly:
//   - idempotent producer: no acknowledged record lost, none duplicated, order kept per partition;
//   - transactional producer, read back with read_committed by this client: every committed
//     transaction complete and once, no record of an aborted one, an unknown outcome all or nothing;
//   - recovery: from each heal (network healed, broker resumed or restarted) to the next
//     acknowledgement of the idempotent producer, p50 and p99;
//   - group: every record processed, and never by two members at once (each member's lease log
//     against every record it was handed).
// Runs once per group protocol. SOAK_SECONDS sets the fault time per protocol (default 45 s, CI);
// KAFKA_AIO_SOAK_SEED replays a schedule. Prints one `[cluster-soak]` line per protocol.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FaultProxy,
  type KafkaRunState,
  killNode,
  restartNode,
  startCluster,
  startFaultProxies,
  stopRun,
} from '../../../scripts/kafka/index.js';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { type TopicPartition, topicPartition } from '../src/topic-partition.js';
import { createTopic, readBatches, readPartition } from './support/raw-topic.js';
import { NETWORK_FAULTS } from './support/soak-faults.js';

const WORKER = fileURLToPath(new URL('./chaos-member-worker.ts', import.meta.url));
const SOAK_MS = Number(process.env.SOAK_SECONDS ?? 45) * 1_000;
const SEED = Number(process.env.KAFKA_AIO_SOAK_SEED ?? Date.now() % 1_000_000);
const PARTITIONS = 6;
const TXN_PARTITIONS = 3;
const TXN_RECORDS = 20;
/** Records per second of the idempotent producer. */
const RATE = 1_000;
const SETTLE_MS = 120_000;
/**
 * How long a stopped member stays stopped: past its session timeout, so the group expires it (the
 * workers' classic sessionTimeoutMs is 6 s; the harness brokers' KIP-848 session timeout 10 s).
 */
const MEMBER_STOP_MS = { classic: 8_000, consumer: 12_000 } as const;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, timeoutMs: number, ok: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(100);
  }
}

const PROCESS_FAULTS = ['stop-member', 'kill-member', 'stop-broker', 'kill-broker'] as const;

interface Lease {
  member: string;
  partition: number;
  from: number;
  to: number;
  /** How the lease ended: the listener call (`revoked`, `lost`), `stopped`, `killed` or `open`. */
  end: string;
}

describe('cluster chaos soak (3 nodes, every client behind the fault proxy)', () => {
  let state: KafkaRunState | undefined;
  let proxies: FaultProxy[] = [];
  beforeAll(async () => {
    state = await startCluster({ ownerPid: process.pid });
    proxies = [...(await startFaultProxies(state.proxyRoutes)).values()];
  }, 180_000);
  afterAll(async () => {
    await Promise.all(proxies.map((p) => p.stop()));
    if (state) await stopRun(state);
  }, 120_000);

  it.each(['classic', 'consumer'] as const)(
    `${SOAK_MS / 1_000} s of faults with a %s group: nothing lost, duplicated, reordered, shown uncommitted or processed by two members at once`,
    async (groupProtocol) => {
      const s = state!;
      const random = mulberry32(SEED + (groupProtocol === 'classic' ? 0 : 1));
      // Its own sequence, so that the nemesis schedule does not depend on how many transactions ran.
      const txnRandom = mulberry32(SEED + 1_000_003);
      const viaProxy = s.listeners.proxied!;
      const topic = `soak-${randomUUID()}`;
      const txnTopic = `soak-txn-${randomUUID()}`;
      await createTopic(s.bootstrap, topic, PARTITIONS);
      await createTopic(s.bootstrap, txnTopic, TXN_PARTITIONS);
      const dir = mkdtempSync(join(tmpdir(), 'kafka-aio-soak-'));
      const groupId = `soak-${randomUUID()}`;

      // --- the group: 3 member processes; a killed member is replaced by a new one
      const members = new Map<string, ChildProcess>();
      const deaths = new Map<string, number>();
      let spawned = 0;
      const spawnMember = () => {
        const name = `m${++spawned}`;
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', WORKER, viaProxy, topic, groupId, groupProtocol, dir, name],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        );
        child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
        members.set(name, child);
      };
      const live = () => [...members].filter(([, c]) => c.exitCode === null && c.signalCode === null);
      for (let i = 0; i < 3; i++) spawnMember();

      // --- the idempotent producer: numbered keyed records at RATE
      const producer = new AIOKafkaProducer({ bootstrapServers: viaProxy, requestTimeoutMs: 3_000, lingerMs: 5 });
      await producer.start();
      const outcomes: Promise<string>[] = [];
      /** From each heal (network healed, broker resumed or restarted) to the next acknowledgement. */
      const recoveries: number[] = [];
      let healedAt: number | undefined;
      const healed = () => {
        healedAt = performance.now();
      };
      const onAck = () => {
        if (healedAt === undefined) return;
        recoveries.push(performance.now() - healedAt);
        healedAt = undefined;
      };
      let producing = true;
      const production = (async () => {
        const started = performance.now();
        for (let n = 0; producing; n++) {
          const pending = await producer.send(topic, String(n), { key: `k${n % 60}` }).catch((e: Error) => e);
          outcomes.push(
            pending instanceof Error
              ? Promise.resolve(`send() rejected: ${pending.name}: ${pending.message}`)
              : pending.delivered.then(
                  () => {
                    onAck();
                    return 'ok';
                  },
                  (e: Error) => `${e.name}: ${e.message}`,
                ),
          );
          if (n % 50 === 49) await pause(Math.max(1, (n / RATE) * 1_000 - (performance.now() - started)));
        }
      })();

      // --- the transactional producer: transactions of TXN_RECORDS, a quarter aborted on purpose
      const txnOutcome: ('committed' | 'aborted' | 'unknown')[] = [];
      const txnErrors: string[] = [];
      const transactionalId = `soak-txn-${randomUUID()}`;
      const newTxnProducer = async () => {
        for (;;) {
          const p = new AIOKafkaProducer({
            bootstrapServers: viaProxy,
            transactionalId,
            transactionTimeoutMs: 15_000,
            requestTimeoutMs: 3_000,
          });
          try {
            await p.start();
            return p;
          } catch (err) {
            txnErrors.push(`start: ${(err as Error).name}: ${(err as Error).message}`);
            await p.stop().catch(() => undefined);
            if (!producing) return undefined;
          }
        }
      };
      const transactions = (async () => {
        let p = await newTxnProducer();
        for (let txn = 0; producing && p; txn++) {
          const abort = txnRandom() < 0.25;
          try {
            p.beginTransaction();
            for (let i = 0; i < TXN_RECORDS; i++)
              await p.send(txnTopic, `${txn}:${i}`, { partition: i % TXN_PARTITIONS });
            if (abort) await p.abortTransaction();
            else await p.commitTransaction();
            txnOutcome[txn] = abort ? 'aborted' : 'committed';
          } catch (err) {
            txnErrors.push(`${(err as Error).name}: ${(err as Error).message}`);
            // The client said the commit (or abort) failed: aborting settles it as aborted; if even
            // that fails the outcome is unknown, and a new producer with the same id fences it.
            const aborted = await p.abortTransaction().then(
              () => true,
              () => false,
            );
            txnOutcome[txn] = aborted ? 'aborted' : 'unknown';
            if (!aborted) {
              await p.stop().catch(() => undefined);
              p = await newTxnProducer();
            }
          }
        }
        await p?.stop();
      })();

      // --- the nemesis
      const steps: string[] = [];
      /** Wall-clock time of each step, to show the faults around an overlap. */
      const stepTimes: number[] = [];
      const memberStops: number[] = [];
      const endAt = performance.now() + SOAK_MS;
      // Process faults weigh double: they are what only this soak can do.
      const names = [...Object.keys(NETWORK_FAULTS), ...PROCESS_FAULTS, ...PROCESS_FAULTS];
      while (performance.now() < endAt) {
        const step = names[Math.floor(random() * names.length)];
        steps.push(step);
        stepTimes.push(Date.now());
        if (step in NETWORK_FAULTS) {
          for (const p of proxies) NETWORK_FAULTS[step](p);
          await pause(500 + random() * 1_500);
          for (const p of proxies) p.heal();
          healed();
        } else if (step === 'stop-member' || step === 'kill-member') {
          const candidates = live();
          const [name, child] = candidates[Math.floor(random() * candidates.length)];
          if (step === 'stop-member') {
            child.kill('SIGSTOP');
            memberStops.push(Date.now());
            await pause(MEMBER_STOP_MS[groupProtocol]);
            child.kill('SIGCONT');
          } else {
            child.kill('SIGKILL');
            deaths.set(name, Date.now());
            spawnMember();
          }
        } else {
          const node = s.nodes[Math.floor(random() * s.nodes.length)];
          if (step === 'stop-broker') {
            process.kill(node.pid, 'SIGSTOP');
            await pause(3_000 + random() * 2_000);
            process.kill(node.pid, 'SIGCONT');
            healed();
          } else {
            await killNode(s, node.nodeId, 'SIGKILL');
            await pause(1_000);
            await restartNode(s, node.nodeId);
            healed();
          }
        }
        await pause(500 + random() * 1_000);
      }
      producing = false;
      await Promise.all([production, transactions]);
      const settled = await Promise.race([Promise.all(outcomes), pause(SETTLE_MS).then(() => undefined)]);
      expect(settled, 'every send settles within the settle bound').toBeDefined();
      await producer.stop();

      // --- idempotent producer: the log, read directly from the brokers
      const logs: number[][] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        logs.push((await readPartition(s.bootstrap, topic, p)).map((r) => Number(r.value?.toString())));
      }
      const inLog = new Map<number, number>();
      for (const log of logs) for (const n of log) inLog.set(n, (inLog.get(n) ?? 0) + 1);
      const failures = settled!.filter((o) => o !== 'ok');
      const lostAcked = settled!.filter((o, n) => o === 'ok' && !inLog.has(n)).length;
      const duplicated = [...inLog.values()].filter((c) => c > 1).length;
      const reordered = logs.filter((log) => log.some((n, i) => i > 0 && n < log[i - 1])).length;

      // --- transactional producer: read back with read_committed by this client
      const reader = new AIOKafkaConsumer({ bootstrapServers: s.bootstrap, isolationLevel: 'read_committed' });
      await reader.start();
      const tps = Array.from({ length: TXN_PARTITIONS }, (_, p) => topicPartition(txnTopic, p));
      reader.assign(tps);
      await reader.seekToBeginning(...tps);
      // Read up to the high watermark, not to the last stable offset of this moment: EndTxn returns
      // before the coordinator has written the markers, so the last transactions may still be open
      // now. A read_committed reader reaches the high watermark once every transaction is decided.
      const ends = new Map<TopicPartition, bigint>();
      for (let p = 0; p < TXN_PARTITIONS; p++) {
        const log = await readBatches(s.bootstrap, txnTopic, p);
        ends.set(tps[p], log.length === 0 ? 0n : log[log.length - 1].lastOffset + 1n);
      }
      const seen = new Map<string, number>();
      await until('read_committed read-back to the high watermark', SETTLE_MS, async () => {
        const batch = await reader.getMany({ timeoutMs: 500 });
        for (const records of batch.values()) {
          for (const r of records) {
            const v = String(r.value);
            seen.set(v, (seen.get(v) ?? 0) + 1);
          }
        }
        for (const tp of tps) if ((await reader.position(tp)) < (ends.get(tp) ?? 0n)) return false;
        return true;
      });
      await reader.stop();
      const txnCheck = { incompleteCommitted: 0, visibleAborted: 0, partialUnknown: 0, txnDuplicated: 0 };
      const txnProblems: string[] = [];
      // For a transaction the check flags: how often its records are in the log as stored, and as
      // a read_committed reader independent of the client (the test's own Fetch) sees them.
      const rawCounts = async (isolation: 0 | 1) => {
        const counts = new Map<string, number>();
        for (let p = 0; p < TXN_PARTITIONS; p++) {
          for (const r of await readPartition(s.bootstrap, txnTopic, p, isolation)) {
            const v = String(r.value);
            counts.set(v, (counts.get(v) ?? 0) + 1);
          }
        }
        return counts;
      };
      const flagged: number[] = [];
      txnOutcome.forEach((outcome, txn) => {
        const visible = Array.from({ length: TXN_RECORDS }, (_, i) => seen.get(`${txn}:${i}`) ?? 0);
        const count = visible.filter((c) => c > 0).length;
        const wrong =
          (outcome === 'committed' && count !== TXN_RECORDS) ||
          (outcome === 'aborted' && count > 0) ||
          (outcome === 'unknown' && count !== 0 && count !== TXN_RECORDS);
        if (wrong && flagged.length < 10) flagged.push(txn);
        if (visible.some((c) => c > 1)) txnCheck.txnDuplicated++;
        if (outcome === 'committed' && count !== TXN_RECORDS) txnCheck.incompleteCommitted++;
        if (outcome === 'aborted' && count > 0) txnCheck.visibleAborted++;
        if (outcome === 'unknown' && count !== 0 && count !== TXN_RECORDS) txnCheck.partialUnknown++;
      });
      if (flagged.length > 0) {
        const [stored, committedRaw] = [await rawCounts(0), await rawCounts(1)];
        for (const txn of flagged) {
          const count = (m: Map<string, number>) =>
            Array.from({ length: TXN_RECORDS }, (_, i) => m.get(`${txn}:${i}`) ?? 0).filter((c) => c > 0).length;
          txnProblems.push(
            `transaction ${txn} of ${txnOutcome.length} ${txnOutcome[txn]}: ${count(seen)} of ${TXN_RECORDS} read by the client, ${count(stored)} stored, ${count(committedRaw)} read_committed by raw Fetch`,
          );
        }
      }

      // --- the group: every record processed, never by two members at once
      const processedBy = () => {
        const out: { member: string; partition: number; offset: number; at: number }[] = [];
        for (const name of members.keys()) {
          const file = join(dir, `${name}.processed`);
          if (!existsSync(file)) continue;
          for (const line of readFileSync(file, 'utf8').split('\n')) {
            if (!line) continue;
            const [partition, offset, at] = line.split(' ').map(Number);
            out.push({ member: name, partition, offset, at });
          }
        }
        return out;
      };
      const offsetsInLog = logs.reduce((n, log) => n + log.length, 0);
      const distinct = () => new Set(processedBy().map((r) => `${r.partition}/${r.offset}`)).size;
      await until('the group to process every record', SETTLE_MS, () => distinct() >= offsetsInLog);
      await Promise.all(
        live().map(
          ([, child]) =>
            new Promise((resolve) => {
              child.once('exit', resolve);
              child.kill('SIGTERM');
            }),
        ),
      );
      const leases: Lease[] = [];
      for (const name of members.keys()) {
        const file = join(dir, `${name}.leases`);
        if (!existsSync(file)) continue;
        const open = new Map<number, number>();
        const end = deaths.get(name) ?? Number.POSITIVE_INFINITY;
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          if (!line) continue;
          const e = JSON.parse(line) as { t: number; kind: string; partitions: number[] };
          if (e.kind === 'assigned') for (const p of e.partitions) open.set(p, e.t);
          if (e.kind === 'revoked' || e.kind === 'lost') {
            for (const p of e.partitions) {
              leases.push({ member: name, partition: p, from: open.get(p) ?? e.t, to: e.t, end: e.kind });
              open.delete(p);
            }
          }
          if (e.kind === 'stopped') {
            for (const [p, from] of open) leases.push({ member: name, partition: p, from, to: e.t, end: 'stopped' });
            open.clear();
          }
        }
        for (const [p, from] of open)
          leases.push({ member: name, partition: p, from, to: end, end: deaths.has(name) ? 'killed' : 'open' });
      }
      // Leases may overlap: a stopped member keeps believing in its lease until it resumes and
      // hears it lost it, while the group has given the partition to another member. What must
      // never happen is both members handing out records of the partition during the overlap.
      const handouts = new Map<string, number[]>();
      for (const r of processedBy()) {
        const key = `${r.member}/${r.partition}`;
        const list = handouts.get(key) ?? [];
        list.push(r.at);
        handouts.set(key, list);
      }
      const handedDuring = (member: string, partition: number, from: number, to: number) =>
        (handouts.get(`${member}/${partition}`) ?? []).filter((t) => from <= t && t < to).length;
      const doubleProcessing: string[] = [];
      for (const [i, a] of leases.entries()) {
        for (const b of leases.slice(i + 1)) {
          if (a.partition !== b.partition || a.member === b.member) continue;
          const from = Math.max(a.from, b.from);
          const to = Math.min(a.to, b.to);
          if (from >= to) continue;
          const byA = handedDuring(a.member, a.partition, from, to);
          const byB = handedDuring(b.member, b.partition, from, to);
          if (byA > 0 && byB > 0) {
            // Enough to tell what happened: each lease relative to the overlap's start, and the
            // faults of the 30 s before it.
            const rel = (t: number) => (Number.isFinite(t) ? `${t - from} ms` : 'end');
            const faults = steps
              .map((step, k) => ({ step, at: stepTimes[k] }))
              .filter((f) => f.at >= from - 30_000 && f.at <= to)
              .map((f) => `${f.step}@${f.at - from}ms`);
            doubleProcessing.push(
              `p${a.partition}: ${a.member} handed out ${byA} and ${b.member} ${byB} record(s) while both held it (${to - from} ms); ` +
                `${a.member} held it ${rel(a.from)}..${rel(a.to)} (${a.end}), ${b.member} ${rel(b.from)}..${rel(b.to)} (${b.end}); ` +
                `faults: ${faults.join(' ') || 'none'}`,
            );
          }
        }
      }
      rmSync(dir, { recursive: true, force: true });

      const byKind: Record<string, number> = {};
      for (const step of steps) byKind[step] = (byKind[step] ?? 0) + 1;
      recoveries.sort((a, b) => a - b);
      const quantile = (q: number) =>
        Math.round(recoveries[Math.min(recoveries.length - 1, Math.floor(q * recoveries.length))] ?? -1);
      const report = {
        groupProtocol,
        seed: SEED,
        soakSeconds: SOAK_MS / 1_000,
        faults: steps.length,
        faultsByKind: byKind,
        recoveryMsP50: quantile(0.5),
        recoveryMsP99: quantile(0.99),
        sent: settled!.length,
        failed: failures.length,
        lostAcked,
        duplicated,
        reordered,
        transactions: txnOutcome.length,
        committed: txnOutcome.filter((o) => o === 'committed').length,
        aborted: txnOutcome.filter((o) => o === 'aborted').length,
        unknown: txnOutcome.filter((o) => o === 'unknown').length,
        ...txnCheck,
        members: spawned,
        memberStops: memberStops.length,
        doubleProcessing: doubleProcessing.length,
        firstFailure: failures[0],
        firstTxnError: txnErrors[0],
        txnProblems,
      };
      console.log(`[cluster-soak] ${JSON.stringify(report)}`);
      expect({ lostAcked, duplicated, reordered, failed: failures.length, ...txnCheck, doubleProcessing }).toEqual({
        lostAcked: 0,
        duplicated: 0,
        reordered: 0,
        failed: 0,
        incompleteCommitted: 0,
        visibleAborted: 0,
        partialUnknown: 0,
        txnDuplicated: 0,
        doubleProcessing: [],
      });
    },
    SOAK_MS + 4 * SETTLE_MS,
  );
});
