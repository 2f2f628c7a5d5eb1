// KIP-951: a broker that refuses a batch with NOT_LEADER_OR_FOLLOWER names the partition's
// current leader and that broker's endpoint. The producer sends the batch there at once, as the
// Java client does, instead of backing off and asking for metadata first. Without the hint it
// would learn the new leader only from a Metadata answer, which here keeps naming the old one.
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker, type ScriptedRequest } from '../../test/support/scripted-broker.js';
import { produceAnswer } from '../../test/support/scripted-fixtures.js';
import { AIOKafkaProducer } from './producer.js';

const brokers: ScriptedBroker[] = [];
afterEach(async () => {
  await Promise.all(brokers.splice(0).map((b) => b.stop()));
});

const hintAnswer = (req: ScriptedRequest, partition: (index: number) => Record<string, unknown>) =>
  produceAnswer(req, partition, {
    nodeEndpoints: [{ nodeId: 2, host: '127.0.0.1', port: newLeader().port, rack: null }],
  });
const newLeader = () => brokers[1];

describe('a leader hint in a Produce answer', () => {
  it('sends the refused batch to the leader it names, with no metadata request in between', async () => {
    const old = await ScriptedBroker.start([{ name: 't', partitions: 1 }]);
    const next = await ScriptedBroker.start([{ name: 't', partitions: 1 }]);
    brokers.push(old, next);
    // Metadata from either broker keeps naming node 1 (leader epoch 0): only the hint can move it.
    let metadataAfterRefusal = 0;
    let refused = false;
    for (const b of [old, next])
      b.on('Metadata', (req) => {
        if (refused) metadataAfterRefusal++;
        return old.answer(req);
      });
    for (const b of [old, next])
      b.on('InitProducerId', () => ({ body: { throttleTimeMs: 0, errorCode: 0, producerId: 7n, producerEpoch: 0 } }));
    old.on('Produce', (req) => {
      refused = true;
      return hintAnswer(req, () => ({
        errorCode: 6, // NOT_LEADER_OR_FOLLOWER
        baseOffset: -1n,
        currentLeader: { leaderId: 2, leaderEpoch: 1 },
      }));
    });
    next.on('Produce', (req) => hintAnswer(req, () => ({ errorCode: 0, baseOffset: 42n })));
    await using producer = new AIOKafkaProducer({
      bootstrapServers: old.address,
      lingerMs: 0,
      // A backoff far longer than the test: the retry must not wait for it.
      retryBackoffMs: 60_000,
      retryBackoffMaxMs: 60_000,
    });
    await producer.start();
    const sent = await producer.send('t', 'v');
    const metadata = await sent.delivered;
    expect(metadata.offset).toBe(42n);
    expect(old.received('Produce')).toHaveLength(1);
    expect(next.received('Produce')).toHaveLength(1);
    expect(next.received('Produce')[0].apiVersion).toBeGreaterThanOrEqual(10);
    expect(metadataAfterRefusal).toBe(0);
  });
});
