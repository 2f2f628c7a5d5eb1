// Generated from AlterConfigsRequest.json, AlterConfigsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A AlterConfigs request (API key 33): versions 0-2, flexible from 2. */
export interface AlterConfigsRequest {
  /**
   * The updates for each resource.
   *
   * Versions 0-2.
   */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /**
   * True if we should validate the request, but not change the configurations.
   *
   * Versions 0-2.
   */
  validateOnly: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The updates for each resource. */
export interface AlterConfigsRequestAlterConfigsResource {
  /**
   * The resource type.
   *
   * Versions 0-2.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 0-2.
   */
  resourceName: string;
  /**
   * The configurations.
   *
   * Versions 0-2.
   */
  configs: AlterConfigsRequestAlterableConfig[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The configurations. */
export interface AlterConfigsRequestAlterableConfig {
  /**
   * The configuration key name.
   *
   * Versions 0-2.
   */
  name: string;
  /**
   * The value to set for the configuration key.
   *
   * Versions 0-2; nullable 0-2.
   */
  value: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterConfigs response (API key 33): versions 0-2, flexible from 2. */
export interface AlterConfigsResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The responses for each resource.
   *
   * Versions 0-2.
   */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each resource. */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /**
   * The resource error code.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The resource error message, or null if there was no error.
   *
   * Versions 0-2; nullable 0-2.
   */
  errorMessage: string | null;
  /**
   * The resource type.
   *
   * Versions 0-2.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 0-2.
   */
  resourceName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterConfigsRequest(w: Writer, o: AlterConfigsRequest, v: number): void {
  const _resources = o.resources;
  if (_resources == null) throw missingField('AlterConfigsRequest', v, 'AlterConfigsRequest.Resources');
  if (v >= 2) w.compactArrayLength(_resources.length);
  else w.arrayLength(_resources.length);
  for (let i = 0; i < _resources.length; i++) encodeAlterConfigsRequestAlterConfigsResource(w, _resources[i], v);
  const _validateOnly = o.validateOnly;
  if (_validateOnly == null) throw missingField('AlterConfigsRequest', v, 'AlterConfigsRequest.ValidateOnly');
  w.bool(_validateOnly);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  let _resources: AlterConfigsRequestAlterConfigsResource[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('AlterConfigsRequest', v, 'AlterConfigsRequest.Resources');
    } else {
      const a: AlterConfigsRequestAlterConfigsResource[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterConfigsRequestAlterConfigsResource(r, v));
      _resources = a;
    }
  }
  const _validateOnly = r.bool();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterConfigsRequest = {
    resources: _resources,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterConfigsRequestAlterConfigsResource(w: Writer, o: AlterConfigsRequestAlterConfigsResource, v: number): void {
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('AlterConfigsRequest', v, 'AlterConfigsResource.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('AlterConfigsRequest', v, 'AlterConfigsResource.ResourceName');
  if (v >= 2) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _configs = o.configs;
  if (_configs == null) throw missingField('AlterConfigsRequest', v, 'AlterConfigsResource.Configs');
  if (v >= 2) w.compactArrayLength(_configs.length);
  else w.arrayLength(_configs.length);
  for (let i = 0; i < _configs.length; i++) encodeAlterConfigsRequestAlterableConfig(w, _configs[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource {
  const _resourceType = r.int8();
  const _resourceName = (v >= 2 ? r.compactString() : r.string());
  let _configs: AlterConfigsRequestAlterableConfig[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterConfigsRequest', v, 'AlterConfigsResource.Configs');
    } else {
      const a: AlterConfigsRequestAlterableConfig[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterConfigsRequestAlterableConfig(r, v));
      _configs = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterConfigsRequestAlterConfigsResource = {
    resourceType: _resourceType,
    resourceName: _resourceName,
    configs: _configs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterConfigsRequestAlterableConfig(w: Writer, o: AlterConfigsRequestAlterableConfig, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AlterConfigsRequest', v, 'AlterableConfig.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _value = o.value;
  if (v >= 2) w.compactNullableString(_value);
  else w.nullableString(_value);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterConfigsRequestAlterableConfig(r: Reader, v: number): AlterConfigsRequestAlterableConfig {
  const _name = (v >= 2 ? r.compactString() : r.string());
  const _value = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterConfigsRequestAlterableConfig = {
    name: _name,
    value: _value,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterConfigsResponse(w: Writer, o: AlterConfigsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterConfigsResponse', v, 'AlterConfigsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _responses = o.responses;
  if (_responses == null) throw missingField('AlterConfigsResponse', v, 'AlterConfigsResponse.Responses');
  if (v >= 2) w.compactArrayLength(_responses.length);
  else w.arrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeAlterConfigsResponseAlterConfigsResourceResponse(w, _responses[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const _throttleTimeMs = r.int32();
  let _responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  {
    const n = (v >= 2 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('AlterConfigsResponse', v, 'AlterConfigsResponse.Responses');
    } else {
      const a: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterConfigsResponseAlterConfigsResourceResponse(r, v));
      _responses = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterConfigsResponse = {
    throttleTimeMs: _throttleTimeMs,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, o: AlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterConfigsResponse', v, 'AlterConfigsResourceResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('AlterConfigsResponse', v, 'AlterConfigsResourceResponse.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('AlterConfigsResponse', v, 'AlterConfigsResourceResponse.ResourceName');
  if (v >= 2) w.compactString(_resourceName);
  else w.string(_resourceName);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const _resourceType = r.int8();
  const _resourceName = (v >= 2 ? r.compactString() : r.string());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: AlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    resourceType: _resourceType,
    resourceName: _resourceName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The AlterConfigs API (key 33): versions 0-2, flexible from 2. Served by: broker, controller.
 */
export const AlterConfigsApi: ApiCodec<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: 33,
  name: 'AlterConfigs',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: AlterConfigsRequest, v: number): void {
    checkVersion('AlterConfigs', v, 0, 2);
    try {
      encodeAlterConfigsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterConfigsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterConfigsRequest {
    checkVersion('AlterConfigs', v, 0, 2);
    try {
      return decodeAlterConfigsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterConfigsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterConfigsResponse, v: number): void {
    checkVersion('AlterConfigs', v, 0, 2);
    try {
      encodeAlterConfigsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterConfigsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterConfigsResponse {
    checkVersion('AlterConfigs', v, 0, 2);
    try {
      return decodeAlterConfigsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterConfigsResponse v${v}`, e);
    }
  },
};
