// Generated from ResponseHeader.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { ProtocolError } from '../errors/kafka-error.js';
import { missingField } from './codec-support.js';

/** Kafka's ResponseHeader: versions 0-1, flexible from 1. */
export interface ResponseHeader {
  /**
   * The correlation ID of this response.
   *
   * Versions 0-1.
   */
  correlationId: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Writes a ResponseHeader at version `v`; the caller ensures `v` is a valid version. */
export function encodeResponseHeader(w: Writer, o: ResponseHeader, v: number): void {
  const _correlationId = o.correlationId;
  if (_correlationId == null) throw missingField('ResponseHeader', v, 'ResponseHeader.CorrelationId');
  w.int32(_correlationId);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

/** Reads a ResponseHeader written at version `v`; malformed input throws ProtocolError. */
export function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  const _correlationId = r.int32();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: ResponseHeader = {
    correlationId: _correlationId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}
