import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooperativeSticky } from './cooperative-sticky.js';
import {
  type ClusterView,
  cooperativeStickyAssignor,
  type GroupAssignment,
  type GroupMember,
  rangeAssignor,
  roundRobinAssignor,
  type SynchronousPartitionAssignor,
  stickyAssignor,
  type TopicPartitionLike,
} from './index.js';
import { compareMembers } from './member-order.js';
import { computeSticky, toGroupAssignment } from './sticky-assignment.js';
import type { StickyWork } from './sticky-uniform.js';

// ---------------------------------------------------------------------------------------------
// Inputs

interface Scenario {
  cluster: ClusterView;
  members: GroupMember[];
}

const asMap = (members: readonly GroupMember[]) => new Map(members.map((m) => [m.memberId, m]));

/**
 * Random groups: up to 5 topics of 1-12 partitions (plus a subscribed topic missing from the
 * cluster), up to 8 members with random ids, some static. `uniform` gives every member the same
 * subscription; otherwise each member subscribes to a random subset.
 */
const scenario = (uniform: boolean): fc.Arbitrary<Scenario> =>
  fc
    .record({
      counts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }),
      ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      instanceIds: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 8, maxLength: 8 }),
      staticFlags: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      masks: fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 8, maxLength: 8 }),
    })
    .map(({ counts, ids, instanceIds, staticFlags, masks }) => {
      const topics = counts.map((_, i) => `t${i}`);
      const subscriptionOf = (mask: number) => [...topics, 'missing'].filter((_, i) => (mask >> i) & 1);
      const members = ids.map(
        (memberId, i): GroupMember => ({
          memberId,
          groupInstanceId: staticFlags[i] ? instanceIds[i] : null,
          rackId: null,
          topics: uniform ? [...topics, 'missing'] : subscriptionOf(masks[i]),
          ownedPartitions: [],
          generationId: -1,
          userData: null,
        }),
      );
      return { cluster: { partitionsPerTopic: new Map(topics.map((t, i) => [t, counts[i]])) }, members };
    });

/** The same scenario, each member claiming random (possibly invalid or conflicting) partitions. */
const withRandomClaims = (base: fc.Arbitrary<Scenario>) =>
  base.chain((s) =>
    fc
      .array(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -1, max: 13 })), { maxLength: 12 }), {
        minLength: s.members.length,
        maxLength: s.members.length,
      })
      .chain((claims) =>
        fc.array(fc.integer({ min: -1, max: 3 }), { minLength: s.members.length, maxLength: s.members.length }).map(
          (generations): Scenario => ({
            cluster: s.cluster,
            members: s.members.map((m, i) => ({
              ...m,
              ownedPartitions: claims[i].map(([t, partition]) => ({ topic: `t${t}`, partition })),
              generationId: generations[i],
            })),
          }),
        ),
      ),
  );

/** Members now own what `assignment` gave them, in generation `generation`. */
const owning = (members: readonly GroupMember[], assignment: GroupAssignment, generation: number) =>
  members.map((m) => ({ ...m, ownedPartitions: toList(assignment.get(m.memberId)), generationId: generation }));

// ---------------------------------------------------------------------------------------------
// Observations

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;
const toList = (a: ReadonlyMap<string, readonly number[]> | undefined): TopicPartitionLike[] =>
  a === undefined ? [] : [...a].flatMap(([topic, ps]) => ps.map((partition) => ({ topic, partition })));
const counts = (a: GroupAssignment) => [...a.values()].map((m) => toList(m).length);
const ownerMap = (a: GroupAssignment) => {
  const owners = new Map<string, string>();
  for (const [m, topics] of a) for (const tp of toList(topics)) owners.set(key(tp.topic, tp.partition), m);
  return owners;
};

/** Every partition of a topic someone subscribes to, and that exists. */
const assignablePartitions = ({ cluster, members }: Scenario) => {
  const all: TopicPartitionLike[] = [];
  for (const [topic, n] of cluster.partitionsPerTopic) {
    if (!members.some((m) => m.topics.includes(topic))) continue;
    for (let partition = 0; partition < n; partition++) all.push({ topic, partition });
  }
  return all;
};

