import { createKafkaError, ErrorCode, InitProducerIdApi, KafkaError } from '@kafka-aio/protocol';
import { type Cluster, CoordinatorType } from '../cluster/cluster.js';

/** A producer id and epoch as InitProducerId hands them out. */
export interface ProducerIdAndEpoch {
  producerId: bigint;
  epoch: number;
}

/**
 * Gets a producer id, or bumps the epoch of `current` (KIP-360, InitProducerId v3+). Transactional
 * producers ask their transaction coordinator; idempotent ones any broker. Retries what can pass
 * (coordinator moving, a previous transaction still completing) until `timeoutMs`.
 */
export async function initProducerId(
  cluster: Cluster,
  options: {
    transactionalId: string | null;
    transactionTimeoutMs: number;
    current?: ProducerIdAndEpoch;
    timeoutMs: number;
    signal?: AbortSignal;
  },
): Promise<ProducerIdAndEpoch> {
  const { transactionalId, signal } = options;
  return cluster.retrying('InitProducerId', options.timeoutMs, signal, async () => {
    const node =
      transactionalId === null
        ? cluster.leastLoadedNode()
        : await cluster.findCoordinator(CoordinatorType.TRANSACTION, transactionalId, { signal });
    const res = await cluster.request(
      node,
      InitProducerIdApi,
      (v) => {
        // Before v3 an epoch cannot be bumped; asking for a fresh id is the fallback.
        const bump = options.current && v >= 3 ? options.current : undefined;
        return {
          transactionalId,
          transactionTimeoutMs: options.transactionTimeoutMs,
          producerId: bump?.producerId ?? -1n,
          producerEpoch: bump?.epoch ?? -1,
        };
      },
      { signal },
    );
    if (res.errorCode === 0) return { producerId: res.producerId ?? -1n, epoch: res.producerEpoch };
    if (
      transactionalId !== null &&
      (res.errorCode === ErrorCode.NOT_COORDINATOR || res.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE)
    ) {
      cluster.invalidateCoordinator(CoordinatorType.TRANSACTION, transactionalId);
    }
    const err = createKafkaError(res.errorCode, undefined, transactionalId === null ? {} : { transactionalId });
    // The coordinator is still finishing an earlier transaction of this id: wait, as Java does.
    if (res.errorCode === ErrorCode.CONCURRENT_TRANSACTIONS) {
      throw new KafkaError(err.message, { code: err.code, retriable: true, cause: err });
    }
    throw err;
  });
}
