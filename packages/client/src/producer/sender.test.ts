// The sender's retry rules for an idempotent producer, driven through scripted Produce responses.
// The real-broker behaviour is covered by test/producer-faults.it.test.ts; this pins down exact
// sequences that a broker produces only under unlucky timing.
import { type ProduceRequest, type ProduceResponse, ZERO_UUID } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster/cluster.js';
import { MetadataSnapshot } from '../cluster/metadata.js';
import { topicPartition } from '../topic-partition.js';
import { BufferBudget } from './buffer-budget.js';
import { resolveProducerOptions } from './options.js';
import { ProducerIdentity } from './producer-identity.js';
import { RecordAccumulator } from './record-accumulator.js';
import { Sender } from './sender.js';

const TOPIC = 't';

interface Sent {
  sequence: number;
  epoch: number;
}

/** A cluster of one broker that answers Produce requests from a script of error codes. */
function scriptedCluster(script: number[], sent: Sent[]): Cluster {
  let offset = 0n;
  const metadata = MetadataSnapshot.empty().merge(
    {
      brokers: [{ nodeId: 1, host: 'h', port: 1 }],
      topics: [
        {
          errorCode: 0,
          name: TOPIC,
          topicId: ZERO_UUID,
          partitions: [{ errorCode: 0, partitionIndex: 0, leaderId: 1, replicaNodes: [1], isrNodes: [1] }],
        },
      ],
    },
    0,
  );
  const request = async (_api: unknown, body: ProduceRequest): Promise<ProduceResponse> => {
    const records = body.topicData[0].partitionData[0].records!;
    // baseSequence sits at byte 53 and producerEpoch at 51 of a v2 batch header.
    sent.push({ sequence: records.readInt32BE(53), epoch: records.readInt16BE(51) });
    const errorCode = script.shift() ?? 0;
    await new Promise((r) => setTimeout(r, 5));
    const baseOffset = errorCode === 0 ? offset++ : -1n;
    return {
      responses: [{ name: TOPIC, partitionResponses: [{ index: 0, errorCode, baseOffset }] }],
    };
  };
  return {
    metadata,
    refreshMetadata: async () => metadata,
    connection: async () => ({ request }),
  } as unknown as Cluster;
}

function setup(script: number[]) {
  const sent: Sent[] = [];
  const options = resolveProducerOptions({ lingerMs: 0, retryBackoffMs: 1, retryBackoffMaxMs: 5 });
  const identity = new ProducerIdentity();
  identity.set(7n, 0);
  const accumulator = new RecordAccumulator(options);
  const budget = new BufferBudget(options.bufferMemory);
  let bumps = 0;
  const sender = new Sender(scriptedCluster(script, sent), accumulator, budget, identity, options, {
    transactional: false,
    ensureIdentity: async () => {
      bumps++;
      identity.set(identity.producerId, identity.epoch + 1);
    },
    onFatal: (err) => {
      throw err;
    },
  });
  const tp = topicPartition(TOPIC, 0);
  const send = (value: string) => {
    const { batch, index } = accumulator.append(tp, { key: null, value: Buffer.from(value), timestamp: 0 }, 30);
    batch.closed = true; // one record per batch, so each is its own request
    return batch.recordPromise(index);
  };
  return { sender, send, sent, bumps: () => bumps };
}

describe('Sender, idempotent retries', () => {
  it('a batch refused as out of order behind a retried batch follows it instead of failing', async () => {
    // A gets NOT_LEADER_OR_FOLLOWER (retriable); B, already in flight, gets OUT_OF_ORDER_SEQUENCE.
    const { sender, send, sent } = setup([6, 45]);
    const a = send('a');
    const b = send('b');
    sender.wake(); // sends A
    await new Promise((r) => setImmediate(r));
    sender.wake(); // sends B while A is still in flight
    const [ma, mb] = await Promise.all([a, b]);
    expect([ma.offset, mb.offset]).toEqual([0n, 1n]);
    // Both went out twice, with their original sequence numbers, A before B.
    expect(sent.map((s) => s.sequence)).toEqual([0, 1, 0, 1]);
  });

  it('an out-of-order refusal with nothing earlier pending bumps the epoch and resends', async () => {
    const { sender, send, sent, bumps } = setup([45]);
    const a = send('a');
    sender.wake();
    expect((await a).offset).toBe(0n);
    expect(bumps()).toBe(1);
    expect(sent).toEqual([
      { sequence: 0, epoch: 0 },
      { sequence: 0, epoch: 1 },
    ]);
  });

  it('DUPLICATE_SEQUENCE_NUMBER counts as delivered (offset unknown)', async () => {
    const { sender, send } = setup([46]);
    const a = send('a');
    sender.wake();
    expect((await a).offset).toBe(-1n);
  });
});

describe('Sender, write order', () => {
  it('writes requests to a broker in the order they were drained, even if an earlier one is slower to get going', async () => {
    // Request 1 (partition 0's first batch) waits longer for its connection than request 2
    // (partition 0's second batch); the broker must still see request 1 first.
    const written: number[] = [];
    const metadata = MetadataSnapshot.empty().merge(
      {
        brokers: [{ nodeId: 1, host: 'h', port: 1 }],
        topics: [
          {
            errorCode: 0,
            name: TOPIC,
            topicId: ZERO_UUID,
            partitions: [{ errorCode: 0, partitionIndex: 0, leaderId: 1, replicaNodes: [1], isrNodes: [1] }],
          },
        ],
      },
      0,
    );
    let offset = 0n;
    const request = async (_api: unknown, body: ProduceRequest): Promise<ProduceResponse> => {
      written.push(body.topicData[0].partitionData[0].records!.readInt32BE(53));
      await new Promise((r) => setTimeout(r, 5));
      return { responses: [{ name: TOPIC, partitionResponses: [{ index: 0, errorCode: 0, baseOffset: offset++ }] }] };
    };
    let calls = 0;
    const connection = async () => {
      if (calls++ === 0) await new Promise((r) => setTimeout(r, 30));
      return { request };
    };
    const cluster = { metadata, refreshMetadata: async () => metadata, connection } as unknown as Cluster;
    const options = resolveProducerOptions({ lingerMs: 0 });
    const identity = new ProducerIdentity();
    identity.set(7n, 0);
    const accumulator = new RecordAccumulator(options);
    const sender = new Sender(cluster, accumulator, new BufferBudget(options.bufferMemory), identity, options, {
      transactional: false,
      ensureIdentity: async () => undefined,
      onFatal: (err) => {
        throw err;
      },
    });
    const results = [];
    for (const value of ['first', 'second']) {
      const { batch, index } = accumulator.append(
        topicPartition(TOPIC, 0),
        { key: null, value: Buffer.from(value), timestamp: 0 },
        30,
      );
      batch.closed = true;
      results.push(batch.recordPromise(index));
    }
    sender.wake(); // request 1
    await new Promise((r) => setTimeout(r, 5));
    sender.wake(); // request 2, drained while request 1 still waits for its connection
    await Promise.all(results);
    expect(written).toEqual([0, 1]);
  });
});
