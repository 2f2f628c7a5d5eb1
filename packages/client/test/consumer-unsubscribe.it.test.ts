// unsubscribe() revokes like a rebalance (issue 13, item 3): auto commit commits the positions, then
// onPartitionsRevoked runs, then the member leaves; with both group protocols.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AIOKafkaConsumer, type ConsumerOptions } from '../src/consumer/index.js';
import { type TopicPartition, topicPartition } from '../src/topic-partition.js';
import { adminCluster, createTopic, groupLag, kafka, produce, records, topicName } from './consumer-helpers.js';

const protocols: ('classic' | 'consumer')[] = kafka.version.startsWith('4.') ? ['classic', 'consumer'] : ['classic'];

describe.each(protocols)('unsubscribe() with the %s group protocol', (groupProtocol) => {
  it('commits the positions, calls onPartitionsRevoked with the partitions, leaves; subscribe() again resumes', async () => {
    const topic = topicName('unsub');
    const cluster = await adminCluster();
    try {
      await createTopic(cluster, topic, 2);
      await produce(cluster, topic, 0, records(20));
      await produce(cluster, topic, 1, records(20));
    } finally {
      cluster.close();
    }
    const groupId = `g-${randomUUID()}`;
    const events: string[] = [];
    const revoked: TopicPartition[][] = [];
    const options: ConsumerOptions = {
      bootstrapServers: kafka.bootstrap,
      groupId,
      groupProtocol,
      autoOffsetReset: 'earliest',
      autoCommitIntervalMs: 60_000, // only the commit before revocation counts here
      onCommit: (err) => events.push(err ? 'commit failed' : 'commit'),
    };
    await using consumer = new AIOKafkaConsumer(options);
    const listener = {
      onPartitionsAssigned: () => {
        events.push('assigned');
      },
      onPartitionsRevoked: (tps: ReadonlySet<TopicPartition>) => {
        events.push('revoked');
        revoked.push([...tps]);
      },
    };
    consumer.subscribe({ topics: [topic], listener });
    await consumer.start();
    let n = 0;
    while (n < 40) for (const l of (await consumer.getMany({ timeoutMs: 5_000 })).values()) n += l.length;
    await consumer.unsubscribe();
    expect(consumer.assignment().size).toBe(0);
    expect(revoked).toEqual([[topicPartition(topic, 0), topicPartition(topic, 1)]]);
    expect(events.slice(-2)).toEqual(['commit', 'revoked']);
    const lag = await groupLag(groupId, topic);
    expect([...lag.values()].map((x) => x.current)).toEqual(['20', '20']);
    // Subscribing again joins again and resumes from the commits.
    const again = await adminCluster();
    try {
      await produce(again, topic, 0, records(5, 'more'));
    } finally {
      again.close();
    }
    consumer.subscribe({ topics: [topic], listener });
    const next = await consumer.getOne();
    expect(next.offset).toBe(20n);
  });
});
