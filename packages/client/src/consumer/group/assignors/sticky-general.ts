import { partitionCount, type StickyModel } from './sticky-model.js';
import type { StickyWork } from './sticky-uniform.js';

/**
 * Sticky assignment when members subscribe to different topics (Java's "general" path). There are
 * no simple quotas here, so balance means: no partition can move from its member to another member
 * subscribed to its topic that has at least two partitions fewer. (That is the balance a single
 * move can reach; like Java's, it is not always the global optimum.)
 *
 * 1. Every member keeps what it owned.
 * 2. Unowned partitions go, those with the fewest candidate members first, to the candidate with the
 *    fewest partitions (ties in member order).
 * 3. While some member `d` holds a partition of a topic whose least loaded subscriber `r` has at
 *    least two partitions fewer, move one from `d` to `r`, always taking from the most loaded
 *    members first so that a member never gives partitions away and then receives others back.
 *    Each move lowers the sum of squared loads, so the loop ends.
 *
 * @returns the member index of each pid
 */
export function assignGeneral(model: StickyModel, work: StickyWork): Int32Array {
  const total = partitionCount(model);
  const n = model.members.length;
  const result = new Int32Array(total).fill(-1);
  const load = new Int32Array(n);
  // held[m].get(t): the pids of topic t member m holds, for picking a partition to move.
  const held = model.members.map(() => new Map<number, number[]>());
  const give = (pid: number, m: number) => {
    result[pid] = m;
    load[m]++;
    const t = model.topicOf[pid];
    const list = held[m].get(t);
    if (list === undefined) held[m].set(t, [pid]);
    else list.push(pid);
  };
  const leastLoaded = (t: number): number => {
    let best = -1;
    for (const m of model.subscribers[t]) {
      work.steps++;
      if (best < 0 || load[m] < load[best]) best = m;
    }
    return best;
  };

  // Step 1.
  const unowned: number[] = [];
  for (let pid = 0; pid < total; pid++) {
    const m = model.previousOwner[pid];
    if (m >= 0) give(pid, m);
    else unowned.push(pid);
  }

  // Step 2: the most constrained partitions first, while there is still room for them.
  const candidates = (pid: number) => model.subscribers[model.topicOf[pid]].length;
  unowned.sort((a, b) => candidates(a) - candidates(b) || a - b);
  for (const pid of unowned) give(pid, leastLoaded(model.topicOf[pid]));

  // Step 3.
  const order = model.members.map((_, m) => m);
  for (;;) {
    order.sort((a, b) => load[b] - load[a] || a - b);
    work.steps += n;
    const globalMin = load[order[n - 1]];
    let moved = false;
    for (const d of order) {
      if (load[d] - globalMin < 2) break;
      for (const t of [...held[d].keys()].sort((a, b) => a - b)) {
        const pids = held[d].get(t)!;
        if (pids.length === 0) continue;
        const r = leastLoaded(t);
        if (load[d] - load[r] < 2) continue;
        const pid = pids.pop()!;
        load[d]--;
        give(pid, r);
        moved = true;
        break;
      }
      if (moved) break;
    }
    if (!moved) return result;
  }
}
