// One member of the churn test (consumer-churn.it.test.ts), run as its own process:
//   node --import tsx consumer-churn-worker.ts <bootstrap> <topic> <groupId> <groupProtocol> <outDir> <name>
// It consumes with getMany, "processes" each batch by appending `partition offset` lines to its own
// file (synchronously), then commits what it processed. Rebalance events go to a second file as
// JSON lines with wall-clock times. SIGTERM stops it cleanly; SIGKILL is the point of the test.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIOKafkaConsumer, type GroupProtocol } from '../src/consumer/index.js';
import type { TopicPartition } from '../src/topic-partition.js';

const [bootstrap, topic, groupId, groupProtocol, outDir, name] = process.argv.slice(2);
const processedFile = join(outDir, `${name}.processed`);
const eventsFile = join(outDir, `${name}.events`);
const event = (kind: string, tps: ReadonlySet<TopicPartition>) =>
  appendFileSync(
    eventsFile,
    `${JSON.stringify({ t: Date.now(), name, kind, partitions: [...tps].map((tp) => tp.partition) })}\n`,
  );

const consumer = new AIOKafkaConsumer({
  bootstrapServers: bootstrap,
  groupId,
  groupProtocol: groupProtocol as GroupProtocol,
  clientId: name,
  enableAutoCommit: false,
  autoOffsetReset: 'earliest',
  fetchMaxWaitMs: 100,
  ...(groupProtocol === 'classic' ? { heartbeatIntervalMs: 500, sessionTimeoutMs: 6_000 } : {}),
});
consumer.subscribe({
  topics: [topic],
  listener: {
    onPartitionsAssigned: (tps) => event('assigned', tps),
    onPartitionsRevoked: (tps) => event('revoked', tps),
    onPartitionsLost: (tps) => event('lost', tps),
  },
});

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
  void consumer.stop();
});

await consumer.start();
appendFileSync(eventsFile, `${JSON.stringify({ t: Date.now(), name, kind: 'started', partitions: [] })}\n`);
while (!stopping) {
  let batch: Awaited<ReturnType<typeof consumer.getMany>>;
  try {
    batch = await consumer.getMany({ timeoutMs: 200, maxRecords: 100 });
  } catch (err) {
    if ((err as Error).name === 'ConsumerStoppedError') break;
    throw err;
  }
  if (batch.size === 0) continue;
  const lines: string[] = [];
  const offsets = new Map<TopicPartition, bigint>();
  for (const [tp, records] of batch) {
    for (const r of records) lines.push(`${tp.partition} ${r.offset}`);
    offsets.set(tp, records[records.length - 1].offset + 1n);
  }
  await new Promise((r) => setTimeout(r, 20)); // the "work"
  appendFileSync(processedFile, `${lines.join('\n')}\n`);
  await consumer.commit(offsets).catch(() => undefined); // CommitFailedError after a move: redelivered, fine
}
await consumer.stop();
appendFileSync(eventsFile, `${JSON.stringify({ t: Date.now(), name, kind: 'stopped', partitions: [] })}\n`);
process.exit(0);
