import { afterEach, describe, expect, it } from 'vitest';
import { createDebug, debugOutput, enableDebug } from './debug.js';

describe('createDebug', () => {
  const original = debugOutput.write;
  afterEach(() => {
    debugOutput.write = original;
    enableDebug(undefined);
  });

  it('follows DEBUG patterns: wildcards, lists, and exclusions', () => {
    const fetcher = createDebug('kafka-aio:consumer:fetcher');
    const conn = createDebug('kafka-aio:connection');
    const other = createDebug('other:thing');
    enableDebug('kafka-aio:*');
    expect([fetcher.enabled, conn.enabled, other.enabled]).toEqual([true, true, false]);
    enableDebug('kafka-aio:*,-kafka-aio:connection');
    expect([fetcher.enabled, conn.enabled, other.enabled]).toEqual([true, false, false]);
    enableDebug('other:thing kafka-aio:consumer:*');
    expect([fetcher.enabled, conn.enabled, other.enabled]).toEqual([true, false, true]);
    enableDebug('*');
    expect(other.enabled).toBe(true);
    enableDebug('kafka-aio:consumer');
    expect(fetcher.enabled).toBe(false);
    enableDebug('');
    expect([fetcher.enabled, conn.enabled, other.enabled]).toEqual([false, false, false]);
  });

  it('writes one formatted line per call, only while enabled', () => {
    const lines: string[] = [];
    debugOutput.write = (line) => void lines.push(line);
    const d = createDebug('kafka-aio:unit-debug');
    d('dropped %s', 'x');
    enableDebug('kafka-aio:unit-*');
    d('%s[%d] at %s: %O', 't.x', 3, 10n, { a: { b: [1, 2] } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z kafka-aio:unit-debug t\.x\[3\] at 10n: \{ a: \{ b: \[ 1, 2 \] \} \}\n$/,
    );
    expect(d.namespace).toBe('kafka-aio:unit-debug');
  });

  it('matches regex characters in a pattern literally', () => {
    const d = createDebug('kafka-aio:a.b');
    enableDebug('kafka-aio:a.b');
    expect(d.enabled).toBe(true);
    expect(createDebug('kafka-aio:axb').enabled).toBe(false);
  });
});
