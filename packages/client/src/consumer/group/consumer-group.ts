import { randomBytes } from 'node:crypto';
import {
  ConsumerGroupHeartbeatApi,
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
  createKafkaError,
  ErrorCode,
  KafkaError,
  UnsupportedVersionError,
} from '@kafka-aio/protocol';
import { backoffMs } from '../../cluster/backoff.js';
import { type Cluster, CoordinatorType } from '../../cluster/cluster.js';
import { createDebug } from '../../observability/debug.js';
import type { ConsumerGroupStatistics } from '../../observability/stats-types.js';
import { type TopicPartition, topicPartition } from '../../topic-partition.js';
import type { CommitIdentity } from '../commit.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { SubscriptionState } from '../subscription-state.js';
import type { ConsumerGroupMetadata } from '../types.js';
import type { GroupDependencies } from './group-factory.js';
import type { GroupHooks, GroupMembership } from './group-membership.js';
import { HeartbeatLoop } from './heartbeat.js';
import { FirstAssignment, PollTracker } from './poll-tracker.js';
import { RebalanceActions } from './rebalance.js';
import { consumerGroupSessionTimeoutMs, SessionClock } from './session-clock.js';

const debug = createDebug('kafka-aio:consumer:group848');

const LEAVE_EPOCH = -1;
const LEAVE_STATIC_EPOCH = -2;
/** Errors after which this member can never be in the group as configured. */
const FATAL = new Set([
  ErrorCode.UNRELEASED_INSTANCE_ID,
  ErrorCode.UNSUPPORTED_VERSION,
  81 /* GROUP_MAX_SIZE_REACHED */,
]);

/** The target assignment as the broker sends it: topic id to partitions. */
type Target = Map<string, number[]>;

/**
 * The KIP-848 consumer group protocol (`groupProtocol: 'consumer'`): one ConsumerGroupHeartbeat
 * loop at the interval the broker sets carries the subscription (topic names, or a regex the
 * broker resolves) and the owned partitions; the broker computes the assignment and sends this
 * member its target. Reconciliation runs beside the heartbeats: revoke what is no longer in the
 * target (commit, listener), assign what is new, then acknowledge by sending the owned partitions.
 * Rebalances are incremental by nature; a member leaves with epoch -1 (a static member with -2).
 */
export class ConsumerGroup implements GroupMembership {
  private readonly cluster: Cluster;
  private readonly state: SubscriptionState;
  private readonly options: ResolvedConsumerOptions & { groupId: string };
  private readonly hooks: GroupHooks;
  private readonly actions: RebalanceActions;
  private readonly heartbeat: HeartbeatLoop;
  private readonly abort = new AbortController();
  /** KIP-1082: the member picks its own id (a UUID) and keeps it for the consumer's life. */
  private readonly memberId = randomBytes(16).toString('base64url');
  private memberEpoch = 0;
  private running = false;
  /** The next request sends every field (join, rejoin after an error). */
  private sendFull = true;
  private sentSubscriptionVersion = -1;
  private sentOwned: string | null = null;
  private target: Target | null = null;
  private reconciling: Promise<void> | undefined;
  private failures = 0;
  private left = false;
  private readonly polls: PollTracker;
  private readonly first = new FirstAssignment();
  /** The session timeout is the group's (read once it joined); until then nothing is checked. */
  private readonly session = new SessionClock(undefined);
  private sessionTimeoutRead = false;
  /** Set when {@link checkSession} found the session may have expired; the next beat loses the assignment and rejoins. */
  private sessionLost = false;

  constructor(deps: GroupDependencies) {
    this.cluster = deps.cluster;
    this.state = deps.state;
    this.options = deps.options;
    this.hooks = deps.hooks;
    this.actions = new RebalanceActions(this.state, deps.committer, this.options, this.hooks);
    this.heartbeat = new HeartbeatLoop(() => this.beat(), this.options.heartbeatIntervalMs);
    this.polls = new PollTracker(this.options.maxPollIntervalMs);
  }

  get stable(): boolean {
    return this.memberEpoch > 0;
  }

  identity(): CommitIdentity {
    return {
      generationId: this.memberEpoch,
      memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId,
      consumerProtocol: true,
    };
  }

