// Hand examples. Unless noted, the expected assignments are what Java's assignors in kafka-clients
// 4.3.1 return for the same input (run once through the jar's public API; no code copied).
import { IllegalOperationError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ASSIGNOR_NAMES,
  builtInAssignor,
  type ClusterView,
  cooperativeStickyAssignor,
  type GroupAssignment,
  type GroupMember,
  rangeAssignor,
  roundRobinAssignor,
  type SynchronousPartitionAssignor,
  stickyAssignor,
} from './index.js';

const member = (memberId: string, topics: string[], extra: Partial<GroupMember> = {}): GroupMember => ({
  memberId,
  groupInstanceId: null,
  rackId: null,
  topics,
  ownedPartitions: [],
  generationId: -1,
  userData: null,
  ...extra,
});
const group = (...members: GroupMember[]) => new Map(members.map((m) => [m.memberId, m]));
const cluster = (counts: Record<string, number>): ClusterView => ({
  partitionsPerTopic: new Map(Object.entries(counts)),
});
const tps = (...names: string[]) =>
  names.map((n) => ({ topic: n.slice(0, n.lastIndexOf('p')), partition: Number(n.slice(n.lastIndexOf('p') + 1)) }));
/** `{ member: ['t0p0', ...] }`, the shape the Java run printed. */
const flat = (a: GroupAssignment) =>
  Object.fromEntries([...a].map(([m, topics]) => [m, [...topics].flatMap(([t, ps]) => ps.map((p) => `${t}p${p}`))]));

// Java docs' RangeAssignor example: two members, two topics of three partitions.
const twoByTwo = () =>
  [cluster({ t0: 3, t1: 3 }), group(member('C0', ['t0', 't1']), member('C1', ['t0', 't1']))] as const;
// Java docs' RoundRobinAssignor example with different subscriptions.
const uneven = () =>
  [
    cluster({ t0: 1, t1: 2, t2: 3 }),
    group(member('C0', ['t0']), member('C1', ['t0', 't1']), member('C2', ['t0', 't1', 't2'])),
  ] as const;
// Two static members whose instance ids sort opposite to their member ids, and a dynamic member.
const withStatic = () =>
  [
    cluster({ t0: 7 }),
    group(
      member('a-dyn', ['t0']),
      member('m1', ['t0'], { groupInstanceId: 'zeta' }),
      member('m2', ['t0'], { groupInstanceId: 'alpha' }),
    ),
  ] as const;
const threeTopics = () =>
  [cluster({ a: 5, b: 4, c: 2 }), group(...['m0', 'm1', 'm2'].map((m) => member(m, ['a', 'b', 'c'])))] as const;

describe('range', () => {
  it('matches the RangeAssignor javadoc example', () => {
    expect(flat(rangeAssignor.assign(...twoByTwo()))).toEqual({
      C0: ['t0p0', 't0p1', 't1p0', 't1p1'],
      C1: ['t0p2', 't1p2'],
    });
  });

  it('assigns per topic among its subscribers only', () => {
    expect(flat(rangeAssignor.assign(...uneven()))).toEqual({
      C0: ['t0p0'],
      C1: ['t1p0'],
      C2: ['t1p1', 't2p0', 't2p1', 't2p2'],
    });
  });

  it('orders static members first, by group instance id', () => {
    expect(flat(rangeAssignor.assign(...withStatic()))).toEqual({
      m2: ['t0p0', 't0p1', 't0p2'],
      m1: ['t0p3', 't0p4'],
      'a-dyn': ['t0p5', 't0p6'],
    });
  });

  it('gives the first members the extra partition of every topic', () => {
    expect(flat(rangeAssignor.assign(...threeTopics()))).toEqual({
      m0: ['ap0', 'ap1', 'bp0', 'bp1', 'cp0'],
      m1: ['ap2', 'ap3', 'bp2', 'cp1'],
      m2: ['ap4', 'bp3'],
    });
  });
});

