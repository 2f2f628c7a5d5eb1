// Generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DeleteGroups request (API key 42): versions 0-2, flexible from 2. */
export interface DeleteGroupsRequest {
  /**
   * The group names to delete.
   *
   * Versions 0-2.
   */
  groupsNames: string[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteGroups response (API key 42): versions 0-2, flexible from 2. */
export interface DeleteGroupsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The deletion results.
   *
   * Versions 0-2.
   */
  results: DeleteGroupsResponseDeletableGroupResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The deletion results. */
export interface DeleteGroupsResponseDeletableGroupResult {
  /**
   * The group id.
   *
   * Versions 0-2.
   */
  groupId: string;
  /**
   * The deletion error, or 0 if the deletion succeeded.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDeleteGroupsRequest(w: Writer, o: DeleteGroupsRequest, v: number): void {
  const _groupsNames = o.groupsNames;
  if (_groupsNames == null) throw missingField('DeleteGroupsRequest', v, 'DeleteGroupsRequest.GroupsNames');
  if (v >= 2) w.compactArrayLength(_groupsNames.length);
  else w.arrayLength(_groupsNames.length);
  for (let i = 0; i < _groupsNames.length; i++) {
    if (v >= 2) w.compactString(_groupsNames[i]);
    else w.string(_groupsNames[i]);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  let _groupsNames: string[];
  {
    const n = (v >= 2 ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n < 0) {
      throw nullOnWire('DeleteGroupsRequest', v, 'DeleteGroupsRequest.GroupsNames');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((v >= 2 ? r.compactString() : r.string()));
      _groupsNames = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteGroupsRequest = {
    groupsNames: _groupsNames,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteGroupsResponse(w: Writer, o: DeleteGroupsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DeleteGroupsResponse', v, 'DeleteGroupsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _results = o.results;
  if (_results == null) throw missingField('DeleteGroupsResponse', v, 'DeleteGroupsResponse.Results');
  if (v >= 2) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeDeleteGroupsResponseDeletableGroupResult(w, _results[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const _throttleTimeMs = r.int32();
  let _results: DeleteGroupsResponseDeletableGroupResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DeleteGroupsResponse', v, 'DeleteGroupsResponse.Results');
    } else {
      const a: DeleteGroupsResponseDeletableGroupResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteGroupsResponseDeletableGroupResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteGroupsResponse = {
    throttleTimeMs: _throttleTimeMs,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteGroupsResponseDeletableGroupResult(w: Writer, o: DeleteGroupsResponseDeletableGroupResult, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DeleteGroupsResponse', v, 'DeletableGroupResult.GroupId');
  if (v >= 2) w.compactString(_groupId);
  else w.string(_groupId);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteGroupsResponse', v, 'DeletableGroupResult.ErrorCode');
  w.int16(_errorCode);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult {
  const _groupId = (v >= 2 ? r.compactString() : r.string());
  const _errorCode = r.int16();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteGroupsResponseDeletableGroupResult = {
    groupId: _groupId,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DeleteGroups API (key 42): versions 0-2, flexible from 2. Served by: broker. */
export const DeleteGroupsApi: ApiCodec<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: 42,
  name: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DeleteGroupsRequest, v: number): void {
    checkVersion('DeleteGroups', v, 0, 2);
    try {
      encodeDeleteGroupsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteGroupsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteGroupsRequest {
    checkVersion('DeleteGroups', v, 0, 2);
    try {
      return decodeDeleteGroupsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteGroupsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteGroupsResponse, v: number): void {
    checkVersion('DeleteGroups', v, 0, 2);
    try {
      encodeDeleteGroupsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteGroupsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteGroupsResponse {
    checkVersion('DeleteGroups', v, 0, 2);
    try {
      return decodeDeleteGroupsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteGroupsResponse v${v}`, e);
    }
  },
};
