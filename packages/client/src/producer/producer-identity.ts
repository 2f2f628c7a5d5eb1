import type { TopicPartition } from '../topic-partition.js';
import type { ProducerBatch } from './producer-batch.js';

const INT32_MAX = 2 ** 31 - 1;

/**
 * The idempotent producer's identity (producer id and epoch from InitProducerId) and the next
 * sequence number per partition. A batch takes its sequence the first time it is sent and keeps it
 * across retries, so the broker can drop a retried batch it already wrote; an epoch bump (KIP-360)
 * starts every partition at sequence 0 again.
 */
export class ProducerIdentity {
  producerId = -1n;
  epoch = -1;
  /** Set when the sequence state may be out of step with the broker's; cleared by a bump. */
  needsBump = false;
  private readonly nextSequence = new Map<TopicPartition, number>();

  get isValid(): boolean {
    return this.producerId >= 0n;
  }

  /** Adopts a new id and epoch; every partition restarts at sequence 0. */
  set(producerId: bigint, epoch: number): void {
    this.producerId = producerId;
    this.epoch = epoch;
    this.nextSequence.clear();
    this.needsBump = false;
  }

  /** Gives `batch` the next sequence of its partition (if it has none yet) and the current identity. */
  stamp(batch: ProducerBatch): void {
    if (batch.baseSequence < 0 || batch.producerEpoch !== this.epoch || batch.producerId !== this.producerId) {
      const seq = this.nextSequence.get(batch.tp) ?? 0;
      batch.baseSequence = seq;
      this.nextSequence.set(batch.tp, (seq + batch.recordCount) % (INT32_MAX + 1));
    }
    batch.producerId = this.producerId;
    batch.producerEpoch = this.epoch;
  }
}
