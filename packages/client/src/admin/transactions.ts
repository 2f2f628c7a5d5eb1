import { DescribeProducersApi, DescribeTransactionsApi, ErrorCode, ListTransactionsApi } from '@kafka-aio/protocol';
import { CoordinatorType } from '../cluster/cluster.js';
import { formatTopicPartition, type TopicPartition, topicPartition } from '../topic-partition.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  fanOut,
  perEntity,
  requestNode,
} from './context.js';
import { byTopic, partitionOutcomes, routeLeader } from './offsets.js';
import type { ResultMap } from './results.js';

/**
 * A transaction's state as the coordinator names it: `Empty`, `Ongoing`, `PrepareCommit`,
 * `PrepareAbort`, `CompleteCommit`, `CompleteAbort`, `Dead`, `PrepareEpochFence`; others pass through.
 */
export type TransactionState =
  | 'Empty'
  | 'Ongoing'
  | 'PrepareCommit'
  | 'PrepareAbort'
  | 'CompleteCommit'
  | 'CompleteAbort'
  | 'Dead'
  | 'PrepareEpochFence'
  | (string & {});

/** One transactional id as ListTransactions reports it. */
export interface TransactionListing {
  transactionalId: string;
  producerId: bigint;
  state: TransactionState;
}

/** Filters of {@link listTransactions}; all optional. */
export interface ListTransactionsOptions extends AdminCallOptions {
  states?: readonly TransactionState[];
  producerIds?: readonly bigint[];
  /** Only transactions running longer than this (Kafka 3.8+). */
  durationMs?: number;
  /** Only transactional ids matching this Java regex (Kafka 4.1+). */
  transactionalIdPattern?: string;
}

/**
 * Transactions on every broker (each lists those it coordinates). Throws the first broker's
 * error when a broker cannot answer, as the listing would be incomplete.
 */
export async function listTransactions(ctx: AdminContext, op: ListTransactionsOptions): Promise<TransactionListing[]> {
  const meta = await ctx.cluster.refreshMetadata();
  const results = await perEntity(ctx, 'ListTransactions', [...meta.brokers.keys()], op, (pending) =>
    fanOut(
      pending,
      async (id) => id,
      async (node) => {
        const res = await requestNode(
          ctx,
          node,
          ListTransactionsApi,
          (v) => ({
            stateFilters: [...(op.states ?? [])],
            producerIdFilters: [...(op.producerIds ?? [])],
            ...(v >= 1 && op.durationMs !== undefined ? { durationFilter: BigInt(op.durationMs) } : {}),
            ...(v >= 2 && op.transactionalIdPattern !== undefined
              ? { transactionalIdPattern: op.transactionalIdPattern }
              : {}),
          }),
          op,
        );
        const error = errorOrNull(res.errorCode, undefined, `broker=${node}`);
        const value = res.transactionStates.map((t) => ({
          transactionalId: t.transactionalId,
          producerId: t.producerId,
          state: t.transactionState,
        }));
        return new Map<number, Attempted<TransactionListing[]>>([[node, error ? { error } : { error: null, value }]]);
      },
    ),
  );
  results.throwIfAnyFailed();
  return [...results.succeeded().values()].flat().sort((a, b) => a.transactionalId.localeCompare(b.transactionalId));
}

/** A transaction as its coordinator describes it. */
export interface TransactionDescription {
  transactionalId: string;
  coordinatorId: number;
  state: TransactionState;
  producerId: bigint;
  producerEpoch: number;
  transactionTimeoutMs: number;
  /** Epoch milliseconds; -1n when no transaction is open. */
  transactionStartTimeMs: bigint;
  /** Partitions in the open transaction. */
  topicPartitions: TopicPartition[];
}

/** Describes transactional ids at their transaction coordinators; keyed by transactional id. */
export async function describeTransactions(
  ctx: AdminContext,
  transactionalIds: readonly string[],
  op: AdminCallOptions,
): Promise<ResultMap<string, TransactionDescription>> {
  return perEntity(
    ctx,
    'DescribeTransactions',
    transactionalIds,
    op,
    (pending) =>
      fanOut(
        pending,
        (id) => ctx.cluster.findCoordinator(CoordinatorType.TRANSACTION, id, { timeoutMs: 5_000, signal: op.signal }),
        async (node, ids) => {
          const res = await requestNode(ctx, node, DescribeTransactionsApi, () => ({ transactionalIds: ids }), op);
          return new Map<string, Attempted<TransactionDescription>>(
            res.transactionStates.map((t) => {
              const error = errorOrNull(t.errorCode, undefined, `transactionalId=${t.transactionalId}`);
              return [
                t.transactionalId,
                error
                  ? { error }
                  : {
                      error: null,
                      value: {
                        transactionalId: t.transactionalId,
                        coordinatorId: node,
                        state: t.transactionState,
                        producerId: t.producerId,
                        producerEpoch: t.producerEpoch,
                        transactionTimeoutMs: t.transactionTimeoutMs,
                        transactionStartTimeMs: t.transactionStartTimeMs,
                        topicPartitions: t.topics.flatMap((x) => x.partitions.map((p) => topicPartition(x.topic, p))),
                      },
                    },
              ];
            }),
          );
        },
      ),
    {
      onRetry: (id, err) => {
        if (
          err.code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS ||
          err.code === ErrorCode.COORDINATOR_NOT_AVAILABLE ||
          err.code === ErrorCode.NOT_COORDINATOR ||
          err.invalidMetadata
        ) {
          ctx.cluster.invalidateCoordinator(CoordinatorType.TRANSACTION, id);
        }
      },
    },
  );
}

/** An active producer of a partition (idempotent or transactional). */
export interface ProducerState {
  producerId: bigint;
  producerEpoch: number;
  /** -1 when unknown. */
  lastSequence: number;
  /** Epoch milliseconds; -1n when unknown. */
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  /** First offset of the producer's open transaction, or null. */
  currentTransactionStartOffset: bigint | null;
}

/** Active producers of each partition, from the partition leaders; keyed by partition. */
export async function describeProducers(
  ctx: AdminContext,
  partitions: readonly TopicPartition[],
  op: AdminCallOptions,
): Promise<ResultMap<TopicPartition, ProducerState[]>> {
  const route = routeLeader(ctx);
  return perEntity(
    ctx,
    'DescribeProducers',
    partitions,
    op,
    (pending) =>
      fanOut(pending, route, async (node, tps) => {
        const res = await requestNode(
          ctx,
          node,
          DescribeProducersApi,
          () => ({
            topics: [...byTopic(tps.map((tp) => [tp, null] as const))].map(([name, ps]) => ({
              name,
              partitionIndexes: ps.map(([partitionIndex]) => partitionIndex),
            })),
          }),
          op,
        );
        return partitionOutcomes(res.topics, (p) =>
          p.activeProducers.map((s) => ({
            producerId: s.producerId,
            producerEpoch: s.producerEpoch,
            lastSequence: s.lastSequence ?? -1,
            lastTimestamp: s.lastTimestamp ?? -1n,
            coordinatorEpoch: s.coordinatorEpoch,
            currentTransactionStartOffset:
              s.currentTxnStartOffset === undefined || s.currentTxnStartOffset < 0n ? null : s.currentTxnStartOffset,
          })),
        );
      }),
    { describe: formatTopicPartition },
  );
}
