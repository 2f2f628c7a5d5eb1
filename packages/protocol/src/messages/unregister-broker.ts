// Generated from UnregisterBrokerRequest.json, UnregisterBrokerResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A UnregisterBroker request (API key 64): versions 0, flexible from 0. */
export interface UnregisterBrokerRequest {
  /**
   * The broker ID to unregister.
   *
   * Versions 0.
   */
  brokerId: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A UnregisterBroker response (API key 64): versions 0, flexible from 0. */
export interface UnregisterBrokerResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The top-level error message, or `null` if there was no top-level error.
   *
   * Versions 0; nullable 0.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeUnregisterBrokerRequest(w: Writer, o: UnregisterBrokerRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('UnregisterBrokerRequest', v, 'UnregisterBrokerRequest.BrokerId');
  w.int32(_brokerId);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  const _brokerId = r.int32();
  const unknownTags = r.taggedFields();
  const o: UnregisterBrokerRequest = {
    brokerId: _brokerId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUnregisterBrokerResponse(w: Writer, o: UnregisterBrokerResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('UnregisterBrokerResponse', v, 'UnregisterBrokerResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('UnregisterBrokerResponse', v, 'UnregisterBrokerResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: UnregisterBrokerResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The UnregisterBroker API (key 64): versions 0, flexible from 0. Served by: broker, controller.
 */
export const UnregisterBrokerApi: ApiCodec<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  apiKey: 64,
  name: 'UnregisterBroker',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: UnregisterBrokerRequest, v: number): void {
    checkVersion('UnregisterBroker', v, 0, 0);
    try {
      encodeUnregisterBrokerRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UnregisterBrokerRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): UnregisterBrokerRequest {
    checkVersion('UnregisterBroker', v, 0, 0);
    try {
      return decodeUnregisterBrokerRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UnregisterBrokerRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: UnregisterBrokerResponse, v: number): void {
    checkVersion('UnregisterBroker', v, 0, 0);
    try {
      encodeUnregisterBrokerResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UnregisterBrokerResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): UnregisterBrokerResponse {
    checkVersion('UnregisterBroker', v, 0, 0);
    try {
      return decodeUnregisterBrokerResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UnregisterBrokerResponse v${v}`, e);
    }
  },
};
