import {
  createKafkaError,
  ErrorCode,
  HeartbeatApi,
  JoinGroupApi,
  type JoinGroupResponse,
  KafkaError,
  LeaveGroupApi,
  SyncGroupApi,
} from '@kafka-aio/protocol';
import { backoffMs } from '../../cluster/backoff.js';
import { type Cluster, CoordinatorType } from '../../cluster/cluster.js';
import type { MetadataSnapshot } from '../../cluster/metadata.js';
import { createDebug } from '../../observability/debug.js';
import { createLog } from '../../observability/log.js';
import type { ConsumerGroupStatistics } from '../../observability/stats-types.js';
import type { TopicPartition } from '../../topic-partition.js';
import type { CommitIdentity, OffsetCommitter } from '../commit.js';
import { arm, Notifier, sleepUnlessNotified, waitFor } from '../notifier.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { SubscriptionState } from '../subscription-state.js';
import type { ConsumerGroupMetadata } from '../types.js';
import type { ConsumerPartitionAssignor } from './assignors/index.js';
import {
  assignorNamed,
  byTopic,
  computeAssignments,
  decodeAssignment,
  decodeMembers,
  encodeSubscription,
} from './classic-assignment.js';
import type { GroupDependencies } from './group-factory.js';
import type { GroupHooks, GroupMembership } from './group-membership.js';
import { HeartbeatLoop } from './heartbeat.js';
import { FirstAssignment, PollTracker } from './poll-tracker.js';
import { RebalanceActions } from './rebalance.js';
import { SessionClock } from './session-clock.js';

const debug = createDebug('kafka-aio:consumer:group');

/** A rebalance step must start over (rejoin) rather than fail. */
class Rejoin extends Error {}

/**
 * The classic consumer group protocol (JoinGroup/SyncGroup/Heartbeat/LeaveGroup) over the shared
 * {@link SubscriptionState}: finds the coordinator, joins (with the KIP-394 member-id round trip),
 * runs the chosen assignor when elected leader, applies the assignment eagerly or cooperatively
 * (KIP-429: only moved partitions are revoked, then a follow-up rebalance hands them out), heartbeats
 * in the background, leaves on `maxPollIntervalMs` without a get* call and on stop (static members,
 * KIP-345, do not leave), and rejoins when the subscription or the subscribed partition counts change.
 */
export class ClassicGroup implements GroupMembership {
  private readonly cluster: Cluster;
  private readonly state: SubscriptionState;
  private readonly options: ResolvedConsumerOptions & { groupId: string };
  private readonly committer: OffsetCommitter;
  private readonly hooks: GroupHooks;
  private readonly actions: RebalanceActions;
  private readonly cooperative: boolean;
  private readonly heartbeat: HeartbeatLoop;
  private readonly wake = new Notifier();
  private abort = new AbortController();
  private running = false;
  private loop: Promise<void> | undefined;

  private memberId = '';
  private generationId = -1;
  private rejoinReason: string | null = 'joining';
  private joinedVersion = -1;
  /** Partitions this member owns (cooperative), or owned before the last eager revocation. */
  private owned = new Set<TopicPartition>();
  private ownedGeneration = -1;
  /** Leader only: partition counts the last assignment used, to rejoin when they change. */
  private assignedCounts = new Map<string, number>();
  private leaderTopics: string[] = [];
  private readonly polls: PollTracker;
  private readonly first = new FirstAssignment();
  private failures = 0;
  private readonly session: SessionClock;
  /** Set when {@link checkSession} found the session may have expired; the next rebalance loses the assignment first. */
  private sessionLost = false;
  /** True while a rebalance (JoinGroup, SyncGroup, listeners) runs. */
  private joining = false;
  /**
   * True from the start of a rebalance until JoinGroup answers: the member still heartbeats in
   * its old generation (through an eager revocation's listener), and REBALANCE_IN_PROGRESS is
   * then no news.
   */
  private preparing = false;
  /** A heartbeat during a rebalance found the member out of the group: reset it before the next join. */
  private pendingReset: { forgetMemberId: boolean } | undefined;
  /** Set when the session clock ran out during a rebalance: the owned partitions are fenced until SyncGroup answers. */
  private fencedWhileJoining = false;

