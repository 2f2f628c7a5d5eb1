// Generated from JoinGroupRequest.json, JoinGroupResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A JoinGroup request (API key 11): versions 0-9, flexible from 6. */
export interface JoinGroupRequest {
  /**
   * The group identifier.
   *
   * Versions 0-9.
   */
  groupId: string;
  /**
   * The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
   *
   * Versions 0-9.
   */
  sessionTimeoutMs: number;
  /**
   * The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
   *
   * Versions 1-9; default "-1"; ignorable.
   */
  rebalanceTimeoutMs?: number;
  /**
   * The member id assigned by the group coordinator.
   *
   * Versions 0-9.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 5-9; nullable 5-9; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * The unique name the for class of protocols implemented by the group we want to join.
   *
   * Versions 0-9.
   */
  protocolType: string;
  /**
   * The list of protocols that the member supports.
   *
   * Versions 0-9.
   */
  protocols: JoinGroupRequestProtocol[];
  /**
   * The reason why the member (re-)joins the group.
   *
   * Versions 8-9; nullable 8-9; default "null"; ignorable.
   */
  reason?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The list of protocols that the member supports. */
export interface JoinGroupRequestProtocol {
  /**
   * The protocol name.
   *
   * Versions 0-9.
   */
  name: string;
  /**
   * The protocol metadata.
   *
   * Versions 0-9.
   */
  metadata: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A JoinGroup response (API key 11): versions 0-9, flexible from 6. */
export interface JoinGroupResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 2-9; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-9.
   */
  errorCode: number;
  /**
   * The generation ID of the group.
   *
   * Versions 0-9; default "-1".
   */
  generationId?: number;
  /**
   * The group protocol name.
   *
   * Versions 7-9; nullable 7-9; default "null"; ignorable.
   */
  protocolType?: string | null;
  /**
   * The group protocol selected by the coordinator.
   *
   * Versions 0-9; nullable 7-9.
   */
  protocolName: string | null;
  /**
   * The leader of the group.
   *
   * Versions 0-9.
   */
  leader: string;
  /**
   * True if the leader must skip running the assignment.
   *
   * Versions 9; default "false".
   */
  skipAssignment?: boolean;
  /**
   * The member ID assigned by the group coordinator.
   *
   * Versions 0-9.
   */
  memberId: string;
  /**
   * The group members.
   *
   * Versions 0-9.
   */
  members: JoinGroupResponseMember[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The group members. */
export interface JoinGroupResponseMember {
  /**
   * The group member ID.
   *
   * Versions 0-9.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 5-9; nullable 5-9; default "null"; ignorable.
   */
  groupInstanceId?: string | null;
  /**
   * The group member metadata.
   *
   * Versions 0-9.
   */
  metadata: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeJoinGroupRequest(w: Writer, o: JoinGroupRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.GroupId');
  if (v >= 6) w.compactString(_groupId);
  else w.string(_groupId);
  const _sessionTimeoutMs = o.sessionTimeoutMs;
  if (_sessionTimeoutMs == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.SessionTimeoutMs');
  w.int32(_sessionTimeoutMs);
  if (v >= 1) {
    const _rebalanceTimeoutMs = o.rebalanceTimeoutMs === undefined ? -1 : o.rebalanceTimeoutMs;
    if (_rebalanceTimeoutMs == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.RebalanceTimeoutMs');
    w.int32(_rebalanceTimeoutMs);
  }
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.MemberId');
  if (v >= 6) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 5) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 6) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  if (v < 5) {
    const x = o.groupInstanceId;
    if (x !== undefined && !(x === null)) throw unsupportedField('JoinGroupRequest', v, 'JoinGroupRequest.GroupInstanceId');
  }
  const _protocolType = o.protocolType;
  if (_protocolType == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.ProtocolType');
  if (v >= 6) w.compactString(_protocolType);
  else w.string(_protocolType);
  const _protocols = o.protocols;
  if (_protocols == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequest.Protocols');
  if (v >= 6) w.compactArrayLength(_protocols.length);
  else w.arrayLength(_protocols.length);
  for (let i = 0; i < _protocols.length; i++) encodeJoinGroupRequestProtocol(w, _protocols[i], v);
  if (v >= 8) {
    const _reason = o.reason === undefined ? null : o.reason;
    w.compactNullableString(_reason);
  }
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const _groupId = (v >= 6 ? r.compactString() : r.string());
  const _sessionTimeoutMs = r.int32();
  const _rebalanceTimeoutMs: number = (v >= 1 ? r.int32() : -1);
  const _memberId = (v >= 6 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 5 ? (v >= 6 ? r.compactNullableString() : r.nullableString()) : null);
  const _protocolType = (v >= 6 ? r.compactString() : r.string());
  let _protocols: JoinGroupRequestProtocol[];
  {
    const n = (v >= 6 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('JoinGroupRequest', v, 'JoinGroupRequest.Protocols');
    } else {
      const a: JoinGroupRequestProtocol[] = [];
      for (let i = 0; i < n; i++) a.push(decodeJoinGroupRequestProtocol(r, v));
      _protocols = a;
    }
  }
  const _reason: string | null = (v >= 8 ? r.compactNullableString() : null);
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: JoinGroupRequest = {
    groupId: _groupId,
    sessionTimeoutMs: _sessionTimeoutMs,
    rebalanceTimeoutMs: _rebalanceTimeoutMs,
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    protocolType: _protocolType,
    protocols: _protocols,
    reason: _reason,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeJoinGroupRequestProtocol(w: Writer, o: JoinGroupRequestProtocol, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequestProtocol.Name');
  if (v >= 6) w.compactString(_name);
  else w.string(_name);
  const _metadata = o.metadata;
  if (_metadata == null) throw missingField('JoinGroupRequest', v, 'JoinGroupRequestProtocol.Metadata');
  if (v >= 6) w.compactBytes(_metadata);
  else w.bytes(_metadata);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const _name = (v >= 6 ? r.compactString() : r.string());
  const _metadata = (v >= 6 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: JoinGroupRequestProtocol = {
    name: _name,
    metadata: _metadata,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeJoinGroupResponse(w: Writer, o: JoinGroupResponse, v: number): void {
  if (v >= 2) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.ErrorCode');
  w.int16(_errorCode);
  const _generationId = o.generationId === undefined ? -1 : o.generationId;
  if (_generationId == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.GenerationId');
  w.int32(_generationId);
  if (v >= 7) {
    const _protocolType = o.protocolType === undefined ? null : o.protocolType;
    w.compactNullableString(_protocolType);
  }
  const _protocolName = o.protocolName;
  if (_protocolName == null && v < 7) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.ProtocolName');
  if (v >= 6) w.compactNullableString(_protocolName);
  else w.nullableString(_protocolName);
  const _leader = o.leader;
  if (_leader == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.Leader');
  if (v >= 6) w.compactString(_leader);
  else w.string(_leader);
  if (v >= 9) {
    const _skipAssignment = o.skipAssignment === undefined ? false : o.skipAssignment;
    if (_skipAssignment == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.SkipAssignment');
    w.bool(_skipAssignment);
  }
  if (v < 9) {
    const x = o.skipAssignment;
    if (x !== undefined && !(x === false)) throw unsupportedField('JoinGroupResponse', v, 'JoinGroupResponse.SkipAssignment');
  }
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.MemberId');
  if (v >= 6) w.compactString(_memberId);
  else w.string(_memberId);
  const _members = o.members;
  if (_members == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponse.Members');
  if (v >= 6) w.compactArrayLength(_members.length);
  else w.arrayLength(_members.length);
  for (let i = 0; i < _members.length; i++) encodeJoinGroupResponseMember(w, _members[i], v);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const _throttleTimeMs: number = (v >= 2 ? r.int32() : 0);
  const _errorCode = r.int16();
  const _generationId = r.int32();
  const _protocolType: string | null = (v >= 7 ? r.compactNullableString() : null);
  const _protocolName = (v >= 6 ? (v >= 7 ? r.compactNullableString() : r.compactString()) : (v >= 7 ? r.nullableString() : r.string()));
  const _leader = (v >= 6 ? r.compactString() : r.string());
  const _skipAssignment: boolean = (v >= 9 ? r.bool() : false);
  const _memberId = (v >= 6 ? r.compactString() : r.string());
  let _members: JoinGroupResponseMember[];
  {
    const n = (v >= 6 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('JoinGroupResponse', v, 'JoinGroupResponse.Members');
    } else {
      const a: JoinGroupResponseMember[] = [];
      for (let i = 0; i < n; i++) a.push(decodeJoinGroupResponseMember(r, v));
      _members = a;
    }
  }
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: JoinGroupResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    generationId: _generationId,
    protocolType: _protocolType,
    protocolName: _protocolName,
    leader: _leader,
    skipAssignment: _skipAssignment,
    memberId: _memberId,
    members: _members,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeJoinGroupResponseMember(w: Writer, o: JoinGroupResponseMember, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponseMember.MemberId');
  if (v >= 6) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 5) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 6) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  const _metadata = o.metadata;
  if (_metadata == null) throw missingField('JoinGroupResponse', v, 'JoinGroupResponseMember.Metadata');
  if (v >= 6) w.compactBytes(_metadata);
  else w.bytes(_metadata);
  if (v >= 6) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const _memberId = (v >= 6 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 5 ? (v >= 6 ? r.compactNullableString() : r.nullableString()) : null);
  const _metadata = (v >= 6 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 6 ? r.taggedFields() : undefined);
  const o: JoinGroupResponseMember = {
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    metadata: _metadata,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The JoinGroup API (key 11): versions 0-9, flexible from 6. Served by: broker. */
export const JoinGroupApi: ApiCodec<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: 11,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 6 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 6 ? 1 : 0),
  encodeRequest(w: Writer, body: JoinGroupRequest, v: number): void {
    checkVersion('JoinGroup', v, 0, 9);
    try {
      encodeJoinGroupRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode JoinGroupRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): JoinGroupRequest {
    checkVersion('JoinGroup', v, 0, 9);
    try {
      return decodeJoinGroupRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode JoinGroupRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: JoinGroupResponse, v: number): void {
    checkVersion('JoinGroup', v, 0, 9);
    try {
      encodeJoinGroupResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode JoinGroupResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): JoinGroupResponse {
    checkVersion('JoinGroup', v, 0, 9);
    try {
      return decodeJoinGroupResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode JoinGroupResponse v${v}`, e);
    }
  },
};