describe('roundrobin', () => {
  it('matches the RoundRobinAssignor javadoc examples', () => {
    expect(flat(roundRobinAssignor.assign(...twoByTwo()))).toEqual({
      C0: ['t0p0', 't0p2', 't1p1'],
      C1: ['t0p1', 't1p0', 't1p2'],
    });
    expect(flat(roundRobinAssignor.assign(...uneven()))).toEqual({
      C0: ['t0p0'],
      C1: ['t1p0'],
      C2: ['t1p1', 't2p0', 't2p1', 't2p2'],
    });
  });

  it('orders static members first and deals across topics', () => {
    expect(flat(roundRobinAssignor.assign(...withStatic()))).toEqual({
      m2: ['t0p0', 't0p3', 't0p6'],
      m1: ['t0p1', 't0p4'],
      'a-dyn': ['t0p2', 't0p5'],
    });
    expect(flat(roundRobinAssignor.assign(...threeTopics()))).toEqual({
      m0: ['ap0', 'ap3', 'bp1', 'cp0'],
      m1: ['ap1', 'ap4', 'bp2', 'cp1'],
      m2: ['ap2', 'bp0', 'bp3'],
    });
  });
});

describe.each([stickyAssignor, cooperativeStickyAssignor])('$name, first assignment', (assignor) => {
  it('matches Java for identical subscriptions', () => {
    expect(flat(assignor.assign(...twoByTwo()))).toEqual({
      C0: ['t0p0', 't0p2', 't1p1'],
      C1: ['t0p1', 't1p0', 't1p2'],
    });
    expect(flat(assignor.assign(...threeTopics()))).toEqual({
      m0: ['ap0', 'ap3', 'bp1', 'cp0'],
      m1: ['ap1', 'ap4', 'bp2', 'cp1'],
      m2: ['ap2', 'bp0', 'bp3'],
    });
  });

  it('matches Java for different subscriptions, balancing better than roundrobin', () => {
    expect(flat(assignor.assign(...uneven()))).toEqual({
      C0: ['t0p0'],
      C1: ['t1p0', 't1p1'],
      C2: ['t2p0', 't2p1', 't2p2'],
    });
  });

  it('orders members by member id alone, as Java does', () => {
    expect(flat(assignor.assign(...withStatic()))).toEqual({
      'a-dyn': ['t0p0', 't0p3', 't0p6'],
      m1: ['t0p1', 't0p4'],
      m2: ['t0p2', 't0p5'],
    });
  });
});

describe('sticky and cooperative-sticky, rebalancing', () => {
  const owned = (gen: number, ...names: string[]) => ({ ownedPartitions: tps(...names), generationId: gen });

  it('a joining member takes only what it needs; cooperative withholds it for the next round', () => {
    const members = group(
      member('C0', ['t0', 't1'], owned(1, 't0p0', 't0p2', 't1p1')),
      member('C1', ['t0', 't1'], owned(1, 't0p1', 't1p0', 't1p2')),
      member('C2', ['t0', 't1']),
    );
    // Java's StickyAssignor reads only userData, so it is not sticky here; ours uses ownedPartitions.
    expect(flat(stickyAssignor.assign(cluster({ t0: 3, t1: 3 }), members))).toEqual({
      C0: ['t0p0', 't1p1'],
      C1: ['t0p1', 't1p0'],
      C2: ['t0p2', 't1p2'],
    });
    // Same as Java's CooperativeStickyAssignor.
    expect(flat(cooperativeStickyAssignor.assign(cluster({ t0: 3, t1: 3 }), members))).toEqual({
      C0: ['t0p0', 't1p1'],
      C1: ['t0p1', 't1p0'],
      C2: [],
    });
  });

  it('a leaving member’s partitions are spread without moving the others (same as Java cooperative)', () => {
    const members = group(
      member('C0', ['t0', 't1'], owned(2, 't0p0', 't0p3', 't1p1')),
      member('C2', ['t0', 't1'], owned(2, 't0p2', 't1p0', 't1p3')),
    );
    const expected = { C0: ['t0p0', 't0p1', 't0p3', 't1p1'], C2: ['t0p2', 't1p0', 't1p2', 't1p3'] };
    expect(flat(stickyAssignor.assign(cluster({ t0: 4, t1: 4 }), members))).toEqual(expected);
    expect(flat(cooperativeStickyAssignor.assign(cluster({ t0: 4, t1: 4 }), members))).toEqual(expected);
  });

  it('resolves conflicting claims by generation; a tie voids both (same as Java cooperative)', () => {
    const members = group(
      member('C0', ['t0'], owned(3, 't0p0')),
      member('C1', ['t0'], owned(2, 't0p0', 't0p1')),
      member('C2', ['t0'], owned(2, 't0p1', 't0p2')),
    );
    expect(flat(stickyAssignor.assign(cluster({ t0: 3 }), members))).toEqual({
      C0: ['t0p0'],
      C1: ['t0p1'],
      C2: ['t0p2'],
    });
    // t0p1 is still claimed by C2, so C1 gets it only after C2 revoked it.
    expect(flat(cooperativeStickyAssignor.assign(cluster({ t0: 3 }), members))).toEqual({
      C0: ['t0p0'],
      C1: [],
      C2: ['t0p2'],
    });
  });

  it('sticky reads a Java member’s userData (bytes from Java’s StickyAssignor: t0 [1, 2], generation 4)', () => {
    const userData = Buffer.from('000000010002743000000002000000010000000200000004', 'hex');
    const members = group(member('C0', ['t0']), member('C1', ['t0'], { userData }));
    expect(flat(stickyAssignor.assign(cluster({ t0: 4 }), members))).toEqual({
      C0: ['t0p0', 't0p3'],
      C1: ['t0p1', 't0p2'],
    });
  });

  it('cooperative-sticky reads the generation from a v0/v1 member’s userData', () => {
    const members = group(
      member('A', ['t0'], { ownedPartitions: tps('t0p0'), userData: Buffer.from('00000005', 'hex') }),
      member('B', ['t0'], { ownedPartitions: tps('t0p0'), userData: Buffer.from('00000004', 'hex') }),
    );
    expect(flat(cooperativeStickyAssignor.assign(cluster({ t0: 2 }), members))).toEqual({ A: ['t0p0'], B: ['t0p1'] });
  });
});

