// Generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DescribeGroups request (API key 15): versions 0-6, flexible from 5. */
export interface DescribeGroupsRequest {
  /**
   * The names of the groups to describe.
   *
   * Versions 0-6.
   */
  groups: string[];
  /**
   * Whether to include authorized operations.
   *
   * Versions 3-6.
   */
  includeAuthorizedOperations?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeGroups response (API key 15): versions 0-6, flexible from 5. */
export interface DescribeGroupsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-6; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * Each described group.
   *
   * Versions 0-6.
   */
  groups: DescribeGroupsResponseDescribedGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each described group. */
export interface DescribeGroupsResponseDescribedGroup {
  /**
   * The describe error, or 0 if there was no error.
   *
   * Versions 0-6.
   */
  errorCode: number;
  /**
   * The describe error message, or null if there was no error.
   *
   * Versions 6; nullable 6; default "null".
   */
  errorMessage?: string | null;
  /**
   * The group ID string.
   *
   * Versions 0-6.
   */
  groupId: string;
  /**
   * The group state string, or the empty string.
   *
   * Versions 0-6.
   */
  groupState: string;
  /**
   * The group protocol type, or the empty string.
   *
   * Versions 0-6.
   */
  protocolType: string;
  /**
   * The group protocol data, or the empty string.
   *
   * Versions 0-6.
   */
  protocolData: string;
  /**
   * The group members.
   *
   * Versions 0-6.
   */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /**
   * 32-bit bitfield to represent authorized operations for this group.
   *
   * Versions 3-6; default "-2147483648".
   */
  authorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The group members. */
export interface DescribeGroupsResponseDescribedGroupMember {
  /**
   * The member id.
   *
   * Versions 0-6.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 4-6; nullable 4-6; default "null"; ignorable.
   */
  groupInstanceId?: string | null;
  /**
   * The client ID used in the member's latest join group request.
   *
   * Versions 0-6.
   */
  clientId: string;
  /**
   * The client host.
   *
   * Versions 0-6.
   */
  clientHost: string;
  /**
   * The metadata corresponding to the current group protocol in use.
   *
   * Versions 0-6.
   */
  memberMetadata: Buffer;
  /**
   * The current assignment provided by the group leader.
   *
   * Versions 0-6.
   */
  memberAssignment: Buffer;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeGroupsRequest(w: Writer, o: DescribeGroupsRequest, v: number): void {
  const _groups = o.groups;
  if (_groups == null) throw missingField('DescribeGroupsRequest', v, 'DescribeGroupsRequest.Groups');
  if (v >= 5) w.compactArrayLength(_groups.length);
  else w.arrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) {
    if (v >= 5) w.compactString(_groups[i]);
    else w.string(_groups[i]);
  }
  if (v >= 3) {
    const _includeAuthorizedOperations = o.includeAuthorizedOperations === undefined ? false : o.includeAuthorizedOperations;
    if (_includeAuthorizedOperations == null) throw missingField('DescribeGroupsRequest', v, 'DescribeGroupsRequest.IncludeAuthorizedOperations');
    w.bool(_includeAuthorizedOperations);
  }
  if (v < 3) {
    const x = o.includeAuthorizedOperations;
    if (x !== undefined && !(x === false)) throw unsupportedField('DescribeGroupsRequest', v, 'DescribeGroupsRequest.IncludeAuthorizedOperations');
  }
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  let _groups: string[];
  {
    const n = (v >= 5 ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n < 0) {
      throw nullOnWire('DescribeGroupsRequest', v, 'DescribeGroupsRequest.Groups');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((v >= 5 ? r.compactString() : r.string()));
      _groups = a;
    }
  }
  const _includeAuthorizedOperations: boolean = (v >= 3 ? r.bool() : false);
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: DescribeGroupsRequest = {
    groups: _groups,
    includeAuthorizedOperations: _includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeGroupsResponse(w: Writer, o: DescribeGroupsResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('DescribeGroupsResponse', v, 'DescribeGroupsResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _groups = o.groups;
  if (_groups == null) throw missingField('DescribeGroupsResponse', v, 'DescribeGroupsResponse.Groups');
  if (v >= 5) w.compactArrayLength(_groups.length);
  else w.arrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeDescribeGroupsResponseDescribedGroup(w, _groups[i], v);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  let _groups: DescribeGroupsResponseDescribedGroup[];
  {
    const n = (v >= 5 ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n < 0) {
      throw nullOnWire('DescribeGroupsResponse', v, 'DescribeGroupsResponse.Groups');
    } else {
      const a: DescribeGroupsResponseDescribedGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeGroupsResponseDescribedGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: DescribeGroupsResponse = {
    throttleTimeMs: _throttleTimeMs,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeGroupsResponseDescribedGroup(w: Writer, o: DescribeGroupsResponseDescribedGroup, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.ErrorCode');
  w.int16(_errorCode);
  if (v >= 6) {
    const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
    w.compactNullableString(_errorMessage);
  }
  if (v < 6) {
    const x = o.errorMessage;
    if (x !== undefined && !(x === null)) throw unsupportedField('DescribeGroupsResponse', v, 'DescribedGroup.ErrorMessage');
  }
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.GroupId');
  if (v >= 5) w.compactString(_groupId);
  else w.string(_groupId);
  const _groupState = o.groupState;
  if (_groupState == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.GroupState');
  if (v >= 5) w.compactString(_groupState);
  else w.string(_groupState);
  const _protocolType = o.protocolType;
  if (_protocolType == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.ProtocolType');
  if (v >= 5) w.compactString(_protocolType);
  else w.string(_protocolType);
  const _protocolData = o.protocolData;
  if (_protocolData == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.ProtocolData');
  if (v >= 5) w.compactString(_protocolData);
  else w.string(_protocolData);
  const _members = o.members;
  if (_members == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.Members');
  if (v >= 5) w.compactArrayLength(_members.length);
  else w.arrayLength(_members.length);
  for (let i = 0; i < _members.length; i++) encodeDescribeGroupsResponseDescribedGroupMember(w, _members[i], v);
  if (v >= 3) {
    const _authorizedOperations = o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations;
    if (_authorizedOperations == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroup.AuthorizedOperations');
    w.int32(_authorizedOperations);
  }
  if (v < 3) {
    const x = o.authorizedOperations;
    if (x !== undefined && !(x === -2147483648)) throw unsupportedField('DescribeGroupsResponse', v, 'DescribedGroup.AuthorizedOperations');
  }
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  const _errorCode = r.int16();
  const _errorMessage: string | null = (v >= 6 ? r.compactNullableString() : null);
  const _groupId = (v >= 5 ? r.compactString() : r.string());
  const _groupState = (v >= 5 ? r.compactString() : r.string());
  const _protocolType = (v >= 5 ? r.compactString() : r.string());
  const _protocolData = (v >= 5 ? r.compactString() : r.string());
  let _members: DescribeGroupsResponseDescribedGroupMember[];
  {
    const n = (v >= 5 ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n < 0) {
      throw nullOnWire('DescribeGroupsResponse', v, 'DescribedGroup.Members');
    } else {
      const a: DescribeGroupsResponseDescribedGroupMember[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeGroupsResponseDescribedGroupMember(r, v));
      _members = a;
    }
  }
  const _authorizedOperations: number = (v >= 3 ? r.int32() : -2147483648);
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: DescribeGroupsResponseDescribedGroup = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    groupId: _groupId,
    groupState: _groupState,
    protocolType: _protocolType,
    protocolData: _protocolData,
    members: _members,
    authorizedOperations: _authorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeGroupsResponseDescribedGroupMember(w: Writer, o: DescribeGroupsResponseDescribedGroupMember, v: number): void {
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroupMember.MemberId');
  if (v >= 5) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 4) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 5) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  const _clientId = o.clientId;
  if (_clientId == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroupMember.ClientId');
  if (v >= 5) w.compactString(_clientId);
  else w.string(_clientId);
  const _clientHost = o.clientHost;
  if (_clientHost == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroupMember.ClientHost');
  if (v >= 5) w.compactString(_clientHost);
  else w.string(_clientHost);
  const _memberMetadata = o.memberMetadata;
  if (_memberMetadata == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroupMember.MemberMetadata');
  if (v >= 5) w.compactBytes(_memberMetadata);
  else w.bytes(_memberMetadata);
  const _memberAssignment = o.memberAssignment;
  if (_memberAssignment == null) throw missingField('DescribeGroupsResponse', v, 'DescribedGroupMember.MemberAssignment');
  if (v >= 5) w.compactBytes(_memberAssignment);
  else w.bytes(_memberAssignment);
  if (v >= 5) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  const _memberId = (v >= 5 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.nullableString()) : null);
  const _clientId = (v >= 5 ? r.compactString() : r.string());
  const _clientHost = (v >= 5 ? r.compactString() : r.string());
  const _memberMetadata = (v >= 5 ? r.compactBytes() : r.bytes());
  const _memberAssignment = (v >= 5 ? r.compactBytes() : r.bytes());
  const unknownTags = (v >= 5 ? r.taggedFields() : undefined);
  const o: DescribeGroupsResponseDescribedGroupMember = {
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
    clientId: _clientId,
    clientHost: _clientHost,
    memberMetadata: _memberMetadata,
    memberAssignment: _memberAssignment,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeGroups API (key 15): versions 0-6, flexible from 5. Served by: broker. */
export const DescribeGroupsApi: ApiCodec<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 5,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 5 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 5 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeGroupsRequest, v: number): void {
    checkVersion('DescribeGroups', v, 0, 6);
    try {
      encodeDescribeGroupsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeGroupsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeGroupsRequest {
    checkVersion('DescribeGroups', v, 0, 6);
    try {
      return decodeDescribeGroupsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeGroupsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeGroupsResponse, v: number): void {
    checkVersion('DescribeGroups', v, 0, 6);
    try {
      encodeDescribeGroupsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeGroupsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeGroupsResponse {
    checkVersion('DescribeGroups', v, 0, 6);
    try {
      return decodeDescribeGroupsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeGroupsResponse v${v}`, e);
    }
  },
};
