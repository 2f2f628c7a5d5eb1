// Chaos soak (issue 11): an idempotent producer and a two-member consumer group work through the
// fault proxy while a seeded schedule injects one fault after another (delay with jitter, a
// bandwidth cap, a blackhole, resets, refused connections, spoiled Produce / Fetch / Heartbeat
// answers, and once a partition longer than the session timeout). Then the network heals and the checker counts, from the log read directly from the
// broker: acknowledged records lost, records duplicated or out of order, sends failed; and from the
// consumers: records never consumed, records consumed twice, partitions owned by both members at
// once. Bounded: KAFKA_AIO_SOAK_MS or SOAK_SECONDS (default 30 s) of faults, then at most 90 s to settle;
// KAFKA_AIO_SOAK_RATE caps records per second for long runs.
// Prints one `[chaos-soak]` line with every count and the seed (KAFKA_AIO_SOAK_SEED reruns it).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FaultProxy, startFaultProxies } from '../../../scripts/kafka/index.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { AIOKafkaConsumer } from '../src/consumer/index.js';
import { AIOKafkaProducer } from '../src/producer/index.js';
import type { TopicPartition } from '../src/topic-partition.js';
import { createTopic, readPartition } from './support/raw-topic.js';
import { NETWORK_FAULTS } from './support/soak-faults.js';

const kafka = inject('kafka');
/** Fault time: KAFKA_AIO_SOAK_MS, or SOAK_SECONDS for long runs; 30 s by default (in CI). */
const SOAK_MS = process.env.SOAK_SECONDS
  ? Number(process.env.SOAK_SECONDS) * 1_000
  : Number(process.env.KAFKA_AIO_SOAK_MS ?? 30_000);
const SEED = Number(process.env.KAFKA_AIO_SOAK_SEED ?? Date.now() % 1_000_000);
/** Records per second to aim for (0: as fast as the faults allow); long soaks set it to bound memory. */
const RATE = Number(process.env.KAFKA_AIO_SOAK_RATE ?? 0);
const PARTITIONS = 6;
const SETTLE_MS = 90_000;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Who owned which partition when, from the rebalance listeners. */
class Ownership {
  overlaps = 0;
  private readonly owners = new Map<string, Set<string>>();

  take(member: string, tps: ReadonlySet<TopicPartition>): void {
    for (const tp of tps) {
      const key = `${tp.topic}/${tp.partition}`;
      const owners = this.owners.get(key) ?? new Set();
      this.owners.set(key, owners);
      if (owners.size > 0 && !owners.has(member)) this.overlaps++;
      owners.add(member);
    }
  }

  drop(member: string, tps: ReadonlySet<TopicPartition>): void {
    for (const tp of tps) this.owners.get(`${tp.topic}/${tp.partition}`)?.delete(member);
  }
}

