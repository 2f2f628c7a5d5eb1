// The KIP-848 group protocol's error paths on the scripted broker (DESIGN rule 11): the test plays
// the group coordinator's ConsumerGroupHeartbeat answers (epochs, target assignments, fencing) and
// checks what the member does with them: reconcile and acknowledge an assignment, and on
// FENCED_MEMBER_EPOCH or UNKNOWN_MEMBER_ID lose its partitions and rejoin with epoch 0. It waits
// on the broker's request log and the rebalance listener, never on a sleep.
import { type ConsumerGroupHeartbeatResponse, ErrorCode } from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker, type ScriptedRequest } from '../../../test/support/scripted-broker.js';
import {
  commitEverything,
  findCoordinatorAnswer,
  groupConfigsAnswer,
  heartbeatBody,
  noCommittedOffsets,
  positionOf,
  ScriptedLog,
  until,
} from '../../../test/support/scripted-fixtures.js';
import { formatTopicPartition, type TopicPartition } from '../../topic-partition.js';
import { AIOKafkaConsumer } from '../consumer.js';

const TOPIC = 'kip848';
const TOPIC_ID = 'S2lwODQ4VG9waWNJZDAxMg';
const GROUP = 'kip848-group';
let broker: ScriptedBroker | undefined;
let consumer: AIOKafkaConsumer | undefined;

afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
  await broker?.stop();
  broker = undefined;
});

const names = (tps: Iterable<TopicPartition>) => [...tps].map(formatTopicPartition).sort().join(',');
const BOTH = `${TOPIC}[0],${TOPIC}[1]`;

/** What the scripted coordinator answers one (non-leaving) heartbeat with. */
type Answer = Partial<ConsumerGroupHeartbeatResponse>;

/**
 * The group coordinator's side of KIP-848 on the scripted broker. `answer` decides each heartbeat
 * (the n-th, 0-based, leave heartbeats excepted); the defaults fill the rest: no error, the
 * member's own id, a 20 ms interval, no assignment. Everything else a member sends is answered.
 */
async function scriptGroup(b: ScriptedBroker, answer: (n: number, req: ScriptedRequest) => Answer) {
  const log = new ScriptedLog(b);
  await log.append(TOPIC, 0, ['p0']);
  await log.append(TOPIC, 1, ['p1']);
  let beats = 0;
  b.on('FindCoordinator', findCoordinatorAnswer(b));
  b.on('ConsumerGroupHeartbeat', (req) => {
    const body = heartbeatBody(req);
    const base: ConsumerGroupHeartbeatResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      memberId: body.memberId,
      memberEpoch: body.memberEpoch,
      heartbeatIntervalMs: 20,
      assignment: null,
    };
    if (body.memberEpoch < 0) return { body: base };
    return { body: { ...base, ...answer(beats++, req) } };
  });
  b.on('DescribeConfigs', groupConfigsAnswer(45_000));
  b.on('OffsetFetch', noCommittedOffsets);
  b.on('OffsetCommit', commitEverything);
  b.on('ListOffsets', log.listOffsetsHandler());
  b.on('Fetch', log.fetchHandler());
}

const assignment = (partitions: number[]) => ({ topicPartitions: [{ topicId: TOPIC_ID, partitions }] });

async function startMember(b: ScriptedBroker, events: string[]): Promise<AIOKafkaConsumer> {
  const c = new AIOKafkaConsumer({
    bootstrapServers: b.address,
    groupId: GROUP,
    groupProtocol: 'consumer',
    autoOffsetReset: 'earliest',
    retryBackoffMs: 10,
    retryBackoffMaxMs: 50,
    metadataMaxAgeMs: 600_000,
    handleExitSignals: false,
  });
  consumer = c;
  c.subscribe({
    topics: [TOPIC],
    listener: {
      onPartitionsAssigned: (tps) => {
        events.push(`assigned ${names(tps)}`);
      },
      onPartitionsRevoked: (tps) => {
        events.push(`revoked ${names(tps)}`);
      },
      onPartitionsLost: (tps) => {
        events.push(`lost ${names(tps)}`);
      },
    },
  });
  await c.start();
  return c;
}

/** The heartbeats sent so far (leave heartbeats excepted). */
const beats = (b: ScriptedBroker) =>
  b.received('ConsumerGroupHeartbeat').filter((r) => heartbeatBody(r).memberEpoch >= 0);
/** The partitions a heartbeat reports owning, or null when it leaves them out (unchanged). */
const owned = (req: ScriptedRequest) =>
  heartbeatBody(req).topicPartitions?.map((t) => ({ topicId: t.topicId, partitions: [...t.partitions].sort() })) ??
  null;

/**
 * Joins at epoch 1 with both partitions; `fault` is the error for the heartbeat that acknowledges
 * them (the member's first heartbeat at epoch 1 reporting both). Later joins get epoch 2.
 */
