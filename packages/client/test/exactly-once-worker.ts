// One copier of the exactly-once test (exactly-once.it.test.ts), run as its own process:
//   node --import tsx exactly-once-worker.ts <bootstrap> <inTopic> <outTopic> <groupId> <transactionalId> <name>
// A consume-transform-produce loop: getMany from <inTopic> (group, read_committed, no auto commit),
// upper-case each value, and in one transaction write the results to <outTopic> and commit the
// input offsets with sendOffsetsToTransaction(offsets, consumer.groupMetadata()).
//
// It reports on stdout, one line each, so that the test can kill it at chosen points:
//   `ready`                  producer fenced its predecessor, consumer started
//   `assigned <p,...>`, `revoked <p,...>`, `lost <p,...>`   rebalance listener calls
//   `resumed after <ms>`     the process was frozen while processing (see EOS_RESUMED_WORK_MS)
//   `got <n>`                getMany returned n records; "processing" them (EOS_WORK_MS, default 20)
//   `flushed <n>`            the n records of the open transaction are in the output log, uncommitted
//   `committed <total>`      a transaction committed; <total> records copied by this process
//   `aborted <reason>`       a transaction aborted (e.g. a rebalance); positions rewound
//   `fenced <reason>`        a newer producer or group generation took over: the process exits
// EOS_PAUSE_MS (default 20) is a pause between `flushed` and the commit, which widens the window in
// which a SIGKILL leaves written-but-uncommitted records behind.
import { setTimeout as sleep } from 'node:timers/promises';
import { AIOKafkaConsumer, AIOKafkaProducer, type TopicPartition } from '../src/index.js';

const [bootstrap, inTopic, outTopic, groupId, transactionalId, name] = process.argv.slice(2);
const pauseMs = Number(process.env.EOS_PAUSE_MS ?? 20);
const workMs = Number(process.env.EOS_WORK_MS ?? 20);
// A process frozen while processing (SIGSTOP, a long GC pause) goes on processing that batch for
// this long once it runs again: long enough for its consumer to rejoin the group in the background.
const resumedWorkMs = Number(process.env.EOS_RESUMED_WORK_MS ?? 3_000);
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
// Never outlive the test that started us (e.g. a test runner killed before its afterAll).
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(4);
}, 1_000).unref();

// The producer first: start() fences any zombie with this transactionalId and waits until the
// zombie's open transaction is aborted, so the consumer below reads stable committed offsets.
const producer = new AIOKafkaProducer<Buffer | null, Buffer>({
  bootstrapServers: bootstrap,
  clientId: name,
  transactionalId,
  transactionTimeoutMs: 30_000,
  lingerMs: 5,
});
await producer.start();

const consumer = new AIOKafkaConsumer({
  bootstrapServers: bootstrap,
  clientId: name,
  groupId,
  isolationLevel: 'read_committed',
  enableAutoCommit: false,
  autoOffsetReset: 'earliest',
  fetchMaxWaitMs: 100,
  heartbeatIntervalMs: 500,
  sessionTimeoutMs: 6_000,
});
const parts = (tps: ReadonlySet<TopicPartition>) => [...tps].map((tp) => tp.partition).join(',');
consumer.subscribe({
  topics: [inTopic],
  listener: {
    onPartitionsAssigned: (tps) => say(`assigned ${parts(tps)}`),
    onPartitionsRevoked: (tps) => say(`revoked ${parts(tps)}`),
    onPartitionsLost: (tps) => say(`lost ${parts(tps)}`),
  },
});
await consumer.start();
say('ready');

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

/** After an abort the consumer's positions are past records whose copies were discarded: rewind. */
async function rewind(): Promise<void> {
  const assigned = [...consumer.assignment()];
  if (assigned.length === 0) return;
  const committed = await consumer.seekToCommitted(...assigned);
  const never = [...committed].filter(([, o]) => o === null).map(([tp]) => tp);
  if (never.length > 0) await consumer.seekToBeginning(...never);
}

let total = 0;
while (!stopping) {
  const batch = await consumer.getMany({ timeoutMs: 200, maxRecords: 500 });
  if (batch.size === 0) continue;
  say(`got ${[...batch.values()].reduce((n, rs) => n + rs.length, 0)}`);
  const gotAt = Date.now();
  if (workMs > 0) await sleep(workMs); // the "work" between consuming and producing
  let count = 0;
  let group: ReturnType<typeof consumer.groupMetadata> | undefined;
  producer.beginTransaction();
  try {
    const offsets = new Map<TopicPartition, bigint>();
    for (const [tp, records] of batch) {
      for (const r of records) {
        const value = Buffer.from((r.value?.toString() ?? '').toUpperCase());
        await producer.send(outTopic, value, {
          key: r.key,
          partition: tp.partition,
          headers: [['eos-source', `${tp.partition}:${r.offset}`]],
        });
      }
      offsets.set(tp, records[records.length - 1].offset + 1n);
      count += records.length;
    }
    await producer.flush();
    say(`flushed ${count}`);
    if (pauseMs > 0) await sleep(pauseMs);
    if (Date.now() - gotAt > workMs + pauseMs + 1_000) {
      say(`resumed after ${Date.now() - gotAt} ms`);
      await sleep(resumedWorkMs);
    }
    group = consumer.groupMetadata();
    await producer.sendOffsetsToTransaction(offsets, group);
    await producer.commitTransaction();
    total += count;
    say(`committed ${total}`);
  } catch (err) {
    const e = err as Error;
    if (e.name === 'ProducerFencedError' || (err as { fatal?: boolean }).fatal === true) {
      say(`fenced ${e.name}: ${e.message}`);
      process.exit(3);
    }
    say(`aborted ${e.name}: ${e.message} (generation ${group?.generationId} member '${group?.memberId}')`);
    await producer.abortTransaction();
    await rewind();
  }
}
await consumer.stop();
await producer.stop();
process.exit(0);
