import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codecFor } from '../../codegen/messages/test-support/decode-fuzz.js';
import { messageArb, versionsOf } from '../../codegen/messages/test-support/message-arbitraries.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { API_BY_KEY } from './api-table.js';
import { MESSAGE_SCHEMAS, type MessageSchema } from './schemas.js';

// Property: for every message at every version, decode(encode(x)) deep-equals x (x generated
// complete, as decoders return values) and encode(decode(bytes)) reproduces the bytes exactly.

const RUNS = 25;

function roundTrip(m: MessageSchema, v: number): void {
  const { encode, decode } = codecFor(m);
  fc.assert(
    fc.property(messageArb(m, v), (value) => {
      const w = new Writer(16);
      encode(w, value as never, v);
      const bytes = Buffer.from(w.finish());
      const r = new Reader(bytes);
      const decoded = decode(r, v);
      expect(r.remaining()).toBe(0);
      expect(decoded).toStrictEqual(value);
      const w2 = new Writer(16);
      encode(w2, decoded as never, v);
      expect(Buffer.from(w2.finish()).equals(bytes)).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

for (const m of MESSAGE_SCHEMAS) {
  const versions = versionsOf(m);
  if (versions.length === 0) continue;
  describe(m.name, () => {
    for (const v of versions) it(`v${v} round-trips`, () => roundTrip(m, v));
  });
}

describe('coverage', () => {
  it('covers all 93 APIs, both headers and the data schemas', () => {
    expect(API_BY_KEY.size).toBe(93);
    const kinds = MESSAGE_SCHEMAS.map((m) => m.kind);
    expect(kinds.filter((k) => k === 'request').length).toBe(93);
    expect(kinds.filter((k) => k === 'response').length).toBe(93);
    expect(kinds.filter((k) => k === 'header').length).toBe(2);
    expect(kinds.filter((k) => k === 'data').length).toBeGreaterThanOrEqual(10);
  });
});
