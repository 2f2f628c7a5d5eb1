// The producer (and the admin client's per-entity results) against a broker with StandardAuthorizer.
// alice may WRITE and DESCRIBE topics prefixed `allowed-` (and DESCRIBE_CONFIGS them, for the admin
// check) and nothing else. Sending to a topic she cannot see or cannot write fails with
// TopicAuthorizationFailedError naming that topic, while the same producer keeps delivering to the
// allowed topic before and after: an authorization failure is a per-topic error, not a fatal one.
//
// Idempotence: InitProducerId without a transactional id needs IDEMPOTENT_WRITE on the cluster OR
// (KIP-679, Kafka 3.0+) WRITE on any topic; Kafka 4.3's KafkaApis still checks exactly that. So the
// topic WRITE grant is all an idempotent producer needs, and a principal with no WRITE anywhere
// gets ClusterAuthorizationFailedError from start(). Both are checked below.
//
// The consumer side (TopicAuthorizationFailedError from getOne/getMany/for await) is covered in
// consumer-errors.it.test.ts; admin-acls.it.test.ts covers the ACL calls themselves.
import { ClusterAuthorizationFailedError, TopicAuthorizationFailedError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { unsecuredJwt } from '../../../scripts/kafka/helpers.js';
import { type KafkaRunState, startSingleNode, stopRun, testInfoFromState } from '../../../scripts/kafka/index.js';
import type { KafkaTestInfo } from '../../../scripts/kafka/test-info.js';
import type {} from '../../../scripts/kafka/vitest-context.js';
import {
  type AclBinding,
  AIOKafkaAdminClient,
  AIOKafkaProducer,
  type CommonOptions,
  configResource,
  type ProducerOptions,
  topicPartition,
} from '../src/index.js';

const kafka = inject('kafka');

const ALLOWED = 'allowed-x';
const ALLOWED_2 = 'allowed-y';
const DENIED = 'denied-topic';
/** alice may see (DESCRIBE) this one but not WRITE it: the refusal comes from Produce, not Metadata. */
const READ_ONLY = 'readonly-topic';

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The rejection of `p` (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    (v) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}` : x))}`);
    },
    (e: unknown) => e,
  );
}

