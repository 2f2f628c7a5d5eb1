// Generated from RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A RenewDelegationToken request (API key 39): versions 1-2, flexible from 2. */
export interface RenewDelegationTokenRequest {
  /**
   * The HMAC of the delegation token to be renewed.
   *
   * Versions 1-2.
   */
  hmac: Buffer;
  /**
   * The renewal time period in milliseconds.
   *
   * Versions 1-2.
   */
  renewPeriodMs: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A RenewDelegationToken response (API key 39): versions 1-2, flexible from 2. */
export interface RenewDelegationTokenResponse {
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

function encodeRenewDelegationTokenRequest(w: Writer, o: RenewDelegationTokenRequest, v: number): void {
  const _hmac = o.hmac;
  if (_hmac == null) throw missingField('RenewDelegationTokenRequest', v, 'RenewDelegationTokenRequest.Hmac');
  if (v >= 2) w.compactBytes(_hmac);
  else w.bytes(_hmac);
  const _renewPeriodMs = o.renewPeriodMs;
  if (_renewPeriodMs == null) throw missingField('RenewDelegationTokenRequest', v, 'RenewDelegationTokenRequest.RenewPeriodMs');
  w.int64(_renewPeriodMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const _hmac = (v >= 2 ? r.compactBytes() : r.bytes());
  const _renewPeriodMs = r.int64();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: RenewDelegationTokenRequest = {
    hmac: _hmac,
    renewPeriodMs: _renewPeriodMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeRenewDelegationTokenResponse(w: Writer, o: RenewDelegationTokenResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('RenewDelegationTokenResponse', v, 'RenewDelegationTokenResponse.ErrorCode');
  w.int16(_errorCode);
  const _expiryTimestampMs = o.expiryTimestampMs;
  if (_expiryTimestampMs == null) throw missingField('RenewDelegationTokenResponse', v, 'RenewDelegationTokenResponse.ExpiryTimestampMs');
  w.int64(_expiryTimestampMs);
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('RenewDelegationTokenResponse', v, 'RenewDelegationTokenResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  const _errorCode = r.int16();
  const _expiryTimestampMs = r.int64();
  const _throttleTimeMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: RenewDelegationTokenResponse = {
    errorCode: _errorCode,
    expiryTimestampMs: _expiryTimestampMs,
    throttleTimeMs: _throttleTimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The RenewDelegationToken API (key 39): versions 1-2, flexible from 2. Served by: broker, controller.
 */
export const RenewDelegationTokenApi: ApiCodec<RenewDelegationTokenRequest, RenewDelegationTokenResponse> = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: RenewDelegationTokenRequest, v: number): void {
    checkVersion('RenewDelegationToken', v, 1, 2);
    try {
      encodeRenewDelegationTokenRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode RenewDelegationTokenRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): RenewDelegationTokenRequest {
    checkVersion('RenewDelegationToken', v, 1, 2);
    try {
      return decodeRenewDelegationTokenRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode RenewDelegationTokenRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: RenewDelegationTokenResponse, v: number): void {
    checkVersion('RenewDelegationToken', v, 1, 2);
    try {
      encodeRenewDelegationTokenResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode RenewDelegationTokenResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): RenewDelegationTokenResponse {
    checkVersion('RenewDelegationToken', v, 1, 2);
    try {
      return decodeRenewDelegationTokenResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode RenewDelegationTokenResponse v${v}`, e);
    }
  },
};
