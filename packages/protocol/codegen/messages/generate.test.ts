import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kebab } from './emit-message-file.js';
import { DEFAULT_OUT_DIR, generateFiles } from './generate.js';
import { stripJsonComments } from './json-comments.js';
import { buildMessage } from './spec-model.js';
import { KAFKA_VERSION, kafkaVersionFromJar, resolveSpecSource, type SpecSource } from './spec-source.js';
import { parseDefault } from './type-mapping.js';
import { MAX_VERSION, notVersionCondition, parseVersions, subtract, versionCondition } from './versions.js';

describe('stripJsonComments', () => {
  it('removes // comments but not // inside strings, and keeps escaped quotes', () => {
    const text = '{\n  // a comment "with quotes"\n  "about": "see http://x // y", "q": "a \\" // b" // trailing\n}';
    expect(JSON.parse(stripJsonComments(text))).toEqual({ about: 'see http://x // y', q: 'a " // b' });
  });
});

describe('version ranges', () => {
  it('parses the spec forms', () => {
    expect(parseVersions('0+', '')).toEqual({ lo: 0, hi: MAX_VERSION });
    expect(parseVersions('3-5', '')).toEqual({ lo: 3, hi: 5 });
    expect(parseVersions('7', '')).toEqual({ lo: 7, hi: 7 });
    expect(parseVersions('none', '').lo).toBeGreaterThan(parseVersions('none', '').hi);
    expect(() => parseVersions('1..2', 'x')).toThrow(/cannot parse/);
  });

  it('prints conditions simplified against the versions that can occur', () => {
    const ctx = { lo: 3, hi: 13 };
    expect(versionCondition(parseVersions('0+', ''), ctx)).toBe(true);
    expect(versionCondition(parseVersions('9+', ''), ctx)).toBe('v >= 9');
    expect(versionCondition(parseVersions('0-12', ''), ctx)).toBe('v <= 12');
    expect(versionCondition(parseVersions('8-10', ''), ctx)).toBe('v >= 8 && v <= 10');
    expect(versionCondition(parseVersions('14+', ''), ctx)).toBe(false);
    expect(notVersionCondition(parseVersions('8-10', ''), ctx)).toBe('v < 8 || v > 10');
    expect(subtract({ lo: 0, hi: 13 }, { lo: 9, hi: MAX_VERSION }, '')).toEqual({ lo: 0, hi: 8 });
  });
});

describe('names and defaults', () => {
  it('kebab-cases file names', () => {
    expect(kebab('ApiVersions')).toBe('api-versions');
    expect(kebab('OffsetForLeaderEpoch')).toBe('offset-for-leader-epoch');
    expect(kebab('KRaftVersionRecord')).toBe('k-raft-version-record');
  });

  it('reads the jar version from its file name', () => {
    expect(kafkaVersionFromJar('/x/kafka-clients-4.3.1.jar')).toBe('4.3.1');
    expect(kafkaVersionFromJar('/x/other.jar')).toBeUndefined();
  });

  it('parses hex, negative, large int64 and null defaults', () => {
    const m = buildMessage('T.json', {
      name: 'TRequest',
      type: 'request',
      apiKey: 0,
      validVersions: '0',
      flexibleVersions: 'none',
      fields: [
        { name: 'A', type: 'int32', versions: '0+', default: '0x7fffffff' },
        { name: 'B', type: 'int16', versions: '0+', default: -1 },
        { name: 'C', type: 'int64', versions: '0+', default: '9223372036854775807' },
        { name: 'D', type: 'string', versions: '0+', nullableVersions: '0+', default: 'null' },
        { name: 'E', type: 'bool', versions: '0+', default: 'true' },
        { name: 'F', type: 'int8', versions: '0+', default: '300' },
      ],
    });
    const [a, b, c, d, e, f] = m.root.fields;
    expect(parseDefault(a, '')).toEqual({ kind: 'literal', code: '2147483647' });
    expect(parseDefault(b, '')).toEqual({ kind: 'literal', code: '-1' });
    expect(parseDefault(c, '')).toEqual({ kind: 'literal', code: '9223372036854775807n' });
    expect(parseDefault(d, '')).toEqual({ kind: 'null' });
    expect(parseDefault(e, '')).toEqual({ kind: 'literal', code: 'true' });
    expect(() => parseDefault(f, 'F')).toThrow(/out of range/);
  });
});

/**
 * Regenerating from the pinned specs must reproduce the committed files byte for byte. The specs
 * come from the kafka-clients jar `scripts/kafka` caches (or $KAFKA_AIO_SPECS_DIR); without either
 * the check is skipped here, and CI's `pnpm codegen && git diff --exit-code` still covers it.
 */
function specSource(): SpecSource | undefined {
  try {
    return resolveSpecSource({});
  } catch {
    return undefined;
  }
}

describe('reproducibility', () => {
  const source = specSource();
  afterAll(() => source?.dispose());
  it.skipIf(source === undefined || source.kafkaVersion !== KAFKA_VERSION)(
    'regenerating yields the committed files exactly',
    () => {
      const files = generateFiles(source!.dir, KAFKA_VERSION);
      const again = generateFiles(source!.dir, KAFKA_VERSION);
      expect([...again]).toEqual([...files]);
      const committed = readdirSync(DEFAULT_OUT_DIR)
        .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
        .sort();
      expect(committed).toEqual([...files.keys()].sort());
      for (const [name, content] of files) {
        expect(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8'), name).toBe(content);
      }
    },
  );
});
