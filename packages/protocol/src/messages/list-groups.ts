// Generated from ListGroupsRequest.json, ListGroupsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ListGroups request (API key 16): versions 0-5, flexible from 3. */
export interface ListGroupsRequest {
  /**
   * The states of the groups we want to list. If empty, all groups are returned with their state.
   *
   * Versions 4-5.
   */
  statesFilter?: string[];
  /**
   * The types of the groups we want to list. If empty, all groups are returned with their type.
   *
   * Versions 5.
   */
  typesFilter?: string[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ListGroups response (API key 16): versions 0-5, flexible from 3. */
export interface ListGroupsResponse {
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
   * Each group in the response.
   *
   * Versions 0-5.
   */
  groups: ListGroupsResponseListedGroup[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each group in the response. */
export interface ListGroupsResponseListedGroup {
  /**
   * The group ID.
   *
   * Versions 0-5.
   */
  groupId: string;
  /**
   * The group protocol type.
   *
   * Versions 0-5.
   */
  protocolType: string;
  /**
   * The group state name.
   *
   * Versions 4-5; ignorable.
   */
  groupState?: string;
  /**
   * The group type name.
   *
   * Versions 5; ignorable.
   */
  groupType?: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeListGroupsRequest(w: Writer, o: ListGroupsRequest, v: number): void {
  if (v >= 4) {
    const _statesFilter = o.statesFilter === undefined ? [] : o.statesFilter;
    if (_statesFilter == null) throw missingField('ListGroupsRequest', v, 'ListGroupsRequest.StatesFilter');
    w.compactArrayLength(_statesFilter.length);
    for (let i = 0; i < _statesFilter.length; i++) w.compactString(_statesFilter[i]);
  }
  if (v < 4) {
    const x = o.statesFilter;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('ListGroupsRequest', v, 'ListGroupsRequest.StatesFilter');
  }
  if (v >= 5) {
    const _typesFilter = o.typesFilter === undefined ? [] : o.typesFilter;
    if (_typesFilter == null) throw missingField('ListGroupsRequest', v, 'ListGroupsRequest.TypesFilter');
    w.compactArrayLength(_typesFilter.length);
    for (let i = 0; i < _typesFilter.length; i++) w.compactString(_typesFilter[i]);
  }
  if (v < 5) {
    const x = o.typesFilter;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('ListGroupsRequest', v, 'ListGroupsRequest.TypesFilter');
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  let _statesFilter: string[] = [];
  if (v >= 4) {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ListGroupsRequest', v, 'ListGroupsRequest.StatesFilter');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _statesFilter = a;
    }
  }
  let _typesFilter: string[] = [];
  if (v >= 5) {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ListGroupsRequest', v, 'ListGroupsRequest.TypesFilter');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _typesFilter = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: ListGroupsRequest = {
    statesFilter: _statesFilter,
    typesFilter: _typesFilter,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListGroupsResponse(w: Writer, o: ListGroupsResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('ListGroupsResponse', v, 'ListGroupsResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ListGroupsResponse', v, 'ListGroupsResponse.ErrorCode');
  w.int16(_errorCode);
  const _groups = o.groups;
  if (_groups == null) throw missingField('ListGroupsResponse', v, 'ListGroupsResponse.Groups');
  if (v >= 3) w.compactArrayLength(_groups.length);
  else w.arrayLength(_groups.length);
  for (let i = 0; i < _groups.length; i++) encodeListGroupsResponseListedGroup(w, _groups[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  const _errorCode = r.int16();
  let _groups: ListGroupsResponseListedGroup[];
  {
    const n = (v >= 3 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ListGroupsResponse', v, 'ListGroupsResponse.Groups');
    } else {
      const a: ListGroupsResponseListedGroup[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListGroupsResponseListedGroup(r, v));
      _groups = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: ListGroupsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    groups: _groups,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListGroupsResponseListedGroup(w: Writer, o: ListGroupsResponseListedGroup, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('ListGroupsResponse', v, 'ListedGroup.GroupId');
  if (v >= 3) w.compactString(_groupId);
  else w.string(_groupId);
  const _protocolType = o.protocolType;
  if (_protocolType == null) throw missingField('ListGroupsResponse', v, 'ListedGroup.ProtocolType');
  if (v >= 3) w.compactString(_protocolType);
  else w.string(_protocolType);
  if (v >= 4) {
    const _groupState = o.groupState === undefined ? '' : o.groupState;
    if (_groupState == null) throw missingField('ListGroupsResponse', v, 'ListedGroup.GroupState');
    w.compactString(_groupState);
  }
  if (v >= 5) {
    const _groupType = o.groupType === undefined ? '' : o.groupType;
    if (_groupType == null) throw missingField('ListGroupsResponse', v, 'ListedGroup.GroupType');
    w.compactString(_groupType);
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  const _groupId = (v >= 3 ? r.compactString() : r.string());
  const _protocolType = (v >= 3 ? r.compactString() : r.string());
  const _groupState: string = (v >= 4 ? r.compactString() : '');
  const _groupType: string = (v >= 5 ? r.compactString() : '');
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: ListGroupsResponseListedGroup = {
    groupId: _groupId,
    protocolType: _protocolType,
    groupState: _groupState,
    groupType: _groupType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The ListGroups API (key 16): versions 0-5, flexible from 3. Served by: broker. */
export const ListGroupsApi: ApiCodec<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: ListGroupsRequest, v: number): void {
    checkVersion('ListGroups', v, 0, 5);
    try {
      encodeListGroupsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListGroupsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ListGroupsRequest {
    checkVersion('ListGroups', v, 0, 5);
    try {
      return decodeListGroupsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListGroupsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ListGroupsResponse, v: number): void {
    checkVersion('ListGroups', v, 0, 5);
    try {
      encodeListGroupsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListGroupsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ListGroupsResponse {
    checkVersion('ListGroups', v, 0, 5);
    try {
      return decodeListGroupsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListGroupsResponse v${v}`, e);
    }
  },
};
