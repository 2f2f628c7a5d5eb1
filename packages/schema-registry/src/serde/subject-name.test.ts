import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import {
  recordNameStrategy,
  resolveSubjectNameStrategy,
  topicNameStrategy,
  topicRecordNameStrategy,
} from './subject-name.js';

const ctx = { topic: 'orders', field: 'value' as const, recordName: 'com.acme.Order' };

describe('subject name strategies', () => {
  it('name subjects as Confluent does', () => {
    expect(topicNameStrategy(ctx)).toBe('orders-value');
    expect(topicNameStrategy({ ...ctx, field: 'key' })).toBe('orders-key');
    expect(recordNameStrategy(ctx)).toBe('com.acme.Order');
    expect(topicRecordNameStrategy(ctx)).toBe('orders-com.acme.Order');
  });

  it('record strategies need a named schema', () => {
    expect(() => recordNameStrategy({ ...ctx, recordName: null })).toThrow(/needs a named schema/);
    expect(() => topicRecordNameStrategy({ ...ctx, recordName: null })).toThrow(/needs a named schema/);
  });

  it('resolve names and functions, and refuse anything else', () => {
    expect(resolveSubjectNameStrategy(undefined)).toBe(topicNameStrategy);
    expect(resolveSubjectNameStrategy('record')).toBe(recordNameStrategy);
    expect(resolveSubjectNameStrategy('topic-record')).toBe(topicRecordNameStrategy);
    const custom = () => 'x';
    expect(resolveSubjectNameStrategy(custom)).toBe(custom);
    expect(() => resolveSubjectNameStrategy('TopicNameStrategy' as never)).toThrow(InvalidConfigError);
  });
});
