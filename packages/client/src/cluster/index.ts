export { backoffMs, sleep } from './backoff.js';
export { BrokerPool, type DialOptions } from './broker-pool.js';
export { Cluster, type ClusterOptions, CoordinatorType, isRetriable, type NodeEndpoint } from './cluster.js';
export { type BrokerInfo, type LeaderHint, MetadataSnapshot, type PartitionInfo, type TopicInfo } from './metadata.js';
