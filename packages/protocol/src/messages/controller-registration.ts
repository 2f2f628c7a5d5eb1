// Generated from ControllerRegistrationRequest.json, ControllerRegistrationResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ControllerRegistration request (API key 70): versions 0, flexible from 0. */
export interface ControllerRegistrationRequest {
  /**
   * The ID of the controller to register.
   *
   * Versions 0.
   */
  controllerId: number;
  /**
   * The controller incarnation ID, which is unique to each process run.
   *
   * Versions 0.
   */
  incarnationId: Uuid;
  /**
   * Set if the required configurations for ZK migration are present.
   *
   * Versions 0.
   */
  zkMigrationReady: boolean;
  /**
   * The listeners of this controller.
   *
   * Versions 0.
   */
  listeners: ControllerRegistrationRequestListener[];
  /**
   * The features on this controller.
   *
   * Versions 0.
   */
  features: ControllerRegistrationRequestFeature[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The listeners of this controller. */
export interface ControllerRegistrationRequestListener {
  /**
   * The name of the endpoint.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The hostname.
   *
   * Versions 0.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 0.
   */
  port: number;
  /**
   * The security protocol.
   *
   * Versions 0.
   */
  securityProtocol: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The features on this controller. */
export interface ControllerRegistrationRequestFeature {
  /**
   * The feature name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The minimum supported feature level.
   *
   * Versions 0.
   */
  minSupportedVersion: number;
  /**
   * The maximum supported feature level.
   *
   * Versions 0.
   */
  maxSupportedVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ControllerRegistration response (API key 70): versions 0, flexible from 0. */
export interface ControllerRegistrationResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The response error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The response error message, or null if there was no error.
   *
   * Versions 0; nullable 0.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeControllerRegistrationRequest(w: Writer, o: ControllerRegistrationRequest, v: number): void {
  const _controllerId = o.controllerId;
  if (_controllerId == null) throw missingField('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.ControllerId');
  w.int32(_controllerId);
  const _incarnationId = o.incarnationId;
  if (_incarnationId == null) throw missingField('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.IncarnationId');
  w.uuid(_incarnationId);
  const _zkMigrationReady = o.zkMigrationReady;
  if (_zkMigrationReady == null) throw missingField('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.ZkMigrationReady');
  w.bool(_zkMigrationReady);
  const _listeners = o.listeners;
  if (_listeners == null) throw missingField('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.Listeners');
  w.compactArrayLength(_listeners.length);
  for (let i = 0; i < _listeners.length; i++) encodeControllerRegistrationRequestListener(w, _listeners[i], v);
  const _features = o.features;
  if (_features == null) throw missingField('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.Features');
  w.compactArrayLength(_features.length);
  for (let i = 0; i < _features.length; i++) encodeControllerRegistrationRequestFeature(w, _features[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  const _controllerId = r.int32();
  const _incarnationId = r.uuid();
  const _zkMigrationReady = r.bool();
  let _listeners: ControllerRegistrationRequestListener[];
  {
    const n = r.compactArrayLength(7);
    if (n < 0) {
      throw nullOnWire('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.Listeners');
    } else {
      const a: ControllerRegistrationRequestListener[] = [];
      for (let i = 0; i < n; i++) a.push(decodeControllerRegistrationRequestListener(r, v));
      _listeners = a;
    }
  }
  let _features: ControllerRegistrationRequestFeature[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('ControllerRegistrationRequest', v, 'ControllerRegistrationRequest.Features');
    } else {
      const a: ControllerRegistrationRequestFeature[] = [];
      for (let i = 0; i < n; i++) a.push(decodeControllerRegistrationRequestFeature(r, v));
      _features = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ControllerRegistrationRequest = {
    controllerId: _controllerId,
    incarnationId: _incarnationId,
    zkMigrationReady: _zkMigrationReady,
    listeners: _listeners,
    features: _features,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeControllerRegistrationRequestListener(w: Writer, o: ControllerRegistrationRequestListener, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ControllerRegistrationRequest', v, 'Listener.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('ControllerRegistrationRequest', v, 'Listener.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('ControllerRegistrationRequest', v, 'Listener.Port');
  w.uint16(_port);
  const _securityProtocol = o.securityProtocol;
  if (_securityProtocol == null) throw missingField('ControllerRegistrationRequest', v, 'Listener.SecurityProtocol');
  w.int16(_securityProtocol);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeControllerRegistrationRequestListener(r: Reader, v: number): ControllerRegistrationRequestListener {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const _securityProtocol = r.int16();
  const unknownTags = r.taggedFields();
  const o: ControllerRegistrationRequestListener = {
    name: _name,
    host: _host,
    port: _port,
    securityProtocol: _securityProtocol,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeControllerRegistrationRequestFeature(w: Writer, o: ControllerRegistrationRequestFeature, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ControllerRegistrationRequest', v, 'Feature.Name');
  w.compactString(_name);
  const _minSupportedVersion = o.minSupportedVersion;
  if (_minSupportedVersion == null) throw missingField('ControllerRegistrationRequest', v, 'Feature.MinSupportedVersion');
  w.int16(_minSupportedVersion);
  const _maxSupportedVersion = o.maxSupportedVersion;
  if (_maxSupportedVersion == null) throw missingField('ControllerRegistrationRequest', v, 'Feature.MaxSupportedVersion');
  w.int16(_maxSupportedVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeControllerRegistrationRequestFeature(r: Reader, v: number): ControllerRegistrationRequestFeature {
  const _name = r.compactString();
  const _minSupportedVersion = r.int16();
  const _maxSupportedVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: ControllerRegistrationRequestFeature = {
    name: _name,
    minSupportedVersion: _minSupportedVersion,
    maxSupportedVersion: _maxSupportedVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeControllerRegistrationResponse(w: Writer, o: ControllerRegistrationResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ControllerRegistrationResponse', v, 'ControllerRegistrationResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ControllerRegistrationResponse', v, 'ControllerRegistrationResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: ControllerRegistrationResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ControllerRegistration API (key 70): versions 0, flexible from 0. Served by: controller.
 */
export const ControllerRegistrationApi: ApiCodec<ControllerRegistrationRequest, ControllerRegistrationResponse> = {
  apiKey: 70,
  name: 'ControllerRegistration',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ControllerRegistrationRequest, v: number): void {
    checkVersion('ControllerRegistration', v, 0, 0);
    try {
      encodeControllerRegistrationRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ControllerRegistrationRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ControllerRegistrationRequest {
    checkVersion('ControllerRegistration', v, 0, 0);
    try {
      return decodeControllerRegistrationRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ControllerRegistrationRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ControllerRegistrationResponse, v: number): void {
    checkVersion('ControllerRegistration', v, 0, 0);
    try {
      encodeControllerRegistrationResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ControllerRegistrationResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ControllerRegistrationResponse {
    checkVersion('ControllerRegistration', v, 0, 0);
    try {
      return decodeControllerRegistrationResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ControllerRegistrationResponse v${v}`, e);
    }
  },
};
