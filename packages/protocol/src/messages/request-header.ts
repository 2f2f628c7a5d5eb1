// Generated from RequestHeader.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { missingField } from './codec-support.js';

/** Kafka's RequestHeader: versions 1-2, flexible from 2. */
export interface RequestHeader {
  /**
   * The API key of this request.
   *
   * Versions 1-2.
   */
  requestApiKey: number;
  /**
   * The API version of this request.
   *
   * Versions 1-2.
   */
  requestApiVersion: number;
  /**
   * The correlation ID of this request.
   *
   * Versions 1-2.
   */
  correlationId: number;
  /**
   * The client ID string.
   *
   * Versions 1-2; nullable 1-2.
   */
  clientId: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a RequestHeader at version `v`; the caller ensures `v` is a valid version. */
export function encodeRequestHeader(w: Writer, o: RequestHeader, v: number): void {
  const _requestApiKey = o.requestApiKey;
  if (_requestApiKey == null) throw missingField('RequestHeader', v, 'RequestHeader.RequestApiKey');
  w.int16(_requestApiKey);
  const _requestApiVersion = o.requestApiVersion;
  if (_requestApiVersion == null) throw missingField('RequestHeader', v, 'RequestHeader.RequestApiVersion');
  w.int16(_requestApiVersion);
  const _correlationId = o.correlationId;
  if (_correlationId == null) throw missingField('RequestHeader', v, 'RequestHeader.CorrelationId');
  w.int32(_correlationId);
  const _clientId = o.clientId;
  w.nullableString(_clientId);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

/** Reads a RequestHeader written at version `v`; malformed input throws ProtocolError. */
export function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  const _requestApiKey = r.int16();
  const _requestApiVersion = r.int16();
  const _correlationId = r.int32();
  const _clientId = r.nullableString();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: RequestHeader = {
    requestApiKey: _requestApiKey,
    requestApiVersion: _requestApiVersion,
    correlationId: _correlationId,
    clientId: _clientId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}