  metadata(): ConsumerGroupMetadata {
    return {
      groupId: this.options.groupId,
      generationId: this.memberEpoch,
      memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.actions.stats.setState('up');
    this.actions.stats.reason = 'joining';
    this.polls.reset();
    this.heartbeat.start(true);
    // A new subscription goes out with the next heartbeat, right away.
    void this.watchSubscription();
  }

  statistics(): ConsumerGroupStatistics {
    // KIP-848 has no join phase: a member is joining until the group gives it an epoch.
    const joinState = !this.running ? 'init' : this.memberEpoch > 0 ? 'steady' : 'wait-join';
    return this.actions.stats.snapshot(joinState, this.state.assignedCount);
  }

  firstAssignment(signal?: AbortSignal): Promise<void> {
    return this.first.wait(signal);
  }

  pollStarted(): void {
    if (this.polls.started()) this.rejoin('the application polls again after maxPollIntervalMs');
  }

  pollEnded(): void {
    this.polls.ended();
  }

  revokeAll(): Promise<void> {
    return this.actions.revoke(this.state.assignment());
  }

  checkSession(): void {
    if (this.sessionLost || !this.session.expired()) return;
    this.sessionLost = true;
    this.actions.sessionExpired(this.session);
    this.heartbeat.beatNow();
  }

  membershipLost(_reason: Error, used: CommitIdentity): void {
    // The heartbeat learns the same from the broker; only make it come sooner.
    if (used.generationId === this.memberEpoch) this.heartbeat.beatNow();
  }

  private async watchSubscription(): Promise<void> {
    let version = this.state.subscriptionVersion;
    let type = this.state.subscriptionType;
    while (this.running) {
      await this.state.changes.wait();
      if (this.state.subscriptionVersion !== version || this.state.subscriptionType !== type) {
        version = this.state.subscriptionVersion;
        type = this.state.subscriptionType;
        if (type === 'topics' || type === 'pattern') {
          if (this.left && !this.polls.timedOut) this.rejoin('subscribed again');
          this.heartbeat.beatNow();
        } else if (this.memberEpoch > 0) {
          await this.leave('unsubscribed');
        }
      }
    }
  }

  private rejoin(reason: string): void {
    debug('rejoining: %s', reason);
    this.actions.stats.reason = reason;
    this.session.disarm();
    this.left = false;
    this.memberEpoch = 0;
    this.sendFull = true;
    if (!this.heartbeat.isRunning && this.running) this.heartbeat.start(true);
    else this.heartbeat.beatNow();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.actions.stats.setState('term');
    this.state.changes.notify();
    await this.heartbeat.stop();
    await this.reconciling;
    this.first.reject(new Error('the consumer stopped before joining the group'));
    if (this.memberEpoch > 0 && !this.sessionLost) await this.actions.revoke(this.state.assignment());
    else await this.actions.lose(this.state.assignment());
    await this.leave('the consumer is stopping');
    this.abort.abort();
  }

  /** Leaves with epoch -1 (static members -2, keeping their assignment for a restart). */
  private async leave(reason: string): Promise<void> {
    if (this.left || this.memberEpoch <= 0) {
      this.left = true;
      return;
    }
    this.session.disarm();
    const epoch = this.options.groupInstanceId !== null ? LEAVE_STATIC_EPOCH : LEAVE_EPOCH;
    debug('leaving (%s) with epoch %d', reason, epoch);
    this.left = true;
    try {
      await this.send({
        groupId: this.options.groupId,
        memberId: this.memberId,
        memberEpoch: epoch,
        instanceId: this.options.groupInstanceId,
      });
    } catch (err) {
      debug('leave heartbeat failed: %s', (err as Error).message);
    }
    this.memberEpoch = 0;
    this.sendFull = true;
  }

  private async send(body: ConsumerGroupHeartbeatRequest): Promise<ConsumerGroupHeartbeatResponse> {
    const node = await this.cluster.findCoordinator(CoordinatorType.GROUP, this.options.groupId, {
      signal: this.running ? this.abort.signal : undefined,
    });
    const conn = await this.cluster.connection(node, 'coordinator');
    if (!conn.versions.supports(ConsumerGroupHeartbeatApi, 1)) {
      throw new UnsupportedVersionError(
        `groupProtocol 'consumer' (KIP-848) needs ConsumerGroupHeartbeat v1+, which the group coordinator ${conn.broker} does not offer; use groupProtocol 'classic' or a Kafka 4.0+ broker with the consumer rebalance protocol enabled`,
      );
    }
    return conn.request(ConsumerGroupHeartbeatApi, body, { signal: this.running ? this.abort.signal : undefined });
  }

  private request(): ConsumerGroupHeartbeatRequest {
    const full = this.sendFull || this.memberEpoch === 0;
    const type = this.state.subscriptionType;
    const subChanged = full || this.sentSubscriptionVersion !== this.state.subscriptionVersion;
    const owned = [...this.state.assignment()];
    const ownedKey = owned
      .map((tp) => `${tp.topic}:${tp.partition}`)
      .sort()
      .join(',');
    const body: ConsumerGroupHeartbeatRequest = {
      groupId: this.options.groupId,
      memberId: this.memberId,
      memberEpoch: this.memberEpoch,
      instanceId: full ? this.options.groupInstanceId : null,
      rackId: full ? this.options.clientRack : null,
      rebalanceTimeoutMs: full ? this.options.rebalanceTimeoutMs : -1,
      serverAssignor: full ? this.options.groupRemoteAssignor : null,
      subscribedTopicNames: null,
      subscribedTopicRegex: null,
      topicPartitions: null,
    };
    if (subChanged) {
      if (type === 'pattern') body.subscribedTopicRegex = this.state.pattern?.source ?? null;
      else body.subscribedTopicNames = [...this.state.subscribedTopics()].sort();
    }
    if (full || ownedKey !== this.sentOwned) {
      const byId = new Map<string, number[]>();
      for (const tp of owned) {
        const id = this.cluster.metadata.topics.get(tp.topic)?.topicId;
        if (!id) continue;
        const list = byId.get(id);
        if (list) list.push(tp.partition);
        else byId.set(id, [tp.partition]);
      }
      body.topicPartitions = [...byId].map(([topicId, partitions]) => ({ topicId, partitions }));
    }
    return body;
  }

  private async beat(): Promise<void> {
    if (!this.running || this.left) return;
    if (this.sessionLost) {
      // The group may have moved our partitions on while this process was not running: as when
      // fenced, lose them and rejoin with epoch 0.
      this.sessionLost = false;
      await this.reconciling;
      this.target = null;
      await this.actions.lose(this.state.assignment());
      this.rejoin('the group session may have expired');
    }
    if (this.polls.expired()) {
      debug('no get* call for %d ms: leaving the group', this.options.maxPollIntervalMs);
      this.polls.timedOut = true;
      await this.reconciling;
      await this.actions.revoke(this.state.assignment());
      await this.leave('maxPollIntervalMs exceeded');
      return;
    }
    const type = this.state.subscriptionType;
    if (type !== 'topics' && type !== 'pattern') return;
    const body = this.request();
    const version = this.state.subscriptionVersion;
    const ownedKey = [...this.state.assignment()]
      .map((tp) => `${tp.topic}:${tp.partition}`)
      .sort()
      .join(',');
    let res: ConsumerGroupHeartbeatResponse;
    const sentAt = performance.now();
    try {
      res = await this.send(body);
    } catch (err) {
      return this.onFailure(err as Error);
    }
    if (res.errorCode !== 0) return this.onError(res);
    this.failures = 0;
    this.sendFull = false;
    if (body.subscribedTopicNames !== null || body.subscribedTopicRegex !== null)
      this.sentSubscriptionVersion = version;
    if (body.topicPartitions !== null) this.sentOwned = ownedKey;
    if (res.memberEpoch !== this.memberEpoch) debug('member epoch %d -> %d', this.memberEpoch, res.memberEpoch);
    this.memberEpoch = res.memberEpoch;
    if (this.memberEpoch > 0 && !this.sessionLost) this.session.confirm(sentAt);
    if (!this.sessionTimeoutRead && this.memberEpoch > 0) {
      this.sessionTimeoutRead = true;
      void consumerGroupSessionTimeoutMs(this.cluster, this.options.groupId, this.abort.signal).then((ms) => {
        this.session.timeoutMs = ms;
      });
    }
    if (res.heartbeatIntervalMs > 0) this.heartbeat.intervalMs = res.heartbeatIntervalMs;
    if (res.assignment) {
      this.target = new Map(res.assignment.topicPartitions.map((t) => [t.topicId, t.partitions]));
      this.reconcileSoon();
    }
  }

  private onFailure(err: Error): void {
    if (!this.running) return;
    if (err instanceof UnsupportedVersionError) {
      this.fatal(err);
      return;
    }
    this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
    this.sendFull = true;
    const wait = backoffMs(this.failures++, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
    this.heartbeat.intervalMs = Math.min(this.heartbeat.intervalMs, wait);
    debug('heartbeat failed, retrying in %d ms: %s', wait, err.message);
  }

  private async onError(res: ConsumerGroupHeartbeatResponse): Promise<void> {
    const code = res.errorCode;
    const err = createKafkaError(code, res.errorMessage, { groupId: this.options.groupId });
    if (
      code === ErrorCode.NOT_COORDINATOR ||
      code === ErrorCode.COORDINATOR_NOT_AVAILABLE ||
      code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    )
      return this.onFailure(err);
    if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.FENCED_MEMBER_EPOCH) {
      // Out of the group: the partitions may be someone else's already. Rejoin with epoch 0.
      debug('fenced (%s): rejoining', err.message);
      await this.reconciling;
      this.target = null;
      await this.actions.lose(this.state.assignment());
      this.rejoin(err.message);
      return;
    }
    if (FATAL.has(code)) {
      const error =
        code === ErrorCode.UNSUPPORTED_VERSION
          ? new UnsupportedVersionError(
              `groupProtocol 'consumer' (KIP-848) is not enabled on this broker (${err.message}); use groupProtocol 'classic' or enable the consumer rebalance protocol`,
              { cause: err },
            )
          : err;
      return this.fatal(error);
    }
    // Authorization, a bad regex, an unknown server assignor: the application has to act.
    this.hooks.reportError(err);
    this.first.reject(err);
    this.heartbeat.intervalMs = this.options.retryBackoffMaxMs;
  }

  private fatal(err: Error): void {
    debug('fatal: %s', err.message);
    this.hooks.reportError(err, true);
    this.first.reject(err);
    this.running = false;
    void this.heartbeat.stop();
  }

  /** Runs reconciliations one after another; a newer target is picked up by the next run. */
  private reconcileSoon(): void {
    if (this.reconciling) return;
    this.reconciling = (async () => {
      while (this.target && this.running) {
        const target = this.target;
        try {
          const done = await this.reconcile(target);
          if (this.target === target && done) this.target = null;
          else if (this.target === target) await new Promise((r) => setTimeout(r, this.options.retryBackoffMs));
        } catch (err) {
          debug('reconciliation failed: %s', (err as Error).message);
          await new Promise((r) => setTimeout(r, this.options.retryBackoffMs));
        }
      }
    })().finally(() => {
      this.reconciling = undefined;
    });
  }

  /** Brings the assignment to `target`; returns false when some topic ids are not resolvable yet. */
  private async reconcile(target: Target): Promise<boolean> {
    const names = await this.resolveTopicIds(target.keys());
    const wanted = new Set<TopicPartition>();
    let complete = true;
    for (const [id, partitions] of target) {
      const name = names.get(id);
      if (!name) {
        complete = false;
        continue;
      }
      for (const p of partitions) wanted.add(topicPartition(name, p));
    }
    const current = this.state.assignment();
    const revoked = new Set([...current].filter((tp) => !wanted.has(tp)));
    const added = new Set([...wanted].filter((tp) => !current.has(tp)));
    if (revoked.size > 0 || added.size > 0) debug('reconciling: -%d +%d', revoked.size, added.size);
    await this.actions.revoke(revoked);
    if (added.size > 0 || !this.first.done) await this.actions.assign(added);
    if (complete) {
      this.first.resolve();
    }
    // Acknowledge: the next heartbeat carries the owned partitions.
    this.heartbeat.beatNow();
    return complete;
  }

  private async resolveTopicIds(ids: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...ids];
    const lookup = () => {
      const out = new Map<string, string>();
      for (const t of this.cluster.metadata.topics.values()) if (wanted.includes(t.topicId)) out.set(t.topicId, t.name);
      return out;
    };
    let names = lookup();
    if (names.size < wanted.length) {
      // Regex subscriptions name topics this client has not seen yet: learn them all.
      if (this.state.subscriptionType === 'pattern') this.cluster.watchAllTopics();
      await this.cluster.refreshMetadata(this.state.subscribedTopics()).catch((err: unknown) => {
        if (!(err instanceof KafkaError)) throw err;
      });
      names = lookup();
    }
    return names;
  }
}