describe.skipIf(kafka.proxyRoutes.length === 0)('chaos soak through the fault proxy', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = (await startFaultProxies(kafka.proxyRoutes)).get(1)!;
  });
  afterAll(async () => {
    await proxy?.stop();
  });

  it(
    `${SOAK_MS} ms of faults: no acknowledged record lost, none duplicated or reordered, every one consumed`,
    async () => {
      const random = mulberry32(SEED);
      const topic = `chaos-${randomUUID()}`;
      await createTopic(kafka.bootstrap, topic, PARTITIONS);
      const bootstrapServers = kafka.listeners.proxied!;
      const groupId = `chaos-${randomUUID()}`;

      const producer = new AIOKafkaProducer({ bootstrapServers, requestTimeoutMs: 3_000, lingerMs: 5 });
      await producer.start();
      const ownership = new Ownership();
      const consumed = new Map<number, number>();
      const consumers = ['a', 'b'].map((member) => {
        const consumer = new AIOKafkaConsumer({
          bootstrapServers,
          groupId,
          autoOffsetReset: 'earliest',
          requestTimeoutMs: 5_000,
          sessionTimeoutMs: 10_000,
          heartbeatIntervalMs: 1_000,
        });
        consumer.subscribe({
          topics: [topic],
          listener: {
            onPartitionsAssigned: (tps) => ownership.take(member, tps),
            onPartitionsRevoked: (tps) => ownership.drop(member, tps),
            onPartitionsLost: (tps) => ownership.drop(member, tps),
          },
        });
        return consumer;
      });
      await Promise.all(consumers.map((c) => c.start()));

      let consuming = true;
      const consumerErrors: string[] = [];
      /** Once the log is known: the records no consumer has returned yet, and a signal when none is left. */
      let missing: Set<number> | undefined;
      let allConsumed!: () => void;
      const everyRecordConsumed = new Promise<void>((r) => {
        allConsumed = r;
      });
      const loops = consumers.map(async (consumer) => {
        while (consuming) {
          try {
            const batch = await consumer.getMany({ timeoutMs: 200, maxRecords: 2_000 });
            for (const records of batch.values()) {
              for (const r of records) {
                const n = Number(r.value?.toString());
                consumed.set(n, (consumed.get(n) ?? 0) + 1);
                missing?.delete(n);
              }
            }
            if (missing?.size === 0) allConsumed();
          } catch (err) {
            consumerErrors.push(`${(err as Error).name}: ${(err as Error).message}`);
          }
        }
      });

      // Produce numbered, keyed records for the whole soak, in bursts.
      const outcomes: Promise<'ok' | string>[] = [];
      /** Time from each heal to the first acknowledgement after it. */
      const recoveries: number[] = [];
      let healedAt: number | undefined;
      const onAck = () => {
        if (healedAt === undefined) return;
        recoveries.push(performance.now() - healedAt);
        healedAt = undefined;
      };
      let producing = true;
      const producing$ = (async () => {
        let n = 0;
        const started = performance.now();
        while (producing) {
          for (let i = 0; i < 100; i++, n++) {
            // send() itself must not fail under network faults (it waits for metadata within
            // maxBlockMs); if it does, that is counted as a failed send, in record order.
            const pending = await producer.send(topic, String(n), { key: `k${n % 60}` }).catch((e: Error) => e);
            if (pending instanceof Error) {
              outcomes.push(Promise.resolve(`send() rejected: ${pending.name}: ${pending.message}`));
              continue;
            }
            outcomes.push(
              pending.delivered.then(
                () => {
                  onAck();
                  return 'ok' as const;
                },
                (e: Error) => `${e.name}: ${e.message}`,
              ),
            );
          }
          const ahead = RATE > 0 ? (n / RATE) * 1_000 - (performance.now() - started) : 0;
          await pause(Math.max(5, ahead));
        }
      })();

      // The fault schedule.
      const steps: string[] = [];
      const names = Object.keys(NETWORK_FAULTS);
      const endAt = performance.now() + SOAK_MS;
      // Halfway through a short soak, and every 5 minutes of a long one: a network partition longer
      // than the session timeout, so the coordinator expires both members and the group rebalances.
      let partitionAt = performance.now() + Math.min(SOAK_MS / 2, 300_000);
      while (performance.now() < endAt) {
        if (performance.now() >= partitionAt) {
          partitionAt += 300_000;
          steps.push('partition');
          proxy.blackhole('both');
          await pause(12_000);
          proxy.heal().resetAll();
          healedAt = performance.now();
          continue;
        }
        const name = names[Math.floor(random() * names.length)];
        steps.push(name);
        NETWORK_FAULTS[name](proxy);
        await pause(500 + random() * 1_500);
        proxy.heal();
        healedAt = performance.now();
        await pause(500 + random() * 1_000);
      }
      producing = false;
      await producing$;
      proxy.heal();

      const settled = await Promise.race([Promise.all(outcomes), pause(SETTLE_MS).then(() => undefined)]);
      expect(settled, 'every send settles within the settle bound').toBeDefined();
      const failures = settled!.filter((o) => o !== 'ok');
      const acked = settled!.length - failures.length;

      // Consumers catch up with every record written.
      const logs: number[][] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        logs.push((await readPartition(kafka.bootstrap, topic, p)).map((r) => Number(r.value?.toString())));
      }
      const inLog = new Map<number, number>();
      for (const log of logs) for (const n of log) inLog.set(n, (inLog.get(n) ?? 0) + 1);
      missing = new Set([...inLog.keys()].filter((n) => !consumed.has(n)));
      if (missing.size === 0) allConsumed();
      await Promise.race([everyRecordConsumed, pause(SETTLE_MS)]);
      consuming = false;
      await Promise.all(loops);
      await Promise.all(consumers.map((c) => c.stop()));
      await producer.stop();

      const lostAcked = settled!.filter((o, n) => o === 'ok' && !inLog.has(n)).length;
      const duplicated = [...inLog.values()].filter((c) => c > 1).length;
      const reordered = logs.filter((log) => log.some((n, i) => i > 0 && n < log[i - 1])).length;
      const neverConsumed = [...inLog.keys()].filter((n) => !consumed.has(n)).length;
      const consumedTwice = [...consumed.values()].filter((c) => c > 1).length;
      const byKind: Record<string, number> = {};
      for (const step of steps) byKind[step] = (byKind[step] ?? 0) + 1;
      recoveries.sort((a, b) => a - b);
      const quantile = (q: number) =>
        Math.round(recoveries[Math.min(recoveries.length - 1, Math.floor(q * recoveries.length))] ?? -1);
      const report = {
        seed: SEED,
        soakMs: SOAK_MS,
        faults: steps.length,
        faultsByKind: byKind,
        recoveryMsP50: quantile(0.5),
        recoveryMsP99: quantile(0.99),
        sent: settled!.length,
        acked,
        failed: failures.length,
        inLog: inLog.size,
        lostAcked,
        duplicated,
        reordered,
        neverConsumed,
        consumedTwice,
        doubleOwnership: ownership.overlaps,
        consumerErrors: consumerErrors.length,
        firstFailure: failures[0],
        firstConsumerError: consumerErrors[0],
      };
      console.log(`[chaos-soak] ${JSON.stringify(report)}`);
      expect({ lostAcked, duplicated, reordered, failed: failures.length, neverConsumed }).toEqual({
        lostAcked: 0,
        duplicated: 0,
        reordered: 0,
        failed: 0,
        neverConsumed: 0,
      });
    },
    SOAK_MS + 3 * SETTLE_MS,
  );
});
