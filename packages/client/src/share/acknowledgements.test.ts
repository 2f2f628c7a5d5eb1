import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { topicPartition } from '../topic-partition.js';
import { encodeAcks } from './acknowledgements.js';
import { resolveShareConsumerOptions } from './options.js';
import { ShareSession } from './share-session.js';

const acks = (entries: [number, number][]) => new Map(entries.map(([o, t]) => [BigInt(o), t] as [bigint, number]));

describe('encodeAcks', () => {
  it('one batch per contiguous stretch; one type entry when all agree, one per offset otherwise', () => {
    expect(
      encodeAcks(
        acks([
          [5, 1],
          [3, 1],
          [4, 1],
          [9, 2],
          [10, 3],
        ]),
      ),
    ).toEqual([
      { firstOffset: 3n, lastOffset: 5n, acknowledgeTypes: [1] },
      { firstOffset: 9n, lastOffset: 10n, acknowledgeTypes: [2, 3] },
    ]);
  });

  it('runs of more than ten identical types get a batch of their own', () => {
    const m = acks([[0, 2], ...Array.from({ length: 11 }, (_, i) => [i + 1, 1] as [number, number]), [12, 3]]);
    expect(encodeAcks(m)).toEqual([
      { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [2] },
      { firstOffset: 1n, lastOffset: 11n, acknowledgeTypes: [1] },
      { firstOffset: 12n, lastOffset: 12n, acknowledgeTypes: [3] },
    ]);
  });

  it('nothing to send is no batch', () => {
    expect(encodeAcks(new Map())).toEqual([]);
  });
});

describe('ShareSession', () => {
  const a = topicPartition('s', 0);
  const b = topicPartition('s', 1);
  it('opens with every partition, then names only what changed; the epoch wraps to 1', () => {
    const s = new ShareSession();
    const open = s.next(new Set([a]));
    expect(open).toMatchObject({ epoch: 0, full: true, add: [a], forget: [] });
    s.succeeded(open);
    const change = s.next(new Set([b]));
    expect(change).toMatchObject({ epoch: 1, full: false, add: [b], forget: [a] });
    s.succeeded(change);
    expect([s.epoch, [...s.partitions]]).toEqual([2, [b]]);
    s.epoch = 0x7fffffff;
    s.advanced();
    expect(s.epoch).toBe(1);
    s.reset();
    expect(s.next(new Set([b])).full).toBe(true);
  });
});

describe('resolveShareConsumerOptions', () => {
  it('needs a groupId and refuses consumer options that are share-group configs, naming the config', () => {
    expect(() => resolveShareConsumerOptions({} as never)).toThrow(/groupId/);
    expect(() => resolveShareConsumerOptions({ groupId: 'g', autoOffsetReset: 'earliest' } as never)).toThrow(
      /share\.auto\.offset\.reset/,
    );
    expect(() => resolveShareConsumerOptions({ groupId: 'g', enableAutoCommit: true } as never)).toThrow(
      InvalidConfigError,
    );
    expect(() => resolveShareConsumerOptions({ groupId: 'g', acknowledgementMode: 'manual' } as never)).toThrow(
      /acknowledgementMode/,
    );
    expect(resolveShareConsumerOptions({ groupId: 'g' })).toMatchObject({
      acknowledgementMode: 'implicit',
      maxPollRecords: 500,
      clientId: 'kafka-aio-share-consumer',
    });
  });
});
