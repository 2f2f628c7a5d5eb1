// A member whose process is stopped (SIGSTOP) for longer than the session timeout must not hand out
// records of the partitions the group gave away meanwhile (issue 13, item 1). STOP_RESUME_ROUNDS
// rounds (default 20) per group protocol. Member A runs in its
// own process (consumer-stopped-member-worker.ts), member B here; a producer writes all along. A is
// stopped until B owns every partition and has processed records of A's, then resumed. From
// resumption on, A may hand out a record of one of its old partitions only after the group assigned
// that partition to it again: anything else is a record B owned and processed (or will).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/cluster/index.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import type { TopicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, eventually, kafka, topicName } from './consumer-helpers.js';

const WORKER = fileURLToPath(new URL('./consumer-stopped-member-worker.ts', import.meta.url));
const PARTITIONS = 4;
/** Stop/resume rounds per group protocol (issue 13 asks for at least 20). */
const ROUNDS = Number(process.env.STOP_RESUME_ROUNDS ?? 20);

interface MemberEvent {
  t: number;
  kind: 'assigned' | 'revoked' | 'lost' | 'records';
  partitions?: number[];
  counts?: Record<string, number>;
}

describe.each(['classic', 'consumer'] as const)('a member stopped past its session (%s protocol)', (groupProtocol) => {
  let admin: Cluster;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    admin = await adminCluster();
  });
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    admin?.close();
  });

  it('hands out no record of a partition it lost while stopped', async () => {
    const topic = topicName(`stopped-${groupProtocol}`);
    const groupId = `${topic}-group`;
    await createTopic(admin, topic, PARTITIONS);

    // Records keep arriving in every partition for the whole test.
    const producer = new AIOKafkaProducer({ bootstrapServers: kafka.bootstrap, lingerMs: 5 });
    await producer.start();
    let producing = true;
    const production = (async () => {
      for (let n = 0; producing; n++) {
        await producer.send(topic, `r${n}`, { partition: n % PARTITIONS });
        if (n % 40 === 39) await new Promise((r) => setTimeout(r, 20));
      }
    })();

    // Member A, in its own process.
    const a = spawn(process.execPath, ['--import', 'tsx', WORKER, kafka.bootstrap, topic, groupId, groupProtocol], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(a);
    const events: MemberEvent[] = [];
    let rest = '';
    a.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line) events.push(JSON.parse(line));
    });
    a.stderr?.on('data', (d: Buffer) => process.stderr.write(`[member A] ${d}`));
    const owned = (upTo = Number.POSITIVE_INFINITY) => {
      const mine = new Set<number>();
      for (const e of events) {
        if (e.t > upTo) break;
        if (e.kind === 'assigned') for (const p of e.partitions ?? []) mine.add(p);
        if (e.kind === 'revoked' || e.kind === 'lost') for (const p of e.partitions ?? []) mine.delete(p);
      }
      return mine;
    };
    await eventually(() => events.some((e) => e.kind === 'records'), 60_000, 'member A to consume');

    // Member B joins; the group splits the partitions.
    const bOwns = new Set<number>();
    const bProcessed = new Map<number, number>();
    const b = new AIOKafkaConsumer({
      bootstrapServers: kafka.bootstrap,
      groupId,
      groupProtocol,
      autoOffsetReset: 'earliest',
      fetchMaxWaitMs: 100,
      ...(groupProtocol === 'classic' ? { heartbeatIntervalMs: 500, sessionTimeoutMs: 6_000 } : {}),
    });
    const update = (tps: ReadonlySet<TopicPartition>, add: boolean) => {
      for (const tp of tps) {
        if (add) bOwns.add(tp.partition);
        else bOwns.delete(tp.partition);
      }
    };
    b.subscribe({
      topics: [topic],
      listener: {
        onPartitionsAssigned: (tps) => update(tps, true),
        onPartitionsRevoked: (tps) => update(tps, false),
        onPartitionsLost: (tps) => update(tps, false),
      },
    });
    await b.start();
    let consuming = true;
    const bLoop = (async () => {
      while (consuming) {
        const batch = await b.getMany({ timeoutMs: 100 });
        for (const [tp, records] of batch)
          bProcessed.set(tp.partition, (bProcessed.get(tp.partition) ?? 0) + records.length);
      }
    })();
    const leaked: string[] = [];
    const rounds: { aHad: number[]; stoppedMs: number; lostEvents: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await eventually(
        () => bOwns.size > 0 && owned().size > 0 && bOwns.size + owned().size === PARTITIONS,
        90_000,
        `round ${round}: the group to split the partitions between A and B`,
      );
      const since = Date.now();
      await eventually(
        () => events.some((e) => e.kind === 'records' && e.t > since),
        30_000,
        `round ${round}: A consuming`,
      );

      // Stop A until B owns everything and has processed records of A's partitions.
      const aHad = owned();
      a.kill('SIGSTOP');
      const stoppedAt = Date.now();
      const processedOfA = () => [...aHad].reduce((n, p) => n + (bProcessed.get(p) ?? 0), 0);
      await eventually(() => bOwns.size === PARTITIONS, 90_000, `round ${round}: B to take over every partition`);
      const before = processedOfA();
      await eventually(() => processedOfA() > before, 30_000, `round ${round}: B to process records of A’s partitions`);
      const resumedAt = Date.now();
      a.kill('SIGCONT');

      // A learns it lost them and is given partitions again.
      const rejoined = () =>
        events.some((e) => e.t >= resumedAt && e.kind === 'assigned' && (e.partitions?.length ?? 0) > 0);
      await eventually(rejoined, 90_000, `round ${round}: A to rejoin and be assigned partitions`);

      // From resumption on: records of an old partition only once the group gave it back.
      const givenBack = new Set<number>();
      for (const e of events) {
        if (e.t < resumedAt) continue;
        if (e.kind === 'assigned') for (const p of e.partitions ?? []) givenBack.add(p);
        if (e.kind !== 'records') continue;
        for (const [p, n] of Object.entries(e.counts ?? {})) {
          const partition = Number(p);
          if (aHad.has(partition) && !givenBack.has(partition))
            leaked.push(`round ${round}: ${n} of p${p} at +${e.t - resumedAt} ms`);
        }
      }
      const lostEvents = events.filter((e) => e.t >= resumedAt && e.kind === 'lost').length;
      expect(lostEvents, `round ${round}: A noticed it had lost its partitions`).toBeGreaterThan(0);
      rounds.push({ aHad: [...aHad], stoppedMs: resumedAt - stoppedAt, lostEvents });
    }
    const stopped = rounds.map((r) => r.stoppedMs).sort((x, y) => x - y);
    console.log(
      `[stopped-member] ${JSON.stringify({ groupProtocol, rounds: rounds.length, leaked: leaked.length, stoppedMsMedian: stopped[Math.floor(stopped.length / 2)], firstLeaks: leaked.slice(0, 5) })}`,
    );
    expect(leaked).toEqual([]);

    consuming = false;
    producing = false;
    await Promise.all([bLoop, production]);
    const exited = new Promise((r) => a.once('exit', r));
    a.kill('SIGTERM');
    await exited;
    await b.stop();
    await producer.stop();
  }, 900_000);
});
