// Generated from LeaveGroupRequest.json, LeaveGroupResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A LeaveGroup request (API key 13): versions 0-5, flexible from 4. */
export interface LeaveGroupRequest {
  /**
   * The ID of the group to leave.
   *
   * Versions 0-5.
   */
  groupId: string;
  /**
   * The member ID to remove from the group.
   *
   * Versions 0-2.
   */
  memberId?: string;
  /**
   * List of leaving member identities.
   *
   * Versions 3-5.
   */
  members?: LeaveGroupRequestMemberIdentity[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** List of leaving member identities. */
export interface LeaveGroupRequestMemberIdentity {
  /**
   * The member ID to remove from the group.
   *
   * Versions 3-5.
   */
  memberId: string;
  /**
   * The group instance ID to remove from the group.
   *
   * Versions 3-5; nullable 3-5; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * The reason why the member left the group.
   *
   * Versions 5; nullable 5; default "null"; ignorable.
   */
  reason?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A LeaveGroup response (API key 13): versions 0-5, flexible from 4. */
export interface LeaveGroupResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-5; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-5.
   */
  errorCode: number;
  /**
   * List of leaving member responses.
   *
   * Versions 3-5.
   */
  members?: LeaveGroupResponseMemberResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** List of leaving member responses. */
export interface LeaveGroupResponseMemberResponse {
  /**
   * The member ID to remove from the group.
   *
   * Versions 3-5.
   */
  memberId: string;
  /**
   * The group instance ID to remove from the group.
   *
   * Versions 3-5; nullable 3-5.
   */
  groupInstanceId: string | null;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 3-5.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeLeaveGroupRequest(w: Writer, o: LeaveGroupRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('LeaveGroupRequest', v, 'LeaveGroupRequest.GroupId');
  if (v >= 4) w.compactString(_groupId);
  else w.string(_groupId);
  if (v <= 2) {
    const _memberId = o.memberId === undefined ? '' : o.memberId;
    if (_memberId == null) throw missingField('LeaveGroupRequest', v, 'LeaveGroupRequest.MemberId');
    w.string(_memberId);
  }
  if (v > 2) {
    const x = o.memberId;
    if (x !== undefined && !(x === '')) throw unsupportedField('LeaveGroupRequest', v, 'LeaveGroupRequest.MemberId');
  }
  if (v >= 3) {
    const _members = o.members === undefined ? [] : o.members;
    if (_members == null) throw missingField('LeaveGroupRequest', v, 'LeaveGroupRequest.Members');
    if (v >= 4) w.compactArrayLength(_members.length);
    else w.arrayLength(_members.length);
    for (let i = 0; i < _members.length; i++) encodeLeaveGroupRequestMemberIdentity(w, _members[i], v);
  }
  if (v < 3) {
    const x = o.members;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('LeaveGroupRequest', v, 'LeaveGroupRequest.Members');
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const _groupId = (v >= 4 ? r.compactString() : r.string());
  const _memberId: string = (v <= 2 ? r.string() : '');
  let _members: LeaveGroupRequestMemberIdentity[] = [];
  if (v >= 3) {
    const n = (v >= 4 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('LeaveGroupRequest', v, 'LeaveGroupRequest.Members');
    } else {
      const a: LeaveGroupRequestMemberIdentity[] = [];
      for (let i = 0; i < n; i++) a.push(decodeLeaveGroupRequestMemberIdentity(r, v));
      _members = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: LeaveGroupRequest = {
    groupId: _groupId,
    memberId: _memberId,
    members: _members,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeLeaveGroupRequestMemberIdentity(w: Writer, o: LeaveGroupRequestMemberIdentity, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('LeaveGroupRequest', v, 'MemberIdentity.MemberId');
  if (v >= 4) w.compactString(_memberId);
  else w.string(_memberId);
  const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
  if (v >= 4) w.compactNullableString(_groupInstanceId);
  else w.nullableString(_groupInstanceId);
  if (v >= 5) {
    const _reason = o.reason === undefined ? null : o.reason;
    w.compactNullableString(_reason);
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeLeaveGroupRequestMemberIdentity(r: Reader, v: number): LeaveGroupRequestMemberIdentity {
  const _memberId = (v >= 4 ? r.compactString() : r.string());
  const _groupInstanceId = (v >= 4 ? r.compactNullableString() : r.nullableString());
  const _reason: string | null = (v >= 5 ? r.compactNullableString() : null);
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: LeaveGroupRequestMemberIdentity = {
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    reason: _reason,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeLeaveGroupResponse(w: Writer, o: LeaveGroupResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('LeaveGroupResponse', v, 'LeaveGroupResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('LeaveGroupResponse', v, 'LeaveGroupResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 3) {
    const _members = o.members === undefined ? [] : o.members;
    if (_members == null) throw missingField('LeaveGroupResponse', v, 'LeaveGroupResponse.Members');
    if (v >= 4) w.compactArrayLength(_members.length);
    else w.arrayLength(_members.length);
    for (let i = 0; i < _members.length; i++) encodeLeaveGroupResponseMemberResponse(w, _members[i], v);
  }
  if (v < 3) {
    const x = o.members;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('LeaveGroupResponse', v, 'LeaveGroupResponse.Members');
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  const _errorCode = r.int16();
  let _members: LeaveGroupResponseMemberResponse[] = [];
  if (v >= 3) {
    const n = (v >= 4 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('LeaveGroupResponse', v, 'LeaveGroupResponse.Members');
    } else {
      const a: LeaveGroupResponseMemberResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeLeaveGroupResponseMemberResponse(r, v));
      _members = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: LeaveGroupResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    members: _members,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeLeaveGroupResponseMemberResponse(w: Writer, o: LeaveGroupResponseMemberResponse, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('LeaveGroupResponse', v, 'MemberResponse.MemberId');
  if (v >= 4) w.compactString(_memberId);
  else w.string(_memberId);
  const _groupInstanceId = o.groupInstanceId;
  if (v >= 4) w.compactNullableString(_groupInstanceId);
  else w.nullableString(_groupInstanceId);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('LeaveGroupResponse', v, 'MemberResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeLeaveGroupResponseMemberResponse(r: Reader, v: number): LeaveGroupResponseMemberResponse {
  const _memberId = (v >= 4 ? r.compactString() : r.string());
  const _groupInstanceId = (v >= 4 ? r.compactNullableString() : r.nullableString());
  const _errorCode = r.int16();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: LeaveGroupResponseMemberResponse = {
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The LeaveGroup API (key 13): versions 0-5, flexible from 4. Served by: broker. */
export const LeaveGroupApi: ApiCodec<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: 13,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: LeaveGroupRequest, v: number): void {
    checkVersion('LeaveGroup', v, 0, 5);
    try {
      encodeLeaveGroupRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode LeaveGroupRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): LeaveGroupRequest {
    checkVersion('LeaveGroup', v, 0, 5);
    try {
      return decodeLeaveGroupRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode LeaveGroupRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: LeaveGroupResponse, v: number): void {
    checkVersion('LeaveGroup', v, 0, 5);
    try {
      encodeLeaveGroupResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode LeaveGroupResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): LeaveGroupResponse {
    checkVersion('LeaveGroup', v, 0, 5);
    try {
      return decodeLeaveGroupResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode LeaveGroupResponse v${v}`, e);
    }
  },
};
