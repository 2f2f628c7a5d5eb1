import { describe, expect, it } from 'vitest';
import { locateSchema } from './serde-support.js';
import {
  decodeMessageIndexes,
  decodeSchemaIdHeader,
  encodeFrame,
  encodeMessageIndexes,
  encodeSchemaIdHeader,
  findSchemaIdHeader,
} from './wire-format.js';

describe('Protobuf message indexes', () => {
  it('write [0] as the single byte 0x00 and read a zero count back as [0]', () => {
    expect([...encodeMessageIndexes([0])]).toEqual([0x00]);
    expect(decodeMessageIndexes(Buffer.from([0x00, 0x99]))).toEqual({ indexes: [0], length: 1 });
  });

  it('write a zigzag varint count, then each index as a zigzag varint', () => {
    // [1]: count zigzag(1) = 2, index zigzag(1) = 2.
    expect([...encodeMessageIndexes([1])]).toEqual([0x02, 0x02]);
    // [0, 2]: count zigzag(2) = 4; zigzag(0) = 0; zigzag(2) = 4.
    expect([...encodeMessageIndexes([0, 2])]).toEqual([0x04, 0x00, 0x04]);
    // [70]: zigzag(70) = 140 = 0x8c 0x01 as a varint.
    expect([...encodeMessageIndexes([70])]).toEqual([0x02, 0x8c, 0x01]);
    for (const path of [[1], [0, 2], [70], [3, 0, 1], [200, 5000]]) {
      const bytes = encodeMessageIndexes(path);
      expect(decodeMessageIndexes(Buffer.concat([bytes, Buffer.from([7, 7])]))).toEqual({
        indexes: path,
        length: bytes.length,
      });
    }
  });

  it('refuse truncated indexes', () => {
    expect(() => decodeMessageIndexes(Buffer.from([0x04, 0x00]))).toThrow(/truncated/);
  });
});

describe('schema id header', () => {
  const guid = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('writes a GUID as 0x01 and its 16 bytes, an id as 0x00 and 4 bytes', () => {
    const g = encodeSchemaIdHeader({ guid });
    expect(g.length).toBe(17);
    expect(g[0]).toBe(1);
    expect(g.subarray(1).toString('hex')).toBe('0f8fad5bd9cb469fa16570867728950e');
    expect([...encodeSchemaIdHeader({ id: 258 })]).toEqual([0, 0, 0, 1, 2]);
    expect([...encodeSchemaIdHeader({ id: 7 }, [1])]).toEqual([0, 0, 0, 0, 7, 0x02, 0x02]);
  });

  it('reads both forms back, with message indexes when asked', () => {
    expect(decodeSchemaIdHeader(encodeSchemaIdHeader({ guid }))).toEqual({ guid });
    expect(decodeSchemaIdHeader(encodeSchemaIdHeader({ guid }, [0]), true)).toEqual({ guid, messageIndexes: [0] });
    expect(decodeSchemaIdHeader(Buffer.from([0, 0, 0, 0, 9, 0x04, 0x02, 0x00]), true)).toEqual({
      id: 9,
      messageIndexes: [1, 0],
    });
    expect(() => decodeSchemaIdHeader(Buffer.from([2, 1, 2, 3, 4]))).toThrow(/starts with 0x02/);
  });

  it('is found by field, the last header of the name winning', () => {
    const headers = [
      { key: '__value_schema_id', value: Buffer.from([0, 0, 0, 0, 1]) },
      { key: '__key_schema_id', value: Buffer.from([0, 0, 0, 0, 2]) },
      { key: '__value_schema_id', value: Buffer.from([0, 0, 0, 0, 3]) },
    ];
    expect([...findSchemaIdHeader(headers, 'value')!]).toEqual([0, 0, 0, 0, 3]);
    expect([...findSchemaIdHeader(headers, 'key')!]).toEqual([0, 0, 0, 0, 2]);
    expect(findSchemaIdHeader([], 'value')).toBeUndefined();
  });

  it('wins over the payload prefix, and leaves the whole value as the message', () => {
    const value = encodeFrame(5, Buffer.from([1, 2]));
    const headers = [{ key: '__value_schema_id', value: encodeSchemaIdHeader({ guid }) }];
    const byHeader = locateSchema(value, headers, 'value', false);
    expect(byHeader).toMatchObject({ key: `guid:${guid}`, guid, id: undefined });
    expect(byHeader.payload).toBe(value);
    const byPrefix = locateSchema(value, [], 'value', false);
    expect(byPrefix).toMatchObject({ key: 'id:5', id: 5 });
    expect([...byPrefix.payload]).toEqual([1, 2]);
    // Protobuf: the message indexes follow the prefix.
    const pb = locateSchema(Buffer.from([0, 0, 0, 0, 5, 0x02, 0x02, 0x08, 0x01]), null, 'value', true);
    expect(pb.messageIndexes).toEqual([1]);
    expect([...pb.payload]).toEqual([0x08, 0x01]);
  });
});
