import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWithoutPackages } from '../../../../../test/support/without-packages.js';
import { UnsupportedCodecError } from '../../errors/client-errors.js';
import { ProtocolError } from '../../errors/kafka-error.js';
import { CompressionType } from '../attributes.js';
import { decodeRecordBatches } from '../decode-record-batches.js';
import { encodeRecordBatch, encodeRecordBatchSync } from '../encode-record-batch.js';
import { lz4Codec } from './lz4-frame.js';
import { NativeBinding } from './native-binding.js';

describe('native codec bindings load on first use', () => {
  it('the first lz4 batch loads the binding; the sync path refuses before and works after', async () => {
    // This file is the first in its worker to touch lz4: nothing has loaded it.
    expect(lz4Codec.loaded).toBe(false);
    const input = { records: [{ value: Buffer.from('hello hello hello') }], compression: CompressionType.LZ4 };
    expect(() => encodeRecordBatchSync(input)).toThrow(ProtocolError);
    expect(() => encodeRecordBatchSync(input)).toThrow(/lz4 binding is not loaded yet/);
    const batch = await encodeRecordBatch(input);
    expect(lz4Codec.loaded).toBe(true);
    expect(encodeRecordBatchSync(input).length).toBe(batch.length);
    const [decoded] = await decodeRecordBatches(batch);
    expect(decoded.records[0].value?.toString()).toBe('hello hello hello');
  });

  it('a package that cannot be loaded is an UnsupportedCodecError naming the codec, the package and the fix, retried on the next call', async () => {
    const missing = new NativeBinding<unknown>('brotli', 'kafka-aio-no-such-codec-package');
    const first = await missing.load().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(UnsupportedCodecError);
    expect((first as Error).message).toMatch(/brotli compression needs the package "kafka-aio-no-such-codec-package"/);
    expect((first as Error).message).toMatch(/npm install kafka-aio-no-such-codec-package/);
    expect((first as UnsupportedCodecError).codec).toBe('brotli');
    expect(missing.ready).toBe(false);
    expect(() => missing.get()).toThrow(ProtocolError);
    const again = await missing.load().catch((e: unknown) => e);
    expect(again).toBeInstanceOf(UnsupportedCodecError);
    expect(again).not.toBe(first); // a new attempt, not a cached rejection
  });

  it('importing the package works with the snappy and lz4 packages absent; a batch that needs one fails naming it', () => {
    // A child process whose module resolution refuses lz4-napi and snappy, as on a platform
    // without their prebuilt binaries.
    const index = fileURLToPath(new URL('../../index.ts', import.meta.url));
    const program = `
      const p = await import(${JSON.stringify(index)});
      const plain = await p.encodeRecordBatch({ records: [{ value: Buffer.from('x') }] });
      const gzip = await p.encodeRecordBatch({ records: [{ value: Buffer.from('x') }], compression: p.CompressionType.GZIP });
      let error;
      try { await p.encodeRecordBatch({ records: [{ value: Buffer.from('x') }], compression: p.CompressionType.LZ4 }); }
      catch (e) { error = e; }
      console.log(JSON.stringify({ plain: plain.length > 0, gzip: gzip.length > 0, name: error?.constructor?.name, message: error?.message }));`;
    const { result: out, stderr } = runWithoutPackages(['lz4-napi', 'snappy'], program);
    expect(stderr).not.toMatch(/Error/);
    expect(out).toMatchObject({ plain: true, gzip: true, name: 'UnsupportedCodecError' });
    expect(out.message).toMatch(/lz4 compression needs the package "lz4-napi"/);
  });
});
