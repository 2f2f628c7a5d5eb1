import { InvalidTopicError } from '@kafka-aio/protocol';

/** The longest topic name Kafka accepts (249: the log directory name adds a partition suffix). */
export const MAX_TOPIC_NAME_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;
/** The last name found legal: a producer checks every record's topic, mostly the same one. */
let lastLegal: string | undefined;

/**
 * Checks a topic name against Kafka's rules before anything is sent: ASCII letters, digits, `.`,
 * `_` and `-`, 1 to 249 characters, and neither `.` nor `..`. A broker would answer
 * INVALID_TOPIC_EXCEPTION (or the metadata wait would run out), so failing here is both faster
 * and clearer.
 *
 * @throws InvalidTopicError naming the rule the name breaks.
 */
export function checkTopicName(topic: unknown): asserts topic is string {
  if (topic === lastLegal) return;
  const rule = brokenTopicRule(topic);
  if (rule === undefined) {
    lastLegal = topic as string;
    return;
  }
  throw new InvalidTopicError(`invalid topic name ${JSON.stringify(topic)?.slice(0, 80)}: ${rule}`);
}

function brokenTopicRule(topic: unknown): string | undefined {
  if (typeof topic !== 'string') return `a topic name is a string, got ${topic === null ? 'null' : typeof topic}`;
  if (topic.length === 0) return 'a topic name cannot be empty';
  if (topic === '.' || topic === '..') return 'a topic name cannot be "." or ".."';
  if (topic.length > MAX_TOPIC_NAME_LENGTH)
    return `a topic name has at most ${MAX_TOPIC_NAME_LENGTH} characters, this one has ${topic.length}`;
  if (!LEGAL.test(topic)) {
    const bad = [...new Set([...topic].filter((c) => !LEGAL.test(c)))].map((c) => JSON.stringify(c)).join(', ');
    return `a topic name may hold only ASCII letters, digits, ".", "_" and "-" (not ${bad})`;
  }
  return undefined;
}
