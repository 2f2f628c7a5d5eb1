// start() and stop() on the three clients, against the scripted broker: idempotent, abortable, and
// a stop that does not wait for a start stuck on the group.
import { AbortError, IllegalStateError } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker } from '../test/support/scripted-broker.js';
import { findCoordinatorAnswer } from '../test/support/scripted-fixtures.js';
import { AIOKafkaAdminClient } from './admin/index.js';
import { AIOKafkaConsumer } from './consumer/index.js';
import { AIOKafkaProducer } from './producer/index.js';

const TOPIC = 'lifecycle';
let broker: ScriptedBroker | undefined;

afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

describe('start() and stop()', () => {
  it('the consumer: a second start() waits for the same start; stop() gives up a start waiting for the group, and every stop() call waits for the same stop', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    broker.on('FindCoordinator', findCoordinatorAnswer(broker));
    broker.on('JoinGroup', () => ({ ignore: true })); // the group never answers
    const c = new AIOKafkaConsumer(TOPIC, {
      bootstrapServers: broker.address,
      groupId: 'g',
      handleExitSignals: false,
      defaultApiTimeoutMs: 1_000,
    });
    const first = c.start().then(
      () => 'started',
      (e: unknown) => e,
    );
    const second = c.start().then(
      () => 'started',
      (e: unknown) => e,
    );
    await until(() => broker!.received('JoinGroup').length > 0);
    const stops = [c.stop(), c.stop()];
    await Promise.all(stops);
    expect(stops[0]).toBe(stops[1]);
    // The start was given up, not left hanging: both calls settle, as the same failure.
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBeInstanceOf(Error);
    expect(b).toBe(a);
    await expect(c.start()).rejects.toBeInstanceOf(IllegalStateError);
  });

  it('the consumer: aborting start({ signal }) rejects with AbortError and stops the consumer', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    broker.on('FindCoordinator', findCoordinatorAnswer(broker));
    broker.on('JoinGroup', () => ({ ignore: true }));
    const c = new AIOKafkaConsumer(TOPIC, { bootstrapServers: broker.address, groupId: 'g', handleExitSignals: false });
    const abort = new AbortController();
    const started = c.start({ signal: abort.signal });
    await until(() => broker!.received('JoinGroup').length > 0);
    abort.abort();
    await expect(started).rejects.toBeInstanceOf(AbortError);
    await expect(c.getMany({ timeoutMs: 0 })).rejects.toThrow(/stopped/);
  });

  it('the producer: start() twice is one start; an aborted signal gives up at once', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    broker.on('InitProducerId', () => ({
      body: { throttleTimeMs: 0, errorCode: 0, producerId: 7n, producerEpoch: 0 },
    }));
    const p = new AIOKafkaProducer({ bootstrapServers: broker.address });
    const [one, two] = [p.start(), p.start()];
    expect(one).toBe(two);
    await one;
    await p.start(); // started: resolves again
    expect(broker.received('InitProducerId')).toHaveLength(1);
    await p.stop({ timeoutMs: 1_000 });
    await p.stop();
    await expect(p.start()).rejects.toBeInstanceOf(IllegalStateError);

    const aborted = new AIOKafkaProducer({ bootstrapServers: broker.address });
    await expect(aborted.start({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });

  it('the admin client: start() twice is one start, stop({ timeoutMs }) takes the same options', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const admin = new AIOKafkaAdminClient({ bootstrapServers: broker.address });
    await Promise.all([admin.start(), admin.start({})]);
    expect(broker.received('Metadata').length).toBeGreaterThanOrEqual(1);
    await admin.stop({ timeoutMs: 10 });
    await admin.stop();
    await expect(admin.start()).rejects.toBeInstanceOf(IllegalStateError);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}
