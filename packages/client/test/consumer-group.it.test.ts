// Consumer groups with the classic protocol against the real broker: assignment, cooperative and
// eager rebalancing, static membership, commits (checked with Kafka's own consumer-group tool),
// error semantics of group errors and listener errors, maxPollIntervalMs.
import { randomUUID } from 'node:crypto';
import { FencedInstanceIdError } from '@kafka-aio/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/cluster/index.js';
import {
  AIOKafkaConsumer,
  type ConsumerOptions,
  type ConsumerRebalanceListener,
  type OffsetAndMetadata,
} from '../src/consumer/index.js';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../src/topic-partition.js';
import {
  adminCluster,
  createTopic,
  eventually,
  groupLag,
  kafka,
  produce,
  records,
  topicName,
} from './consumer-helpers.js';

const fast = {
  bootstrapServers: kafka.bootstrap,
  fetchMaxWaitMs: 100,
  heartbeatIntervalMs: 300,
  sessionTimeoutMs: 10_000,
  autoOffsetReset: 'earliest',
} as const satisfies ConsumerOptions;

/** Ownership intervals per partition, recorded by listeners, with a global sequence number. */
class OwnershipLog {
  private seq = 0;
  readonly events: { member: string; tp: TopicPartition; kind: 'assigned' | 'revoked' | 'lost'; seq: number }[] = [];

  listener(member: string): ConsumerRebalanceListener & { revokedSets: Set<TopicPartition>[] } {
    const revokedSets: Set<TopicPartition>[] = [];
    return {
      revokedSets,
      onPartitionsAssigned: (tps) => {
        for (const tp of tps) this.events.push({ member, tp, kind: 'assigned', seq: this.seq++ });
      },
      onPartitionsRevoked: (tps) => {
        revokedSets.push(new Set(tps));
        for (const tp of tps) this.events.push({ member, tp, kind: 'revoked', seq: this.seq++ });
      },
      onPartitionsLost: (tps) => {
        for (const tp of tps) this.events.push({ member, tp, kind: 'lost', seq: this.seq++ });
      },
    };
  }

  /** Throws when some partition had two owners at once. */
  assertNoDoubleOwnership(): void {
    const owner = new Map<TopicPartition, string>();
    for (const e of this.events) {
      if (e.kind === 'assigned') {
        const current = owner.get(e.tp);
        if (current !== undefined && current !== e.member)
          throw new Error(`${formatTopicPartition(e.tp)} assigned to ${e.member} while ${current} still owned it`);
        owner.set(e.tp, e.member);
      } else if (owner.get(e.tp) === e.member) owner.delete(e.tp);
    }
  }
}

/** Consumes with `c` in the background, collecting `topic-partition-offset` strings, until stopped. */
function collect(c: AIOKafkaConsumer, seen: Set<string>, commitEach = false): Promise<void> {
  return (async () => {
    for await (const r of c) {
      seen.add(`${r.partition}-${r.offset}`);
      if (commitEach) await c.commit(new Map([[r.topicPartition, r.offset + 1n]])).catch(() => undefined);
    }
  })();
}

