// The member that gets stopped in consumer-stopped-member.it.test.ts, run as its own process:
//   node --import tsx consumer-stopped-member-worker.ts <bootstrap> <topic> <groupId> <groupProtocol>
// Writes one JSON line per event to stdout, with wall-clock times: what each getMany handed out
// (record counts per partition) and every rebalance listener call. SIGTERM stops it cleanly.
import { AIOKafkaConsumer, type GroupProtocol } from '../src/consumer/index.js';
import type { TopicPartition } from '../src/topic-partition.js';
import { handoutClock } from './support/soak-faults.js';

const [bootstrap, topic, groupId, groupProtocol] = process.argv.slice(2);
const emit = (e: object): void => {
  process.stdout.write(`${JSON.stringify({ t: Date.now(), ...e })}\n`);
};
const listed = (tps: ReadonlySet<TopicPartition>) => [...tps].map((tp) => tp.partition).sort((a, b) => a - b);

// When each batch was handed out (stamped as it is handed out; see handoutClock).
const handouts = handoutClock();
const consumer = new AIOKafkaConsumer({
  valueDeserializer: handouts.valueDeserializer,
  bootstrapServers: bootstrap,
  groupId,
  groupProtocol: groupProtocol as GroupProtocol,
  autoOffsetReset: 'earliest',
  fetchMaxWaitMs: 100,
  ...(groupProtocol === 'classic' ? { heartbeatIntervalMs: 500, sessionTimeoutMs: 6_000 } : {}),
});
consumer.subscribe({
  topics: [topic],
  listener: {
    onPartitionsAssigned: (tps) => emit({ kind: 'assigned', partitions: listed(tps) }),
    onPartitionsRevoked: (tps) => emit({ kind: 'revoked', partitions: listed(tps) }),
    onPartitionsLost: (tps) => emit({ kind: 'lost', partitions: listed(tps) }),
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
    batch = await consumer.getMany({ timeoutMs: 200, maxRecords: 50 });
  } catch (err) {
    if ((err as Error).name === 'ConsumerStoppedError') break;
    throw err;
  }
  if (batch.size === 0) continue;
  const counts: Record<number, number> = {};
  for (const [tp, records] of batch) counts[tp.partition] = records.length;
  emit({ kind: 'records', counts, t: handouts.handedOutAt() });
  await new Promise((r) => setTimeout(r, 10)); // the "work"
}
await consumer.stop();
process.exit(0);