describe.skipIf(kafka.external)('producer and admin against ACLs (StandardAuthorizer)', () => {
  let state: KafkaRunState;
  let info: KafkaTestInfo;
  let admin: AIOKafkaAdminClient;
  let asAlice: CommonOptions;

  /** Prefixed `allowed-` grants for a principal. */
  const grants = (principal: string): AclBinding[] =>
    (['WRITE', 'DESCRIBE', 'DESCRIBE_CONFIGS'] as const).map((operation) => ({
      resourceType: 'TOPIC',
      resourceName: 'allowed-',
      patternType: 'PREFIXED',
      principal,
      operation,
      permissionType: 'ALLOW',
    }));

  beforeAll(async () => {
    state = await startSingleNode({ acl: true, version: kafka.version, ownerPid: process.pid });
    info = testInfoFromState(state);
    const sasl = info.listeners.saslPlaintext!;
    // The admin user is a super user; it authenticates with SASL PLAIN like alice does.
    admin = new AIOKafkaAdminClient({
      bootstrapServers: sasl,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'PLAIN',
      saslPlainUsername: info.users.admin.username,
      saslPlainPassword: info.users.admin.password,
    });
    await admin.start();
    (
      await admin.createTopics([
        { name: ALLOWED, numPartitions: 2 },
        { name: ALLOWED_2, numPartitions: 1 },
        { name: DENIED, numPartitions: 1 },
        { name: READ_ONLY, numPartitions: 1 },
      ])
    ).throwIfAnyFailed();
    const bindings: AclBinding[] = [
      ...grants('User:alice'),
      // The same rights for the CN=alice client certificate (mutual TLS on the SSL listener).
      ...grants('User:CN=alice'),
      {
        resourceType: 'TOPIC',
        resourceName: READ_ONLY,
        patternType: 'LITERAL',
        principal: 'User:alice',
        operation: 'DESCRIBE',
        permissionType: 'ALLOW',
      },
    ];
    (await admin.createAcls(bindings)).throwIfAnyFailed();
    const listed = await until(
      () => admin.describeAcls({ resourceType: 'TOPIC' }),
      (l) => l.length === bindings.length,
    );
    expect(listed).toHaveLength(bindings.length);
    asAlice = {
      bootstrapServers: sasl,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'PLAIN',
      saslPlainUsername: info.users.alice.username,
      saslPlainPassword: info.users.alice.password,
    };
  }, 180_000);

  afterAll(async () => {
    await admin?.stop();
    if (state) await stopRun(state);
  });

  const producerOptions = (extra: ProducerOptions = {}): ProducerOptions => ({
    ...asAlice,
    enableIdempotence: true,
    acks: 'all',
    lingerMs: 0,
    maxBlockMs: 10_000,
    ...extra,
  });

  it('an idempotent producer as alice starts with topic WRITE alone (no IDEMPOTENT_WRITE, KIP-679)', async () => {
    const cluster = await admin.describeCluster({ includeAuthorizedOperations: true });
    expect(cluster.authorizedOperations).toContain('IDEMPOTENT_WRITE'); // the super user has it
    const acls = await admin.describeAcls({ principal: 'User:alice' });
    expect(acls.some((b) => b.resourceType === 'CLUSTER')).toBe(false);
    await using producer = new AIOKafkaProducer(producerOptions());
    await producer.start();
    const md = await producer.sendAndWait(ALLOWED, 'v', { key: 'k' });
    expect(md.topic).toBe(ALLOWED);
  });

  it('sending to a topic alice cannot see fails with TopicAuthorizationFailedError naming it; the producer goes on', async () => {
    await using producer = new AIOKafkaProducer(producerOptions());
    await producer.start();
    const before = await producer.sendAndWait(ALLOWED, 'before', { key: 'a', headers: [['h', '1']] });

    // No DESCRIBE on the topic: Metadata answers TOPIC_AUTHORIZATION_FAILED, so send() itself rejects.
    const started = performance.now();
    const err = await rejection(producer.send(DENIED, 'nope', { key: 'a' }));
    expect(err).toBeInstanceOf(TopicAuthorizationFailedError);
    expect((err as TopicAuthorizationFailedError).context).toBe(`topic=${DENIED}`);
    expect((err as Error).message).toContain(DENIED);
    expect(performance.now() - started).toBeLessThan(5_000); // not retried until maxBlockMs
    // Again: still the same typed error, not a timeout or a poisoned producer.
    expect(await rejection(producer.sendAndWait(DENIED, 'nope'))).toBeInstanceOf(TopicAuthorizationFailedError);

    // Records for the allowed topics keep flowing, sequence numbers intact, in the same producer.
    const after = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        producer.sendAndWait(i % 2 ? ALLOWED : ALLOWED_2, `after-${i}`, { key: `k${i}` }),
      ),
    );
    expect(after.map((m) => m.topic)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? ALLOWED : ALLOWED_2)));
    const again = await producer.sendAndWait(ALLOWED, 'after', { key: 'a' }); // key 'a' → the same partition
    expect(again.partition).toBe(before.partition);
    expect(again.offset).toBeGreaterThan(before.offset);
  });

  it('a topic alice can see but not write fails in Produce with the typed error; other partitions in flight succeed', async () => {
    await using producer = new AIOKafkaProducer(producerOptions({ lingerMs: 20 }));
    await producer.start();
    // Queued together, so they may share a Produce request: only the read-only topic's batch fails.
    const allowed = await producer.send(ALLOWED, 'ok-1', { key: 'a' });
    const denied = await producer.send(READ_ONLY, 'not-allowed', { key: 'a' });
    const allowed2 = await producer.send(ALLOWED_2, 'ok-2', { key: 'b' });
    const [okMd, deniedErr, ok2Md] = await Promise.all([
      allowed.delivered,
      rejection(denied.delivered),
      allowed2.delivered,
    ]);
    expect(okMd.topic).toBe(ALLOWED);
    expect(ok2Md.topic).toBe(ALLOWED_2);
    expect(deniedErr).toBeInstanceOf(TopicAuthorizationFailedError);
    expect((deniedErr as TopicAuthorizationFailedError).context).toBe(`topic=${READ_ONLY} partition=0`);
    expect((deniedErr as TopicAuthorizationFailedError).fatal).toBe(false);

    // The failed batch used up sequence numbers of readonly-topic[0] only; a second attempt gets the
    // same error (not OUT_OF_ORDER_SEQUENCE_NUMBER), and allowed-x's sequence is untouched.
    expect(await rejection(producer.sendAndWait(READ_ONLY, 'still-not'))).toBeInstanceOf(TopicAuthorizationFailedError);
    const next = await producer.sendAndWait(ALLOWED, 'ok-3', { key: 'a' });
    expect(next.partition).toBe(okMd.partition);
    expect(next.offset).toBe(okMd.offset + 1n);
  });

  it('WRITE revoked then granted again: the refusal in between does not wedge the partition', async () => {
    const topic = 'revoked-topic';
    await admin.createTopic({ name: topic, numPartitions: 1 });
    const write: AclBinding = {
      resourceType: 'TOPIC',
      resourceName: topic,
      patternType: 'LITERAL',
      principal: 'User:alice',
      operation: 'WRITE',
      permissionType: 'ALLOW',
    };
    const describeTopic: AclBinding = { ...write, operation: 'DESCRIBE' };
    const writeAcls = () => admin.describeAcls({ ...write, patternType: 'LITERAL' });
    (await admin.createAcls([write, describeTopic])).throwIfAnyFailed();
    await until(writeAcls, (l) => l.length === 1);

    await using producer = new AIOKafkaProducer(producerOptions());
    await producer.start();
    const first = await producer.sendAndWait(topic, 'one');
    (await admin.deleteAcls([write])).throwIfAnyFailed();
    await until(writeAcls, (l) => l.length === 0);
    // The refused batch took sequence numbers the broker never saw.
    expect(await rejection(producer.sendAndWait(topic, 'refused'))).toBeInstanceOf(TopicAuthorizationFailedError);
    (await admin.createAcls([write])).throwIfAnyFailed();
    await until(writeAcls, (l) => l.length === 1);
    const next = await producer.sendAndWait(topic, 'two');
    expect(next.offset).toBe(first.offset + 1n);
    expect((await producer.sendAndWait(ALLOWED, 'elsewhere')).topic).toBe(ALLOWED);
    const third = await producer.sendAndWait(topic, 'three');
    expect(third.offset).toBe(next.offset + 1n);
    const tp = topicPartition(topic, 0);
    expect((await admin.listOffsets([[tp, 'latest']])).getOrThrow(tp).offset).toBe(3n);
  });

  it('with mutual TLS the principal is User:CN=alice and the same split applies', async () => {
    await using producer = new AIOKafkaProducer({
      bootstrapServers: info.listeners.ssl!,
      securityProtocol: 'SSL',
      sslContext: { ca: info.tls!.ca, cert: info.tls!.clientCert, key: info.tls!.clientKey },
      enableIdempotence: true,
      maxBlockMs: 10_000,
    });
    await producer.start();
    expect((await producer.sendAndWait(ALLOWED, 'over mTLS')).topic).toBe(ALLOWED);
    expect(await rejection(producer.send(DENIED, 'x'))).toBeInstanceOf(TopicAuthorizationFailedError);
    expect((await producer.sendAndWait(ALLOWED, 'still fine')).topic).toBe(ALLOWED);
  });

  it('a principal with no WRITE anywhere: idempotent start() fails with ClusterAuthorizationFailedError, a plain producer gets the topic error', async () => {
    // The unsecured-JWT validator accepts any subject: User:mallory has no ACLs at all.
    const asMallory: CommonOptions = {
      bootstrapServers: info.listeners.saslPlaintext!,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'OAUTHBEARER',
      saslOauthTokenProvider: async () => ({ token: unsecuredJwt('mallory') }),
    };
    const idempotent = new AIOKafkaProducer({ ...asMallory, enableIdempotence: true, maxBlockMs: 5_000 });
    const started = performance.now();
    const err = await rejection(idempotent.start());
    expect(err).toBeInstanceOf(ClusterAuthorizationFailedError);
    expect(performance.now() - started).toBeLessThan(5_000);
    await idempotent.stop();

    await using plain = new AIOKafkaProducer({ ...asMallory, enableIdempotence: false, acks: 1, maxBlockMs: 5_000 });
    await plain.start();
    const denied = await rejection(plain.sendAndWait(ALLOWED, 'x'));
    expect(denied).toBeInstanceOf(TopicAuthorizationFailedError);
    expect((denied as Error).message).toContain(ALLOWED);
  });

  it('admin calls without rights return the typed error per entity, next to the allowed ones', async () => {
    await using asAliceAdmin = new AIOKafkaAdminClient(asAlice);
    await asAliceAdmin.start();

    const allowedRes = configResource('TOPIC', ALLOWED);
    const deniedRes = configResource('TOPIC', DENIED);
    const configs = await asAliceAdmin.describeConfigs([allowedRes, deniedRes]);
    expect(configs.get(allowedRes)?.error).toBeNull();
    expect(configs.getOrThrow(allowedRes).get('cleanup.policy')?.value).toBe('delete');
    expect(configs.get(deniedRes)?.error).toBeInstanceOf(TopicAuthorizationFailedError);
    expect(configs.get(deniedRes)?.error?.message).toContain(DENIED);

    const described = await asAliceAdmin.describeTopics([ALLOWED, DENIED]);
    expect(described.getOrThrow(ALLOWED).partitions).toHaveLength(2);
    expect(described.get(DENIED)?.error).toBeInstanceOf(TopicAuthorizationFailedError);

    // No CREATE anywhere: the new topic's own entry carries the error.
    const created = await asAliceAdmin.createTopics([{ name: 'allowed-new', numPartitions: 1 }]);
    expect(created.get('allowed-new')?.error).toBeInstanceOf(TopicAuthorizationFailedError);

    // alice lists only what she may describe.
    const topics = await asAliceAdmin.listTopics();
    expect(topics).toEqual(expect.arrayContaining([ALLOWED, ALLOWED_2, READ_ONLY]));
    expect(topics).not.toContain(DENIED);
  });
});
