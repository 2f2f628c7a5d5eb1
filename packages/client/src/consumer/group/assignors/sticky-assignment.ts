import { AssignmentBuilder } from './assignment-builder.js';
import { assignGeneral } from './sticky-general.js';
import { buildStickyModel, type OwnershipSource, type StickyModel } from './sticky-model.js';
import { assignUniform, type StickyWork } from './sticky-uniform.js';
import type { ClusterView, GroupAssignment, GroupMember } from './types.js';

/** A sticky assignment before it is turned into a {@link GroupAssignment}. */
export interface StickyResult {
  readonly model: StickyModel;
  /** Member index of each pid. */
  readonly owners: Int32Array;
}

/**
 * The balanced, sticky assignment shared by `sticky` and `cooperative-sticky` (KIP-54, KIP-429):
 * the uniform-subscription path when it applies, the general one otherwise.
 */
export function computeSticky(
  cluster: ClusterView,
  members: ReadonlyMap<string, GroupMember>,
  ownershipOf: OwnershipSource,
  work: StickyWork = { steps: 0 },
): StickyResult {
  const model = buildStickyModel(cluster, members, ownershipOf);
  const owners = model.uniform ? assignUniform(model, work) : assignGeneral(model, work);
  return { model, owners };
}

/**
 * Turns a sticky result into a {@link GroupAssignment}, leaving out the pids for which `withhold`
 * returns true.
 */
export function toGroupAssignment(
  { model, owners }: StickyResult,
  withhold: (pid: number, member: number) => boolean = () => false,
): GroupAssignment {
  const builder = new AssignmentBuilder(model.members);
  for (let pid = 0; pid < owners.length; pid++) {
    const m = owners[pid];
    if (m < 0 || withhold(pid, m)) continue;
    const t = model.topicOf[pid];
    builder.add(model.members[m].memberId, model.topics[t], pid - model.firstPid[t]);
  }
  return builder.build();
}
