import type { GroupMember } from './types.js';

/**
 * Java's member order (`AbstractPartitionAssignor.MemberInfo`): static members first, by
 * `groupInstanceId`, then dynamic members by `memberId`. Static members' positions survive restarts
 * (they keep their instance id but get a new member id), which keeps range and round-robin stable.
 * Strings compare by UTF-16 code unit, as `String.compareTo` does in Java.
 */
export function compareMembers(a: GroupMember, b: GroupMember): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null) {
    return compareStrings(a.groupInstanceId, b.groupInstanceId) || compareStrings(a.memberId, b.memberId);
  }
  if (a.groupInstanceId !== null) return -1;
  if (b.groupInstanceId !== null) return 1;
  return compareStrings(a.memberId, b.memberId);
}

/** The group's members in {@link compareMembers} order. */
export function sortedMembers(members: ReadonlyMap<string, GroupMember>): GroupMember[] {
  return [...members.values()].sort(compareMembers);
}

/** Code-unit order, independent of the locale (unlike `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
