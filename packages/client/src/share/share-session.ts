import { ErrorCode } from '@kafka-aio/protocol';
import type { TopicPartition } from '../topic-partition.js';

/** Top-level errors after which the session is gone and the next request opens a new one (epoch 0). */
export const SHARE_SESSION_ERRORS: ReadonlySet<number> = new Set([
  ErrorCode.SHARE_SESSION_NOT_FOUND,
  ErrorCode.INVALID_SHARE_SESSION_EPOCH,
  ErrorCode.SHARE_SESSION_LIMIT_REACHED,
]);

/** The epoch of a request that closes the session. */
export const FINAL_EPOCH = -1;

/** What one request of a share session carries, as {@link ShareSession.next} planned it. */
export interface SessionPlan {
  epoch: number;
  /** True for the opening request (epoch 0): it lists every partition and must not carry acknowledgements. */
  full: boolean;
  /** Partitions to list in `Topics` (all of them when full, else those new to the session). */
  add: TopicPartition[];
  /** Partitions to list in `ForgottenTopicsData`. */
  forget: TopicPartition[];
  /** The partition set the session has once this request succeeds. */
  after: ReadonlySet<TopicPartition>;
}

/**
 * One share session with one broker (KIP-932; key: group id + member id), as a small state
 * machine: epoch 0 opens it with the full partition list, each response moves the epoch on by one
 * (wrapping to 1 after Int32.MAX), incremental requests name only what was added or forgotten, and
 * a session error or a failed request drops it so the next request opens a new one. The owner keeps
 * one request in flight per session; this class only plans requests and records their outcome.
 */
export class ShareSession {
  /** The epoch the next request carries; 0 when no session is open. */
  epoch = 0;
  /** The partitions the broker has in the session. */
  partitions: ReadonlySet<TopicPartition> = new Set();

  /** True while a session is open on the broker (its acknowledgements can be sent). */
  get open(): boolean {
    return this.epoch > 0;
  }

  /** Plans the next ShareFetch for `wanted`, the partitions to fetch from this broker. */
  next(wanted: ReadonlySet<TopicPartition>): SessionPlan {
    if (this.epoch === 0) return { epoch: 0, full: true, add: [...wanted], forget: [], after: new Set(wanted) };
    const add = [...wanted].filter((tp) => !this.partitions.has(tp));
    const forget = [...this.partitions].filter((tp) => !wanted.has(tp));
    return { epoch: this.epoch, full: false, add, forget, after: new Set(wanted) };
  }

  /** Records a response without a session error: the session holds `plan.after`, the epoch moves on. */
  succeeded(plan: Pick<SessionPlan, 'after' | 'epoch'>): void {
    if (plan.epoch === FINAL_EPOCH) {
      this.reset();
      return;
    }
    this.partitions = plan.after;
    this.epoch = this.epoch >= 0x7fffffff ? 1 : this.epoch + 1;
  }

  /** Records an answer that did not change the partition set (ShareAcknowledge, a non-session error). */
  advanced(): void {
    if (this.epoch > 0) this.epoch = this.epoch >= 0x7fffffff ? 1 : this.epoch + 1;
  }

  /** The session is gone (a session error, a failed request, a final request): start over at epoch 0. */
  reset(): void {
    this.epoch = 0;
    this.partitions = new Set();
  }
}
