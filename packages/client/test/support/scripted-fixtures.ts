// Building blocks for scripted-broker tests of the consumer and the producer: waiting on the
// broker's request log without sleeping to order events, a partition log that answers Fetch and
// ListOffsets with real record batches, and the plain answers of a group coordinator. Everything
// here only answers what a test lets through; the error paths stay in the tests.
import {
  type ConsumerGroupHeartbeatRequest,
  type DescribeConfigsRequest,
  encodeRecordBatch,
  type FetchRequest,
  type FetchResponse,
  type FetchResponsePartitionData,
  type LeaveGroupRequest,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
  type OffsetCommitRequest,
  type OffsetFetchRequest,
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
  type ProduceRequest,
} from '@kafka-aio/protocol';
import type { ScriptedBroker, ScriptedHandler, ScriptedReply, ScriptedRequest } from './scripted-broker.js';

const OFFSET_OUT_OF_RANGE = 1;

/**
 * Polls `condition` until it holds; throws naming `what` after `timeoutMs`. A bounded wait for a
 * state the test cannot be told about otherwise, never a way to order events.
 */
/**
 * An answer to a Produce request: each partition's response is `{ index, ...partition(index) }`,
 * and `top` adds top-level fields (e.g. `nodeEndpoints`).
 */
export function produceAnswer(
  req: ScriptedRequest,
  partition: (index: number) => Record<string, unknown>,
  top: Record<string, unknown> = {},
): ScriptedReply {
  return {
    body: {
      throttleTimeMs: 0,
      responses: (req.body as ProduceRequest).topicData.map((t) => ({
        name: t.name,
        topicId: t.topicId,
        partitionResponses: t.partitionData.map((p) => ({ index: p.index, ...partition(p.index) })),
      })),
      ...top,
    },
  };
}

export async function until(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Waits until the broker received the `n`-th (0-based) request of `apiName`, and returns it. */
export async function nthRequest(
  broker: ScriptedBroker,
  apiName: string,
  n: number,
  timeoutMs = 3_000,
): Promise<ScriptedRequest> {
  await until(() => broker.received(apiName).length > n, `${apiName} request #${n}`, timeoutMs);
  return broker.received(apiName)[n];
}

/** Where `req` stands in the broker's request log (the order the broker received requests in). */
export function positionOf(broker: ScriptedBroker, req: ScriptedRequest): number {
  const at = broker.requests.indexOf(req);
  if (at < 0) throw new Error(`request ${req.api.name} #${req.correlationId} is not in the log`);
  return at;
}

/** How a promise stood when {@link outcomeWithin} looked. */
export type Outcome<T> =
  | { status: 'fulfilled'; value: T }
  | { status: 'rejected'; reason: unknown }
  | { status: 'pending' };

/**
 * The outcome of `promise`, or `pending` when it has not settled within `timeoutMs`: a bound on a
 * wait whose failure should read as an assertion, not as a test timeout.
 */
export async function outcomeWithin<T>(promise: Promise<T>, timeoutMs: number): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'pending' }), timeoutMs);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Outcome<T> => ({ status: 'fulfilled', value }),
        (reason: unknown): Outcome<T> => ({ status: 'rejected', reason }),
      ),
      bound,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A promise with its settle functions, for handlers that hold an answer or signal an event. */
