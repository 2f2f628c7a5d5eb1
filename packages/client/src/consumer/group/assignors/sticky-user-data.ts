// Java's StickyAssignor keeps a member's previous assignment in the subscription's userData rather
// than in ownedPartitions (under the eager protocol a member has revoked everything by the time it
// joins, so Java's ownedPartitions are empty). Speaking the same bytes lets a Java leader stay sticky
// to our members and ours to Java's. The layout is Kafka's classic (non-flexible) struct encoding:
//   int32 topic count, then per topic: int16 name length, UTF-8 name, int32 partition count, int32s;
//   then int32 generation (absent in the version-0 layout).

import { NO_GENERATION, type TopicPartitionLike } from './types.js';

/** A member's previous assignment and generation as Java's sticky `userData` carries them. */
export interface StickyMemberData {
  readonly partitions: TopicPartitionLike[];
  readonly generation: number;
}

/** Encodes the `userData` Java's StickyAssignor would send for this previous assignment. */
export function encodeStickyUserData(partitions: readonly TopicPartitionLike[], generation: number): Buffer {
  const byTopic = new Map<string, number[]>();
  for (const { topic, partition } of partitions) {
    const list = byTopic.get(topic);
    if (list === undefined) byTopic.set(topic, [partition]);
    else list.push(partition);
  }
  const entries = [...byTopic].map(([topic, list]) => ({ name: Buffer.from(topic, 'utf8'), list }));
  const size = entries.reduce((n, e) => n + 2 + e.name.length + 4 + 4 * e.list.length, 8);
  const out = Buffer.alloc(size);
  let at = out.writeInt32BE(entries.length, 0);
  for (const { name, list } of entries) {
    at = out.writeInt16BE(name.length, at);
    at += name.copy(out, at);
    at = out.writeInt32BE(list.length, at);
    for (const p of list) at = out.writeInt32BE(p, at);
  }
  out.writeInt32BE(generation, at);
  return out;
}

/**
 * Decodes Java's sticky `userData` (version 1, or version 0 without a generation). Returns `null`
 * for anything malformed: the bytes come from another client, and a bad claim is best ignored.
 */
export function decodeStickyUserData(data: Buffer): StickyMemberData | null {
  let at = 0;
  const need = (n: number) => at + n <= data.length;
  if (!need(4)) return null;
  const topicCount = data.readInt32BE(at);
  at += 4;
  if (topicCount < 0) return null;
  const partitions: TopicPartitionLike[] = [];
  for (let i = 0; i < topicCount; i++) {
    if (!need(2)) return null;
    const nameLength = data.readInt16BE(at);
    at += 2;
    if (nameLength < 0 || !need(nameLength + 4)) return null;
    const topic = data.toString('utf8', at, at + nameLength);
    at += nameLength;
    const count = data.readInt32BE(at);
    at += 4;
    if (count < 0 || !need(4 * count)) return null;
    for (let j = 0; j < count; j++, at += 4) partitions.push({ topic, partition: data.readInt32BE(at) });
  }
  if (at === data.length) return { partitions, generation: NO_GENERATION };
  if (at + 4 !== data.length) return null;
  return { partitions, generation: data.readInt32BE(at) };
}
