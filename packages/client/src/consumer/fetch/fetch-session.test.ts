import { describe, expect, it } from 'vitest';
import { topicPartition } from '../../topic-partition.js';
import { FetchSession, type SessionPartition } from './fetch-session.js';

const id = 'AAAAAAAAAAAAAAAAAAAAAQ';
const p = (partition: number, fetchOffset: bigint): SessionPartition => ({
  tp: topicPartition('t', partition),
  topicId: id,
  fetchOffset,
  maxBytes: 1000,
  currentLeaderEpoch: 0,
});
const wanted = (...parts: SessionPartition[]) => new Map(parts.map((x) => [x.tp, x]));
const sent = (r: ReturnType<FetchSession['build']>) =>
  r.fields.topics?.flatMap((t) => t.partitions.map((x) => `${x.partition}@${x.fetchOffset}`));
const forgotten = (r: ReturnType<FetchSession['build']>) => r.fields.forgottenTopicsData?.flatMap((t) => t.partitions);

describe('FetchSession (KIP-227)', () => {
  it('sends a full request first, then only what changed, forgetting what is no longer fetched', () => {
    const s = new FetchSession();
    const r1 = s.build(wanted(p(0, 0n), p(1, 0n), p(2, 0n)), true);
    expect(r1.full).toBe(true);
    expect(r1.fields).toMatchObject({ sessionId: 0, sessionEpoch: 0 });
    expect(sent(r1)).toEqual(['0@0', '1@0', '2@0']);
    expect(s.handleResponse(r1, 0, 77)).toBe(true);

    const r2 = s.build(wanted(p(0, 5n), p(1, 0n)), true);
    expect(r2.full).toBe(false);
    expect(r2.fields).toMatchObject({ sessionId: 77, sessionEpoch: 1 });
    expect(sent(r2)).toEqual(['0@5']);
    expect(forgotten(r2)).toEqual([2]);
    s.handleResponse(r2, 0, 77);

    const r3 = s.build(wanted(p(0, 5n), p(1, 0n), p(2, 9n)), true);
    expect(r3.fields.sessionEpoch).toBe(2);
    expect(sent(r3)).toEqual(['2@9']);
    expect(forgotten(r3)).toEqual([]);
  });

  it('starts over after a session error or a failed request', () => {
    const s = new FetchSession();
    s.handleResponse(s.build(wanted(p(0, 0n)), true), 0, 5);
    const r = s.build(wanted(p(0, 1n)), true);
    expect(s.handleResponse(r, 71, 0)).toBe(false); // INVALID_FETCH_SESSION_EPOCH
    const again = s.build(wanted(p(0, 1n)), true);
    expect(again.full).toBe(true);
    expect(again.fields).toMatchObject({ sessionId: 5, sessionEpoch: 0 }); // close 5, open a new one
    s.handleResponse(again, 70, 0); // FETCH_SESSION_ID_NOT_FOUND
    expect(s.build(wanted(p(0, 1n)), true).fields).toMatchObject({ sessionId: 0, sessionEpoch: 0 });
  });

  it('stays sessionless when the broker gives no session id', () => {
    const s = new FetchSession();
    s.handleResponse(s.build(wanted(p(0, 0n)), true), 0, 0);
    expect(s.build(wanted(p(0, 3n)), true).full).toBe(true);
  });
});
