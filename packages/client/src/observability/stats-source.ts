import type { ConsumerGroupStatistics, EosStatistics, PartitionStatistics } from './stats-types.js';

/** Partition fields a {@link StatsSource} may fill in (placement comes from the cluster metadata). */
type NumericPartitionField = Exclude<keyof PartitionStatistics, 'partition' | 'broker' | 'leader' | 'fetch_state'>;

/**
 * One partition's figures as a producer or consumer reports them. Every field is optional; missing
 * ones are 0 (counts) or -1001 (offsets). Offsets may be `bigint`; they are reported as numbers.
 * `consumer_lag` and `consumer_lag_stored` are computed from the offsets when left out.
 */
export type PartitionStatsInput = {
  topic: string;
  partition: number;
  fetch_state?: string;
} & { [K in NumericPartitionField]?: number | bigint };

/**
 * What a producer or consumer adds to each statistics document. Top-level totals left out are the
 * sums over `partitions` (`msg_cnt` = Σ `msgq_cnt`, `msg_size` = Σ `msgq_bytes`, `txmsgs`,
 * `txmsg_bytes` = Σ `txbytes`, `rxmsgs`, `rxmsg_bytes` = Σ `rxbytes`); give them when the
 * client keeps counters that outlive a partition (e.g. after a revocation).
 */
export interface StatsContribution {
  msg_cnt?: number;
  msg_size?: number;
  msg_size_max?: number;
  txmsgs?: number;
  txmsg_bytes?: number;
  rxmsgs?: number;
  rxmsg_bytes?: number;
  /** Per-partition figures; their topics appear under `topics`. */
  partitions?: Iterable<PartitionStatsInput>;
  /** Consumer group state (consumers in a group). */
  cgrp?: Partial<ConsumerGroupStatistics> & { state: string };
  /** Idempotent / transactional producer state. */
  eos?: EosStatistics;
}

/**
 * A part of the client that reports its figures: called once per statistics document, on the
 * statistics timer (so never on a hot path). Should be cheap and must not throw; a source that throws
 * is skipped for that document and the error is logged.
 */
export type StatsSource = () => StatsContribution;
