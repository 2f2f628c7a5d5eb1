import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { resolveAdminClientOptions } from '../admin/options.js';
import { resolveConsumerOptions } from '../consumer/options.js';
import { resolveProducerOptions } from '../producer/options.js';
import { editDistance, suggestOption } from './option-suggestions.js';

const producer = (o: Record<string, unknown>) => () => resolveProducerOptions(o as never);
const consumer = (o: Record<string, unknown>) => () => resolveConsumerOptions(o as never);

describe('unknown option names', () => {
  it('suggest the option a typo was meant to be', () => {
    expect(producer({ lingerMz: 5 })).toThrow(/unknown producer option "lingerMz" \(did you mean "lingerMs"\?\)/);
    expect(producer({ bootstrapServer: 'x:9092' })).toThrow(/did you mean "bootstrapServers"/);
    expect(consumer({ autoOfsetReset: 'earliest' })).toThrow(/did you mean "autoOffsetReset"/);
    expect(consumer({ gropuId: 'g' })).toThrow(/did you mean "groupId"/); // two letters swapped
    expect(consumer({ GROUPID: 'g' })).toThrow(/did you mean "groupId"/);
    expect(producer({ lingerMz: 5 })).toThrow(InvalidConfigError);
  });

  it("name kafka-aio's option for KafkaJS's names", () => {
    expect(producer({ brokers: ['x:9092'] })).toThrow(
      /"brokers" is the KafkaJS name; kafka-aio calls it "bootstrapServers"/,
    );
    expect(producer({ idempotent: true })).toThrow(/kafka-aio calls it "enableIdempotence"/);
    expect(consumer({ maxWaitTimeInMs: 100 })).toThrow(/kafka-aio calls it "fetchMaxWaitMs"/);
    expect(consumer({ sessionTimeout: 10_000 })).toThrow(/did you mean "sessionTimeoutMs"/);
    expect(() => resolveAdminClientOptions({ requestTimeout: 1 } as never)).toThrow(/did you mean "requestTimeoutMs"/);
  });

  it("name kafka-aio's option for the Java client's and librdkafka's properties", () => {
    expect(producer({ 'linger.ms': 5 })).toThrow(/kafka-aio spells the property "linger.ms" as "lingerMs"/);
    expect(consumer({ 'group.id': 'g' })).toThrow(/as "groupId"/);
    expect(consumer({ 'bootstrap.servers': 'x:9092' })).toThrow(/as "bootstrapServers"/);
    expect(consumer({ 'enable.auto.commit': false })).toThrow(/as "enableAutoCommit"/);
    expect(producer({ 'batch.size': 1 })).toThrow(
      /"batch.size" is the Java\/librdkafka name; kafka-aio calls it "maxBatchSize"/,
    );
    expect(producer({ 'max.in.flight.requests.per.connection': 1 })).toThrow(/calls it "maxInFlightRequests"/);
  });

  it('only name options the object has, and stay quiet when nothing is close', () => {
    // A consumer option given to the producer: no hint pointing at a name the producer refuses.
    expect(suggestOption('maxBytes', new Set(['lingerMs', 'acks']))).toBe('');
    expect(suggestOption('group.id', new Set(['lingerMs']))).toBe('');
    expect(suggestOption('banana', new Set(['lingerMs', 'acks', 'clientId']))).toBe('');
    expect(suggestOption('constructor', new Set(['clientId']))).toBe('');
    expect(producer({ banana: 1 })).toThrow(/^unknown producer option "banana"$/);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps, capped above the limit', () => {
    expect(editDistance('lingerms', 'lingerms', 3)).toBe(0);
    expect(editDistance('lingerm', 'lingerms', 3)).toBe(1);
    expect(editDistance('lingrems', 'lingerms', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzxyzxyz', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
