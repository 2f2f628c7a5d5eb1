// Generated from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A IncrementalAlterConfigs request (API key 44): versions 0-1, flexible from 1. */
export interface IncrementalAlterConfigsRequest {
  /**
   * The incremental updates for each resource.
   *
   * Versions 0-1.
   */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /**
   * True if we should validate the request, but not change the configurations.
   *
   * Versions 0-1.
   */
  validateOnly: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The incremental updates for each resource. */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /**
   * The resource type.
   *
   * Versions 0-1.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 0-1.
   */
  resourceName: string;
  /**
   * The configurations.
   *
   * Versions 0-1.
   */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The configurations. */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /**
   * The configuration key name.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The type (Set, Delete, Append, Subtract) of operation.
   *
   * Versions 0-1.
   */
  configOperation: number;
  /**
   * The value to set for the configuration key.
   *
   * Versions 0-1; nullable 0-1.
   */
  value: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A IncrementalAlterConfigs response (API key 44): versions 0-1, flexible from 1. */
export interface IncrementalAlterConfigsResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The responses for each resource.
   *
   * Versions 0-1.
   */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses for each resource. */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /**
   * The resource error code.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The resource error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * The resource type.
   *
   * Versions 0-1.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 0-1.
   */
  resourceName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeIncrementalAlterConfigsRequest(w: Writer, o: IncrementalAlterConfigsRequest, v: number): void {
  const _resources = o.resources;
  if (_resources == null) throw missingField('IncrementalAlterConfigsRequest', v, 'IncrementalAlterConfigsRequest.Resources');
  if (v >= 1) w.compactArrayLength(_resources.length);
  else w.arrayLength(_resources.length);
  for (let i = 0; i < _resources.length; i++) encodeIncrementalAlterConfigsRequestAlterConfigsResource(w, _resources[i], v);
  const _validateOnly = o.validateOnly;
  if (_validateOnly == null) throw missingField('IncrementalAlterConfigsRequest', v, 'IncrementalAlterConfigsRequest.ValidateOnly');
  w.bool(_validateOnly);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  let _resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  {
    const n = (v >= 1 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('IncrementalAlterConfigsRequest', v, 'IncrementalAlterConfigsRequest.Resources');
    } else {
      const a: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
      for (let i = 0; i < n; i++) a.push(decodeIncrementalAlterConfigsRequestAlterConfigsResource(r, v));
      _resources = a;
    }
  }
  const _validateOnly = r.bool();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: IncrementalAlterConfigsRequest = {
    resources: _resources,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, o: IncrementalAlterConfigsRequestAlterConfigsResource, v: number): void {
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('IncrementalAlterConfigsRequest', v, 'AlterConfigsResource.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('IncrementalAlterConfigsRequest', v, 'AlterConfigsResource.ResourceName');
  if (v >= 1) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _configs = o.configs;
  if (_configs == null) throw missingField('IncrementalAlterConfigsRequest', v, 'AlterConfigsResource.Configs');
  if (v >= 1) w.compactArrayLength(_configs.length);
  else w.arrayLength(_configs.length);
  for (let i = 0; i < _configs.length; i++) encodeIncrementalAlterConfigsRequestAlterableConfig(w, _configs[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const _resourceType = r.int8();
  const _resourceName = (v >= 1 ? r.compactString() : r.string());
  let _configs: IncrementalAlterConfigsRequestAlterableConfig[];
  {
    const n = (v >= 1 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('IncrementalAlterConfigsRequest', v, 'AlterConfigsResource.Configs');
    } else {
      const a: IncrementalAlterConfigsRequestAlterableConfig[] = [];
      for (let i = 0; i < n; i++) a.push(decodeIncrementalAlterConfigsRequestAlterableConfig(r, v));
      _configs = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: IncrementalAlterConfigsRequestAlterConfigsResource = {
    resourceType: _resourceType,
    resourceName: _resourceName,
    configs: _configs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, o: IncrementalAlterConfigsRequestAlterableConfig, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('IncrementalAlterConfigsRequest', v, 'AlterableConfig.Name');
  if (v >= 1) w.compactString(_name);
  else w.string(_name);
  const _configOperation = o.configOperation;
  if (_configOperation == null) throw missingField('IncrementalAlterConfigsRequest', v, 'AlterableConfig.ConfigOperation');
  w.int8(_configOperation);
  const _value = o.value;
  if (v >= 1) w.compactNullableString(_value);
  else w.nullableString(_value);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig {
  const _name = (v >= 1 ? r.compactString() : r.string());
  const _configOperation = r.int8();
  const _value = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: IncrementalAlterConfigsRequestAlterableConfig = {
    name: _name,
    configOperation: _configOperation,
    value: _value,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeIncrementalAlterConfigsResponse(w: Writer, o: IncrementalAlterConfigsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('IncrementalAlterConfigsResponse', v, 'IncrementalAlterConfigsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _responses = o.responses;
  if (_responses == null) throw missingField('IncrementalAlterConfigsResponse', v, 'IncrementalAlterConfigsResponse.Responses');
  if (v >= 1) w.compactArrayLength(_responses.length);
  else w.arrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, _responses[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const _throttleTimeMs = r.int32();
  let _responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  {
    const n = (v >= 1 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('IncrementalAlterConfigsResponse', v, 'IncrementalAlterConfigsResponse.Responses');
    } else {
      const a: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, v));
      _responses = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: IncrementalAlterConfigsResponse = {
    throttleTimeMs: _throttleTimeMs,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('IncrementalAlterConfigsResponse', v, 'AlterConfigsResourceResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 1) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('IncrementalAlterConfigsResponse', v, 'AlterConfigsResourceResponse.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('IncrementalAlterConfigsResponse', v, 'AlterConfigsResourceResponse.ResourceName');
  if (v >= 1) w.compactString(_resourceName);
  else w.string(_resourceName);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const _resourceType = r.int8();
  const _resourceName = (v >= 1 ? r.compactString() : r.string());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    resourceType: _resourceType,
    resourceName: _resourceName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The IncrementalAlterConfigs API (key 44): versions 0-1, flexible from 1. Served by: broker, controller.
 */
export const IncrementalAlterConfigsApi: ApiCodec<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: IncrementalAlterConfigsRequest, v: number): void {
    checkVersion('IncrementalAlterConfigs', v, 0, 1);
    try {
      encodeIncrementalAlterConfigsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode IncrementalAlterConfigsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
    checkVersion('IncrementalAlterConfigs', v, 0, 1);
    try {
      return decodeIncrementalAlterConfigsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode IncrementalAlterConfigsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: IncrementalAlterConfigsResponse, v: number): void {
    checkVersion('IncrementalAlterConfigs', v, 0, 1);
    try {
      encodeIncrementalAlterConfigsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode IncrementalAlterConfigsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
    checkVersion('IncrementalAlterConfigs', v, 0, 1);
    try {
      return decodeIncrementalAlterConfigsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode IncrementalAlterConfigsResponse v${v}`, e);
    }
  },
};
