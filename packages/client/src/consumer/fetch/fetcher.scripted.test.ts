// The fetcher's error paths on the scripted broker (DESIGN rule 11): a consumer with a manual
// assignment meets a leader that moved, an offset out of range and a garbled Fetch answer. The
// broker serves real record batches from a scripted log; each test waits on the broker's request
// log or on getMany, never on a sleep.
import {
  ConsumerStoppedError,
  ErrorCode,
  type FetchRequest,
  type FetchResponse,
  type ListOffsetsRequest,
  type MetadataResponse,
  OffsetOutOfRangeError,
} from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker, type ScriptedRequest } from '../../../test/support/scripted-broker.js';
import { positionOf, ScriptedLog, until } from '../../../test/support/scripted-fixtures.js';
import { AIOKafkaConsumer } from '../consumer.js';
import { LogTruncationError } from '../errors.js';
import type { ConsumerOptions } from '../options.js';
import type { ConsumerRecord } from '../types.js';

let broker: ScriptedBroker | undefined;
let consumer: AIOKafkaConsumer | undefined;

afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
  await broker?.stop();
  broker = undefined;
});

function consumerOn(b: ScriptedBroker, options: ConsumerOptions = {}): AIOKafkaConsumer {
  consumer = new AIOKafkaConsumer({
    bootstrapServers: b.address,
    retryBackoffMs: 10,
    retryBackoffMaxMs: 50,
    metadataMaxAgeMs: 600_000,
    handleExitSignals: false,
    ...options,
  });
  return consumer;
}

/** getMany until `count` records came (or the bound passed). */
async function take(c: AIOKafkaConsumer, count: number, timeoutMs = 3_000): Promise<ConsumerRecord[]> {
  const out: ConsumerRecord[] = [];
  const deadline = performance.now() + timeoutMs;
  while (out.length < count) {
    const left = deadline - performance.now();
    if (left <= 0) throw new Error(`only ${out.length} of ${count} records arrived within ${timeoutMs} ms`);
    const got = await c.getMany({ timeoutMs: left });
    for (const records of got.values()) out.push(...records);
  }
  return out;
}

/** Answers Metadata with every partition at the leader epoch `epoch()` returns at the time. */
function answerMetadataAt(b: ScriptedBroker, epoch: () => number): void {
  b.on('Metadata', (req) => {
    const reply = b.answer(req) as { body: MetadataResponse };
    for (const t of reply.body.topics) for (const p of t.partitions) p.leaderEpoch = epoch();
    return reply;
  });
}

const fetched = (req: ScriptedRequest) => (req.body as FetchRequest).topics[0].partitions[0];
const valuesOf = (records: ConsumerRecord[]) => records.map((r) => r.value?.toString());
const offsetsOf = (records: ConsumerRecord[]) => records.map((r) => r.offset);

