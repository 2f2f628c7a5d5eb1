// One group member of the cluster chaos soak (chaos-cluster-soak.it.test.ts), run as its own
// process so the nemesis can SIGSTOP and SIGKILL it:
//   node --import tsx chaos-member-worker.ts <bootstrap> <topic> <groupId> <groupProtocol> <outDir> <name>
// Its lease log (`<name>.leases`, JSON lines) records every rebalance listener call with wall-clock
// time; its processing log (`<name>.processed`, lines `partition offset handedOutAt`) every record
// it was handed, written synchronously before it commits. SIGTERM stops it cleanly.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIOKafkaConsumer, type GroupProtocol } from '../src/consumer/index.js';
import type { TopicPartition } from '../src/topic-partition.js';
import { handoutClock } from './support/soak-faults.js';

const [bootstrap, topic, groupId, groupProtocol, outDir, name] = process.argv.slice(2);
const leases = join(outDir, `${name}.leases`);
const processed = join(outDir, `${name}.processed`);
const lease = (kind: string, tps: ReadonlySet<TopicPartition>) =>
  appendFileSync(
    leases,
    `${JSON.stringify({ t: Date.now(), kind, partitions: [...tps].map((tp) => tp.partition) })}\n`,
  );

// When each batch was handed out (stamped as it is handed out; see handoutClock).
const handouts = handoutClock();
const consumer = new AIOKafkaConsumer({
  valueDeserializer: handouts.valueDeserializer,
  bootstrapServers: bootstrap,
  groupId,
  groupProtocol: groupProtocol as GroupProtocol,
  clientId: name,
  enableAutoCommit: false,
  autoOffsetReset: 'earliest',
  fetchMaxWaitMs: 200,
  requestTimeoutMs: 5_000,
  ...(groupProtocol === 'classic' ? { heartbeatIntervalMs: 500, sessionTimeoutMs: 6_000 } : {}),
});
consumer.subscribe({
  topics: [topic],
  listener: {
    onPartitionsAssigned: (tps) => lease('assigned', tps),
    onPartitionsRevoked: (tps) => lease('revoked', tps),
    onPartitionsLost: (tps) => lease('lost', tps),
  },
});

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
  void consumer.stop();
});

await consumer.start();
while (!stopping) {
  let batch: Awaited<ReturnType<typeof consumer.getMany>>;
  handouts.reset();
  try {
    batch = await consumer.getMany({ timeoutMs: 200, maxRecords: 500 });
  } catch (err) {
    if ((err as Error).name === 'ConsumerStoppedError') break;
    process.stderr.write(`getMany: ${(err as Error).name}: ${(err as Error).message}\n`);
    continue;
  }
  if (batch.size === 0) continue;
  const at = handouts.handedOutAt();
  const lines: string[] = [];
  const offsets = new Map<TopicPartition, bigint>();
  for (const [tp, records] of batch) {
    for (const r of records) lines.push(`${tp.partition} ${r.offset} ${at}`);
    offsets.set(tp, records[records.length - 1].offset + 1n);
  }
  appendFileSync(processed, `${lines.join('\n')}\n`);
  // A commit refused after the group moved on means redelivery elsewhere: at-least-once, fine.
  await consumer.commit(offsets).catch(() => undefined);
}
await consumer.stop();
appendFileSync(leases, `${JSON.stringify({ t: Date.now(), kind: 'stopped', partitions: [] })}\n`);
process.exit(0);
