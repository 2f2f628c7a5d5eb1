// A consumer process for consumer-exit.it.test.ts:
//   node --import tsx consumer-exit-worker.ts <bootstrap> <topic> <groupId> <mode>
// mode `break`: consume with `for await` and break after the first record, doing nothing else;
// mode `signal`: consume with `for await` until the process gets a signal (no handler of its own);
// mode `own-handler`: as `signal`, but the application handles SIGINT itself (and keeps running);
// its handler reports whether the consumer still runs once every SIGINT listener ran.
// Prints `consuming` once the first record arrived.
import { AIOKafkaConsumer } from '../src/consumer/index.js';

const [bootstrap, topic, groupId, mode] = process.argv.slice(2);
if (mode === 'own-handler') {
  // After every SIGINT listener ran: is the consumer still running?
  process.on('SIGINT', () =>
    setImmediate(() =>
      consumer.getMany({ timeoutMs: 0 }).then(
        () => process.stdout.write('handled, still consuming\n'),
        (err: Error) => process.stdout.write(`handled, but ${err.name}\n`),
      ),
    ),
  );
}

const consumer = new AIOKafkaConsumer(topic, {
  bootstrapServers: bootstrap,
  groupId,
  autoOffsetReset: 'earliest',
  heartbeatIntervalMs: 500,
  sessionTimeoutMs: 30_000,
});
await consumer.start();
let first = true;
for await (const _ of consumer) {
  if (first) process.stdout.write('consuming\n');
  first = false;
  if (mode === 'break') break;
}
