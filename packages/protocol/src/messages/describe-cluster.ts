// Generated from DescribeClusterRequest.json, DescribeClusterResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DescribeCluster request (API key 60): versions 0-2, flexible from 0. */
export interface DescribeClusterRequest {
  /**
   * Whether to include cluster authorized operations.
   *
   * Versions 0-2.
   */
  includeClusterAuthorizedOperations: boolean;
  /**
   * The endpoint type to describe. 1=brokers, 2=controllers.
   *
   * Versions 1-2; default "1".
   */
  endpointType?: number;
  /**
   * Whether to include fenced brokers when listing brokers.
   *
   * Versions 2.
   */
  includeFencedBrokers?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeCluster response (API key 60): versions 0-2, flexible from 0. */
export interface DescribeClusterResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0-2; nullable 0-2; default "null".
   */
  errorMessage?: string | null;
  /**
   * The endpoint type that was described. 1=brokers, 2=controllers.
   *
   * Versions 1-2; default "1".
   */
  endpointType?: number;
  /**
   * The cluster ID that responding broker belongs to.
   *
   * Versions 0-2.
   */
  clusterId: string;
  /**
   * The ID of the controller. When handled by a controller, returns the current voter leader ID. When handled by a broker, returns a random alive broker ID as a fallback.
   *
   * Versions 0-2; default "-1".
   */
  controllerId?: number;
  /**
   * Each broker in the response.
   *
   * Versions 0-2.
   */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /**
   * 32-bit bitfield to represent authorized operations for this cluster.
   *
   * Versions 0-2; default "-2147483648".
   */
  clusterAuthorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each broker in the response. */
export interface DescribeClusterResponseDescribeClusterBroker {
  /**
   * The broker ID.
   *
   * Versions 0-2.
   */
  brokerId: number;
  /**
   * The broker hostname.
   *
   * Versions 0-2.
   */
  host: string;
  /**
   * The broker port.
   *
   * Versions 0-2.
   */
  port: number;
  /**
   * The rack of the broker, or null if it has not been assigned to a rack.
   *
   * Versions 0-2; nullable 0-2; default "null".
   */
  rack?: string | null;
  /**
   * Whether the broker is fenced
   *
   * Versions 2.
   */
  isFenced?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeClusterRequest(w: Writer, o: DescribeClusterRequest, v: number): void {
  const _includeClusterAuthorizedOperations = o.includeClusterAuthorizedOperations;
  if (_includeClusterAuthorizedOperations == null) throw missingField('DescribeClusterRequest', v, 'DescribeClusterRequest.IncludeClusterAuthorizedOperations');
  w.bool(_includeClusterAuthorizedOperations);
  if (v >= 1) {
    const _endpointType = o.endpointType === undefined ? 1 : o.endpointType;
    if (_endpointType == null) throw missingField('DescribeClusterRequest', v, 'DescribeClusterRequest.EndpointType');
    w.int8(_endpointType);
  }
  if (v < 1) {
    const x = o.endpointType;
    if (x !== undefined && !(x === 1)) throw unsupportedField('DescribeClusterRequest', v, 'DescribeClusterRequest.EndpointType');
  }
  if (v >= 2) {
    const _includeFencedBrokers = o.includeFencedBrokers === undefined ? false : o.includeFencedBrokers;
    if (_includeFencedBrokers == null) throw missingField('DescribeClusterRequest', v, 'DescribeClusterRequest.IncludeFencedBrokers');
    w.bool(_includeFencedBrokers);
  }
  if (v < 2) {
    const x = o.includeFencedBrokers;
    if (x !== undefined && !(x === false)) throw unsupportedField('DescribeClusterRequest', v, 'DescribeClusterRequest.IncludeFencedBrokers');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  const _includeClusterAuthorizedOperations = r.bool();
  const _endpointType: number = (v >= 1 ? r.int8() : 1);
  const _includeFencedBrokers: boolean = (v >= 2 ? r.bool() : false);
  const unknownTags = r.taggedFields();
  const o: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: _includeClusterAuthorizedOperations,
    endpointType: _endpointType,
    includeFencedBrokers: _includeFencedBrokers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClusterResponse(w: Writer, o: DescribeClusterResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (v >= 1) {
    const _endpointType = o.endpointType === undefined ? 1 : o.endpointType;
    if (_endpointType == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.EndpointType');
    w.int8(_endpointType);
  }
  if (v < 1) {
    const x = o.endpointType;
    if (x !== undefined && !(x === 1)) throw unsupportedField('DescribeClusterResponse', v, 'DescribeClusterResponse.EndpointType');
  }
  const _clusterId = o.clusterId;
  if (_clusterId == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.ClusterId');
  w.compactString(_clusterId);
  const _controllerId = o.controllerId === undefined ? -1 : o.controllerId;
  if (_controllerId == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.ControllerId');
  w.int32(_controllerId);
  const _brokers = o.brokers;
  if (_brokers == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.Brokers');
  w.compactArrayLength(_brokers.length);
  for (let i = 0; i < _brokers.length; i++) encodeDescribeClusterResponseDescribeClusterBroker(w, _brokers[i], v);
  const _clusterAuthorizedOperations = o.clusterAuthorizedOperations === undefined ? -2147483648 : o.clusterAuthorizedOperations;
  if (_clusterAuthorizedOperations == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterResponse.ClusterAuthorizedOperations');
  w.int32(_clusterAuthorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _endpointType: number = (v >= 1 ? r.int8() : 1);
  const _clusterId = r.compactString();
  const _controllerId = r.int32();
  let _brokers: DescribeClusterResponseDescribeClusterBroker[];
  {
    const n = r.compactArrayLength(11);
    if (n < 0) {
      throw nullOnWire('DescribeClusterResponse', v, 'DescribeClusterResponse.Brokers');
    } else {
      const a: DescribeClusterResponseDescribeClusterBroker[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeClusterResponseDescribeClusterBroker(r, v));
      _brokers = a;
    }
  }
  const _clusterAuthorizedOperations = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeClusterResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    endpointType: _endpointType,
    clusterId: _clusterId,
    controllerId: _controllerId,
    brokers: _brokers,
    clusterAuthorizedOperations: _clusterAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClusterResponseDescribeClusterBroker(w: Writer, o: DescribeClusterResponseDescribeClusterBroker, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterBroker.BrokerId');
  w.int32(_brokerId);
  const _host = o.host;
  if (_host == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterBroker.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterBroker.Port');
  w.int32(_port);
  const _rack = o.rack === undefined ? null : o.rack;
  w.compactNullableString(_rack);
  if (v >= 2) {
    const _isFenced = o.isFenced === undefined ? false : o.isFenced;
    if (_isFenced == null) throw missingField('DescribeClusterResponse', v, 'DescribeClusterBroker.IsFenced');
    w.bool(_isFenced);
  }
  if (v < 2) {
    const x = o.isFenced;
    if (x !== undefined && !(x === false)) throw unsupportedField('DescribeClusterResponse', v, 'DescribeClusterBroker.IsFenced');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, v: number): DescribeClusterResponseDescribeClusterBroker {
  const _brokerId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _rack = r.compactNullableString();
  const _isFenced: boolean = (v >= 2 ? r.bool() : false);
  const unknownTags = r.taggedFields();
  const o: DescribeClusterResponseDescribeClusterBroker = {
    brokerId: _brokerId,
    host: _host,
    port: _port,
    rack: _rack,
    isFenced: _isFenced,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeCluster API (key 60): versions 0-2, flexible from 0. Served by: broker, controller.
 */
export const DescribeClusterApi: ApiCodec<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: 60,
  name: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeClusterRequest, v: number): void {
    checkVersion('DescribeCluster', v, 0, 2);
    try {
      encodeDescribeClusterRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeClusterRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeClusterRequest {
    checkVersion('DescribeCluster', v, 0, 2);
    try {
      return decodeDescribeClusterRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeClusterRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeClusterResponse, v: number): void {
    checkVersion('DescribeCluster', v, 0, 2);
    try {
      encodeDescribeClusterResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeClusterResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeClusterResponse {
    checkVersion('DescribeCluster', v, 0, 2);
    try {
      return decodeDescribeClusterResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeClusterResponse v${v}`, e);
    }
  },
};
