import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from './errors/kafka-error.js';
import { FrameDecoder } from './framing.js';

function encode(frames: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of frames) {
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(f.length);
    parts.push(prefix, Buffer.from(f));
  }
  return Buffer.concat(parts);
}

/** Splits `bytes` at the given cut points (any numbers; reduced modulo the length). */
function split(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1))))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.subarray(prev, p));
    prev = p;
  }
  return chunks;
}

function decodeAll(decoder: FrameDecoder, chunks: readonly Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  for (const c of chunks) out.push(...decoder.push(c));
  return out;
}

const frameArb = fc.uint8Array({ minLength: 0, maxLength: 300 });

describe('FrameDecoder', () => {
  it('yields exactly the frames for any split of the stream', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 40 }), (frames, cuts) => {
        const stream = encode(frames);
        const decoder = new FrameDecoder({ maxFrameBytes: 1000 });
        const got = decodeAll(decoder, split(stream, cuts));
        expect(got.map((b) => Buffer.from(b).toString('hex'))).toEqual(
          frames.map((f) => Buffer.from(f).toString('hex')),
        );
        expect(decoder.bufferedBytes).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('handles 1-byte chunks', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 8 }), (frames) => {
        const stream = encode(frames);
        const decoder = new FrameDecoder({ maxFrameBytes: 1000 });
        const chunks = Array.from(stream, (b) => Buffer.of(b));
        const got = decodeAll(decoder, chunks);
        expect(got.map((b) => Buffer.from(b))).toEqual(frames.map((f) => Buffer.from(f)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps partial data across pushes and reports bufferedBytes', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { minLength: 1, maxLength: 10 }), fc.nat(), (frames, cut) => {
        const stream = encode(frames);
        const at = cut % (stream.length + 1);
        const decoder = new FrameDecoder({ maxFrameBytes: 1000 });
        const first = decoder.push(stream.subarray(0, at));
        const consumed = first.reduce((n, f) => n + 4 + f.length, 0);
        expect(decoder.bufferedBytes).toBe(at - consumed);
        const second = decoder.push(stream.subarray(at));
        expect([...first, ...second].length).toBe(frames.length);
        expect(decoder.bufferedBytes).toBe(0);
      }),
    );
  });

  it('returns views into the chunk for frames wholly inside it, and copies once otherwise', () => {
    const stream = encode([Buffer.from('hello'), Buffer.from('world!')]);
    const decoder = new FrameDecoder({ maxFrameBytes: 100 });
    const [a, b] = decoder.push(stream);
    expect(a.buffer).toBe(stream.buffer);
    expect(a.byteOffset).toBe(stream.byteOffset + 4);
    expect(b.byteOffset).toBe(stream.byteOffset + 13);
    expect(a.toString()).toBe('hello');

    // prefix in one chunk, body in the next: still a view of the second chunk
    const split1 = decoder.push(stream.subarray(0, 4));
    expect(split1).toEqual([]);
    const body = Buffer.from(stream.subarray(4, 9));
    const [c] = decoder.push(body);
    expect(c.buffer).toBe(body.buffer);
    expect(c.byteOffset).toBe(body.byteOffset);
    expect(c.toString()).toBe('hello');

    // body over two chunks: one fresh buffer
    const d1 = decoder.push(stream.subarray(0, 6));
    const [d] = [...d1, ...decoder.push(stream.subarray(6, 9))];
    expect(d.toString()).toBe('hello');
  });

  it('a frame spread over chunks is assembled as they arrive: no chunk stays referenced until the frame completes', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const payload = Buffer.alloc(4 * 65_536, 7);
    const stream = encode([payload]);
    const decoder = new FrameDecoder();
    // Each chunk in its own ArrayBuffer, as a socket read delivers it (made in a helper, so that no
    // local of this async function keeps the last one).
    const feed = (at: number): WeakRef<ArrayBuffer> => {
      const chunk = Buffer.from(stream.subarray(at, at + 65_536));
      expect(decoder.push(chunk)).toEqual([]);
      expect(decoder.bufferedBytes).toBe(at + 65_536);
      return new WeakRef(chunk.buffer as ArrayBuffer);
    };
    const refs = [0, 1, 2, 3].map((i) => feed(i * 65_536));
    // WeakRef targets live until the current job ends; then collect.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(refs.map((r) => r.deref() === undefined)).toEqual([true, true, true, true]);
    const frames = decoder.push(Buffer.from(stream.subarray(4 * 65_536)));
    expect(frames).toHaveLength(1);
    expect(frames[0].equals(payload)).toBe(true);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('accepts a frame of exactly maxFrameBytes and zero-length frames', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 8 });
    const frames = decoder.push(encode([Buffer.alloc(8, 1), Buffer.alloc(0)]));
    expect(frames.map((f) => f.length)).toEqual([8, 0]);
  });

  it('throws ProtocolError naming the size for oversize lengths, whole or split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 0x7fffffff }), fc.integer({ min: 0, max: 4 }), (size, cut) => {
        const prefix = Buffer.alloc(4);
        prefix.writeInt32BE(size);
        const decoder = new FrameDecoder({ maxFrameBytes: 100 });
        const run = () => {
          decoder.push(prefix.subarray(0, cut));
          decoder.push(prefix.subarray(cut));
        };
        expect(run).toThrow(ProtocolError);
        expect(() => new FrameDecoder({ maxFrameBytes: 100 }).push(prefix)).toThrow(String(size));
      }),
    );
  });

  it('throws ProtocolError for negative lengths, also after good frames in the same chunk', () => {
    fc.assert(
      fc.property(fc.integer({ min: -0x80000000, max: -1 }), fc.array(frameArb, { maxLength: 3 }), (size, good) => {
        const prefix = Buffer.alloc(4);
        prefix.writeInt32BE(size);
        const decoder = new FrameDecoder({ maxFrameBytes: 1000 });
        expect(() => decoder.push(Buffer.concat([encode(good), prefix]))).toThrow(ProtocolError);
        expect(() => new FrameDecoder({ maxFrameBytes: 1000 }).push(prefix)).toThrow(/negative/);
      }),
    );
  });

  it('rejects an invalid maxFrameBytes', () => {
    expect(() => new FrameDecoder({ maxFrameBytes: -1 })).toThrow(RangeError);
    expect(() => new FrameDecoder({ maxFrameBytes: 1.5 })).toThrow(RangeError);
    expect(new FrameDecoder().maxFrameBytes).toBe(100 * 1024 * 1024);
  });
});
