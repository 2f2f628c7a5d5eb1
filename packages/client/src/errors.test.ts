import * as protocol from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { configResource } from './admin/configs.js';
import * as client from './index.js';
import { checkTimestamp } from './producer/record-input.js';
import { toTopicPartition } from './topic-partition.js';

const isErrorClass = (v: unknown): v is typeof protocol.KafkaError =>
  typeof v === 'function' && (v === protocol.KafkaError || v.prototype instanceof protocol.KafkaError);

describe('errors from @kafka-aio/client', () => {
  it('re-exports every error class of the protocol package, the same classes', () => {
    const classes = Object.entries(protocol).filter(([, v]) => isErrorClass(v));
    expect(classes.length).toBeGreaterThan(150);
    const missing = classes.filter(([name, cls]) => (client as Record<string, unknown>)[name] !== cls).map(([n]) => n);
    expect(missing).toEqual([]);
    expect(client.ErrorCode.NOT_LEADER_OR_FOLLOWER).toBe(6);
    expect(client.createKafkaError(6)).toBeInstanceOf(client.NotLeaderOrFollowerError);
  });

  it("exports the consumer's own errors as KafkaErrors", () => {
    for (const cls of [client.CommitFailedError, client.LogTruncationError, client.NoOffsetForPartitionError]) {
      expect(cls.prototype).toBeInstanceOf(protocol.KafkaError);
    }
  });

  it('uses InvalidArgumentError for bad arguments in every client, still an IllegalOperationError', () => {
    expect(() => toTopicPartition({ topic: 't', partition: -1 }, 'seek')).toThrow(client.InvalidArgumentError);
    expect(() => checkTimestamp(-5)).toThrow(client.InvalidArgumentError);
    const consumer = new client.AIOKafkaConsumer({ bootstrapServers: '127.0.0.1:1' });
    let err: unknown;
    try {
      consumer.subscribe({ topics: [''] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(client.InvalidArgumentError);
    expect(err).toBeInstanceOf(client.IllegalOperationError);
    expect(err).toBeInstanceOf(client.KafkaError);
    expect(() => configResource('NOPE' as never, 'x')).toThrow(client.InvalidArgumentError);
  });
});
