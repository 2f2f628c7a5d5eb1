export { BUILT_IN_ASSIGNOR_NAMES, type BuiltInAssignorName, builtInAssignor } from './built-in.js';
export { cooperativeStickyAssignor } from './cooperative-sticky.js';
export { compareMembers } from './member-order.js';
export { rangeAssignor } from './range.js';
export { roundRobinAssignor } from './round-robin.js';
export { stickyAssignor } from './sticky.js';
export {
  type AssignmentContext,
  type ClusterView,
  type ConsumerPartitionAssignor,
  type GroupAssignment,
  type GroupMember,
  type MemberAssignment,
  NO_GENERATION,
  type SubscriptionContext,
  type SynchronousPartitionAssignor,
  type TopicPartitionLike,
} from './types.js';
