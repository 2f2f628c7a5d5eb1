// The protocol layer against a real broker, through the real Connection: every request here is
// encoded by the generated codecs and every response decoded by them. Runs on Kafka 4.3.1 by
// default and on 3.9.2 when the test script sets KAFKA_AIO_KAFKA_VERSION.

import { randomUUID } from 'node:crypto';
import {
  CompressionType,
  CreateTopicsApi,
  DeleteTopicsApi,
  decodeRecordBatches,
  encodeRecordBatch,
  FetchApi,
  ListOffsetsApi,
  MetadataApi,
  ProduceApi,
  type RecordInput,
  type Uuid,
} from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { Connection } from '../src/network/connection.js';

const kafka = inject('kafka');
const [host, port] = kafka.listeners.plaintext.split(':');

function connect(overrides: Partial<Parameters<typeof Connection.connect>[0]> = {}): Promise<Connection> {
  return Connection.connect({
    host,
    port: Number(port),
    clientId: 'protocol-it',
    requestTimeoutMs: 30_000,
    connectTimeoutMs: 10_000,
    maxFrameBytes: 64 * 1024 * 1024,
    ...overrides,
  });
}

const CODECS = [
  ['none', CompressionType.NONE],
  ['gzip', CompressionType.GZIP],
  ['snappy', CompressionType.SNAPPY],
  ['lz4', CompressionType.LZ4],
  ['zstd', CompressionType.ZSTD],
] as const;

/** Records with everything a batch can carry: keys, tombstones, repeated headers, explicit timestamps. */
function recordsFor(codec: string): RecordInput[] {
  const base = 1_700_000_000_000;
  return Array.from({ length: 50 }, (_, i) => ({
    key: i % 7 === 0 ? null : Buffer.from(`${codec}-key-${i}`),
    value: i % 10 === 9 ? null : Buffer.from(`${codec} value ${i} `.repeat(1 + (i % 5))),
    headers:
      i % 3 === 0
        ? [
            { key: 'trace', value: Buffer.from([i, 255, 0]) },
            { key: 'trace', value: null },
            { key: 'ünïcode', value: Buffer.from('v') },
          ]
        : [],
    timestamp: base + i * 1000,
  }));
}

