// The classic group protocol's error paths on the scripted broker (DESIGN rule 11): a member that
// leads its one-member group (KIP-394 member id round trip, its own cooperative-sticky assignment
// through SyncGroup) meets a heartbeat that says it is unknown, that the group rebalances, or that
// the coordinator moved. The test scripts the coordinator; it waits on the broker's request log
// and on the rebalance listener, never on a sleep.
import {
  ErrorCode,
  type HeartbeatRequest,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type SyncGroupRequest,
} from '@kafka-aio/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedBroker, type ScriptedRequest } from '../../../test/support/scripted-broker.js';
import {
  commitEverything,
  findCoordinatorAnswer,
  leaveGroupOk,
  noCommittedOffsets,
  nthRequest,
  positionOf,
  ScriptedLog,
  until,
} from '../../../test/support/scripted-fixtures.js';
import { formatTopicPartition, type TopicPartition } from '../../topic-partition.js';
import { AIOKafkaConsumer } from '../consumer.js';
import { decodeAssignment, decodeMembers } from './classic-assignment.js';

const TOPIC = 'classic';
const GROUP = 'classic-group';
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

/**
 * A one-member group on the scripted broker: JoinGroup without a member id is answered
 * MEMBER_ID_REQUIRED with a fresh id (member-1, member-2, ...), with one it completes a new
 * generation with this member as leader; SyncGroup hands the leader the assignment it computed
 * for itself. `heartbeat` picks the error code of the n-th Heartbeat (0 = fine), `joinError` the
 * error code of the n-th JoinGroup that carries a member id.
 */
async function scriptGroup(
  b: ScriptedBroker,
  heartbeat: (n: number, req: ScriptedRequest) => number,
  joinError: (n: number) => number = () => 0,
) {
  const log = new ScriptedLog(b);
  await log.append(TOPIC, 0, ['p0-a', 'p0-b']);
  await log.append(TOPIC, 1, ['p1-a']);
  let issued = 0;
  let generation = 0;
  let beats = 0;
  let joins = 0;
  b.on('FindCoordinator', findCoordinatorAnswer(b));
  b.on('JoinGroup', (req) => {
    const body = req.body as JoinGroupRequest;
    const protocol = body.protocols[0];
    const refusal = body.memberId === '' ? 0 : joinError(joins++);
    if (refusal !== 0) {
      const refused: JoinGroupResponse = {
        throttleTimeMs: 0,
        errorCode: refusal,
        generationId: -1,
        protocolType: null,
        protocolName: null,
        leader: '',
        skipAssignment: false,
        memberId: body.memberId,
        members: [],
      };
      return { body: refused };
    }
    const res: JoinGroupResponse =
      body.memberId === ''
        ? {
            throttleTimeMs: 0,
            errorCode: ErrorCode.MEMBER_ID_REQUIRED,
            generationId: -1,
            protocolType: null,
            protocolName: null,
            leader: '',
            skipAssignment: false,
            memberId: `member-${++issued}`,
            members: [],
          }
        : {
            throttleTimeMs: 0,
            errorCode: 0,
            generationId: ++generation,
            protocolType: 'consumer',
            protocolName: protocol.name,
            leader: body.memberId,
            skipAssignment: false,
            memberId: body.memberId,
            members: [{ memberId: body.memberId, groupInstanceId: null, metadata: protocol.metadata }],
          };
    return { body: res };
  });
  b.on('SyncGroup', (req) => {
    const body = req.body as SyncGroupRequest;
    const mine = body.assignments.find((a) => a.memberId === body.memberId);
    return {
      body: {
        throttleTimeMs: 0,
        errorCode: 0,
        protocolType: 'consumer',
        protocolName: body.protocolName,
        assignment: mine?.assignment ?? Buffer.alloc(0),
      },
    };
  });
  b.on('Heartbeat', (req) => ({ body: { throttleTimeMs: 0, errorCode: heartbeat(beats++, req) } }));
  b.on('OffsetFetch', noCommittedOffsets);
  b.on('OffsetCommit', commitEverything);
  b.on('LeaveGroup', leaveGroupOk);
  b.on('ListOffsets', log.listOffsetsHandler());
  b.on('Fetch', log.fetchHandler());
}