describe('fetcher error paths', () => {
  it('NOT_LEADER_OR_FOLLOWER: the client refreshes metadata and fetches again under the new leader epoch; records arrive', async () => {
    const TOPIC = 'moved';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    const log = new ScriptedLog(b);
    await log.append(TOPIC, 0, ['a', 'b', 'c']);
    // Leadership moves (epoch 0 -> 1) when the first Fetch arrives. A fetch under a stale epoch is
    // answered NOT_LEADER_OR_FOLLOWER, so only a client that looked the leader up again gets data.
    let leaderEpoch = 0;
    answerMetadataAt(b, () => leaderEpoch);
    b.on('ListOffsets', log.listOffsetsHandler());
    b.on('OffsetForLeaderEpoch', log.offsetForLeaderEpochHandler());
    b.on(
      'Fetch',
      log.fetchHandler({
        fault: (_topic, _partition, _offset, req) => {
          leaderEpoch = 1;
          return fetched(req).currentLeaderEpoch === leaderEpoch ? undefined : ErrorCode.NOT_LEADER_OR_FOLLOWER;
        },
      }),
    );
    const c = consumerOn(b, { autoOffsetReset: 'earliest' });
    c.assign([{ topic: TOPIC, partition: 0 }]);
    await c.start();

    const records = await take(c, 3);
    expect(valuesOf(records)).toEqual(['a', 'b', 'c']);
    expect(offsetsOf(records)).toEqual([0n, 1n, 2n]);

    const fetches = b.received('Fetch');
    const refused = fetches[0];
    expect(fetched(refused).currentLeaderEpoch).toBe(0);
    const served = fetches.find((f) => fetched(f).currentLeaderEpoch === 1);
    expect(served).toBeDefined();
    expect(fetched(served!).fetchOffset).toBe(0n);
    // A Metadata request went out after the refusal and before the fetch under the new epoch.
    const refresh = b
      .received('Metadata')
      .find((m) => positionOf(b, m) > positionOf(b, refused) && positionOf(b, m) < positionOf(b, served!));
    expect(refresh).toBeDefined();
    // KIP-320: before fetching from the new leader, the position (offset 0, leader epoch 0 from
    // ListOffsets) was checked against its log.
    const validations = b.received('OffsetForLeaderEpoch');
    expect(validations).toHaveLength(1);
    expect(validations[0].body).toMatchObject({
      topics: [{ topic: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 }] }],
    });
    expect(positionOf(b, validations[0])).toBeGreaterThan(positionOf(b, refresh!));
    expect(positionOf(b, validations[0])).toBeLessThan(positionOf(b, served!));
  });

  it('NOT_LEADER_OR_FOLLOWER naming the current leader (KIP-951): the client fetches under the new epoch without a metadata request', async () => {
    const TOPIC = 'hinted';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    const log = new ScriptedLog(b);
    await log.append(TOPIC, 0, ['a', 'b', 'c']);
    // Metadata keeps saying epoch 0: only the hint in the refusal tells of epoch 1.
    answerMetadataAt(b, () => 0);
    b.on('ListOffsets', log.listOffsetsHandler());
    b.on('OffsetForLeaderEpoch', log.offsetForLeaderEpochHandler());
    const serve = log.fetchHandler({
      fault: (_topic, _partition, _offset, req) =>
        fetched(req).currentLeaderEpoch === 1 ? undefined : ErrorCode.NOT_LEADER_OR_FOLLOWER,
    });
    b.on('Fetch', async (req) => {
      const reply = (await serve(req)) as { body: FetchResponse };
      for (const t of reply.body.responses)
        for (const p of t.partitions) if (p.errorCode !== 0) p.currentLeader = { leaderId: 1, leaderEpoch: 1 };
      return reply;
    });
    const c = consumerOn(b, { autoOffsetReset: 'earliest', retryBackoffMs: 60_000, retryBackoffMaxMs: 60_000 });
    c.assign([{ topic: TOPIC, partition: 0 }]);
    await c.start();
    expect(valuesOf(await take(c, 3))).toEqual(['a', 'b', 'c']);
    const fetches = b.received('Fetch');
    const refused = fetches[0];
    const served = fetches.find((f) => fetched(f).currentLeaderEpoch === 1);
    expect(fetched(refused).currentLeaderEpoch).toBe(0);
    expect(served).toBeDefined();
    const between = b
      .received('Metadata')
      .filter((m) => positionOf(b, m) > positionOf(b, refused) && positionOf(b, m) < positionOf(b, served!));
    expect(between).toHaveLength(0);
    // KIP-320 still holds: the position was checked against the new leader epoch first.
    const validations = b.received('OffsetForLeaderEpoch');
    expect(validations).toHaveLength(1);
    expect(positionOf(b, validations[0])).toBeLessThan(positionOf(b, served!));
  });

  it("OFFSET_OUT_OF_RANGE with autoOffsetReset 'earliest': a ListOffsets for the log start, then fetching from the offset it returned", async () => {
    const TOPIC = 'retained';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    // Retention deleted offsets 0-4: the log starts at 5.
    const log = new ScriptedLog(b).startAt(TOPIC, 0, 5n);
    await log.append(TOPIC, 0, ['r5', 'r6', 'r7', 'r8', 'r9']);
    b.on('ListOffsets', log.listOffsetsHandler());
    b.on('Fetch', log.fetchHandler());
    const c = consumerOn(b, { autoOffsetReset: 'earliest' });
    c.assign([{ topic: TOPIC, partition: 0, offset: 2n }]);
    await c.start();

    const records = await take(c, 5);
    expect(valuesOf(records)).toEqual(['r5', 'r6', 'r7', 'r8', 'r9']);
    expect(offsetsOf(records)).toEqual([5n, 6n, 7n, 8n, 9n]);

    const [first, second] = b.received('Fetch');
    expect(fetched(first).fetchOffset).toBe(2n);
    const lists = b.received('ListOffsets');
    expect(lists).toHaveLength(1);
    const list = lists[0];
    expect((list.body as ListOffsetsRequest).topics).toEqual([
      { name: TOPIC, partitions: [expect.objectContaining({ partitionIndex: 0, timestamp: -2n })] },
    ]);
    expect(positionOf(b, list)).toBeGreaterThan(positionOf(b, first));
    expect(positionOf(b, second)).toBeGreaterThan(positionOf(b, list));
    expect(fetched(second).fetchOffset).toBe(5n);
  });

  it("OFFSET_OUT_OF_RANGE with autoOffsetReset 'none': getMany throws OffsetOutOfRangeError naming the partition, until the application seeks", async () => {
    const TOPIC = 'strict';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    const log = new ScriptedLog(b).startAt(TOPIC, 0, 5n);
    await log.append(TOPIC, 0, ['r5', 'r6']);
    b.on('ListOffsets', log.listOffsetsHandler());
    b.on('Fetch', log.fetchHandler());
    const c = consumerOn(b, { autoOffsetReset: 'none' });
    c.assign([{ topic: TOPIC, partition: 0, offset: 2n }]);
    await c.start();

    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e,
      );
    const error = await failure(c.getMany({ timeoutMs: 3_000 }));
    expect(error).toBeInstanceOf(OffsetOutOfRangeError);
    expect((error as Error).message).toContain(`topic=${TOPIC}`);
    expect((error as Error).message).toContain('partition=0');
    expect((error as Error).message).toMatch(/fetch offset 2 /);
    // Sticky: the next call throws again, and nothing reset the position behind the application's back.
    expect(await failure(c.getMany({ timeoutMs: 0 }))).toBeInstanceOf(OffsetOutOfRangeError);
    expect(b.received('ListOffsets')).toHaveLength(0);

    c.seek({ topic: TOPIC, partition: 0 }, 5n);
    const records = await take(c, 2);
    expect(valuesOf(records)).toEqual(['r5', 'r6']);
  });

  it('stop() does not wait for a Fetch the broker is still holding: it resolves, and the held answer is dropped', async () => {
    const TOPIC = 'parked';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    const log = new ScriptedLog(b);
    await log.append(TOPIC, 0, ['a', 'b']);
    b.on('ListOffsets', log.listOffsetsHandler());
    const serve = log.fetchHandler();
    // The first Fetch is answered; every later one is held until the test lets it go, as a broker
    // holds a fetch for up to fetchMaxWaitMs when there is nothing new.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let answered = 0;
    b.on('Fetch', async (req) => {
      if (answered++ > 0) await released;
      return serve(req);
    });
    const c = consumerOn(b, { autoOffsetReset: 'earliest', fetchMaxWaitMs: 60_000 });
    c.assign([{ topic: TOPIC, partition: 0 }]);
    await c.start();
    expect(valuesOf(await take(c, 2))).toEqual(['a', 'b']);
    await until(() => b.received('Fetch').length >= 2, 'a second Fetch, held by the broker');

    await c.stop();
    // Only now does the broker answer (to a connection the consumer has closed).
    release();
    consumer = undefined;
    await expect(c.getMany({ timeoutMs: 0 })).rejects.toBeInstanceOf(ConsumerStoppedError);
  });

  it('a Fetch answer with a wrong correlation id drops the connection; after reconnecting every record comes exactly once, in order', async () => {
    const TOPIC = 'garbled';
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
    const b = broker;
    const log = new ScriptedLog(b);
    const expected = Array.from({ length: 30 }, (_, i) => `r${i}`);
    for (let i = 0; i < 30; i += 10) await log.append(TOPIC, 0, expected.slice(i, i + 10));
    b.on('ListOffsets', log.listOffsetsHandler());
    // One batch per answer; the first answers for offsets 10 and 20 are sent (data and all) under
    // a correlation id the client never used.
    const serve = log.fetchHandler({ maxBatches: 1 });
    const garbledAt = new Set<bigint>([10n, 20n]);
    b.on('Fetch', async (req) => {
      const reply = await serve(req);
      const at = fetched(req).fetchOffset;
      if (!garbledAt.delete(at)) return reply;
      return { ...reply, correlationId: req.correlationId + 1000 };
    });
    const c = consumerOn(b, { autoOffsetReset: 'earliest' });
    c.assign([{ topic: TOPIC, partition: 0 }]);
    await c.start();

    const records = await take(c, 30);
    expect(valuesOf(records)).toEqual(expected);
    expect(offsetsOf(records)).toEqual(expected.map((_, i) => BigInt(i)));
    // The client went on to fetch past the end: whatever it fetched twice would be buffered by now.
    await until(() => b.received('Fetch').some((f) => fetched(f).fetchOffset === 30n), 'a fetch from offset 30');
    expect((await c.getMany({ timeoutMs: 0 })).size).toBe(0);

    expect(garbledAt.size).toBe(0);
    const fetchConnections = new Set(b.received('Fetch').map((f) => f.connection));
    expect(fetchConnections.size).toBe(3);
    // Each garbled answer was fetched again, from the same offset, on a new connection.
    for (const offset of [10n, 20n]) {
      const asked = b.received('Fetch').filter((f) => fetched(f).fetchOffset === offset);
      expect(asked.length).toBe(2);
      expect(asked[1].connection).not.toBe(asked[0].connection);
    }
  });
});

