import { ProtocolError } from '../errors/kafka-error.js';
import type { ControlRecord, ControlRecordType } from './types.js';

/**
 * Decodes a control record: the key holds (version int16, type int16); a transaction marker's
 * value holds (version int16, coordinatorEpoch int32).
 */
export function decodeControlRecord(key: Buffer | null, value: Buffer | null): ControlRecord {
  if (key === null || key.length < 4) {
    throw new ProtocolError(`control record key of ${key === null ? 'null' : `${key.length} bytes`} is too short`);
  }
  const version = key.readInt16BE(0);
  const type = key.readInt16BE(2);
  const coordinatorEpoch = value !== null && value.length >= 6 ? value.readInt32BE(2) : null;
  return { version, type, coordinatorEpoch };
}

/** Encodes a control record key (for tests and tools: only brokers write control batches). */
export function encodeControlRecordKey(type: ControlRecordType, version = 0): Buffer {
  const key = Buffer.allocUnsafe(4);
  key.writeInt16BE(version, 0);
  key.writeInt16BE(type, 2);
  return key;
}

/** Encodes a transaction marker (EndTxnMarker) value. */
export function encodeEndTxnMarkerValue(coordinatorEpoch: number, version = 0): Buffer {
  const value = Buffer.allocUnsafe(6);
  value.writeInt16BE(version, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}
