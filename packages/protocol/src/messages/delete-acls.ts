// Generated from DeleteAclsRequest.json, DeleteAclsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DeleteAcls request (API key 31): versions 1-3, flexible from 2. */
export interface DeleteAclsRequest {
  /**
   * The filters to use when deleting ACLs.
   *
   * Versions 1-3.
   */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The filters to use when deleting ACLs. */
export interface DeleteAclsRequestDeleteAclsFilter {
  /**
   * The resource type.
   *
   * Versions 1-3.
   */
  resourceTypeFilter: number;
  /**
   * The resource name, or null to match any resource name.
   *
   * Versions 1-3; nullable 1-3.
   */
  resourceNameFilter: string | null;
  /**
   * The pattern type.
   *
   * Versions 1-3; default "3".
   */
  patternTypeFilter?: number;
  /**
   * The principal filter, or null to accept all principals.
   *
   * Versions 1-3; nullable 1-3.
   */
  principalFilter: string | null;
  /**
   * The host filter, or null to accept all hosts.
   *
   * Versions 1-3; nullable 1-3.
   */
  hostFilter: string | null;
  /**
   * The ACL operation.
   *
   * Versions 1-3.
   */
  operation: number;
  /**
   * The permission type.
   *
   * Versions 1-3.
   */
  permissionType: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteAcls response (API key 31): versions 1-3, flexible from 2. */
export interface DeleteAclsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-3.
   */
  throttleTimeMs: number;
  /**
   * The results for each filter.
   *
   * Versions 1-3.
   */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each filter. */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /**
   * The error code, or 0 if the filter succeeded.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The error message, or null if the filter succeeded.
   *
   * Versions 1-3; nullable 1-3.
   */
  errorMessage: string | null;
  /**
   * The ACLs which matched this filter.
   *
   * Versions 1-3.
   */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ACLs which matched this filter. */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /**
   * The deletion error code, or 0 if the deletion succeeded.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The deletion error message, or null if the deletion succeeded.
   *
   * Versions 1-3; nullable 1-3.
   */
  errorMessage: string | null;
  /**
   * The ACL resource type.
   *
   * Versions 1-3.
   */
  resourceType: number;
  /**
   * The ACL resource name.
   *
   * Versions 1-3.
   */
  resourceName: string;
  /**
   * The ACL resource pattern type.
   *
   * Versions 1-3; default "3".
   */
  patternType?: number;
  /**
   * The ACL principal.
   *
   * Versions 1-3.
   */
  principal: string;
  /**
   * The ACL host.
   *
   * Versions 1-3.
   */
  host: string;
  /**
   * The ACL operation.
   *
   * Versions 1-3.
   */
  operation: number;
  /**
   * The ACL permission type.
   *
   * Versions 1-3.
   */
  permissionType: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDeleteAclsRequest(w: Writer, o: DeleteAclsRequest, v: number): void {
  const _filters = o.filters;
  if (_filters == null) throw missingField('DeleteAclsRequest', v, 'DeleteAclsRequest.Filters');
  if (v >= 2) w.compactArrayLength(_filters.length);
  else w.arrayLength(_filters.length);
  for (let i = 0; i < _filters.length; i++) encodeDeleteAclsRequestDeleteAclsFilter(w, _filters[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  let _filters: DeleteAclsRequestDeleteAclsFilter[];
  {
    const n = (v >= 2 ? r.compactArrayLength(8) : r.arrayLength(8));
    if (n < 0) {
      throw nullOnWire('DeleteAclsRequest', v, 'DeleteAclsRequest.Filters');
    } else {
      const a: DeleteAclsRequestDeleteAclsFilter[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteAclsRequestDeleteAclsFilter(r, v));
      _filters = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteAclsRequest = {
    filters: _filters,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteAclsRequestDeleteAclsFilter(w: Writer, o: DeleteAclsRequestDeleteAclsFilter, v: number): void {
  const _resourceTypeFilter = o.resourceTypeFilter;
  if (_resourceTypeFilter == null) throw missingField('DeleteAclsRequest', v, 'DeleteAclsFilter.ResourceTypeFilter');
  w.int8(_resourceTypeFilter);
  const _resourceNameFilter = o.resourceNameFilter;
  if (v >= 2) w.compactNullableString(_resourceNameFilter);
  else w.nullableString(_resourceNameFilter);
  const _patternTypeFilter = o.patternTypeFilter === undefined ? 3 : o.patternTypeFilter;
  if (_patternTypeFilter == null) throw missingField('DeleteAclsRequest', v, 'DeleteAclsFilter.PatternTypeFilter');
  w.int8(_patternTypeFilter);
  const _principalFilter = o.principalFilter;
  if (v >= 2) w.compactNullableString(_principalFilter);
  else w.nullableString(_principalFilter);
  const _hostFilter = o.hostFilter;
  if (v >= 2) w.compactNullableString(_hostFilter);
  else w.nullableString(_hostFilter);
  const _operation = o.operation;
  if (_operation == null) throw missingField('DeleteAclsRequest', v, 'DeleteAclsFilter.Operation');
  w.int8(_operation);
  const _permissionType = o.permissionType;
  if (_permissionType == null) throw missingField('DeleteAclsRequest', v, 'DeleteAclsFilter.PermissionType');
  w.int8(_permissionType);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteAclsRequestDeleteAclsFilter(r: Reader, v: number): DeleteAclsRequestDeleteAclsFilter {
  const _resourceTypeFilter = r.int8();
  const _resourceNameFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _patternTypeFilter = r.int8();
  const _principalFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _hostFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _operation = r.int8();
  const _permissionType = r.int8();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteAclsRequestDeleteAclsFilter = {
    resourceTypeFilter: _resourceTypeFilter,
    resourceNameFilter: _resourceNameFilter,
    patternTypeFilter: _patternTypeFilter,
    principalFilter: _principalFilter,
    hostFilter: _hostFilter,
    operation: _operation,
    permissionType: _permissionType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteAclsResponse(w: Writer, o: DeleteAclsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _filterResults = o.filterResults;
  if (_filterResults == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsResponse.FilterResults');
  if (v >= 2) w.compactArrayLength(_filterResults.length);
  else w.arrayLength(_filterResults.length);
  for (let i = 0; i < _filterResults.length; i++) encodeDeleteAclsResponseDeleteAclsFilterResult(w, _filterResults[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const _throttleTimeMs = r.int32();
  let _filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('DeleteAclsResponse', v, 'DeleteAclsResponse.FilterResults');
    } else {
      const a: DeleteAclsResponseDeleteAclsFilterResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteAclsResponseDeleteAclsFilterResult(r, v));
      _filterResults = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteAclsResponse = {
    throttleTimeMs: _throttleTimeMs,
    filterResults: _filterResults,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, o: DeleteAclsResponseDeleteAclsFilterResult, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsFilterResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _matchingAcls = o.matchingAcls;
  if (_matchingAcls == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsFilterResult.MatchingAcls');
  if (v >= 2) w.compactArrayLength(_matchingAcls.length);
  else w.arrayLength(_matchingAcls.length);
  for (let i = 0; i < _matchingAcls.length; i++) encodeDeleteAclsResponseDeleteAclsMatchingAcl(w, _matchingAcls[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteAclsResponseDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsResponseDeleteAclsFilterResult {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  let _matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  {
    const n = (v >= 2 ? r.compactArrayLength(11) : r.arrayLength(11));
    if (n < 0) {
      throw nullOnWire('DeleteAclsResponse', v, 'DeleteAclsFilterResult.MatchingAcls');
    } else {
      const a: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteAclsResponseDeleteAclsMatchingAcl(r, v));
      _matchingAcls = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteAclsResponseDeleteAclsFilterResult = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    matchingAcls: _matchingAcls,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, o: DeleteAclsResponseDeleteAclsMatchingAcl, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.ResourceName');
  if (v >= 2) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _patternType = o.patternType === undefined ? 3 : o.patternType;
  if (_patternType == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.PatternType');
  w.int8(_patternType);
  const _principal = o.principal;
  if (_principal == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.Principal');
  if (v >= 2) w.compactString(_principal);
  else w.string(_principal);
  const _host = o.host;
  if (_host == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.Host');
  if (v >= 2) w.compactString(_host);
  else w.string(_host);
  const _operation = o.operation;
  if (_operation == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.Operation');
  w.int8(_operation);
  const _permissionType = o.permissionType;
  if (_permissionType == null) throw missingField('DeleteAclsResponse', v, 'DeleteAclsMatchingAcl.PermissionType');
  w.int8(_permissionType);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _resourceType = r.int8();
  const _resourceName = (v >= 2 ? r.compactString() : r.string());
  const _patternType = r.int8();
  const _principal = (v >= 2 ? r.compactString() : r.string());
  const _host = (v >= 2 ? r.compactString() : r.string());
  const _operation = r.int8();
  const _permissionType = r.int8();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DeleteAclsResponseDeleteAclsMatchingAcl = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    resourceType: _resourceType,
    resourceName: _resourceName,
    patternType: _patternType,
    principal: _principal,
    host: _host,
    operation: _operation,
    permissionType: _permissionType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DeleteAcls API (key 31): versions 1-3, flexible from 2. Served by: broker, controller.
 */
export const DeleteAclsApi: ApiCodec<DeleteAclsRequest, DeleteAclsResponse> = {
  apiKey: 31,
  name: 'DeleteAcls',
  minVersion: 1,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DeleteAclsRequest, v: number): void {
    checkVersion('DeleteAcls', v, 1, 3);
    try {
      encodeDeleteAclsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteAclsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteAclsRequest {
    checkVersion('DeleteAcls', v, 1, 3);
    try {
      return decodeDeleteAclsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteAclsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteAclsResponse, v: number): void {
    checkVersion('DeleteAcls', v, 1, 3);
    try {
      encodeDeleteAclsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteAclsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteAclsResponse {
    checkVersion('DeleteAcls', v, 1, 3);
    try {
      return decodeDeleteAclsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteAclsResponse v${v}`, e);
    }
  },
};
