// Generated from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A CreateDelegationToken request (API key 38): versions 1-3, flexible from 2. */
export interface CreateDelegationTokenRequest {
  /**
   * The principal type of the owner of the token. If it's null it defaults to the token request principal.
   *
   * Versions 3; nullable 3.
   */
  ownerPrincipalType?: string | null;
  /**
   * The principal name of the owner of the token. If it's null it defaults to the token request principal.
   *
   * Versions 3; nullable 3.
   */
  ownerPrincipalName?: string | null;
  /**
   * A list of those who are allowed to renew this token before it expires.
   *
   * Versions 1-3.
   */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /**
   * The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
   *
   * Versions 1-3.
   */
  maxLifetimeMs: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A list of those who are allowed to renew this token before it expires. */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /**
   * The type of the Kafka principal.
   *
   * Versions 1-3.
   */
  principalType: string;
  /**
   * The name of the Kafka principal.
   *
   * Versions 1-3.
   */
  principalName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A CreateDelegationToken response (API key 38): versions 1-3, flexible from 2. */
export interface CreateDelegationTokenResponse {
  /**
   * The top-level error, or zero if there was no error.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The principal type of the token owner.
   *
   * Versions 1-3.
   */
  principalType: string;
  /**
   * The name of the token owner.
   *
   * Versions 1-3.
   */
  principalName: string;
  /**
   * The principal type of the requester of the token.
   *
   * Versions 3.
   */
  tokenRequesterPrincipalType?: string;
  /**
   * The principal type of the requester of the token.
   *
   * Versions 3.
   */
  tokenRequesterPrincipalName?: string;
  /**
   * When this token was generated.
   *
   * Versions 1-3.
   */
  issueTimestampMs: bigint;
  /**
   * When this token expires.
   *
   * Versions 1-3.
   */
  expiryTimestampMs: bigint;
  /**
   * The maximum lifetime of this token.
   *
   * Versions 1-3.
   */
  maxTimestampMs: bigint;
  /**
   * The token UUID.
   *
   * Versions 1-3.
   */
  tokenId: string;
  /**
   * HMAC of the delegation token.
   *
   * Versions 1-3.
   */
  hmac: Buffer;
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-3.
   */
  throttleTimeMs: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeCreateDelegationTokenRequest(w: Writer, o: CreateDelegationTokenRequest, v: number): void {
  if (v >= 3) {
    const _ownerPrincipalType = o.ownerPrincipalType === undefined ? '' : o.ownerPrincipalType;
    w.compactNullableString(_ownerPrincipalType);
  }
  if (v < 3) {
    const x = o.ownerPrincipalType;
    if (x !== undefined && !(x === '')) throw unsupportedField('CreateDelegationTokenRequest', v, 'CreateDelegationTokenRequest.OwnerPrincipalType');
  }
  if (v >= 3) {
    const _ownerPrincipalName = o.ownerPrincipalName === undefined ? '' : o.ownerPrincipalName;
    w.compactNullableString(_ownerPrincipalName);
  }
  if (v < 3) {
    const x = o.ownerPrincipalName;
    if (x !== undefined && !(x === '')) throw unsupportedField('CreateDelegationTokenRequest', v, 'CreateDelegationTokenRequest.OwnerPrincipalName');
  }
  const _renewers = o.renewers;
  if (_renewers == null) throw missingField('CreateDelegationTokenRequest', v, 'CreateDelegationTokenRequest.Renewers');
  if (v >= 2) w.compactArrayLength(_renewers.length);
  else w.arrayLength(_renewers.length);
  for (let i = 0; i < _renewers.length; i++) encodeCreateDelegationTokenRequestCreatableRenewers(w, _renewers[i], v);
  const _maxLifetimeMs = o.maxLifetimeMs;
  if (_maxLifetimeMs == null) throw missingField('CreateDelegationTokenRequest', v, 'CreateDelegationTokenRequest.MaxLifetimeMs');
  w.int64(_maxLifetimeMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const _ownerPrincipalType: string | null = (v >= 3 ? r.compactNullableString() : '');
  const _ownerPrincipalName: string | null = (v >= 3 ? r.compactNullableString() : '');
  let _renewers: CreateDelegationTokenRequestCreatableRenewers[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('CreateDelegationTokenRequest', v, 'CreateDelegationTokenRequest.Renewers');
    } else {
      const a: CreateDelegationTokenRequestCreatableRenewers[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateDelegationTokenRequestCreatableRenewers(r, v));
      _renewers = a;
    }
  }
  const _maxLifetimeMs = r.int64();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateDelegationTokenRequest = {
    ownerPrincipalType: _ownerPrincipalType,
    ownerPrincipalName: _ownerPrincipalName,
    renewers: _renewers,
    maxLifetimeMs: _maxLifetimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateDelegationTokenRequestCreatableRenewers(w: Writer, o: CreateDelegationTokenRequestCreatableRenewers, v: number): void {
  const _principalType = o.principalType;
  if (_principalType == null) throw missingField('CreateDelegationTokenRequest', v, 'CreatableRenewers.PrincipalType');
  if (v >= 2) w.compactString(_principalType);
  else w.string(_principalType);
  const _principalName = o.principalName;
  if (_principalName == null) throw missingField('CreateDelegationTokenRequest', v, 'CreatableRenewers.PrincipalName');
  if (v >= 2) w.compactString(_principalName);
  else w.string(_principalName);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateDelegationTokenRequestCreatableRenewers(r: Reader, v: number): CreateDelegationTokenRequestCreatableRenewers {
  const _principalType = (v >= 2 ? r.compactString() : r.string());
  const _principalName = (v >= 2 ? r.compactString() : r.string());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateDelegationTokenRequestCreatableRenewers = {
    principalType: _principalType,
    principalName: _principalName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateDelegationTokenResponse(w: Writer, o: CreateDelegationTokenResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.ErrorCode');
  w.int16(_errorCode);
  const _principalType = o.principalType;
  if (_principalType == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.PrincipalType');
  if (v >= 2) w.compactString(_principalType);
  else w.string(_principalType);
  const _principalName = o.principalName;
  if (_principalName == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.PrincipalName');
  if (v >= 2) w.compactString(_principalName);
  else w.string(_principalName);
  if (v >= 3) {
    const _tokenRequesterPrincipalType = o.tokenRequesterPrincipalType === undefined ? '' : o.tokenRequesterPrincipalType;
    if (_tokenRequesterPrincipalType == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.TokenRequesterPrincipalType');
    w.compactString(_tokenRequesterPrincipalType);
  }
  if (v < 3) {
    const x = o.tokenRequesterPrincipalType;
    if (x !== undefined && !(x === '')) throw unsupportedField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.TokenRequesterPrincipalType');
  }
  if (v >= 3) {
    const _tokenRequesterPrincipalName = o.tokenRequesterPrincipalName === undefined ? '' : o.tokenRequesterPrincipalName;
    if (_tokenRequesterPrincipalName == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.TokenRequesterPrincipalName');
    w.compactString(_tokenRequesterPrincipalName);
  }
  if (v < 3) {
    const x = o.tokenRequesterPrincipalName;
    if (x !== undefined && !(x === '')) throw unsupportedField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.TokenRequesterPrincipalName');
  }
  const _issueTimestampMs = o.issueTimestampMs;
  if (_issueTimestampMs == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.IssueTimestampMs');
  w.int64(_issueTimestampMs);
  const _expiryTimestampMs = o.expiryTimestampMs;
  if (_expiryTimestampMs == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.ExpiryTimestampMs');
  w.int64(_expiryTimestampMs);
  const _maxTimestampMs = o.maxTimestampMs;
  if (_maxTimestampMs == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.MaxTimestampMs');
  w.int64(_maxTimestampMs);
  const _tokenId = o.tokenId;
  if (_tokenId == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.TokenId');
  if (v >= 2) w.compactString(_tokenId);
  else w.string(_tokenId);
  const _hmac = o.hmac;
  if (_hmac == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.Hmac');
  if (v >= 2) w.compactBytes(_hmac);
  else w.bytes(_hmac);
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('CreateDelegationTokenResponse', v, 'CreateDelegationTokenResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const _errorCode = r.int16();
  const _principalType = (v >= 2 ? r.compactString() : r.string());
  const _principalName = (v >= 2 ? r.compactString() : r.string());
  const _tokenRequesterPrincipalType: string = (v >= 3 ? r.compactString() : '');
  const _tokenRequesterPrincipalName: string = (v >= 3 ? r.compactString() : '');
  const _issueTimestampMs = r.int64();
  const _expiryTimestampMs = r.int64();
  const _maxTimestampMs = r.int64();
  const _tokenId = (v >= 2 ? r.compactString() : r.string());
  const _hmac = (v >= 2 ? r.compactBytes() : r.bytes());
  const _throttleTimeMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateDelegationTokenResponse = {
    errorCode: _errorCode,
    principalType: _principalType,
    principalName: _principalName,
    tokenRequesterPrincipalType: _tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: _tokenRequesterPrincipalName,
    issueTimestampMs: _issueTimestampMs,
    expiryTimestampMs: _expiryTimestampMs,
    maxTimestampMs: _maxTimestampMs,
    tokenId: _tokenId,
    hmac: _hmac,
    throttleTimeMs: _throttleTimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The CreateDelegationToken API (key 38): versions 1-3, flexible from 2. Served by: broker, controller.
 */
export const CreateDelegationTokenApi: ApiCodec<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  minVersion: 1,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: CreateDelegationTokenRequest, v: number): void {
    checkVersion('CreateDelegationToken', v, 1, 3);
    try {
      encodeCreateDelegationTokenRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateDelegationTokenRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): CreateDelegationTokenRequest {
    checkVersion('CreateDelegationToken', v, 1, 3);
    try {
      return decodeCreateDelegationTokenRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateDelegationTokenRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: CreateDelegationTokenResponse, v: number): void {
    checkVersion('CreateDelegationToken', v, 1, 3);
    try {
      encodeCreateDelegationTokenResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateDelegationTokenResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): CreateDelegationTokenResponse {
    checkVersion('CreateDelegationToken', v, 1, 3);
    try {
      return decodeCreateDelegationTokenResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateDelegationTokenResponse v${v}`, e);
    }
  },
};
