// The README demo: produce with AIOKafkaProducer, then read the records back.
//   pnpm demo                      (starts a local broker for the run)
//   KAFKA_AIO_BOOTSTRAP=host:port tsx examples/demo.ts
import { AIOKafkaProducer, Connection } from '@kafka-aio/client';
import { decodeRecordBatches, FetchApi, MetadataApi } from '@kafka-aio/protocol';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const topic = `demo-${Date.now()}`;

await using producer = new AIOKafkaProducer({ bootstrapServers, compressionType: 'lz4' });
await producer.start();
for (const word of ['hello', 'from', 'kafka-aio']) {
  const md = await producer.sendAndWait(topic, word, {
    key: word.slice(0, 1),
    partition: 0,
    headers: [['demo', 'yes']],
  });
  console.log(`produced ${JSON.stringify(word)} to ${md.topic}[${md.partition}] at offset ${md.offset}`);
}
const started = performance.now();
for (let i = 0; i < 100_000; i++) await producer.send(topic, `record ${i}`, { partition: 0 });
await producer.flush();
console.log(`produced 100000 more records in ${Math.round(performance.now() - started)} ms`);

// Read the first records back with one Fetch.
const [host, port] = bootstrapServers.split(',')[0].split(':');
const conn = await Connection.connect({
  host,
  port: Number(port),
  clientId: 'kafka-aio-demo',
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxFrameBytes: 64 << 20,
});
try {
  const meta = await conn.request(MetadataApi, { topics: [{ name: topic }] });
  const res = await conn.request(FetchApi, {
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 1 << 20,
    topics: [
      {
        topic,
        topicId: meta.topics[0].topicId,
        partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 16 }],
      },
    ],
  });
  const records = (await decodeRecordBatches(res.responses[0].partitions[0].records ?? Buffer.alloc(0))).flatMap(
    (b) => b.records,
  );
  for (const r of records.slice(0, 3))
    console.log(
      `consumed offset=${r.offset} key=${r.key} value=${r.value} headers=${r.headers.map((h) => `${h.key}=${h.value}`)}`,
    );
  console.log(`high watermark ${res.responses[0].partitions[0].highWatermark}`);
} finally {
  conn.close();
}