export class Deferred<T = void> {
  readonly promise: Promise<T>;
  resolve!: (value: T) => void;
  reject!: (err: unknown) => void;

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

/** The topic name of a request entry that carries a name, a topic id, or both. */
export function topicNameOf(
  broker: ScriptedBroker,
  entry: { topic?: string; name?: string; topicId?: string },
): string {
  const named = entry.topic || entry.name;
  if (named) return named;
  const byId = broker.topics.find((t) => (t.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAQ') === entry.topicId);
  if (!byId) throw new Error(`scripted broker: no topic with id ${entry.topicId}`);
  return byId.name;
}

interface StoredBatch {
  baseOffset: bigint;
  lastOffset: bigint;
  bytes: Buffer;
  /** The partitionLeaderEpoch it was written under. */
  leaderEpoch: number;
}

interface StoredPartition {
  logStart: bigint;
  /** The offset the next appended record gets (reserved before its batch is encoded). */
  next: bigint;
  batches: StoredBatch[];
}

/** What a Fetch answer does with one partition instead of serving it: an error code. */
export type PartitionFault = (
  topic: string,
  partition: number,
  fetchOffset: bigint,
  req: ScriptedRequest,
) => number | undefined;

/**
 * The partitions of a scripted broker as logs of real record batches (each append is one batch,
 * encoded with `encodeRecordBatch`). Answers sessionless Fetch requests as a broker does: the
 * batches from the fetch offset on (`maxBatches` per partition), OFFSET_OUT_OF_RANGE outside
 * [log start, high watermark]; a Fetch with nothing to return is held until something is appended
 * (a broker's long poll, without its timer). Answers ListOffsets for the earliest and latest offsets.
 */
export class ScriptedLog {
  private readonly partitions = new Map<string, StoredPartition>();
  private appended = new Deferred();

  constructor(private readonly broker: ScriptedBroker) {}

  private stored(topic: string, partition: number): StoredPartition {
    const key = `${topic}:${partition}`;
    let p = this.partitions.get(key);
    if (!p) this.partitions.set(key, (p = { logStart: 0n, next: 0n, batches: [] }));
    return p;
  }

  /** Starts an empty partition's log at `offset` (as if retention had deleted what came before). */
  startAt(topic: string, partition: number, offset: bigint): this {
    const p = this.stored(topic, partition);
    if (p.batches.length > 0) throw new Error('startAt: the log is not empty');
    p.logStart = offset;
    p.next = offset;
    return this;
  }

  /**
   * Appends one batch holding `values` (keys null), written under `leaderEpoch` (its
   * partitionLeaderEpoch); resolves once a Fetch can see it.
   */
  async append(topic: string, partition: number, values: readonly string[], leaderEpoch = 0): Promise<void> {
    const p = this.stored(topic, partition);
    const baseOffset = p.next;
    p.next += BigInt(values.length);
    const bytes = await encodeRecordBatch({
      baseOffset,
      partitionLeaderEpoch: leaderEpoch,
      records: values.map((v) => ({ key: null, value: Buffer.from(v) })),
    });
    p.batches.push({ baseOffset, lastOffset: baseOffset + BigInt(values.length - 1), bytes, leaderEpoch });
    p.batches.sort((a, b) => (a.baseOffset < b.baseOffset ? -1 : 1));
    const woken = this.appended;
    this.appended = new Deferred();
    woken.resolve();
  }

  /**
   * Drops every batch from `offset` on, as a leader elected uncleanly does with what it never
   * replicated (batches are dropped whole: `offset` must be a batch boundary).
   */
  truncateTo(topic: string, partition: number, offset: bigint): this {
    const p = this.stored(topic, partition);
    if (p.batches.some((b) => b.baseOffset < offset && b.lastOffset >= offset))
      throw new Error(`truncateTo: ${offset} is inside a batch`);
    p.batches = p.batches.filter((b) => b.baseOffset < offset);
    p.next = offset;
    return this;
  }

  /**
   * An OffsetForLeaderEpoch handler (KIP-320): for each partition, the end offset of the epoch
   * asked about, the way a leader answers: the base offset of the first batch of a later epoch
   * (the log end when there is none), with the largest epoch not above the one asked about;
   * -1 and -1 when the log holds no such epoch.
   */
  offsetForLeaderEpochHandler(): ScriptedHandler {
    return (req) => {
      const body = req.body as OffsetForLeaderEpochRequest;
      const res: OffsetForLeaderEpochResponse = {
        throttleTimeMs: 0,
        topics: body.topics.map((t) => ({
          topic: t.topic,
          partitions: t.partitions.map((q) => {
            const p = this.stored(t.topic, q.partition);
            const known = p.batches.filter((b) => b.leaderEpoch <= q.leaderEpoch);
            if (known.length === 0) return { errorCode: 0, partition: q.partition, leaderEpoch: -1, endOffset: -1n };
            const epoch = Math.max(...known.map((b) => b.leaderEpoch));
            const later = p.batches.find((b) => b.leaderEpoch > epoch);
            return { errorCode: 0, partition: q.partition, leaderEpoch: epoch, endOffset: later?.baseOffset ?? p.next };
          }),
        })),
      };
      return { body: res };
    };
  }

  logStartOffset(topic: string, partition: number): bigint {
    return this.stored(topic, partition).logStart;
  }

  highWatermark(topic: string, partition: number): bigint {
    const p = this.stored(topic, partition);
    const last = p.batches.at(-1);
    return last ? last.lastOffset + 1n : p.logStart;
  }

  /** The answer to one Fetch now, and whether it carries anything (records or an error). */
  async answerFetch(
    req: ScriptedRequest,
    options: { fault?: PartitionFault; maxBatches?: number } = {},
  ): Promise<{ body: FetchResponse; news: boolean }> {
    const body = req.body as FetchRequest;
    let news = false;
    const responses = body.topics.map((t) => {
      const topic = topicNameOf(this.broker, t);
      const partitions = t.partitions.map((fp): FetchResponsePartitionData => {
        const p = this.stored(topic, fp.partition);
        const hw = this.highWatermark(topic, fp.partition);
        const base = {
          partitionIndex: fp.partition,
          highWatermark: hw,
          lastStableOffset: hw,
          logStartOffset: p.logStart,
          abortedTransactions: null,
          preferredReadReplica: -1,
        };
        const fault = options.fault?.(topic, fp.partition, fp.fetchOffset, req);
        if (fault !== undefined) {
          news = true;
          return {
            ...base,
            errorCode: fault,
            highWatermark: -1n,
            lastStableOffset: -1n,
            logStartOffset: -1n,
            records: null,
          };
        }
        if (fp.fetchOffset < p.logStart || fp.fetchOffset > hw) {
          news = true;
          return { ...base, errorCode: OFFSET_OUT_OF_RANGE, records: null };
        }
        const batches = p.batches.filter((b) => b.lastOffset >= fp.fetchOffset).slice(0, options.maxBatches ?? 1);
        if (batches.length > 0) news = true;
        return { ...base, errorCode: 0, records: Buffer.concat(batches.map((b) => b.bytes)) };
      });
      return { topic: t.topic, topicId: t.topicId, partitions };
    });
    return { body: { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses }, news };
  }

  /** A Fetch handler serving this log; a Fetch with nothing to return waits for the next append. */
  fetchHandler(
    options: { fault?: PartitionFault; maxBatches?: number } = {},
  ): (req: ScriptedRequest) => Promise<ScriptedReply> {
    return async (req) => {
      for (;;) {
        const appended = this.appended.promise;
        const { body, news } = await this.answerFetch(req, options);
        if (news) return { body };
        await appended;
      }
    };
  }

  /** A ListOffsets handler: -2 (earliest) is the log start, -1 (latest) the high watermark. */
  listOffsetsHandler(): ScriptedHandler {
    return (req) => {
      const body = req.body as ListOffsetsRequest;
      const res: ListOffsetsResponse = {
        throttleTimeMs: 0,
        topics: body.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => {
            const offset =
              p.timestamp === -2n
                ? this.logStartOffset(t.name, p.partitionIndex)
                : p.timestamp === -1n
                  ? this.highWatermark(t.name, p.partitionIndex)
                  : -1n;
            return { partitionIndex: p.partitionIndex, errorCode: 0, timestamp: -1n, offset, leaderEpoch: 0 };
          }),
        })),
      };
      return { body: res };
    };
  }
}