/** Listener calls the test holds open: each returns a promise the test resolves. */
interface SlowListener {
  assigned?: (tps: ReadonlySet<TopicPartition>) => Promise<void> | void;
  revoked?: (tps: ReadonlySet<TopicPartition>) => Promise<void> | void;
}

/** Starts a member subscribed to TOPIC whose listener writes what it is told into `events`. */
async function startMember(
  b: ScriptedBroker,
  events: string[],
  { eager = false, slow = {} as SlowListener, waitForAssignment = true } = {},
): Promise<AIOKafkaConsumer> {
  const c = new AIOKafkaConsumer({
    ...(eager ? { partitionAssignmentStrategy: ['range'] as const } : {}),
    bootstrapServers: b.address,
    groupId: GROUP,
    heartbeatIntervalMs: 20,
    sessionTimeoutMs: 10_000,
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
        return slow.assigned?.(tps);
      },
      onPartitionsRevoked: (tps) => {
        events.push(`revoked ${names(tps)}`);
        return slow.revoked?.(tps);
      },
      onPartitionsLost: (tps) => {
        events.push(`lost ${names(tps)}`);
      },
    },
  });
  const started = c.start();
  if (waitForAssignment) await started;
  else void started.catch(() => undefined);
  return c;
}

const joinOf = (req: ScriptedRequest) => req.body as JoinGroupRequest;
const beatOf = (req: ScriptedRequest) => req.body as HeartbeatRequest;
/** The owned partitions and generation this member reported in its JoinGroup subscription. */
function subscriptionOf(req: ScriptedRequest) {
  const body = joinOf(req);
  const member = decodeMembers([{ memberId: 'self', metadata: body.protocols[0].metadata }]).get('self');
  if (!member) throw new Error('the JoinGroup subscription does not decode');
  return member;
}

