import { partitionCount, type StickyModel } from './sticky-model.js';

/** Counts the elementary steps of a sticky computation, so that tests can bound the work done. */
export interface StickyWork {
  steps: number;
}

/**
 * Sticky assignment when every member subscribes to the same topics (the common case, and Java's
 * "constrained" path). Any member can take any partition, so balance is a matter of quotas: with
 * `P` partitions and `N` members, `P % N` members get `⌈P/N⌉` partitions and the others `⌊P/N⌋`.
 *
 * 1. The `⌈P/N⌉` quotas go to members that own more than `⌊P/N⌋`, so that the fewest owned
 *    partitions have to move; every member keeps its owned partitions up to its quota.
 * 2. The rest (new, orphaned and surplus partitions) is dealt round-robin, in member order, to
 *    members under `⌊P/N⌋`, then one each to members still entitled to `⌈P/N⌉`.
 *
 * A partition moves only when its owner is over quota, which is the least movement any balanced
 * assignment allows.
 *
 * @returns the member index of each pid
 */
export function assignUniform(model: StickyModel, work: StickyWork): Int32Array {
  const total = partitionCount(model);
  const n = model.members.length;
  const result = new Int32Array(total).fill(-1);
  if (n === 0) return result;
  const minQuota = Math.floor(total / n);
  let extraSlots = total % n;

  const owned: number[][] = model.members.map(() => []);
  for (let pid = 0; pid < total; pid++) {
    const m = model.previousOwner[pid];
    if (m >= 0) owned[m].push(pid);
  }
  // A member over quota keeps its lowest partition numbers across topics rather than whole topics,
  // so every topic stays spread over the members (Java trims in the same order).
  const partitionNumber = (pid: number) => pid - model.firstPid[model.topicOf[pid]];
  for (const list of owned) list.sort((a, b) => partitionNumber(a) - partitionNumber(b) || a - b);

  // Step 1: quotas, and keep owned partitions up to them. Any member owning more than the minimum
  // keeps exactly one more partition with a larger quota, so those go to such members in member order.
  const load = new Int32Array(n);
  const entitledToExtra = new Uint8Array(n);
  for (let m = 0; m < n; m++) {
    let quota = minQuota;
    if (extraSlots > 0 && owned[m].length > minQuota) {
      quota = minQuota + 1;
      extraSlots--;
      entitledToExtra[m] = 1;
    }
    const keep = Math.min(quota, owned[m].length);
    for (let i = 0; i < keep; i++) result[owned[m][i]] = m;
    load[m] = keep;
    work.steps += owned[m].length + 1;
  }

  const unassigned: number[] = [];
  for (let pid = 0; pid < total; pid++) if (result[pid] < 0) unassigned.push(pid);
  let next = 0;

  // Step 2a: round-robin up to the minimum quota, which spreads each topic over the members.
  let hungry = model.members.map((_, m) => m).filter((m) => load[m] < minQuota);
  while (hungry.length > 0) {
    for (const m of hungry) {
      result[unassigned[next++]] = m;
      load[m]++;
      work.steps++;
    }
    hungry = hungry.filter((m) => load[m] < minQuota);
  }

  // Step 2b: what is left is exactly one partition per remaining extra slot.
  for (let m = 0; m < n && next < unassigned.length; m++) {
    work.steps++;
    if (load[m] === minQuota && !entitledToExtra[m]) {
      result[unassigned[next++]] = m;
      load[m]++;
    }
  }
  return result;
}
