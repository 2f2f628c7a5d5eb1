// The transaction manager's error paths on the scripted broker (DESIGN rule 11): the test plays the
// transaction coordinator (FindCoordinator, InitProducerId, AddPartitionsToTxn, EndTxn) and the
// partition leader, and checks what a transactional producer does with a coordinator that is busy,
// one that is unavailable for a moment, and one that says another producer took over the
// transactional id. It waits on promises and the broker's request log, never on a sleep.
import {
  type AddPartitionsToTxnRequest,
  type EndTxnRequest,
  ErrorCode,
  type InitProducerIdRequest,
  type ProduceRequest,
  ProducerFencedError,
} from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { nextConnectionClose } from '../../test/support/connection-closed.js';
import { ScriptedBroker, type ScriptedRequest } from '../../test/support/scripted-broker.js';
import {
  acceptProduce,
  findCoordinatorAnswer,
  outcomeWithin,
  positionOf,
} from '../../test/support/scripted-fixtures.js';
import { AIOKafkaProducer } from './producer.js';

const TOPIC = 'txn';
const TXN_ID = 'scripted-txn';
const PRODUCER_ID = 4242n;
let broker: ScriptedBroker | undefined;

afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

/**
 * A transaction coordinator that accepts everything, with per-API overrides: `addPartitions`,
 * `endTxn` and `initProducerId` pick the error code of their n-th request (0-based; 0 = fine).
 */
function scriptCoordinator(
  b: ScriptedBroker,
  faults: {
    initProducerId?: (n: number) => number;
    addPartitions?: (n: number) => number;
    endTxn?: (n: number) => number;
  } = {},
) {
  const count = { init: 0, add: 0, end: 0 };
  b.on('FindCoordinator', findCoordinatorAnswer(b));
  b.on('InitProducerId', (req) => {
    const body = req.body as InitProducerIdRequest;
    const errorCode = faults.initProducerId?.(count.init++) ?? 0;
    const epoch = body.producerEpoch !== undefined && body.producerEpoch >= 0 ? body.producerEpoch + 1 : 0;
    return {
      body:
        errorCode === 0
          ? { throttleTimeMs: 0, errorCode, producerId: PRODUCER_ID, producerEpoch: epoch }
          : { throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 },
    };
  });
  b.on('AddPartitionsToTxn', (req) => {
    const body = req.body as AddPartitionsToTxnRequest;
    const errorCode = faults.addPartitions?.(count.add++) ?? 0;
    return {
      body: {
        throttleTimeMs: 0,
        resultsByTopicV3AndBelow: (body.v3AndBelowTopics ?? []).map((t) => ({
          name: t.name,
          resultsByPartition: t.partitions.map((partitionIndex) => ({ partitionIndex, partitionErrorCode: errorCode })),
        })),
      },
    };
  });
  b.on('EndTxn', () => ({ body: { throttleTimeMs: 0, errorCode: faults.endTxn?.(count.end++) ?? 0 } }));
  b.on('Produce', acceptProduce);
}

async function transactionalProducer(b: ScriptedBroker): Promise<AIOKafkaProducer> {
  const producer = new AIOKafkaProducer({
    bootstrapServers: b.address,
    transactionalId: TXN_ID,
    lingerMs: 0,
    retryBackoffMs: 10,
    retryBackoffMaxMs: 50,
    maxBlockMs: 5_000,
    metadataMaxAgeMs: 600_000,
  });
  await producer.start();
  return producer;
}

const endTxnOf = (req: ScriptedRequest) => req.body as EndTxnRequest;

