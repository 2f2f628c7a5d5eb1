// send() on a topic whose metadata is not known yet waits for it (up to maxBlockMs). A metadata
// request lost to a connection reset is retried within that bound, as the Java producer does: it
// must not fail the send. Before the fix, the ConnectionError escaped from send() (issue 11; the
// chaos soak met it as an unhandled rejection when its first fault refused connections).
import { KafkaTimeoutError } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker } from '../../test/support/scripted-broker.js';
import { produceAnswer } from '../../test/support/scripted-fixtures.js';
import { AIOKafkaProducer } from './producer.js';

let broker: ScriptedBroker | undefined;
afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

function acceptEverything(b: ScriptedBroker): void {
  b.on('InitProducerId', () => ({ body: { throttleTimeMs: 0, errorCode: 0, producerId: 7n, producerEpoch: 0 } }));
  b.on('Produce', (req) => produceAnswer(req, () => ({ errorCode: 0, baseOffset: 0n })));
}

describe('send() waiting for a topic’s metadata', () => {
  it('a metadata request lost to a dropped connection is retried; the send succeeds', async () => {
    broker = await ScriptedBroker.start([]);
    acceptEverything(broker);
    const b = broker;
    let metadataRequests = 0;
    b.on('Metadata', (req) => {
      metadataRequests++;
      // The first (bootstrap) answer lists no topic. The next two are dropped: the refresh and the
      // client's own fall-back to the bootstrap list both fail. The topic exists from then on.
      if (metadataRequests === 2 || metadataRequests === 3) {
        if (metadataRequests === 3) b.topics.push({ name: 'fresh', partitions: 1 });
        return { close: true };
      }
      return b.answer(req);
    });
    await using producer = new AIOKafkaProducer({ bootstrapServers: b.address, retryBackoffMs: 10, maxBlockMs: 5_000 });
    await producer.start();
    const pending = await producer.send('fresh', 'v');
    expect(pending.topicPartition).toEqual({ topic: 'fresh', partition: 0 });
    expect((await pending.delivered).offset).toBe(0n);
    expect(metadataRequests).toBeGreaterThanOrEqual(4);
  });

  it('metadata that cannot be fetched within maxBlockMs: KafkaTimeoutError naming the topic and the cause', async () => {
    broker = await ScriptedBroker.start([]);
    acceptEverything(broker);
    const b = broker;
    let metadataRequests = 0;
    b.on('Metadata', (req) => (++metadataRequests === 1 ? b.answer(req) : { close: true }));
    await using producer = new AIOKafkaProducer({
      bootstrapServers: b.address,
      retryBackoffMs: 10,
      retryBackoffMaxMs: 20,
      maxBlockMs: 300,
    });
    await producer.start();
    const error = await producer.send('never', 'v').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KafkaTimeoutError);
    expect((error as Error).message).toMatch(/topic never .*maxBlockMs=300/);
    expect(metadataRequests).toBeGreaterThan(2);
  });
});
