/// <reference types="node" preserve="true" />
// The declarations use Node types (Buffer, TLS options, Symbol.asyncDispose): a project whose
// tsconfig lists no `types` (the default from TypeScript 7 on) still sees them.
export * from './admin/index.js';
export type { BrokerInfo, PartitionInfo, TopicInfo } from './cluster/index.js';
export { COMMON_DEFAULTS, type CommonOptions, type Logger, type SecurityProtocol } from './config/common.js';
export * from './consumer/index.js';
export {
  type CommitDiagnostics,
  type ConnectionDiagnostics,
  DIAGNOSTICS_CHANNELS,
  type DiagnosticsRecord,
  type GroupDiagnostics,
  type ProcessDiagnostics,
  type ReceiveDiagnostics,
  type RequestDiagnostics,
  type SendDiagnostics,
} from './diagnostics.js';
export * from './errors.js';
export type { StartOptions, StopOptions } from './lifecycle.js';
export * from './network/index.js';
export type {
  BrokerStatistics,
  ClientStatistics,
  ClientType,
  ConsumerGroupStatistics,
  EosStatistics,
  Log,
  PartitionStatistics,
  PartitionStatsInput,
  StatsContribution,
  StatsSource,
  ThrottleEvent,
  TopicStatistics,
  WindowStatistics,
} from './observability/index.js';
export * from './producer/index.js';
export * from './security/index.js';
export * from './share/index.js';
export { formatTopicPartition, type TopicPartition, TopicPartitionMap, topicPartition } from './topic-partition.js';
export { CLIENT_SOFTWARE_NAME, CLIENT_SOFTWARE_VERSION } from './version.js';