describe('transactional producer: coordinator errors', () => {
  it('AddPartitionsToTxn answered CONCURRENT_TRANSACTIONS once is retried; the records go out after it, and the commit succeeds', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    scriptCoordinator(b, { addPartitions: (n) => (n === 0 ? ErrorCode.CONCURRENT_TRANSACTIONS : 0) });
    await using producer = await transactionalProducer(b);

    producer.beginTransaction();
    const pending = await producer.send(TOPIC, 'in-txn');
    await producer.commitTransaction();
    expect((await pending.delivered).offset).toBe(0n);

    const adds = b.received('AddPartitionsToTxn');
    expect(adds).toHaveLength(2);
    for (const add of adds) {
      expect(add.body).toMatchObject({
        v3AndBelowTransactionalId: TXN_ID,
        v3AndBelowProducerId: PRODUCER_ID,
        v3AndBelowProducerEpoch: 0,
        v3AndBelowTopics: [{ name: TOPIC, partitions: [0] }],
      });
    }
    // No record goes out before its partition is in the transaction.
    const produces = b.received('Produce');
    expect(produces).toHaveLength(1);
    expect(positionOf(b, produces[0])).toBeGreaterThan(positionOf(b, adds[1]));
    const ends = b.received('EndTxn');
    expect(ends).toHaveLength(1);
    expect(endTxnOf(ends[0])).toMatchObject({ transactionalId: TXN_ID, producerId: PRODUCER_ID, committed: true });
    expect(positionOf(b, ends[0])).toBeGreaterThan(positionOf(b, produces[0]));
  });

  it('AddPartitionsToTxn answered PRODUCER_FENCED: the producer is fenced for good; commit, the pending record, send and every later call reject with ProducerFencedError', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    scriptCoordinator(b, { addPartitions: () => ErrorCode.PRODUCER_FENCED });
    const producer = await transactionalProducer(b);
    try {
      producer.beginTransaction();
      const pending = await producer.send(TOPIC, 'never-written');
      // The common pattern: commit right after sending, while AddPartitionsToTxn is still out. A
      // fenced producer has nothing to wait for: both settle at once (bounded so that a hang
      // reads as a failed expectation).
      const [commit, delivered] = await Promise.all([
        outcomeWithin(producer.commitTransaction(), 2_000),
        outcomeWithin(pending.delivered, 2_000),
      ]);
      expect.soft(commit).toEqual({ status: 'rejected', reason: expect.any(ProducerFencedError) });
      expect.soft(delivered).toEqual({ status: 'rejected', reason: expect.any(ProducerFencedError) });

      expect.soft(await failureOf(producer.send(TOPIC, 'later'))).toBeInstanceOf(ProducerFencedError);
      expect.soft(() => producer.beginTransaction()).toThrow(ProducerFencedError);
      expect.soft(await failureOf(producer.commitTransaction())).toBeInstanceOf(ProducerFencedError);
      expect.soft(await failureOf(producer.abortTransaction())).toBeInstanceOf(ProducerFencedError);
      expect.soft(b.received('Produce')).toHaveLength(0);
      expect.soft(b.received('EndTxn')).toHaveLength(0);
      // Fenced is final: the partition is not offered to the coordinator again and again.
      expect.soft(b.received('AddPartitionsToTxn').length).toBe(1);
    } finally {
      await producer.stop({ timeoutMs: 0 });
    }
  });

  it('InitProducerId answered PRODUCER_FENCED (initTransactions after start): fatal; begin, send and commit reject with ProducerFencedError', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    // start() gets epoch 0; the re-initialisation finds a newer producer holding the id.
    scriptCoordinator(b, { initProducerId: (n) => (n === 0 ? 0 : ErrorCode.PRODUCER_FENCED) });
    await using producer = await transactionalProducer(b);

    expect(await failureOf(producer.initTransactions())).toBeInstanceOf(ProducerFencedError);
    const inits = b.received('InitProducerId');
    expect(inits).toHaveLength(2);
    // The second one asked to bump the epoch it holds (KIP-360).
    expect(inits[1].body).toMatchObject({ transactionalId: TXN_ID, producerId: PRODUCER_ID, producerEpoch: 0 });

    expect(() => producer.beginTransaction()).toThrow(ProducerFencedError);
    expect(await failureOf(producer.send(TOPIC, 'later'))).toBeInstanceOf(ProducerFencedError);
    expect(await failureOf(producer.commitTransaction())).toBeInstanceOf(ProducerFencedError);
    expect(await failureOf(producer.initTransactions())).toBeInstanceOf(ProducerFencedError);
    expect(b.received('InitProducerId')).toHaveLength(2);
    expect(b.received('Produce')).toHaveLength(0);
  });

  it('InitProducerId answered PRODUCER_FENCED at start: start() rejects with ProducerFencedError', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    scriptCoordinator(b, { initProducerId: () => ErrorCode.PRODUCER_FENCED });
    const producer = new AIOKafkaProducer({ bootstrapServers: b.address, transactionalId: TXN_ID, maxBlockMs: 5_000 });
    expect(await failureOf(producer.start())).toBeInstanceOf(ProducerFencedError);
    expect(b.received('InitProducerId')).toHaveLength(1);
    await producer.stop();
  });

  it('EndTxn answered COORDINATOR_NOT_AVAILABLE, then success: commitTransaction resolves, after the coordinator was looked up again', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    scriptCoordinator(b, { endTxn: (n) => (n === 0 ? ErrorCode.COORDINATOR_NOT_AVAILABLE : 0) });
    await using producer = await transactionalProducer(b);

    producer.beginTransaction();
    const pending = await producer.send(TOPIC, 'in-txn');
    await producer.commitTransaction();
    expect((await pending.delivered).offset).toBe(0n);

    const ends = b.received('EndTxn');
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(endTxnOf(end)).toMatchObject({ producerId: PRODUCER_ID, committed: true });
    // COORDINATOR_NOT_AVAILABLE makes the producer find the coordinator again before retrying.
    const lookups = b.received('FindCoordinator');
    expect(
      lookups.some((f) => positionOf(b, f) > positionOf(b, ends[0]) && positionOf(b, f) < positionOf(b, ends[1])),
    ).toBe(true);
    // The producer is ready for the next transaction.
    producer.beginTransaction();
    const next = await producer.send(TOPIC, 'next');
    await producer.commitTransaction();
    await next.delivered;
    expect(b.received('EndTxn')).toHaveLength(3);
  });
});

