// Generated from DefaultPrincipalData.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import { Reader, type TaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** Kafka's DefaultPrincipalData data schema: versions 0, flexible from 0. */
export interface DefaultPrincipalData {
  /**
   * The principal type.
   *
   * Versions 0.
   */
  type: string;
  /**
   * The principal name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * Whether the principal was authenticated by a delegation token on the forwarding broker.
   *
   * Versions 0.
   */
  tokenAuthenticated: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a DefaultPrincipalData at version `v`; the caller ensures `v` is a valid version. */
export function encodeDefaultPrincipalData(w: Writer, o: DefaultPrincipalData, v: number): void {
  const _type = o.type;
  if (_type == null) throw missingField('DefaultPrincipalData', v, 'DefaultPrincipalData.Type');
  w.compactString(_type);
  const _name = o.name;
  if (_name == null) throw missingField('DefaultPrincipalData', v, 'DefaultPrincipalData.Name');
  w.compactString(_name);
  const _tokenAuthenticated = o.tokenAuthenticated;
  if (_tokenAuthenticated == null) throw missingField('DefaultPrincipalData', v, 'DefaultPrincipalData.TokenAuthenticated');
  w.bool(_tokenAuthenticated);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

/** Reads a DefaultPrincipalData written at version `v`; malformed input throws ProtocolError. */
export function decodeDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  const _type = r.compactString();
  const _name = r.compactString();
  const _tokenAuthenticated = r.bool();
  const unknownTags = r.taggedFields();
  const o: DefaultPrincipalData = {
    type: _type,
    name: _name,
    tokenAuthenticated: _tokenAuthenticated,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * Serializes a DefaultPrincipalData as Kafka does: an int16 version, then the struct at that version.
 */
export function serializeDefaultPrincipalData(value: DefaultPrincipalData, version = 0): Buffer {
  checkVersion('DefaultPrincipalData', version, 0, 0);
  const w = new Writer(64);
  w.int16(version);
  try {
    encodeDefaultPrincipalData(w, value, version);
  } catch (e) {
    throw encodeFailure(`cannot encode DefaultPrincipalData v${version}`, e);
  }
  return w.finish();
}

/**
 * Reads a version-prefixed DefaultPrincipalData. A version newer than 0 is read as 0, as Kafka's own readers do: later versions only add fields at the end.
 */
export function deserializeDefaultPrincipalData(buf: Buffer): DefaultPrincipalData {
  try {
    const r = new Reader(buf);
    const version = r.int16();
    if (version < 0) throw new ProtocolError(`unsupported DefaultPrincipalData version ${version}`);
    return decodeDefaultPrincipalData(r, Math.min(version, 0));
  } catch (e) {
    throw decodeFailure('cannot decode DefaultPrincipalData', e);
  }
}