  constructor(deps: GroupDependencies) {
    this.cluster = deps.cluster;
    this.state = deps.state;
    this.options = deps.options;
    this.committer = deps.committer;
    this.hooks = deps.hooks;
    this.actions = new RebalanceActions(this.state, this.committer, this.options, this.hooks);
    this.cooperative = this.options.assignors.every((a) => a.rebalanceProtocol === 'cooperative');
    this.heartbeat = new HeartbeatLoop(() => this.sendHeartbeat(), this.options.heartbeatIntervalMs);
    this.polls = new PollTracker(this.options.maxPollIntervalMs);
    this.session = new SessionClock(this.options.sessionTimeoutMs);
    if (deps.watcher) deps.watcher.onMetadata = (snapshot) => this.checkPartitionCounts(snapshot);
  }

  get stable(): boolean {
    return this.memberId !== '' && this.generationId >= 0;
  }

  identity(): CommitIdentity {
    return {
      generationId: this.generationId,
      memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId,
      consumerProtocol: false,
    };
  }

  metadata(): ConsumerGroupMetadata {
    return {
      groupId: this.options.groupId,
      generationId: this.generationId,
      memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.actions.stats.setState('up');
    this.polls.reset();
    this.loop = this.run();
  }

  statistics(): ConsumerGroupStatistics {
    const joinState = this.joining ? 'wait-join' : this.stable ? 'steady' : 'init';
    return this.actions.stats.snapshot(joinState, this.state.assignedCount);
  }

  firstAssignment(signal?: AbortSignal): Promise<void> {
    return this.first.wait(signal);
  }

  pollStarted(): void {
    if (this.polls.started()) this.requestRejoin('the application polls again after maxPollIntervalMs');
  }

  pollEnded(): void {
    this.polls.ended();
  }

  revokeAll(): Promise<void> {
    return this.actions.revoke(this.state.assignment());
  }

  checkSession(): void {
    if (this.sessionLost || !this.session.expired()) return;
    if (this.joining) {
      // A JoinGroup the coordinator holds keeps the member, but one lost on the way does not, and
      // the client cannot tell which: stop handing out until SyncGroup says what this member owns.
      if (!this.fencedWhileJoining) {
        this.fencedWhileJoining = true;
        this.actions.fence(this.state.assignment());
      }
      return;
    }
    this.sessionLost = true;
    const silentMs = this.actions.sessionExpired(this.session);
    this.requestRejoin(`no heartbeat confirmed for ${silentMs} ms (sessionTimeoutMs ${this.options.sessionTimeoutMs})`);
  }

  membershipLost(reason: Error, used: CommitIdentity): void {
    // A commit that raced a rebalance used the old generation: that is no news, the member rejoined
    // already. REBALANCE_IN_PROGRESS is no news either: the heartbeat brings the member into it, and
    // rejoining once more after it would only start another rebalance.
    if (used.generationId !== this.generationId || used.memberId !== this.memberId) return;
    if (reason instanceof KafkaError && reason.code === ErrorCode.REBALANCE_IN_PROGRESS) return;
    this.requestRejoin(`a commit found the group moved on: ${reason.message}`);
  }

  private requestRejoin(reason: string): void {
    if (this.rejoinReason === null) debug('rejoin requested: %s', reason);
    this.rejoinReason ??= reason;
    this.wake.notify();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.actions.stats.setState('term');
    this.abort.abort();
    this.wake.notify();
    await this.heartbeat.stop();
    await this.loop;
    this.first.reject(new Error('the consumer stopped before joining the group'));
    // As Java: commit (auto commit), tell the listener, then leave, so no partition has two owners.
    if (this.stable && !this.sessionLost) await this.actions.revoke(this.state.assignment());
    else await this.actions.lose(this.state.assignment());
    await this.leave('the consumer is stopping');
  }

  private async run(): Promise<void> {
    while (this.running) {
      const woke = arm(this.wake, this.state.changes);
      const type = this.state.subscriptionType;
      const subscribed = type === 'topics' || type === 'pattern';
      try {
        if (!subscribed) {
          if (this.memberId !== '') await this.unsubscribed();
        } else if (
          !this.polls.timedOut &&
          (this.rejoinReason !== null || this.joinedVersion !== this.state.subscriptionVersion)
        ) {
          await this.rebalance();
          this.failures = 0;
          continue;
        }
      } catch (err) {
        if (!this.running) return;
        if (err instanceof Rejoin) continue;
        const fatal = !(err instanceof KafkaError) || !err.retriable;
        const wait = backoffMs(this.failures++, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
        debug(
          'rebalance failed (%s), retrying in %d ms: %s',
          fatal ? 'fatal' : 'retriable',
          wait,
          (err as Error).message,
        );
        if (fatal) {
          this.state.rebalancing = false;
          this.hooks.reportError(err as Error);
          this.first.reject(err as Error);
          // Fatal errors stay fatal for a while; try again slowly rather than spin.
          await sleepUnlessNotified(Math.max(wait, this.options.retryBackoffMaxMs), this.wake);
        } else {
          if (
            err instanceof KafkaError &&
            (err.invalidMetadata ||
              err.code === ErrorCode.NOT_COORDINATOR ||
              err.code === ErrorCode.COORDINATOR_NOT_AVAILABLE ||
              err.code === -1)
          )
            this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
          await sleepUnlessNotified(wait, this.wake);
        }
        continue;
      }
      await waitFor(woke, Number.POSITIVE_INFINITY, undefined);
    }
  }

  private coordinator(): Promise<number> {
    return this.cluster.findCoordinator(CoordinatorType.GROUP, this.options.groupId, { signal: this.abort.signal });
  }

  /** One full rebalance: (eager) revoke, JoinGroup, (leader) assign, SyncGroup, apply. */
  private async rebalance(): Promise<void> {
    const reason = this.rejoinReason ?? 'the subscription changed';
    this.rejoinReason = null;
    this.actions.stats.reason = reason;
    const version = this.state.subscriptionVersion;
    if (this.sessionLost || this.pendingReset) {
      await this.heartbeat.stop();
      const forgetMemberId = this.pendingReset?.forgetMemberId ?? false;
      this.sessionLost = false;
      this.pendingReset = undefined;
      await this.resetMember(forgetMemberId);
    }
    // As Java's: the member keeps heartbeating while listeners run (an eager revocation here, the
    // assignment after SyncGroup), so a slow listener does not cost it its session.
    this.joining = true;
    this.preparing = true;
    try {
      await this.joinAndSync(reason, version);
    } catch (err) {
      // The member is still out of date: a rebalance that failed (an unreachable coordinator, a
      // JoinGroup answered REBALANCE_IN_PROGRESS) must be tried again, or the member, having joined
      // once, would wait for a reason that already came and never consume again.
      this.rejoinReason ??= reason;
      throw err;
    } finally {
      this.joining = false;
      this.preparing = false;
    }
  }

  private async joinAndSync(reason: string, version: number): Promise<void> {
    if (!this.cooperative && this.state.assignedCount > 0) {
      this.state.rebalancing = true;
      await this.actions.revoke(this.state.assignment());
    }
    await this.heartbeat.stop();
    const join = await this.joinGroup(reason);
    this.preparing = false;
    const isLeader = join.leader === this.memberId;
    const assignor = assignorNamed(this.options.assignors, join.protocolName);
    let assignments: { memberId: string; assignment: Buffer }[] = [];
    if (isLeader && !join.skipAssignment) {
      const members = decodeMembers(join.members);
      const topics = [...new Set([...members.values()].flatMap((m) => m.topics))];
      this.cluster.addInterest(topics);
      const snapshot = await this.cluster.refreshMetadata(topics);
      const computed = await computeAssignments(assignor, members, snapshot);
      assignments = computed.assignments;
      // Together, so that checkPartitionCounts never compares these topics with other counts.
      this.leaderTopics = topics;
      this.assignedCounts = computed.partitionsPerTopic;
      debug('leader of generation %d assigned %d members with %s', this.generationId, members.size, assignor.name);
    } else if (!isLeader) {
      this.leaderTopics = [];
      this.assignedCounts = new Map();
    }
    const syncSentAt = performance.now();
    const bytes = await this.syncGroup(join, assignments);
    const { partitions, userData } = decodeAssignment(bytes);
    const target = new Set(partitions);
    const mine = new Map(byTopic(target).map((t) => [t.topic, t.partitions]));
    assignor.onAssignment?.(mine, { memberId: this.memberId, generationId: this.generationId, userData });
    this.session.confirm(syncSentAt);
    if (this.running) this.heartbeat.start();
    await this.apply(target);
    if (this.fencedWhileJoining) {
      // SyncGroup answered: what this member still owns is its own again.
      this.fencedWhileJoining = false;
      this.actions.unfence(target);
    }
    this.joinedVersion = version;
    this.state.rebalancing = false;
    this.first.resolve();
  }

  private async apply(target: Set<TopicPartition>): Promise<void> {
    const current = this.state.assignment();
    const revoked = new Set([...current].filter((tp) => !target.has(tp)));
    const added = new Set([...target].filter((tp) => !current.has(tp)));
    if (revoked.size > 0) {
      await this.actions.revoke(revoked);
      // KIP-429: what this member gave up goes to its new owner in a follow-up rebalance.
      if (this.cooperative)
        this.requestRejoin('partitions were revoked; the group hands them out in a follow-up rebalance');
    }
    this.state.rebalancing = false;
    await this.actions.assign(added);
    this.owned = new Set(target);
    this.ownedGeneration = this.generationId;
  }

  private async joinGroup(reason: string): Promise<JoinGroupResponse> {
    for (;;) {
      const node = await this.coordinator();
      const topics = [...this.state.subscribedTopics()];
      const owned = [...this.owned];
      const sentAt = performance.now();
      const res = await this.cluster.request(
        node,
        JoinGroupApi,
        {
          groupId: this.options.groupId,
          sessionTimeoutMs: this.options.sessionTimeoutMs,
          rebalanceTimeoutMs: this.options.rebalanceTimeoutMs,
          memberId: this.memberId,
          groupInstanceId: this.options.groupInstanceId,
          protocolType: 'consumer',
          protocols: this.options.assignors.map((a: ConsumerPartitionAssignor) => ({
            name: a.name,
            metadata: encodeSubscription(a, topics, owned, this.ownedGeneration, this.options.clientRack),
          })),
          reason,
        },
        {
          purpose: 'coordinator',
          signal: this.abort.signal,
          // The coordinator holds a JoinGroup until every member rejoined, up to the rebalance timeout.
          timeoutMs: this.options.rebalanceTimeoutMs + this.options.requestTimeoutMs,
        },
      );
      const code = res.errorCode;
      if (code === 0) {
        this.session.confirm(sentAt);
        this.memberId = res.memberId;
        this.generationId = res.generationId ?? -1;
        debug('joined generation %d as %s (leader %s)', this.generationId, this.memberId, res.leader);
        return res;
      }
      if (code === ErrorCode.MEMBER_ID_REQUIRED) {
        // KIP-394: the broker names us first, then counts us in.
        this.memberId = res.memberId;
        continue;
      }
      if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.ILLEGAL_GENERATION) {
        await this.resetMember(code === ErrorCode.UNKNOWN_MEMBER_ID);
        continue;
      }
      if (code === ErrorCode.REBALANCE_IN_PROGRESS) throw new Rejoin();
      throw createKafkaError(code, null, { groupId: this.options.groupId });
    }
  }

  private async syncGroup(join: JoinGroupResponse, assignments: { memberId: string; assignment: Buffer }[]) {
    const node = await this.coordinator();
    const res = await this.cluster.request(
      node,
      SyncGroupApi,
      {
        groupId: this.options.groupId,
        generationId: this.generationId,
        memberId: this.memberId,
        groupInstanceId: this.options.groupInstanceId,
        protocolType: 'consumer',
        protocolName: join.protocolName,
        assignments,
      },
      {
        purpose: 'coordinator',
        signal: this.abort.signal,
        timeoutMs: this.options.rebalanceTimeoutMs + this.options.requestTimeoutMs,
      },
    );
    const code = res.errorCode;
    if (code === 0) return res.assignment;
    if (code === ErrorCode.REBALANCE_IN_PROGRESS) {
      this.requestRejoin('the group rebalanced again during SyncGroup');
      throw new Rejoin();
    }
    if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.ILLEGAL_GENERATION) {
      await this.resetMember(code === ErrorCode.UNKNOWN_MEMBER_ID);
      this.requestRejoin('SyncGroup found this member out of date');
      throw new Rejoin();
    }
    throw createKafkaError(code, null, { groupId: this.options.groupId });
  }

