import * as zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors/kafka-error.js';
import {
  CompressionType,
  crc32c,
  DecompressionLimitError,
  decodeRecordBatches,
  encodeRecordBatch,
  gzipCodec,
  LZ4_FRAME_MAGIC,
  loadCompressionCodec,
  lz4Codec,
  snappyCodec,
  XERIAL_MAGIC,
  ZSTD_FRAME_MAGIC,
  zstdCodec,
} from './index.js';

// The sync codec paths below need the native bindings, which load on first use.
beforeAll(() => Promise.all([loadCompressionCodec(CompressionType.SNAPPY), loadCompressionCodec(CompressionType.LZ4)]));

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
/** A raw snappy block of "hello": length preamble 5, one literal of 5 bytes. */
const SNAPPY_HELLO = hex('05 10 68656c6c6f');
const XERIAL_HEADER = hex('82 53 4e 41 50 50 59 00  00000001  00000001');

describe('snappy (xerial framing)', () => {
  it('decodes a hand-laid xerial stream with two chunks', () => {
    const framed = Buffer.concat([XERIAL_HEADER, hex('00000007'), SNAPPY_HELLO, hex('00000007'), SNAPPY_HELLO]);
    expect(snappyCodec.decompressSync!(framed, 100).toString()).toBe('hellohello');
  });

  it('decodes raw unframed snappy', () => {
    expect(snappyCodec.decompressSync!(SNAPPY_HELLO, 100).toString()).toBe('hello');
  });

  it('encodes with the xerial header and 32 KiB chunks', () => {
    const data = Buffer.alloc(70_000, 0x61);
    const out = snappyCodec.compressSync!(data);
    expect(out.subarray(0, 8).equals(XERIAL_MAGIC)).toBe(true);
    expect(out.subarray(0, 16).equals(XERIAL_HEADER)).toBe(true);
    let at = 16;
    let chunks = 0;
    while (at < out.length) {
      at += 4 + out.readInt32BE(at);
      chunks++;
    }
    expect(at).toBe(out.length);
    expect(chunks).toBe(3);
    expect(snappyCodec.decompressSync!(out, 70_000).equals(data)).toBe(true);
  });

  it('rejects a declared length over the cap before inflating', () => {
    // preamble claims 2^31 bytes
    const bomb = hex('80 80 80 80 08 00');
    expect(() => snappyCodec.decompressSync!(bomb, 1 << 20)).toThrow(/cap/);
    const framed = Buffer.concat([XERIAL_HEADER, hex('00000007'), SNAPPY_HELLO, hex('00000007'), SNAPPY_HELLO]);
    expect(() => snappyCodec.decompressSync!(framed, 9)).toThrow(/cap/);
  });

  it('reports corrupt chunks as ProtocolError', () => {
    expect(() => snappyCodec.decompressSync!(Buffer.concat([XERIAL_HEADER, hex('00000100 05')]), 100)).toThrow(
      ProtocolError,
    );
    expect(() => snappyCodec.decompressSync!(hex('05 10 68'), 100)).toThrow(ProtocolError);
  });
});

describe('lz4 (frame format)', () => {
  it('encodes frames starting with magic 0x184D2204 and independent blocks', () => {
    const out = lz4Codec.compressSync!(Buffer.from('hello hello hello'));
    expect(out.readUInt32LE(0)).toBe(LZ4_FRAME_MAGIC);
    expect(out.subarray(0, 4)).toEqual(hex('04224d18'));
    expect(out[4] >> 6).toBe(1); // version 01
    expect(out[4] & 0x20).toBe(0x20); // block independence, which Java's reader needs
  });

  it('decodes a hand-laid frame with one stored block', () => {
    const frame = hex('04224d18 60 50 fb  05000080 68656c6c6f  00000000');
    expect(lz4Codec.decompressSync!(frame, 100).toString()).toBe('hello');
  });

  it('decodes a frame of several blocks, stored and compressed', () => {
    const compressed = lz4Codec.compressSync!(Buffer.from('abcabcabcabcabcabc'));
    const inner = compressed.subarray(7, compressed.length - 4); // the frame's blocks, end mark removed
    const frame = Buffer.concat([hex('04224d18 60 50 fb  05000080 68656c6c6f'), inner, hex('00000000')]);
    expect(lz4Codec.decompressSync!(frame, 10_000).toString()).toBe('helloabcabcabcabcabcabc');
  });

  it('rejects a declared content size over the cap before inflating', () => {
    const frame = hex('04224d18 68 40 0000000000010000 00  00000000');
    expect(() => lz4Codec.decompressSync!(frame, 1 << 20)).toThrow(/cap/);
  });

  it('bounds frames without a content size by their blocks', () => {
    const data = lz4Codec.compressSync!(Buffer.alloc(1 << 20));
    expect(() => lz4Codec.decompressSync!(data, 100_000)).toThrow(/cap/);
    let limit: unknown;
    try {
      lz4Codec.decompressSync!(data, 100_000);
    } catch (err) {
      limit = err;
    }
    // A class of its own, so a reader tells it from corrupt data without reading the message.
    expect(limit).toBeInstanceOf(DecompressionLimitError);
    expect(limit).toBeInstanceOf(ProtocolError);
    expect(limit).toMatchObject({ codec: 'lz4', maxBytes: 100_000 });
    expect(lz4Codec.decompressSync!(data, 1 << 21).length).toBe(1 << 20);
  });

  it('reports corrupt frames as ProtocolError', () => {
    const data = Buffer.from(lz4Codec.compressSync!(Buffer.from('hello hello hello hello hello')));
    data[data.length - 6] ^= 0xff;
    expect(() => lz4Codec.decompressSync!(data, 1000)).toThrow(ProtocolError);
    expect(() => lz4Codec.decompressSync!(hex('04224d18 60'), 1000)).toThrow(ProtocolError);
  });
});

