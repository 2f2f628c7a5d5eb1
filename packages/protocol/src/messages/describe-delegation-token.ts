// Generated from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DescribeDelegationToken request (API key 41): versions 1-3, flexible from 2. */
export interface DescribeDelegationTokenRequest {
  /**
   * Each owner that we want to describe delegation tokens for, or null to describe all tokens.
   *
   * Versions 1-3; nullable 1-3.
   */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Each owner that we want to describe delegation tokens for, or null to describe all tokens.
 */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /**
   * The owner principal type.
   *
   * Versions 1-3.
   */
  principalType: string;
  /**
   * The owner principal name.
   *
   * Versions 1-3.
   */
  principalName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeDelegationToken response (API key 41): versions 1-3, flexible from 2. */
export interface DescribeDelegationTokenResponse {
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The tokens.
   *
   * Versions 1-3.
   */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
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

/** The tokens. */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /**
   * The token principal type.
   *
   * Versions 1-3.
   */
  principalType: string;
  /**
   * The token principal name.
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
   * The token issue timestamp in milliseconds.
   *
   * Versions 1-3.
   */
  issueTimestamp: bigint;
  /**
   * The token expiry timestamp in milliseconds.
   *
   * Versions 1-3.
   */
  expiryTimestamp: bigint;
  /**
   * The token maximum timestamp length in milliseconds.
   *
   * Versions 1-3.
   */
  maxTimestamp: bigint;
  /**
   * The token ID.
   *
   * Versions 1-3.
   */
  tokenId: string;
  /**
   * The token HMAC.
   *
   * Versions 1-3.
   */
  hmac: Buffer;
  /**
   * Those who are able to renew this token before it expires.
   *
   * Versions 1-3.
   */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Those who are able to renew this token before it expires. */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /**
   * The renewer principal type.
   *
   * Versions 1-3.
   */
  principalType: string;
  /**
   * The renewer principal name.
   *
   * Versions 1-3.
   */
  principalName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeDelegationTokenRequest(w: Writer, o: DescribeDelegationTokenRequest, v: number): void {
  const _owners = o.owners;
  if (_owners == null) {
    if (v >= 2) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 2) w.compactArrayLength(_owners.length);
    else w.arrayLength(_owners.length);
    for (let i = 0; i < _owners.length; i++) encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, _owners[i], v);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  let _owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      _owners = null;
    } else {
      const a: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, v));
      _owners = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeDelegationTokenRequest = {
    owners: _owners,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, v: number): void {
  const _principalType = o.principalType;
  if (_principalType == null) throw missingField('DescribeDelegationTokenRequest', v, 'DescribeDelegationTokenOwner.PrincipalType');
  if (v >= 2) w.compactString(_principalType);
  else w.string(_principalType);
  const _principalName = o.principalName;
  if (_principalName == null) throw missingField('DescribeDelegationTokenRequest', v, 'DescribeDelegationTokenOwner.PrincipalName');
  if (v >= 2) w.compactString(_principalName);
  else w.string(_principalName);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const _principalType = (v >= 2 ? r.compactString() : r.string());
  const _principalName = (v >= 2 ? r.compactString() : r.string());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = {
    principalType: _principalType,
    principalName: _principalName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeDelegationTokenResponse(w: Writer, o: DescribeDelegationTokenResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribeDelegationTokenResponse.ErrorCode');
  w.int16(_errorCode);
  const _tokens = o.tokens;
  if (_tokens == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribeDelegationTokenResponse.Tokens');
  if (v >= 2) w.compactArrayLength(_tokens.length);
  else w.arrayLength(_tokens.length);
  for (let i = 0; i < _tokens.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationToken(w, _tokens[i], v);
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribeDelegationTokenResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const _errorCode = r.int16();
  let _tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  {
    const n = (v >= 2 ? r.compactArrayLength(30) : r.arrayLength(30));
    if (n < 0) {
      throw nullOnWire('DescribeDelegationTokenResponse', v, 'DescribeDelegationTokenResponse.Tokens');
    } else {
      const a: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeDelegationTokenResponseDescribedDelegationToken(r, v));
      _tokens = a;
    }
  }
  const _throttleTimeMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeDelegationTokenResponse = {
    errorCode: _errorCode,
    tokens: _tokens,
    throttleTimeMs: _throttleTimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, o: DescribeDelegationTokenResponseDescribedDelegationToken, v: number): void {
  const _principalType = o.principalType;
  if (_principalType == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.PrincipalType');
  if (v >= 2) w.compactString(_principalType);
  else w.string(_principalType);
  const _principalName = o.principalName;
  if (_principalName == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.PrincipalName');
  if (v >= 2) w.compactString(_principalName);
  else w.string(_principalName);
  if (v >= 3) {
    const _tokenRequesterPrincipalType = o.tokenRequesterPrincipalType === undefined ? '' : o.tokenRequesterPrincipalType;
    if (_tokenRequesterPrincipalType == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.TokenRequesterPrincipalType');
    w.compactString(_tokenRequesterPrincipalType);
  }
  if (v < 3) {
    const x = o.tokenRequesterPrincipalType;
    if (x !== undefined && !(x === '')) throw unsupportedField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.TokenRequesterPrincipalType');
  }
  if (v >= 3) {
    const _tokenRequesterPrincipalName = o.tokenRequesterPrincipalName === undefined ? '' : o.tokenRequesterPrincipalName;
    if (_tokenRequesterPrincipalName == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.TokenRequesterPrincipalName');
    w.compactString(_tokenRequesterPrincipalName);
  }
  if (v < 3) {
    const x = o.tokenRequesterPrincipalName;
    if (x !== undefined && !(x === '')) throw unsupportedField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.TokenRequesterPrincipalName');
  }
  const _issueTimestamp = o.issueTimestamp;
  if (_issueTimestamp == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.IssueTimestamp');
  w.int64(_issueTimestamp);
  const _expiryTimestamp = o.expiryTimestamp;
  if (_expiryTimestamp == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.ExpiryTimestamp');
  w.int64(_expiryTimestamp);
  const _maxTimestamp = o.maxTimestamp;
  if (_maxTimestamp == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.MaxTimestamp');
  w.int64(_maxTimestamp);
  const _tokenId = o.tokenId;
  if (_tokenId == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.TokenId');
  if (v >= 2) w.compactString(_tokenId);
  else w.string(_tokenId);
  const _hmac = o.hmac;
  if (_hmac == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.Hmac');
  if (v >= 2) w.compactBytes(_hmac);
  else w.bytes(_hmac);
  const _renewers = o.renewers;
  if (_renewers == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.Renewers');
  if (v >= 2) w.compactArrayLength(_renewers.length);
  else w.arrayLength(_renewers.length);
  for (let i = 0; i < _renewers.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, _renewers[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const _principalType = (v >= 2 ? r.compactString() : r.string());
  const _principalName = (v >= 2 ? r.compactString() : r.string());
  const _tokenRequesterPrincipalType: string = (v >= 3 ? r.compactString() : '');
  const _tokenRequesterPrincipalName: string = (v >= 3 ? r.compactString() : '');
  const _issueTimestamp = r.int64();
  const _expiryTimestamp = r.int64();
  const _maxTimestamp = r.int64();
  const _tokenId = (v >= 2 ? r.compactString() : r.string());
  const _hmac = (v >= 2 ? r.compactBytes() : r.bytes());
  let _renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('DescribeDelegationTokenResponse', v, 'DescribedDelegationToken.Renewers');
    } else {
      const a: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, v));
      _renewers = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeDelegationTokenResponseDescribedDelegationToken = {
    principalType: _principalType,
    principalName: _principalName,
    tokenRequesterPrincipalType: _tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: _tokenRequesterPrincipalName,
    issueTimestamp: _issueTimestamp,
    expiryTimestamp: _expiryTimestamp,
    maxTimestamp: _maxTimestamp,
    tokenId: _tokenId,
    hmac: _hmac,
    renewers: _renewers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v: number): void {
  const _principalType = o.principalType;
  if (_principalType == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationTokenRenewer.PrincipalType');
  if (v >= 2) w.compactString(_principalType);
  else w.string(_principalType);
  const _principalName = o.principalName;
  if (_principalName == null) throw missingField('DescribeDelegationTokenResponse', v, 'DescribedDelegationTokenRenewer.PrincipalName');
  if (v >= 2) w.compactString(_principalName);
  else w.string(_principalName);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const _principalType = (v >= 2 ? r.compactString() : r.string());
  const _principalName = (v >= 2 ? r.compactString() : r.string());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = {
    principalType: _principalType,
    principalName: _principalName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeDelegationToken API (key 41): versions 1-3, flexible from 2. Served by: broker, controller.
 */
export const DescribeDelegationTokenApi: ApiCodec<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse> = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  minVersion: 1,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeDelegationTokenRequest, v: number): void {
    checkVersion('DescribeDelegationToken', v, 1, 3);
    try {
      encodeDescribeDelegationTokenRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeDelegationTokenRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
    checkVersion('DescribeDelegationToken', v, 1, 3);
    try {
      return decodeDescribeDelegationTokenRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeDelegationTokenRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeDelegationTokenResponse, v: number): void {
    checkVersion('DescribeDelegationToken', v, 1, 3);
    try {
      encodeDescribeDelegationTokenResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeDelegationTokenResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
    checkVersion('DescribeDelegationToken', v, 1, 3);
    try {
      return decodeDescribeDelegationTokenResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeDelegationTokenResponse v${v}`, e);
    }
  },
};
