import { compareStrings } from './member-order.js';
import type { GroupAssignment, GroupMember } from './types.js';

/**
 * Collects partitions per member and produces a {@link GroupAssignment} in canonical form: every
 * member present in member order, topics sorted, partitions ascending. Canonical output makes the
 * result independent of the order in which an algorithm happened to pick partitions.
 */
export class AssignmentBuilder {
  readonly #byMember = new Map<string, Map<string, number[]>>();

  /** @param orderedMembers the members in the order the result should list them */
  constructor(orderedMembers: readonly GroupMember[]) {
    for (const m of orderedMembers) this.#byMember.set(m.memberId, new Map());
  }

  add(memberId: string, topic: string, partition: number): void {
    const topics = this.#byMember.get(memberId)!;
    const list = topics.get(topic);
    if (list === undefined) topics.set(topic, [partition]);
    else list.push(partition);
  }

  build(): GroupAssignment {
    const result: GroupAssignment = new Map();
    for (const [memberId, topics] of this.#byMember) {
      const sorted = new Map<string, number[]>();
      for (const topic of [...topics.keys()].sort(compareStrings)) {
        sorted.set(
          topic,
          topics.get(topic)!.sort((a, b) => a - b),
        );
      }
      result.set(memberId, sorted);
    }
    return result;
  }
}