/** Assigned partitions: each at most once, to a subscriber, listed sorted; every member present. */
function expectWellFormed(s: Scenario, a: GroupAssignment) {
  expect([...a.keys()].sort()).toEqual(s.members.map((m) => m.memberId).sort());
  const seen = new Set<string>();
  for (const [memberId, topics] of a) {
    const m = s.members.find((x) => x.memberId === memberId)!;
    for (const [topic, ps] of topics) {
      expect(m.topics).toContain(topic);
      expect(ps).toEqual([...ps].sort((x, y) => x - y));
      for (const p of ps) {
        expect(p).toBeLessThan(s.cluster.partitionsPerTopic.get(topic)!);
        expect(seen.has(key(topic, p))).toBe(false);
        seen.add(key(topic, p));
      }
    }
  }
  return seen;
}

/** Each assignable partition assigned exactly once, to a subscriber of its topic. */
function expectComplete(s: Scenario, a: GroupAssignment) {
  const seen = expectWellFormed(s, a);
  expect(seen.size).toBe(assignablePartitions(s).length);
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/** Java-style "no single move improves balance": no member holds a topic whose subscriber has ≥2 fewer. */
function expectLocallyBalanced(s: Scenario, a: GroupAssignment) {
  const load = new Map([...a].map(([m, t]) => [m, toList(t).length]));
  for (const [d, topics] of a) {
    for (const topic of topics.keys()) {
      for (const r of s.members.filter((m) => m.topics.includes(topic))) {
        expect(load.get(d)! - load.get(r.memberId)!).toBeLessThan(2);
      }
    }
  }
}

/**
 * The fewest partitions that must change owner to balance `owned` counts over `n` members with
 * identical subscriptions: the `P % n` larger quotas go to the members owning most.
 */
function minimalMoves(owned: number[], total: number): number {
  const n = owned.length;
  const q = Math.floor(total / n);
  return [...owned].sort((x, y) => y - x).reduce((sum, c, i) => sum + Math.max(0, c - (i < total % n ? q + 1 : q)), 0);
}

const moves = (before: Map<string, string>, after: GroupAssignment) => {
  let moved = 0;
  for (const [k, m] of ownerMap(after)) if (before.has(k) && before.get(k) !== m) moved++;
  return moved;
};

// ---------------------------------------------------------------------------------------------

const eager: SynchronousPartitionAssignor[] = [rangeAssignor, roundRobinAssignor, stickyAssignor];
const all = [...eager, cooperativeStickyAssignor];

describe('every eager assignor', () => {
  it.each(eager.map((a) => [a.name, a] as const))('%s assigns every partition exactly once', (_, assignor) => {
    fc.assert(
      fc.property(scenario(false), (s) => {
        expectComplete(s, assignor.assign(s.cluster, asMap(s.members)));
      }),
    );
  });
});

describe('every assignor', () => {
  it.each(all.map((a) => [a.name, a] as const))('%s is deterministic, whatever the input order', (_, assignor) => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), fc.integer(), (s, seed) => {
        const shuffled = shuffle(
          s.members.map((m) => ({ ...m, ownedPartitions: shuffle([...m.ownedPartitions], seed) })),
          seed,
        );
        const once = assignor.assign(s.cluster, asMap(s.members));
        const again = assignor.assign(
          { partitionsPerTopic: new Map(shuffle([...s.cluster.partitionsPerTopic], seed)) },
          asMap(shuffled),
        );
        expect([...again].map(([m, t]) => [m, [...t]])).toEqual([...once].map(([m, t]) => [m, [...t]]));
      }),
    );
  });
});

describe('range', () => {
  it('gives each topic’s subscribers ⌊n/k⌋ or ⌈n/k⌉ partitions, the extras to the first in member order', () => {
    fc.assert(
      fc.property(scenario(false), (s) => {
        const a = rangeAssignor.assign(s.cluster, asMap(s.members));
        const ordered = [...s.members].sort(compareMembers);
        for (const [topic, n] of s.cluster.partitionsPerTopic) {
          const subs = ordered.filter((m) => m.topics.includes(topic));
          subs.forEach((m, i) => {
            const expected = Math.floor(n / subs.length) + (i < n % subs.length ? 1 : 0);
            expect(a.get(m.memberId)!.get(topic)?.length ?? 0).toBe(expected);
          });
        }
      }),
    );
  });
});

