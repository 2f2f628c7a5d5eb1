import { InvalidConfigError } from '@kafka-aio/protocol';
import { describe } from '../options.js';

/** Whether a serializer handles record keys or values (the `-key` / `-value` subject suffix). */
export type MessageField = 'key' | 'value';

/** What a subject name strategy gets to name a subject. */
export interface SubjectNameContext {
  topic: string;
  field: MessageField;
  /** The full name of the schema's record (or other named type); null for unnamed schemas such as `"string"`. */
  recordName: string | null;
}

/** A custom subject name strategy: returns the subject to register or look up under. */
export type SubjectNameStrategyFn = (context: SubjectNameContext) => string;

/**
 * `'topic'` (default): `<topic>-key` / `<topic>-value`. `'record'`: the record's full name.
 * `'topic-record'`: `<topic>-<record full name>`. Or a function.
 */
export type SubjectNameStrategy = 'topic' | 'record' | 'topic-record' | SubjectNameStrategyFn;

/** `<topic>-key` or `<topic>-value`: one schema lineage per topic and field (Confluent's default). */
export const topicNameStrategy: SubjectNameStrategyFn = ({ topic, field }) => `${topic}-${field}`;

/** The record's full name: one lineage per record type, shared by every topic. */
export const recordNameStrategy: SubjectNameStrategyFn = ({ recordName }) => {
  if (recordName === null)
    throw new Error('the record subject name strategy needs a named schema (record, enum or fixed)');
  return recordName;
};

/** `<topic>-<record full name>`: several record types per topic, each with its own lineage. */
export const topicRecordNameStrategy: SubjectNameStrategyFn = (ctx) => `${ctx.topic}-${recordNameStrategy(ctx)}`;

/** Turns the `subjectNameStrategy` option into a function; throws InvalidConfigError for anything else. */
export function resolveSubjectNameStrategy(strategy: SubjectNameStrategy | undefined): SubjectNameStrategyFn {
  if (strategy === undefined || strategy === 'topic') return topicNameStrategy;
  if (strategy === 'record') return recordNameStrategy;
  if (strategy === 'topic-record') return topicRecordNameStrategy;
  if (typeof strategy === 'function') return strategy;
  throw new InvalidConfigError(
    `option subjectNameStrategy must be 'topic', 'record', 'topic-record' or a function, got ${describe(strategy)}`,
    { option: 'subjectNameStrategy' },
  );
}
