// Exactly-once end to end: copier processes (exactly-once-worker.ts) run a consume-transform-produce
// loop with read_committed, no auto commit and sendOffsetsToTransaction(offsets, groupMetadata()),
// copying 50,000 records from a 6-partition topic to another. The test SIGKILLs copiers while a
// transaction is open (its records already in the output log, not yet committed) and starts a
// replacement with the same transactionalId and group, which fences the zombie and aborts its
// transaction. Afterwards a read_committed read of the output holds every input record exactly
// once, the aborted copies are in the log but invisible, and the group's committed offsets equal
// the input's end offsets (lag 0).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import { topicPartition } from '../src/topic-partition.js';
import { eventually, kafka } from './consumer-helpers.js';
import { createTopic, endOffsets, readPartition } from './support/raw-topic.js';

const WORKER = fileURLToPath(new URL('./exactly-once-worker.ts', import.meta.url));
const RECORDS = 50_000;
const PARTITIONS = 6;

interface Copier {
  name: string;
  transactionalId: string;
  child: ChildProcess;
  /** Records this process reported committed. */
  committed: number;
  /** Its partitions, as its rebalance listener reported them. */
  owned: Set<number>;
  lines: string[];
  onLine?: (line: string) => void;
}

const everyChild = new Set<ChildProcess>();
afterAll(() => {
  for (const c of everyChild) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function produceInput(topic: string): Promise<void> {
  await using producer = new AIOKafkaProducer<Buffer, Buffer>({ bootstrapServers: kafka.bootstrap, lingerMs: 5 });
  await producer.start();
  for (let i = 0; i < RECORDS; i++) {
    await producer.send(topic, Buffer.from(`record-${i}`), { key: Buffer.from(`id-${i}`), partition: i % PARTITIONS });
  }
  await producer.flush();
}

/** Committed offsets of `groupId` on `topic`, read as a read_committed consumer does (stable only). */
async function committedOffsets(groupId: string, topic: string): Promise<bigint[]> {
  await using c = new AIOKafkaConsumer({
    bootstrapServers: kafka.bootstrap,
    groupId,
    isolationLevel: 'read_committed',
    enableAutoCommit: false,
  });
  await c.start();
  const out: bigint[] = [];
  for (let p = 0; p < PARTITIONS; p++) out.push((await c.committed(topicPartition(topic, p)))?.offset ?? -1n);
  return out;
}

interface Scenario {
  copiers: number;
  /** SIGKILLs mid-transaction, each followed by a replacement with the same transactionalId. */
  kills: number;
  /** One copier is SIGSTOPped while processing until the group gave its partitions away, then resumed. */
  zombie: boolean;
}

describe.each<Scenario & { title: string }>([
  { title: '1 copier, 3 SIGKILLs mid-transaction', copiers: 1, kills: 3, zombie: false },
  { title: '2 copiers, 2 SIGKILLs mid-transaction', copiers: 2, kills: 2, zombie: false },
  { title: '2 copiers, one a paused zombie (KIP-447 fencing by groupMetadata)', copiers: 2, kills: 0, zombie: true },
])('exactly-once copy: $title', ({ copiers, kills, zombie }) => {
  it('copies every record exactly once; lag 0', async () => {
    const started = Date.now();
    const inTopic = `eos-in-${randomUUID().slice(0, 8)}`;
    const outTopic = `eos-out-${randomUUID().slice(0, 8)}`;
    const groupId = `eos-${randomUUID()}`;
    await createTopic(kafka.bootstrap, inTopic, PARTITIONS);
    await createTopic(kafka.bootstrap, outTopic, PARTITIONS);
    await produceInput(inTopic);
    const inputEnd = await endOffsets(kafka.bootstrap, inTopic, PARTITIONS);
    expect(inputEnd.reduce((a, b) => a + b, 0n)).toBe(BigInt(RECORDS));

    const all: Copier[] = [];
    const live = new Map<string, Copier>(); // by transactionalId
    const spawnCopier = (transactionalId: string, env: NodeJS.ProcessEnv = {}): Copier => {
      const name = `${transactionalId}#${all.filter((c) => c.transactionalId === transactionalId).length}`;
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', WORKER, kafka.bootstrap, inTopic, outTopic, groupId, transactionalId, name],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
      );
      everyChild.add(child);
      const copier: Copier = { name, transactionalId, child, committed: 0, owned: new Set(), lines: [] };
      let rest = '';
      child.stdout?.on('data', (d: Buffer) => {
        const parts = (rest + d.toString()).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          if (process.env.EOS_VERBOSE) process.stderr.write(`[${name}] ${line}\n`);
          copier.lines.push(line);
          const [what, arg = ''] = line.split(' ');
          if (what === 'committed') copier.committed = Number(arg);
          const listed = arg.split(',').filter(Boolean).map(Number);
          if (what === 'assigned') for (const p of listed) copier.owned.add(p);
          if (what === 'revoked' || what === 'lost') for (const p of listed) copier.owned.delete(p);
          copier.onLine?.(line);
        }
      });
      child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
      all.push(copier);
      live.set(transactionalId, copier);
      return copier;
    };
    const progress = () => all.reduce((n, c) => n + c.committed, 0);
    /**
     * Sends `signal` `delayMs` after the next line starting with `prefix` from any of `candidates`,
     * to the copier that wrote it; resolves with that copier. Any candidate: a copier whose
     * partitions are all copied writes no more lines, and waiting on it alone would hang.
     */
    const signalOn = (candidates: Copier[], prefix: string, signal: NodeJS.Signals, delayMs: number) =>
      new Promise<Copier>((resolve) => {
        for (const copier of candidates) {
          copier.onLine = (line) => {
            if (!line.startsWith(prefix)) return;
            for (const c of candidates) c.onLine = undefined;
            setTimeout(() => {
              copier.child.kill(signal);
              resolve(copier);
            }, delayMs);
          };
        }
      });

    const ids = Array.from({ length: copiers }, (_, i) => `eos-copier-${i}-${randomUUID().slice(0, 8)}`);
    // The zombie-to-be "works" 500 ms on each batch (instead of 20), so that the SIGSTOP the test
    // sends when it reads `got` lands while the batch is in hand: with 20 ms, a test process slowed
    // by the other suites once read the line too late, froze the copier after its commit, and the
    // copier never had a batch to resume with.
    for (const [i, id] of ids.entries()) spawnCopier(id, zombie && i === 0 ? { EOS_WORK_MS: '500' } : {});
    for (let k = 1; k <= kills; k++) {
      // Kill after some progress each time, at a point spread over the run.
      const threshold = Math.floor((RECORDS * k) / (kills + 1.5) + Math.random() * 3_000);
      await eventually(() => progress() >= threshold, 90_000, `${threshold} records copied`);
      // A random 0-25 ms after a copier's records are in the output log, before its commit.
      const victim = await signalOn([...live.values()], 'flushed ', 'SIGKILL', Math.floor(Math.random() * 25));
      if (victim.child.exitCode === null && victim.child.signalCode === null)
        await new Promise((r) => victim.child.once('exit', r));
      // The replacement has the same transactionalId and group: its start() fences the zombie.
      spawnCopier(victim.transactionalId);
    }
    if (zombie) {
      // Freeze copier 0 between getMany and its sends, as a long GC pause would. Its session
      // expires, the group hands its partitions to copier 1, which copies their records again from
      // the committed offsets. Resumed, the zombie completes its transaction with the group
      // metadata of its old generation, which the group coordinator must refuse (KIP-447): its
      // transaction then aborts. Its transactionalId is its own, so nothing else fences it.
      await eventually(() => progress() >= RECORDS / 5, 90_000, 'progress before the pause');
      const z = live.get(ids[0])!;
      await signalOn([z], 'got ', 'SIGSTOP', 0);
      const pausedAt = Date.now();
      const other = live.get(ids[1])!;
      // 6 s session timeout, then a rebalance gives every partition to the other copier...
      await eventually(() => other.owned.size === PARTITIONS, 60_000, 'the other copier to take over');
      // ...which copies the zombie's records again and commits.
      const before = other.committed;
      await eventually(() => other.committed > before, 60_000, 'the other copier to commit after the takeover');
      console.log(`[exactly-once] zombie paused for ${Date.now() - pausedAt} ms`);
      z.child.kill('SIGCONT');
    }
    // Done when the group's committed offsets reach the input's end offsets.
    await eventually(
      async () => (await committedOffsets(groupId, inTopic)).every((o, p) => o === inputEnd[p]),
      120_000,
      'committed offsets to reach the end of the input',
    );
    // Every copier finishes its loop and stops within 15 s of SIGTERM; one that does not is stuck
    // in a client call that never settled, and its last lines say where.
    for (const c of live.values()) c.child.kill('SIGTERM');
    const stuck: string[] = [];
    await Promise.all(
      [...live.values()].map(async (c) => {
        if (c.child.exitCode !== null || c.child.signalCode !== null) return;
        const exited = await Promise.race([
          new Promise<boolean>((r) => c.child.once('exit', () => r(true))),
          new Promise<boolean>((r) => setTimeout(() => r(false), 15_000)),
        ]);
        if (!exited) {
          stuck.push(`${c.name}: ${c.lines.slice(-5).join(' | ')}`);
          c.child.kill('SIGKILL');
        }
      }),
    );
    expect(stuck, 'copiers that did not stop on SIGTERM').toEqual([]);

    // The output, read_committed: every input id exactly once, with the transformed value.
    const seen = new Map<string, number>();
    let wrongValue = 0;
    let inLog = 0;
    for (let p = 0; p < PARTITIONS; p++) {
      for (const r of await readPartition(kafka.bootstrap, outTopic, p, 1)) {
        const id = r.key?.toString() ?? '';
        seen.set(id, (seen.get(id) ?? 0) + 1);
        if (r.value?.toString() !== `RECORD-${id.slice(3)}`) wrongValue++;
      }
      inLog += (await readPartition(kafka.bootstrap, outTopic, p, 0)).length;
    }
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    let lost = 0;
    for (let i = 0; i < RECORDS; i++) if (!seen.has(`id-${i}`)) lost++;
    const aborts = all.flatMap((c) => c.lines.filter((l) => l.startsWith('aborted ')));
    for (const line of aborts) console.log(`[exactly-once] client abort: ${line}`);
    const fenced = all.flatMap((c) => c.lines.filter((l) => l.startsWith('fenced ')));
    console.log(
      `[exactly-once] copiers=${copiers} processes=${all.length} kills=${kills} zombie=${zombie} records=${RECORDS} ` +
        `output(read_committed)=${[...seen.values()].reduce((a, b) => a + b, 0)} duplicates=${duplicates} ` +
        `lost=${lost} wrongValue=${wrongValue} abortedCopiesInLog=${inLog - RECORDS} ` +
        `clientAborts=${aborts.length} fenced=${fenced.length} time=${Date.now() - started}ms`,
    );
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    expect(wrongValue).toBe(0);
    expect(seen.size).toBe(RECORDS);
    // The kills left written-but-uncommitted copies behind; read_committed hid them.
    if (kills > 0) expect(inLog).toBeGreaterThan(RECORDS);
    if (zombie) {
      // The resumed zombie's transaction was refused by the group coordinator and aborted.
      const z = all.find((c) => c.transactionalId === ids[0])!;
      const resumed = z.lines.findIndex((l) => l.startsWith('resumed '));
      expect(resumed).toBeGreaterThanOrEqual(0);
      expect(z.lines[z.lines.findIndex((l, i) => i > resumed && /^(aborted|committed) /.test(l))]).toMatch(
        /^aborted (UnknownMemberId|IllegalGeneration|FencedInstanceId)Error/,
      );
    }
    // Lag 0: the offsets committed through the transactions are the input's end offsets.
    expect(await committedOffsets(groupId, inTopic)).toEqual(inputEnd);
  }, 180_000);
});