describe('classic group: heartbeat errors', () => {
  it('the leader assigns itself every partition through SyncGroup (the baseline the error cases start from)', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    await scriptGroup(broker, () => 0);
    const events: string[] = [];
    const c = await startMember(broker, events);
    expect(events).toEqual([`assigned ${BOTH}`]);
    expect(names(c.assignment())).toBe(BOTH);
    const sync = broker.received('SyncGroup')[0].body as SyncGroupRequest;
    expect(sync.memberId).toBe('member-1');
    expect(sync.assignments).toHaveLength(1);
    expect(names(decodeAssignment(sync.assignments[0].assignment).partitions)).toBe(BOTH);
    expect(broker.received('JoinGroup').map((r) => joinOf(r).memberId)).toEqual(['', 'member-1']);
  });

  it('UNKNOWN_MEMBER_ID: the partitions are lost (not revoked), and the member joins again with an empty member id', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    const b = broker;
    await scriptGroup(b, (n) => (n === 0 ? ErrorCode.UNKNOWN_MEMBER_ID : 0));
    const events: string[] = [];
    const c = await startMember(b, events);

    await until(() => events.length >= 3, 'the assignment after rejoining');
    expect(events).toEqual([`assigned ${BOTH}`, `lost ${BOTH}`, `assigned ${BOTH}`]);

    const refused = broker.received('Heartbeat')[0];
    expect(beatOf(refused)).toMatchObject({ memberId: 'member-1', generationId: 1 });
    const joins = b.received('JoinGroup');
    expect(joins.map((r) => joinOf(r).memberId)).toEqual(['', 'member-1', '', 'member-2']);
    const rejoin = joins[2];
    expect(positionOf(b, rejoin)).toBeGreaterThan(positionOf(b, refused));
    // Lost partitions are not owned any more: the new subscription claims none.
    expect(subscriptionOf(joins[3]).ownedPartitions).toEqual([]);
    expect(names(c.assignment())).toBe(BOTH);
    // The member heartbeats again as the new member of generation 2.
    await until(
      () => b.received('Heartbeat').some((r) => beatOf(r).memberId === 'member-2' && beatOf(r).generationId === 2),
      'a heartbeat of member-2 in generation 2',
    );
  });

  it('REBALANCE_IN_PROGRESS: the member rejoins with its member id and its owned partitions, and loses nothing', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    const b = broker;
    await scriptGroup(b, (n) => (n === 0 ? ErrorCode.REBALANCE_IN_PROGRESS : 0));
    const events: string[] = [];
    const c = await startMember(b, events);

    const rejoin = await nthRequest(b, 'JoinGroup', 2);
    await nthRequest(b, 'SyncGroup', 1);
    await until(() => events.length >= 2, 'the listener after the second SyncGroup');

    const refused = b.received('Heartbeat')[0];
    expect(positionOf(b, rejoin)).toBeGreaterThan(positionOf(b, refused));
    expect(joinOf(rejoin).memberId).toBe('member-1');
    const sub = subscriptionOf(rejoin);
    expect(names(sub.ownedPartitions)).toBe(BOTH);
    expect(sub.generationId).toBe(1);
    // Cooperative: nothing moved, so nothing is revoked or lost; the listener hears of no new partition.
    expect(events).toEqual([`assigned ${BOTH}`, 'assigned ']);
    expect(names(c.assignment())).toBe(BOTH);
    expect((b.received('SyncGroup')[1].body as SyncGroupRequest).generationId).toBe(2);
    expect(b.received('JoinGroup')).toHaveLength(3);
  });

  it('NOT_COORDINATOR: the member looks the coordinator up again and goes on heartbeating without rejoining', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    const b = broker;
    await scriptGroup(b, (n) => (n === 0 ? ErrorCode.NOT_COORDINATOR : 0));
    const events: string[] = [];
    await startMember(b, events);

    expect(b.received('FindCoordinator')).toHaveLength(1);
    const lookup = await nthRequest(b, 'FindCoordinator', 1);
    const refused = b.received('Heartbeat')[0];
    expect(positionOf(b, lookup)).toBeGreaterThan(positionOf(b, refused));
    await until(
      () => b.received('Heartbeat').some((r) => positionOf(b, r) > positionOf(b, lookup)),
      'a heartbeat after the new lookup',
    );
    const next = b.received('Heartbeat').find((r) => positionOf(b, r) > positionOf(b, lookup))!;
    expect(beatOf(next)).toMatchObject({ groupId: GROUP, memberId: 'member-1', generationId: 1 });
    expect(b.received('JoinGroup')).toHaveLength(2);
    expect(events).toEqual([`assigned ${BOTH}`]);
  });
});

describe('classic group: a rejoin that fails', () => {
  // Found by the chaos soak: after a partition longer than the session, the first rejoin failed
  // (the coordinator was still unreachable) and the member never tried again, so it consumed
  // nothing more. A failed rejoin must keep the reason to rejoin.
  for (const [name, code] of [
    ['COORDINATOR_NOT_AVAILABLE', ErrorCode.COORDINATOR_NOT_AVAILABLE],
    ['REBALANCE_IN_PROGRESS', ErrorCode.REBALANCE_IN_PROGRESS],
  ] as const) {
    it(`a JoinGroup answered ${name} during a rejoin is sent again until the member is back in the group`, async () => {
      broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
      const b = broker;
      // The first member-id JoinGroup (the initial join) succeeds; the rejoin the heartbeat asks
      // for is refused once.
      await scriptGroup(
        b,
        (n) => (n === 0 ? ErrorCode.REBALANCE_IN_PROGRESS : 0),
        (n) => (n === 1 ? code : 0),
      );
      const events: string[] = [];
      const c = await startMember(b, events);

      const retried = await nthRequest(b, 'JoinGroup', 3);
      const refused = b.received('JoinGroup')[2];
      expect(positionOf(b, retried)).toBeGreaterThan(positionOf(b, refused));
      expect(joinOf(retried).memberId).toBe('member-1');
      await nthRequest(b, 'SyncGroup', 1);
      await until(
        () => b.received('Heartbeat').some((r) => beatOf(r).generationId === 2),
        'a heartbeat in generation 2',
      );
      expect(names(c.assignment())).toBe(BOTH);
    });
  }
});

