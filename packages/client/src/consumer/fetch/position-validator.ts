import { createKafkaError, OffsetForLeaderEpochApi, type OffsetForLeaderEpochResponse } from '@kafka-aio/protocol';
import { type Cluster, isRetriable } from '../../cluster/cluster.js';
import type { PartitionInfo } from '../../cluster/metadata.js';
import { createDebug } from '../../observability/debug.js';
import { LogTruncationError } from '../errors.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { PartitionState, SubscriptionState } from '../subscription-state.js';

const debug = createDebug('kafka-aio:consumer:fetcher');

/** OffsetForLeaderEpoch answers with these when it knows nothing of the epoch asked about. */
const UNDEFINED_EPOCH = -1;
const UNDEFINED_OFFSET = -1n;

/**
 * KIP-320: after the leader of a partition changed, or for a position that came with a leader
 * epoch (a committed offset, a seek), asks the leader with OffsetForLeaderEpoch where the epoch of
 * the position's last record ends. If it ends before the position, the log was truncated under the
 * consumer (an unclean leader election, a lost replica): records it read are gone and the records
 * now at those offsets are different ones. As Java's consumer, it then moves the position back to
 * where the logs diverge, or, with `autoOffsetReset: 'none'`, fails the partition with
 * {@link LogTruncationError}. Until the answer, the partition is not fetched.
 */
export class PositionValidator {
  /** Partitions with a validation in flight, with the epoch of their state when it started. */
  private readonly inFlight = new Map<PartitionState, number>();

  constructor(
    private readonly cluster: Cluster,
    private readonly state: SubscriptionState,
    private readonly options: ResolvedConsumerOptions,
    private readonly hooks: {
      /** The partition cannot go on by itself: hand `err` to the application. */
      fail(s: PartitionState, err: Error): void;
      /** Validate `s` again after a backoff, with fresh metadata (the leader may have moved). */
      backOff(s: PartitionState): void;
      /** A validation ended (the fetcher may have partitions to fetch again). */
      done(): void;
    },
  ) {}

  /**
   * Whether `s` must be validated before it is fetched from the leader in `info`: true while a
   * validation runs or when one was just started (the caller then skips the partition).
   */
  holds(s: PartitionState, info: PartitionInfo): boolean {
    if (this.inFlight.has(s)) return true;
    if (info.leaderEpoch < 0 || s.positionLeaderEpoch === null || s.position === null) {
      s.validatedLeaderEpoch = info.leaderEpoch;
      return false;
    }
    if (s.validatedLeaderEpoch === null) {
      // A position the consumer found itself (a reset, its own records) is as good as the leader it
      // came from; one that came with an epoch from elsewhere is checked first.
      if (!s.validatePosition) {
        s.validatedLeaderEpoch = info.leaderEpoch;
        return false;
      }
    } else if (info.leaderEpoch <= s.validatedLeaderEpoch) {
      return false;
    }
    this.validate(s, info);
    return true;
  }

  /** Forgets validations in flight (their answers are dropped). */
  clear(): void {
    this.inFlight.clear();
  }

  private validate(s: PartitionState, info: PartitionInfo): void {
    const position = s.position as bigint;
    const epoch = s.positionLeaderEpoch as number;
    const stateEpoch = this.state.beginValidation(s);
    this.inFlight.set(s, stateEpoch);
    const tp = s.tp;
    debug(
      '%s[%d]: validating position %s of leader epoch %d with the leader (epoch %d)',
      tp.topic,
      tp.partition,
      position,
      epoch,
      info.leaderEpoch,
    );
    this.cluster
      .request(
        info.leader,
        OffsetForLeaderEpochApi,
        {
          replicaId: -1,
          topics: [
            {
              topic: tp.topic,
              partitions: [{ partition: tp.partition, currentLeaderEpoch: info.leaderEpoch, leaderEpoch: epoch }],
            },
          ],
        },
        { timeoutMs: this.options.requestTimeoutMs },
      )
      .then(
        (res) => this.onAnswer(s, stateEpoch, info.leaderEpoch, position, res),
        (err: unknown) => this.retryLater(s, stateEpoch, err),
      )
      .finally(() => {
        if (this.inFlight.get(s) === stateEpoch) this.inFlight.delete(s);
        this.hooks.done();
      });
  }

  private onAnswer(
    s: PartitionState,
    stateEpoch: number,
    leaderEpoch: number,
    position: bigint,
    res: OffsetForLeaderEpochResponse,
  ): void {
    if (s.epoch !== stateEpoch || s.fetchState !== 'awaitValidation') return; // moved on meanwhile
    const tp = s.tp;
    const answer = res.topics.find((t) => t.topic === tp.topic)?.partitions.find((p) => p.partition === tp.partition);
    if (!answer) {
      this.retryLater(s, stateEpoch, new Error('OffsetForLeaderEpoch did not answer for the partition'));
      return;
    }
    if (answer.errorCode !== 0) {
      const err = createKafkaError(answer.errorCode, null, { topic: tp.topic, partition: tp.partition });
      this.retryLater(s, stateEpoch, err);
      return;
    }
    const endOffset = answer.endOffset ?? UNDEFINED_OFFSET;
    const endEpoch = answer.leaderEpoch ?? UNDEFINED_EPOCH;
    if (endEpoch === UNDEFINED_EPOCH || endOffset === UNDEFINED_OFFSET) {
      // The leader knows no epoch this old: as Java, the position is out of range.
      this.truncated(s, position, null);
      return;
    }
    if (endOffset < position) {
      this.truncated(s, position, { offset: endOffset, leaderEpoch: endEpoch });
      return;
    }
    s.validatedLeaderEpoch = leaderEpoch;
    this.state.endValidation(s);
  }

  private truncated(
    s: PartitionState,
    position: bigint,
    divergent: { offset: bigint; leaderEpoch: number } | null,
  ): void {
    const tp = s.tp;
    const policy = this.options.autoOffsetReset;
    if (policy === 'none') {
      this.hooks.fail(s, new LogTruncationError(tp, position, divergent));
      return;
    }
    if (divergent === null) {
      debug(
        '%s[%d]: the leader knows no epoch of position %s, resetting to %s',
        tp.topic,
        tp.partition,
        position,
        policy,
      );
      this.state.requestResetOf(s, policy);
      return;
    }
    debug('%s[%d]: log truncated below position %s, moving to %s', tp.topic, tp.partition, position, divergent.offset);
    this.state.setPositionOf(s, divergent.offset, divergent.leaderEpoch);
  }

  /**
   * A validation that failed for a reason that may pass (a lost connection, a leader that moved)
   * is tried again after a backoff. One that cannot succeed (a broker without the API, an
   * authorization error) is given up: the position stays as it was, as with a broker before
   * KIP-320, rather than stall the partition for good.
   */
  private retryLater(s: PartitionState, stateEpoch: number, err: unknown): void {
    if (s.epoch !== stateEpoch || s.fetchState !== 'awaitValidation') return;
    const message = (err as Error)?.message ?? String(err);
    if (!isRetriable(err)) {
      debug('%s[%d]: cannot validate the position, fetching on: %s', s.tp.topic, s.tp.partition, message);
      s.validatedLeaderEpoch = Number.MAX_SAFE_INTEGER;
      this.state.endValidation(s);
      return;
    }
    debug('%s[%d]: validation failed, retrying: %s', s.tp.topic, s.tp.partition, message);
    this.hooks.backOff(s);
    this.state.retryValidation(s);
  }
}
