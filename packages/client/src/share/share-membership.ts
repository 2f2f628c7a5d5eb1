import { randomBytes } from 'node:crypto';
import {
  createKafkaError,
  ErrorCode,
  KafkaError,
  ShareGroupHeartbeatApi,
  type ShareGroupHeartbeatRequest,
  type ShareGroupHeartbeatResponse,
  UnsupportedVersionError,
} from '@kafka-aio/protocol';
import { backoffMs } from '../cluster/backoff.js';
import { type Cluster, CoordinatorType } from '../cluster/cluster.js';
import { HeartbeatLoop } from '../consumer/group/heartbeat.js';
import { FirstAssignment } from '../consumer/group/poll-tracker.js';
import { createDebug } from '../observability/debug.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';

const debug = createDebug('kafka-aio:share:group');

const LEAVE_EPOCH = -1;

/** Heartbeat errors after which this member can never be in the group as configured (Java: thrown from poll). */
const FATAL = new Set<number>([
  ErrorCode.GROUP_AUTHORIZATION_FAILED,
  ErrorCode.INVALID_REQUEST,
  ErrorCode.GROUP_MAX_SIZE_REACHED,
  ErrorCode.UNSUPPORTED_VERSION,
  ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
  ErrorCode.GROUP_ID_NOT_FOUND,
]);

/** What the membership needs from its owner. */
export interface ShareMembershipHooks {
  /** The partitions this member now fetches from (names resolved); replaces the previous set. */
  assigned(partitions: ReadonlySet<TopicPartition>): void;
  /** An error for the application's next get* call; `fatal`: the member is out for good. */
  reportError(err: Error, fatal: boolean): void;
}

/** Settings of the membership, from the consumer's options. */
export interface ShareMembershipOptions {
  groupId: string;
  clientRack: string | null;
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
}

/**
 * Share-group membership (KIP-932): one ShareGroupHeartbeat loop at the interval the coordinator
 * sets. The member picks its id (a random Uuid, base64url) once, joins with epoch 0 and its topic
 * names, gets its assignment from the broker (a partition may go to several members) and takes it
 * as it comes: there is no revocation step. FENCED_MEMBER_EPOCH / UNKNOWN_MEMBER_ID drop the
 * assignment and rejoin at once with the same id; coordinator errors look the coordinator up again;
 * the errors Java treats as fatal end the membership. Leaving sends epoch -1.
 */
export class ShareMembership {
  /** The member id: a Kafka Uuid in its 22-character base64url form, kept for the consumer's life. */
  readonly memberId = randomBytes(16).toString('base64url');
  memberEpoch = 0;
  private readonly heartbeat: HeartbeatLoop;
  private readonly abort = new AbortController();
  private readonly first = new FirstAssignment();
  private running = false;
  private sendFull = true;
  private topics: readonly string[] = [];
  private sentTopics: string | null = null;
  private failures = 0;
  private target: Map<string, number[]> | null = null;
  /** Bumped on every new target, so that a slow topic-id resolution cannot apply an older one. */
  private targetVersion = 0;
  private assignment: ReadonlySet<TopicPartition> = new Set();

  constructor(
    private readonly cluster: Cluster,
    private readonly options: ShareMembershipOptions,
    private readonly hooks: ShareMembershipHooks,
  ) {
    this.heartbeat = new HeartbeatLoop(() => this.beat(), 5_000);
  }

  /** The partitions assigned now. */
  get assigned(): ReadonlySet<TopicPartition> {
    return this.assignment;
  }

  /** Starts heartbeating (joining at once when there is a subscription). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.heartbeat.start(true);
  }

  /** Resolves once the member joined (the coordinator gave it an epoch); rejects with a fatal error. */
  joined(signal?: AbortSignal): Promise<void> {
    return this.first.wait(signal);
  }

  /** The subscription changed: the next heartbeat (sent now) carries it; an empty list leaves the group. */
  subscribe(topics: readonly string[]): void {
    this.topics = [...new Set(topics)].sort();
    if (this.topics.length > 0) {
      this.cluster.addInterest(this.topics);
      if (this.memberEpoch < 0) this.rejoin('subscribed again');
    }
    if (this.running) this.heartbeat.beatNow();
  }

