import {
  AddOffsetsToTxnApi,
  AddPartitionsToTxnApi,
  createKafkaError,
  EndTxnApi,
  ErrorCode,
  IllegalOperationError,
  IllegalStateError,
  KafkaError,
  ProduceApi,
  ProducerFencedError,
  TxnOffsetCommitApi,
} from '@kafka-aio/protocol';
import { type Cluster, CoordinatorType } from '../cluster/cluster.js';
import { createDebug } from '../observability/debug.js';
import type { TopicPartition } from '../topic-partition.js';
import { initProducerId } from './init-producer-id.js';
import type { ResolvedProducerOptions } from './options.js';
import type { ProducerIdentity } from './producer-identity.js';

const debug = createDebug('kafka-aio:producer:txn');

/** Versions above 3 of AddPartitionsToTxn are for brokers only (KIP-890). */
const ADD_PARTITIONS_CLIENT_MAX_VERSION = 3;
/**
 * Without `transaction.version` 2 the newest versions must not be used: Produce v12, EndTxn v5 and
 * TxnOffsetCommit v5 tell the broker the client follows KIP-890 part 2 (implicit partition adds,
 * an epoch bump per transaction), which such a cluster refuses.
 */
const BEFORE_TV2 = { produce: 11, endTxn: 4, txnOffsetCommit: 4 } as const;

type TxnState = 'uninitialized' | 'ready' | 'in-transaction' | 'committing' | 'aborting' | 'abortable-error' | 'fatal';

/** Every legal transition of a transactional producer, in one place (DESIGN rule 12). */
const TXN_TRANSITIONS: Readonly<Record<TxnState, readonly TxnState[]>> = {
  uninitialized: ['ready', 'fatal'],
  ready: ['ready', 'in-transaction', 'fatal'],
  'in-transaction': ['committing', 'aborting', 'abortable-error', 'fatal'],
  // A commit that fails before EndTxn (a record failed) or at EndTxn leaves only an abort.
  committing: ['ready', 'abortable-error', 'aborting', 'fatal'],
  // An EndTxn(abort) that failed can be tried again.
  aborting: ['ready', 'aborting', 'fatal'],
  'abortable-error': ['aborting', 'fatal'],
  fatal: ['fatal'],
};

/**
 * The transactional producer's state machine: InitProducerId, partitions added to the transaction
 * (explicitly with AddPartitionsToTxn, or implicitly by Produce v12+ when the cluster runs
 * `transaction.version=2`, KIP-890), offsets added for consume-transform-produce (KIP-447), and
 * EndTxn. Errors are either abortable (the transaction must abort, the producer lives on) or fatal.
 */
