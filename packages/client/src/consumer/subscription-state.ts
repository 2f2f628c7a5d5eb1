import { IllegalStateError, InvalidArgumentError } from '@kafka-aio/protocol';
import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import { Notifier } from './notifier.js';
import type { ConsumerRebalanceListener } from './types.js';

/**
 * Where a partition is on its way to being fetched:
 * - `initializing`: just assigned; the committed offset (if any) is still to be looked up;
 * - `awaitReset`: needs a ListOffsets lookup per {@link PartitionState.resetStrategy};
 * - `fetching`: has a position and is fetched from it.
 */
/**
 * `initializing`: looking up the committed offset; `awaitReset`: a ListOffsets reset is due;
 * `awaitValidation`: KIP-320, the leader is asked whether the log still holds the position;
 * `fetching`: the position is known and good.
 */
export type FetchState = 'initializing' | 'awaitReset' | 'awaitValidation' | 'fetching';

/** What a reset looks up: the log start, the log end (the LSO under read_committed). */
export type ResetStrategy = 'earliest' | 'latest';

/** Everything the consumer tracks for one assigned partition. */
export class PartitionState {
  /** Next offset to hand to the application (what auto commit commits); null until known. */
  position: bigint | null = null;
  /** Leader epoch of the record before `position`, committed with it when known. */
  positionLeaderEpoch: number | null = null;
  /**
   * KIP-320: the leader epoch (from metadata) under which the position is known to be in the log;
   * null until the first fetch of a new position. A newer leader epoch means validating again.
   */
  validatedLeaderEpoch: number | null = null;
  /** The position came with a leader epoch from elsewhere (a committed offset, a seek): validate it before fetching. */
  validatePosition = false;
  /** What `storeOffsets()` stored, committed instead of `position` when `enableAutoOffsetStore` is off. */
  storedOffset: { offset: bigint; leaderEpoch: number | null; metadata: string } | null = null;
  fetchState: FetchState = 'initializing';
  /** The lookup `awaitReset` performs. */
  resetStrategy: ResetStrategy | null = null;
  /** Paused partitions are neither fetched nor handed out. */
  paused = false;
  /** Set while a cooperative revocation runs: no more fetching or handing out. */
  pendingRevocation = false;
  /** From the last fetch response: the high watermark. */
  highwater: bigint | null = null;
  /** From the last fetch response: the last stable offset. */
  lastStableOffset: bigint | null = null;
  /** From the last fetch response: the log start offset. */
  logStartOffset: bigint | null = null;
  /**
   * KIP-392: the replica the leader told this consumer to read from (its `clientRack`), and until
   * when (`performance.now()`); null to read from the leader.
   */
  readReplica: { node: number; until: number } | null = null;
  /** The position at which the end of the partition was last reported (`enablePartitionEof`). */
  eofReportedAt: bigint | null = null;
  /** `Date.now()` of the last fetch response that covered this partition. */
  lastPollTimestamp: number | null = null;
  /** Statistics counters: records (and their wire bytes) fetched for this partition while assigned. */
  rxmsgs = 0;
  rxbytes = 0;
  /**
   * Bumped on every position change made outside the fetch path (seek, reset, new position), so
   * that data fetched for an older position is recognised as stale and dropped.
   */
  epoch = 0;

  constructor(readonly tp: TopicPartition) {}

  /** True when the fetcher may fetch it and the application may receive its records. */
  get isFetchable(): boolean {
    return this.fetchState === 'fetching' && !this.paused && !this.pendingRevocation;
  }
}

/** How the application chose its partitions. */
export type SubscriptionType = 'none' | 'topics' | 'pattern' | 'manual';

/**
 * The one piece of state the fetcher and the group coordinator share (DESIGN.md rule 8): what
 * the application subscribed to, which partitions are assigned, and each partition's position,
 * pause flag and fetch state. Neither side calls the other; both read and change this object and
 * wait on {@link changes}.
 */
export class SubscriptionState {
  /** Fires on every change: subscription, assignment, positions, pause, rebalance flag. */
  readonly changes = new Notifier();
  private type: SubscriptionType = 'none';
  private topics = new Set<string>();
  private topicPattern: RegExp | null = null;
  private rebalanceListener: ConsumerRebalanceListener | null = null;
  private readonly assigned = new Map<TopicPartition, PartitionState>();
  private inEagerRebalance = false;
  /** Bumped when the subscribed topic set changes, so the coordinator knows to rejoin. */
  subscriptionVersion = 0;
  /** Bumped on every assignment change. */
  assignmentVersion = 0;

