// Generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A DescribeConfigs request (API key 32): versions 1-4, flexible from 4. */
export interface DescribeConfigsRequest {
  /**
   * The resources whose configurations we want to describe.
   *
   * Versions 1-4.
   */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /**
   * True if we should include all synonyms.
   *
   * Versions 1-4; default "false".
   */
  includeSynonyms?: boolean;
  /**
   * True if we should include configuration documentation.
   *
   * Versions 3-4; default "false".
   */
  includeDocumentation?: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The resources whose configurations we want to describe. */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /**
   * The resource type.
   *
   * Versions 1-4.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 1-4.
   */
  resourceName: string;
  /**
   * The configuration keys to list, or null to list all configuration keys.
   *
   * Versions 1-4; nullable 1-4.
   */
  configurationKeys: string[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeConfigs response (API key 32): versions 1-4, flexible from 4. */
export interface DescribeConfigsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-4.
   */
  throttleTimeMs: number;
  /**
   * The results for each resource.
   *
   * Versions 1-4.
   */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each resource. */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /**
   * The error code, or 0 if we were able to successfully describe the configurations.
   *
   * Versions 1-4.
   */
  errorCode: number;
  /**
   * The error message, or null if we were able to successfully describe the configurations.
   *
   * Versions 1-4; nullable 1-4.
   */
  errorMessage: string | null;
  /**
   * The resource type.
   *
   * Versions 1-4.
   */
  resourceType: number;
  /**
   * The resource name.
   *
   * Versions 1-4.
   */
  resourceName: string;
  /**
   * Each listed configuration.
   *
   * Versions 1-4.
   */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each listed configuration. */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /**
   * The configuration name.
   *
   * Versions 1-4.
   */
  name: string;
  /**
   * The configuration value.
   *
   * Versions 1-4; nullable 1-4.
   */
  value: string | null;
  /**
   * True if the configuration is read-only.
   *
   * Versions 1-4.
   */
  readOnly: boolean;
  /**
   * The configuration source.
   *
   * Versions 1-4; default "-1"; ignorable.
   */
  configSource?: number;
  /**
   * True if this configuration is sensitive.
   *
   * Versions 1-4.
   */
  isSensitive: boolean;
  /**
   * The synonyms for this configuration key.
   *
   * Versions 1-4; ignorable.
   */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /**
   * The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD.
   *
   * Versions 3-4; default "0"; ignorable.
   */
  configType?: number;
  /**
   * The configuration documentation.
   *
   * Versions 3-4; nullable 3-4; ignorable.
   */
  documentation?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The synonyms for this configuration key. */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /**
   * The synonym name.
   *
   * Versions 1-4.
   */
  name: string;
  /**
   * The synonym value.
   *
   * Versions 1-4; nullable 1-4.
   */
  value: string | null;
  /**
   * The synonym source.
   *
   * Versions 1-4.
   */
  source: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeConfigsRequest(w: Writer, o: DescribeConfigsRequest, v: number): void {
  const _resources = o.resources;
  if (_resources == null) throw missingField('DescribeConfigsRequest', v, 'DescribeConfigsRequest.Resources');
  if (v >= 4) w.compactArrayLength(_resources.length);
  else w.arrayLength(_resources.length);
  for (let i = 0; i < _resources.length; i++) encodeDescribeConfigsRequestDescribeConfigsResource(w, _resources[i], v);
  const _includeSynonyms = o.includeSynonyms === undefined ? false : o.includeSynonyms;
  if (_includeSynonyms == null) throw missingField('DescribeConfigsRequest', v, 'DescribeConfigsRequest.IncludeSynonyms');
  w.bool(_includeSynonyms);
  if (v >= 3) {
    const _includeDocumentation = o.includeDocumentation === undefined ? false : o.includeDocumentation;
    if (_includeDocumentation == null) throw missingField('DescribeConfigsRequest', v, 'DescribeConfigsRequest.IncludeDocumentation');
    w.bool(_includeDocumentation);
  }
  if (v < 3) {
    const x = o.includeDocumentation;
    if (x !== undefined && !(x === false)) throw unsupportedField('DescribeConfigsRequest', v, 'DescribeConfigsRequest.IncludeDocumentation');
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  let _resources: DescribeConfigsRequestDescribeConfigsResource[];
  {
    const n = (v >= 4 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DescribeConfigsRequest', v, 'DescribeConfigsRequest.Resources');
    } else {
      const a: DescribeConfigsRequestDescribeConfigsResource[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeConfigsRequestDescribeConfigsResource(r, v));
      _resources = a;
    }
  }
  const _includeSynonyms = r.bool();
  const _includeDocumentation: boolean = (v >= 3 ? r.bool() : false);
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsRequest = {
    resources: _resources,
    includeSynonyms: _includeSynonyms,
    includeDocumentation: _includeDocumentation,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeConfigsRequestDescribeConfigsResource(w: Writer, o: DescribeConfigsRequestDescribeConfigsResource, v: number): void {
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('DescribeConfigsRequest', v, 'DescribeConfigsResource.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('DescribeConfigsRequest', v, 'DescribeConfigsResource.ResourceName');
  if (v >= 4) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _configurationKeys = o.configurationKeys;
  if (_configurationKeys == null) {
    if (v >= 4) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 4) w.compactArrayLength(_configurationKeys.length);
    else w.arrayLength(_configurationKeys.length);
    for (let i = 0; i < _configurationKeys.length; i++) {
      if (v >= 4) w.compactString(_configurationKeys[i]);
      else w.string(_configurationKeys[i]);
    }
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  const _resourceType = r.int8();
  const _resourceName = (v >= 4 ? r.compactString() : r.string());
  let _configurationKeys: string[] | null;
  {
    const n = (v >= 4 ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n < 0) {
      _configurationKeys = null;
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((v >= 4 ? r.compactString() : r.string()));
      _configurationKeys = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsRequestDescribeConfigsResource = {
    resourceType: _resourceType,
    resourceName: _resourceName,
    configurationKeys: _configurationKeys,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeConfigsResponse(w: Writer, o: DescribeConfigsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _results = o.results;
  if (_results == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResponse.Results');
  if (v >= 4) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeDescribeConfigsResponseDescribeConfigsResult(w, _results[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const _throttleTimeMs = r.int32();
  let _results: DescribeConfigsResponseDescribeConfigsResult[];
  {
    const n = (v >= 4 ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n < 0) {
      throw nullOnWire('DescribeConfigsResponse', v, 'DescribeConfigsResponse.Results');
    } else {
      const a: DescribeConfigsResponseDescribeConfigsResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeConfigsResponseDescribeConfigsResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsResponse = {
    throttleTimeMs: _throttleTimeMs,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeConfigsResponseDescribeConfigsResult(w: Writer, o: DescribeConfigsResponseDescribeConfigsResult, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 4) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _resourceType = o.resourceType;
  if (_resourceType == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResult.ResourceType');
  w.int8(_resourceType);
  const _resourceName = o.resourceName;
  if (_resourceName == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResult.ResourceName');
  if (v >= 4) w.compactString(_resourceName);
  else w.string(_resourceName);
  const _configs = o.configs;
  if (_configs == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResult.Configs');
  if (v >= 4) w.compactArrayLength(_configs.length);
  else w.arrayLength(_configs.length);
  for (let i = 0; i < _configs.length; i++) encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, _configs[i], v);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 4 ? r.compactNullableString() : r.nullableString());
  const _resourceType = r.int8();
  const _resourceName = (v >= 4 ? r.compactString() : r.string());
  let _configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  {
    const n = (v >= 4 ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n < 0) {
      throw nullOnWire('DescribeConfigsResponse', v, 'DescribeConfigsResult.Configs');
    } else {
      const a: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeConfigsResponseDescribeConfigsResourceResult(r, v));
      _configs = a;
    }
  }
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsResponseDescribeConfigsResult = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    resourceType: _resourceType,
    resourceName: _resourceName,
    configs: _configs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, o: DescribeConfigsResponseDescribeConfigsResourceResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.Name');
  if (v >= 4) w.compactString(_name);
  else w.string(_name);
  const _value = o.value;
  if (v >= 4) w.compactNullableString(_value);
  else w.nullableString(_value);
  const _readOnly = o.readOnly;
  if (_readOnly == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.ReadOnly');
  w.bool(_readOnly);
  const _configSource = o.configSource === undefined ? -1 : o.configSource;
  if (_configSource == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.ConfigSource');
  w.int8(_configSource);
  const _isSensitive = o.isSensitive;
  if (_isSensitive == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.IsSensitive');
  w.bool(_isSensitive);
  const _synonyms = o.synonyms;
  if (_synonyms == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.Synonyms');
  if (v >= 4) w.compactArrayLength(_synonyms.length);
  else w.arrayLength(_synonyms.length);
  for (let i = 0; i < _synonyms.length; i++) encodeDescribeConfigsResponseDescribeConfigsSynonym(w, _synonyms[i], v);
  if (v >= 3) {
    const _configType = o.configType === undefined ? 0 : o.configType;
    if (_configType == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.ConfigType');
    w.int8(_configType);
  }
  if (v >= 3) {
    const _documentation = o.documentation === undefined ? '' : o.documentation;
    if (v >= 4) w.compactNullableString(_documentation);
    else w.nullableString(_documentation);
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const _name = (v >= 4 ? r.compactString() : r.string());
  const _value = (v >= 4 ? r.compactNullableString() : r.nullableString());
  const _readOnly = r.bool();
  const _configSource = r.int8();
  const _isSensitive = r.bool();
  let _synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  {
    const n = (v >= 4 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DescribeConfigsResponse', v, 'DescribeConfigsResourceResult.Synonyms');
    } else {
      const a: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeConfigsResponseDescribeConfigsSynonym(r, v));
      _synonyms = a;
    }
  }
  const _configType: number = (v >= 3 ? r.int8() : 0);
  const _documentation: string | null = (v >= 3 ? (v >= 4 ? r.compactNullableString() : r.nullableString()) : '');
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsResponseDescribeConfigsResourceResult = {
    name: _name,
    value: _value,
    readOnly: _readOnly,
    configSource: _configSource,
    isSensitive: _isSensitive,
    synonyms: _synonyms,
    configType: _configType,
    documentation: _documentation,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, o: DescribeConfigsResponseDescribeConfigsSynonym, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsSynonym.Name');
  if (v >= 4) w.compactString(_name);
  else w.string(_name);
  const _value = o.value;
  if (v >= 4) w.compactNullableString(_value);
  else w.nullableString(_value);
  const _source = o.source;
  if (_source == null) throw missingField('DescribeConfigsResponse', v, 'DescribeConfigsSynonym.Source');
  w.int8(_source);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const _name = (v >= 4 ? r.compactString() : r.string());
  const _value = (v >= 4 ? r.compactNullableString() : r.nullableString());
  const _source = r.int8();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: DescribeConfigsResponseDescribeConfigsSynonym = {
    name: _name,
    value: _value,
    source: _source,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The DescribeConfigs API (key 32): versions 1-4, flexible from 4. Served by: broker, controller.
 */
export const DescribeConfigsApi: ApiCodec<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: 32,
  name: 'DescribeConfigs',
  minVersion: 1,
  maxVersion: 4,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeConfigsRequest, v: number): void {
    checkVersion('DescribeConfigs', v, 1, 4);
    try {
      encodeDescribeConfigsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeConfigsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeConfigsRequest {
    checkVersion('DescribeConfigs', v, 1, 4);
    try {
      return decodeDescribeConfigsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeConfigsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeConfigsResponse, v: number): void {
    checkVersion('DescribeConfigs', v, 1, 4);
    try {
      encodeDescribeConfigsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeConfigsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeConfigsResponse {
    checkVersion('DescribeConfigs', v, 1, 4);
    try {
      return decodeDescribeConfigsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeConfigsResponse v${v}`, e);
    }
  },
};
