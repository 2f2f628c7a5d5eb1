// The share consumer's engine on the scripted broker (DESIGN rule 11): the test plays the group
// coordinator (ShareGroupHeartbeat) and the partition leader (ShareFetch, ShareAcknowledge) and
// checks what the member sends back: the member id it made up, epochs of membership and of the
// share session, where acknowledgements ride, the reaction to session errors, fencing, a dropped
// connection and a cluster without share groups, one request in flight per broker, and the close
// order. Events are ordered by the broker's request log and by promises the test resolves.
import {
  type ApiVersionsResponse,
  ErrorCode,
  encodeRecordBatch,
  IllegalOperationError,
  IllegalStateError,
  type KafkaError,
  type ShareAcknowledgeRequest,
  type ShareFetchRequest,
  type ShareFetchResponse,
  type ShareGroupHeartbeatRequest,
  type ShareGroupHeartbeatResponse,
  ShareSessionNotFoundError,
  UnsupportedVersionError,
} from '@kafka-aio/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptedBroker, type ScriptedReply, type ScriptedRequest } from '../../test/support/scripted-broker.js';
import {
  Deferred,
  findCoordinatorAnswer,
  nthRequest,
  positionOf,
  until,
} from '../../test/support/scripted-fixtures.js';
import type { ClientStatistics } from '../observability/stats-types.js';
import { UnacknowledgedRecordsError } from './errors.js';
import type { ShareConsumerOptions } from './options.js';
import { AIOKafkaShareConsumer } from './share-consumer.js';
import type { AcknowledgementCommit } from './types.js';

const TOPIC = 'jobs';
const TOPIC_ID = 'U2hhcmVUb3BpY0lkMDAwMQ';
const GROUP = 'share-scripted';
let broker: ScriptedBroker | undefined;
let consumer: AIOKafkaShareConsumer | undefined;

afterEach(async () => {
  await consumer?.stop({ timeoutMs: 2_000 });
  consumer = undefined;
  await broker?.stop();
  broker = undefined;
});

type FetchAnswer = (req: ScriptedRequest, body: ShareFetchRequest, n: number) => ScriptedReply | Promise<ScriptedReply>;

/** Three records at offsets 0..2 in one batch. */
const threeRecords = () =>
  encodeRecordBatch({ baseOffset: 0n, records: ['a', 'b', 'c'].map((v) => ({ key: null, value: Buffer.from(v) })) });

function fetchResponse(
  partition: Partial<ShareFetchResponse['responses'][number]['partitions'][number]> = {},
  top: Partial<ShareFetchResponse> = {},
): { body: ShareFetchResponse } {
  return {
    body: {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      acquisitionLockTimeoutMs: 30_000,
      responses: [
        {
          topicId: TOPIC_ID,
          partitions: [
            {
              partitionIndex: 0,
              errorCode: 0,
              errorMessage: null,
              acknowledgeErrorCode: 0,
              acknowledgeErrorMessage: null,
              currentLeader: { leaderId: 1, leaderEpoch: 0 },
              records: Buffer.alloc(0),
              acquiredRecords: [],
              ...partition,
            },
          ],
        },
      ],
      nodeEndpoints: [],
      ...top,
    },
  };
}

/** A ShareFetch answer with nothing acquired (the default after the first). */
const nothing = () => fetchResponse();

const acksOf = (body: ShareFetchRequest | ShareAcknowledgeRequest) =>
  body.topics.flatMap((t) => t.partitions.flatMap((p) => p.acknowledgementBatches));

/**
 * Scripts a share-group coordinator and leader. Heartbeats: `heartbeat(n, body)` may override the
 * default answer (the member's epoch + 1, partition 0 assigned, a 20 ms interval). ShareFetch:
 * `fetch` decides; ShareAcknowledge: `ack`, by default every partition succeeds.
 */