/**
 * KIP-320 on the scripted broker: the consumer reads a, b, c (offsets 0-2, leader epoch 0); then
 * leadership moves (epoch 1) to a replica that had only `a`, which truncates b and c and takes
 * x, y, z at offsets 1-3. A consumer that just fetched on from offset 3 would hand out z and never
 * x and y.
 */
async function truncatedUnderTheConsumer(autoOffsetReset: 'earliest' | 'none') {
  const TOPIC = 'unclean';
  broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 1 }]);
  const b = broker;
  const log = new ScriptedLog(b);
  await log.append(TOPIC, 0, ['a'], 0);
  await log.append(TOPIC, 0, ['b', 'c'], 0);
  let leaderEpoch = 0;
  answerMetadataAt(b, () => leaderEpoch);
  b.on('ListOffsets', log.listOffsetsHandler());
  b.on('OffsetForLeaderEpoch', log.offsetForLeaderEpochHandler());
  b.on(
    'Fetch',
    log.fetchHandler({
      maxBatches: 2,
      fault: (_topic, _partition, _offset, req) =>
        fetched(req).currentLeaderEpoch === leaderEpoch ? undefined : ErrorCode.FENCED_LEADER_EPOCH,
    }),
  );
  const c = consumerOn(b, { autoOffsetReset });
  c.assign([{ topic: TOPIC, partition: 0, offset: 0n }]);
  await c.start();
  expect(valuesOf(await take(c, 3))).toEqual(['a', 'b', 'c']);

  leaderEpoch = 1;
  log.truncateTo(TOPIC, 0, 1n);
  await log.append(TOPIC, 0, ['x', 'y', 'z'], 1);
  return { b, c, TOPIC };
}

