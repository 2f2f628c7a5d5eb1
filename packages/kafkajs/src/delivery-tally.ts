import type { RecordMetadata as AioRecordMetadata, TopicPartition } from '@kafka-aio/client';
import type { RecordMetadata } from './producer.js';

interface PartitionResult extends RecordMetadata {
  /** The lowest offset seen so far (-1 until a record of the partition is delivered). */
  min: bigint;
}

/**
 * The outcome of one KafkaJS `send()` call, collected through its records' delivery callbacks:
 * one promise per call instead of one per record (a `delivered` promise, its reaction and a
 * metadata object each), which is most of what the KafkaJS layer added to a send. Partitions are
 * reported in the order the call first wrote to them; the first failure rejects at once, as
 * `Promise.all` over the records would.
 */
export class DeliveryTally {
  private readonly partitions = new Map<TopicPartition, PartitionResult>();
  private left = 0;
  private sealed = false;
  private failed = false;
  private resolve!: (results: RecordMetadata[]) => void;
  private reject!: (err: unknown) => void;
  /** Settles once every record added before {@link seal} is delivered, or with the first failure. */
  readonly done = new Promise<RecordMetadata[]>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });

  constructor() {
    // A record may fail while the call is still sending (or the call may throw before sealing):
    // never an unhandled rejection; the caller sees it through seal().
    this.done.catch(() => undefined);
  }

  /** The delivery callback to pass with each record of the call. */
  readonly onDelivery = (err: Error | null, metadata: AioRecordMetadata | null): void => {
    if (this.failed) return;
    if (err || !metadata) {
      this.failed = true;
      this.reject(err ?? new Error('a record was reported without metadata'));
      return;
    }
    const e = this.partitions.get(metadata.topicPartition);
    if (e && metadata.offset >= 0n && (e.min < 0n || metadata.offset < e.min)) {
      e.min = metadata.offset;
      e.baseOffset = String(metadata.offset);
      e.logAppendTime = metadata.timestampType === 'LogAppendTime' ? String(metadata.timestamp) : '-1';
      e.logStartOffset = String(metadata.logStartOffset);
    }
    this.left--;
    this.finishIfDone();
  };

  /** Counts one record sent to `tp` (call in send order). */
  add(tp: TopicPartition): void {
    this.left++;
    if (!this.partitions.has(tp))
      this.partitions.set(tp, {
        topicName: tp.topic,
        partition: tp.partition,
        errorCode: 0,
        baseOffset: '-1',
        logAppendTime: '-1',
        logStartOffset: '-1',
        min: -1n,
      });
  }

  /** No more records: resolves `done` as soon as every record added is delivered. */
  seal(): Promise<RecordMetadata[]> {
    this.sealed = true;
    this.finishIfDone();
    return this.done;
  }

  private finishIfDone(): void {
    if (!this.sealed || this.left > 0 || this.failed) return;
    this.resolve([...this.partitions.values()].map(({ min: _min, ...m }) => m));
  }
}
