// Generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A SaslHandshake request (API key 17): versions 0-1, never flexible. */
export interface SaslHandshakeRequest {
  /**
   * The SASL mechanism chosen by the client.
   *
   * Versions 0-1.
   */
  mechanism: string;
}

/** A SaslHandshake response (API key 17): versions 0-1, never flexible. */
export interface SaslHandshakeResponse {
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The mechanisms enabled in the server.
   *
   * Versions 0-1.
   */
  mechanisms: string[];
}

function encodeSaslHandshakeRequest(w: Writer, o: SaslHandshakeRequest, v: number): void {
  const _mechanism = o.mechanism;
  if (_mechanism == null) throw missingField('SaslHandshakeRequest', v, 'SaslHandshakeRequest.Mechanism');
  w.string(_mechanism);
}

function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  const _mechanism = r.string();
  return {
    mechanism: _mechanism,
  };
}

function encodeSaslHandshakeResponse(w: Writer, o: SaslHandshakeResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('SaslHandshakeResponse', v, 'SaslHandshakeResponse.ErrorCode');
  w.int16(_errorCode);
  const _mechanisms = o.mechanisms;
  if (_mechanisms == null) throw missingField('SaslHandshakeResponse', v, 'SaslHandshakeResponse.Mechanisms');
  w.arrayLength(_mechanisms.length);
  for (let i = 0; i < _mechanisms.length; i++) w.string(_mechanisms[i]);
}

function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  const _errorCode = r.int16();
  let _mechanisms: string[];
  {
    const n = r.arrayLength(2);
    if (n < 0) {
      throw nullOnWire('SaslHandshakeResponse', v, 'SaslHandshakeResponse.Mechanisms');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.string());
      _mechanisms = a;
    }
  }
  return {
    errorCode: _errorCode,
    mechanisms: _mechanisms,
  };
}

/**
 * The SaslHandshake API (key 17): versions 0-1, never flexible. Served by: broker, controller.
 */
export const SaslHandshakeApi: ApiCodec<SaslHandshakeRequest, SaslHandshakeResponse> = {
  apiKey: 17,
  name: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: SaslHandshakeRequest, v: number): void {
    checkVersion('SaslHandshake', v, 0, 1);
    try {
      encodeSaslHandshakeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SaslHandshakeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): SaslHandshakeRequest {
    checkVersion('SaslHandshake', v, 0, 1);
    try {
      return decodeSaslHandshakeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SaslHandshakeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: SaslHandshakeResponse, v: number): void {
    checkVersion('SaslHandshake', v, 0, 1);
    try {
      encodeSaslHandshakeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SaslHandshakeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): SaslHandshakeResponse {
    checkVersion('SaslHandshake', v, 0, 1);
    try {
      return decodeSaslHandshakeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SaslHandshakeResponse v${v}`, e);
    }
  },
};
