// Generated from InitProducerIdRequest.json, InitProducerIdResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, unsupportedField } from './codec-support.js';

/** A InitProducerId request (API key 22): versions 0-6, flexible from 2. */
export interface InitProducerIdRequest {
  /**
   * The transactional id, or null if the producer is not transactional.
   *
   * Versions 0-6; nullable 0-6.
   */
  transactionalId: string | null;
  /**
   * The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
   *
   * Versions 0-6.
   */
  transactionTimeoutMs: number;
  /**
   * The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration.
   *
   * Versions 3-6; default "-1".
   */
  producerId?: bigint;
  /**
   * The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
   *
   * Versions 3-6; default "-1".
   */
  producerEpoch?: number;
  /**
   * True if the client wants to enable two-phase commit (2PC) protocol for transactions.
   *
   * Versions 6; default "false".
   */
  enable2Pc?: boolean;
  /**
   * True if the client wants to keep the currently ongoing transaction instead of aborting it.
   *
   * Versions 6; default "false".
   */
  keepPreparedTxn?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A InitProducerId response (API key 22): versions 0-6, flexible from 2. */
export interface InitProducerIdResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-6; ignorable.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-6.
   */
  errorCode: number;
  /**
   * The current producer id.
   *
   * Versions 0-6; default -1.
   */
  producerId?: bigint;
  /**
   * The current epoch associated with the producer id.
   *
   * Versions 0-6.
   */
  producerEpoch: number;
  /**
   * The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
   *
   * Versions 6; default -1.
   */
  ongoingTxnProducerId?: bigint;
  /**
   * The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
   *
   * Versions 6; default -1.
   */
  ongoingTxnProducerEpoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeInitProducerIdRequest(w: Writer, o: InitProducerIdRequest, v: number): void {
  const _transactionalId = o.transactionalId;
  if (v >= 2) w.compactNullableString(_transactionalId);
  else w.nullableString(_transactionalId);
  const _transactionTimeoutMs = o.transactionTimeoutMs;
  if (_transactionTimeoutMs == null) throw missingField('InitProducerIdRequest', v, 'InitProducerIdRequest.TransactionTimeoutMs');
  w.int32(_transactionTimeoutMs);
  if (v >= 3) {
    const _producerId = o.producerId === undefined ? -1n : o.producerId;
    if (_producerId == null) throw missingField('InitProducerIdRequest', v, 'InitProducerIdRequest.ProducerId');
    w.int64(_producerId);
  }
  if (v < 3) {
    const x = o.producerId;
    if (x !== undefined && !(x === -1n)) throw unsupportedField('InitProducerIdRequest', v, 'InitProducerIdRequest.ProducerId');
  }
  if (v >= 3) {
    const _producerEpoch = o.producerEpoch === undefined ? -1 : o.producerEpoch;
    if (_producerEpoch == null) throw missingField('InitProducerIdRequest', v, 'InitProducerIdRequest.ProducerEpoch');
    w.int16(_producerEpoch);
  }
  if (v < 3) {
    const x = o.producerEpoch;
    if (x !== undefined && !(x === -1)) throw unsupportedField('InitProducerIdRequest', v, 'InitProducerIdRequest.ProducerEpoch');
  }
  if (v >= 6) {
    const _enable2Pc = o.enable2Pc === undefined ? false : o.enable2Pc;
    if (_enable2Pc == null) throw missingField('InitProducerIdRequest', v, 'InitProducerIdRequest.Enable2Pc');
    w.bool(_enable2Pc);
  }
  if (v < 6) {
    const x = o.enable2Pc;
    if (x !== undefined && !(x === false)) throw unsupportedField('InitProducerIdRequest', v, 'InitProducerIdRequest.Enable2Pc');
  }
  if (v >= 6) {
    const _keepPreparedTxn = o.keepPreparedTxn === undefined ? false : o.keepPreparedTxn;
    if (_keepPreparedTxn == null) throw missingField('InitProducerIdRequest', v, 'InitProducerIdRequest.KeepPreparedTxn');
    w.bool(_keepPreparedTxn);
  }
  if (v < 6) {
    const x = o.keepPreparedTxn;
    if (x !== undefined && !(x === false)) throw unsupportedField('InitProducerIdRequest', v, 'InitProducerIdRequest.KeepPreparedTxn');
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const _transactionalId = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _transactionTimeoutMs = r.int32();
  const _producerId: bigint = (v >= 3 ? r.int64() : -1n);
  const _producerEpoch: number = (v >= 3 ? r.int16() : -1);
  const _enable2Pc: boolean = (v >= 6 ? r.bool() : false);
  const _keepPreparedTxn: boolean = (v >= 6 ? r.bool() : false);
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: InitProducerIdRequest = {
    transactionalId: _transactionalId,
    transactionTimeoutMs: _transactionTimeoutMs,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    enable2Pc: _enable2Pc,
    keepPreparedTxn: _keepPreparedTxn,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeInitProducerIdResponse(w: Writer, o: InitProducerIdResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.ErrorCode');
  w.int16(_errorCode);
  const _producerId = o.producerId === undefined ? -1n : o.producerId;
  if (_producerId == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.ProducerEpoch');
  w.int16(_producerEpoch);
  if (v >= 6) {
    const _ongoingTxnProducerId = o.ongoingTxnProducerId === undefined ? -1n : o.ongoingTxnProducerId;
    if (_ongoingTxnProducerId == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.OngoingTxnProducerId');
    w.int64(_ongoingTxnProducerId);
  }
  if (v < 6) {
    const x = o.ongoingTxnProducerId;
    if (x !== undefined && !(x === -1n)) throw unsupportedField('InitProducerIdResponse', v, 'InitProducerIdResponse.OngoingTxnProducerId');
  }
  if (v >= 6) {
    const _ongoingTxnProducerEpoch = o.ongoingTxnProducerEpoch === undefined ? -1 : o.ongoingTxnProducerEpoch;
    if (_ongoingTxnProducerEpoch == null) throw missingField('InitProducerIdResponse', v, 'InitProducerIdResponse.OngoingTxnProducerEpoch');
    w.int16(_ongoingTxnProducerEpoch);
  }
  if (v < 6) {
    const x = o.ongoingTxnProducerEpoch;
    if (x !== undefined && !(x === -1)) throw unsupportedField('InitProducerIdResponse', v, 'InitProducerIdResponse.OngoingTxnProducerEpoch');
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _ongoingTxnProducerId: bigint = (v >= 6 ? r.int64() : -1n);
  const _ongoingTxnProducerEpoch: number = (v >= 6 ? r.int16() : -1);
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: InitProducerIdResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    ongoingTxnProducerId: _ongoingTxnProducerId,
    ongoingTxnProducerEpoch: _ongoingTxnProducerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The InitProducerId API (key 22): versions 0-6, flexible from 2. Served by: broker. */
export const InitProducerIdApi: ApiCodec<InitProducerIdRequest, InitProducerIdResponse> = {
  apiKey: 22,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 2,
  latestVersionUnstable: true,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: InitProducerIdRequest, v: number): void {
    checkVersion('InitProducerId', v, 0, 6);
    try {
      encodeInitProducerIdRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode InitProducerIdRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): InitProducerIdRequest {
    checkVersion('InitProducerId', v, 0, 6);
    try {
      return decodeInitProducerIdRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode InitProducerIdRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: InitProducerIdResponse, v: number): void {
    checkVersion('InitProducerId', v, 0, 6);
    try {
      encodeInitProducerIdResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode InitProducerIdResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): InitProducerIdResponse {
    checkVersion('InitProducerId', v, 0, 6);
    try {
      return decodeInitProducerIdResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode InitProducerIdResponse v${v}`, e);
    }
  },
};
