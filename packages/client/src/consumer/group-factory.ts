import type { Cluster } from '../cluster/cluster.js';
import type { OffsetCommitter } from './commit.js';
import { ConsumerGroupHeartbeatManager } from './consumer-group-heartbeat.js';
import { GroupCoordinator } from './group-coordinator.js';
import type { GroupHooks, GroupMembership } from './group-membership.js';
import type { ResolvedConsumerOptions } from './options.js';
import type { SubscriptionState } from './subscription-state.js';
import type { TopicWatcher } from './topic-watcher.js';

/** What a group protocol implementation is built from. */
export interface GroupDependencies {
  cluster: Cluster;
  state: SubscriptionState;
  options: ResolvedConsumerOptions & { groupId: string };
  committer: OffsetCommitter;
  /** The metadata watcher (classic protocol only: KIP-848 brokers resolve patterns themselves). */
  watcher: TopicWatcher | undefined;
  hooks: GroupHooks;
}

/** The group protocol implementation `groupProtocol` selects. */
export function createGroupMembership(deps: GroupDependencies): GroupMembership {
  return deps.options.groupProtocol === 'consumer'
    ? new ConsumerGroupHeartbeatManager(deps)
    : new GroupCoordinator(deps);
}