  /** Stops heartbeating and leaves the group (epoch -1). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.heartbeat.stop();
    this.first.reject(new KafkaError('the share consumer stopped before joining the group'));
    await this.leave('the consumer is stopping');
    this.abort.abort();
  }

  private async leave(reason: string): Promise<void> {
    this.setAssignment(new Set());
    if (this.memberEpoch <= 0) {
      this.memberEpoch = LEAVE_EPOCH;
      return;
    }
    debug('leaving (%s)', reason);
    try {
      const res = await this.send({ groupId: this.options.groupId, memberId: this.memberId, memberEpoch: LEAVE_EPOCH });
      if (res.errorCode !== 0 && res.errorCode !== ErrorCode.GROUP_ID_NOT_FOUND)
        debug('leave heartbeat answered error %d', res.errorCode);
    } catch (err) {
      debug('leave heartbeat failed: %s', (err as Error).message);
    }
    this.memberEpoch = LEAVE_EPOCH;
    this.sendFull = true;
  }

  private rejoin(reason: string): void {
    debug('rejoining: %s', reason);
    this.memberEpoch = 0;
    this.sendFull = true;
    this.heartbeat.beatNow();
  }

  private async send(body: ShareGroupHeartbeatRequest): Promise<ShareGroupHeartbeatResponse> {
    const node = await this.cluster.findCoordinator(CoordinatorType.GROUP, this.options.groupId, {
      signal: this.running ? this.abort.signal : undefined,
    });
    const conn = await this.cluster.connection(node, 'coordinator');
    if (!conn.versions.supports(ShareGroupHeartbeatApi, 1)) {
      throw new UnsupportedVersionError(
        `share groups (KIP-932) need ShareGroupHeartbeat v1, which the group coordinator ${conn.broker} does not offer: use an Apache Kafka 4.1+ broker (4.2+ for production) with share.version=1`,
      );
    }
    return conn.request(ShareGroupHeartbeatApi, body, { signal: this.running ? this.abort.signal : undefined });
  }

  private async beat(): Promise<void> {
    if (!this.running) return;
    if (this.topics.length === 0) {
      if (this.memberEpoch > 0) await this.leave('unsubscribed');
      return;
    }
    if (this.memberEpoch < 0) return; // left; subscribe() rejoins
    const full = this.sendFull || this.memberEpoch === 0;
    const topicsKey = this.topics.join(',');
    const body: ShareGroupHeartbeatRequest = {
      groupId: this.options.groupId,
      memberId: this.memberId,
      memberEpoch: this.memberEpoch,
      rackId: full ? this.options.clientRack : null,
      subscribedTopicNames: full || topicsKey !== this.sentTopics ? [...this.topics] : null,
    };
    let res: ShareGroupHeartbeatResponse;
    try {
      res = await this.send(body);
    } catch (err) {
      return this.onFailure(err as Error);
    }
    if (!this.running) return;
    if (res.errorCode !== 0) return this.onError(res);
    this.failures = 0;
    this.sendFull = false;
    if (body.subscribedTopicNames) this.sentTopics = topicsKey;
    if (res.memberEpoch !== this.memberEpoch) debug('member epoch %d -> %d', this.memberEpoch, res.memberEpoch);
    this.memberEpoch = res.memberEpoch;
    if (res.heartbeatIntervalMs > 0) this.heartbeat.intervalMs = res.heartbeatIntervalMs;
    if (res.assignment) {
      this.target = new Map(res.assignment.topicPartitions.map((t) => [t.topicId, t.partitions]));
      this.targetVersion++;
      await this.applyTarget();
    } else if (this.target) {
      await this.applyTarget(); // topic ids that were not resolvable yet
    }
    if (this.memberEpoch > 0 && this.target === null) this.first.resolve();
  }

  /** Resolves the target's topic ids to names and hands the partitions to the fetcher. */
  private async applyTarget(): Promise<void> {
    const target = this.target;
    if (!target) return;
    const version = this.targetVersion;
    const resolve = () => {
      const names = new Map<string, string>();
      for (const t of this.cluster.metadata.topics.values()) if (target.has(t.topicId)) names.set(t.topicId, t.name);
      return names;
    };
    let names = resolve();
    if (names.size < target.size) {
      await this.cluster.refreshMetadata(this.topics).catch((err: unknown) => {
        if (!(err instanceof KafkaError)) throw err;
      });
      names = resolve();
    }
    if (version !== this.targetVersion || !this.running) return;
    const wanted = new Set<TopicPartition>();
    for (const [id, partitions] of target) {
      const name = names.get(id);
      if (name) for (const p of partitions) wanted.add(topicPartition(name, p));
    }
    this.setAssignment(wanted);
    if (names.size === target.size) {
      this.target = null;
      this.first.resolve();
    }
  }

  private setAssignment(partitions: ReadonlySet<TopicPartition>): void {
    const same = partitions.size === this.assignment.size && [...partitions].every((tp) => this.assignment.has(tp));
    if (same) return;
    debug('assignment: %d partitions', partitions.size);
    this.assignment = partitions;
    this.hooks.assigned(partitions);
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

  private onError(res: ShareGroupHeartbeatResponse): void {
    const code = res.errorCode;
    const err = createKafkaError(code, res.errorMessage, { groupId: this.options.groupId });
    if (code === ErrorCode.NOT_COORDINATOR || code === ErrorCode.COORDINATOR_NOT_AVAILABLE) {
      // Look the coordinator up again and retry without backoff.
      this.cluster.invalidateCoordinator(CoordinatorType.GROUP, this.options.groupId);
      this.sendFull = true;
      this.heartbeat.beatNow();
      return;
    }
    if (code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) {
      this.onFailure(err);
      return;
    }
    if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.FENCED_MEMBER_EPOCH) {
      // Out of the group: drop the assignment and rejoin at once with the same member id.
      this.target = null;
      this.setAssignment(new Set());
      this.rejoin(err.message);
      return;
    }
    if (FATAL.has(code)) {
      const error =
        code === ErrorCode.UNSUPPORTED_VERSION
          ? new UnsupportedVersionError(
              `share groups (KIP-932) are not enabled on this cluster (${err.message}): they need Apache Kafka 4.1+ (production-ready in 4.2) with the feature share.version=1`,
              { cause: err },
            )
          : err;
      this.fatal(error);
      return;
    }
    // Topic authorization and the like: the application has to act; the member stays in the group.
    this.hooks.reportError(err, false);
    this.heartbeat.intervalMs = Math.max(this.heartbeat.intervalMs, this.options.retryBackoffMaxMs);
  }

  private fatal(err: Error): void {
    debug('fatal: %s', err.message);
    this.hooks.reportError(err, true);
    this.first.reject(err);
    this.running = false;
    this.setAssignment(new Set());
    void this.heartbeat.stop();
  }
}
