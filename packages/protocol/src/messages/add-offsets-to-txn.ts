// Generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A AddOffsetsToTxn request (API key 25): versions 0-4, flexible from 3. */
export interface AddOffsetsToTxnRequest {
  /**
   * The transactional id corresponding to the transaction.
   *
   * Versions 0-4.
   */
  transactionalId: string;
  /**
   * Current producer id in use by the transactional id.
   *
   * Versions 0-4.
   */
  producerId: bigint;
  /**
   * Current epoch associated with the producer id.
   *
   * Versions 0-4.
   */
  producerEpoch: number;
  /**
   * The unique group identifier.
   *
   * Versions 0-4.
   */
  groupId: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AddOffsetsToTxn response (API key 25): versions 0-4, flexible from 3. */
export interface AddOffsetsToTxnResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-4.
   */
  throttleTimeMs: number;
  /**
   * The response error code, or 0 if there was no error.
   *
   * Versions 0-4.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAddOffsetsToTxnRequest(w: Writer, o: AddOffsetsToTxnRequest, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('AddOffsetsToTxnRequest', v, 'AddOffsetsToTxnRequest.TransactionalId');
  if (v >= 3) w.compactString(_transactionalId);
  else w.string(_transactionalId);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('AddOffsetsToTxnRequest', v, 'AddOffsetsToTxnRequest.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('AddOffsetsToTxnRequest', v, 'AddOffsetsToTxnRequest.ProducerEpoch');
  w.int16(_producerEpoch);
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('AddOffsetsToTxnRequest', v, 'AddOffsetsToTxnRequest.GroupId');
  if (v >= 3) w.compactString(_groupId);
  else w.string(_groupId);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const _transactionalId = (v >= 3 ? r.compactString() : r.string());
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _groupId = (v >= 3 ? r.compactString() : r.string());
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddOffsetsToTxnRequest = {
    transactionalId: _transactionalId,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    groupId: _groupId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddOffsetsToTxnResponse(w: Writer, o: AddOffsetsToTxnResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AddOffsetsToTxnResponse', v, 'AddOffsetsToTxnResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AddOffsetsToTxnResponse', v, 'AddOffsetsToTxnResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddOffsetsToTxnResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AddOffsetsToTxn API (key 25): versions 0-4, flexible from 3. Served by: broker. */
export const AddOffsetsToTxnApi: ApiCodec<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: AddOffsetsToTxnRequest, v: number): void {
    checkVersion('AddOffsetsToTxn', v, 0, 4);
    try {
      encodeAddOffsetsToTxnRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddOffsetsToTxnRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
    checkVersion('AddOffsetsToTxn', v, 0, 4);
    try {
      return decodeAddOffsetsToTxnRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddOffsetsToTxnRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AddOffsetsToTxnResponse, v: number): void {
    checkVersion('AddOffsetsToTxn', v, 0, 4);
    try {
      encodeAddOffsetsToTxnResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddOffsetsToTxnResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
    checkVersion('AddOffsetsToTxn', v, 0, 4);
    try {
      return decodeAddOffsetsToTxnResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddOffsetsToTxnResponse v${v}`, e);
    }
  },
};
