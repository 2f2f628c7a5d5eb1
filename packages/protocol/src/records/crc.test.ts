import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { crc32c } from './crc32c.js';

/** Bit-at-a-time CRC-32C, independent of the table-driven implementation under test. */
function referenceCrc32c(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32c', () => {
  it('matches the check value of "123456789"', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('matches a bitwise reference on ranges of random data', () => {
    const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 131 + 17) & 0xff));
    for (const [s, e] of [
      [0, 0],
      [0, 1000],
      [3, 997],
      [21, 500],
    ]) {
      expect(crc32c(data, s, e)).toBe(referenceCrc32c(data.subarray(s, e)));
    }
  });

  it('of the empty input is 0', () => {
    expect(crc32c(Buffer.alloc(0))).toBe(0);
  });
});

describe('crc32 (legacy messages)', () => {
  it('matches the check value of "123456789"', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
