// produce() is send() without a promise when none is needed: a loop that buffers many records
// (the KafkaJS layer's send of thousands of messages) must not pay an await per record. It still
// has to keep send()'s order and errors: a promise when metadata must be fetched, a synchronous
// throw for bad input, and the same delivery as send().
import { InvalidTopicError } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker } from '../../test/support/scripted-broker.js';
import { produceAnswer } from '../../test/support/scripted-fixtures.js';
import { AIOKafkaProducer } from './producer.js';

let broker: ScriptedBroker | undefined;
afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

/** Answers every Produce: each batch of a partition gets a base offset above the last one's. */
function acceptBatches(b: ScriptedBroker): void {
  const next = new Map<number, bigint>();
  b.on('Produce', (req) =>
    produceAnswer(req, (index) => {
      const base = next.get(index) ?? 0n;
      next.set(index, base + 1000n);
      return { errorCode: 0, baseOffset: base };
    }),
  );
}

/**
 * Creates `topic` on `b` and holds every Metadata answer until the returned function is called:
 * the producer learns about the topic only then.
 */
function holdMetadataOfNewTopic(b: ScriptedBroker, topic: string, partitions: number): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  b.topics.push({ name: topic, partitions });
  b.on('Metadata', async (req) => {
    await held;
    return b.answer(req);
  });
  return release;
}

describe('produce()', () => {
  it('returns the pending delivery at once when the metadata is known, a promise before', async () => {
    broker = await ScriptedBroker.start([]);
    acceptBatches(broker);
    await using producer = new AIOKafkaProducer({ bootstrapServers: broker.address, acks: 1, lingerMs: 0 });
    await producer.start();
    broker.topics.push({ name: 't', partitions: 1 }); // created after the producer's first metadata
    const first = producer.produce('t', 'a');
    expect(first).toBeInstanceOf(Promise); // the topic's metadata is fetched first
    const a = await first;
    const b = producer.produce('t', 'b');
    expect(b).not.toBeInstanceOf(Promise);
    const sent = b as Exclude<typeof b, Promise<unknown>>;
    expect(sent.topicPartition).toEqual({ topic: 't', partition: 0 });
    const [ma, mb] = await Promise.all([a.delivered, sent.delivered]);
    expect(mb.offset).toBeGreaterThan(ma.offset);
  });

  it('throws bad input at once instead of returning a rejected promise', async () => {
    broker = await ScriptedBroker.start([{ name: 't', partitions: 1 }]);
    acceptBatches(broker);
    await using producer = new AIOKafkaProducer({ bootstrapServers: broker.address, acks: 1 });
    await producer.start();
    expect(() => producer.produce('bad topic', 'v')).toThrow(InvalidTopicError);
    expect(() => producer.produce('t', undefined as never)).toThrow(/undefined/);
    // send() reports the same errors as rejections
    await expect(producer.send('bad topic', 'v')).rejects.toBeInstanceOf(InvalidTopicError);
  });

  it("flush() waits for sends still waiting for the topic's metadata, and counts them as pending", async () => {
    broker = await ScriptedBroker.start([]);
    acceptBatches(broker);
    await using producer = new AIOKafkaProducer({ bootstrapServers: broker.address, acks: 1 });
    await producer.start();
    const releaseMetadata = holdMetadataOfNewTopic(broker, 't', 2);
    const sends = Array.from({ length: 10 }, (_, i) => producer.send('t', `v${i}`));
    expect(producer.pendingCount).toBe(10);
    let flushed = false;
    const flush = producer.flush().then((left) => {
      flushed = true;
      return left;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    releaseMetadata();
    expect(await flush).toBe(0);
    const delivered = await Promise.all(sends.map(async (s) => (await s).delivered));
    expect(delivered).toHaveLength(10);
    expect(producer.pendingCount).toBe(0);
  });

  it("stop() delivers the sends made before it that still wait for the topic's metadata, and refuses new ones", async () => {
    broker = await ScriptedBroker.start([]);
    acceptBatches(broker);
    const producer = new AIOKafkaProducer({ bootstrapServers: broker.address, acks: 1 });
    await producer.start();
    const releaseMetadata = holdMetadataOfNewTopic(broker, 't', 1);
    const sends = Array.from({ length: 5 }, (_, i) => producer.send('t', `v${i}`));
    const stopped = producer.stop();
    await expect(producer.send('t', 'late')).rejects.toThrow(/closed/);
    releaseMetadata();
    await stopped;
    const offsets = await Promise.all(sends.map(async (s) => (await (await s).delivered).offset));
    expect(offsets).toEqual([0n, 1n, 2n, 3n, 4n]);
  });
});