describe('transactional producer: transaction.version 2 (KIP-890)', () => {
  /** A coordinator of a cluster at transaction.version 2: EndTxn v5+ bumps the epoch. */
  function scriptTransactionV2(b: ScriptedBroker) {
    b.on('ApiVersions', (req) => {
      const answer = b.answer(req) as { body: Record<string, unknown> };
      return {
        body: {
          ...answer.body,
          finalizedFeaturesEpoch: 7n,
          finalizedFeatures: [{ name: 'transaction.version', maxVersionLevel: 2, minVersionLevel: 2 }],
        },
      };
    });
    scriptCoordinator(b);
    b.on('EndTxn', (req) => {
      const body = endTxnOf(req);
      const bumped = req.apiVersion >= 5 ? { producerId: body.producerId, producerEpoch: body.producerEpoch + 1 } : {};
      return { body: { throttleTimeMs: 0, errorCode: 0, ...bumped } };
    });
  }

  it('a commit made while no connection is open keeps the version of the transaction: EndTxn v5 with Produce v12, no AddPartitionsToTxn, and the next transaction uses the bumped epoch', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    scriptTransactionV2(b);
    const clientId = `tv2-${process.pid}-${Date.now()}`;
    await using producer = new AIOKafkaProducer({
      bootstrapServers: b.address,
      clientId,
      transactionalId: TXN_ID,
      lingerMs: 0,
      retryBackoffMs: 10,
      metadataMaxAgeMs: 600_000,
    });
    await producer.start();

    producer.beginTransaction();
    const first = await producer.send(TOPIC, 'first');
    await first.delivered;
    // The client's only connection closes (a network fault): the commit starts with none open.
    expect(b.requests.every((r) => r.connection === 0)).toBe(true);
    const closed = nextConnectionClose(clientId);
    b.dropConnections();
    await closed;
    await producer.commitTransaction();

    producer.beginTransaction();
    const second = await producer.send(TOPIC, 'second');
    await producer.commitTransaction();
    await second.delivered;

    const ends = b.received('EndTxn');
    expect(ends.map((e) => e.apiVersion >= 5)).toEqual([true, true]);
    expect(ends.map((e) => endTxnOf(e).producerEpoch)).toEqual([0, 1]);
    const produces = b.received('Produce');
    expect(produces.map((p) => p.apiVersion >= 12)).toEqual([true, true]);
    expect(produces.map((p) => (p.body as ProduceRequest).transactionalId)).toEqual([TXN_ID, TXN_ID]);
    expect(b.received('AddPartitionsToTxn')).toHaveLength(0);
  });
});
