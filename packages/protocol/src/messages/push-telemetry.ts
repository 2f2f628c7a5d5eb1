// Generated from PushTelemetryRequest.json, PushTelemetryResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField } from './codec-support.js';

/** A PushTelemetry request (API key 72): versions 0, flexible from 0. */
export interface PushTelemetryRequest {
  /**
   * Unique id for this client instance.
   *
   * Versions 0.
   */
  clientInstanceId: Uuid;
  /**
   * Unique identifier for the current subscription.
   *
   * Versions 0.
   */
  subscriptionId: number;
  /**
   * Client is terminating the connection.
   *
   * Versions 0.
   */
  terminating: boolean;
  /**
   * Compression codec used to compress the metrics.
   *
   * Versions 0.
   */
  compressionType: number;
  /**
   * Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
   *
   * Versions 0.
   */
  metrics: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A PushTelemetry response (API key 72): versions 0, flexible from 0. */
export interface PushTelemetryResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
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
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodePushTelemetryRequest(w: Writer, o: PushTelemetryRequest, v: number): void {
  const _clientInstanceId = o.clientInstanceId;
  if (_clientInstanceId == null) throw missingField('PushTelemetryRequest', v, 'PushTelemetryRequest.ClientInstanceId');
  w.uuid(_clientInstanceId);
  const _subscriptionId = o.subscriptionId;
  if (_subscriptionId == null) throw missingField('PushTelemetryRequest', v, 'PushTelemetryRequest.SubscriptionId');
  w.int32(_subscriptionId);
  const _terminating = o.terminating;
  if (_terminating == null) throw missingField('PushTelemetryRequest', v, 'PushTelemetryRequest.Terminating');
  w.bool(_terminating);
  const _compressionType = o.compressionType;
  if (_compressionType == null) throw missingField('PushTelemetryRequest', v, 'PushTelemetryRequest.CompressionType');
  w.int8(_compressionType);
  const _metrics = o.metrics;
  if (_metrics == null) throw missingField('PushTelemetryRequest', v, 'PushTelemetryRequest.Metrics');
  w.compactBytes(_metrics);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodePushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  const _clientInstanceId = r.uuid();
  const _subscriptionId = r.int32();
  const _terminating = r.bool();
  const _compressionType = r.int8();
  const _metrics = r.compactBytes();
  const unknownTags = r.taggedFields();
  const o: PushTelemetryRequest = {
    clientInstanceId: _clientInstanceId,
    subscriptionId: _subscriptionId,
    terminating: _terminating,
    compressionType: _compressionType,
    metrics: _metrics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodePushTelemetryResponse(w: Writer, o: PushTelemetryResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('PushTelemetryResponse', v, 'PushTelemetryResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('PushTelemetryResponse', v, 'PushTelemetryResponse.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodePushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: PushTelemetryResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The PushTelemetry API (key 72): versions 0, flexible from 0. Served by: broker. */
export const PushTelemetryApi: ApiCodec<PushTelemetryRequest, PushTelemetryResponse> = {
  apiKey: 72,
  name: 'PushTelemetry',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: PushTelemetryRequest, v: number): void {
    checkVersion('PushTelemetry', v, 0, 0);
    try {
      encodePushTelemetryRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode PushTelemetryRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): PushTelemetryRequest {
    checkVersion('PushTelemetry', v, 0, 0);
    try {
      return decodePushTelemetryRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode PushTelemetryRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: PushTelemetryResponse, v: number): void {
    checkVersion('PushTelemetry', v, 0, 0);
    try {
      encodePushTelemetryResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode PushTelemetryResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): PushTelemetryResponse {
    checkVersion('PushTelemetry', v, 0, 0);
    try {
      return decodePushTelemetryResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode PushTelemetryResponse v${v}`, e);
    }
  },
};
