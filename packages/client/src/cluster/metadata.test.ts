import type { MetadataResponse } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { MetadataSnapshot } from './metadata.js';

const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';

/** A Metadata answer: node 1 and 2, topic `t` with one partition led by `leaderId` at `leaderEpoch`. */
function answer(leaderId: number, leaderEpoch: number, topicId = TOPIC_ID): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [1, 2].map((nodeId) => ({ nodeId, host: '127.0.0.1', port: 9000 + nodeId, rack: null })),
    clusterId: 'c',
    controllerId: 1,
    topics: [
      {
        errorCode: 0,
        name: 't',
        topicId,
        isInternal: false,
        partitions: [
          {
            errorCode: 0,
            partitionIndex: 0,
            leaderId,
            leaderEpoch,
            replicaNodes: [1, 2],
            isrNodes: [1, 2],
            offlineReplicas: [],
          },
        ],
      },
    ],
  } as MetadataResponse;
}

describe('MetadataSnapshot leader epochs', () => {
  it('a leader hint with a newer epoch moves the leader; an older or equal one does not', () => {
    const m = MetadataSnapshot.empty().merge(answer(1, 5), 0);
    const moved = m.withLeaders([{ topic: 't', partition: 0, leaderId: 2, leaderEpoch: 6 }]);
    expect(moved.leaderFor('t', 0)).toBe(2);
    expect(moved.partition('t', 0)?.leaderEpoch).toBe(6);
    expect(m.leaderFor('t', 0)).toBe(1); // snapshots never change
    expect(m.withLeaders([{ topic: 't', partition: 0, leaderId: 2, leaderEpoch: 5 }])).toBe(m);
    expect(m.withLeaders([{ topic: 't', partition: 0, leaderId: -1, leaderEpoch: 9 }])).toBe(m);
    expect(m.withLeaders([{ topic: 'other', partition: 0, leaderId: 2, leaderEpoch: 9 }])).toBe(m);
  });

  it('a hint naming a broker the client does not know applies only with its endpoint', () => {
    const m = MetadataSnapshot.empty().merge(answer(1, 5), 0);
    const hint = { topic: 't', partition: 0, leaderId: 3, leaderEpoch: 6 };
    expect(m.withLeaders([hint])).toBe(m);
    const moved = m.withLeaders([hint], [{ nodeId: 3, host: '127.0.0.1', port: 9003, rack: null }]);
    expect(moved.leaderFor('t', 0)).toBe(3);
    expect(moved.brokers.get(3)?.port).toBe(9003);
  });

  it('a refresh from a broker that has not seen the newer leader yet does not move it back', () => {
    const m = MetadataSnapshot.empty()
      .merge(answer(1, 5), 0)
      .withLeaders([{ topic: 't', partition: 0, leaderId: 2, leaderEpoch: 6 }]);
    expect(m.merge(answer(1, 5), 1).leaderFor('t', 0)).toBe(2);
    expect(m.merge(answer(1, 7), 1).leaderFor('t', 0)).toBe(1);
    // A re-created topic (new id) starts its epochs again.
    expect(m.merge(answer(1, 0, 'AAAAAAAAAAAAAAAAAAAAAg'), 1).leaderFor('t', 0)).toBe(1);
  });
});