  /** The current subscription type. */
  get subscriptionType(): SubscriptionType {
    return this.type;
  }

  /** Subscribed topics: the names given, or those a pattern currently matches. */
  subscribedTopics(): ReadonlySet<string> {
    return this.topics;
  }

  get pattern(): RegExp | null {
    return this.topicPattern;
  }

  get listener(): ConsumerRebalanceListener | null {
    return this.rebalanceListener;
  }

  /** True while an eager rebalance has revoked everything and the new assignment is not in yet. */
  get rebalancing(): boolean {
    return this.inEagerRebalance;
  }

  set rebalancing(value: boolean) {
    if (this.inEagerRebalance === value) return;
    this.inEagerRebalance = value;
    this.changes.notify();
  }

  /** Subscribes to these topics, replacing any earlier subscription. */
  subscribe(topics: Iterable<string>, listener: ConsumerRebalanceListener | null = null): void {
    this.checkNotManual('subscribe');
    const next = new Set(topics);
    for (const t of next) {
      if (typeof t !== 'string' || t.length === 0)
        throw new InvalidArgumentError(`subscribe: topic names must be non-empty strings, got ${JSON.stringify(t)}`);
    }
    this.type = 'topics';
    this.topicPattern = null;
    this.rebalanceListener = listener;
    this.replaceTopics(next);
  }

  /** Subscribes to every topic the pattern fully matches; {@link setMatchedTopics} keeps the list current. */
  subscribePattern(pattern: RegExp, listener: ConsumerRebalanceListener | null = null): void {
    this.checkNotManual('subscribe');
    this.type = 'pattern';
    this.topicPattern = pattern;
    this.rebalanceListener = listener;
    this.replaceTopics(new Set());
  }

  /** For pattern subscriptions: records the matching topics. Returns true when they changed. */
  setMatchedTopics(topics: Iterable<string>): boolean {
    return this.replaceTopics(new Set(topics));
  }

  /** True when `topic` matches the pattern subscription in full. */
  matchesPattern(topic: string): boolean {
    const p = this.topicPattern;
    if (!p) return false;
    p.lastIndex = 0;
    const m = p.exec(topic);
    return m !== null && m.index === 0 && m[0].length === topic.length;
  }

  private replaceTopics(next: Set<string>): boolean {
    const same = next.size === this.topics.size && [...next].every((t) => this.topics.has(t));
    if (same) return false;
    this.topics = next;
    this.subscriptionVersion++;
    this.changes.notify();
    return true;
  }

  /** Drops the subscription or manual assignment, the listener and every partition. */
  unsubscribe(): void {
    this.type = 'none';
    this.topicPattern = null;
    this.rebalanceListener = null;
    this.replaceTopics(new Set());
    this.clearAssignment();
  }

  /** Manual assignment (no group rebalancing); replaces the previous one. */
  assignManually(partitions: Iterable<TopicPartition>): void {
    if (this.type === 'topics' || this.type === 'pattern')
      throw new IllegalStateError('assign() cannot be mixed with subscribe(); call unsubscribe() first');
    const next = [...partitions];
    this.type = next.length > 0 ? 'manual' : 'none';
    this.setAssignment(next);
  }

  /**
   * Sets the assigned partitions. Partitions that stay keep their state (position, pause flag);
   * new ones start `initializing`.
   */
  setAssignment(partitions: Iterable<TopicPartition>): void {
    const next = new Set(partitions);
    for (const tp of [...this.assigned.keys()]) if (!next.has(tp)) this.assigned.delete(tp);
    for (const tp of next) if (!this.assigned.has(tp)) this.assigned.set(tp, new PartitionState(tp));
    this.assignmentVersion++;
    this.changes.notify();
  }

  /** Adds partitions (cooperative and KIP-848 assignment); existing ones are left as they are. */
  addAssigned(partitions: Iterable<TopicPartition>): void {
    for (const tp of partitions) if (!this.assigned.has(tp)) this.assigned.set(tp, new PartitionState(tp));
    this.assignmentVersion++;
    this.changes.notify();
  }

  /** Removes partitions (revoked or lost). */
  removeAssigned(partitions: Iterable<TopicPartition>): void {
    for (const tp of partitions) this.assigned.delete(tp);
    this.assignmentVersion++;
    this.changes.notify();
  }

  /** Removes every partition. */
  clearAssignment(): void {
    if (this.assigned.size === 0) return;
    this.assigned.clear();
    this.assignmentVersion++;
    this.changes.notify();
  }

