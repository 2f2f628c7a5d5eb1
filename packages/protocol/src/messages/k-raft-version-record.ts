// Generated from KRaftVersionRecord.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's KRaftVersionRecord data schema: versions 0, flexible from 0. */
export interface KRaftVersionRecord {
  /**
   * The version of the kraft version record.
   *
   * Versions 0.
   */
  version: number;
  /**
   * The kraft protocol version.
   *
   * Versions 0.
   */
  kRaftVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a KRaftVersionRecord at version `v`; the caller ensures `v` is a valid version. */
export function encodeKRaftVersionRecord(w: Writer, o: KRaftVersionRecord, v: number): void {
  const _version = o.version;
  if (_version == null) throw missingField('KRaftVersionRecord', v, 'KRaftVersionRecord.Version');
  w.int16(_version);
  const _kRaftVersion = o.kRaftVersion;
  if (_kRaftVersion == null) throw missingField('KRaftVersionRecord', v, 'KRaftVersionRecord.KRaftVersion');
  w.int16(_kRaftVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a KRaftVersionRecord written at version `v`; malformed input throws ProtocolError. */
export function decodeKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  const _version = r.int16();
  const _kRaftVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: KRaftVersionRecord = {
    version: _version,
    kRaftVersion: _kRaftVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * Serializes a KRaftVersionRecord at `version` (no version prefix: the struct carries its own Version field).
 */
export function serializeKRaftVersionRecord(value: KRaftVersionRecord, version = 0): Buffer {
  checkVersion('KRaftVersionRecord', version, 0, 0);
  const w = new Writer(64);
  try {
    encodeKRaftVersionRecord(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode KRaftVersionRecord v${version}`, e);
  }
  return w.finish();
}

/** Reads a KRaftVersionRecord written at `version`. */
export function deserializeKRaftVersionRecord(buf: Buffer, version = 0): KRaftVersionRecord {
  checkVersion('KRaftVersionRecord', version, 0, 0);
  try {
    return decodeKRaftVersionRecord(new Reader(buf), version);
  } catch (e) {
    throw decodeFailure(`cannot decode KRaftVersionRecord v${version}`, e);
  }
}
