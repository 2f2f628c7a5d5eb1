// Generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A AddRaftVoter request (API key 80): versions 0-1, flexible from 0. */
export interface AddRaftVoterRequest {
  /**
   * The cluster id.
   *
   * Versions 0-1; nullable 0-1.
   */
  clusterId: string | null;
  /**
   * The maximum time to wait for the request to complete before returning.
   *
   * Versions 0-1.
   */
  timeoutMs: number;
  /**
   * The replica id of the voter getting added to the topic partition.
   *
   * Versions 0-1.
   */
  voterId: number;
  /**
   * The directory id of the voter getting added to the topic partition.
   *
   * Versions 0-1.
   */
  voterDirectoryId: Uuid;
  /**
   * The endpoints that can be used to communicate with the voter.
   *
   * Versions 0-1.
   */
  listeners: AddRaftVoterRequestListener[];
  /**
   * When true, return a response after the new voter set is committed. Otherwise, return after the leader writes the changes locally.
   *
   * Versions 1; default "true".
   */
  ackWhenCommitted?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The endpoints that can be used to communicate with the voter. */
export interface AddRaftVoterRequestListener {
  /**
   * The name of the endpoint.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The hostname.
   *
   * Versions 0-1.
   */
  host: string;
  /**
   * The port.
   *
   * Versions 0-1.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AddRaftVoter response (API key 80): versions 0-1, flexible from 0. */
export interface AddRaftVoterResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; ignorable.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAddRaftVoterRequest(w: Writer, o: AddRaftVoterRequest, v: number): void {
  const _clusterId = o.clusterId;
  w.compactNullableString(_clusterId);
  const _timeoutMs = o.timeoutMs;
  if (_timeoutMs == null) throw missingField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.TimeoutMs');
  w.int32(_timeoutMs);
  const _voterId = o.voterId;
  if (_voterId == null) throw missingField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.VoterId');
  w.int32(_voterId);
  const _voterDirectoryId = o.voterDirectoryId;
  if (_voterDirectoryId == null) throw missingField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.VoterDirectoryId');
  w.uuid(_voterDirectoryId);
  const _listeners = o.listeners;
  if (_listeners == null) throw missingField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.Listeners');
  w.compactArrayLength(_listeners.length);
  for (let i = 0; i < _listeners.length; i++) encodeAddRaftVoterRequestListener(w, _listeners[i], v);
  if (v >= 1) {
    const _ackWhenCommitted = o.ackWhenCommitted === undefined ? true : o.ackWhenCommitted;
    if (_ackWhenCommitted == null) throw missingField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.AckWhenCommitted');
    w.bool(_ackWhenCommitted);
  }
  if (v < 1) {
    const x = o.ackWhenCommitted;
    if (x !== undefined && !(x === true)) throw unsupportedField('AddRaftVoterRequest', v, 'AddRaftVoterRequest.AckWhenCommitted');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  const _clusterId = r.compactNullableString();
  const _timeoutMs = r.int32();
  const _voterId = r.int32();
  const _voterDirectoryId = r.uuid();
  let _listeners: AddRaftVoterRequestListener[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('AddRaftVoterRequest', v, 'AddRaftVoterRequest.Listeners');
    } else {
      const a: AddRaftVoterRequestListener[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddRaftVoterRequestListener(r, v));
      _listeners = a;
    }
  }
  const _ackWhenCommitted: boolean = (v >= 1 ? r.bool() : true);
  const unknownTags = r.taggedFields();
  const o: AddRaftVoterRequest = {
    clusterId: _clusterId,
    timeoutMs: _timeoutMs,
    voterId: _voterId,
    voterDirectoryId: _voterDirectoryId,
    listeners: _listeners,
    ackWhenCommitted: _ackWhenCommitted,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddRaftVoterRequestListener(w: Writer, o: AddRaftVoterRequestListener, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AddRaftVoterRequest', v, 'Listener.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('AddRaftVoterRequest', v, 'Listener.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('AddRaftVoterRequest', v, 'Listener.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAddRaftVoterRequestListener(r: Reader, v: number): AddRaftVoterRequestListener {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: AddRaftVoterRequestListener = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddRaftVoterResponse(w: Writer, o: AddRaftVoterResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AddRaftVoterResponse', v, 'AddRaftVoterResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AddRaftVoterResponse', v, 'AddRaftVoterResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: AddRaftVoterResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The AddRaftVoter API (key 80): versions 0-1, flexible from 0. Served by: controller, broker.
 */
export const AddRaftVoterApi: ApiCodec<AddRaftVoterRequest, AddRaftVoterResponse> = {
  apiKey: 80,
  name: 'AddRaftVoter',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AddRaftVoterRequest, v: number): void {
    checkVersion('AddRaftVoter', v, 0, 1);
    try {
      encodeAddRaftVoterRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddRaftVoterRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AddRaftVoterRequest {
    checkVersion('AddRaftVoter', v, 0, 1);
    try {
      return decodeAddRaftVoterRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddRaftVoterRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AddRaftVoterResponse, v: number): void {
    checkVersion('AddRaftVoter', v, 0, 1);
    try {
      encodeAddRaftVoterResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddRaftVoterResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AddRaftVoterResponse {
    checkVersion('AddRaftVoter', v, 0, 1);
    try {
      return decodeAddRaftVoterResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddRaftVoterResponse v${v}`, e);
    }
  },
};
