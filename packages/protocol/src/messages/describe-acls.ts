// Generated from DescribeAclsRequest.json, DescribeAclsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeAcls request (API key 29): versions 1-3, flexible from 2. */
export interface DescribeAclsRequest {
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
   * The resource pattern to match.
   *
   * Versions 1-3; default "3".
   */
  patternTypeFilter?: number;
  /**
   * The principal to match, or null to match any principal.
   *
   * Versions 1-3; nullable 1-3.
   */
  principalFilter: string | null;
  /**
   * The host to match, or null to match any host.
   *
   * Versions 1-3; nullable 1-3.
   */
  hostFilter: string | null;
  /**
   * The operation to match.
   *
   * Versions 1-3.
   */
  operation: number;
  /**
   * The permission type to match.
   *
   * Versions 1-3.
   */
  permissionType: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeAcls response (API key 29): versions 1-3, flexible from 2. */
export interface DescribeAclsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-3.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 1-3; nullable 1-3.
   */
  errorMessage: string | null;
  /**
   * Each Resource that is referenced in an ACL.
   *
   * Versions 1-3.
   */
  resources: DescribeAclsResponseDescribeAclsResource[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each Resource that is referenced in an ACL. */
export interface DescribeAclsResponseDescribeAclsResource {
  /**
   * The resource type.
   *
   * Versions 1-3.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 1-3.
   */
  resourceName: string;
  /**
   * The resource pattern type.
   *
   * Versions 1-3; default "3".
   */
  patternType?: number;
  /**
   * The ACLs.
   *
   * Versions 1-3.
   */
  acls: DescribeAclsResponseAclDescription[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ACLs. */
export interface DescribeAclsResponseAclDescription {
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

function encodeDescribeAclsRequest(w: Writer, o: DescribeAclsRequest, v: number): void {
  const _resourceTypeFilter = o.resourceTypeFilter;
  if (_resourceTypeFilter == null) throw missingField('DescribeAclsRequest', v, 'DescribeAclsRequest.ResourceTypeFilter');
  w.int8(_resourceTypeFilter);
  const _resourceNameFilter = o.resourceNameFilter;
  if (v >= 2) w.compactNullableString(_resourceNameFilter);
  else w.nullableString(_resourceNameFilter);
  const _patternTypeFilter = o.patternTypeFilter === undefined ? 3 : o.patternTypeFilter;
  if (_patternTypeFilter == null) throw missingField('DescribeAclsRequest', v, 'DescribeAclsRequest.PatternTypeFilter');
  w.int8(_patternTypeFilter);
  const _principalFilter = o.principalFilter;
  if (v >= 2) w.compactNullableString(_principalFilter);
  else w.nullableString(_principalFilter);
  const _hostFilter = o.hostFilter;
  if (v >= 2) w.compactNullableString(_hostFilter);
  else w.nullableString(_hostFilter);
  const _operation = o.operation;
  if (_operation == null) throw missingField('DescribeAclsRequest', v, 'DescribeAclsRequest.Operation');
  w.int8(_operation);
  const _permissionType = o.permissionType;
  if (_permissionType == null) throw missingField('DescribeAclsRequest', v, 'DescribeAclsRequest.PermissionType');
  w.int8(_permissionType);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const _resourceTypeFilter = r.int8();
  const _resourceNameFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _patternTypeFilter = r.int8();
  const _principalFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _hostFilter = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _operation = r.int8();
  const _permissionType = r.int8();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeAclsRequest = {
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

function encodeDescribeAclsResponse(w: Writer, o: DescribeAclsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _resources = o.resources;
  if (_resources == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResponse.Resources');
  if (v >= 2) w.compactArrayLength(_resources.length);
  else w.arrayLength(_resources.length);
  for (let i = 0; i < _resources.length; i++) encodeDescribeAclsResponseDescribeAclsResource(w, _resources[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  let _resources: DescribeAclsResponseDescribeAclsResource[];
  {
    const n = (v >= 2 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('DescribeAclsResponse', v, 'DescribeAclsResponse.Resources');
    } else {
      const a: DescribeAclsResponseDescribeAclsResource[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeAclsResponseDescribeAclsResource(r, v));
      _resources = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeAclsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    resources: _resources,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeAclsResponseDescribeAclsResource(w: Writer, o: DescribeAclsResponseDescribeAclsResource, v: number): void {
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResource.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResource.ResourceName');
  if (v >= 2) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _patternType = o.patternType === undefined ? 3 : o.patternType;
  if (_patternType == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResource.PatternType');
  w.int8(_patternType);
  const _acls = o.acls;
  if (_acls == null) throw missingField('DescribeAclsResponse', v, 'DescribeAclsResource.Acls');
  if (v >= 2) w.compactArrayLength(_acls.length);
  else w.arrayLength(_acls.length);
  for (let i = 0; i < _acls.length; i++) encodeDescribeAclsResponseAclDescription(w, _acls[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeAclsResponseDescribeAclsResource(r: Reader, v: number): DescribeAclsResponseDescribeAclsResource {
  const _resourceType = r.int8();
  const _resourceName = (v >= 2 ? r.compactString() : r.string());
  const _patternType = r.int8();
  let _acls: DescribeAclsResponseAclDescription[];
  {
    const n = (v >= 2 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('DescribeAclsResponse', v, 'DescribeAclsResource.Acls');
    } else {
      const a: DescribeAclsResponseAclDescription[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeAclsResponseAclDescription(r, v));
      _acls = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeAclsResponseDescribeAclsResource = {
    resourceType: _resourceType,
    resourceName: _resourceName,
    patternType: _patternType,
    acls: _acls,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeAclsResponseAclDescription(w: Writer, o: DescribeAclsResponseAclDescription, v: number): void {
  const _principal = o.principal;
  if (_principal == null) throw missingField('DescribeAclsResponse', v, 'AclDescription.Principal');
  if (v >= 2) w.compactString(_principal);
  else w.string(_principal);
  const _host = o.host;
  if (_host == null) throw missingField('DescribeAclsResponse', v, 'AclDescription.Host');
  if (v >= 2) w.compactString(_host);
  else w.string(_host);
  const _operation = o.operation;
  if (_operation == null) throw missingField('DescribeAclsResponse', v, 'AclDescription.Operation');
  w.int8(_operation);
  const _permissionType = o.permissionType;
  if (_permissionType == null) throw missingField('DescribeAclsResponse', v, 'AclDescription.PermissionType');
  w.int8(_permissionType);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeAclsResponseAclDescription(r: Reader, v: number): DescribeAclsResponseAclDescription {
  const _principal = (v >= 2 ? r.compactString() : r.string());
  const _host = (v >= 2 ? r.compactString() : r.string());
  const _operation = r.int8();
  const _permissionType = r.int8();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: DescribeAclsResponseAclDescription = {
    principal: _principal,
    host: _host,
    operation: _operation,
    permissionType: _permissionType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeAcls API (key 29): versions 1-3, flexible from 2. Served by: broker, controller.
 */
export const DescribeAclsApi: ApiCodec<DescribeAclsRequest, DescribeAclsResponse> = {
  apiKey: 29,
  name: 'DescribeAcls',
  minVersion: 1,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeAclsRequest, v: number): void {
    checkVersion('DescribeAcls', v, 1, 3);
    try {
      encodeDescribeAclsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeAclsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeAclsRequest {
    checkVersion('DescribeAcls', v, 1, 3);
    try {
      return decodeDescribeAclsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeAclsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeAclsResponse, v: number): void {
    checkVersion('DescribeAcls', v, 1, 3);
    try {
      encodeDescribeAclsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeAclsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeAclsResponse {
    checkVersion('DescribeAcls', v, 1, 3);
    try {
      return decodeDescribeAclsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeAclsResponse v${v}`, e);
    }
  },
};
