import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { cooperativeStickyAssignor, rangeAssignor } from './group/assignors/index.js';
import { CONSUMER_DEFAULTS, resolveConsumerOptions } from './options.js';

describe('resolveConsumerOptions', () => {
  it('applies every default', () => {
    const o = resolveConsumerOptions({ groupId: 'g' });
    expect(o).toMatchObject({
      groupId: 'g',
      groupInstanceId: null,
      clientId: 'kafka-aio-consumer',
      fetchMaxWaitMs: 500,
      fetchMaxBytes: 52_428_800,
      fetchMinBytes: 1,
      maxPartitionFetchBytes: 1_048_576,
      autoOffsetReset: 'latest',
      enableAutoCommit: true,
      autoCommitIntervalMs: 5_000,
      checkCrcs: true,
      maxPollIntervalMs: 300_000,
      rebalanceTimeoutMs: 300_000,
      sessionTimeoutMs: 45_000,
      heartbeatIntervalMs: 3_000,
      maxPollRecords: 500,
      excludeInternalTopics: true,
      isolationLevel: 'read_uncommitted',
      groupProtocol: 'classic',
    });
    expect(o.assignors).toEqual([cooperativeStickyAssignor]);
    expect(CONSUMER_DEFAULTS.partitionAssignmentStrategy).toEqual(['cooperative-sticky']);
  });

  it('turns auto commit off without a group, and rejects asking for it explicitly', () => {
    expect(resolveConsumerOptions({}).enableAutoCommit).toBe(false);
    expect(() => resolveConsumerOptions({ enableAutoCommit: true })).toThrow(/enableAutoCommit needs a groupId/);
  });

  it('accepts assignor names and objects, and rejects unknown names naming the built-ins', () => {
    expect(
      resolveConsumerOptions({ partitionAssignmentStrategy: ['range', cooperativeStickyAssignor] }).assignors,
    ).toEqual([rangeAssignor, cooperativeStickyAssignor]);
    expect(() => resolveConsumerOptions({ partitionAssignmentStrategy: ['rnage' as 'range'] })).toThrow(
      /unknown assignor "rnage".*range, roundrobin, sticky, cooperative-sticky/,
    );
    expect(() => resolveConsumerOptions({ partitionAssignmentStrategy: [] })).toThrow(InvalidConfigError);
  });

  it('rejects classic-only options with the consumer protocol', () => {
    expect(() => resolveConsumerOptions({ groupId: 'g', groupProtocol: 'consumer', sessionTimeoutMs: 10_000 })).toThrow(
      /sessionTimeoutMs is not used with groupProtocol 'consumer'/,
    );
    expect(resolveConsumerOptions({ groupId: 'g', groupProtocol: 'consumer' }).groupProtocol).toBe('consumer');
  });

  it('names the bad option and the accepted values', () => {
    expect(() => resolveConsumerOptions({ autoOffsetReset: 'smallest' as 'earliest' })).toThrow(
      /autoOffsetReset must be one of "earliest", "latest", "none", got "smallest"/,
    );
    expect(() => resolveConsumerOptions({ isolationLevel: 'committed' as 'read_committed' })).toThrow(/isolationLevel/);
    expect(() => resolveConsumerOptions({ heartbeatIntervalMs: 50_000 })).toThrow(/lower than sessionTimeoutMs/);
    expect(() => resolveConsumerOptions({ groupInstanceId: 'i' })).toThrow(/needs a groupId/);
    expect(() => resolveConsumerOptions({ fetchMaxwaitMs: 1 } as never)).toThrow(/did you mean "fetchMaxWaitMs"/);
    expect(() => resolveConsumerOptions({ maxPollRecords: 0 })).toThrow(/maxPollRecords/);
  });

  it('defaults rebalanceTimeoutMs to maxPollIntervalMs', () => {
    expect(resolveConsumerOptions({ maxPollIntervalMs: 10_000 }).rebalanceTimeoutMs).toBe(10_000);
    expect(resolveConsumerOptions({ rebalanceTimeoutMs: 5_000 }).rebalanceTimeoutMs).toBe(5_000);
  });
});
