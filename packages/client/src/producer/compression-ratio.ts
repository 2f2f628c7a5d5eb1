/**
 * How much each topic's batches shrink under the producer's codec, learnt from the batches encoded
 * so far. `maxBatchSize` is a limit on the bytes sent, so a compressed batch may hold more records
 * than it would uncompressed: without this a 16 KiB lz4 batch of text goes out at 8 KiB, and a
 * single-partition producer sends twice the requests it needs.
 *
 * The estimate starts at 1 (no gain) and follows what is observed: it jumps up at once when the
 * data compresses worse than expected (so a batch overshoots `maxBatchSize` by little), and comes
 * down gradually when it compresses better (so one unusually compressible batch cannot make the
 * next one huge).
 */
export class CompressionRatios {
  private readonly byTopic = new Map<string, number>();

  /** @param compressed false when the codec is `none`: every estimate is then exactly 1. */
  constructor(private readonly compressed: boolean) {}

  /** The expected compressed/uncompressed size ratio of `topic`'s next batch, with headroom. */
  estimate(topic: string): number {
    if (!this.compressed) return 1;
    return (this.byTopic.get(topic) ?? 1) * HEADROOM;
  }

  /** Records one encoded batch: `uncompressed` and `compressed` are the sizes of its records. */
  observe(topic: string, uncompressed: number, compressed: number): void {
    if (!this.compressed || uncompressed <= 0) return;
    const observed = Math.min(MAX_RATIO, Math.max(MIN_RATIO, compressed / uncompressed));
    const current = this.byTopic.get(topic) ?? 1;
    this.byTopic.set(topic, observed >= current ? observed : current + (observed - current) * IMPROVE_WEIGHT);
  }

  /**
   * A batch of `topic` was refused as too large: stop counting on compression to fit more records
   * than `maxBatchSize` (the estimate goes back to no gain, and learns downward again from here).
   */
  refused(topic: string): void {
    if (!this.compressed) return;
    this.byTopic.set(topic, Math.max(1, this.byTopic.get(topic) ?? 1));
  }
}

/** Extra room on the estimate, so an ordinary batch-to-batch variation stays under the limit. */
const HEADROOM = 1.05;
/** How far one better-compressing batch moves the estimate toward what it saw. */
const IMPROVE_WEIGHT = 0.1;
/**
 * A floor on the ratio: a batch never holds more than 4× `maxBatchSize` of uncompressed records.
 * It bounds the overshoot when the data suddenly stops compressing (batches filled before the
 * estimate caught up are too large once encoded; the broker refuses those above the topic's limit
 * and the sender splits them), while keeping most of the gain for text and JSON, which compress 2–5×.
 */
const MIN_RATIO = 0.25;
/** lz4 and zstd frames can be slightly larger than their input; no need to plan for worse. */
const MAX_RATIO = 1.1;