describe('zstd', () => {
  it('encodes frames starting with the zstd magic', async () => {
    const out = await zstdCodec.compress(Buffer.from('hello'));
    expect(out.readUInt32LE(0)).toBe(ZSTD_FRAME_MAGIC);
  });

  it('decodes a hand-laid frame without a content size', async () => {
    // magic, FHD 0 (window descriptor, no content size), window 1 KiB, last raw block of 5 bytes
    const frame = hex('28b52ffd 00 00 290000 68656c6c6f');
    expect((await zstdCodec.decompress(frame, 100)).toString()).toBe('hello');
  });

  it('rejects RLE blocks that would exceed the cap before inflating', async () => {
    // window 128 KiB; ten RLE blocks of 128 KiB each
    const block = (last: boolean) => {
      const h = Buffer.alloc(4);
      h.writeUIntLE(((128 * 1024) << 3) | (1 << 1) | (last ? 1 : 0), 0, 3);
      h[3] = 0x61;
      return h;
    };
    const frame = Buffer.concat([hex('28b52ffd 00 38'), ...Array.from({ length: 10 }, (_, i) => block(i === 9))]);
    await expect(zstdCodec.decompress(frame, 1 << 20)).rejects.toThrow(/cap/);
    expect((await zstdCodec.decompress(frame, 2 << 20)).length).toBe(10 * 128 * 1024);
  });

  it('rejects a declared content size over the cap', async () => {
    const data = await zstdCodec.compress(Buffer.alloc(1 << 20));
    await expect(zstdCodec.decompress(data, 100_000)).rejects.toThrow(ProtocolError);
  });

  it('reports corrupt frames as ProtocolError', async () => {
    await expect(zstdCodec.decompress(hex('28b52ffd 00 00 2a0000 68'), 100)).rejects.toThrow(ProtocolError);
    const data = Buffer.from(await zstdCodec.compress(Buffer.from('hello hello hello hello hello hello')));
    data[data.length - 3] ^= 0xff;
    await expect(zstdCodec.decompress(data, 1000)).rejects.toThrow(ProtocolError);
  });
});

describe('gzip', () => {
  it('stops inflating at the cap', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(10 << 20));
    expect(() => gzipCodec.decompressSync!(bomb, 1 << 20)).toThrow(/cap/);
  });

  it('reports corrupt data as ProtocolError', () => {
    expect(() => gzipCodec.decompressSync!(Buffer.from('not gzip'), 100)).toThrow(ProtocolError);
  });
});

describe('decompression cap on batches, every codec', () => {
  const records = Array.from({ length: 50 }, () => ({ value: Buffer.alloc(4000, 0x62) }));
  for (const compression of [CompressionType.GZIP, CompressionType.SNAPPY, CompressionType.LZ4, CompressionType.ZSTD]) {
    it(`codec ${compression}`, async () => {
      const buf = await encodeRecordBatch({ records, compression });
      expect(buf.length).toBeLessThan(100_000);
      await expect(decodeRecordBatches(buf, { maxDecompressedBytes: 100_000 })).rejects.toThrow(ProtocolError);
      expect((await decodeRecordBatches(buf, { maxDecompressedBytes: 1 << 20 }))[0].records).toHaveLength(50);
    });
  }

  it('a corrupt compressed payload with a valid CRC is a ProtocolError', async () => {
    for (const compression of [
      CompressionType.GZIP,
      CompressionType.SNAPPY,
      CompressionType.LZ4,
      CompressionType.ZSTD,
    ]) {
      const buf = Buffer.from(await encodeRecordBatch({ records, compression }));
      for (let i = 70; i < buf.length; i += 7) buf[i] ^= 0x5a;
      buf.writeUInt32BE(crc32c(buf, 21), 17);
      await expect(decodeRecordBatches(buf)).rejects.toThrow(ProtocolError);
    }
  });
});
