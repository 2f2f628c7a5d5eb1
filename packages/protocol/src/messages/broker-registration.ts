// Generated from BrokerRegistrationRequest.json, BrokerRegistrationResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A BrokerRegistration request (API key 62): versions 0-4, flexible from 0. */
export interface BrokerRegistrationRequest {
  /**
   * The broker ID.
   *
   * Versions 0-4.
   */
  brokerId: number;
  /**
   * The cluster id of the broker process.
   *
   * Versions 0-4.
   */
  clusterId: string;
  /**
   * The incarnation id of the broker process.
   *
   * Versions 0-4.
   */
  incarnationId: Uuid;
  /**
   * The listeners of this broker.
   *
   * Versions 0-4.
   */
  listeners: BrokerRegistrationRequestListener[];
  /**
   * The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
   *
   * Versions 0-4.
   */
  features: BrokerRegistrationRequestFeature[];
  /**
   * The rack which this broker is in.
   *
   * Versions 0-4; nullable 0-4.
   */
  rack: string | null;
  /**
   * If the required configurations for ZK migration are present, this value is set to true.
   *
   * Versions 1-4; default "false".
   */
  isMigratingZkBroker?: boolean;
  /**
   * Log directories configured in this broker which are available.
   *
   * Versions 2-4; ignorable.
   */
  logDirs?: Uuid[];
  /**
   * The epoch before a clean shutdown.
   *
   * Versions 3-4; default "-1"; ignorable.
   */
  previousBrokerEpoch?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The listeners of this broker. */
export interface BrokerRegistrationRequestListener {
  /**
   * The name of the endpoint.
   *
   * Versions 0-4.
   */
  name: string;
  /**
   * The hostname.
   *
   * Versions 0-4.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 0-4.
   */
  port: number;
  /**
   * The security protocol.
   *
   * Versions 0-4.
   */
  securityProtocol: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
 */
export interface BrokerRegistrationRequestFeature {
  /**
   * The feature name.
   *
   * Versions 0-4.
   */
  name: string;
  /**
   * The minimum supported feature level.
   *
   * Versions 0-4.
   */
  minSupportedVersion: number;
  /**
   * The maximum supported feature level.
   *
   * Versions 0-4.
   */
  maxSupportedVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A BrokerRegistration response (API key 62): versions 0-4, flexible from 0. */
export interface BrokerRegistrationResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-4.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-4.
   */
  errorCode: number;
  /**
   * The broker's assigned epoch, or -1 if none was assigned.
   *
   * Versions 0-4; default "-1".
   */
  brokerEpoch?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeBrokerRegistrationRequest(w: Writer, o: BrokerRegistrationRequest, v: number): void {
  const _brokerId = o.brokerId;
  if (_brokerId == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.BrokerId');
  w.int32(_brokerId);
  const _clusterId = o.clusterId;
  if (_clusterId == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.ClusterId');
  w.compactString(_clusterId);
  const _incarnationId = o.incarnationId;
  if (_incarnationId == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.IncarnationId');
  w.uuid(_incarnationId);
  const _listeners = o.listeners;
  if (_listeners == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.Listeners');
  w.compactArrayLength(_listeners.length);
  for (let i = 0; i < _listeners.length; i++) encodeBrokerRegistrationRequestListener(w, _listeners[i], v);
  const _features = o.features;
  if (_features == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.Features');
  w.compactArrayLength(_features.length);
  for (let i = 0; i < _features.length; i++) encodeBrokerRegistrationRequestFeature(w, _features[i], v);
  const _rack = o.rack;
  w.compactNullableString(_rack);
  if (v >= 1) {
    const _isMigratingZkBroker = o.isMigratingZkBroker === undefined ? false : o.isMigratingZkBroker;
    if (_isMigratingZkBroker == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.IsMigratingZkBroker');
    w.bool(_isMigratingZkBroker);
  }
  if (v < 1) {
    const x = o.isMigratingZkBroker;
    if (x !== undefined && !(x === false)) throw unsupportedField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.IsMigratingZkBroker');
  }
  if (v >= 2) {
    const _logDirs = o.logDirs === undefined ? [] : o.logDirs;
    if (_logDirs == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.LogDirs');
    w.compactArrayLength(_logDirs.length);
    for (let i = 0; i < _logDirs.length; i++) w.uuid(_logDirs[i]);
  }
  if (v >= 3) {
    const _previousBrokerEpoch = o.previousBrokerEpoch === undefined ? -1n : o.previousBrokerEpoch;
    if (_previousBrokerEpoch == null) throw missingField('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.PreviousBrokerEpoch');
    w.int64(_previousBrokerEpoch);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  const _brokerId = r.int32();
  const _clusterId = r.compactString();
  const _incarnationId = r.uuid();
  let _listeners: BrokerRegistrationRequestListener[];
  {
    const n = r.compactArrayLength(7);
    if (n < 0) {
      throw nullOnWire('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.Listeners');
    } else {
      const a: BrokerRegistrationRequestListener[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBrokerRegistrationRequestListener(r, v));
      _listeners = a;
    }
  }
  let _features: BrokerRegistrationRequestFeature[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.Features');
    } else {
      const a: BrokerRegistrationRequestFeature[] = [];
      for (let i = 0; i < n; i++) a.push(decodeBrokerRegistrationRequestFeature(r, v));
      _features = a;
    }
  }
  const _rack = r.compactNullableString();
  const _isMigratingZkBroker: boolean = (v >= 1 ? r.bool() : false);
  let _logDirs: Uuid[] = [];
  if (v >= 2) {
    const n = r.compactArrayLength(16);
    if (n < 0) {
      throw nullOnWire('BrokerRegistrationRequest', v, 'BrokerRegistrationRequest.LogDirs');
    } else {
      const a: Uuid[] = [];
      for (let i = 0; i < n; i++) a.push(r.uuid());
      _logDirs = a;
    }
  }
  const _previousBrokerEpoch: bigint = (v >= 3 ? r.int64() : -1n);
  const unknownTags = r.taggedFields();
  const o: BrokerRegistrationRequest = {
    brokerId: _brokerId,
    clusterId: _clusterId,
    incarnationId: _incarnationId,
    listeners: _listeners,
    features: _features,
    rack: _rack,
    isMigratingZkBroker: _isMigratingZkBroker,
    logDirs: _logDirs,
    previousBrokerEpoch: _previousBrokerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBrokerRegistrationRequestListener(w: Writer, o: BrokerRegistrationRequestListener, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('BrokerRegistrationRequest', v, 'Listener.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('BrokerRegistrationRequest', v, 'Listener.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('BrokerRegistrationRequest', v, 'Listener.Port');
  w.uint16(_port);
  const _securityProtocol = o.securityProtocol;
  if (_securityProtocol == null) throw missingField('BrokerRegistrationRequest', v, 'Listener.SecurityProtocol');
  w.int16(_securityProtocol);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBrokerRegistrationRequestListener(r: Reader, v: number): BrokerRegistrationRequestListener {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const _securityProtocol = r.int16();
  const unknownTags = r.taggedFields();
  const o: BrokerRegistrationRequestListener = {
    name: _name,
    host: _host,
    port: _port,
    securityProtocol: _securityProtocol,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBrokerRegistrationRequestFeature(w: Writer, o: BrokerRegistrationRequestFeature, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('BrokerRegistrationRequest', v, 'Feature.Name');
  w.compactString(_name);
  const _minSupportedVersion = o.minSupportedVersion;
  if (_minSupportedVersion == null) throw missingField('BrokerRegistrationRequest', v, 'Feature.MinSupportedVersion');
  w.int16(_minSupportedVersion);
  const _maxSupportedVersion = o.maxSupportedVersion;
  if (_maxSupportedVersion == null) throw missingField('BrokerRegistrationRequest', v, 'Feature.MaxSupportedVersion');
  w.int16(_maxSupportedVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBrokerRegistrationRequestFeature(r: Reader, v: number): BrokerRegistrationRequestFeature {
  const _name = r.compactString();
  const _minSupportedVersion = r.int16();
  const _maxSupportedVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: BrokerRegistrationRequestFeature = {
    name: _name,
    minSupportedVersion: _minSupportedVersion,
    maxSupportedVersion: _maxSupportedVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeBrokerRegistrationResponse(w: Writer, o: BrokerRegistrationResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('BrokerRegistrationResponse', v, 'BrokerRegistrationResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('BrokerRegistrationResponse', v, 'BrokerRegistrationResponse.ErrorCode');
  w.int16(_errorCode);
  const _brokerEpoch = o.brokerEpoch === undefined ? -1n : o.brokerEpoch;
  if (_brokerEpoch == null) throw missingField('BrokerRegistrationResponse', v, 'BrokerRegistrationResponse.BrokerEpoch');
  w.int64(_brokerEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _brokerEpoch = r.int64();
  const unknownTags = r.taggedFields();
  const o: BrokerRegistrationResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    brokerEpoch: _brokerEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The BrokerRegistration API (key 62): versions 0-4, flexible from 0. Served by: controller.
 */
export const BrokerRegistrationApi: ApiCodec<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  apiKey: 62,
  name: 'BrokerRegistration',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: BrokerRegistrationRequest, v: number): void {
    checkVersion('BrokerRegistration', v, 0, 4);
    try {
      encodeBrokerRegistrationRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BrokerRegistrationRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): BrokerRegistrationRequest {
    checkVersion('BrokerRegistration', v, 0, 4);
    try {
      return decodeBrokerRegistrationRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BrokerRegistrationRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: BrokerRegistrationResponse, v: number): void {
    checkVersion('BrokerRegistration', v, 0, 4);
    try {
      encodeBrokerRegistrationResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode BrokerRegistrationResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): BrokerRegistrationResponse {
    checkVersion('BrokerRegistration', v, 0, 4);
    try {
      return decodeBrokerRegistrationResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode BrokerRegistrationResponse v${v}`, e);
    }
  },
};
