// Generated from EndTxnMarker.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's EndTxnMarker data schema: versions 0, never flexible. */
export interface EndTxnMarker {
  /**
   * The coordinator epoch when appending the record
   *
   * Versions 0.
   */
  coordinatorEpoch: number;
}

/** Writes a EndTxnMarker at version `v`; the caller ensures `v` is a valid version. */
export function encodeEndTxnMarker(w: Writer, o: EndTxnMarker, v: number): void {
  const _coordinatorEpoch = o.coordinatorEpoch;
  if (_coordinatorEpoch == null) throw missingField('EndTxnMarker', v, 'EndTxnMarker.CoordinatorEpoch');
  w.int32(_coordinatorEpoch);
}

/** Reads a EndTxnMarker written at version `v`; malformed input throws ProtocolError. */
export function decodeEndTxnMarker(r: Reader, v: number): EndTxnMarker {
  const _coordinatorEpoch = r.int32();
  return {
    coordinatorEpoch: _coordinatorEpoch,
  };
}

/**
 * Serializes a EndTxnMarker as Kafka does: an int16 version, then the struct at that version.
 */
export function serializeEndTxnMarker(value: EndTxnMarker, version = 0): Buffer {
  checkVersion('EndTxnMarker', version, 0, 0);
  const w = new Writer(64);
  w.int16(version);
  try {
    encodeEndTxnMarker(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode EndTxnMarker v${version}`, e);
  }
  return w.finish();
}

/**
 * Reads a version-prefixed EndTxnMarker. A version newer than 0 is read as 0, as Kafka's own readers do: later versions only add fields at the end.
 */
export function deserializeEndTxnMarker(buf: Buffer): EndTxnMarker {
  try {
    const r = new Reader(buf);
    const version = r.int16();
    if (version < 0) throw new ProtocolError(`unsupported EndTxnMarker version ${version}`);
    return decodeEndTxnMarker(r, Math.min(version, 0));
  } catch (e) {
    throw decodeFailure('cannot decode EndTxnMarker', e);
  }
}
