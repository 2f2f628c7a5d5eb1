// A share-group member process for share-groups.it.test.ts:
//   node --import tsx share-member-worker.ts <bootstrap> <topic> <groupId> <mode>
// mode `accept`: implicit mode; after each batch, commit() and print `acked <offsets>` for the
//   offsets the broker confirmed (`failed <offsets>` for the others); stops on SIGTERM.
// mode `hold`: explicit mode; print `holding <offsets>` for the first batch and never acknowledge
//   (the test SIGKILLs the process while it holds the records).
import { AIOKafkaShareConsumer } from '../src/share/index.js';

const [bootstrap, topic, groupId, mode] = process.argv.slice(2);
const consumer = new AIOKafkaShareConsumer(topic, {
  bootstrapServers: bootstrap,
  groupId,
  fetchMaxWaitMs: 100,
  maxPollRecords: 100,
  acknowledgementMode: mode === 'hold' ? 'explicit' : 'implicit',
});
await consumer.start();
process.stdout.write('joined\n');
try {
  for (;;) {
    const batch = await consumer.getMany({ timeoutMs: 1_000 });
    const offsets = [...batch.values()].flat().map((r) => r.offset);
    if (offsets.length === 0) continue;
    if (mode === 'hold') {
      process.stdout.write(`holding ${offsets.join(',')}\n`);
      await new Promise(() => undefined); // until SIGKILL
    }
    const results = await consumer.commit();
    for (const r of results.values()) {
      if (r.error === null) process.stdout.write(`acked ${r.value.join(',')}\n`);
      else process.stdout.write(`failed ${r.error.name}\n`);
    }
  }
} catch (err) {
  if ((err as Error).name !== 'ConsumerStoppedError') throw err;
}