describe('fetcher: log truncation (KIP-320)', () => {
  it("a truncation below the position moves it back to where the logs diverge (autoOffsetReset 'earliest', as Java)", async () => {
    const { b, c, TOPIC } = await truncatedUnderTheConsumer('earliest');
    const records = await take(c, 3);
    expect(valuesOf(records)).toEqual(['x', 'y', 'z']);
    expect(offsetsOf(records)).toEqual([1n, 2n, 3n]);
    const validation = b.received('OffsetForLeaderEpoch')[0];
    expect(validation.body).toMatchObject({
      topics: [{ topic: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 }] }],
    });
    const fetchesAfter = b.received('Fetch').filter((f) => positionOf(b, f) > positionOf(b, validation));
    expect(fetched(fetchesAfter[0]).fetchOffset).toBe(1n);
    expect(await c.position({ topic: TOPIC, partition: 0 })).toBe(4n);
  });

  it("with autoOffsetReset 'none' getMany throws LogTruncationError naming the partition and the divergent offset, until the application seeks", async () => {
    const { c, TOPIC } = await truncatedUnderTheConsumer('none');
    const error = await c.getMany({ timeoutMs: 3_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LogTruncationError);
    const err = error as LogTruncationError;
    expect(err.partition).toEqual({ topic: TOPIC, partition: 0 });
    expect(err.position).toBe(3n);
    expect(err.divergentOffset).toEqual({ offset: 1n, leaderEpoch: 0 });
    expect(err.message).toContain('unclean[0]');
    // Still there on the next call: the consumer does not move on by itself.
    await expect(c.getMany({ timeoutMs: 200 })).rejects.toBeInstanceOf(LogTruncationError);
    c.seek({ topic: TOPIC, partition: 0 }, err.divergentOffset!.offset);
    expect(valuesOf(await take(c, 3))).toEqual(['x', 'y', 'z']);
  });
});