describe('roundrobin and sticky with identical subscriptions', () => {
  it.each([roundRobinAssignor, stickyAssignor].map((a) => [a.name, a] as const))('%s: max - min ≤ 1', (_, assignor) => {
    fc.assert(
      fc.property(withRandomClaims(scenario(true)), (s) => {
        expect(spread(counts(assignor.assign(s.cluster, asMap(s.members))))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('sticky', () => {
  it('stays complete whatever members claim (stale, conflicting, unknown, duplicated)', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), (s) => {
        expectComplete(s, stickyAssignor.assign(s.cluster, asMap(s.members)));
      }),
    );
  });

  it('with different subscriptions, leaves no single move that would improve balance', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), (s) => {
        expectLocallyBalanced(s, stickyAssignor.assign(s.cluster, asMap(s.members)));
      }),
    );
  });

  it('is a fixed point: re-assigning its own result moves nothing', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), (s) => {
        const first = stickyAssignor.assign(s.cluster, asMap(s.members));
        const second = stickyAssignor.assign(s.cluster, asMap(owning(s.members, first, 10)));
        expect(ownerMap(second)).toEqual(ownerMap(first));
      }),
    );
  });

  it('when a member leaves, the others keep all their partitions', () => {
    fc.assert(
      fc.property(scenario(true), fc.nat(), (s, pick) => {
        fc.pre(s.members.length >= 2);
        const before = stickyAssignor.assign(s.cluster, asMap(s.members));
        const leaving = s.members[pick % s.members.length].memberId;
        const remaining = owning(s.members, before, 1).filter((m) => m.memberId !== leaving);
        const after = ownerMap(stickyAssignor.assign(s.cluster, asMap(remaining)));
        for (const [k, m] of ownerMap(before)) if (m !== leaving) expect(after.get(k)).toBe(m);
      }),
    );
  });

  it('when a member joins, only the minimum number of partitions moves', () => {
    fc.assert(
      fc.property(scenario(true), (s) => {
        const before = stickyAssignor.assign(s.cluster, asMap(s.members));
        const joined = [
          ...owning(s.members, before, 1),
          { ...s.members[0], memberId: '~new', groupInstanceId: null, ownedPartitions: [], generationId: -1 },
        ];
        const after = stickyAssignor.assign(s.cluster, asMap(joined));
        const total = assignablePartitions(s).length;
        expect(moves(ownerMap(before), after)).toBe(minimalMoves([...counts(before), 0], total));
      }),
    );
  });

  it('from any non-conflicting previous ownership, moves the minimum needed for balance', () => {
    fc.assert(
      fc.property(scenario(true), fc.array(fc.nat(), { maxLength: 80 }), (s, picks) => {
        // Hand each partition to a pseudo-random member (or to nobody).
        const partitions = assignablePartitions(s);
        const owners = partitions.map((_, i) => (picks[i] ?? 0) % (s.members.length + 1));
        const members = s.members.map((m, i) => ({
          ...m,
          generationId: 3,
          ownedPartitions: partitions.filter((_, j) => owners[j] === i),
        }));
        const before = new Map(
          members.flatMap((m) => m.ownedPartitions.map((tp) => [key(tp.topic, tp.partition), m.memberId])),
        );
        const after = stickyAssignor.assign(s.cluster, asMap(members));
        const owned = members.map((m) => m.ownedPartitions.length);
        expect(moves(before, after)).toBe(minimalMoves(owned, partitions.length));
      }),
    );
  });

  it('bounds its work: 1,000 partitions × 100 members', () => {
    const topics = Array.from({ length: 20 }, (_, i) => `topic-${i}`);
    const cluster = { partitionsPerTopic: new Map(topics.map((t) => [t, 50])) };
    const member = (i: number, subscribed: string[]): GroupMember => ({
      memberId: `member-${String(i).padStart(3, '0')}`,
      groupInstanceId: null,
      rackId: null,
      topics: subscribed,
      ownedPartitions: [],
      generationId: -1,
      userData: null,
    });
    const byOwnership = (m: GroupMember) => ({ ownedPartitions: m.ownedPartitions, generation: m.generationId });
    const run = (members: GroupMember[]) => {
      const work: StickyWork = { steps: 0 };
      const result = computeSticky(cluster, asMap(members), byOwnership, work);
      return { work: work.steps, result };
    };

    // Identical subscriptions: fresh, then one member leaves and one joins.
    const uniform = Array.from({ length: 100 }, (_, i) => member(i, topics));
    const fresh = run(uniform);
    expect(fresh.work).toBeLessThan(5_000);
    const previous = stickyAssignor.assign(cluster, asMap(uniform));
    const churned = [...owning(uniform, previous, 1).slice(1), member(100, topics)];
    expect(run(churned).work).toBeLessThan(5_000);

    // Different subscriptions (each member skips a few topics): fresh, and from the worst previous
    // ownership, one member owning everything it subscribes to (about 990 moves to balance).
    const mixed = Array.from({ length: 100 }, (_, i) =>
      member(
        i,
        topics.filter((_, t) => (t + i) % 7 !== 0),
      ),
    );
    expect(run(mixed).work).toBeLessThan(200_000);
    const hoarder = mixed.map((m, i) => ({
      ...m,
      generationId: 1,
      ownedPartitions:
        i === 1
          ? m.topics.flatMap((topic) => Array.from({ length: 50 }, (_, partition) => ({ topic, partition })))
          : [],
    }));
    const rebalanced = run(hoarder);
    expect(rebalanced.work).toBeLessThan(400_000);
    expect(
      Math.max(...[...toGroupAssignment(rebalanced.result).values()].map((a) => toList(a).length)),
    ).toBeLessThanOrEqual(11);
  });
});

