// The three clients end to end over the harness's secured listeners: for each of SCRAM-SHA-512 and
// OAUTHBEARER on SASL_PLAINTEXT, TLS with the broker verified against the test CA, mutual TLS with
// the CN=alice certificate, and SCRAM-SHA-256 on SASL_SSL, the admin client creates a topic, an
// idempotent producer (acks all) sends keyed records with headers, a consumer group reads every one
// back from the earliest offset and commits, and the admin client finds the group's committed
// offsets equal to the partitions' end offsets. Security is a per-connection concern, so this checks
// that every connection each client opens (bootstrap, partition leaders, group coordinator) is
// secured the same way, and that nothing above the connection notices the difference.
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { unsecuredJwt } from '../../../scripts/kafka/helpers.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import {
  AIOKafkaAdminClient,
  AIOKafkaConsumer,
  AIOKafkaProducer,
  type CommonOptions,
  createSslContext,
  formatTopicPartition,
  type TopicPartition,
  topicPartition,
} from '../src/index.js';

const kafka = inject('kafka');
const { admin: adminUser, alice } = kafka.users;
const tlsInfo = kafka.tls;
const haveSecurity = tlsInfo !== undefined && kafka.listeners.saslPlaintext !== undefined;

const PARTITIONS = 3;
const RECORDS = 300;

/** One secured way in: the options every client of the case gets. */
interface Case {
  name: string;
  options: () => CommonOptions;
}

const cases: Case[] = haveSecurity
  ? [
      {
        name: 'SASL_PLAINTEXT with SCRAM-SHA-512',
        options: () => ({
          bootstrapServers: kafka.listeners.saslPlaintext,
          securityProtocol: 'SASL_PLAINTEXT',
          saslMechanism: 'SCRAM-SHA-512',
          saslPlainUsername: alice.username,
          saslPlainPassword: alice.password,
        }),
      },
      {
        name: 'SASL_PLAINTEXT with OAUTHBEARER',
        options: () => ({
          bootstrapServers: kafka.listeners.saslPlaintext,
          securityProtocol: 'SASL_PLAINTEXT',
          saslMechanism: 'OAUTHBEARER',
          saslOauthTokenProvider: async () => ({ token: unsecuredJwt(alice.username), lifetimeMs: 3_600_000 }),
        }),
      },
      {
        name: 'SSL, broker verified against the CA',
        options: () => ({
          bootstrapServers: kafka.listeners.ssl,
          securityProtocol: 'SSL',
          sslContext: createSslContext({ cadata: tlsInfo!.ca }),
        }),
      },
      {
        name: 'SSL with a client certificate (mutual TLS, from files)',
        options: () => ({
          bootstrapServers: kafka.listeners.ssl,
          securityProtocol: 'SSL',
          sslContext: createSslContext({
            cafile: tlsInfo!.caFile,
            certfile: tlsInfo!.clientCertFile,
            keyfile: tlsInfo!.clientKeyFile,
          }),
        }),
      },
      {
        name: 'SASL_SSL with SCRAM-SHA-256, broker verified against the CA',
        options: () => ({
          bootstrapServers: kafka.listeners.saslSsl,
          securityProtocol: 'SASL_SSL',
          sslContext: createSslContext({ cadata: tlsInfo!.ca }),
          saslMechanism: 'SCRAM-SHA-256',
          saslPlainUsername: adminUser.username,
          saslPlainPassword: adminUser.password,
        }),
      },
    ]
  : [];

describe.skipIf(!haveSecurity)('producer, consumer and admin over secured listeners', () => {
  it.each(cases)('$name: create, produce, consume, commit, check offsets', async ({ options }) => {
    const started = performance.now();
    const security = options();
    const topic = `secured-${randomUUID().slice(0, 8)}`;
    const groupId = `${topic}-group`;

    await using admin = new AIOKafkaAdminClient({ ...security, clientId: 'secured-admin' });
    await admin.start();
    await admin.createTopic({ name: topic, numPartitions: PARTITIONS });
    expect((await admin.listTopics()).includes(topic)).toBe(true);

    // Produce: idempotent and acks=all (both defaults, spelled out), keys spread over the partitions.
    const expected = new Map<string, { value: string; n: string }>();
    {
      await using producer = new AIOKafkaProducer({
        ...security,
        clientId: 'secured-producer',
        enableIdempotence: true,
        acks: 'all',
        lingerMs: 5,
      });
      await producer.start();
      const pending = [];
      for (let i = 0; i < RECORDS; i++) {
        const key = `key-${i}`;
        const value = `value-${i}-${'x'.repeat(i % 50)}`;
        expected.set(key, { value, n: String(i) });
        pending.push(
          await producer.send(topic, value, {
            key,
            headers: [
              ['n', String(i)],
              ['trace', `t-${i}`],
            ],
          }),
        );
      }
      const metas = await Promise.all(pending.map((p) => p.delivered));
      expect(new Set(metas.map((m) => `${m.partition}-${m.offset}`)).size).toBe(RECORDS);
      expect(new Set(metas.map((m) => m.partition)).size).toBe(PARTITIONS);
    }

    const tps: TopicPartition[] = Array.from({ length: PARTITIONS }, (_, p) => topicPartition(topic, p));
    const ends = (await admin.listOffsets(tps.map((tp) => [tp, 'latest'] as const))).throwIfAnyFailed();
    // Idempotence and no retries gone wrong: exactly RECORDS records landed, no duplicates.
    expect([...ends.values()].reduce((s, e) => s + e.offset, 0n)).toBe(BigInt(RECORDS));

    // Consume as a group from the earliest offset, then commit the positions.
    {
      await using consumer = new AIOKafkaConsumer(topic, {
        ...security,
        clientId: 'secured-consumer',
        groupId,
        autoOffsetReset: 'earliest',
        enableAutoCommit: false,
        fetchMaxWaitMs: 100,
        heartbeatIntervalMs: 500,
      });
      await consumer.start();
      const seen = new Map<string, { value: string; n: string; trace: string }>();
      const lastOffset = new Map<TopicPartition, bigint>();
      const deadline = Date.now() + 30_000;
      while (seen.size < RECORDS && Date.now() < deadline) {
        const batch = await consumer.getMany({ timeoutMs: 1_000 });
        for (const [tp, records] of batch) {
          for (const r of records) {
            const before = lastOffset.get(tp) ?? -1n;
            expect(r.offset, formatTopicPartition(tp)).toBeGreaterThan(before);
            lastOffset.set(tp, r.offset);
            const header = (k: string) => r.headers.find((h) => h.key === k)?.value?.toString() ?? '';
            seen.set(r.key!.toString(), { value: r.value!.toString(), n: header('n'), trace: header('trace') });
          }
        }
      }
      expect(seen.size).toBe(RECORDS);
      for (const [key, want] of expected) {
        expect(seen.get(key)).toEqual({ ...want, trace: `t-${want.n}` });
      }
      await consumer.commit();
    }

    // The admin client sees the group's commits at the end of every partition.
    const committed = (await admin.listConsumerGroupOffsets([groupId])).getOrThrow(groupId);
    for (const tp of tps) {
      expect(committed.get(tp)?.offset, formatTopicPartition(tp)).toBe(ends.get(tp)?.offset);
    }
    await admin.deleteTopic(topic);
    // Generous: the first case also pays for the group coordinator's first load.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
