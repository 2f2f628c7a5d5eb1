// Generated from ControlRecordTypeSchema.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's ControlRecordTypeSchema data schema: versions 0, never flexible. */
export interface ControlRecordTypeSchema {
  /**
   * The type of the control record, such as commit or abort
   *
   * Versions 0.
   */
  type: number;
}

/** Writes a ControlRecordTypeSchema at version `v`; the caller ensures `v` is a valid version. */
export function encodeControlRecordTypeSchema(w: Writer, o: ControlRecordTypeSchema, v: number): void {
  const _type = o.type;
  if (_type == null) throw missingField('ControlRecordTypeSchema', v, 'ControlRecordTypeSchema.Type');
  w.int16(_type);
}

/** Reads a ControlRecordTypeSchema written at version `v`; malformed input throws ProtocolError. */
export function decodeControlRecordTypeSchema(r: Reader, v: number): ControlRecordTypeSchema {
  const _type = r.int16();
  return {
    type: _type,
  };
}

/**
 * Serializes a ControlRecordTypeSchema as Kafka does: an int16 version, then the struct at that version.
 */
export function serializeControlRecordTypeSchema(value: ControlRecordTypeSchema, version = 0): Buffer {
  checkVersion('ControlRecordTypeSchema', version, 0, 0);
  const w = new Writer(64);
  w.int16(version);
  try {
    encodeControlRecordTypeSchema(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode ControlRecordTypeSchema v${version}`, e);
  }
  return w.finish();
}

/**
 * Reads a version-prefixed ControlRecordTypeSchema. A version newer than 0 is read as 0, as Kafka's own readers do: later versions only add fields at the end.
 */
export function deserializeControlRecordTypeSchema(buf: Buffer): ControlRecordTypeSchema {
  try {
    const r = new Reader(buf);
    const version = r.int16();
    if (version < 0) throw new ProtocolError(`unsupported ControlRecordTypeSchema version ${version}`);
    return decodeControlRecordTypeSchema(r, Math.min(version, 0));
  } catch (e) {
    throw decodeFailure('cannot decode ControlRecordTypeSchema', e);
  }
}
