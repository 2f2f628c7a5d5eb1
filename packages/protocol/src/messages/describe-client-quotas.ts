// Generated from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeClientQuotas request (API key 48): versions 0-1, flexible from 1. */
export interface DescribeClientQuotasRequest {
  /**
   * Filter components to apply to quota entities.
   *
   * Versions 0-1.
   */
  components: DescribeClientQuotasRequestComponentData[];
  /**
   * Whether the match is strict, i.e. should exclude entities with unspecified entity types.
   *
   * Versions 0-1.
   */
  strict: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Filter components to apply to quota entities. */
export interface DescribeClientQuotasRequestComponentData {
  /**
   * The entity type that the filter component applies to.
   *
   * Versions 0-1.
   */
  entityType: string;
  /**
   * How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
   *
   * Versions 0-1.
   */
  matchType: number;
  /**
   * The string to match against, or null if unused for the match type.
   *
   * Versions 0-1; nullable 0-1.
   */
  match: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeClientQuotas response (API key 48): versions 0-1, flexible from 1. */
export interface DescribeClientQuotasResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The error code, or `0` if the quota description succeeded.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message, or `null` if the quota description succeeded.
   *
   * Versions 0-1; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * A result entry.
   *
   * Versions 0-1; nullable 0-1.
   */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A result entry. */
export interface DescribeClientQuotasResponseEntryData {
  /**
   * The quota entity description.
   *
   * Versions 0-1.
   */
  entity: DescribeClientQuotasResponseEntityData[];
  /**
   * The quota values for the entity.
   *
   * Versions 0-1.
   */
  values: DescribeClientQuotasResponseValueData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota entity description. */
export interface DescribeClientQuotasResponseEntityData {
  /**
   * The entity type.
   *
   * Versions 0-1.
   */
  entityType: string;
  /**
   * The entity name, or null if the default.
   *
   * Versions 0-1; nullable 0-1.
   */
  entityName: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota values for the entity. */
export interface DescribeClientQuotasResponseValueData {
  /**
   * The quota configuration key.
   *
   * Versions 0-1.
   */
  key: string;
  /**
   * The quota configuration value.
   *
   * Versions 0-1.
   */
  value: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeClientQuotasRequest(w: Writer, o: DescribeClientQuotasRequest, v: number): void {
  const _components = o.components;
  if (_components == null) throw missingField('DescribeClientQuotasRequest', v, 'DescribeClientQuotasRequest.Components');
  if (v >= 1) w.compactArrayLength(_components.length);
  else w.arrayLength(_components.length);
  for (let i = 0; i < _components.length; i++) encodeDescribeClientQuotasRequestComponentData(w, _components[i], v);
  const _strict = o.strict;
  if (_strict == null) throw missingField('DescribeClientQuotasRequest', v, 'DescribeClientQuotasRequest.Strict');
  w.bool(_strict);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  let _components: DescribeClientQuotasRequestComponentData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('DescribeClientQuotasRequest', v, 'DescribeClientQuotasRequest.Components');
    } else {
      const a: DescribeClientQuotasRequestComponentData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeClientQuotasRequestComponentData(r, v));
      _components = a;
    }
  }
  const _strict = r.bool();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasRequest = {
    components: _components,
    strict: _strict,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClientQuotasRequestComponentData(w: Writer, o: DescribeClientQuotasRequestComponentData, v: number): void {
  const _entityType = o.entityType;
  if (_entityType == null) throw missingField('DescribeClientQuotasRequest', v, 'ComponentData.EntityType');
  if (v >= 1) w.compactString(_entityType);
  else w.string(_entityType);
  const _matchType = o.matchType;
  if (_matchType == null) throw missingField('DescribeClientQuotasRequest', v, 'ComponentData.MatchType');
  w.int8(_matchType);
  const _match = o.match;
  if (v >= 1) w.compactNullableString(_match);
  else w.nullableString(_match);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasRequestComponentData(r: Reader, v: number): DescribeClientQuotasRequestComponentData {
  const _entityType = (v >= 1 ? r.compactString() : r.string());
  const _matchType = r.int8();
  const _match = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasRequestComponentData = {
    entityType: _entityType,
    matchType: _matchType,
    match: _match,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClientQuotasResponse(w: Writer, o: DescribeClientQuotasResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeClientQuotasResponse', v, 'DescribeClientQuotasResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeClientQuotasResponse', v, 'DescribeClientQuotasResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 1) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _entries = o.entries;
  if (_entries == null) {
    if (v >= 1) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 1) w.compactArrayLength(_entries.length);
    else w.arrayLength(_entries.length);
    for (let i = 0; i < _entries.length; i++) encodeDescribeClientQuotasResponseEntryData(w, _entries[i], v);
  }
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = (v >= 1 ? r.compactNullableString() : r.nullableString());
  let _entries: DescribeClientQuotasResponseEntryData[] | null;
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      _entries = null;
    } else {
      const a: DescribeClientQuotasResponseEntryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeClientQuotasResponseEntryData(r, v));
      _entries = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    entries: _entries,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClientQuotasResponseEntryData(w: Writer, o: DescribeClientQuotasResponseEntryData, v: number): void {
  const _entity = o.entity;
  if (_entity == null) throw missingField('DescribeClientQuotasResponse', v, 'EntryData.Entity');
  if (v >= 1) w.compactArrayLength(_entity.length);
  else w.arrayLength(_entity.length);
  for (let i = 0; i < _entity.length; i++) encodeDescribeClientQuotasResponseEntityData(w, _entity[i], v);
  const _values = o.values;
  if (_values == null) throw missingField('DescribeClientQuotasResponse', v, 'EntryData.Values');
  if (v >= 1) w.compactArrayLength(_values.length);
  else w.arrayLength(_values.length);
  for (let i = 0; i < _values.length; i++) encodeDescribeClientQuotasResponseValueData(w, _values[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasResponseEntryData(r: Reader, v: number): DescribeClientQuotasResponseEntryData {
  let _entity: DescribeClientQuotasResponseEntityData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('DescribeClientQuotasResponse', v, 'EntryData.Entity');
    } else {
      const a: DescribeClientQuotasResponseEntityData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeClientQuotasResponseEntityData(r, v));
      _entity = a;
    }
  }
  let _values: DescribeClientQuotasResponseValueData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(10) : r.arrayLength(10));
    if (n < 0) {
      throw nullOnWire('DescribeClientQuotasResponse', v, 'EntryData.Values');
    } else {
      const a: DescribeClientQuotasResponseValueData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeClientQuotasResponseValueData(r, v));
      _values = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasResponseEntryData = {
    entity: _entity,
    values: _values,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClientQuotasResponseEntityData(w: Writer, o: DescribeClientQuotasResponseEntityData, v: number): void {
  const _entityType = o.entityType;
  if (_entityType == null) throw missingField('DescribeClientQuotasResponse', v, 'EntityData.EntityType');
  if (v >= 1) w.compactString(_entityType);
  else w.string(_entityType);
  const _entityName = o.entityName;
  if (v >= 1) w.compactNullableString(_entityName);
  else w.nullableString(_entityName);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasResponseEntityData(r: Reader, v: number): DescribeClientQuotasResponseEntityData {
  const _entityType = (v >= 1 ? r.compactString() : r.string());
  const _entityName = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasResponseEntityData = {
    entityType: _entityType,
    entityName: _entityName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeClientQuotasResponseValueData(w: Writer, o: DescribeClientQuotasResponseValueData, v: number): void {
  const _key = o.key;
  if (_key == null) throw missingField('DescribeClientQuotasResponse', v, 'ValueData.Key');
  if (v >= 1) w.compactString(_key);
  else w.string(_key);
  const _value = o.value;
  if (_value == null) throw missingField('DescribeClientQuotasResponse', v, 'ValueData.Value');
  w.float64(_value);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeDescribeClientQuotasResponseValueData(r: Reader, v: number): DescribeClientQuotasResponseValueData {
  const _key = (v >= 1 ? r.compactString() : r.string());
  const _value = r.float64();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: DescribeClientQuotasResponseValueData = {
    key: _key,
    value: _value,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeClientQuotas API (key 48): versions 0-1, flexible from 1. Served by: broker. */
export const DescribeClientQuotasApi: ApiCodec<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: DescribeClientQuotasRequest, v: number): void {
    checkVersion('DescribeClientQuotas', v, 0, 1);
    try {
      encodeDescribeClientQuotasRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeClientQuotasRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeClientQuotasRequest {
    checkVersion('DescribeClientQuotas', v, 0, 1);
    try {
      return decodeDescribeClientQuotasRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeClientQuotasRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeClientQuotasResponse, v: number): void {
    checkVersion('DescribeClientQuotas', v, 0, 1);
    try {
      encodeDescribeClientQuotasResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeClientQuotasResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeClientQuotasResponse {
    checkVersion('DescribeClientQuotas', v, 0, 1);
    try {
      return decodeDescribeClientQuotasResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeClientQuotasResponse v${v}`, e);
    }
  },
};
