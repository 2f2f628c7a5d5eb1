import { decodeFrame, encodeFrame, FRAME_HEADER_SIZE, MAGIC_BYTE } from '@kafka-aio/schema-registry';
import { describe, expect, it } from 'vitest';
import { parseAvroSchema } from './avro-schema.js';

const schema = {
  type: 'record',
  name: 'T',
  fields: [
    { name: 'id', type: 'int' },
    { name: 'name', type: 'string' },
  ],
} as const;

describe('Confluent wire format', () => {
  it('frames magic 0, a big-endian schema id and the raw Avro body', () => {
    const body = parseAvroSchema(schema as never).toBuffer({ id: 1, name: 'ab' });
    // Hand-built: zigzag(1) = 0x02; string length zigzag(2) = 0x04, then 'a', 'b'.
    expect([...body]).toEqual([0x02, 0x04, 0x61, 0x62]);
    const frame = encodeFrame(258, body);
    expect([...frame]).toEqual([0x00, 0x00, 0x00, 0x01, 0x02, 0x02, 0x04, 0x61, 0x62]);
    expect(MAGIC_BYTE).toBe(0);
    expect(FRAME_HEADER_SIZE).toBe(5);
  });

  it('writes ids above 2^31 as unsigned', () => {
    const frame = encodeFrame(0xfffffffe, Buffer.alloc(0));
    expect([...frame]).toEqual([0, 0xff, 0xff, 0xff, 0xfe]);
    expect(decodeFrame(frame).schemaId).toBe(0xfffffffe);
  });

  it('decodes a frame into id and a payload view', () => {
    const data = Buffer.from([0, 0, 0, 0, 7, 1, 2, 3]);
    const { schemaId, payload } = decodeFrame(data);
    expect(schemaId).toBe(7);
    expect([...payload]).toEqual([1, 2, 3]);
    expect(payload.buffer).toBe(data.buffer);
  });

  it('rejects data without the magic byte or too short to hold a header', () => {
    expect(() => decodeFrame(Buffer.from('{"json":1}'))).toThrow(/unknown magic byte 0x7b \(expected 0x00\)/);
    expect(() => decodeFrame(Buffer.from([0, 0, 1]))).toThrow(/3 bytes, a frame has at least 5/);
    expect(() => decodeFrame(Buffer.alloc(0))).toThrow(/0 bytes/);
  });
});
