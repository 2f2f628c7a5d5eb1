// Generated from SyncGroupRequest.json, SyncGroupResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A SyncGroup request (API key 14): versions 0-5, flexible from 4. */
export interface SyncGroupRequest {
  /**
   * The unique group identifier.
   *
   * Versions 0-5.
   */
  groupId: string;
  /**
   * The generation of the group.
   *
   * Versions 0-5.
   */
  generationId: number;
  /**
   * The member ID assigned by the group.
   *
   * Versions 0-5.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 3-5; nullable 3-5; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * The group protocol type.
   *
   * Versions 5; nullable 5; default "null"; ignorable.
   */
  protocolType?: string | null;
  /**
   * The group protocol name.
   *
   * Versions 5; nullable 5; default "null"; ignorable.
   */
  protocolName?: string | null;
  /**
   * Each assignment.
   *
   * Versions 0-5.
   */
  assignments: SyncGroupRequestAssignment[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each assignment. */
export interface SyncGroupRequestAssignment {
  /**
   * The ID of the member to assign.
   *
   * Versions 0-5.
   */
  memberId: string;
  /**
   * The member assignment.
   *
   * Versions 0-5.
   */
  assignment: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A SyncGroup response (API key 14): versions 0-5, flexible from 4. */
export interface SyncGroupResponse {
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
   * The group protocol type.
   *
   * Versions 5; nullable 5; default "null"; ignorable.
   */
  protocolType?: string | null;
  /**
   * The group protocol name.
   *
   * Versions 5; nullable 5; default "null"; ignorable.
   */
  protocolName?: string | null;
  /**
   * The member assignment.
   *
   * Versions 0-5.
   */
  assignment: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeSyncGroupRequest(w: Writer, o: SyncGroupRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequest.GroupId');
  if (v >= 4) w.compactString(_groupId);
  else w.string(_groupId);
  const _generationId = o.generationId;
  if (_generationId == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequest.GenerationId');
  w.int32(_generationId);
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequest.MemberId');
  if (v >= 4) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 3) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 4) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  if (v < 3) {
    const x = o.groupInstanceId;
    if (x !== undefined && !(x === null)) throw unsupportedField('SyncGroupRequest', v, 'SyncGroupRequest.GroupInstanceId');
  }
  if (v >= 5) {
    const _protocolType = o.protocolType === undefined ? null : o.protocolType;
    w.compactNullableString(_protocolType);
  }
  if (v >= 5) {
    const _protocolName = o.protocolName === undefined ? null : o.protocolName;
    w.compactNullableString(_protocolName);
  }
  const _assignments = o.assignments;
  if (_assignments == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequest.Assignments');
  if (v >= 4) w.compactArrayLength(_assignments.length);
  else w.arrayLength(_assignments.length);
  for (let i = 0; i < _assignments.length; i++) encodeSyncGroupRequestAssignment(w, _assignments[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const _groupId = (v >= 4 ? r.compactString() : r.string());
  const _generationId = r.int32();
  const _memberId = (v >= 4 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 3 ? (v >= 4 ? r.compactNullableString() : r.nullableString()) : null);
  const _protocolType: string | null = (v >= 5 ? r.compactNullableString() : null);
  const _protocolName: string | null = (v >= 5 ? r.compactNullableString() : null);
  let _assignments: SyncGroupRequestAssignment[];
  {
    const n = (v >= 4 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('SyncGroupRequest', v, 'SyncGroupRequest.Assignments');
    } else {
      const a: SyncGroupRequestAssignment[] = [];
      for (let i = 0; i < n; i++) a.push(decodeSyncGroupRequestAssignment(r, v));
      _assignments = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: SyncGroupRequest = {
    groupId: _groupId,
    generationId: _generationId,
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    protocolType: _protocolType,
    protocolName: _protocolName,
    assignments: _assignments,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeSyncGroupRequestAssignment(w: Writer, o: SyncGroupRequestAssignment, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequestAssignment.MemberId');
  if (v >= 4) w.compactString(_memberId);
  else w.string(_memberId);
  const _assignment = o.assignment;
  if (_assignment == null) throw missingField('SyncGroupRequest', v, 'SyncGroupRequestAssignment.Assignment');
  if (v >= 4) w.compactBytes(_assignment);
  else w.bytes(_assignment);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const _memberId = (v >= 4 ? r.compactString() : r.string());
  const _assignment = (v >= 4 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: SyncGroupRequestAssignment = {
    memberId: _memberId,
    assignment: _assignment,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeSyncGroupResponse(w: Writer, o: SyncGroupResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('SyncGroupResponse', v, 'SyncGroupResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('SyncGroupResponse', v, 'SyncGroupResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 5) {
    const _protocolType = o.protocolType === undefined ? null : o.protocolType;
    w.compactNullableString(_protocolType);
  }
  if (v >= 5) {
    const _protocolName = o.protocolName === undefined ? null : o.protocolName;
    w.compactNullableString(_protocolName);
  }
  const _assignment = o.assignment;
  if (_assignment == null) throw missingField('SyncGroupResponse', v, 'SyncGroupResponse.Assignment');
  if (v >= 4) w.compactBytes(_assignment);
  else w.bytes(_assignment);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  const _errorCode = r.int16();
  const _protocolType: string | null = (v >= 5 ? r.compactNullableString() : null);
  const _protocolName: string | null = (v >= 5 ? r.compactNullableString() : null);
  const _assignment = (v >= 4 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: SyncGroupResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    protocolType: _protocolType,
    protocolName: _protocolName,
    assignment: _assignment,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The SyncGroup API (key 14): versions 0-5, flexible from 4. Served by: broker. */
export const SyncGroupApi: ApiCodec<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: 14,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: SyncGroupRequest, v: number): void {
    checkVersion('SyncGroup', v, 0, 5);
    try {
      encodeSyncGroupRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SyncGroupRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): SyncGroupRequest {
    checkVersion('SyncGroup', v, 0, 5);
    try {
      return decodeSyncGroupRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SyncGroupRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: SyncGroupResponse, v: number): void {
    checkVersion('SyncGroup', v, 0, 5);
    try {
      encodeSyncGroupResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode SyncGroupResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): SyncGroupResponse {
    checkVersion('SyncGroup', v, 0, 5);
    try {
      return decodeSyncGroupResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode SyncGroupResponse v${v}`, e);
    }
  },
};