describe('consumer groups (classic protocol)', () => {
  let admin: Cluster;
  beforeAll(async () => {
    admin = await adminCluster();
  });
  afterAll(() => admin?.close());

  async function topicWith(partitions: number, perPartition: number): Promise<string> {
    const t = topicName('group');
    await createTopic(admin, t, partitions);
    for (let p = 0; p < partitions; p++) await produce(admin, t, p, records(perPartition, `p${p}`));
    return t;
  }

  it('joins, consumes everything, commits, and Kafka’s consumer-group tool reports lag 0', async () => {
    const t = await topicWith(3, 50);
    const groupId = `g-${randomUUID()}`;
    const commits: ReadonlyMap<TopicPartition, OffsetAndMetadata>[] = [];
    const c = new AIOKafkaConsumer(t, { ...fast, groupId, onCommit: (err, offsets) => !err && commits.push(offsets) });
    await c.start();
    expect(c.assignment()).toEqual(new Set([0, 1, 2].map((p) => topicPartition(t, p))));
    const meta = c.groupMetadata();
    expect(meta.groupId).toBe(groupId);
    expect(meta.generationId).toBeGreaterThanOrEqual(1);
    expect(meta.memberId).not.toBe('');
    let n = 0;
    while (n < 150) for (const l of (await c.getMany({ timeoutMs: 1_000 })).values()) n += l.length;
    await c.stop(); // auto commit on stop
    expect(commits.length).toBeGreaterThan(0);
    const lag = await groupLag(groupId, t);
    expect([...lag.values()].map((x) => [x.current, x.lag])).toEqual([
      ['50', '0'],
      ['50', '0'],
      ['50', '0'],
    ]);
  });

  it('an onCommit callback that throws never breaks auto commit: its error reaches errorCallback', async () => {
    const t = await topicWith(1, 30);
    const groupId = `g-${randomUUID()}`;
    const reported: Error[] = [];
    const calls: (() => void)[] = [];
    const nextCall = () => new Promise<void>((r) => calls.push(r));
    const c = new AIOKafkaConsumer(t, {
      ...fast,
      groupId,
      autoCommitIntervalMs: 100,
      onCommit: () => {
        for (const resolve of calls.splice(0)) resolve();
        throw new Error('user code broke');
      },
      errorCallback: (e) => reported.push(e),
    });
    await c.start();
    const consume = async (count: number) => {
      let n = 0;
      while (n < count) for (const l of (await c.getMany({ timeoutMs: 1_000 })).values()) n += l.length;
    };
    let committed = nextCall();
    await consume(30);
    await committed; // the first auto commit, whose callback threw
    committed = nextCall();
    await produce(admin, t, 0, records(20, 'more'));
    await consume(20);
    await committed; // auto commit went on
    await c.stop();
    expect(reported.length).toBeGreaterThanOrEqual(2);
    expect(reported[0].message).toMatch(/onCommit callback threw: user code broke/);
    const lag = await groupLag(groupId, t);
    expect([...lag.values()].map((x) => x.current)).toEqual(['50']);
  });

  it('commits with metadata, reads it back, seeks to it; a new member resumes from it', async () => {
    const t = await topicWith(1, 20);
    const groupId = `g-${randomUUID()}`;
    const tp = topicPartition(t, 0);
    {
      await using c = new AIOKafkaConsumer(t, { ...fast, groupId, enableAutoCommit: false });
      await c.start();
      const r = await c.getOne();
      expect(r.offset).toBe(0n);
      await c.commit(new Map([[tp, { offset: 7n, metadata: 'checkpoint-7' }]]));
      expect(await c.committed(tp)).toMatchObject({ offset: 7n, metadata: 'checkpoint-7' });
      expect(await c.seekToCommitted(tp)).toEqual(new Map([[tp, 7n]]));
      expect((await c.getOne()).offset).toBe(7n);
      await c.commit(); // positions: 8
      expect((await c.committed(tp))?.offset).toBe(8n);
    }
    await using c2 = new AIOKafkaConsumer(t, { ...fast, groupId });
    await c2.start();
    expect((await c2.getOne()).offset).toBe(8n);
  });

  it('shares a topic between 3 members: everything consumed, no partition owned twice at once', async () => {
    const t = await topicWith(6, 200);
    const groupId = `g-${randomUUID()}`;
    const log = new OwnershipLog();
    const seen = new Set<string>();
    const members: AIOKafkaConsumer[] = [];
    const loops: Promise<void>[] = [];
    for (const name of ['a', 'b', 'c']) {
      const c = new AIOKafkaConsumer({ ...fast, groupId, clientId: name });
      c.subscribe({ topics: [t], listener: log.listener(name) });
      await c.start();
      members.push(c);
      loops.push(collect(c, seen, true));
    }
    await eventually(() => members.every((m) => m.assignment().size === 2), 30_000, 'a balanced group');
    await eventually(() => seen.size === 1_200, 30_000, 'every record');
    // One member leaves; the others take over its partitions.
    await members[0].stop();
    await eventually(() => members[1].assignment().size + members[2].assignment().size === 6, 30_000, 'takeover');
    for (let p = 0; p < 6; p++) await produce(admin, t, p, records(10, 'more'));
    await eventually(() => seen.size === 1_260, 30_000, 'the new records');
    await Promise.all(members.map((m) => m.stop()));
    await Promise.all(loops);
    log.assertNoDoubleOwnership();
  });

  it('cooperative-sticky revokes only the partitions that move', async () => {
    const t = await topicWith(6, 1);
    const groupId = `g-${randomUUID()}`;
    const log = new OwnershipLog();
    const la = log.listener('a');
    await using a = new AIOKafkaConsumer({ ...fast, groupId });
    a.subscribe({ topics: [t], listener: la });
    await a.start();
    expect(a.assignment().size).toBe(6);
    const keep = () => a.assignment();
    await using b = new AIOKafkaConsumer({ ...fast, groupId });
    b.subscribe({ topics: [t], listener: log.listener('b') });
    const polling = (async () => {
      while (a.assignment().size !== 3 || b.assignment().size !== 3) await a.getMany({ timeoutMs: 100 });
    })();
    await b.start();
    await polling;
    await eventually(() => b.assignment().size === 3, 30_000, 'b gets 3');
    expect(la.revokedSets).toHaveLength(1);
    expect(la.revokedSets[0].size).toBe(3); // not 6: the 3 that stay are never revoked
    for (const tp of keep()) expect(la.revokedSets[0].has(tp)).toBe(false);
    log.assertNoDoubleOwnership();
  });

  it('an eager assignor (range) revokes everything on every rebalance', async () => {
    const t = await topicWith(4, 1);
    const groupId = `g-${randomUUID()}`;
    const log = new OwnershipLog();
    const la = log.listener('a');
    const eager = { ...fast, groupId, partitionAssignmentStrategy: ['range'] } as const;
    await using a = new AIOKafkaConsumer(eager);
    a.subscribe({ topics: [t], listener: la });
    await a.start();
    await using b = new AIOKafkaConsumer(eager);
    b.subscribe({ topics: [t], listener: log.listener('b') });
    const polling = (async () => {
      while (b.assignment().size !== 2 || a.assignment().size !== 2) await a.getMany({ timeoutMs: 100 });
    })();
    await b.start();
    await polling;
    expect(la.revokedSets[0].size).toBe(4);
    log.assertNoDoubleOwnership();
  });

  it('getMany honours timeoutMs during a rebalance', async () => {
    const t = await topicWith(2, 1);
    const groupId = `g-${randomUUID()}`;
    let revoking = false;
    await using a = new AIOKafkaConsumer({ ...fast, groupId, partitionAssignmentStrategy: ['range'] });
    a.subscribe({
      topics: [t],
      listener: {
        onPartitionsRevoked: async () => {
          revoking = true;
          await new Promise((r) => setTimeout(r, 3_000));
          revoking = false;
        },
      },
    });
    await a.start();
    await using b = new AIOKafkaConsumer({ ...fast, groupId, partitionAssignmentStrategy: ['range'] });
    b.subscribe([t]);
    const joining = b.start();
    await eventually(() => revoking, 30_000, 'the slow revocation');
    const t0 = performance.now();
    expect((await a.getMany({ timeoutMs: 300 })).size).toBe(0);
    expect(performance.now() - t0).toBeLessThan(1_500);
    await joining;
  });

  it('static membership: a member restarted within the session timeout gets its partitions back without a rebalance', async () => {
    const t = await topicWith(4, 1);
    const groupId = `g-${randomUUID()}`;
    const log = new OwnershipLog();
    const lb = log.listener('b');
    const a1 = new AIOKafkaConsumer({ ...fast, groupId, groupInstanceId: 'static-a' });
    a1.subscribe([t]);
    await using b = new AIOKafkaConsumer({ ...fast, groupId, groupInstanceId: 'static-b' });
    b.subscribe({ topics: [t], listener: lb });
    await a1.start();
    const polling = (async () => {
      while (a1.assignment().size !== 2) await a1.getMany({ timeoutMs: 100 });
    })();
    await b.start();
    await polling;
    await eventually(() => b.assignment().size === 2, 30_000, 'balance');
    const before = a1.assignment();
    const generation = b.groupMetadata().generationId;
    const bEvents = log.events.length;
    await a1.stop(); // a static member does not leave
    await using a2 = new AIOKafkaConsumer({ ...fast, groupId, groupInstanceId: 'static-a' });
    a2.subscribe([t]);
    await a2.start();
    expect(a2.assignment()).toEqual(before);
    await new Promise((r) => setTimeout(r, 1_500)); // several heartbeats of b
    expect(b.groupMetadata().generationId).toBe(generation);
    expect(log.events.length).toBe(bEvents); // b saw no revocation or assignment
  });

  it('a fenced static member throws FencedInstanceIdError from getOne, getMany and for await', async () => {
    const t = await topicWith(1, 1);
    const groupId = `g-${randomUUID()}`;
    await using first = new AIOKafkaConsumer(t, { ...fast, groupId, groupInstanceId: 'dup' });
    await first.start();
    await using second = new AIOKafkaConsumer(t, { ...fast, groupId, groupInstanceId: 'dup' });
    await second.start(); // takes the instance id over; the first is fenced at its next heartbeat
    await first.getOne(); // the record may still come first
    await expect(first.getMany({ timeoutMs: 10_000 })).rejects.toThrow(FencedInstanceIdError);
    await expect(first.getOne()).rejects.toThrow(FencedInstanceIdError);
    await expect(
      (async () => {
        for await (const _ of first);
      })(),
    ).rejects.toThrow(FencedInstanceIdError);
  });

  it('a listener that throws does not stop the rebalance; the error comes out of the next get* call', async () => {
    const t = await topicWith(1, 3);
    const groupId = `g-${randomUUID()}`;
    await using c = new AIOKafkaConsumer({ ...fast, groupId });
    c.subscribe({
      topics: [t],
      listener: {
        onPartitionsAssigned: () => {
          throw new RangeError('listener bug');
        },
      },
    });
    await c.start();
    expect(c.assignment().size).toBe(1);
    await expect(c.getOne()).rejects.toThrow(RangeError);
    expect((await c.getOne()).offset).toBe(0n);
  });

  it('leaves the group after maxPollIntervalMs without get* calls and rejoins on the next call', async () => {
    const t = await topicWith(2, 5);
    const groupId = `g-${randomUUID()}`;
    await using lazy = new AIOKafkaConsumer(t, { ...fast, groupId, maxPollIntervalMs: 1_500 });
    await lazy.start();
    await using busy = new AIOKafkaConsumer(t, { ...fast, groupId });
    await busy.start();
    // lazy does not poll: after 1.5 s it leaves, and busy ends up owning both partitions.
    await eventually(() => busy.assignment().size === 2, 30_000, 'busy owning both partitions');
    expect(lazy.assignment().size).toBe(0);
    const back = (async () => {
      while (lazy.assignment().size === 0) await lazy.getMany({ timeoutMs: 100 });
    })();
    const busyPolling = (async () => {
      while (lazy.assignment().size === 0) await busy.getMany({ timeoutMs: 100 });
    })();
    await Promise.all([back, busyPolling]);
    expect(lazy.assignment().size).toBe(1);
  });

  it('subscribes to a pattern (matched here, in full) and picks up new matching topics', async () => {
    const prefix = `pat${randomUUID().slice(0, 8)}`;
    await createTopic(admin, `${prefix}-a`, 1);
    await createTopic(admin, `x-${prefix}-a`, 1);
    await using c = new AIOKafkaConsumer({ ...fast, groupId: `g-${randomUUID()}`, metadataMaxAgeMs: 1_000 });
    c.subscribe({ pattern: new RegExp(`${prefix}-.*`) });
    await c.start();
    expect(c.subscription()).toEqual(new Set([`${prefix}-a`]));
    await eventually(() => c.assignment().size === 1, 30_000, 'the first topic');
    await createTopic(admin, `${prefix}-b`, 2);
    await eventually(() => c.assignment().size === 3, 30_000, 'the new topic');
  });
});