describe('subscription userData', () => {
  const ctx = (generationId: number, ...names: string[]) => ({
    topics: ['t0'],
    ownedPartitions: tps(...names),
    generationId,
  });

  it('sticky sends what Java’s StickyAssignor sends', () => {
    expect(stickyAssignor.subscriptionUserData?.(ctx(-1))).toBeNull();
    expect(stickyAssignor.subscriptionUserData?.(ctx(7, 't0p0', 't0p2'))?.toString('hex')).toBe(
      '000000010002743000000002000000000000000200000007',
    );
    expect(stickyAssignor.subscriptionUserData?.(ctx(8))?.toString('hex')).toBe('0000000000000008');
  });

  it('cooperative-sticky sends the generation as Java does', () => {
    expect(cooperativeStickyAssignor.subscriptionUserData?.(ctx(-1))?.toString('hex')).toBe('ffffffff');
    expect(cooperativeStickyAssignor.subscriptionUserData?.(ctx(5))?.toString('hex')).toBe('00000005');
  });
});

describe('every built-in assignor', () => {
  const all: SynchronousPartitionAssignor[] = BUILT_IN_ASSIGNOR_NAMES.map(builtInAssignor);

  it('is found by name, with its protocol', () => {
    expect(all.map((a) => [a.name, a.rebalanceProtocol])).toEqual([
      ['range', 'eager'],
      ['roundrobin', 'eager'],
      ['sticky', 'eager'],
      ['cooperative-sticky', 'cooperative'],
    ]);
    expect(() => builtInAssignor('fair' as never)).toThrow(IllegalOperationError);
    expect(() => builtInAssignor('toString' as never)).toThrow(IllegalOperationError);
  });

  it.each(all.map((a) => [a.name, a] as const))('%s lists every member and skips unknown topics', (_, assignor) => {
    const members = group(member('x', ['gone']), member('y', ['t0', 'gone']), member('z', []));
    const result = assignor.assign(cluster({ t0: 2, other: 5 }), members);
    expect([...result.keys()].sort()).toEqual(['x', 'y', 'z']);
    expect(flat(result)).toEqual({ x: [], y: ['t0p0', 't0p1'], z: [] });
  });

  it.each(all.map((a) => [a.name, a] as const))('%s handles an empty group', (_, assignor) => {
    expect(assignor.assign(cluster({ t0: 2 }), new Map()).size).toBe(0);
  });
});
