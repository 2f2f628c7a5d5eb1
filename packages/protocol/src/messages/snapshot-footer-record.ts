// Generated from SnapshotFooterRecord.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's SnapshotFooterRecord data schema: versions 0, flexible from 0. */
export interface SnapshotFooterRecord {
  /**
   * The version of the snapshot footer record.
   *
   * Versions 0.
   */
  version: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a SnapshotFooterRecord at version `v`; the caller ensures `v` is a valid version. */
export function encodeSnapshotFooterRecord(w: Writer, o: SnapshotFooterRecord, v: number): void {
  const _version = o.version;
  if (_version == null) throw missingField('SnapshotFooterRecord', v, 'SnapshotFooterRecord.Version');
  w.int16(_version);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a SnapshotFooterRecord written at version `v`; malformed input throws ProtocolError. */
export function decodeSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  const _version = r.int16();
  const unknownTags = r.taggedFields();
  const o: SnapshotFooterRecord = {
    version: _version,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * Serializes a SnapshotFooterRecord at `version` (no version prefix: the struct carries its own Version field).
 */
export function serializeSnapshotFooterRecord(value: SnapshotFooterRecord, version = 0): Buffer {
  checkVersion('SnapshotFooterRecord', version, 0, 0);
  const w = new Writer(64);
  try {
    encodeSnapshotFooterRecord(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode SnapshotFooterRecord v${version}`, e);
  }
  return w.finish();
}

/** Reads a SnapshotFooterRecord written at `version`. */
export function deserializeSnapshotFooterRecord(buf: Buffer, version = 0): SnapshotFooterRecord {
  checkVersion('SnapshotFooterRecord', version, 0, 0);
  try {
    return decodeSnapshotFooterRecord(new Reader(buf), version);
  } catch (e) {
    throw decodeFailure(`cannot decode SnapshotFooterRecord v${version}`, e);
  }
}
