// Kafka's key hash. Every Kafka client that wants keyed records to land on the same partition as the
// Java producer must reproduce Java's `Utils.murmur2` bit for bit: MurmurHash2 (Austin Appleby,
// public domain) with Kafka's fixed seed, little-endian 4-byte words and Java's signed 32-bit
// overflow. `Math.imul` gives exactly that wrap-around multiply; `>>>` is Java's unsigned shift.

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/**
 * Kafka's murmur2 hash of `bytes`, as the signed 32-bit integer Java's `Utils.murmur2` returns.
 *
 * Compatible byte for byte with the Java client and librdkafka, so the same key maps to the same
 * partition whichever client produced it.
 */
export function murmur2(bytes: Uint8Array): number {
  const length = bytes.length;
  let h = SEED ^ length;
  const words = length & ~3;

  for (let i = 0; i < words; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }

  // The 1-3 trailing bytes, highest first, then one more multiply (only when there is a tail).
  const tail = length & 3;
  if (tail > 0) {
    if (tail === 3) h ^= bytes[words + 2] << 16;
    if (tail >= 2) h ^= bytes[words + 1] << 8;
    h ^= bytes[words];
    h = Math.imul(h, M);
  }

  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * Java's `Utils.toPositive`: clears the sign bit. Unlike `Math.abs` it maps every int32, including
 * -2^31, into [0, 2^31), which is why Kafka uses it before taking a modulus.
 */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * The partition Kafka's default partitioner gives a keyed record: `toPositive(murmur2(key)) %
 * numPartitions`, over all partitions of the topic (available or not), exactly as the Java
 * producer's `BuiltInPartitioner.partitionForKey`.
 */
export function partitionForKey(key: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(key)) % numPartitions;
}