function fencedAfterJoining(fault: number) {
  let epoch = 0;
  let fenced = false;
  return (_n: number, req: ScriptedRequest): Answer => {
    const body = heartbeatBody(req);
    if (body.memberEpoch === 0) return { memberEpoch: ++epoch, assignment: assignment([0, 1]) };
    const acknowledged = owned(req)?.[0]?.partitions.length === 2;
    if (!fenced && acknowledged) {
      fenced = true;
      return { errorCode: fault, errorMessage: 'scripted', memberEpoch: -1, memberId: null };
    }
    return { memberEpoch: epoch };
  };
}

describe('KIP-848 group: heartbeat answers', () => {
  it('an assignment in a heartbeat answer is reconciled: onPartitionsAssigned, then the next heartbeat acknowledges it', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2, topicId: TOPIC_ID }]);
    const b = broker;
    // Join: epoch 1 with partition 0. Once the member acknowledged it, epoch 2 adds partition 1.
    await scriptGroup(b, (_n, req) => {
      const body = heartbeatBody(req);
      if (body.memberEpoch === 0) return { memberEpoch: 1, assignment: assignment([0]) };
      const report = owned(req)?.[0]?.partitions ?? null;
      if (body.memberEpoch === 1 && report?.length === 1) return { memberEpoch: 2, assignment: assignment([0, 1]) };
      return { memberEpoch: body.memberEpoch };
    });
    const events: string[] = [];
    const c = await startMember(b, events);
    await until(() => events.length >= 2, 'the second assignment');
    expect(events).toEqual([`assigned ${TOPIC}[0]`, `assigned ${TOPIC}[1]`]);
    expect(names(c.assignment())).toBe(BOTH);

    await until(() => beats(b).some((r) => owned(r)?.[0]?.partitions.length === 2), 'the acknowledgement of both');
    const all = beats(b);
    const join = all[0];
    expect(heartbeatBody(join)).toMatchObject({
      groupId: GROUP,
      memberEpoch: 0,
      subscribedTopicNames: [TOPIC],
      topicPartitions: [],
    });
    // The heartbeat after the first assignment reports partition 0, under epoch 1...
    const firstAck = all.find((r) => owned(r) !== null && owned(r)!.length > 0)!;
    expect(heartbeatBody(firstAck).memberEpoch).toBe(1);
    expect(owned(firstAck)).toEqual([{ topicId: TOPIC_ID, partitions: [0] }]);
    // ...and the one after the second reports both, under epoch 2.
    const secondAck = all.find((r) => owned(r)?.[0]?.partitions.length === 2)!;
    expect(heartbeatBody(secondAck).memberEpoch).toBe(2);
    expect(owned(secondAck)).toEqual([{ topicId: TOPIC_ID, partitions: [0, 1] }]);
    expect(positionOf(b, secondAck)).toBeGreaterThan(positionOf(b, firstAck));
    expect(all.every((r) => heartbeatBody(r).memberId === heartbeatBody(join).memberId)).toBe(true);
  });

  for (const [name, code] of [
    ['FENCED_MEMBER_EPOCH', ErrorCode.FENCED_MEMBER_EPOCH],
    ['UNKNOWN_MEMBER_ID', ErrorCode.UNKNOWN_MEMBER_ID],
  ] as const) {
    it(`${name}: the partitions are lost (onPartitionsLost) and the next heartbeat rejoins with epoch 0`, async () => {
      broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2, topicId: TOPIC_ID }]);
      const b = broker;
      await scriptGroup(b, fencedAfterJoining(code));
      const events: string[] = [];
      const c = await startMember(b, events);

      await until(() => events.length >= 3, 'the assignment after rejoining');
      expect(events).toEqual([`assigned ${BOTH}`, `lost ${BOTH}`, `assigned ${BOTH}`]);
      expect(names(c.assignment())).toBe(BOTH);

      const all = beats(b);
      const refusedAt = all.findIndex((r) => owned(r)?.[0]?.partitions.length === 2);
      expect(refusedAt).toBeGreaterThan(0);
      const refused = heartbeatBody(all[refusedAt]);
      expect(refused.memberEpoch).toBe(1);
      const rejoin = heartbeatBody(all[refusedAt + 1]);
      // A full heartbeat as at the first join: epoch 0, the subscription, no partitions owned.
      expect(rejoin.memberEpoch).toBe(0);
      expect(rejoin.memberId).toBe(refused.memberId);
      expect(rejoin.subscribedTopicNames).toEqual([TOPIC]);
      expect(rejoin.topicPartitions).toEqual([]);
      expect(rejoin.rebalanceTimeoutMs).toBeGreaterThan(0);
      // Rejoined at epoch 2 and acknowledged the partitions again.
      await until(
        () => beats(b).some((r) => heartbeatBody(r).memberEpoch === 2 && owned(r)?.[0]?.partitions.length === 2),
        'the acknowledgement under epoch 2',
      );
    });
  }
});
