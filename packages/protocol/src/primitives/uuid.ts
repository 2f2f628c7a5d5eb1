import { ProtocolError } from '../errors/kafka-error.js';

/**
 * Kafka's UUIDs (topic ids, member ids of KIP-848 groups) are 16 bytes on the wire and 22
 * characters of unpadded base64url in Kafka's tools and logs. kafka-aio uses that text form so
 * that ids printed by `kafka-topics.sh --describe` can be compared directly.
 */
export type Uuid = string;

/** The all-zero UUID Kafka uses to mean "no UUID". */
export const ZERO_UUID: Uuid = 'AAAAAAAAAAAAAAAAAAAAAA';

export function uuidFromBytes(b: Buffer): Uuid {
  return b.toString('base64url');
}

export function uuidToBytes(u: Uuid): Buffer {
  const b = Buffer.from(u, 'base64url');
  if (b.length !== 16) throw new ProtocolError(`invalid UUID ${JSON.stringify(u)}: expected 22 base64url characters`);
  return b;
}
