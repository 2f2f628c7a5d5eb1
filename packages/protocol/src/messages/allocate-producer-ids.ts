// Generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A AllocateProducerIds request (API key 67): versions 0, flexible from 0. */
export interface AllocateProducerIdsRequest {
  /**
   * The ID of the requesting broker.
   *
   * Versions 0.
   */
  brokerId: number;
  /**
   * The epoch of the requesting broker.
   *
   * Versions 0; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AllocateProducerIds response (API key 67): versions 0, flexible from 0. */
export interface AllocateProducerIdsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The first producer ID in this range, inclusive.
   *
   * Versions 0.
   */
  producerIdStart: bigint;
  /**
   * The number of producer IDs in this range.
   *
   * Versions 0.
   */
  producerIdLen: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAllocateProducerIdsRequest(w: Writer, o: AllocateProducerIdsRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('AllocateProducerIdsRequest', v, 'AllocateProducerIdsRequest.BrokerId');
  w.int32(_brokerId);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('AllocateProducerIdsRequest', v, 'AllocateProducerIdsRequest.BrokerEpoch');
  w.int64(_brokerEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  const _brokerId = r.int32();
  const _brokerEpoch = r.int64();
  const unknownTags = r.taggedFields();
  const o: AllocateProducerIdsRequest = {
    brokerId: _brokerId,
    brokerEpoch: _brokerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAllocateProducerIdsResponse(w: Writer, o: AllocateProducerIdsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AllocateProducerIdsResponse', v, 'AllocateProducerIdsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AllocateProducerIdsResponse', v, 'AllocateProducerIdsResponse.ErrorCode');
  w.int16(_errorCode);
  const _producerIdStart = o.producerIdStart;
  if (_producerIdStart == null) throw missingField('AllocateProducerIdsResponse', v, 'AllocateProducerIdsResponse.ProducerIdStart');
  w.int64(_producerIdStart);
  const _producerIdLen = o.producerIdLen;
  if (_producerIdLen == null) throw missingField('AllocateProducerIdsResponse', v, 'AllocateProducerIdsResponse.ProducerIdLen');
  w.int32(_producerIdLen);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _producerIdStart = r.int64();
  const _producerIdLen = r.int32();
  const unknownTags = r.taggedFields();
  const o: AllocateProducerIdsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    producerIdStart: _producerIdStart,
    producerIdLen: _producerIdLen,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AllocateProducerIds API (key 67): versions 0, flexible from 0. Served by: controller. */
export const AllocateProducerIdsApi: ApiCodec<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AllocateProducerIdsRequest, v: number): void {
    checkVersion('AllocateProducerIds', v, 0, 0);
    try {
      encodeAllocateProducerIdsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AllocateProducerIdsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AllocateProducerIdsRequest {
    checkVersion('AllocateProducerIds', v, 0, 0);
    try {
      return decodeAllocateProducerIdsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AllocateProducerIdsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AllocateProducerIdsResponse, v: number): void {
    checkVersion('AllocateProducerIds', v, 0, 0);
    try {
      encodeAllocateProducerIdsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AllocateProducerIdsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AllocateProducerIdsResponse {
    checkVersion('AllocateProducerIds', v, 0, 0);
    try {
      return decodeAllocateProducerIdsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AllocateProducerIdsResponse v${v}`, e);
    }
  },
};
