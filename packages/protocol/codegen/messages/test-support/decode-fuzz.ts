import fc from 'fast-check';
import type { ApiCodec } from '../../../src/api-codec.js';
import { ProtocolError } from '../../../src/errors/kafka-error.js';
import { API_BY_KEY } from '../../../src/messages/api-table.js';
import * as messages from '../../../src/messages/index.js';
import { MESSAGE_SCHEMAS, type MessageSchema } from '../../../src/messages/schemas.js';
import { Reader } from '../../../src/primitives/reader.js';
import { Writer } from '../../../src/primitives/writer.js';
import { messageArb, versionsOf } from './message-arbitraries.js';

/**
 * Decoder robustness (DESIGN test tier 2): random bytes and mutations of valid encodings, fed to
 * every decoder at every version. A decoder may succeed or throw ProtocolError; anything else
 * (TypeError, RangeError, a hang, a huge allocation) is a bug. Shared by the unit test and by
 * `packages/protocol/scripts/fuzz-messages.ts`, which runs the same over millions of inputs.
 */

export type Encode = (w: Writer, value: never, v: number) => void;
export type Decode = (r: Reader, v: number) => unknown;

export function codecFor(m: MessageSchema): { encode: Encode; decode: Decode } {
  if (m.kind === 'request' || m.kind === 'response') {
    const codec = API_BY_KEY.get(m.apiKey ?? -1) as ApiCodec<never, never>;
    if (m.kind === 'request')
      return { encode: codec.encodeRequest.bind(codec), decode: codec.decodeRequest.bind(codec) };
    return { encode: codec.encodeResponse.bind(codec), decode: codec.decodeResponse.bind(codec) };
  }
  const all = messages as unknown as Record<string, unknown>;
  // Headers and data schemas export bare struct codecs; they must also fail only with
  // ProtocolError, so they are fuzzed unwrapped.
  return { encode: all[`encode${m.name}`] as Encode, decode: all[`decode${m.name}`] as Decode };
}

/** A small deterministic PRNG (xorshift32), so a failing input can be reproduced from its seed. */
export function prng(seed: number): () => number {
  let x = seed | 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Valid encodings of `m` at `v`, used as seeds for mutation. */
export function validEncodings(m: MessageSchema, v: number, count: number, seed: number): Buffer[] {
  const { encode } = codecFor(m);
  return fc.sample(messageArb(m, v), { numRuns: count, seed }).map((value) => {
    const w = new Writer(64);
    encode(w, value as never, v);
    return Buffer.from(w.finish());
  });
}

/** One mutated input: random bytes, a truncation, bit flips, or overwritten bytes. */
export function mutate(base: Buffer, rand: () => number): Buffer {
  const pick = Math.floor(rand() * 5);
  if (pick === 0 || base.length === 0) {
    const out = Buffer.allocUnsafe(Math.floor(rand() * 64));
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(rand() * 256);
    return out;
  }
  if (pick === 1) return Buffer.from(base.subarray(0, Math.floor(rand() * base.length)));
  const out = Buffer.from(base);
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * out.length);
    if (pick === 2) out[at] ^= 1 << Math.floor(rand() * 8);
    else if (pick === 3) out[at] = Math.floor(rand() * 256);
    // Large length prefixes are what overflow naive decoders.
    else out[at] = rand() < 0.5 ? 0xff : 0x7f;
  }
  return out;
}

/** Decodes `input`; returns a description of the failure when it is not a clean ProtocolError. */
export function decodeOnce(decode: Decode, input: Buffer, v: number): string | undefined {
  try {
    decode(new Reader(input), v);
    return undefined;
  } catch (e) {
    if (e instanceof ProtocolError) return undefined;
    return `${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`;
  }
}

export interface FuzzFailure {
  message: string;
  version: number;
  input: string;
  error: string;
}

export interface FuzzOptions {
  /** Inputs per message, spread over its versions. */
  perMessage: number;
  /** But at least this many per version. */
  minPerVersion?: number;
  seed: number;
  filter?: (m: MessageSchema) => boolean;
}

/**
 * Runs mutated inputs against every decoder (requests, responses, headers, data) at every
 * version; returns the failures (empty when all is well).
 */
export function fuzzAll({ perMessage, minPerVersion = 1, seed, filter }: FuzzOptions): {
  inputs: number;
  failures: FuzzFailure[];
} {
  const failures: FuzzFailure[] = [];
  let inputs = 0;
  let s = seed;
  for (const m of MESSAGE_SCHEMAS) {
    if (filter && !filter(m)) continue;
    const { decode } = codecFor(m);
    const versions = versionsOf(m);
    const perMessageVersion = Math.max(minPerVersion, Math.ceil(perMessage / Math.max(1, versions.length)));
    for (const v of versions) {
      const rand = prng(++s);
      const bases = validEncodings(m, v, Math.max(1, Math.min(20, perMessageVersion >> 3)), s);
      for (let i = 0; i < perMessageVersion; i++) {
        const input = mutate(bases[i % bases.length], rand);
        inputs++;
        const error = decodeOnce(decode, input, v);
        if (error !== undefined && failures.length < 50) {
          failures.push({ message: m.name, version: v, input: input.toString('hex'), error });
        }
      }
    }
  }
  return { inputs, failures };
}
