// Generated from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeUserScramCredentials request (API key 50): versions 0, flexible from 0. */
export interface DescribeUserScramCredentialsRequest {
  /**
   * The users to describe, or null/empty to describe all users.
   *
   * Versions 0; nullable 0.
   */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The users to describe, or null/empty to describe all users. */
export interface DescribeUserScramCredentialsRequestUserName {
  /**
   * The user name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeUserScramCredentials response (API key 50): versions 0, flexible from 0. */
export interface DescribeUserScramCredentialsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The message-level error code, 0 except for user authorization or infrastructure issues.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The message-level error message, if any.
   *
   * Versions 0; nullable 0.
   */
  errorMessage: string | null;
  /**
   * The results for descriptions, one per user.
   *
   * Versions 0.
   */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for descriptions, one per user. */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /**
   * The user name.
   *
   * Versions 0.
   */
  user: string;
  /**
   * The user-level error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The user-level error message, if any.
   *
   * Versions 0; nullable 0.
   */
  errorMessage: string | null;
  /**
   * The mechanism and related information associated with the user's SCRAM credentials.
   *
   * Versions 0.
   */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The mechanism and related information associated with the user's SCRAM credentials. */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /**
   * The SCRAM mechanism.
   *
   * Versions 0.
   */
  mechanism: number;
  /**
   * The number of iterations used in the SCRAM credential.
   *
   * Versions 0.
   */
  iterations: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeUserScramCredentialsRequest(w: Writer, o: DescribeUserScramCredentialsRequest, v: number): void {
  const _users = o.users;
  if (_users == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_users.length);
    for (let i = 0; i < _users.length; i++) encodeDescribeUserScramCredentialsRequestUserName(w, _users[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  let _users: DescribeUserScramCredentialsRequestUserName[] | null;
  {
    const n = r.compactArrayLength(2);
    if (n < 0) {
      _users = null;
    } else {
      const a: DescribeUserScramCredentialsRequestUserName[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeUserScramCredentialsRequestUserName(r, v));
      _users = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeUserScramCredentialsRequest = {
    users: _users,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeUserScramCredentialsRequestUserName(w: Writer, o: DescribeUserScramCredentialsRequestUserName, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeUserScramCredentialsRequest', v, 'UserName.Name');
  w.compactString(_name);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsRequestUserName(r: Reader, v: number): DescribeUserScramCredentialsRequestUserName {
  const _name = r.compactString();
  const unknownTags = r.taggedFields();
  const o: DescribeUserScramCredentialsRequestUserName = {
    name: _name,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeUserScramCredentialsResponse(w: Writer, o: DescribeUserScramCredentialsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _results = o.results;
  if (_results == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResponse.Results');
    } else {
      const a: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v: number): void {
  const _user = o.user;
  if (_user == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResult.User');
  w.compactString(_user);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _credentialInfos = o.credentialInfos;
  if (_credentialInfos == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResult.CredentialInfos');
  w.compactArrayLength(_credentialInfos.length);
  for (let i = 0; i < _credentialInfos.length; i++) encodeDescribeUserScramCredentialsResponseCredentialInfo(w, _credentialInfos[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const _user = r.compactString();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('DescribeUserScramCredentialsResponse', v, 'DescribeUserScramCredentialsResult.CredentialInfos');
    } else {
      const a: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeUserScramCredentialsResponseCredentialInfo(r, v));
      _credentialInfos = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = {
    user: _user,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    credentialInfos: _credentialInfos,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, o: DescribeUserScramCredentialsResponseCredentialInfo, v: number): void {
  const _mechanism = o.mechanism;
  if (_mechanism == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'CredentialInfo.Mechanism');
  w.int8(_mechanism);
  const _iterations = o.iterations;
  if (_iterations == null) throw missingField('DescribeUserScramCredentialsResponse', v, 'CredentialInfo.Iterations');
  w.int32(_iterations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, v: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const _mechanism = r.int8();
  const _iterations = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeUserScramCredentialsResponseCredentialInfo = {
    mechanism: _mechanism,
    iterations: _iterations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeUserScramCredentials API (key 50): versions 0, flexible from 0. Served by: broker, controller.
 */
export const DescribeUserScramCredentialsApi: ApiCodec<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeUserScramCredentialsRequest, v: number): void {
    checkVersion('DescribeUserScramCredentials', v, 0, 0);
    try {
      encodeDescribeUserScramCredentialsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeUserScramCredentialsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
    checkVersion('DescribeUserScramCredentials', v, 0, 0);
    try {
      return decodeDescribeUserScramCredentialsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeUserScramCredentialsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeUserScramCredentialsResponse, v: number): void {
    checkVersion('DescribeUserScramCredentials', v, 0, 0);
    try {
      encodeDescribeUserScramCredentialsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeUserScramCredentialsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
    checkVersion('DescribeUserScramCredentials', v, 0, 0);
    try {
      return decodeDescribeUserScramCredentialsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeUserScramCredentialsResponse v${v}`, e);
    }
  },
};
