import {
  ConnectionError,
  createKafkaError,
  ErrorCode,
  KafkaError,
  KafkaTimeoutError,
  OutcomeUnknownError,
  ProduceApi,
  type ProduceRequest,
  type ProduceResponse,
  PurgedError,
  RECORD_BATCH_OVERHEAD,
  RecordTooLargeError,
  ZERO_UUID,
} from '@kafka-aio/protocol';
import { backoffMs } from '../cluster/backoff.js';
import type { Cluster } from '../cluster/cluster.js';
import { applyLeaderHints, type HintedPartition } from '../cluster/leader-hints.js';
import { SPILL_BYTES_ABOVE } from '../network/connection.js';
import { createDebug } from '../observability/debug.js';
import { formatTopicPartition, type TopicPartition } from '../topic-partition.js';
import type { BufferBudget } from './buffer-budget.js';
import type { ResolvedProducerOptions } from './options.js';
import type { BatchResult, ProducerBatch } from './producer-batch.js';
import type { ProducerIdentity } from './producer-identity.js';
import type { RecordAccumulator } from './record-accumulator.js';

const debug = createDebug('kafka-aio:producer');
/** A write that is done: what a request waits for when none is ahead of it on its connection. */
const WRITTEN = Promise.resolve();

/** What the sender asks of the transaction layer, if any. */
export interface SenderHooks {
  /**
   * Resolves once the producer id is usable; may run InitProducerId or an epoch bump. `signal`
   * aborts when the sender closes, so a retry loop against dead brokers cannot outlive stop().
   */
  ensureIdentity(signal?: AbortSignal): Promise<void>;
  /** Called before a batch of `tp` is sent inside a transaction (AddPartitionsToTxn); false = not yet. */
  readyToSend?(tp: TopicPartition): boolean;
  /** A fatal error: the producer cannot continue (fenced, unauthorized transactional id, ...). */
  onFatal(err: KafkaError): void;
  /** A batch failed inside a transaction: the transaction must abort. */
  onBatchFailed?(err: Error): void;
  /** A batch was acknowledged (for the statistics' delivery counters). */
  onDelivered?(batch: ProducerBatch): void;
  /** Whether batches are transactional. */
  readonly transactional: boolean;
  /** The highest Produce version to use, when the transaction layer needs a cap. */
  produceVersionCap?(): number | undefined;
}

/**
 * Drains ready batches from the accumulator into Produce requests (up to `maxInFlightRequests`
 * per broker) and settles each batch from the response: success, retry after backoff (keeping its
 * sequence number), split when the broker refuses it as too large, or failure once
 * `deliveryTimeoutMs` is spent. Order per partition is kept: without idempotence one batch per
 * partition is in flight; with it up to `maxInFlightRequests`, in separate requests written to the
 * broker in order, the broker refusing out-of-order sequences and the retried ones going first.
 * A partition sends one batch at a time until the broker has acknowledged one under the current
 * producer identity (see {@link ProducerIdentity.isConfirmed}) and while it recovers from a retry.
 */
export class Sender {
  private readonly inFlightByNode = new Map<number, number>();
  /** Per broker, settles once the newest drained request has been written (see {@link send}). */
  private readonly lastWrite = new Map<number, Promise<void> | undefined>();
  /**
   * Per partition, its batches in flight, oldest first. Entries stay when their list empties (as
   * `lastWrite`'s stay when the write is done): deleting and re-adding keys of a long-lived Map per
   * request churns it (see {@link LinkedSet}).
   */
  private readonly inFlightByPartition = new Map<TopicPartition, ProducerBatch[]>();
  /** Batches in flight across all partitions. */
  private inFlightBatches = 0;
  /** Partitions with a batch being retried: sent one batch at a time until they catch up. */
  private readonly recovering = new Set<TopicPartition>();
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private flushing = 0;
  private closing = false;
  private metadataWanted = false;
  private identityPending = false;
  /**
   * Set by {@link close}: the producer is gone, so nothing may be sent, retried or scheduled.
   * Without it, requests that failed after stop() (the pool closing under them) requeued their
   * already-failed batches and an epoch bump retried InitProducerId, keeping timers (and so the
   * Node process) alive for minutes after stop() returned when the brokers were unreachable.
   */
  private closed = false;
  private readonly closeController = new AbortController();

