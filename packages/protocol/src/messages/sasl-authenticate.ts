// Generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A SaslAuthenticate request (API key 36): versions 0-2, flexible from 2. */
export interface SaslAuthenticateRequest {
  /**
   * The SASL authentication bytes from the client, as defined by the SASL mechanism.
   *
   * Versions 0-2.
   */
  authBytes: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A SaslAuthenticate response (API key 36): versions 0-2, flexible from 2. */
export interface SaslAuthenticateResponse {
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0-2; nullable 0-2.
   */
  errorMessage: string | null;
  /**
   * The SASL authentication bytes from the server, as defined by the SASL mechanism.
   *
   * Versions 0-2.
   */
  authBytes: Buffer;
  /**
   * Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
   *
   * Versions 1-2; default "0"; ignorable.
   */
  sessionLifetimeMs?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeSaslAuthenticateRequest(w: Writer, o: SaslAuthenticateRequest, v: number): void {
  const _authBytes = o.authBytes;
  if (_authBytes == null) throw missingField('SaslAuthenticateRequest', v, 'SaslAuthenticateRequest.AuthBytes');
  if (v >= 2) w.compactBytes(_authBytes);
  else w.bytes(_authBytes);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const _authBytes = (v >= 2 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: SaslAuthenticateRequest = {
    authBytes: _authBytes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeSaslAuthenticateResponse(w: Writer, o: SaslAuthenticateResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('SaslAuthenticateResponse', v, 'SaslAuthenticateResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _authBytes = o.authBytes;
  if (_authBytes == null) throw missingField('SaslAuthenticateResponse', v, 'SaslAuthenticateResponse.AuthBytes');
  if (v >= 2) w.compactBytes(_authBytes);
  else w.bytes(_authBytes);
  if (v >= 1) {
    const _sessionLifetimeMs = o.sessionLifetimeMs === undefined ? 0n : o.sessionLifetimeMs;
    if (_sessionLifetimeMs == null) throw missingField('SaslAuthenticateResponse', v, 'SaslAuthenticateResponse.SessionLifetimeMs');
    w.int64(_sessionLifetimeMs);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _authBytes = (v >= 2 ? r.compactBytes() : r.bytes());
  const _sessionLifetimeMs: bigint = (v >= 1 ? r.int64() : 0n);
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: SaslAuthenticateResponse = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    authBytes: _authBytes,
    sessionLifetimeMs: _sessionLifetimeMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The SaslAuthenticate API (key 36): versions 0-2, flexible from 2. Served by: broker, controller.
 */
export const SaslAuthenticateApi: ApiCodec<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: SaslAuthenticateRequest, v: number): void {
    checkVersion('SaslAuthenticate', v, 0, 2);
    try {
      encodeSaslAuthenticateRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SaslAuthenticateRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): SaslAuthenticateRequest {
    checkVersion('SaslAuthenticate', v, 0, 2);
    try {
      return decodeSaslAuthenticateRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SaslAuthenticateRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: SaslAuthenticateResponse, v: number): void {
    checkVersion('SaslAuthenticate', v, 0, 2);
    try {
      encodeSaslAuthenticateResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SaslAuthenticateResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): SaslAuthenticateResponse {
    checkVersion('SaslAuthenticate', v, 0, 2);
    try {
      return decodeSaslAuthenticateResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SaslAuthenticateResponse v${v}`, e);
    }
  },
};