describe('cooperative-sticky', () => {
  /** Claims by members other than `memberId`. */
  const claimedByOthers = (s: Scenario, memberId: string, tp: string) =>
    s.members.some((m) => m.memberId !== memberId && m.ownedPartitions.some((o) => key(o.topic, o.partition) === tp));

  it('gives a partition in the same round only to its previous owner or when no one else claims it', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), (s) => {
        const result = cooperativeStickyAssignor.assign(s.cluster, asMap(s.members));
        expectWellFormed(s, result);
        const [sticky] = cooperativeSticky(s.cluster, asMap(s.members));
        for (const [k, m] of ownerMap(result)) {
          const [topic, partition] = k.split('\u0000');
          const { topics, firstPid, previousOwner, members } = sticky.model;
          const previous = previousOwner[firstPid[topics.indexOf(topic)] + Number(partition)];
          const wasOwner = previous >= 0 && members[previous].memberId === m;
          expect(wasOwner || !claimedByOthers(s, m, k)).toBe(true);
        }
      }),
    );
  });

  it('assigns every partition exactly once, or leaves it pending revocation by a claimant', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(false)), (s) => {
        const result = ownerMap(cooperativeStickyAssignor.assign(s.cluster, asMap(s.members)));
        const eagerResult = ownerMap(stickyAssignor.assign(s.cluster, asMap(s.members)));
        for (const tp of assignablePartitions(s)) {
          const k = key(tp.topic, tp.partition);
          if (result.has(k)) expect(result.get(k)).toBe(eagerResult.get(k));
          else expect(claimedByOthers(s, eagerResult.get(k)!, k)).toBe(true);
        }
      }),
    );
  });

  it('converges: after the owners revoked, the follow-up round withholds nothing and is balanced', () => {
    fc.assert(
      fc.property(withRandomClaims(scenario(true)), (s) => {
        const first = cooperativeStickyAssignor.assign(s.cluster, asMap(s.members));
        const second = cooperativeStickyAssignor.assign(s.cluster, asMap(owning(s.members, first, 5)));
        expectComplete(s, second);
        expect(spread(counts(second))).toBeLessThanOrEqual(1);
        // Nothing a member kept in the first round moves in the second.
        const kept = ownerMap(first);
        const now = ownerMap(second);
        for (const [k, m] of kept) expect(now.get(k)).toBe(m);
      }),
    );
  });
});

/** A deterministic Fisher-Yates shuffle. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed | 0;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = (s >>> 0) % (i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
