// Generated from CreateAclsRequest.json, CreateAclsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A CreateAcls request (API key 30): versions 1-3, flexible from 2. */
export interface CreateAclsRequest {
  /**
   * The ACLs that we want to create.
   *
   * Versions 1-3.
   */
  creations: CreateAclsRequestAclCreation[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ACLs that we want to create. */
export interface CreateAclsRequestAclCreation {
  /**
   * The type of the resource.
   *
   * Versions 1-3.
   */
  resourceType: number;
  /**
   * The resource name for the ACL.
   *
   * Versions 1-3.
   */
  resourceName: string;
  /**
   * The pattern type for the ACL.
   *
   * Versions 1-3; default "3".
   */
  resourcePatternType?: number;
  /**
   * The principal for the ACL.
   *
   * Versions 1-3.
   */
  principal: string;
  /**
   * The host for the ACL.
   *
   * Versions 1-3.
   */
  host: string;
  /**
   * The operation type for the ACL (read, write, etc.).
   *
   * Versions 1-3.
   */
  operation: number;
  /**
   * The permission type for the ACL (allow, deny, etc.).
   *
   * Versions 1-3.
   */
  permissionType: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A CreateAcls response (API key 30): versions 1-3, flexible from 2. */
export interface CreateAclsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-3.
   */
  throttleTimeMs: number;
  /**
   * The results for each ACL creation.
   *
   * Versions 1-3.
   */
  results: CreateAclsResponseAclCreationResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each ACL creation. */
export interface CreateAclsResponseAclCreationResult {
  /**
   * The result error, or zero if there was no error.
   *
   * Versions 1-3.
   */
  errorCode: number;
  /**
   * The result message, or null if there was no error.
   *
   * Versions 1-3; nullable 1-3.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeCreateAclsRequest(w: Writer, o: CreateAclsRequest, v: number): void {
  const _creations = o.creations;
  if (_creations == null) throw missingField('CreateAclsRequest', v, 'CreateAclsRequest.Creations');
  if (v >= 2) w.compactArrayLength(_creations.length);
  else w.arrayLength(_creations.length);
  for (let i = 0; i < _creations.length; i++) encodeCreateAclsRequestAclCreation(w, _creations[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  let _creations: CreateAclsRequestAclCreation[];
  {
    const n = (v >= 2 ? r.compactArrayLength(8) : r.arrayLength(8));
    if (n < 0) {
      throw nullOnWire('CreateAclsRequest', v, 'CreateAclsRequest.Creations');
    } else {
      const a: CreateAclsRequestAclCreation[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateAclsRequestAclCreation(r, v));
      _creations = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateAclsRequest = {
    creations: _creations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateAclsRequestAclCreation(w: Writer, o: CreateAclsRequestAclCreation, v: number): void {
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('CreateAclsRequest', v, 'AclCreation.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('CreateAclsRequest', v, 'AclCreation.ResourceName');
  if (v >= 2) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _resourcePatternType = o.resourcePatternType === undefined ? 3 : o.resourcePatternType;
  if (_resourcePatternType == null) throw missingField('CreateAclsRequest', v, 'AclCreation.ResourcePatternType');
  w.int8(_resourcePatternType);
  const _principal = o.principal;
  if (_principal == null) throw missingField('CreateAclsRequest', v, 'AclCreation.Principal');
  if (v >= 2) w.compactString(_principal);
  else w.string(_principal);
  const _host = o.host;
  if (_host == null) throw missingField('CreateAclsRequest', v, 'AclCreation.Host');
  if (v >= 2) w.compactString(_host);
  else w.string(_host);
  const _operation = o.operation;
  if (_operation == null) throw missingField('CreateAclsRequest', v, 'AclCreation.Operation');
  w.int8(_operation);
  const _permissionType = o.permissionType;
  if (_permissionType == null) throw missingField('CreateAclsRequest', v, 'AclCreation.PermissionType');
  w.int8(_permissionType);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateAclsRequestAclCreation(r: Reader, v: number): CreateAclsRequestAclCreation {
  const _resourceType = r.int8();
  const _resourceName = (v >= 2 ? r.compactString() : r.string());
  const _resourcePatternType = r.int8();
  const _principal = (v >= 2 ? r.compactString() : r.string());
  const _host = (v >= 2 ? r.compactString() : r.string());
  const _operation = r.int8();
  const _permissionType = r.int8();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateAclsRequestAclCreation = {
    resourceType: _resourceType,
    resourceName: _resourceName,
    resourcePatternType: _resourcePatternType,
    principal: _principal,
    host: _host,
    operation: _operation,
    permissionType: _permissionType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateAclsResponse(w: Writer, o: CreateAclsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('CreateAclsResponse', v, 'CreateAclsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _results = o.results;
  if (_results == null) throw missingField('CreateAclsResponse', v, 'CreateAclsResponse.Results');
  if (v >= 2) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeCreateAclsResponseAclCreationResult(w, _results[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const _throttleTimeMs = r.int32();
  let _results: CreateAclsResponseAclCreationResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('CreateAclsResponse', v, 'CreateAclsResponse.Results');
    } else {
      const a: CreateAclsResponseAclCreationResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreateAclsResponseAclCreationResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateAclsResponse = {
    throttleTimeMs: _throttleTimeMs,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreateAclsResponseAclCreationResult(w: Writer, o: CreateAclsResponseAclCreationResult, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('CreateAclsResponse', v, 'AclCreationResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreateAclsResponseAclCreationResult(r: Reader, v: number): CreateAclsResponseAclCreationResult {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreateAclsResponseAclCreationResult = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The CreateAcls API (key 30): versions 1-3, flexible from 2. Served by: broker, controller.
 */
export const CreateAclsApi: ApiCodec<CreateAclsRequest, CreateAclsResponse> = {
  apiKey: 30,
  name: 'CreateAcls',
  minVersion: 1,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: CreateAclsRequest, v: number): void {
    checkVersion('CreateAcls', v, 1, 3);
    try {
      encodeCreateAclsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateAclsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): CreateAclsRequest {
    checkVersion('CreateAcls', v, 1, 3);
    try {
      return decodeCreateAclsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateAclsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: CreateAclsResponse, v: number): void {
    checkVersion('CreateAcls', v, 1, 3);
    try {
      encodeCreateAclsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreateAclsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): CreateAclsResponse {
    checkVersion('CreateAcls', v, 1, 3);
    try {
      return decodeCreateAclsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreateAclsResponse v${v}`, e);
    }
  },
};
