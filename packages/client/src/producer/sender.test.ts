// The sender's sequencing, pipelining and splitting rules, driven against a small in-process model
// of a broker's idempotence checks (Kafka's ProducerStateManager rules) with faults the test
// injects. The real-broker behaviour is covered by test/producer-engine.it.test.ts and
// test/producer-faults.it.test.ts; this pins down sequences a broker produces only under unlucky
// timing.
import {
  ConnectionError,
  decodeRecordBatchesSync,
  ErrorCode,
  type ProduceRequest,
  type ProduceResponse,
  RecordTooLargeError,
  ZERO_UUID,
} from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster/cluster.js';
import { MetadataSnapshot } from '../cluster/metadata.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { BufferBudget } from './buffer-budget.js';
import { type ProducerOptions, resolveProducerOptions } from './options.js';
import { ProducerIdentity } from './producer-identity.js';
import { RecordAccumulator } from './record-accumulator.js';
import type { RecordMetadata } from './record-metadata.js';
import { Sender } from './sender.js';

const TOPIC = 't';

/** One batch as the broker received it. */
interface Arrival {
  partition: number;
  producerId: bigint;
  epoch: number;
  sequence: number;
  values: string[];
  /** The error code the broker answered with. */
  errorCode: number;
}

/**
 * A fault for the next batch of a partition that matches: answer `errorCode` without writing, or
 * (`lostReply`) write it and then drop the connection before the answer.
 */
interface Fault {
  partition: number;
  errorCode?: number;
  lostReply?: boolean;
}

/** The broker's producer state for one partition. */
interface PartitionState {
  producerId: bigint;
  epoch: number;
  lastSequence: number;
  /** Sequences of the batches it wrote last, for duplicate detection. */
  recent: { first: number; last: number }[];
}

/**
 * A one-broker cluster whose Produce handling follows Kafka's idempotence rules: with no state for
 * the producer any first sequence is accepted; a higher epoch must start at 0; otherwise the
 * sequence must follow the last one, and a repeat of a recent batch is DUPLICATE_SEQUENCE_NUMBER.
 */
class ModelBroker {
  readonly log = new Map<number, string[]>();
  readonly arrivals: Arrival[] = [];
  readonly faults: Fault[] = [];
  /** Batches above this many encoded bytes are refused with MESSAGE_TOO_LARGE. */
  maxBatchBytes = Number.POSITIVE_INFINITY;
  /** Produce requests answered so far, and the most in flight at once per partition. */
  inFlight = new Map<number, number>();
  maxInFlight = new Map<number, number>();
  /** Resolves the first connection only when this promise does (a slow connection set-up). */
  firstConnection: Promise<void> = Promise.resolve();
  private connections = 0;
  private readonly state = new Map<number, PartitionState>();
  private gate: Promise<void> = Promise.resolve();

  constructor(private readonly partitions: number) {}

