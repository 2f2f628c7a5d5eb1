// Generated from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A GetTelemetrySubscriptions request (API key 71): versions 0, flexible from 0. */
export interface GetTelemetrySubscriptionsRequest {
  /**
   * Unique id for this client instance, must be set to 0 on the first request.
   *
   * Versions 0.
   */
  clientInstanceId: Uuid;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A GetTelemetrySubscriptions response (API key 71): versions 0, flexible from 0. */
export interface GetTelemetrySubscriptionsResponse {
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
   * Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
   *
   * Versions 0.
   */
  clientInstanceId: Uuid;
  /**
   * Unique identifier for the current subscription set for this client instance.
   *
   * Versions 0.
   */
  subscriptionId: number;
  /**
   * Compression types that broker accepts for the PushTelemetryRequest.
   *
   * Versions 0.
   */
  acceptedCompressionTypes: number[];
  /**
   * Configured push interval, which is the lowest configured interval in the current subscription set.
   *
   * Versions 0.
   */
  pushIntervalMs: number;
  /**
   * The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
   *
   * Versions 0.
   */
  telemetryMaxBytes: number;
  /**
   * Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values.
   *
   * Versions 0.
   */
  deltaTemporality: boolean;
  /**
   * Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
   *
   * Versions 0.
   */
  requestedMetrics: string[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeGetTelemetrySubscriptionsRequest(w: Writer, o: GetTelemetrySubscriptionsRequest, v: number): void {
  const _clientInstanceId = o.clientInstanceId;
  if (_clientInstanceId == null) throw missingField('GetTelemetrySubscriptionsRequest', v, 'GetTelemetrySubscriptionsRequest.ClientInstanceId');
  w.uuid(_clientInstanceId);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  const _clientInstanceId = r.uuid();
  const unknownTags = r.taggedFields();
  const o: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: _clientInstanceId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeGetTelemetrySubscriptionsResponse(w: Writer, o: GetTelemetrySubscriptionsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.ErrorCode');
  w.int16(_errorCode);
  const _clientInstanceId = o.clientInstanceId;
  if (_clientInstanceId == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.ClientInstanceId');
  w.uuid(_clientInstanceId);
  const _subscriptionId = o.subscriptionId;
  if (_subscriptionId == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.SubscriptionId');
  w.int32(_subscriptionId);
  const _acceptedCompressionTypes = o.acceptedCompressionTypes;
  if (_acceptedCompressionTypes == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes');
  w.compactArrayLength(_acceptedCompressionTypes.length);
  for (let i = 0; i < _acceptedCompressionTypes.length; i++) w.int8(_acceptedCompressionTypes[i]);
  const _pushIntervalMs = o.pushIntervalMs;
  if (_pushIntervalMs == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.PushIntervalMs');
  w.int32(_pushIntervalMs);
  const _telemetryMaxBytes = o.telemetryMaxBytes;
  if (_telemetryMaxBytes == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.TelemetryMaxBytes');
  w.int32(_telemetryMaxBytes);
  const _deltaTemporality = o.deltaTemporality;
  if (_deltaTemporality == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.DeltaTemporality');
  w.bool(_deltaTemporality);
  const _requestedMetrics = o.requestedMetrics;
  if (_requestedMetrics == null) throw missingField('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.RequestedMetrics');
  w.compactArrayLength(_requestedMetrics.length);
  for (let i = 0; i < _requestedMetrics.length; i++) w.compactString(_requestedMetrics[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _clientInstanceId = r.uuid();
  const _subscriptionId = r.int32();
  let _acceptedCompressionTypes: number[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int8());
      _acceptedCompressionTypes = a;
    }
  }
  const _pushIntervalMs = r.int32();
  const _telemetryMaxBytes = r.int32();
  const _deltaTemporality = r.bool();
  let _requestedMetrics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('GetTelemetrySubscriptionsResponse', v, 'GetTelemetrySubscriptionsResponse.RequestedMetrics');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _requestedMetrics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    clientInstanceId: _clientInstanceId,
    subscriptionId: _subscriptionId,
    acceptedCompressionTypes: _acceptedCompressionTypes,
    pushIntervalMs: _pushIntervalMs,
    telemetryMaxBytes: _telemetryMaxBytes,
    deltaTemporality: _deltaTemporality,
    requestedMetrics: _requestedMetrics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The GetTelemetrySubscriptions API (key 71): versions 0, flexible from 0. Served by: broker.
 */
export const GetTelemetrySubscriptionsApi: ApiCodec<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse> = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: GetTelemetrySubscriptionsRequest, v: number): void {
    checkVersion('GetTelemetrySubscriptions', v, 0, 0);
    try {
      encodeGetTelemetrySubscriptionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode GetTelemetrySubscriptionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
    checkVersion('GetTelemetrySubscriptions', v, 0, 0);
    try {
      return decodeGetTelemetrySubscriptionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode GetTelemetrySubscriptionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: GetTelemetrySubscriptionsResponse, v: number): void {
    checkVersion('GetTelemetrySubscriptions', v, 0, 0);
    try {
      encodeGetTelemetrySubscriptionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode GetTelemetrySubscriptionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
    checkVersion('GetTelemetrySubscriptions', v, 0, 0);
    try {
      return decodeGetTelemetrySubscriptionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode GetTelemetrySubscriptionsResponse v${v}`, e);
    }
  },
};
