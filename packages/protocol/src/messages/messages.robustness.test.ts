import { describe, expect, it } from 'vitest';
import { fuzzAll } from '../../codegen/messages/test-support/decode-fuzz.js';

// Decoder robustness, unit-sized: random bytes and truncated / bit-flipped / overwritten valid
// encodings for every message at every version. Any outcome but success or ProtocolError fails.
// `pnpm tsx packages/protocol/scripts/fuzz-messages.ts 1000000` runs the same at scale.

describe('decoders reject malformed input with ProtocolError only', () => {
  for (const kind of ['response', 'request', 'header', 'data'] as const) {
    it(`${kind}s`, () => {
      // Responses (what a broker sends us) get ~400 inputs per API, at least 60 per version.
      const { inputs, failures } = fuzzAll({
        perMessage: kind === 'response' ? 400 : 150,
        minPerVersion: kind === 'response' ? 60 : 20,
        seed: 0x5eed + kind.length,
        filter: (m) => m.kind === kind,
      });
      expect(failures).toEqual([]);
      expect(inputs).toBeGreaterThan(kind === 'response' ? 93 * 400 : 100);
    });
  }

  it('a hostile array count does not allocate: a 2^31-1 element claim in 8 bytes fails fast', async () => {
    const { API_BY_KEY } = await import('./api-table.js');
    const { Reader } = await import('../primitives/reader.js');
    const { ProtocolError } = await import('../errors/kafka-error.js');
    const metadata = API_BY_KEY.get(3)!;
    // Metadata v1 response: brokers array count 0x7fffffff followed by almost nothing.
    const bytes = Buffer.from('7fffffff00000000', 'hex');
    expect(() => metadata.decodeResponse(new Reader(bytes), 1)).toThrow(ProtocolError);
  });
});
