// Generated from SnapshotHeaderRecord.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's SnapshotHeaderRecord data schema: versions 0, flexible from 0. */
export interface SnapshotHeaderRecord {
  /**
   * The version of the snapshot header record.
   *
   * Versions 0.
   */
  version: number;
  /**
   * The append time of the last record from the log contained in this snapshot.
   *
   * Versions 0.
   */
  lastContainedLogTimestamp: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a SnapshotHeaderRecord at version `v`; the caller ensures `v` is a valid version. */
export function encodeSnapshotHeaderRecord(w: Writer, o: SnapshotHeaderRecord, v: number): void {
  const _version = o.version;
  if (_version == null) throw missingField('SnapshotHeaderRecord', v, 'SnapshotHeaderRecord.Version');
  w.int16(_version);
  const _lastContainedLogTimestamp = o.lastContainedLogTimestamp;
  if (_lastContainedLogTimestamp == null) throw missingField('SnapshotHeaderRecord', v, 'SnapshotHeaderRecord.LastContainedLogTimestamp');
  w.int64(_lastContainedLogTimestamp);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a SnapshotHeaderRecord written at version `v`; malformed input throws ProtocolError. */
export function decodeSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  const _version = r.int16();
  const _lastContainedLogTimestamp = r.int64();
  const unknownTags = r.taggedFields();
  const o: SnapshotHeaderRecord = {
    version: _version,
    lastContainedLogTimestamp: _lastContainedLogTimestamp,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * Serializes a SnapshotHeaderRecord at `version` (no version prefix: the struct carries its own Version field).
 */
export function serializeSnapshotHeaderRecord(value: SnapshotHeaderRecord, version = 0): Buffer {
  checkVersion('SnapshotHeaderRecord', version, 0, 0);
  const w = new Writer(64);
  try {
    encodeSnapshotHeaderRecord(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode SnapshotHeaderRecord v${version}`, e);
  }
  return w.finish();
}

/** Reads a SnapshotHeaderRecord written at `version`. */
export function deserializeSnapshotHeaderRecord(buf: Buffer, version = 0): SnapshotHeaderRecord {
  checkVersion('SnapshotHeaderRecord', version, 0, 0);
  try {
    return decodeSnapshotHeaderRecord(new Reader(buf), version);
  } catch (e) {
    throw decodeFailure(`cannot decode SnapshotHeaderRecord v${version}`, e);
  }
}
