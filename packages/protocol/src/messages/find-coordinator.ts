// Generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A FindCoordinator request (API key 10): versions 0-6, flexible from 3. */
export interface FindCoordinatorRequest {
  /**
   * The coordinator key.
   *
   * Versions 0-3.
   */
  key?: string;
  /**
   * The coordinator key type. (group, transaction, share).
   *
   * Versions 1-6; default "0".
   */
  keyType?: number;
  /**
   * The coordinator keys.
   *
   * Versions 4-6.
   */
  coordinatorKeys?: string[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A FindCoordinator response (API key 10): versions 0-6, flexible from 3. */
export interface FindCoordinatorResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-6; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-3.
   */
  errorCode?: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 1-3; nullable 1-3; ignorable.
   */
  errorMessage?: string | null;
  /**
   * The node id.
   *
   * Versions 0-3.
   */
  nodeId?: number;
  /**
   * The host name.
   *
   * Versions 0-3.
   */
  host?: string;
  /**
   * The port.
   *
   * Versions 0-3.
   */
  port?: number;
  /**
   * Each coordinator result in the response.
   *
   * Versions 4-6.
   */
  coordinators?: FindCoordinatorResponseCoordinator[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each coordinator result in the response. */
export interface FindCoordinatorResponseCoordinator {
  /**
   * The coordinator key.
   *
   * Versions 4-6.
   */
  key: string;
  /**
   * The node id.
   *
   * Versions 4-6.
   */
  nodeId: number;
  /**
   * The host name.
   *
   * Versions 4-6.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 4-6.
   */
  port: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 4-6.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 4-6; nullable 4-6; ignorable.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeFindCoordinatorRequest(w: Writer, o: FindCoordinatorRequest, v: number): void {
  if (v <= 3) {
    const _key = o.key === undefined ? '' : o.key;
    if (_key == null) throw missingField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.Key');
    if (v >= 3) w.compactString(_key);
    else w.string(_key);
  }
  if (v > 3) {
    const x = o.key;
    if (x !== undefined && !(x === '')) throw unsupportedField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.Key');
  }
  if (v >= 1) {
    const _keyType = o.keyType === undefined ? 0 : o.keyType;
    if (_keyType == null) throw missingField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.KeyType');
    w.int8(_keyType);
  }
  if (v < 1) {
    const x = o.keyType;
    if (x !== undefined && !(x === 0)) throw unsupportedField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.KeyType');
  }
  if (v >= 4) {
    const _coordinatorKeys = o.coordinatorKeys === undefined ? [] : o.coordinatorKeys;
    if (_coordinatorKeys == null) throw missingField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.CoordinatorKeys');
    w.compactArrayLength(_coordinatorKeys.length);
    for (let i = 0; i < _coordinatorKeys.length; i++) w.compactString(_coordinatorKeys[i]);
  }
  if (v < 4) {
    const x = o.coordinatorKeys;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('FindCoordinatorRequest', v, 'FindCoordinatorRequest.CoordinatorKeys');
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const _key: string = (v <= 3 ? (v >= 3 ? r.compactString() : r.string()) : '');
  const _keyType: number = (v >= 1 ? r.int8() : 0);
  let _coordinatorKeys: string[] = [];
  if (v >= 4) {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('FindCoordinatorRequest', v, 'FindCoordinatorRequest.CoordinatorKeys');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _coordinatorKeys = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: FindCoordinatorRequest = {
    key: _key,
    keyType: _keyType,
    coordinatorKeys: _coordinatorKeys,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFindCoordinatorResponse(w: Writer, o: FindCoordinatorResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  if (v <= 3) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v > 3) {
    const x = o.errorCode;
    if (x !== undefined && !(x === 0)) throw unsupportedField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.ErrorCode');
  }
  if (v >= 1 && v <= 3) {
    const _errorMessage = o.errorMessage === undefined ? '' : o.errorMessage;
    if (v >= 3) w.compactNullableString(_errorMessage);
    else w.nullableString(_errorMessage);
  }
  if (v <= 3) {
    const _nodeId = o.nodeId === undefined ? 0 : o.nodeId;
    if (_nodeId == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.NodeId');
    w.int32(_nodeId);
  }
  if (v > 3) {
    const x = o.nodeId;
    if (x !== undefined && !(x === 0)) throw unsupportedField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.NodeId');
  }
  if (v <= 3) {
    const _host = o.host === undefined ? '' : o.host;
    if (_host == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Host');
    if (v >= 3) w.compactString(_host);
    else w.string(_host);
  }
  if (v > 3) {
    const x = o.host;
    if (x !== undefined && !(x === '')) throw unsupportedField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Host');
  }
  if (v <= 3) {
    const _port = o.port === undefined ? 0 : o.port;
    if (_port == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Port');
    w.int32(_port);
  }
  if (v > 3) {
    const x = o.port;
    if (x !== undefined && !(x === 0)) throw unsupportedField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Port');
  }
  if (v >= 4) {
    const _coordinators = o.coordinators === undefined ? [] : o.coordinators;
    if (_coordinators == null) throw missingField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Coordinators');
    w.compactArrayLength(_coordinators.length);
    for (let i = 0; i < _coordinators.length; i++) encodeFindCoordinatorResponseCoordinator(w, _coordinators[i], v);
  }
  if (v < 4) {
    const x = o.coordinators;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Coordinators');
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  const _errorCode: number = (v <= 3 ? r.int16() : 0);
  const _errorMessage: string | null = (v >= 1 && v <= 3 ? (v >= 3 ? r.compactNullableString() : r.nullableString()) : '');
  const _nodeId: number = (v <= 3 ? r.int32() : 0);
  const _host: string = (v <= 3 ? (v >= 3 ? r.compactString() : r.string()) : '');
  const _port: number = (v <= 3 ? r.int32() : 0);
  let _coordinators: FindCoordinatorResponseCoordinator[] = [];
  if (v >= 4) {
    const n = r.compactArrayLength(14);
    if (n < 0) {
      throw nullOnWire('FindCoordinatorResponse', v, 'FindCoordinatorResponse.Coordinators');
    } else {
      const a: FindCoordinatorResponseCoordinator[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFindCoordinatorResponseCoordinator(r, v));
      _coordinators = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: FindCoordinatorResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    nodeId: _nodeId,
    host: _host,
    port: _port,
    coordinators: _coordinators,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFindCoordinatorResponseCoordinator(w: Writer, o: FindCoordinatorResponseCoordinator, v: number): void {
  const _key = o.key;
  if (_key == null) throw missingField('FindCoordinatorResponse', v, 'Coordinator.Key');
  w.compactString(_key);
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('FindCoordinatorResponse', v, 'Coordinator.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('FindCoordinatorResponse', v, 'Coordinator.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('FindCoordinatorResponse', v, 'Coordinator.Port');
  w.int32(_port);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('FindCoordinatorResponse', v, 'Coordinator.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFindCoordinatorResponseCoordinator(r: Reader, v: number): FindCoordinatorResponseCoordinator {
  const _key = r.compactString();
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: FindCoordinatorResponseCoordinator = {
    key: _key,
    nodeId: _nodeId,
    host: _host,
    port: _port,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The FindCoordinator API (key 10): versions 0-6, flexible from 3. Served by: broker. */
export const FindCoordinatorApi: ApiCodec<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: 10,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: FindCoordinatorRequest, v: number): void {
    checkVersion('FindCoordinator', v, 0, 6);
    try {
      encodeFindCoordinatorRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FindCoordinatorRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): FindCoordinatorRequest {
    checkVersion('FindCoordinator', v, 0, 6);
    try {
      return decodeFindCoordinatorRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FindCoordinatorRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: FindCoordinatorResponse, v: number): void {
    checkVersion('FindCoordinator', v, 0, 6);
    try {
      encodeFindCoordinatorResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FindCoordinatorResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): FindCoordinatorResponse {
    checkVersion('FindCoordinator', v, 0, 6);
    try {
      return decodeFindCoordinatorResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FindCoordinatorResponse v${v}`, e);
    }
  },
};
