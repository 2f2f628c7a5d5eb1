import type { TopicPartition } from '../topic-partition.js';
import type { ProducerBatch } from './producer-batch.js';

const INT32_MAX = 2 ** 31 - 1;
/** The highest producer epoch; past it an idempotent producer needs a new producer id. */
export const MAX_PRODUCER_EPOCH = 2 ** 15 - 1;

/**
 * The idempotent producer's identity (producer id and epoch) and the next sequence number per
 * partition. A batch takes its sequence the first time it is sent under the current identity and
 * keeps it across retries, so the broker can drop a retried batch it already wrote; a new identity
 * (a bumped epoch, KIP-360, or a new producer id) starts every partition at sequence 0 again.
 */
export class ProducerIdentity {
  producerId = -1n;
  epoch = -1;
  /** Set when the sequence state may be out of step with the broker's; cleared by a new identity. */
  needsBump = false;
  /** How many identities this producer has had: the first producer id, then every bump or new id. */
  renewals = 0;
  /** `performance.now()` of the last change of identity (creation, then each {@link set}): for statistics. */
  changedAt = performance.now();
  private readonly nextSequence = new Map<TopicPartition, number>();
  /** Partitions where the broker acknowledged a batch under the current producer id. */
  private readonly confirmed = new Set<TopicPartition>();

  get isValid(): boolean {
    return this.producerId >= 0n;
  }

  /** Adopts a new id and epoch; every partition restarts at sequence 0. */
  set(producerId: bigint, epoch: number): void {
    // Under a new epoch of the same id, a broker that holds state for the id insists on sequence 0
    // first, so confirmed partitions stay confirmed; a new id has no state anywhere yet.
    if (producerId !== this.producerId) this.confirmed.clear();
    this.producerId = producerId;
    this.epoch = epoch;
    this.renewals++;
    this.changedAt = performance.now();
    this.nextSequence.clear();
    this.needsBump = false;
  }

  /** Gives `batch` the next sequence of its partition (unless it already has one under this identity). */
  stamp(batch: ProducerBatch): void {
    if (batch.stampedBy(this.producerId, this.epoch)) return;
    const seq = this.nextSequence.get(batch.tp) ?? 0;
    batch.setProducerState(this.producerId, this.epoch, seq);
    this.nextSequence.set(batch.tp, (seq + batch.recordCount) % (INT32_MAX + 1));
  }

  /**
   * Whether the broker has acknowledged a batch of `tp` under this producer id. Until it has, the
   * broker may hold no state for this producer on the partition, and then it accepts any first
   * sequence: a second batch overtaking a refused first one (NOT_LEADER_OR_FOLLOWER on a new
   * topic) would be written before it. So until then a partition has one batch in flight.
   */
  isConfirmed(tp: TopicPartition): boolean {
    return this.confirmed.has(tp);
  }

  /** The broker's state for `tp` is in doubt (a sequence gap, an unknown producer id): confirm it again. */
  unconfirm(tp: TopicPartition): void {
    this.confirmed.delete(tp);
  }

  /** Records an acknowledgement of a batch stamped with this identity. */
  confirm(batch: ProducerBatch): void {
    if (batch.stampedBy(this.producerId, this.epoch)) this.confirmed.add(batch.tp);
  }
}