describe('classic group: heartbeats while rebalance listeners run', () => {
  // Java's classic consumer keeps heartbeating while a rebalance calls the listener; a listener
  // slower than the session timeout must not cost the member its session.
  it('onPartitionsAssigned that runs for several heartbeat intervals: the member heartbeats in its new generation meanwhile', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    const b = broker;
    await scriptGroup(b, () => 0);
    const events: string[] = [];
    const beatsOfGeneration1 = () => b.received('Heartbeat').filter((r) => beatOf(r).generationId === 1).length;
    let listenerReturned = false;
    await startMember(b, events, {
      slow: {
        assigned: async () => {
          // Held open until the broker has seen three heartbeats of the new generation.
          await until(() => beatsOfGeneration1() >= 3, 'three heartbeats during onPartitionsAssigned');
          listenerReturned = true;
        },
      },
    });
    expect(listenerReturned).toBe(true);
    expect(events).toEqual([`assigned ${BOTH}`]);
    const firstBeat = b.received('Heartbeat')[0];
    expect(positionOf(b, firstBeat)).toBeGreaterThan(positionOf(b, b.received('SyncGroup')[0]));
  });

  it('an eager revocation that runs for several heartbeat intervals: the member heartbeats in its old generation, and the REBALANCE_IN_PROGRESS answers start no second rebalance', async () => {
    broker = await ScriptedBroker.start([{ name: TOPIC, partitions: 2 }]);
    const b = broker;
    let rebalancing = false;
    // The first heartbeat of generation 1 announces a rebalance; every later one of generation 1
    // says the same, as a coordinator does until the member rejoins.
    await scriptGroup(b, (_n, req) => {
      if (beatOf(req).generationId !== 1) return 0;
      rebalancing = true;
      return ErrorCode.REBALANCE_IN_PROGRESS;
    });
    const events: string[] = [];
    const beatsOfGeneration1 = () => b.received('Heartbeat').filter((r) => beatOf(r).generationId === 1).length;
    let revocations = 0;
    const c = await startMember(b, events, {
      eager: true,
      slow: {
        revoked: async () => {
          revocations++;
          if (revocations > 1) return; // the revocation of stop() at the end of the test
          const before = beatsOfGeneration1();
          await until(() => beatsOfGeneration1() >= before + 3, 'three heartbeats during onPartitionsRevoked');
        },
      },
    });
    await nthRequest(b, 'SyncGroup', 1);
    await until(() => events.length >= 3, 'the assignment of generation 2');
    await until(
      () => b.received('Heartbeat').filter((r) => beatOf(r).generationId === 2).length >= 3,
      'three heartbeats of generation 2',
    );
    expect(rebalancing).toBe(true);
    expect(revocations).toBe(1);
    expect(events).toEqual([`assigned ${BOTH}`, `revoked ${BOTH}`, `assigned ${BOTH}`]);
    // One rejoin only: '' (KIP-394), the first join, the rejoin.
    expect(b.received('JoinGroup').map((r) => joinOf(r).memberId)).toEqual(['', 'member-1', 'member-1']);
    expect(names(c.assignment())).toBe(BOTH);
  });
});

describe('classic group: a subscribed topic that does not exist yet', () => {
  it('the leader assigns nothing, then, once the topic appears, rejoins and assigns it (without waiting for metadataMaxAgeMs)', async () => {
    // As the Java consumer: an unknown subscribed topic keeps metadata refreshing at the retry
    // backoff, and the leader rejoins when a topic's partition count changes, from none included.
    broker = await ScriptedBroker.start([]);
    await scriptGroup(broker, () => 0);
    const events: string[] = [];
    const c = await startMember(broker, events); // metadataMaxAgeMs 600 s: only the backoff can find it
    expect(events).toEqual(['assigned ']);
    const metadataBefore = broker.received('Metadata').length;
    broker.topics.push({ name: TOPIC, partitions: 2 });
    await until(() => events.includes(`assigned ${BOTH}`), 'the topic to be assigned once it exists');
    expect(names(c.assignment())).toBe(BOTH);
    expect(broker.received('Metadata').length).toBeGreaterThan(metadataBefore);
    expect(broker.received('JoinGroup').map((r) => joinOf(r).memberId)).toEqual(['', 'member-1', 'member-1']);
  });
});
