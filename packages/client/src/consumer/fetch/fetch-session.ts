import type { FetchRequest, FetchRequestFetchTopic, FetchRequestForgottenTopic, Uuid } from '@kafka-aio/protocol';
import { ErrorCode } from '@kafka-aio/protocol';
import type { TopicPartition } from '../../topic-partition.js';

/** What one partition asks of a fetch. */
export interface SessionPartition {
  tp: TopicPartition;
  topicId: Uuid;
  fetchOffset: bigint;
  maxBytes: number;
  currentLeaderEpoch: number;
}

/** The session part of one Fetch request, and what to remember once it succeeds. */
export interface SessionRequest {
  fields: Pick<FetchRequest, 'sessionId' | 'sessionEpoch' | 'topics' | 'forgottenTopicsData'>;
  /** True when the request lists every partition (a new or sessionless fetch). */
  full: boolean;
  /** The partitions the broker will have in the session after this request. */
  next: Map<TopicPartition, SessionPartition>;
}

/** Epoch 0 with session id 0 asks for a new session; with an id it closes that one and opens a new one. */
const INITIAL_EPOCH = 0;

/** Fetch top-level errors that mean "start the session over". */
export const SESSION_ERRORS: ReadonlySet<number> = new Set<number>([
  ErrorCode.FETCH_SESSION_ID_NOT_FOUND,
  ErrorCode.INVALID_FETCH_SESSION_EPOCH,
  ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR,
]);

/**
 * The client side of one incremental fetch session with one broker (KIP-227). The first request
 * lists every partition; the broker answers with a session id; later requests list only partitions
 * whose fetch offset, byte limit or leader epoch changed, plus the partitions to forget, and the
 * broker answers only for partitions with news. Every request lists exactly the partitions to
 * fetch now (the rest are forgotten), because the broker keeps fetching every partition in its
 * session. On a session error, or any failed request, the next request starts a new session.
 */
export class FetchSession {
  private sessionId = 0;
  private epoch = INITIAL_EPOCH;
  private partitions = new Map<TopicPartition, SessionPartition>();

  /** Builds the next request for `wanted` (the partitions to fetch now, in order). */
  build(wanted: ReadonlyMap<TopicPartition, SessionPartition>, useTopicIds: boolean): SessionRequest {
    const next = new Map(wanted);
    const full = this.epoch === INITIAL_EPOCH;
    const send: SessionPartition[] = [];
    const forgotten: TopicPartition[] = [];
    if (full) {
      send.push(...next.values());
    } else {
      for (const p of next.values()) {
        const had = this.partitions.get(p.tp);
        if (
          !had ||
          had.fetchOffset !== p.fetchOffset ||
          had.maxBytes !== p.maxBytes ||
          had.currentLeaderEpoch !== p.currentLeaderEpoch ||
          had.topicId !== p.topicId
        )
          send.push(p);
      }
      for (const [tp, had] of this.partitions) {
        // A partition whose topic id changed must be forgotten under its old id and added anew.
        if (!next.has(tp) || next.get(tp)?.topicId !== had.topicId) forgotten.push(tp);
      }
    }
    return {
      fields: {
        sessionId: this.sessionId,
        sessionEpoch: this.epoch,
        topics: groupTopics(send, useTopicIds),
        forgottenTopicsData: groupForgotten(forgotten, this.partitions, useTopicIds),
      },
      full,
      next,
    };
  }

  /**
   * Takes in a response's top-level error code and session id. Returns false when the response
   * carries no partition data (a session error): the caller then simply fetches again.
   */
  handleResponse(request: SessionRequest, errorCode: number, sessionId: number): boolean {
    if (errorCode !== 0) {
      if (SESSION_ERRORS.has(errorCode)) {
        // Not found: the broker forgot it; bad epoch: close ours and open a new one.
        if (errorCode === ErrorCode.FETCH_SESSION_ID_NOT_FOUND) this.sessionId = 0;
        this.restart();
      } else {
        this.restart();
      }
      return false;
    }
    if (sessionId === 0) {
      // No session (the broker's cache is full, or it closed ours): keep sending full requests.
      this.sessionId = 0;
      this.restart();
      return true;
    }
    this.sessionId = sessionId;
    this.partitions = request.next;
    this.epoch = request.full || this.epoch === INITIAL_EPOCH ? 1 : nextEpoch(this.epoch);
    return true;
  }

  /** After a failed request the broker's view is unknown: the next request starts a new session. */
  restart(): void {
    this.epoch = INITIAL_EPOCH;
    this.partitions = new Map();
  }

  /** The current session id (0 when none), for logs and tests. */
  get id(): number {
    return this.sessionId;
  }

  /** The epoch the next request will carry. */
  get nextEpoch(): number {
    return this.epoch;
  }
}

function nextEpoch(epoch: number): number {
  // Epochs run 1..INT32_MAX and wrap to 1 (0 and -1 have special meanings).
  return epoch >= 2 ** 31 - 1 ? 1 : epoch + 1;
}

function groupTopics(parts: readonly SessionPartition[], useTopicIds: boolean): FetchRequestFetchTopic[] {
  const byTopic = new Map<string, FetchRequestFetchTopic>();
  for (const p of parts) {
    const key = useTopicIds ? p.topicId : p.tp.topic;
    let t = byTopic.get(key);
    if (!t) {
      t = { topic: p.tp.topic, topicId: p.topicId, partitions: [] };
      byTopic.set(key, t);
    }
    t.partitions.push({
      partition: p.tp.partition,
      currentLeaderEpoch: p.currentLeaderEpoch,
      fetchOffset: p.fetchOffset,
      lastFetchedEpoch: -1,
      logStartOffset: -1n,
      partitionMaxBytes: p.maxBytes,
    });
  }
  return [...byTopic.values()];
}

function groupForgotten(
  tps: readonly TopicPartition[],
  session: ReadonlyMap<TopicPartition, SessionPartition>,
  useTopicIds: boolean,
): FetchRequestForgottenTopic[] {
  const byTopic = new Map<string, FetchRequestForgottenTopic>();
  for (const tp of tps) {
    const topicId = session.get(tp)?.topicId ?? '';
    const key = useTopicIds ? topicId : tp.topic;
    let t = byTopic.get(key);
    if (!t) {
      t = { topic: tp.topic, topicId, partitions: [] };
      byTopic.set(key, t);
    }
    t.partitions.push(tp.partition);
  }
  return [...byTopic.values()];
}
