import { serializeConsumerProtocolSubscription } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { decodeMembers } from './classic-assignment.js';

/** The version 0 layout (topics, userData) under another version number, as KafkaJS's custom assigners write it. */
function v0LayoutAs(version: number, topics: string[], userData: Buffer): Buffer {
  const v0 = serializeConsumerProtocolSubscription({ topics, userData, ownedPartitions: [] }, 0);
  v0.writeInt16BE(version, 0);
  return v0;
}

describe('decodeMembers', () => {
  it('reads a subscription written in the version 0 layout under a higher version, as KafkaJS reads it', () => {
    const members = decodeMembers([
      { memberId: 'kafkajs', groupInstanceId: null, metadata: v0LayoutAs(1, ['a', 'b'], Buffer.from('role')) },
      {
        memberId: 'java',
        groupInstanceId: null,
        metadata: serializeConsumerProtocolSubscription({
          topics: ['a'],
          userData: null,
          ownedPartitions: [{ topic: 'a', partitions: [1] }],
          generationId: 4,
          rackId: 'r1',
        }),
      },
    ]);
    expect(members.get('kafkajs')).toMatchObject({
      topics: ['a', 'b'],
      userData: Buffer.from('role'),
      ownedPartitions: [],
    });
    expect(members.get('java')).toMatchObject({ topics: ['a'], generationId: 4, rackId: 'r1' });
    expect(members.get('java')?.ownedPartitions.map((tp) => `${tp.topic}-${tp.partition}`)).toEqual(['a-1']);
  });

  it('skips a member whose bytes decode in no layout', () => {
    const members = decodeMembers([
      { memberId: 'junk', groupInstanceId: null, metadata: Buffer.from([0, 1, 0, 0, 0, 9]) },
      { memberId: 'ok', groupInstanceId: null, metadata: v0LayoutAs(0, ['a'], Buffer.alloc(0)) },
    ]);
    expect([...members.keys()]).toEqual(['ok']);
  });
});
