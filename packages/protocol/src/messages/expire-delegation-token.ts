// Generated from ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A ExpireDelegationToken request (API key 40): versions 1-2, flexible from 2. */
export interface ExpireDelegationTokenRequest {
  /**
   * The HMAC of the delegation token to be expired.
   *
   * Versions 1-2.
   */
  hmac: Buffer;
  /**
   * The expiry time period in milliseconds.
   *
   * Versions 1-2.
   */
  expiryTimePeriodMs: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ExpireDelegationToken response (API key 40): versions 1-2, flexible from 2. */
export interface ExpireDelegationTokenResponse {
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-2.
   */
  errorCode: number;
  /**
   * The timestamp in milliseconds at which this token expires.
   *
   * Versions 1-2.
   */
  expiryTimestampMs: bigint;
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-2.
   */
  throttleTimeMs: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeExpireDelegationTokenRequest(w: Writer, o: ExpireDelegationTokenRequest, v: number): void {
  const _hmac = o.hmac;
  if (_hmac == null) throw missingField('ExpireDelegationTokenRequest', v, 'ExpireDelegationTokenRequest.Hmac');
  if (v >= 2) w.compactBytes(_hmac);
  else w.bytes(_hmac);
  const _expiryTimePeriodMs = o.expiryTimePeriodMs;
  if (_expiryTimePeriodMs == null) throw missingField('ExpireDelegationTokenRequest', v, 'ExpireDelegationTokenRequest.ExpiryTimePeriodMs');
  w.int64(_expiryTimePeriodMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const _hmac = (v >= 2 ? r.compactBytes() : r.bytes());
  const _expiryTimePeriodMs = r.int64();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ExpireDelegationTokenRequest = {
    hmac: _hmac,
    expiryTimePeriodMs: _expiryTimePeriodMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeExpireDelegationTokenResponse(w: Writer, o: ExpireDelegationTokenResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ExpireDelegationTokenResponse', v, 'ExpireDelegationTokenResponse.ErrorCode');
  w.int16(_errorCode);
  const _expiryTimestampMs = o.expiryTimestampMs;
  if (_expiryTimestampMs == null) throw missingField('ExpireDelegationTokenResponse', v, 'ExpireDelegationTokenResponse.ExpiryTimestampMs');
  w.int64(_expiryTimestampMs);
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ExpireDelegationTokenResponse', v, 'ExpireDelegationTokenResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const _errorCode = r.int16();
  const _expiryTimestampMs = r.int64();
  const _throttleTimeMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ExpireDelegationTokenResponse = {
    errorCode: _errorCode,
    expiryTimestampMs: _expiryTimestampMs,
    throttleTimeMs: _throttleTimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ExpireDelegationToken API (key 40): versions 1-2, flexible from 2. Served by: broker, controller.
 */
export const ExpireDelegationTokenApi: ApiCodec<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse> = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: ExpireDelegationTokenRequest, v: number): void {
    checkVersion('ExpireDelegationToken', v, 1, 2);
    try {
      encodeExpireDelegationTokenRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ExpireDelegationTokenRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
    checkVersion('ExpireDelegationToken', v, 1, 2);
    try {
      return decodeExpireDelegationTokenRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ExpireDelegationTokenRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ExpireDelegationTokenResponse, v: number): void {
    checkVersion('ExpireDelegationToken', v, 1, 2);
    try {
      encodeExpireDelegationTokenResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ExpireDelegationTokenResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
    checkVersion('ExpireDelegationToken', v, 1, 2);
    try {
      return decodeExpireDelegationTokenResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ExpireDelegationTokenResponse v${v}`, e);
    }
  },
};