describe(`protocol against Kafka ${kafka.version}`, () => {
  let conn: Connection;
  const topic = `protocol-it-${randomUUID()}`;
  let topicId: Uuid;

  beforeAll(async () => {
    conn = await connect();
  });
  afterAll(() => conn?.close());

  it('negotiates API versions with the broker', () => {
    expect(conn.versions.supports(ProduceApi)).toBe(true);
    expect(conn.versions.supports(FetchApi)).toBe(true);
    const produce = conn.versions.pick(ProduceApi);
    expect(produce).toBeGreaterThanOrEqual(ProduceApi.minVersion);
    expect(produce).toBeLessThanOrEqual(ProduceApi.maxVersion);
  });

  it('creates a topic and sees it in Metadata', async () => {
    const created = await conn.request(CreateTopicsApi, {
      topics: [{ name: topic, numPartitions: CODECS.length, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 30_000,
    });
    expect(created.topics.map((t) => [t.name, t.errorCode])).toEqual([[topic, 0]]);

    let meta = await conn.request(MetadataApi, { topics: [{ name: topic }], allowAutoTopicCreation: false });
    for (let i = 0; i < 50 && meta.topics[0].partitions.some((p) => p.leaderId < 0); i++) {
      await new Promise((r) => setTimeout(r, 100));
      meta = await conn.request(MetadataApi, { topics: [{ name: topic }], allowAutoTopicCreation: false });
    }
    expect(meta.brokers.length).toBeGreaterThanOrEqual(1);
    const [t] = meta.topics;
    expect(t.errorCode).toBe(0);
    expect(t.name).toBe(topic);
    expect(t.partitions).toHaveLength(CODECS.length);
    topicId = t.topicId!;
    expect(topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each(CODECS)('produces a %s batch and fetches it back byte for byte', async (name, compression) => {
    const partition = CODECS.findIndex(([n]) => n === name);
    const records = recordsFor(name);
    const batch = await encodeRecordBatch({ records, compression, baseTimestamp: 1_700_000_000_000 });
    const produce = () =>
      conn.request(ProduceApi, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 30_000,
        topicData: [{ name: topic, topicId, partitionData: [{ index: partition, records: batch }] }],
      });
    // A new partition's leader may not have taken over yet (NOT_LEADER_OR_FOLLOWER); that is the
    // one error worth waiting out here.
    let [pr] = (await produce()).responses[0].partitionResponses;
    for (let i = 0; i < 50 && pr.errorCode === 6; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [pr] = (await produce()).responses[0].partitionResponses;
    }
    expect(pr.errorCode).toBe(0);
    expect(pr.baseOffset).toBe(0n);

    const fetched = await conn.request(FetchApi, {
      maxWaitMs: 100,
      minBytes: 1,
      maxBytes: 1024 * 1024,
      isolationLevel: 0,
      topics: [{ topic, topicId, partitions: [{ partition, fetchOffset: 0n, partitionMaxBytes: 1024 * 1024 }] }],
    });
    const [fp] = fetched.responses[0].partitions;
    expect(fp.errorCode).toBe(0);
    expect(fp.highWatermark).toBe(BigInt(records.length));
    const batches = await decodeRecordBatches(fp.records!);
    expect(batches).toHaveLength(1);
    expect(batches[0].compression).toBe(compression);
    const got = batches[0].records;
    expect(got).toHaveLength(records.length);
    got.forEach((r, i) => {
      const want = records[i];
      expect(r.offset).toBe(BigInt(i));
      expect(r.timestamp).toBe(BigInt(want.timestamp!));
      expect(r.key).toEqual(want.key === null ? null : Buffer.from(want.key!));
      expect(r.value).toEqual(want.value === null ? null : Buffer.from(want.value));
      expect(r.headers).toEqual(
        (want.headers ?? []).map((h) => ({ key: h.key, value: h.value === null ? null : Buffer.from(h.value) })),
      );
    });
  });

  it('lists earliest and latest offsets', async () => {
    const partitions = CODECS.map((_, i) => i);
    const list = async (timestamp: bigint) => {
      const res = await conn.request(ListOffsetsApi, {
        replicaId: -1,
        isolationLevel: 0,
        topics: [{ name: topic, partitions: partitions.map((p) => ({ partitionIndex: p, timestamp })) }],
      });
      return res.topics[0].partitions
        .map((p) => [p.partitionIndex, p.errorCode, p.offset])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    };
    expect(await list(-1n)).toEqual(partitions.map((p) => [p, 0, 50n]));
    expect(await list(-2n)).toEqual(partitions.map((p) => [p, 0, 0n]));
  });

  it('deletes the topic', async () => {
    const res = await conn.request(DeleteTopicsApi, {
      topics: [{ name: topic, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }],
      topicNames: [topic],
      timeoutMs: 30_000,
    });
    expect(res.responses.map((r) => r.errorCode)).toEqual([0]);
    // The answer means the controller committed the deletion; a broker's metadata cache learns it
    // a moment later (a CI run on 3.9.2 read the topic right after), so ask until it has.
    const errorCode = async () =>
      (await conn.request(MetadataApi, { topics: [{ name: topic }], allowAutoTopicCreation: false })).topics[0]
        .errorCode;
    await expect.poll(errorCode, { timeout: 10_000, interval: 50 }).toBe(3); // UNKNOWN_TOPIC_OR_PARTITION
  });

  it('keeps many requests in flight on one connection and matches each response', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => conn.request(MetadataApi, { topics: [], allowAutoTopicCreation: false })),
    );
    expect(responses).toHaveLength(200);
    for (const r of responses) expect(r.brokers.length).toBeGreaterThanOrEqual(1);
  });

  it.runIf(kafka.tls !== undefined)(
    'speaks the same protocol over TLS, verifying the broker against the test CA',
    async () => {
      const [tlsHost, tlsPort] = kafka.listeners.ssl!.split(':');
      const tlsConn = await connect({ host: tlsHost, port: Number(tlsPort), tls: { ca: kafka.tls!.ca } });
      try {
        const meta = await tlsConn.request(MetadataApi, { topics: [], allowAutoTopicCreation: false });
        expect(meta.brokers.length).toBeGreaterThanOrEqual(1);
      } finally {
        tlsConn.close();
      }
    },
  );
});
