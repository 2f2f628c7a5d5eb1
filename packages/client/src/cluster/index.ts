export { backoffMs, sleep } from './backoff.js';
export { BrokerPool, type DialOptions } from './broker-pool.js';
export { Cluster, type ClusterOptions, CoordinatorType, isRetriable } from './cluster.js';
export { type BrokerInfo, MetadataSnapshot, type PartitionInfo, type TopicInfo } from './metadata.js';