/** FindCoordinator: the scripted broker (node 1) coordinates every group and transactional id. */
export function findCoordinatorAnswer(broker: ScriptedBroker): ScriptedHandler {
  return (req) => {
    const body = req.body as { key?: string; coordinatorKeys?: string[] };
    if (req.apiVersion >= 4) {
      return {
        body: {
          throttleTimeMs: 0,
          coordinators: (body.coordinatorKeys ?? []).map((key) => ({
            key,
            nodeId: 1,
            host: '127.0.0.1',
            port: broker.port,
            errorCode: 0,
            errorMessage: null,
          })),
        },
      };
    }
    return {
      body: { throttleTimeMs: 0, errorCode: 0, errorMessage: null, nodeId: 1, host: '127.0.0.1', port: broker.port },
    };
  };
}

/** OffsetFetch: the group has committed nothing (every partition at -1), v1 to v9 forms. */
export const noCommittedOffsets: ScriptedHandler = (req) => {
  const body = req.body as OffsetFetchRequest;
  const partitions = (indexes: number[]) =>
    indexes.map((partitionIndex) => ({
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: 0,
    }));
  if (body.groups) {
    return {
      body: {
        throttleTimeMs: 0,
        groups: body.groups.map((g) => ({
          groupId: g.groupId,
          errorCode: 0,
          topics: (g.topics ?? []).map((t) => ({ name: t.name, partitions: partitions(t.partitionIndexes) })),
        })),
      },
    };
  }
  return {
    body: {
      throttleTimeMs: 0,
      errorCode: 0,
      topics: (body.topics ?? []).map((t) => ({ name: t.name, partitions: partitions(t.partitionIndexes) })),
    },
  };
};

