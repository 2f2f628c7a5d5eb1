export * from './acls.js';
export { AdminClient, AIOKafkaAdminClient } from './admin-client.js';
export * from './cluster-info.js';
export * from './configs.js';
export type { AdminCallOptions } from './context.js';
export * from './group-offsets.js';
export type {
  ConsumerGroupDescription,
  ConsumerGroupListing,
  ConsumerGroupState,
  GroupType,
  ListConsumerGroupsResult,
  MemberDescription,
} from './groups.js';
export {
  type ElectionType,
  type IsolationLevel,
  type ListOffsetsResultInfo,
  type OffsetSpec,
  offsetSpecTimestamp,
} from './offsets.js';
export {
  ADMIN_DEFAULTS,
  type AdminClientOptions,
} from './options.js';
export * from './quotas.js';
export * from './reassignments.js';
export { type EntityResult, ResultMap } from './results.js';
export * from './scram.js';
export type {
  ShareGroupDescription,
  ShareGroupListing,
  ShareGroupState,
  ShareMemberDescription,
  SharePartitionOffsetInfo,
} from './share-groups.js';
export * from './topics.js';
export * from './transactions.js';
