// Generated from EnvelopeRequest.json, EnvelopeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A Envelope request (API key 58): versions 0, flexible from 0. */
export interface EnvelopeRequest {
  /**
   * The embedded request header and data.
   *
   * Versions 0.
   */
  requestData: Buffer;
  /**
   * Value of the initial client principal when the request is redirected by a broker.
   *
   * Versions 0; nullable 0.
   */
  requestPrincipal: Buffer | null;
  /**
   * The original client's address in bytes.
   *
   * Versions 0.
   */
  clientHostAddress: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Envelope response (API key 58): versions 0, flexible from 0. */
export interface EnvelopeResponse {
  /**
   * The embedded response header and data.
   *
   * Versions 0; nullable 0; default "null".
   */
  responseData?: Buffer | null;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeEnvelopeRequest(w: Writer, o: EnvelopeRequest, v: number): void {
  const _requestData = o.requestData;
  if (_requestData == null) throw missingField('EnvelopeRequest', v, 'EnvelopeRequest.RequestData');
  w.compactBytes(_requestData);
  const _requestPrincipal = o.requestPrincipal;
  w.compactNullableBytes(_requestPrincipal);
  const _clientHostAddress = o.clientHostAddress;
  if (_clientHostAddress == null) throw missingField('EnvelopeRequest', v, 'EnvelopeRequest.ClientHostAddress');
  w.compactBytes(_clientHostAddress);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  const _requestData = r.compactBytes();
  const _requestPrincipal = r.compactNullableBytes();
  const _clientHostAddress = r.compactBytes();
  const unknownTags = r.taggedFields();
  const o: EnvelopeRequest = {
    requestData: _requestData,
    requestPrincipal: _requestPrincipal,
    clientHostAddress: _clientHostAddress,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeEnvelopeResponse(w: Writer, o: EnvelopeResponse, v: number): void {
  const _responseData = o.responseData === undefined ? null : o.responseData;
  w.compactNullableBytes(_responseData);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('EnvelopeResponse', v, 'EnvelopeResponse.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  const _responseData = r.compactNullableBytes();
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: EnvelopeResponse = {
    responseData: _responseData,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The Envelope API (key 58): versions 0, flexible from 0. Served by: controller. */
export const EnvelopeApi: ApiCodec<EnvelopeRequest, EnvelopeResponse> = {
  apiKey: 58,
  name: 'Envelope',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: EnvelopeRequest, v: number): void {
    checkVersion('Envelope', v, 0, 0);
    try {
      encodeEnvelopeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EnvelopeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): EnvelopeRequest {
    checkVersion('Envelope', v, 0, 0);
    try {
      return decodeEnvelopeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EnvelopeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: EnvelopeResponse, v: number): void {
    checkVersion('Envelope', v, 0, 0);
    try {
      encodeEnvelopeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode EnvelopeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): EnvelopeResponse {
    checkVersion('Envelope', v, 0, 0);
    try {
      return decodeEnvelopeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode EnvelopeResponse v${v}`, e);
    }
  },
};