export class TransactionManager {
  private state: TxnState = 'uninitialized';
  private readonly added = new Set<TopicPartition>();
  private readonly pending = new Set<TopicPartition>();
  private adding: Promise<void> | undefined;
  private offsetsAdded = false;
  private abortableError: Error | undefined;
  private fatalError: KafkaError | undefined;
  /**
   * Whether this producer's transactions follow `transaction.version` 2 (KIP-890 part 2: with Produce
   * v12+ the broker adds partitions itself, and every EndTxn bumps the epoch), decided at
   * InitProducerId (start, `initTransactions()`) and kept until the next: Produce, TxnOffsetCommit
   * and EndTxn must agree. An EndTxn in the old version ends a transaction without the epoch bump,
   * and a partition leader then lets the next transaction's records, sent without
   * AddPartitionsToTxn, join the previous one while its markers are still on their way. Switching
   * only at InitProducerId is safe: the new epoch fences whatever came before.
   */
  private transactionV2 = false;
  private wake: () => void = () => undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly identity: ProducerIdentity,
    private readonly options: ResolvedProducerOptions,
    private readonly flush: () => Promise<void>,
    /** Tells the producer the transactional id is lost for good (fenced): it fails every record. */
    private readonly producerFatal: (err: KafkaError) => void,
  ) {}

  private get transactionalId(): string {
    return this.options.transactionalId!;
  }

  setWake(wake: () => void): void {
    this.wake = wake;
  }

  private moveTo(next: TxnState): void {
    if (!TXN_TRANSITIONS[this.state].includes(next)) {
      throw new IllegalStateError(`internal error: a transaction cannot go from ${this.state} to ${next}`);
    }
    this.state = next;
  }

  /** Gets the producer id for this transactional id, fencing any older producer with the same id. */
  async initialize(signal?: AbortSignal): Promise<void> {
    await this.ensureIdentity(signal);
    this.decideTransactionVersion();
    this.moveTo('ready');
  }

  /** `initTransactions()` after start: a new epoch for this transactional id, between transactions only. */
  async reinitialize(signal?: AbortSignal): Promise<void> {
    this.checkNotFatal();
    if (this.state !== 'ready' && this.state !== 'uninitialized') {
      throw new IllegalOperationError(`initTransactions() cannot run while the transaction is ${this.state}`);
    }
    await this.initialize(signal);
  }

  /** InitProducerId (or an epoch bump of the current id, KIP-360). */
  async ensureIdentity(signal?: AbortSignal): Promise<void> {
    const id = this.identity;
    const current = id.isValid ? { producerId: id.producerId, epoch: id.epoch } : undefined;
    const next = await initProducerId(this.cluster, {
      transactionalId: this.transactionalId,
      transactionTimeoutMs: this.options.transactionTimeoutMs,
      current,
      timeoutMs: this.options.maxBlockMs,
      signal,
    }).catch((err: unknown) => {
      throw this.asFatalIfFenced(err);
    });
    debug('transactional producer %s: id %s epoch %d', this.transactionalId, next.producerId, next.epoch);
    id.set(next.producerId, next.epoch);
  }

  begin(): void {
    this.checkNotFatal();
    if (this.state !== 'ready')
      throw new IllegalOperationError(`beginTransaction() needs a ready producer; the transaction is ${this.state}`);
    this.added.clear();
    this.pending.clear();
    this.offsetsAdded = false;
    this.abortableError = undefined;
    this.moveTo('in-transaction');
  }

  /** Throws unless records may be sent now. */
  checkCanSend(): void {
    this.checkNotFatal();
    if (this.state === 'abortable-error') {
      throw new IllegalOperationError(`the transaction failed and must be aborted: ${this.abortableError?.message}`, {
        cause: this.abortableError,
      });
    }
    if (this.state !== 'in-transaction') {
      throw new IllegalOperationError(
        'a transactional producer can only send inside a transaction: call beginTransaction() first',
      );
    }
  }

  /** Notes that records for `tp` are part of the current transaction. */
  addPartition(tp: TopicPartition): void {
    if (!this.added.has(tp)) this.pending.add(tp);
  }

  /** Whether batches for `tp` may be sent; triggers AddPartitionsToTxn when the partition is new. */
  readyToSend(tp: TopicPartition): boolean {
    // Fenced: nothing may be sent (the producer fails the batches); asking again would spin.
    if (this.state === 'fatal') return false;
    if (this.added.has(tp)) return true;
    if (this.transactionV2) {
      this.added.add(tp);
      this.pending.delete(tp);
      return true;
    }
    this.pending.add(tp);
    if (!this.adding) {
      this.adding = this.addPendingPartitions()
        .catch((err: unknown) => this.onBatchFailed(err as Error))
        .finally(() => {
          this.adding = undefined;
          this.wake();
        });
    }
    return false;
  }

  /** The highest Produce version a transactional batch may use now. */
  produceVersionCap(): number | undefined {
    return this.transactionV2 ? undefined : BEFORE_TV2.produce;
  }

  /**
   * Reads the transaction version from the newest finalized features seen, never from whichever
   * connection happens to be open: the pool can be empty after a network fault, which once made an
   * EndTxn go out in the old version in the middle of version 2 transactions.
   */
  private decideTransactionVersion(): void {
    const versions = this.cluster.pool.newestVersions();
    this.transactionV2 =
      versions !== undefined && versions.featureLevel('transaction.version') >= 2 && versions.supports(ProduceApi, 12);
  }

  private async addPendingPartitions(): Promise<void> {
    const partitions = [...this.pending];
    if (partitions.length === 0) return;
    const byTopic = new Map<string, number[]>();
    for (const tp of partitions) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
    const topics = [...byTopic].map(([name, ps]) => ({ name, partitions: ps }));
    await this.withCoordinator('AddPartitionsToTxn', async (node) => {
      const res = await this.cluster.request(
        node,
        AddPartitionsToTxnApi,
        {
          v3AndBelowTransactionalId: this.transactionalId,
          v3AndBelowProducerId: this.identity.producerId,
          v3AndBelowProducerEpoch: this.identity.epoch,
          v3AndBelowTopics: topics,
        },
        { version: ADD_PARTITIONS_CLIENT_MAX_VERSION },
      );
      for (const t of res.resultsByTopicV3AndBelow ?? []) {
        for (const p of t.resultsByPartition) {
          if (p.partitionErrorCode !== 0) {
            throw createKafkaError(p.partitionErrorCode, undefined, {
              transactionalId: this.transactionalId,
              topic: t.name,
              partition: p.partitionIndex,
            });
          }
        }
      }
    });
    for (const tp of partitions) {
      this.added.add(tp);
      this.pending.delete(tp);
    }
  }

  /** Adds consumer offsets to the transaction: AddOffsetsToTxn, then TxnOffsetCommit (KIP-447). */
  async sendOffsets(
    offsets: ReadonlyMap<
      TopicPartition,
      bigint | number | { offset: bigint | number; metadata?: string | null; leaderEpoch?: number }
    >,
    group: { groupId: string; generationId?: number; memberId?: string; groupInstanceId?: string | null },
  ): Promise<void> {
    this.checkCanSend();
    if (!group.groupId) throw new IllegalOperationError('sendOffsetsToTransaction needs a non-empty groupId');
    await this.withCoordinator('AddOffsetsToTxn', async (node) => {
      const res = await this.cluster.request(node, AddOffsetsToTxnApi, {
        transactionalId: this.transactionalId,
        producerId: this.identity.producerId,
        producerEpoch: this.identity.epoch,
        groupId: group.groupId,
      });
      if (res.errorCode !== 0)
        throw createKafkaError(res.errorCode, undefined, {
          transactionalId: this.transactionalId,
          groupId: group.groupId,
        });
    });
    this.offsetsAdded = true;
    const byTopic = new Map<
      string,
      {
        partitionIndex: number;
        committedOffset: bigint;
        committedLeaderEpoch: number;
        committedMetadata: string | null;
      }[]
    >();
    for (const [tp, o] of offsets) {
      const entry = typeof o === 'object' ? o : { offset: o };
      const list = byTopic.get(tp.topic) ?? [];
      list.push({
        partitionIndex: tp.partition,
        committedOffset: BigInt(entry.offset),
        committedLeaderEpoch: entry.leaderEpoch ?? -1,
        committedMetadata: entry.metadata ?? '',
      });
      byTopic.set(tp.topic, list);
    }
    await this.cluster
      .retrying('TxnOffsetCommit', this.options.maxBlockMs, undefined, async () => {
        const node = await this.cluster.findCoordinator(CoordinatorType.GROUP, group.groupId);
        const res = await this.cluster.request(
          node,
          TxnOffsetCommitApi,
          {
            transactionalId: this.transactionalId,
            groupId: group.groupId,
            producerId: this.identity.producerId,
            producerEpoch: this.identity.epoch,
            generationId: group.generationId ?? -1,
            memberId: group.memberId ?? '',
            groupInstanceId: group.groupInstanceId ?? null,
            topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
          },
          { version: this.transactionV2 ? undefined : BEFORE_TV2.txnOffsetCommit },
        );
        for (const t of res.topics) {
          for (const p of t.partitions) {
            if (p.errorCode === 0) continue;
            if (p.errorCode === ErrorCode.NOT_COORDINATOR || p.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) {
              this.cluster.invalidateCoordinator(CoordinatorType.GROUP, group.groupId);
            }
            throw this.asFatalIfFenced(
              createKafkaError(p.errorCode, undefined, {
                groupId: group.groupId,
                topic: t.name,
                partition: p.partitionIndex,
              }),
            );
          }
        }
      })
      .catch((err: unknown) => {
        this.onBatchFailed(err as Error);
        throw err;
      });
  }

  /** Flushes the transaction's records, then commits it. */
  async commit(): Promise<void> {
    this.checkNotFatal();
    if (this.state === 'abortable-error') {
      throw new IllegalOperationError(
        `the transaction cannot commit and must be aborted: ${this.abortableError?.message}`,
        {
          cause: this.abortableError,
        },
      );
    }
    if (this.state !== 'in-transaction')
      throw new IllegalOperationError(`commitTransaction() needs an open transaction; it is ${this.state}`);
    this.moveTo('committing');
    await this.flush();
    this.checkNotFatal(); // fenced while flushing: never send the commit
    if (this.abortableError) {
      this.moveTo('abortable-error');
      throw new IllegalOperationError(`a record of the transaction failed; abort it: ${this.abortableError.message}`, {
        cause: this.abortableError,
      });
    }
    await this.endTxn(true);
  }

  /** Aborts the transaction: records already written become invisible to read_committed readers. */
  async abort(): Promise<void> {
    this.checkNotFatal();
    const abortable: TxnState[] = ['in-transaction', 'abortable-error', 'committing', 'aborting'];
    if (!abortable.includes(this.state)) {
      throw new IllegalOperationError(`abortTransaction() needs an open transaction; it is ${this.state}`);
    }
    this.moveTo('aborting');
    await this.flush();
    await this.endTxn(false);
    // Under transaction.version 1 an abort after an unknown outcome needs a fresh epoch (KIP-360).
    if (this.identity.needsBump) await this.ensureIdentity();
  }

  private async endTxn(committed: boolean): Promise<void> {
    const anything = this.added.size > 0 || this.pending.size > 0 || this.offsetsAdded;
    if (anything) {
      await this.withCoordinator('EndTxn', async (node) => {
        const res = await this.cluster.request(
          node,
          EndTxnApi,
          {
            transactionalId: this.transactionalId,
            producerId: this.identity.producerId,
            producerEpoch: this.identity.epoch,
            committed,
          },
          { version: this.transactionV2 ? undefined : BEFORE_TV2.endTxn },
        );
        if (res.errorCode !== 0)
          throw createKafkaError(res.errorCode, undefined, { transactionalId: this.transactionalId });
        // transaction.version 2 bumps the epoch with every transaction (KIP-890).
        if (
          res.producerId !== undefined &&
          res.producerId >= 0n &&
          res.producerEpoch !== undefined &&
          res.producerEpoch >= 0
        ) {
          this.identity.set(res.producerId, res.producerEpoch);
        }
      }).catch((err: unknown) => {
        const e = this.asFatalIfFenced(err);
        if (e instanceof KafkaError && e.fatal) this.onFatal(e);
        else this.moveTo(committed ? 'abortable-error' : 'aborting');
        if (!(e instanceof KafkaError && e.fatal)) this.abortableError = e as Error;
        throw e;
      });
    }
    debug('transaction %s %s', this.transactionalId, committed ? 'committed' : 'aborted');
    this.added.clear();
    this.pending.clear();
    this.offsetsAdded = false;
    this.abortableError = undefined;
    this.moveTo('ready');
  }

  /** Runs a coordinator request, re-finding the coordinator and retrying what can pass. */
  private withCoordinator(what: string, attempt: (node: number) => Promise<void>): Promise<void> {
    return this.cluster.retrying(what, this.options.maxBlockMs, undefined, async () => {
      const node = await this.cluster.findCoordinator(CoordinatorType.TRANSACTION, this.transactionalId);
      try {
        await attempt(node);
      } catch (err) {
        if (
          err instanceof KafkaError &&
          (err.code === ErrorCode.NOT_COORDINATOR || err.code === ErrorCode.COORDINATOR_NOT_AVAILABLE)
        ) {
          this.cluster.invalidateCoordinator(CoordinatorType.TRANSACTION, this.transactionalId);
        }
        // The coordinator is still completing the previous transaction: wait for it, as Java does.
        if (err instanceof KafkaError && err.code === ErrorCode.CONCURRENT_TRANSACTIONS) {
          throw new KafkaError(err.message, { code: err.code, retriable: true, cause: err });
        }
        throw this.asFatalIfFenced(err);
      }
    });
  }

  /** A record of the transaction failed: the transaction can only abort now. */
  onBatchFailed(err: Error): void {
    if (this.state === 'fatal') return;
    this.abortableError ??= err;
    if (this.state === 'in-transaction') this.moveTo('abortable-error');
  }

  onFatal(err: KafkaError): void {
    if (this.state === 'fatal') return;
    this.fatalError = err;
    this.moveTo('fatal');
    this.producerFatal(err);
  }

  /** Another producer took over this transactional id: both epoch errors mean we are fenced. */
  private asFatalIfFenced(err: unknown): unknown {
    if (
      err instanceof KafkaError &&
      (err.code === ErrorCode.PRODUCER_FENCED || err.code === ErrorCode.INVALID_PRODUCER_EPOCH)
    ) {
      const fenced =
        err instanceof ProducerFencedError
          ? err
          : new ProducerFencedError(
              `transactional id ${this.transactionalId} was taken over by a newer producer: ${err.message}`,
              {
                cause: err,
              },
            );
      this.onFatal(fenced);
      return fenced;
    }
    return err;
  }

  private checkNotFatal(): void {
    if (this.fatalError) throw this.fatalError;
  }
}
