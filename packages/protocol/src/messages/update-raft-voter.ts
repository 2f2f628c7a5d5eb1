// Generated from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A UpdateRaftVoter request (API key 82): versions 0, flexible from 0. */
export interface UpdateRaftVoterRequest {
  /**
   * The cluster id.
   *
   * Versions 0; nullable 0.
   */
  clusterId: string | null;
  /**
   * The current leader epoch of the partition, -1 for unknown leader epoch.
   *
   * Versions 0.
   */
  currentLeaderEpoch: number;
  /**
   * The replica id of the voter getting updated in the topic partition.
   *
   * Versions 0.
   */
  voterId: number;
  /**
   * The directory id of the voter getting updated in the topic partition.
   *
   * Versions 0.
   */
  voterDirectoryId: Uuid;
  /**
   * The endpoint that can be used to communicate with the leader.
   *
   * Versions 0.
   */
  listeners: UpdateRaftVoterRequestListener[];
  /**
   * The range of versions of the protocol that the replica supports.
   *
   * Versions 0.
   */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The endpoint that can be used to communicate with the leader. */
export interface UpdateRaftVoterRequestListener {
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
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The range of versions of the protocol that the replica supports. */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /**
   * The minimum supported KRaft protocol version.
   *
   * Versions 0.
   */
  minSupportedVersion: number;
  /**
   * The maximum supported KRaft protocol version.
   *
   * Versions 0.
   */
  maxSupportedVersion: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A UpdateRaftVoter response (API key 82): versions 0, flexible from 0. */
export interface UpdateRaftVoterResponse {
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
   * Details of the current Raft cluster leader.
   *
   * Versions 0; tagged (tag 0) 0.
   */
  currentLeader?: UpdateRaftVoterResponseCurrentLeader;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Details of the current Raft cluster leader. */
export interface UpdateRaftVoterResponseCurrentLeader {
  /**
   * The replica id of the current leader or -1 if the leader is unknown.
   *
   * Versions 0; default "-1".
   */
  leaderId?: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 0; default "-1".
   */
  leaderEpoch?: number;
  /**
   * The node's hostname.
   *
   * Versions 0.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 0.
   */
  port: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeUpdateRaftVoterRequest(w: Writer, o: UpdateRaftVoterRequest, v: number): void {
  const _clusterId = o.clusterId;
  w.compactNullableString(_clusterId);
  const _currentLeaderEpoch = o.currentLeaderEpoch;
  if (_currentLeaderEpoch == null) throw missingField('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.CurrentLeaderEpoch');
  w.int32(_currentLeaderEpoch);
  const _voterId = o.voterId;
  if (_voterId == null) throw missingField('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.VoterId');
  w.int32(_voterId);
  const _voterDirectoryId = o.voterDirectoryId;
  if (_voterDirectoryId == null) throw missingField('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.VoterDirectoryId');
  w.uuid(_voterDirectoryId);
  const _listeners = o.listeners;
  if (_listeners == null) throw missingField('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.Listeners');
  w.compactArrayLength(_listeners.length);
  for (let i = 0; i < _listeners.length; i++) encodeUpdateRaftVoterRequestListener(w, _listeners[i], v);
  const _kRaftVersionFeature = o.kRaftVersionFeature;
  if (_kRaftVersionFeature == null) throw missingField('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.KRaftVersionFeature');
  encodeUpdateRaftVoterRequestKRaftVersionFeature(w, _kRaftVersionFeature, v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  const _clusterId = r.compactNullableString();
  const _currentLeaderEpoch = r.int32();
  const _voterId = r.int32();
  const _voterDirectoryId = r.uuid();
  let _listeners: UpdateRaftVoterRequestListener[];
  {
    const n = r.compactArrayLength(5);
    if (n < 0) {
      throw nullOnWire('UpdateRaftVoterRequest', v, 'UpdateRaftVoterRequest.Listeners');
    } else {
      const a: UpdateRaftVoterRequestListener[] = [];
      for (let i = 0; i < n; i++) a.push(decodeUpdateRaftVoterRequestListener(r, v));
      _listeners = a;
    }
  }
  const _kRaftVersionFeature = decodeUpdateRaftVoterRequestKRaftVersionFeature(r, v);
  const unknownTags = r.taggedFields();
  const o: UpdateRaftVoterRequest = {
    clusterId: _clusterId,
    currentLeaderEpoch: _currentLeaderEpoch,
    voterId: _voterId,
    voterDirectoryId: _voterDirectoryId,
    listeners: _listeners,
    kRaftVersionFeature: _kRaftVersionFeature,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateRaftVoterRequestListener(w: Writer, o: UpdateRaftVoterRequestListener, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('UpdateRaftVoterRequest', v, 'Listener.Name');
  w.compactString(_name);
  const _host = o.host;
  if (_host == null) throw missingField('UpdateRaftVoterRequest', v, 'Listener.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('UpdateRaftVoterRequest', v, 'Listener.Port');
  w.uint16(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateRaftVoterRequestListener(r: Reader, v: number): UpdateRaftVoterRequestListener {
  const _name = r.compactString();
  const _host = r.compactString();
  const _port = r.uint16();
  const unknownTags = r.taggedFields();
  const o: UpdateRaftVoterRequestListener = {
    name: _name,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, o: UpdateRaftVoterRequestKRaftVersionFeature, v: number): void {
  const _minSupportedVersion = o.minSupportedVersion;
  if (_minSupportedVersion == null) throw missingField('UpdateRaftVoterRequest', v, 'KRaftVersionFeature.MinSupportedVersion');
  w.int16(_minSupportedVersion);
  const _maxSupportedVersion = o.maxSupportedVersion;
  if (_maxSupportedVersion == null) throw missingField('UpdateRaftVoterRequest', v, 'KRaftVersionFeature.MaxSupportedVersion');
  w.int16(_maxSupportedVersion);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, v: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const _minSupportedVersion = r.int16();
  const _maxSupportedVersion = r.int16();
  const unknownTags = r.taggedFields();
  const o: UpdateRaftVoterRequestKRaftVersionFeature = {
    minSupportedVersion: _minSupportedVersion,
    maxSupportedVersion: _maxSupportedVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultUpdateRaftVoterRequestKRaftVersionFeature(o: UpdateRaftVoterRequestKRaftVersionFeature): boolean {
  return (
    (o.minSupportedVersion === undefined || o.minSupportedVersion === 0) &&
    (o.maxSupportedVersion === undefined || o.maxSupportedVersion === 0) &&
    !o._unknownTaggedFields?.length
  );
}

function encodeUpdateRaftVoterResponse(w: Writer, o: UpdateRaftVoterResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('UpdateRaftVoterResponse', v, 'UpdateRaftVoterResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('UpdateRaftVoterResponse', v, 'UpdateRaftVoterResponse.ErrorCode');
  w.int16(_errorCode);
  let tags: TaggedField[] | undefined;
  {
    const _currentLeader = o.currentLeader;
    if (_currentLeader === null) throw missingField('UpdateRaftVoterResponse', v, 'UpdateRaftVoterResponse.CurrentLeader');
    if (_currentLeader !== undefined && !(isDefaultUpdateRaftVoterResponseCurrentLeader(_currentLeader))) {
      const tw = new Writer(64);
      encodeUpdateRaftVoterResponseCurrentLeader(tw, _currentLeader, v);
      (tags ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(tags, o._unknownTaggedFields);
}

function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _currentLeader: UpdateRaftVoterResponseCurrentLeader = defaultUpdateRaftVoterResponseCurrentLeader();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = r.taggedFields((tag, tr) => {
    switch (tag) {
      case 0: {
        _currentLeader = decodeUpdateRaftVoterResponseCurrentLeader(tr, v);
        return true;
      }
    }
    return false;
  });
  const o: UpdateRaftVoterResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    currentLeader: _currentLeader,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeUpdateRaftVoterResponseCurrentLeader(w: Writer, o: UpdateRaftVoterResponseCurrentLeader, v: number): void {
  const _leaderId = o.leaderId === undefined ? -1 : o.leaderId;
  if (_leaderId == null) throw missingField('UpdateRaftVoterResponse', v, 'CurrentLeader.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('UpdateRaftVoterResponse', v, 'CurrentLeader.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _host = o.host;
  if (_host == null) throw missingField('UpdateRaftVoterResponse', v, 'CurrentLeader.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('UpdateRaftVoterResponse', v, 'CurrentLeader.Port');
  w.int32(_port);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeUpdateRaftVoterResponseCurrentLeader(r: Reader, v: number): UpdateRaftVoterResponseCurrentLeader {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const unknownTags = r.taggedFields();
  const o: UpdateRaftVoterResponseCurrentLeader = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    host: _host,
    port: _port,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: '',
    port: 0,
  };
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(o: UpdateRaftVoterResponseCurrentLeader): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === -1) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === -1) &&
    (o.host === undefined || o.host === '') &&
    (o.port === undefined || o.port === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The UpdateRaftVoter API (key 82): versions 0, flexible from 0. Served by: controller. */
export const UpdateRaftVoterApi: ApiCodec<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: UpdateRaftVoterRequest, v: number): void {
    checkVersion('UpdateRaftVoter', v, 0, 0);
    try {
      encodeUpdateRaftVoterRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateRaftVoterRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): UpdateRaftVoterRequest {
    checkVersion('UpdateRaftVoter', v, 0, 0);
    try {
      return decodeUpdateRaftVoterRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateRaftVoterRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: UpdateRaftVoterResponse, v: number): void {
    checkVersion('UpdateRaftVoter', v, 0, 0);
    try {
      encodeUpdateRaftVoterResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateRaftVoterResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): UpdateRaftVoterResponse {
    checkVersion('UpdateRaftVoter', v, 0, 0);
    try {
      return decodeUpdateRaftVoterResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateRaftVoterResponse v${v}`, e);
    }
  },
};
