import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE } from './error-codes.js';
import { classNameOf, OUTPUT_PATH, renderBrokerErrors } from './generate.js';

describe('errors codegen', () => {
  it('reproduces the committed src/errors/broker-errors.ts exactly', () => {
    expect(renderBrokerErrors()).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
  });

  it('is deterministic regardless of the order of the table', () => {
    expect(renderBrokerErrors([...ERROR_TABLE].reverse())).toBe(renderBrokerErrors());
  });

  it('names classes like aiokafka/Java', () => {
    const byName = new Map(ERROR_TABLE.map((r) => [r.name, classNameOf(r)]));
    expect(byName.get('NOT_LEADER_OR_FOLLOWER')).toBe('NotLeaderOrFollowerError');
    expect(byName.get('KAFKA_STORAGE_ERROR')).toBe('KafkaStorageError');
    expect(byName.get('INVALID_TOPIC_EXCEPTION')).toBe('InvalidTopicError');
    expect(byName.get('SASL_AUTHENTICATION_FAILED')).toBe('SaslAuthenticationError');
    expect(byName.get('MESSAGE_TOO_LARGE')).toBe('RecordTooLargeError');
  });

  it('rejects a table with duplicate codes, code 0 or inconsistent flags', () => {
    const row = ERROR_TABLE[1];
    expect(() => renderBrokerErrors([row, { ...row, name: 'OTHER' }])).toThrow(/twice/);
    expect(() => renderBrokerErrors([{ ...row, code: 0 }])).toThrow(/NONE/);
    expect(() => renderBrokerErrors([{ ...row, invalidMetadata: true, retriable: false }])).toThrow(/implies/);
    expect(() => renderBrokerErrors([{ ...row, className: 'InvalidConfigError' }])).toThrow(/taken/);
  });
});
