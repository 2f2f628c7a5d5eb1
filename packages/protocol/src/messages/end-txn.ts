// Generated from EndTxnRequest.json, EndTxnResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A EndTxn request (API key 26): versions 0-5, flexible from 3. */
export interface EndTxnRequest {
  /**
   * The ID of the transaction to end.
   *
   * Versions 0-5.
   */
  transactionalId: string;
  /**
   * The producer ID.
   *
   * Versions 0-5.
   */
  producerId: bigint;
  /**
   * The current epoch associated with the producer.
   *
   * Versions 0-5.
   */
  producerEpoch: number;
  /**
   * True if the transaction was committed, false if it was aborted.
   *
   * Versions 0-5.
   */
  committed: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A EndTxn response (API key 26): versions 0-5, flexible from 3. */
export interface EndTxnResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-5.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-5.
   */
  errorCode: number;
  /**
   * The producer ID.
   *
   * Versions 5; default "-1"; ignorable.
   */
  producerId?: bigint;
  /**
   * The current epoch associated with the producer.
   *
   * Versions 5; default "-1"; ignorable.
   */
  producerEpoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeEndTxnRequest(w: Writer, o: EndTxnRequest, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('EndTxnRequest', v, 'EndTxnRequest.TransactionalId');
  if (v >= 3) w.compactString(_transactionalId);
  else w.string(_transactionalId);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('EndTxnRequest', v, 'EndTxnRequest.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('EndTxnRequest', v, 'EndTxnRequest.ProducerEpoch');
  w.int16(_producerEpoch);
  const _committed = o.committed;
  if (_committed == null) throw missingField('EndTxnRequest', v, 'EndTxnRequest.Committed');
  w.bool(_committed);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const _transactionalId = (v >= 3 ? r.compactString() : r.string());
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _committed = r.bool();
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: EndTxnRequest = {
    transactionalId: _transactionalId,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    committed: _committed,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEndTxnResponse(w: Writer, o: EndTxnResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('EndTxnResponse', v, 'EndTxnResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('EndTxnResponse', v, 'EndTxnResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 5) {
    const _producerId = o.producerId === undefined ? -1n : o.producerId;
    if (_producerId == null) throw missingField('EndTxnResponse', v, 'EndTxnResponse.ProducerId');
    w.int64(_producerId);
  }
  if (v >= 5) {
    const _producerEpoch = o.producerEpoch === undefined ? -1 : o.producerEpoch;
    if (_producerEpoch == null) throw missingField('EndTxnResponse', v, 'EndTxnResponse.ProducerEpoch');
    w.int16(_producerEpoch);
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _producerId: bigint = (v >= 5 ? r.int64() : -1n);
  const _producerEpoch: number = (v >= 5 ? r.int16() : -1);
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: EndTxnResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The EndTxn API (key 26): versions 0-5, flexible from 3. Served by: broker. */
export const EndTxnApi: ApiCodec<EndTxnRequest, EndTxnResponse> = {
  apiKey: 26,
  name: 'EndTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: EndTxnRequest, v: number): void {
    checkVersion('EndTxn', v, 0, 5);
    try {
      encodeEndTxnRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EndTxnRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): EndTxnRequest {
    checkVersion('EndTxn', v, 0, 5);
    try {
      return decodeEndTxnRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EndTxnRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: EndTxnResponse, v: number): void {
    checkVersion('EndTxn', v, 0, 5);
    try {
      encodeEndTxnResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EndTxnResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): EndTxnResponse {
    checkVersion('EndTxn', v, 0, 5);
    try {
      return decodeEndTxnResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EndTxnResponse v${v}`, e);
    }
  },
};