async function script(
  fetch: FetchAnswer,
  {
    heartbeat,
    ack,
  }: {
    heartbeat?: (n: number, body: ShareGroupHeartbeatRequest) => Partial<ShareGroupHeartbeatResponse> | undefined;
    ack?: (req: ScriptedRequest) => ScriptedReply | Promise<ScriptedReply>;
  } = {},
): Promise<ScriptedBroker> {
  const b = await ScriptedBroker.start([{ name: TOPIC, partitions: 1, topicId: TOPIC_ID }]);
  b.on('FindCoordinator', findCoordinatorAnswer(b));
  let beats = 0;
  b.on('ShareGroupHeartbeat', (req) => {
    const body = req.body as ShareGroupHeartbeatRequest;
    const base: ShareGroupHeartbeatResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      memberId: body.memberId,
      memberEpoch: body.memberEpoch < 0 ? body.memberEpoch : body.memberEpoch + 1,
      heartbeatIntervalMs: 20,
      assignment: body.memberEpoch === 0 ? { topicPartitions: [{ topicId: TOPIC_ID, partitions: [0] }] } : null,
    };
    if (body.memberEpoch < 0) return { body: base };
    return { body: { ...base, ...heartbeat?.(beats++, body) } };
  });
  let fetches = 0;
  b.on('ShareFetch', (req) => fetch(req, req.body as ShareFetchRequest, fetches++));
  b.on(
    'ShareAcknowledge',
    ack ??
      ((req) => {
        const body = req.body as ShareAcknowledgeRequest;
        return {
          body: {
            throttleTimeMs: 0,
            errorCode: 0,
            errorMessage: null,
            acquisitionLockTimeoutMs: 30_000,
            responses: body.topics.map((t) => ({
              topicId: t.topicId,
              partitions: t.partitions.map((p) => ({
                partitionIndex: p.partitionIndex,
                errorCode: 0,
                errorMessage: null,
                currentLeader: { leaderId: 1, leaderEpoch: 0 },
              })),
            })),
            nodeEndpoints: [],
          },
        };
      }),
  );
  return b;
}

function member(b: ScriptedBroker, extra: Partial<ShareConsumerOptions> = {}): AIOKafkaShareConsumer {
  consumer = new AIOKafkaShareConsumer(TOPIC, {
    bootstrapServers: b.address,
    groupId: GROUP,
    fetchMaxWaitMs: 10,
    retryBackoffMs: 10,
    retryBackoffMaxMs: 50,
    handleExitSignals: false,
    // Most tests pin Java's request flow (fetch only when getMany finds the buffer empty).
    fetchAhead: false,
    ...extra,
  });
  return consumer;
}

/** Waits for a batch (the scripted leader answers at once, so a few rounds may be empty). */
async function batchOf(c: AIOKafkaShareConsumer) {
  return [...(await c.getMany({ timeoutMs: 3_000 })).values()].flat();
}

