import type { Cluster } from '../../cluster/cluster.js';
import type { OffsetCommitter } from '../commit.js';
import type { ResolvedConsumerOptions } from '../options.js';
import type { SubscriptionState } from '../subscription-state.js';
import type { TopicWatcher } from '../topic-watcher.js';
import { ClassicGroup } from './classic-group.js';
import { ConsumerGroup } from './consumer-group.js';
import type { GroupHooks, GroupMembership } from './group-membership.js';

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
  return deps.options.groupProtocol === 'consumer' ? new ConsumerGroup(deps) : new ClassicGroup(deps);
}
