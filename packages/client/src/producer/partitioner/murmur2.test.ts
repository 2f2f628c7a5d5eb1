import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive } from './murmur2.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('murmur2', () => {
  // Kafka's own UtilsTest.testMurmur2 (apache/kafka,
  // clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java), as Java signed ints.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('matches Kafka UtilsTest: %s', (key, expected) => {
    expect(murmur2(utf8(key))).toBe(expected);
  });

  // librdkafka's unittest_murmur2 table (confluentinc/librdkafka, src/rdmurmur2.c), stated there as
  // the Java client's results; the suffixes of "1234" cover lengths 4, 3, 2 and 1.
  it.each([
    ['kafka', 0xd067cf64],
    ['giberish123456789', 0x8f552b0c],
    ['1234', 0x9fc97b14],
    ['234', 0xe7c009ca],
    ['34', 0x873930da],
    ['4', 0x5a4b5ca1],
    ['PreAmbleWillBeRemoved,ThePrePartThatIs', 0x78424f1c],
    ['reAmbleWillBeRemoved,ThePrePartThatIs', 0x4a62b377],
    ['eAmbleWillBeRemoved,ThePrePartThatIs', 0xe0e4e09e],
    ['AmbleWillBeRemoved,ThePrePartThatIs', 0x62b8b43f],
    ['', 0x106e08d9],
  ])('matches librdkafka unittest_murmur2: "%s"', (key, expected) => {
    expect(murmur2(utf8(key))).toBe(expected | 0);
  });

  // Sarama's kafkautil test (binary key), generated there with the JVM Kafka client 1.0.0.
  it('matches a binary key computed by the JVM client', () => {
    expect(murmur2(new Uint8Array([12, 42, 56, 24, 109, 111]))).toBe(274204207);
  });

  it('returns a signed 32-bit integer for any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes);
        expect(Number.isInteger(h)).toBe(true);
        expect(h).toBe(h | 0);
      }),
    );
  });

  it('reads only the given view of a larger buffer', () => {
    const whole = utf8('xxkafkayy');
    expect(murmur2(whole.subarray(2, 7))).toBe(murmur2(utf8('kafka')));
  });
});

describe('toPositive', () => {
  it('clears the sign bit like Java, including for -2^31', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-(2 ** 31))).toBe(0);
    expect(toPositive(5)).toBe(5);
    expect(toPositive(-973932308)).toBe(1173551340);
  });
});

describe('partitionForKey', () => {
  // Expected partitions printed by Java's BuiltInPartitioner.partitionForKey and Utils.murmur2 from
  // the kafka-clients 4.3.1 jar (run once with jshell; not copied code): [key, byteLength, hash,
  // partition for 3, 6, 12, 50 and 100 partitions]. Byte lengths cover 0 and every residue mod 4.
  const table: Array<[string, number, number, number[]]> = [
    ['', 0, 275646681, [0, 3, 9, 31, 81]],
    ['a', 1, -1563381124, [1, 4, 4, 24, 24]],
    ['ab', 2, 316155434, [2, 2, 2, 34, 34]],
    ['abc', 3, 479470107, [0, 3, 3, 7, 7]],
    ['abcd', 4, -1323649548, [2, 2, 8, 0, 0]],
    ['kafka', 5, -798503068, [1, 4, 4, 30, 80]],
    ['héllo', 6, 614509002, [0, 0, 6, 2, 2]],
    ['日本語キー', 15, 1445825182, [1, 4, 10, 32, 82]],
    ['ключ-42', 11, -1352945481, [2, 5, 11, 17, 67]],
    ['emoji-🙂', 10, -1994871340, [1, 4, 4, 8, 8]],
    ['user-1002', 9, 494644997, [2, 5, 5, 47, 97]],
    ['order-17', 8, 1568318961, [0, 3, 9, 11, 61]],
  ];

  it.each(table)('matches the Java producer for %s', (key, byteLength, hash, partitions) => {
    const bytes = utf8(key);
    expect(bytes.length).toBe(byteLength);
    expect(murmur2(bytes)).toBe(hash);
    expect([3, 6, 12, 50, 100].map((n) => partitionForKey(bytes, n))).toEqual(partitions);
    expect(partitionForKey(bytes, 1)).toBe(0);
  });

  it('always lands in range', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 1, max: 10_000 }), (key, n) => {
        const p = partitionForKey(key, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
      }),
    );
  });
});
