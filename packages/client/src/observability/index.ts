export { HISTOGRAM_MAX_VALUE, WindowHistogram } from './histogram.js';
export { callUser, createLog, type Log, type LogContext, type LogLevel } from './log.js';
export { Observability, type ObservabilityOptions, type ThrottleEvent } from './observability.js';
export { type ConsumerPartitionView, consumerPartitionStats } from './sources.js';
export { type StatsClusterView, StatsCollector } from './stats-collector.js';
export type { PartitionStatsInput, StatsContribution, StatsSource } from './stats-source.js';
export type {
  BrokerState,
  BrokerStatistics,
  ClientStatistics,
  ClientType,
  ConsumerGroupStatistics,
  EosStatistics,
  PartitionStatistics,
  TopicStatistics,
  WindowStatistics,
} from './stats-types.js';