describe('AIOKafkaShareConsumer on a scripted broker', () => {
  it('joins with its own member id at epoch 0, opens the session at epoch 0 without acknowledgements, piggy-backs the implicit accepts at epoch 1, and on stop closes the session before leaving', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
        : nothing(),
    );
    const c = member(broker);
    await c.start();
    const join = (await nthRequest(broker, 'ShareGroupHeartbeat', 0)).body as ShareGroupHeartbeatRequest;
    expect(join).toMatchObject({ groupId: GROUP, memberEpoch: 0, subscribedTopicNames: [TOPIC] });
    expect(join.memberId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const got = await batchOf(c);
    expect(got.map((r) => [r.value?.toString(), r.deliveryCount])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    const first = broker.received('ShareFetch')[0].body as ShareFetchRequest;
    expect(first).toMatchObject({
      shareSessionEpoch: 0,
      memberId: join.memberId,
      maxRecords: 500,
      shareAcquireMode: 0,
    });
    expect(acksOf(first)).toEqual([]);
    await c.getMany({ timeoutMs: 0 });
    const second = broker.received('ShareFetch')[1].body as ShareFetchRequest;
    expect(second.shareSessionEpoch).toBe(1);
    expect(acksOf(second)).toEqual([{ firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1] }]);
    await c.stop();
    const close = broker.received('ShareAcknowledge').at(-1) as ScriptedRequest;
    expect((close.body as ShareAcknowledgeRequest).shareSessionEpoch).toBe(-1);
    const leave = broker.received('ShareGroupHeartbeat').at(-1) as ScriptedRequest;
    expect((leave.body as ShareGroupHeartbeatRequest).memberEpoch).toBe(-1);
    expect(positionOf(broker, close)).toBeLessThan(positionOf(broker, leave));
  });

  it('SHARE_SESSION_NOT_FOUND on a fetch carrying acknowledgements fails them (callback) and reopens the session at epoch 0 with every partition', async () => {
    const records = await threeRecords();
    const results: AcknowledgementCommit[] = [];
    broker = await script((_req, body, n) => {
      if (n === 0)
        return fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] });
      if (n === 1) return fetchResponse({}, { errorCode: ErrorCode.SHARE_SESSION_NOT_FOUND, responses: [] });
      expect(body.shareSessionEpoch).toBe(0);
      return nothing();
    });
    const c = member(broker, { onAcknowledgementCommit: (r) => results.push(r) });
    await c.start();
    await batchOf(c);
    await c.getMany({ timeoutMs: 0 });
    expect(results).toHaveLength(1);
    expect(results[0].offsets).toEqual([0n, 1n, 2n]);
    expect(results[0].error).toBeInstanceOf(ShareSessionNotFoundError);
    await c.getMany({ timeoutMs: 0 });
    const third = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
    expect(third.shareSessionEpoch).toBe(0);
    expect(third.topics).toMatchObject([
      { topicId: TOPIC_ID, partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] },
    ]);
  });

  it('a connection closed under a ShareFetch drops the session: its acknowledgements fail, the next fetch opens a new one at epoch 0', async () => {
    const records = await threeRecords();
    const results: AcknowledgementCommit[] = [];
    broker = await script((_req, _body, n) => {
      if (n === 0)
        return fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] });
      if (n === 1) return { close: true };
      return nothing();
    });
    const c = member(broker, { onAcknowledgementCommit: (r) => results.push(r) });
    await c.start();
    await batchOf(c);
    await c.getMany({ timeoutMs: 0 });
    expect(results.map((r) => [r.offsets.length, r.error !== null])).toEqual([[3, true]]);
    await c.getMany({ timeoutMs: 0 });
    const next = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
    expect(next.shareSessionEpoch).toBe(0);
    expect(acksOf(next)).toEqual([]);
  });

  it('FENCED_MEMBER_EPOCH drops the assignment and rejoins at once with epoch 0 and the same member id', async () => {
    broker = await script(nothing, {
      heartbeat: (n) => (n === 2 ? { errorCode: ErrorCode.FENCED_MEMBER_EPOCH, memberEpoch: 0 } : undefined),
    });
    const c = member(broker);
    await c.start();
    await until(() => broker!.received('ShareGroupHeartbeat').length >= 4, 'the rejoin');
    const beats = broker.received('ShareGroupHeartbeat').map((r) => r.body as ShareGroupHeartbeatRequest);
    expect(beats.slice(0, 4).map((b) => b.memberEpoch)).toEqual([0, 1, 2, 0]);
    expect(new Set(beats.map((b) => b.memberId)).size).toBe(1);
    expect(beats[3].subscribedTopicNames).toEqual([TOPIC]);
    await until(() => c.assignment().size === 1, 'the assignment after the rejoin');
  });

  it('a broker without ShareGroupHeartbeat: start() rejects with UnsupportedVersionError naming share groups', async () => {
    broker = await script(nothing);
    const b = broker;
    b.on('ApiVersions', (req) => {
      const reply = b.answer(req) as { body: ApiVersionsResponse };
      return { body: { ...reply.body, apiKeys: reply.body.apiKeys.filter((k) => k.apiKey < 76) } };
    });
    const c = member(b);
    await expect(c.start()).rejects.toThrow(UnsupportedVersionError);
    await expect(c.start()).rejects.toThrow(/share groups \(KIP-932\)/);
  });

  it('UNSUPPORTED_VERSION from the coordinator (share groups off): start() rejects with UnsupportedVersionError, getMany keeps throwing it', async () => {
    broker = await script(nothing, { heartbeat: () => ({ errorCode: ErrorCode.UNSUPPORTED_VERSION, memberEpoch: 0 }) });
    const c = member(broker);
    await expect(c.start()).rejects.toThrow(/share groups \(KIP-932\) are not enabled/);
  });

  it('one request in flight per broker: a ShareFetch waits until the ShareAcknowledge in flight to the same broker was answered', async () => {
    const records = await threeRecords();
    const held = new Deferred<ScriptedReply>();
    broker = await script(
      (_req, _body, n) =>
        n === 0
          ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
          : nothing(),
      { ack: () => held.promise },
    );
    const b = broker;
    const c = member(b, { acknowledgementMode: 'explicit' });
    await c.start();
    const got = await batchOf(c);
    for (const r of got) c.acknowledge(r, 'release');
    const committing = c.commit();
    const ack = await nthRequest(b, 'ShareAcknowledge', 0);
    const polling = c.getMany({ timeoutMs: 0 });
    // Two heartbeat rounds later the fetch has still not gone out: it waits behind the acknowledgement.
    const beats = b.received('ShareGroupHeartbeat').length;
    await nthRequest(b, 'ShareGroupHeartbeat', beats + 1);
    expect(b.received('ShareFetch')).toHaveLength(1);
    held.resolve({
      body: {
        throttleTimeMs: 0,
        errorCode: 0,
        errorMessage: null,
        acquisitionLockTimeoutMs: 30_000,
        responses: [
          {
            topicId: TOPIC_ID,
            partitions: [
              { partitionIndex: 0, errorCode: 0, errorMessage: null, currentLeader: { leaderId: 1, leaderEpoch: 0 } },
            ],
          },
        ],
        nodeEndpoints: [],
      },
    });
    const results = await committing;
    expect([...results.values()]).toEqual([{ error: null, value: [0n, 1n, 2n] }]);
    await polling;
    const fetch = await nthRequest(b, 'ShareFetch', 1);
    expect(positionOf(b, fetch)).toBeGreaterThan(positionOf(b, ack));
    expect((fetch.body as ShareFetchRequest).shareSessionEpoch).toBe(2);
    expect(acksOf(ack.body as ShareAcknowledgeRequest)).toEqual([
      { firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [2] },
    ]);
  });

  it('an acquired offset without a record is acknowledged as a gap; records outside the acquired ranges are not handed out', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({
            records,
            // Offset 1 is another member's; 3..4 carry no record (e.g. a transaction marker).
            acquiredRecords: [
              { firstOffset: 0n, lastOffset: 0n, deliveryCount: 1 },
              { firstOffset: 2n, lastOffset: 4n, deliveryCount: 3 },
            ],
          })
        : nothing(),
    );
    const c = member(broker);
    await c.start();
    const got = await batchOf(c);
    expect(got.map((r) => [Number(r.offset), r.deliveryCount])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    await c.getMany({ timeoutMs: 0 });
    expect(acksOf(broker.received('ShareFetch')[1].body as ShareFetchRequest)).toEqual([
      { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [1] },
      { firstOffset: 2n, lastOffset: 4n, acknowledgeTypes: [1, 0, 0] },
    ]);
  });

  it('explicit mode: the next batch is refused while records are unacknowledged; acknowledge() refuses records not waiting and implicit mode', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
        : nothing(),
    );
    const c = member(broker, { acknowledgementMode: 'explicit' });
    await c.start();
    const got = await batchOf(c);
    c.accept(got[0]);
    const err = await c.getMany().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnacknowledgedRecordsError);
    expect((err as UnacknowledgedRecordsError).unacknowledged).toBe(2);
    expect(() => c.acknowledge({ topic: TOPIC, partition: 0, offset: 7n })).toThrow(IllegalStateError);
    c.reject(got[1]);
    c.acknowledge({ topic: TOPIC, partition: 0, offset: 2 }, 'release');
    await c.getMany({ timeoutMs: 0 });
    expect(acksOf(broker.received('ShareFetch')[1].body as ShareFetchRequest)).toEqual([
      { firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1, 3, 2] },
    ]);
    expect(() => c.accept(got[0])).toThrow(/not waiting to be acknowledged/);
    await c.stop();
    const implicit = member(broker);
    await implicit.start();
    expect(() => implicit.acknowledge(got[0])).toThrow(IllegalOperationError);
  });

  it('an onAcknowledgementCommit that throws reaches errorCallback; the consumer keeps fetching', async () => {
    const records = await threeRecords();
    const errors: KafkaError[] = [];
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
        : nothing(),
    );
    const c = member(broker, {
      onAcknowledgementCommit: () => {
        throw new Error('callback bug');
      },
      errorCallback: (e) => errors.push(e),
    });
    await c.start();
    await batchOf(c);
    const results = await c.commit();
    expect([...results.values()].map((r) => r.error)).toEqual([null]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('callback bug')]);
    await c.getMany({ timeoutMs: 0 });
  });

  it('renew: the renewal goes alone with ShareAcknowledge (IsRenewAck), the record comes back in the next batch with the same delivery count', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
        : nothing(),
    );
    const c = member(broker, { acknowledgementMode: 'explicit' });
    await c.start();
    const got = await batchOf(c);
    c.acknowledge(got[0], 'renew');
    c.accept(got[1]);
    c.accept(got[2]);
    const again = await batchOf(c);
    expect(again.map((r) => [Number(r.offset), r.deliveryCount])).toEqual([[0, 1]]);
    const fetch = broker.received('ShareFetch')[1].body as ShareFetchRequest;
    expect(acksOf(fetch)).toEqual([{ firstOffset: 1n, lastOffset: 2n, acknowledgeTypes: [1] }]);
    const renew = broker.received('ShareAcknowledge')[0];
    expect(renew.apiVersion).toBe(2);
    expect(renew.body).toMatchObject({ isRenewAck: true });
    expect(acksOf(renew.body as ShareAcknowledgeRequest)).toEqual([
      { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [4] },
    ]);
    // Handed out again, it needs a final acknowledgement before the next batch.
    await expect(c.getMany()).rejects.toBeInstanceOf(UnacknowledgedRecordsError);
    c.accept(again[0]);
    await c.commit();
    expect(acksOf(broker.received('ShareAcknowledge')[1].body as ShareAcknowledgeRequest)).toEqual([
      { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [1] },
    ]);
  });

  it('statistics: the share consumer reports itself as a consumer with the records it received and its group state', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
        : nothing(),
    );
    const docs: ClientStatistics[] = [];
    const c = member(broker, { statisticsIntervalMs: 10, statsCallback: (s) => docs.push(s) });
    await c.start();
    await batchOf(c);
    const seen = docs.length;
    await until(() => docs.length > seen, 'a statistics document after the batch');
    const last = docs.at(-1) as ClientStatistics;
    expect(last).toMatchObject({ type: 'consumer', rxmsgs: 3 });
    expect(last.cgrp).toMatchObject({ state: 'up', join_state: 'steady', assignment_size: 1 });
  });
  it('records from one leader end the wait while another leader long-polls', async () => {
    const records = await threeRecords();
    // Partition 0 is led by `broker` (node 1), partition 1 by `other` (node 2), which holds its fetch.
    const other = await ScriptedBroker.start([{ name: TOPIC, partitions: 2, topicId: TOPIC_ID }]);
    const held = new Deferred<ScriptedReply>();
    try {
      broker = await script(
        (_req, _body, n) =>
          n === 0
            ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
            : nothing(),
        {
          heartbeat: (n) =>
            n === 0 ? { assignment: { topicPartitions: [{ topicId: TOPIC_ID, partitions: [0, 1] }] } } : undefined,
        },
      );
      const main = broker;
      const twoLeaders = (req: ScriptedRequest): ScriptedReply => {
        const body = (main.answer(req) as { body: unknown }).body as {
          brokers: { nodeId: number; host: string; port: number; rack: null }[];
          topics: {
            partitions: { partitionIndex: number; leaderId: number; replicaNodes: number[]; isrNodes: number[] }[];
          }[];
        };
        body.brokers.push({ nodeId: 2, host: '127.0.0.1', port: other.port, rack: null });
        body.topics[0].partitions = [0, 1].map((i) => ({
          ...body.topics[0].partitions[0],
          partitionIndex: i,
          leaderId: i + 1,
          replicaNodes: [i + 1],
          isrNodes: [i + 1],
        }));
        return { body };
      };
      broker.topics[0].partitions = 2;
      broker.on('Metadata', twoLeaders);
      other.on('Metadata', twoLeaders);
      other.on('ShareFetch', () => held.promise);
      const c = member(broker);
      await c.start();
      const got = await batchOf(c);
      expect(got.map((r) => [r.partition, Number(r.offset)])).toEqual([
        [0, 0],
        [0, 1],
        [0, 2],
      ]);
      // Node 2 was asked too, and has not answered yet.
      expect(other.received('ShareFetch')).toHaveLength(1);
    } finally {
      held.resolve({ close: true });
      await consumer?.stop({ timeoutMs: 2_000 });
      consumer = undefined;
      await other.stop();
    }
  });

  it('NOT_LEADER_OR_FOLLOWER naming the current leader (KIP-951): the next ShareFetch goes out without a metadata request', async () => {
    const records = await threeRecords();
    broker = await script((_req, _body, n) =>
      n === 0
        ? fetchResponse({ errorCode: 6, errorMessage: null, currentLeader: { leaderId: 1, leaderEpoch: 1 } })
        : n === 1
          ? fetchResponse({ records, acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }] })
          : nothing(),
    );
    const c = member(broker);
    await c.start();
    expect((await batchOf(c)).map((r) => Number(r.offset))).toEqual([0, 1, 2]);
    const b = broker;
    const [refused] = b.received('ShareFetch');
    // The error itself asked for no metadata: none went out after it (a refresh would have gone at once).
    expect(b.received('Metadata').filter((m) => positionOf(b, m) > positionOf(b, refused))).toHaveLength(0);
  });

  describe('fetchAhead', () => {
    /** Fetch 0 acquires offsets 0..2, fetch 1 offsets 3..5, later fetches nothing. */
    async function twoBatches(secondAnswered: Promise<void> = Promise.resolve()): Promise<ScriptedBroker> {
      const first = await threeRecords();
      const second = await encodeRecordBatch({
        baseOffset: 3n,
        records: ['d', 'e', 'f'].map((v) => ({ key: null, value: Buffer.from(v) })),
      });
      return script((_req, _body, n) => {
        if (n === 0)
          return fetchResponse({
            records: first,
            acquiredRecords: [{ firstOffset: 0n, lastOffset: 2n, deliveryCount: 1 }],
          });
        if (n === 1)
          return secondAnswered.then(() =>
            fetchResponse({
              records: second,
              acquiredRecords: [{ firstOffset: 3n, lastOffset: 5n, deliveryCount: 1 }],
            }),
          );
        return nothing();
      });
    }
    const values = async (c: AIOKafkaShareConsumer) => (await batchOf(c)).map((r) => r.value?.toString());

    it('the next batch is fetched while the application handles this one, and the accepts of each batch ride on the fetch after it', async () => {
      broker = await twoBatches();
      const c = member(broker, { fetchAhead: true });
      await c.start();
      expect(await values(c)).toEqual(['a', 'b', 'c']);
      // Sent without another getMany: nothing is settled yet, so it carries no acknowledgement.
      const ahead = (await nthRequest(broker, 'ShareFetch', 1)).body as ShareFetchRequest;
      expect(acksOf(ahead)).toEqual([]);
      expect(await values(c)).toEqual(['d', 'e', 'f']);
      const third = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
      expect(acksOf(third)).toEqual([{ firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1] }]);
      expect(broker.received('ShareAcknowledge')).toHaveLength(0);
    });

    it('a poll while the fetch ahead is still out keeps the accepts for the fetch after it: no ShareAcknowledge per batch', async () => {
      const answer = new Deferred<void>();
      broker = await twoBatches(answer.promise);
      const c = member(broker, { fetchAhead: true });
      await c.start();
      expect(await values(c)).toEqual(['a', 'b', 'c']);
      await nthRequest(broker, 'ShareFetch', 1); // the fetch ahead, not answered yet
      const polling = values(c); // accepts a, b, c
      // A heartbeat round later the accepts have not gone alone behind the fetch in flight.
      const beats = broker.received('ShareGroupHeartbeat').length;
      await nthRequest(broker, 'ShareGroupHeartbeat', beats + 1);
      answer.resolve();
      expect(await polling).toEqual(['d', 'e', 'f']);
      const third = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
      expect(acksOf(third)).toEqual([{ firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1] }]);
      expect(broker.received('ShareAcknowledge')).toHaveLength(0);
      // commit() takes what is pending at once and reports it, even with a fetch queued ahead of it.
      const results = await c.commit();
      expect([...results.values()]).toEqual([{ error: null, value: [3n, 4n, 5n] }]);
    });

    it('the few records a fetch returned beyond maxPollRecords come from the buffer without a ShareAcknowledge of their own', async () => {
      const answer = new Deferred<void>();
      broker = await twoBatches(answer.promise);
      const c = member(broker, { fetchAhead: true, maxPollRecords: 2 });
      await c.start();
      expect(await values(c)).toEqual(['a', 'b']);
      await nthRequest(broker, 'ShareFetch', 1); // the fetch ahead, not answered yet
      expect(await values(c)).toEqual(['c']); // from the buffer; a and b accepted
      const beats = broker.received('ShareGroupHeartbeat').length;
      await nthRequest(broker, 'ShareGroupHeartbeat', beats + 1);
      expect(broker.received('ShareAcknowledge')).toHaveLength(0);
      answer.resolve();
      expect(await values(c)).toEqual(['d', 'e']);
      const third = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
      expect(acksOf(third)).toEqual([{ firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1] }]);
      expect(broker.received('ShareAcknowledge')).toHaveLength(0);
    });

    it('acknowledgements kept for the next fetch go alone soon after when the application stops polling', async () => {
      const answer = new Deferred<void>();
      broker = await twoBatches(answer.promise);
      const c = member(broker, { fetchAhead: true, maxPollRecords: 2 });
      await c.start();
      expect(await values(c)).toEqual(['a', 'b']);
      await nthRequest(broker, 'ShareFetch', 1); // the fetch ahead, not answered yet
      expect(await values(c)).toEqual(['c']); // a and b accepted, kept for the next fetch
      answer.resolve(); // the fetch ahead lands; the application polls no more
      const ack = (await nthRequest(broker, 'ShareAcknowledge', 0)).body as ShareAcknowledgeRequest;
      expect(acksOf(ack)).toEqual([{ firstOffset: 0n, lastOffset: 1n, acknowledgeTypes: [1] }]);
      expect(broker.received('ShareFetch')).toHaveLength(2);
    });

    it('an application slower than a quarter of the lock duration gets no fetch ahead: the batch waits for the next getMany', async () => {
      broker = await twoBatches();
      const c = member(broker, { fetchAhead: true });
      await c.start();
      expect(await values(c)).toEqual(['a', 'b', 'c']);
      await nthRequest(broker, 'ShareFetch', 1);
      // The application "takes" 10 s of the 30 s lock with the first batch.
      const now = performance.now.bind(performance);
      const clock = vi.spyOn(performance, 'now').mockImplementation(() => now() + 10_000);
      try {
        expect(await values(c)).toEqual(['d', 'e', 'f']);
        // No fetch went ahead, so the first batch's accepts went alone.
        const ack = (await nthRequest(broker, 'ShareAcknowledge', 0)).body as ShareAcknowledgeRequest;
        expect(acksOf(ack)).toEqual([{ firstOffset: 0n, lastOffset: 2n, acknowledgeTypes: [1] }]);
        await c.getMany({ timeoutMs: 0 });
        const third = (await nthRequest(broker, 'ShareFetch', 2)).body as ShareFetchRequest;
        expect(acksOf(third)).toEqual([{ firstOffset: 3n, lastOffset: 5n, acknowledgeTypes: [1] }]);
      } finally {
        clock.mockRestore();
      }
    });
  });
});