  /**
   * The member is out of the group (session expired, fenced generation): its partitions may be
   * someone else's already, so they are lost, not revoked.
   */
  private async resetMember(forgetMemberId: boolean): Promise<void> {
    debug('member %s reset (generation %d)', this.memberId, this.generationId);
    if (forgetMemberId) this.memberId = '';
    this.generationId = -1;
    this.session.disarm();
    this.owned = new Set();
    this.ownedGeneration = -1;
    await this.actions.lose(this.state.assignment());
  }

  private async sendHeartbeat(): Promise<void> {
    // During a rebalance the poll check waits for it to finish: leaving now would race its listeners.
    if (this.polls.expired() && !this.joining) {
      await this.onPollTimeout();
      return;
    }
    let code: number;
    const sentAt = performance.now();
    try {
      const node = await this.coordinator();
      const res = await this.cluster.request(
        node,
        HeartbeatApi,
        {
          groupId: this.options.groupId,
          generationId: this.generationId,
          memberId: this.memberId,
          groupInstanceId: this.options.groupInstanceId,
        },
        { purpose: 'coordinator', signal: this.abort.signal },
      );
      code = res.errorCode;
    } catch (err) {
      if (!this.running) return;
      debug('heartbeat failed: %s', (err as Error).message);
      this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
      return;
    }
    if (code === 0 || code === ErrorCode.REBALANCE_IN_PROGRESS) this.session.confirm(sentAt);
    if (code === 0) return;
    if (code === ErrorCode.REBALANCE_IN_PROGRESS) {
      // Before JoinGroup has answered, this is the rebalance the member is joining already.
      if (!this.preparing) this.requestRejoin('the group is rebalancing');
      return;
    }
    if (
      code === ErrorCode.NOT_COORDINATOR ||
      code === ErrorCode.COORDINATOR_NOT_AVAILABLE ||
      code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    ) {
      this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
      return;
    }
    if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.ILLEGAL_GENERATION) {
      // Before JoinGroup has answered, the JoinGroup on its way settles the membership.
      if (this.preparing) return;
      this.heartbeat.stop();
      if (this.joining) {
        // Listeners of this rebalance are running: the reset (which calls onPartitionsLost) waits
        // for them, and happens at the start of the next rebalance.
        this.pendingReset = { forgetMemberId: code === ErrorCode.UNKNOWN_MEMBER_ID };
        return this.requestRejoin('the heartbeat found this member out of the group');
      }
      await this.resetMember(code === ErrorCode.UNKNOWN_MEMBER_ID);
      return this.requestRejoin('the heartbeat found this member out of the group');
    }
    const err = createKafkaError(code, null, { groupId: this.options.groupId });
    this.heartbeat.stop();
    if (code === ErrorCode.FENCED_INSTANCE_ID) {
      // Another process took this groupInstanceId: this one must not rejoin and fight over it.
      await this.actions.lose(this.state.assignment());
      this.running = false;
      this.wake.notify();
    }
    this.hooks.reportError(err, code === ErrorCode.FENCED_INSTANCE_ID);
  }

  /** No get* call for `maxPollIntervalMs`: leave so the group can reassign; rejoin on the next call. */
  private async onPollTimeout(): Promise<void> {
    debug('no get* call for %d ms: leaving the group', this.options.maxPollIntervalMs);
    createLog('consumer', this.options.logger).warn(
      'maxPollIntervalMs exceeded: leaving the group until the next getOne/getMany',
      {
        maxPollIntervalMs: this.options.maxPollIntervalMs,
      },
    );
    this.polls.timedOut = true;
    this.heartbeat.stop();
    await this.actions.revoke(this.state.assignment());
    await this.leave('maxPollIntervalMs exceeded');
    this.owned = new Set();
    this.ownedGeneration = -1;
  }

  private async unsubscribed(): Promise<void> {
    await this.heartbeat.stop();
    await this.actions.revoke(this.state.assignment());
    this.owned = new Set();
    await this.leave('the consumer unsubscribed');
    this.joinedVersion = -1;
    this.rejoinReason = 'joining after unsubscribe';
  }

  /** Sends LeaveGroup (dynamic members only) and forgets the member id. */
  private async leave(reason: string): Promise<void> {
    if (this.memberId === '') return;
    const memberId = this.memberId;
    const isStatic = this.options.groupInstanceId !== null;
    this.generationId = -1;
    this.session.disarm();
    if (!isStatic) this.memberId = '';
    if (isStatic) return; // KIP-345: a static member keeps its place until the session times out
    try {
      const node = await this.cluster.findCoordinator(CoordinatorType.GROUP, this.options.groupId, {
        timeoutMs: this.options.requestTimeoutMs,
      });
      const res = await this.cluster.request(
        node,
        LeaveGroupApi,
        (v) =>
          v >= 3
            ? { groupId: this.options.groupId, members: [{ memberId, groupInstanceId: null, reason }] }
            : { groupId: this.options.groupId, memberId },
        { purpose: 'coordinator' },
      );
      if (res.errorCode !== 0) debug('LeaveGroup answered error %d', res.errorCode);
    } catch (err) {
      debug('LeaveGroup failed: %s', (err as Error).message);
    }
  }

  /**
   * The leader rejoins when a subscribed topic's partition count differs from the one it assigned,
   * a topic that did not exist then (count 0) and exists now included (Java's assignment snapshot).
   */
  private checkPartitionCounts(snapshot: MetadataSnapshot): void {
    for (const topic of this.leaderTopics) {
      const now = snapshot.partitionCount(topic) ?? 0;
      if (now !== (this.assignedCounts.get(topic) ?? 0)) {
        this.requestRejoin(`partitions of ${topic} changed to ${now}`);
        return;
      }
    }
  }
}