/** OffsetCommit: every partition committed. */
export const commitEverything: ScriptedHandler = (req) => {
  const body = req.body as OffsetCommitRequest;
  return {
    body: {
      throttleTimeMs: 0,
      topics: body.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: 0 })),
      })),
    },
  };
};

/** LeaveGroup: every member leaves (v0-2 and v3+ forms). */
export const leaveGroupOk: ScriptedHandler = (req) => {
  const body = req.body as LeaveGroupRequest;
  return {
    body: {
      throttleTimeMs: 0,
      errorCode: 0,
      members:
        req.apiVersion >= 3
          ? (body.members ?? []).map((m) => ({
              memberId: m.memberId,
              groupInstanceId: m.groupInstanceId ?? null,
              errorCode: 0,
            }))
          : undefined,
    },
  };
};

/** DescribeConfigs of a GROUP resource: the KIP-848 session timeout the consumer reads once it joined. */
export function groupConfigsAnswer(sessionTimeoutMs: number): ScriptedHandler {
  return (req) => {
    const body = req.body as DescribeConfigsRequest;
    return {
      body: {
        throttleTimeMs: 0,
        results: body.resources.map((r) => ({
          errorCode: 0,
          errorMessage: null,
          resourceType: r.resourceType,
          resourceName: r.resourceName,
          configs: [
            {
              name: 'consumer.session.timeout.ms',
              value: String(sessionTimeoutMs),
              readOnly: false,
              configSource: 5,
              isSensitive: false,
              synonyms: [],
              configType: 3,
              documentation: null,
            },
          ],
        })),
      },
    };
  };
}

/** The body of a ConsumerGroupHeartbeat request, typed. */
export function heartbeatBody(req: ScriptedRequest): ConsumerGroupHeartbeatRequest {
  return req.body as ConsumerGroupHeartbeatRequest;
}

/** Produce: every batch written at offset 0 of its partition (no log kept). */
export const acceptProduce: ScriptedHandler = (req) => ({
  body: {
    throttleTimeMs: 0,
    responses: (req.body as ProduceRequest).topicData.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      partitionResponses: t.partitionData.map((p) => ({ index: p.index, errorCode: 0, baseOffset: 0n })),
    })),
  },
});