  /** The assigned partitions, in assignment order. */
  assignment(): Set<TopicPartition> {
    return new Set(this.assigned.keys());
  }

  /** Every assigned partition's state, in assignment order. */
  partitionStates(): IterableIterator<PartitionState> {
    return this.assigned.values();
  }

  get assignedCount(): number {
    return this.assigned.size;
  }

  isAssigned(tp: TopicPartition): boolean {
    return this.assigned.has(tp);
  }

  /** The partition's state, or undefined when it is not assigned. */
  partition(tp: TopicPartition): PartitionState | undefined {
    return this.assigned.get(tp);
  }

  /** The partition's state; throws {@link IllegalStateError} when it is not assigned. */
  assignedState(tp: TopicPartition, what: string): PartitionState {
    const state = this.assigned.get(tp);
    if (!state) throw new IllegalStateError(`${what}: ${formatTopicPartition(tp)} is not assigned to this consumer`);
    return state;
  }

  /**
   * Moves the position to `offset` (an absolute offset ≥ 0). With the leader epoch of the record
   * before it, the leader is asked first whether its log still holds that position (KIP-320).
   */
  seek(tp: TopicPartition, offset: bigint, leaderEpoch: number | null = null): void {
    const s = this.assignedState(tp, 'seek');
    this.setPositionOf(s, offset, leaderEpoch, true);
  }

  /**
   * Sets a resolved position (committed offset, reset result, seek). `validate`: the position and
   * its leader epoch came from elsewhere (a committed offset, a seek), so the leader is asked first
   * whether its log still holds them (KIP-320).
   */
  setPositionOf(s: PartitionState, offset: bigint, leaderEpoch: number | null = null, validate = false): void {
    s.position = offset;
    s.positionLeaderEpoch = leaderEpoch;
    s.validatedLeaderEpoch = null;
    s.validatePosition = validate && leaderEpoch !== null;
    s.fetchState = 'fetching';
    s.resetStrategy = null;
    s.epoch++;
    this.changes.notify();
  }

  /** Asks for a ListOffsets reset of the partition to the log start or end. */
  requestReset(tp: TopicPartition, strategy: ResetStrategy): void {
    const s = this.assignedState(tp, 'seek');
    this.requestResetOf(s, strategy);
  }

  requestResetOf(s: PartitionState, strategy: ResetStrategy): void {
    s.fetchState = 'awaitReset';
    s.resetStrategy = strategy;
    s.epoch++;
    this.changes.notify();
  }

  /**
   * KIP-320: stops fetching the partition until its position is validated; data fetched so far
   * is dropped (it came from the previous leader). Returns the state's epoch, to recognise answers
   * that arrive after the position moved on.
   */
  beginValidation(s: PartitionState): number {
    s.fetchState = 'awaitValidation';
    s.epoch++;
    this.changes.notify();
    return s.epoch;
  }

  /** The leader confirmed the position: fetch from it again. */
  endValidation(s: PartitionState): void {
    s.fetchState = 'fetching';
    s.validatePosition = false;
    this.changes.notify();
  }

  /** The validation could not be completed (no answer, a retriable error): the fetcher starts it again. */
  retryValidation(s: PartitionState): void {
    s.fetchState = 'fetching';
    this.changes.notify();
  }

  /** Sends the partition back to the committed-offset lookup. */
  requestInitialize(s: PartitionState): void {
    s.fetchState = 'initializing';
    s.resetStrategy = null;
    s.epoch++;
    this.changes.notify();
  }

  pause(tp: TopicPartition): void {
    this.assignedState(tp, 'pause').paused = true;
    this.changes.notify();
  }

  resume(tp: TopicPartition): void {
    this.assignedState(tp, 'resume').paused = false;
    this.changes.notify();
  }

  /** Paused partitions. */
  paused(): Set<TopicPartition> {
    const out = new Set<TopicPartition>();
    for (const s of this.assigned.values()) if (s.paused) out.add(s.tp);
    return out;
  }

  /** Assigned partitions in `state`. */
  partitionsIn(state: FetchState): PartitionState[] {
    const out: PartitionState[] = [];
    for (const s of this.assigned.values()) if (s.fetchState === state) out.push(s);
    return out;
  }

  private checkNotManual(what: string): void {
    if (this.type === 'manual')
      throw new IllegalStateError(`${what}() cannot be mixed with assign(); call unsubscribe() first`);
  }
}