  /** Holds every answer until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((r) => {
      release = r;
    });
    return release;
  }

  cluster(): Cluster {
    const metadata = MetadataSnapshot.empty().merge(
      {
        brokers: [{ nodeId: 1, host: 'h', port: 1 }],
        topics: [
          {
            errorCode: 0,
            name: TOPIC,
            topicId: ZERO_UUID,
            partitions: Array.from({ length: this.partitions }, (_, i) => ({
              errorCode: 0,
              partitionIndex: i,
              leaderId: 1,
              replicaNodes: [1],
              isrNodes: [1],
            })),
          },
        ],
      },
      0,
    );
    const request = (_api: unknown, body: ProduceRequest) => this.produce(body);
    return {
      metadata,
      refreshMetadata: async () => metadata,
      connection: async () => {
        if (this.connections++ === 0) await this.firstConnection;
        return { request };
      },
    } as unknown as Cluster;
  }

  private async produce(body: ProduceRequest): Promise<ProduceResponse> {
    const answers: { index: number; errorCode: number; baseOffset: bigint }[] = [];
    let lost = false;
    const partitions = body.topicData[0].partitionData;
    for (const { index } of partitions) this.count(index, 1);
    await this.gate;
    await new Promise((r) => setImmediate(r));
    for (const { index, records } of partitions) {
      this.count(index, -1);
      const fault = this.takeFault(index);
      const answer = this.append(index, records!, fault?.errorCode);
      if (fault?.lostReply) lost = true;
      answers.push({ index, ...answer });
    }
    if (lost) throw new ConnectionError('connection lost before the answer (injected)');
    return { responses: [{ name: TOPIC, partitionResponses: answers }] };
  }

  private count(partition: number, delta: number): void {
    const now = (this.inFlight.get(partition) ?? 0) + delta;
    this.inFlight.set(partition, now);
    this.maxInFlight.set(partition, Math.max(this.maxInFlight.get(partition) ?? 0, now));
    for (const w of [...this.waiters]) {
      if (w.partition === partition && now === w.count) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  private readonly waiters = new Set<{ partition: number; count: number; resolve: () => void }>();

  /** Resolves when `count` requests with a batch of `partition` are waiting for their answer. */
  reached(partition: number, count: number): Promise<void> {
    if ((this.inFlight.get(partition) ?? 0) === count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ partition, count, resolve }));
  }

  private takeFault(partition: number): Fault | undefined {
    const i = this.faults.findIndex((f) => f.partition === partition);
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  private append(partition: number, records: Buffer, injected?: number): { errorCode: number; baseOffset: bigint } {
    const batch = decodeRecordBatchesSync(records)[0];
    const arrival: Arrival = {
      partition,
      producerId: batch.producerId,
      epoch: batch.producerEpoch,
      sequence: batch.baseSequence,
      values: batch.records.map((r) => r.value!.toString()),
      errorCode: 0,
    };
    this.arrivals.push(arrival);
    const log = this.log.get(partition) ?? [];
    this.log.set(partition, log);
    const refuse = (errorCode: number) => {
      arrival.errorCode = errorCode;
      return { errorCode, baseOffset: -1n };
    };
    if (injected !== undefined) return refuse(injected);
    if (records.length > this.maxBatchBytes) return refuse(ErrorCode.MESSAGE_TOO_LARGE);
    const first = batch.baseSequence;
    const last = first + batch.records.length - 1;
    const s = this.state.get(partition);
    if (s && s.producerId === batch.producerId) {
      if (batch.producerEpoch < s.epoch) return refuse(ErrorCode.INVALID_PRODUCER_EPOCH);
      if (batch.producerEpoch === s.epoch) {
        if (s.recent.some((r) => r.first === first && r.last === last))
          return refuse(ErrorCode.DUPLICATE_SEQUENCE_NUMBER);
        if (first !== s.lastSequence + 1) return refuse(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      } else if (first !== 0) return refuse(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    }
    // No state for this producer id on the partition: Kafka accepts any first sequence.
    const recent = s && s.producerId === batch.producerId && s.epoch === batch.producerEpoch ? s.recent : [];
    recent.push({ first, last });
    if (recent.length > 5) recent.shift();
    this.state.set(partition, { producerId: batch.producerId, epoch: batch.producerEpoch, lastSequence: last, recent });
    const baseOffset = BigInt(log.length);
    log.push(...arrival.values);
    return { errorCode: 0, baseOffset };
  }
}

interface Setup {
  broker: ModelBroker;
  sender: Sender;
  identity: ProducerIdentity;
  accumulator: RecordAccumulator;
  /** Queues one record in a batch of its own (closed at once). */
  send: (value: string, partition?: number) => Promise<RecordMetadata>;
  /** InitProducerId-style renewals asked of the producer. */
  renewals: () => number;
}

/**
 * A sender over a model broker. `renew` is what the producer does when the sender asks for a new
 * identity: by default what an idempotent AIOKafkaProducer does (bump the epoch itself).
 */
function setup(
  partitions = 1,
  options: ProducerOptions = {},
  renew: (id: ProducerIdentity) => void = (id) => id.set(id.producerId, id.epoch + 1),
): Setup {
  const broker = new ModelBroker(partitions);
  const resolved = resolveProducerOptions({ lingerMs: 0, retryBackoffMs: 1, retryBackoffMaxMs: 5, ...options });
  const identity = new ProducerIdentity();
  identity.set(7n, 0);
  const accumulator = new RecordAccumulator(resolved);
  let renewals = 0;
  const sender = new Sender(
    broker.cluster(),
    accumulator,
    new BufferBudget(resolved.bufferMemory),
    identity,
    resolved,
    {
      transactional: false,
      ensureIdentity: async () => {
        renewals++;
        renew(identity);
      },
      onFatal: (err) => {
        throw err;
      },
    },
  );
  const send = (value: string, partition = 0) => {
    const tp: TopicPartition = topicPartition(TOPIC, partition);
    const batch = accumulator.append(tp, { key: null, value: Buffer.from(value), timestamp: 0 }, 30);
    const index = batch.recordCount - 1;
    batch.close(); // one record per batch, so each is a request of its own
    return batch.recordPromise(index);
  };
  return { broker, sender, identity, accumulator, send, renewals: () => renewals };
}

describe('Sender, sequencing', () => {
  it('a new partition sends one batch until the broker acknowledged one: a refused first batch cannot be overtaken', async () => {
    // A new topic's partition answers NOT_LEADER_OR_FOLLOWER to its first batch. Had the second
    // batch been in flight too, the broker (holding no state for the producer) would have written
    // it first: records out of order, then an endless OUT_OF_ORDER_SEQUENCE_NUMBER on the first.
    const { broker, sender, send, renewals } = setup();
    broker.faults.push({ partition: 0, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER });
    const all = ['a', 'b', 'c', 'd'].map((v) => send(v));
    sender.wake();
    await Promise.all(all);
    expect(broker.log.get(0)).toEqual(['a', 'b', 'c', 'd']);
    expect(renewals()).toBe(0);
  });

  it('a batch refused as out of order behind a retried batch follows it instead of forcing a new epoch', async () => {
    const { broker, sender, send, renewals } = setup(1, { maxInFlightRequests: 5 });
    const warmUp = send('warm-up');
    sender.wake();
    await warmUp;
    // Now confirmed: batches are pipelined. The first of them is refused; the rest arrive too early.
    broker.faults.push({ partition: 0, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER });
    const all = ['a', 'b', 'c'].map((v) => send(v));
    sender.wake();
    await Promise.all(all);
    expect(broker.log.get(0)).toEqual(['warm-up', 'a', 'b', 'c']);
    expect(broker.arrivals.filter((a) => a.errorCode === ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER).length).toBe(2);
    expect(renewals()).toBe(0);
  });

  it('a real gap takes a new identity, and the resent batch carries it (not the bytes encoded before)', async () => {
    // InitProducerId for an idempotent producer hands out a new producer id at epoch 0 with the
    // same sequence 0: a batch encoded under the old id must not be reused as it was.
    const { broker, sender, send, renewals } = setup(1, {}, (id) => id.set(id.producerId + 1n, 0));
    broker.faults.push({ partition: 0, errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    const a = send('a');
    sender.wake();
    expect((await a).offset).toBe(0n);
    expect(renewals()).toBe(1);
    expect(broker.arrivals.map((x) => [x.producerId, x.epoch, x.sequence])).toEqual([
      [7n, 0, 0],
      [8n, 0, 0],
    ]);
  });

  it('a batch whose answer was lost is resent under its old identity before a new one is taken', async () => {
    // Partition 0's batch is written but its answer is lost; partition 1 meets a real gap at the
    // same time, so a new epoch is due. Re-sequenced under the new epoch, partition 0's batch would
    // be written twice; resent as it was, the broker recognises it.
    const { broker, sender, send, renewals } = setup(2);
    const warmUp = [send('p0-warm', 0), send('p1-warm', 1)];
    sender.wake();
    await Promise.all(warmUp);
    broker.faults.push(
      { partition: 0, lostReply: true },
      { partition: 1, errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER },
    );
    // Two requests (one answer lost, one a gap), answered together.
    const release = broker.hold();
    const results = [send('p0-once', 0)];
    sender.wake();
    await broker.reached(0, 1);
    results.push(send('p1-gap', 1));
    sender.wake();
    await broker.reached(1, 1);
    release();
    const [p0] = await Promise.all(results);
    expect(broker.log.get(0)).toEqual(['p0-warm', 'p0-once']);
    expect(broker.log.get(1)).toEqual(['p1-warm', 'p1-gap']);
    expect(p0.offset).toBe(-1n); // the broker's answer to the resend: a duplicate, offset unknown
    expect(renewals()).toBe(1);
    const resend = broker.arrivals.filter((a) => a.values[0] === 'p0-once');
    expect(resend.map((a) => a.epoch)).toEqual([0, 0]);
  });

  it('pipelines up to maxInFlightRequests batches of a confirmed partition, written in order', async () => {
    const { broker, sender, send } = setup(1, { maxInFlightRequests: 5 });
    const first = send('first');
    sender.wake();
    await first;
    const release = broker.hold();
    const values = Array.from({ length: 12 }, (_, i) => `v${i}`);
    const all = values.map((v) => send(v));
    sender.wake(); // one pass: the five requests go out at once, not one per answer
    await broker.reached(0, 5);
    release();
    await Promise.all(all);
    expect(broker.log.get(0)).toEqual(['first', ...values]);
    expect(broker.maxInFlight.get(0)).toBe(5);
  });
});

describe('Sender, write order', () => {
  it('writes requests to a broker in the order they were drained, even if an earlier one is slower to get going', async () => {
    // Request 1 (partition 0's first batch after the warm-up) waits for its connection longer than
    // request 2 (the partition's next batch); the broker must still see request 1 first.
    const { broker, sender, send } = setup(1, { maxInFlightRequests: 5 });
    let connected!: () => void;
    broker.firstConnection = new Promise((r) => {
      connected = r;
    });
    const warmUp = send('warm-up');
    sender.wake();
    await new Promise((r) => setTimeout(r, 0));
    expect(broker.arrivals).toEqual([]); // still connecting
    connected();
    await warmUp;
    const all = ['first', 'second'].map((v) => send(v));
    sender.wake();
    await Promise.all(all);
    expect(broker.log.get(0)).toEqual(['warm-up', 'first', 'second']);
    expect(broker.arrivals.every((a) => a.errorCode === 0)).toBe(true);
  });
});

describe('Sender, batches refused as too large', () => {
  function bigBatch(s: Setup, count: number, size: number): Promise<unknown>[] {
    const tp = topicPartition(TOPIC, 0);
    const out: Promise<unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const value = Buffer.alloc(size, 97 + (i % 26));
      value.write(String(i).padStart(4, '0'));
      const batch = s.accumulator.append(tp, { key: null, value, timestamp: 0 }, size + 21);
      const index = batch.recordCount - 1;
      out.push(batch.recordPromise(index));
    }
    return out;
  }

  it('splits a refused batch until every piece fits: every record delivered once, in order, with consecutive offsets', async () => {
    const s = setup(1, { maxBatchSize: 1024 * 1024 });
    s.broker.maxBatchBytes = 10_000;
    const results = bigBatch(s, 40, 600);
    s.sender.wake();
    const metadata = (await Promise.all(results)) as { offset: bigint }[];
    expect(metadata.map((m) => m.offset)).toEqual(Array.from({ length: 40 }, (_, i) => BigInt(i)));
    const log = s.broker.log.get(0)!;
    expect(log.map((v) => Number(v.slice(0, 4)))).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(s.renewals()).toBe(0);
    // The refusals taught the accumulator: the next 40 records go out in batches that fit.
    const refusedBefore = s.broker.arrivals.filter((a) => a.errorCode === ErrorCode.MESSAGE_TOO_LARGE).length;
    const more = bigBatch(s, 40, 600);
    s.sender.wake();
    await Promise.all(more);
    expect(s.broker.arrivals.filter((a) => a.errorCode === ErrorCode.MESSAGE_TOO_LARGE).length).toBe(refusedBefore);
    expect(s.broker.log.get(0)!.length).toBe(80);
  });

  it('a single record that is too large fails alone with RecordTooLargeError naming the topic and partition', async () => {
    const s = setup(1, { maxBatchSize: 1024 * 1024 });
    s.broker.maxBatchBytes = 5_000;
    const small = bigBatch(s, 3, 500);
    const tp = topicPartition(TOPIC, 0);
    const batch = s.accumulator.append(tp, { key: null, value: Buffer.alloc(8_000), timestamp: 0 }, 8_021);
    const index = batch.recordCount - 1;
    const big = batch.recordPromise(index);
    const after = bigBatch(s, 3, 500);
    s.sender.wake();
    const error = await big.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect((error as Error).message).toContain('topic=t partition=0');
    await Promise.all([...small, ...after]);
    expect(s.broker.log.get(0)!.length).toBe(6);
  });
});
