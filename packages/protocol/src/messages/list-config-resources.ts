// Generated from ListConfigResourcesRequest.json, ListConfigResourcesResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ListConfigResources request (API key 74): versions 0-1, flexible from 0. */
export interface ListConfigResourcesRequest {
  /**
   * The list of resource type. If the list is empty, it uses default supported config resource types.
   *
   * Versions 1.
   */
  resourceTypes?: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ListConfigResources response (API key 74): versions 0-1, flexible from 0. */
export interface ListConfigResourcesResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * Each config resource in the response.
   *
   * Versions 0-1.
   */
  configResources: ListConfigResourcesResponseConfigResource[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each config resource in the response. */
export interface ListConfigResourcesResponseConfigResource {
  /**
   * The resource name.
   *
   * Versions 0-1.
   */
  resourceName: string;
  /**
   * The resource type.
   *
   * Versions 1; default 16; ignorable.
   */
  resourceType?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeListConfigResourcesRequest(w: Writer, o: ListConfigResourcesRequest, v: number): void {
  if (v >= 1) {
    const _resourceTypes = o.resourceTypes === undefined ? [] : o.resourceTypes;
    if (_resourceTypes == null) throw missingField('ListConfigResourcesRequest', v, 'ListConfigResourcesRequest.ResourceTypes');
    w.compactArrayLength(_resourceTypes.length);
    for (let i = 0; i < _resourceTypes.length; i++) w.int8(_resourceTypes[i]);
  }
  if (v < 1) {
    const x = o.resourceTypes;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('ListConfigResourcesRequest', v, 'ListConfigResourcesRequest.ResourceTypes');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListConfigResourcesRequest(r: Reader, v: number): ListConfigResourcesRequest {
  let _resourceTypes: number[] = [];
  if (v >= 1) {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ListConfigResourcesRequest', v, 'ListConfigResourcesRequest.ResourceTypes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int8());
      _resourceTypes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListConfigResourcesRequest = {
    resourceTypes: _resourceTypes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListConfigResourcesResponse(w: Writer, o: ListConfigResourcesResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ListConfigResourcesResponse', v, 'ListConfigResourcesResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ListConfigResourcesResponse', v, 'ListConfigResourcesResponse.ErrorCode');
  w.int16(_errorCode);
  const _configResources = o.configResources;
  if (_configResources == null) throw missingField('ListConfigResourcesResponse', v, 'ListConfigResourcesResponse.ConfigResources');
  w.compactArrayLength(_configResources.length);
  for (let i = 0; i < _configResources.length; i++) encodeListConfigResourcesResponseConfigResource(w, _configResources[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListConfigResourcesResponse(r: Reader, v: number): ListConfigResourcesResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _configResources: ListConfigResourcesResponseConfigResource[];
  {
    const n = r.compactArrayLength(2);
    if (n < 0) {
      throw nullOnWire('ListConfigResourcesResponse', v, 'ListConfigResourcesResponse.ConfigResources');
    } else {
      const a: ListConfigResourcesResponseConfigResource[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListConfigResourcesResponseConfigResource(r, v));
      _configResources = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListConfigResourcesResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    configResources: _configResources,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListConfigResourcesResponseConfigResource(w: Writer, o: ListConfigResourcesResponseConfigResource, v: number): void {
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('ListConfigResourcesResponse', v, 'ConfigResource.ResourceName');
  w.compactString(_resourceName);
  if (v >= 1) {
    const _resourceType = o.resourceType === undefined ? 16 : o.resourceType;
    if (_resourceType == null) throw missingField('ListConfigResourcesResponse', v, 'ConfigResource.ResourceType');
    w.int8(_resourceType);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListConfigResourcesResponseConfigResource(r: Reader, v: number): ListConfigResourcesResponseConfigResource {
  const _resourceName = r.compactString();
  const _resourceType: number = (v >= 1 ? r.int8() : 16);
  const unknownTags = r.taggedFields();
  const o: ListConfigResourcesResponseConfigResource = {
    resourceName: _resourceName,
    resourceType: _resourceType,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The ListConfigResources API (key 74): versions 0-1, flexible from 0. Served by: broker. */
export const ListConfigResourcesApi: ApiCodec<ListConfigResourcesRequest, ListConfigResourcesResponse> = {
  apiKey: 74,
  name: 'ListConfigResources',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ListConfigResourcesRequest, v: number): void {
    checkVersion('ListConfigResources', v, 0, 1);
    try {
      encodeListConfigResourcesRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListConfigResourcesRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ListConfigResourcesRequest {
    checkVersion('ListConfigResources', v, 0, 1);
    try {
      return decodeListConfigResourcesRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListConfigResourcesRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ListConfigResourcesResponse, v: number): void {
    checkVersion('ListConfigResources', v, 0, 1);
    try {
      encodeListConfigResourcesResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListConfigResourcesResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ListConfigResourcesResponse {
    checkVersion('ListConfigResources', v, 0, 1);
    try {
      return decodeListConfigResourcesResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListConfigResourcesResponse v${v}`, e);
    }
  },
};
