// The protocol layer on its own: one connection, a topic, a compressed batch produced and fetched
// back. Run it with `pnpm demo` (which starts a local broker) or against your own broker:
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/protocol-roundtrip.ts
import { Connection } from '@kafka-aio/client';
import {
  CompressionType,
  CreateTopicsApi,
  DeleteTopicsApi,
  decodeRecordBatches,
  encodeRecordBatch,
  FetchApi,
  MetadataApi,
  ProduceApi,
} from '@kafka-aio/protocol';

const [host, port] = (process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092').split(',')[0].split(':');
const topic = `demo-${Date.now()}`;

const conn = await Connection.connect({
  host,
  port: Number(port),
  clientId: 'kafka-aio-demo',
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxFrameBytes: 16 * 1024 * 1024,
});
try {
  console.log(
    `connected to ${conn.broker}; Produce v${conn.versions.pick(ProduceApi)}, Fetch v${conn.versions.pick(FetchApi)}`,
  );
  await conn.request(CreateTopicsApi, {
    topics: [{ name: topic, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 30_000,
  });

  // Wait until the new partition has a leader that accepts writes.
  let topicId = '';
  for (let leader = -1; leader < 0; await new Promise((r) => setTimeout(r, 100))) {
    const meta = await conn.request(MetadataApi, { topics: [{ name: topic }], allowAutoTopicCreation: false });
    leader = meta.topics[0].partitions[0]?.leaderId ?? -1;
    topicId = meta.topics[0].topicId ?? '';
  }

  const records = ['hello', 'from', 'kafka-aio'].map((word, i) => ({
    key: Buffer.from(`k${i}`),
    value: Buffer.from(word),
    headers: [{ key: 'source', value: Buffer.from('demo') }],
  }));
  const batch = await encodeRecordBatch({ records, compression: CompressionType.LZ4 });
  for (let attempt = 0; ; attempt++) {
    const res = await conn.request(ProduceApi, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 10_000,
      topicData: [{ name: topic, topicId, partitionData: [{ index: 0, records: batch }] }],
    });
    const { errorCode, baseOffset } = res.responses[0].partitionResponses[0];
    if (errorCode === 0) {
      console.log(`produced ${records.length} records (lz4) to ${topic}[0] at offset ${baseOffset}`);
      break;
    }
    if (attempt > 50) throw new Error(`produce failed with error code ${errorCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const fetched = await conn.request(FetchApi, {
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 1024 * 1024,
    topics: [{ topic, topicId, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1024 * 1024 }] }],
  });
  for (const b of await decodeRecordBatches(fetched.responses[0].partitions[0].records ?? Buffer.alloc(0))) {
    for (const r of b.records) {
      console.log(
        `consumed offset=${r.offset} key=${r.key?.toString()} value=${r.value?.toString()} headers=${r.headers.map((h) => `${h.key}:${h.value?.toString()}`).join(',')}`,
      );
    }
  }
  await conn.request(DeleteTopicsApi, { topics: [], topicNames: [topic], timeoutMs: 30_000 });
} finally {
  conn.close();
}