  constructor(
    private readonly cluster: Cluster,
    private readonly accumulator: RecordAccumulator,
    private readonly budget: BufferBudget,
    private readonly identity: ProducerIdentity | undefined,
    private readonly options: ResolvedProducerOptions,
    private readonly hooks: SenderHooks,
  ) {}

  /** Asks the sender to look for ready batches soon (coalesced into one pass). */
  wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.run();
    });
  }

  /**
   * Sends everything buffered now, without waiting for `lingerMs`, and resolves when it settled,
   * or after `timeoutMs` (whichever comes first).
   */
  async flush(timeoutMs = Number.POSITIVE_INFINITY): Promise<void> {
    const pending = this.accumulator.incomplete.toArray().map((b) => b.result);
    if (pending.length === 0) return;
    this.flushing++;
    this.wake();
    let timer: NodeJS.Timeout | undefined;
    try {
      const all = Promise.all(pending);
      if (timeoutMs === Number.POSITIVE_INFINITY) await all;
      else await Promise.race([all, new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, timeoutMs))))]);
    } finally {
      if (timer) clearTimeout(timer);
      this.flushing--;
    }
  }

  /**
   * Fails queued batches (and, with `inFlight`, batches waiting for their answer) with
   * `PurgedError`; returns the number of records failed. A purged batch that may have reached the
   * broker leaves a gap or a doubt in its partition's sequence, so an idempotent producer takes a
   * new epoch before it sends more.
   */
  purge(inFlight: boolean): number {
    let records = 0;
    for (const batch of this.accumulator.incomplete.toArray()) {
      if (batch.inFlight && !inFlight) continue;
      const wasSent = batch.baseSequence >= 0;
      const err = new PurgedError(
        `${batch.recordCount} record(s) for ${formatTopicPartition(batch.tp)} purged ${batch.inFlight ? 'while in flight (the broker may have written them)' : 'before delivery'}`,
        { inFlight: batch.inFlight },
      );
      records += batch.recordCount;
      if (batch.inFlight) this.failInFlight(batch, err);
      else this.finish(batch, err);
      if (wasSent && this.identity && !this.hooks.transactional) this.identity.needsBump = true;
    }
    this.wake();
    return records;
  }

  /** From now on every batch is sent as soon as possible (stop() drains). */
  beginClose(): void {
    this.closing = true;
    this.wake();
  }

  /** Fails every batch not yet settled (the producer is closing for good). */
  abortAll(err: Error): void {
    for (const batch of this.accumulator.takeAll()) this.finish(batch, err);
    if (this.timer) clearTimeout(this.timer);
    // Forget the cleared timer too, or schedule() would believe a wake-up is still planned.
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  /** Stops for good: no more sends, retries, identity requests or timers (after stop()). */
  close(): void {
    this.closed = true;
    this.closeController.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  /**
   * One pass: expire old batches, send what is ready, then plan the next wake-up. While a new
   * producer identity is due, only batches whose last attempt has an unknown outcome are sent
   * (under the identity they were sent with, so the broker can drop them if it wrote them); the
   * new identity is taken once they are resolved and nothing is in flight.
   */
  private run(): void {
    if (this.closed) return;
    const now = performance.now();
    const identity = this.identity;
    const renewing = identity !== undefined && (!identity.isValid || identity.needsBump);
    let unresolved = false;
    let nextWake = Number.POSITIVE_INFINITY;
    /** Per leader, per position in their partition's queue (0 = head), the batches to send. */
    const ready = new Map<number, ProducerBatch[][]>();
    for (const head of this.accumulator.heads(now, this.expireQueued)) {
      const tp = head.tp;
      if (renewing) {
        if (!identity.isValid || !this.accumulator.queued(tp).some((b) => b.outcomeUnknown)) continue;
        unresolved = true;
      }
      let room = this.roomFor(tp);
      if (room === 0) continue;
      if (this.hooks.readyToSend && !this.hooks.readyToSend(tp)) continue;
      const wake = this.sendableAt(head, now);
      if (wake > now) {
        nextWake = Math.min(nextWake, wake);
        continue;
      }
      const leader = this.cluster.metadata.leaderFor(tp.topic, tp.partition);
      if (leader === undefined) {
        this.metadataWanted = true;
        nextWake = Math.min(nextWake, now + this.options.retryBackoffMs);
        continue;
      }
      let layers = ready.get(leader);
      if (!layers) {
        layers = [];
        ready.set(leader, layers);
      }
      // The head, then (pipelining) the batches behind it that are ready too, each in a later
      // request: a Produce request carries one batch per partition.
      const queue = this.accumulator.queued(tp);
      for (let k = 0; k < queue.length && room > 0; k++, room--) {
        const batch = queue[k];
        if (k > 0 && this.sendableAt(batch, now) > now) break;
        (layers[k] ??= []).push(batch);
      }
    }
    for (const [node, layers] of ready) this.drainTo(node, layers);
    if (renewing && !unresolved) this.refreshIdentity();
    if (this.metadataWanted) {
      this.metadataWanted = false;
      this.cluster
        .refreshMetadata()
        .catch((err: unknown) => debug('metadata refresh failed: %s', err))
        .finally(() => this.wake());
    }
    this.schedule(Math.min(nextWake, this.expireInFlight(now)));
  }

  /** When `batch` may be sent: now (or earlier) if it may go at once. */
  private sendableAt(batch: ProducerBatch, now: number): number {
    if (batch.retryAt > now) return batch.retryAt;
    if (!batch.isOpen || this.flushing > 0 || this.closing) return now;
    return Math.max(now, batch.createdAt + this.options.lingerMs);
  }

  private schedule(at: number): void {
    if (at === Number.POSITIVE_INFINITY || this.closed) return;
    if (this.timer && at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.run();
      },
      Math.max(0, Math.ceil(at - performance.now())),
    );
  }

  /** How many more batches `tp` may have in flight now. */
  private roomFor(tp: TopicPartition): number {
    const inFlight = this.inFlightCount(tp);
    const identity = this.identity;
    const limit =
      identity === undefined || this.recovering.has(tp) || !identity.isConfirmed(tp)
        ? 1
        : this.options.maxInFlightRequests;
    return Math.max(0, limit - inFlight);
  }

  /**
   * Packs batches into requests for `node`, within its in-flight limit. `layers[k]` holds the k-th
   * batch of each partition; a partition's k-th batch goes in an earlier request than its (k+1)-th,
   * and the requests are written in order, so the broker sees each partition's batches in order.
   */
  private drainTo(node: number, layers: ProducerBatch[][]): void {
    for (const batches of layers) {
      let i = 0;
      while (i < batches.length) {
        if ((this.inFlightByNode.get(node) ?? 0) >= this.options.maxInFlightRequests) return;
        const request: ProducerBatch[] = [];
        let size = 0;
        while (i < batches.length) {
          const batch = batches[i];
          if (request.length > 0 && size + batch.sizeBytes > this.options.maxRequestSize) break;
          request.push(batch);
          size += batch.sizeBytes;
          i++;
        }
        for (const batch of request) this.markInFlight(batch);
        this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 0) + 1);
        // send() settles its batches itself; only a defect in that bookkeeping can reject it. Then
        // no batch's fate is known any more: fail the producer (every delivery rejects) rather
        // than leave an unhandled rejection or promises that never settle.
        this.send(node, request).catch((err: unknown) =>
          this.hooks.onFatal(new KafkaError(`internal error in the producer's sender: ${String(err)}`, { cause: err })),
        );
      }
    }
  }

  private markInFlight(batch: ProducerBatch): void {
    this.accumulator.takeHead(batch);
    batch.markSent();
    if (this.identity) this.identity.stamp(batch);
    let list = this.inFlightByPartition.get(batch.tp);
    if (!list) {
      list = [];
      this.inFlightByPartition.set(batch.tp, list);
    }
    list.push(batch);
    this.inFlightBatches++;
  }

  private inFlightCount(tp: TopicPartition): number {
    return this.inFlightByPartition.get(tp)?.length ?? 0;
  }

  private unmarkInFlight(batch: ProducerBatch): void {
    const list = this.inFlightByPartition.get(batch.tp);
    if (!list) return;
    const i = list.indexOf(batch);
    if (i >= 0) list.splice(i, 1);
    if (i >= 0) this.inFlightBatches--;
  }

  private async send(node: number, batches: ProducerBatch[]): Promise<void> {
    // Requests to one broker must reach the socket in the order they were drained: a partition's
    // later batch written before its earlier one is refused as out of sequence. Encoding is async
    // (zstd) and takes longer for bigger requests, so each request waits for the previous one to
    // be written before it writes.
    const previousWrite = this.lastWrite.get(node) ?? WRITTEN;
    let written!: () => void;
    const thisWrite = new Promise<void>((resolve) => {
      written = resolve;
    });
    this.lastWrite.set(node, thisWrite);
    let onTheWire = false;
    try {
      const body = await this.buildRequest(batches);
      await previousWrite;
      const conn = await this.cluster.connection(node);
      const options = {
        // The broker waits up to body.timeoutMs for replicas; leave room for the reply to travel.
        timeoutMs: this.options.requestTimeoutMs + 5_000,
        version: this.hooks.produceVersionCap?.(),
        expectResponse: this.options.acks !== 0,
        sizeHint: produceRequestSize(body),
      };
      const pending = conn.request(ProduceApi, body, options); // writes to the socket synchronously
      onTheWire = true;
      written();
      const res = await pending;
      if (this.options.acks === 0) {
        for (const batch of batches) this.succeed(batch, { baseOffset: -1n, logAppendTime: -1n, logStartOffset: -1n });
        return;
      }
      this.handleResponse(batches, res);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      if (error instanceof ConnectionError || error instanceof KafkaTimeoutError) this.metadataWanted = true;
      // Once the request is on the wire, no answer is not a refusal: the broker may have written
      // the batches. With idempotence they are resent (rule 15; the broker drops what it has);
      // without it a resend could write them twice, so they fail saying the outcome is unknown.
      if (onTheWire && !this.identity) {
        for (const batch of batches) {
          if (batch.done) {
            this.unmarkInFlight(batch);
            continue;
          }
          this.finish(
            batch,
            new OutcomeUnknownError(
              `${batch.recordCount} record(s) for ${formatTopicPartition(batch.tp)} may or may not have been written (${error.message}); idempotence is off, so they are not resent`,
              { cause: error },
            ),
          );
        }
      } else {
        for (const batch of batches) this.retryOrFail(batch, error, { unknownOutcome: onTheWire });
      }
    } finally {
      written();
      if (this.lastWrite.get(node) === thisWrite) this.lastWrite.set(node, undefined);
      this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 1) - 1);
      this.wake();
    }
  }

  private async buildRequest(batches: ProducerBatch[]): Promise<ProduceRequest> {
    const byTopic = new Map<string, { index: number; records: Buffer }[]>();
    for (const batch of batches) {
      const records = await batch.encode(this.options.compressionType, this.hooks.transactional);
      batch.encodedBytes = records.length;
      if (batch.attempts === 1) {
        const { compressionRatios } = this.accumulator;
        compressionRatios.observe(
          batch.tp.topic,
          batch.sizeBytes - RECORD_BATCH_OVERHEAD,
          records.length - RECORD_BATCH_OVERHEAD,
        );
      }
      let parts = byTopic.get(batch.tp.topic);
      if (!parts) {
        parts = [];
        byTopic.set(batch.tp.topic, parts);
      }
      parts.push({ index: batch.tp.partition, records });
    }
    return {
      transactionalId: this.options.transactionalId,
      acks: this.options.acks,
      timeoutMs: this.options.requestTimeoutMs,
      topicData: [...byTopic].map(([name, partitionData]) => ({
        name,
        topicId: this.cluster.metadata.topics.get(name)?.topicId ?? ZERO_UUID,
        partitionData,
      })),
    };
  }

  private handleResponse(batches: ProducerBatch[], res: ProduceResponse): void {
    const byTp = new Map<string, (typeof res.responses)[number]['partitionResponses'][number]>();
    const hinted: HintedPartition[] = [];
    for (const topic of res.responses) {
      const name = topic.name || this.topicNameForId(topic.topicId);
      for (const p of topic.partitionResponses) {
        byTp.set(`${name}\u0000${p.index}`, p);
        if (p.errorCode !== 0) hinted.push({ ...p, topic: name, partition: p.index });
      }
    }
    // KIP-951: a broker that is no longer the leader names the new one; batches for partitions
    // whose leader moved that way are retried at once, without a metadata refresh first.
    const moved = applyLeaderHints(this.cluster, hinted, res.nodeEndpoints);
    for (const batch of batches) {
      if (batch.done) {
        // Already failed (delivery timeout while in flight, or stop()): the late answer only frees its slot.
        this.unmarkInFlight(batch);
        continue;
      }
      const p = byTp.get(`${batch.tp.topic}\u0000${batch.tp.partition}`);
      if (!p) {
        this.retryOrFail(
          batch,
          new KafkaError(`no response for ${formatTopicPartition(batch.tp)} in the Produce response`, {
            retriable: true,
          }),
        );
        continue;
      }
      const result: BatchResult = {
        baseOffset: p.baseOffset,
        logAppendTime: p.logAppendTimeMs ?? -1n,
        logStartOffset: p.logStartOffset ?? -1n,
      };
      if (p.errorCode === 0) {
        this.succeed(batch, result);
        continue;
      }
      batch.outcomeUnknown = false;
      if (p.errorCode === ErrorCode.DUPLICATE_SEQUENCE_NUMBER) {
        // The broker already has this batch from an earlier attempt: delivered, offset unknown.
        this.succeed(batch, { baseOffset: -1n, logAppendTime: -1n, logStartOffset: result.logStartOffset });
        continue;
      }
      const recordErrors = p.recordErrors?.map((e) => e.batchIndexErrorMessage).filter(Boolean);
      const message = [p.errorMessage, ...(recordErrors ?? [])].filter(Boolean).join('; ') || undefined;
      const err = createKafkaError(p.errorCode, message, { topic: batch.tp.topic, partition: batch.tp.partition });
      if (moved.has(batch.tp) && err.invalidMetadata && err.retriable) {
        this.retryOrFail(batch, err, { immediate: true });
        continue;
      }
      if (err.invalidMetadata) this.metadataWanted = true;
      this.handlePartitionError(batch, err, p.errorCode);
    }
  }

  private topicNameForId(id: string | undefined): string {
    if (!id) return '';
    for (const t of this.cluster.metadata.topics.values()) if (t.topicId === id) return t.name;
    return '';
  }

  private handlePartitionError(batch: ProducerBatch, err: KafkaError, code: number): void {
    if (code === ErrorCode.MESSAGE_TOO_LARGE || code === ErrorCode.RECORD_LIST_TOO_LARGE) {
      this.handleTooLarge(batch, err);
      return;
    }
    if (err.fatal) {
      this.unmarkInFlight(batch);
      this.hooks.onFatal(err);
      this.finish(batch, err);
      return;
    }
    if (this.identity && code === ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER) {
      // An earlier batch of the partition failed (say NOT_LEADER while the broker restarts) and
      // is being retried: the broker refused this one only because it came too early. It follows
      // the earlier one. (The error is not retriable in Kafka's table, hence the force.)
      if (this.hasEarlierUnacked(batch)) {
        this.retryOrFail(batch, err, { immediate: true, forceRetriable: true });
        return;
      }
      // Nothing earlier is pending, so there is a real gap in the broker's view of our sequence.
      // Like the Java client, an idempotent producer starts over under a new epoch (KIP-360) and
      // resends: the batch was refused, so resending cannot duplicate it. In a transaction the
      // error is abortable instead.
      if (!this.hooks.transactional) {
        this.identity.needsBump = true;
        this.identity.unconfirm(batch.tp);
        this.retryOrFail(batch, err, { forceRetriable: true });
        return;
      }
    }
    if (code === ErrorCode.CONCURRENT_TRANSACTIONS) {
      // The coordinator is still writing the markers of the previous transaction: the new one's
      // first batch must wait a moment, as in the Java client.
      this.retryOrFail(batch, err, { forceRetriable: true });
      return;
    }
    if (this.identity && code === ErrorCode.UNKNOWN_PRODUCER_ID && !this.hooks.transactional) {
      // The broker no longer has state for our producer id (e.g. retention removed it); the
      // batch was not written, so it is safe to resend it under a bumped epoch.
      this.identity.needsBump = true;
      this.identity.unconfirm(batch.tp);
      this.retryOrFail(batch, err, { forceRetriable: true });
      return;
    }
    this.retryOrFail(batch, err);
  }

  /**
   * The broker refused `batch` as larger than the topic (or broker) allows. It was not written, so
   * a batch of several records is split in halves, queued where it was with the sequences its
   * records had, and sent again (halving again if needed); the topic's batches are made smaller
   * from now on. A single record that is too large fails alone.
   */
  private handleTooLarge(batch: ProducerBatch, err: KafkaError): void {
    this.unmarkInFlight(batch);
    this.accumulator.learnSizeLimit(batch.tp.topic, batch.encodedBytes);
    if (batch.recordCount > 1 && !batch.atomic) {
      this.accumulator.split(batch);
      debug(
        'split a batch of %d records for %s refused as too large',
        batch.recordCount,
        formatTopicPartition(batch.tp),
      );
      if (this.identity) this.recovering.add(batch.tp);
      return;
    }
    const what = batch.atomic ? `a sendBatch() batch of ${batch.recordCount} records` : 'a record';
    this.finish(
      batch,
      new RecordTooLargeError(
        `${what} of ${batch.encodedBytes} bytes is larger than the broker accepts for the topic (its max.message.bytes, or the broker's message.max.bytes)`,
        { context: { topic: batch.tp.topic, partition: batch.tp.partition }, cause: err },
      ),
    );
  }

  /** Whether a batch sent before `batch` under the same identity is still waiting for its answer. */
  private hasEarlierUnacked(batch: ProducerBatch): boolean {
    const { producerId, producerEpoch, baseSequence } = batch;
    const earlier = (b: ProducerBatch) =>
      b !== batch && b.stampedBy(producerId, producerEpoch) && b.baseSequence < baseSequence;
    return (
      (this.inFlightByPartition.get(batch.tp)?.some(earlier) ?? false) ||
      this.accumulator.queued(batch.tp).some(earlier)
    );
  }

  /** Requeues the batch if the error is retriable and time remains; otherwise fails it. */
  private retryOrFail(
    batch: ProducerBatch,
    err: Error,
    opts: { immediate?: boolean; forceRetriable?: boolean; unknownOutcome?: boolean } = {},
  ): void {
    this.unmarkInFlight(batch);
    // A batch failed by expiry or stop() must never go back in a queue: it would be sent again.
    if (batch.done) return;
    batch.lastError = err;
    batch.outcomeUnknown = opts.unknownOutcome === true;
    const retriable =
      opts.forceRetriable ||
      opts.unknownOutcome ||
      (err instanceof KafkaError && (err.retriable || err instanceof ConnectionError));
    const now = performance.now();
    if (!retriable || now >= batch.deadline) {
      if (retriable && this.identity && batch.attempts > 0) {
        // The last attempt's outcome is unknown: the broker may have written it. Later batches of
        // the partition would then be out of sequence, so a fresh epoch must come first.
        if (!this.hooks.transactional) this.identity.needsBump = true;
      }
      const final =
        retriable && now >= batch.deadline
          ? new KafkaTimeoutError(
              `${batch.recordCount} record(s) for ${formatTopicPartition(batch.tp)} not delivered within deliveryTimeoutMs=${this.options.deliveryTimeoutMs}: ${err.message}`,
              { cause: err, timeoutMs: this.options.deliveryTimeoutMs },
            )
          : err;
      this.finish(batch, final);
      return;
    }
    debug('retrying %s after %s', formatTopicPartition(batch.tp), err.message);
    batch.markRetry(
      opts.immediate
        ? now
        : now + backoffMs(batch.attempts - 1, this.options.retryBackoffMs, this.options.retryBackoffMaxMs),
    );
    if (this.identity) this.recovering.add(batch.tp);
    this.accumulator.reenqueue(batch);
  }

  private succeed(batch: ProducerBatch, res: BatchResult): void {
    this.unmarkInFlight(batch);
    if (batch.done) return;
    this.identity?.confirm(batch);
    batch.complete(res);
    this.hooks.onDelivered?.(batch);
    this.release(batch);
    if (this.recovering.has(batch.tp) && this.inFlightCount(batch.tp) === 0) {
      if (!this.accumulator.queued(batch.tp).some((b) => b.attempts > 0)) this.recovering.delete(batch.tp);
    }
  }

  private finish(batch: ProducerBatch, err: Error): void {
    this.accumulator.remove(batch);
    this.unmarkInFlight(batch);
    batch.fail(err);
    this.release(batch);
    this.hooks.onBatchFailed?.(err);
  }

  private release(batch: ProducerBatch): void {
    this.accumulator.settled(batch);
    this.budget.release(batch.reservedBytes);
    batch.reservedBytes = 0;
  }

  /**
   * Fails an in-flight batch whose delivery timeout passed, without waiting for its response: the
   * Produce request may wait up to requestTimeoutMs + 5 s (a paused or partitioned broker), which
   * would let a record outlive deliveryTimeoutMs. It stays counted as in flight until the response
   * or the connection's failure arrives, so nothing overtakes it and an epoch bump waits for it.
   * Returns the earliest deadline still ahead, for the next wake-up.
   */
  private expireInFlight(now: number): number {
    let nextDeadline = Number.POSITIVE_INFINITY;
    // A plain walk, not the set's iterator: this runs every pass over every unsettled batch.
    const incomplete = this.accumulator.incomplete;
    for (let batch = incomplete.first; batch !== null; ) {
      const ahead = batch.linkNext;
      if (batch.inFlight && batch.deadline <= now) this.expireInFlightBatch(batch);
      else nextDeadline = Math.min(nextDeadline, batch.deadline);
      batch = incomplete.following(batch, ahead);
    }
    return nextDeadline;
  }

  private expireInFlightBatch(batch: ProducerBatch): void {
    // The broker may or may not have written it: later sequences of the partition are in doubt.
    if (this.identity && !this.hooks.transactional) this.identity.needsBump = true;
    const cause = batch.lastError;
    const err = new KafkaTimeoutError(
      `${batch.recordCount} record(s) for ${formatTopicPartition(batch.tp)} not acknowledged within deliveryTimeoutMs=${this.options.deliveryTimeoutMs} (request still in flight; the records may or may not have been written)`,
      { cause, timeoutMs: this.options.deliveryTimeoutMs },
    );
    this.failInFlight(batch, err);
  }

  /**
   * Fails a batch whose request is still out: it stays counted in flight until the answer or the
   * connection's failure arrives, so nothing overtakes it and an epoch bump waits for it.
   */
  private failInFlight(batch: ProducerBatch, err: Error): void {
    batch.fail(err);
    this.release(batch);
    this.hooks.onBatchFailed?.(err);
  }

  /** Fails a queued batch whose delivery timeout passed (in-flight ones: {@link expireInFlight}). */
  private readonly expireQueued = (batch: ProducerBatch): void => {
    const cause = batch.lastError;
    this.finish(
      batch,
      new KafkaTimeoutError(
        `${batch.recordCount} record(s) for ${formatTopicPartition(batch.tp)} expired after deliveryTimeoutMs=${this.options.deliveryTimeoutMs}` +
          (cause ? `: ${cause.message}` : ' (no leader or broker reachable)'),
        { cause, timeoutMs: this.options.deliveryTimeoutMs },
      ),
    );
  };

  /** Gets a producer id (or a bumped epoch) once no batch is in flight, then resumes sending. */
  private refreshIdentity(): void {
    if (this.identityPending || this.closed) return;
    if (this.inFlightBatches > 0) return; // resumes from the last response's wake()
    this.identityPending = true;
    this.hooks.ensureIdentity(this.closeController.signal).then(
      () => {
        this.identityPending = false;
        this.wake();
      },
      (err: unknown) => {
        this.identityPending = false;
        if (this.closed) return;
        debug('producer id request failed: %s', err);
        if (err instanceof KafkaError && err.fatal) this.hooks.onFatal(err);
        else this.schedule(performance.now() + this.options.retryBackoffMaxMs);
      },
    );
  }
}

/** Bytes a Produce request takes, near enough to size its frame: the batches, plus names and fields. */
function produceRequestSize(body: ProduceRequest): number {
  let size = 128 + (body.transactionalId?.length ?? 0);
  for (const topic of body.topicData) {
    size += 32 + (topic.name?.length ?? 0);
    // A batch the connection writes by reference takes no room in the frame's own buffer.
    for (const p of topic.partitionData) {
      const bytes = p.records?.length ?? 0;
      size += 16 + (bytes < SPILL_BYTES_ABOVE ? bytes : 0);
    }
  }
  return size;
}
