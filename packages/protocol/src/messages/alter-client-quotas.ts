// Generated from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A AlterClientQuotas request (API key 49): versions 0-1, flexible from 1. */
export interface AlterClientQuotasRequest {
  /**
   * The quota configuration entries to alter.
   *
   * Versions 0-1.
   */
  entries: AlterClientQuotasRequestEntryData[];
  /**
   * Whether the alteration should be validated, but not performed.
   *
   * Versions 0-1.
   */
  validateOnly: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota configuration entries to alter. */
export interface AlterClientQuotasRequestEntryData {
  /**
   * The quota entity to alter.
   *
   * Versions 0-1.
   */
  entity: AlterClientQuotasRequestEntityData[];
  /**
   * An individual quota configuration entry to alter.
   *
   * Versions 0-1.
   */
  ops: AlterClientQuotasRequestOpData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota entity to alter. */
export interface AlterClientQuotasRequestEntityData {
  /**
   * The entity type.
   *
   * Versions 0-1.
   */
  entityType: string;
  /**
   * The name of the entity, or null if the default.
   *
   * Versions 0-1; nullable 0-1.
   */
  entityName: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** An individual quota configuration entry to alter. */
export interface AlterClientQuotasRequestOpData {
  /**
   * The quota configuration key.
   *
   * Versions 0-1.
   */
  key: string;
  /**
   * The value to set, otherwise ignored if the value is to be removed.
   *
   * Versions 0-1.
   */
  value: number;
  /**
   * Whether the quota configuration value should be removed, otherwise set.
   *
   * Versions 0-1.
   */
  remove: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterClientQuotas response (API key 49): versions 0-1, flexible from 1. */
export interface AlterClientQuotasResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The quota configuration entries to alter.
   *
   * Versions 0-1.
   */
  entries: AlterClientQuotasResponseEntryData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota configuration entries to alter. */
export interface AlterClientQuotasResponseEntryData {
  /**
   * The error code, or `0` if the quota alteration succeeded.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message, or `null` if the quota alteration succeeded.
   *
   * Versions 0-1; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * The quota entity to alter.
   *
   * Versions 0-1.
   */
  entity: AlterClientQuotasResponseEntityData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The quota entity to alter. */
export interface AlterClientQuotasResponseEntityData {
  /**
   * The entity type.
   *
   * Versions 0-1.
   */
  entityType: string;
  /**
   * The name of the entity, or null if the default.
   *
   * Versions 0-1; nullable 0-1.
   */
  entityName: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterClientQuotasRequest(w: Writer, o: AlterClientQuotasRequest, v: number): void {
  const _entries = o.entries;
  if (_entries == null) throw missingField('AlterClientQuotasRequest', v, 'AlterClientQuotasRequest.Entries');
  if (v >= 1) w.compactArrayLength(_entries.length);
  else w.arrayLength(_entries.length);
  for (let i = 0; i < _entries.length; i++) encodeAlterClientQuotasRequestEntryData(w, _entries[i], v);
  const _validateOnly = o.validateOnly;
  if (_validateOnly == null) throw missingField('AlterClientQuotasRequest', v, 'AlterClientQuotasRequest.ValidateOnly');
  w.bool(_validateOnly);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  let _entries: AlterClientQuotasRequestEntryData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterClientQuotasRequest', v, 'AlterClientQuotasRequest.Entries');
    } else {
      const a: AlterClientQuotasRequestEntryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterClientQuotasRequestEntryData(r, v));
      _entries = a;
    }
  }
  const _validateOnly = r.bool();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasRequest = {
    entries: _entries,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasRequestEntryData(w: Writer, o: AlterClientQuotasRequestEntryData, v: number): void {
  const _entity = o.entity;
  if (_entity == null) throw missingField('AlterClientQuotasRequest', v, 'EntryData.Entity');
  if (v >= 1) w.compactArrayLength(_entity.length);
  else w.arrayLength(_entity.length);
  for (let i = 0; i < _entity.length; i++) encodeAlterClientQuotasRequestEntityData(w, _entity[i], v);
  const _ops = o.ops;
  if (_ops == null) throw missingField('AlterClientQuotasRequest', v, 'EntryData.Ops');
  if (v >= 1) w.compactArrayLength(_ops.length);
  else w.arrayLength(_ops.length);
  for (let i = 0; i < _ops.length; i++) encodeAlterClientQuotasRequestOpData(w, _ops[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterClientQuotasRequestEntryData(r: Reader, v: number): AlterClientQuotasRequestEntryData {
  let _entity: AlterClientQuotasRequestEntityData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterClientQuotasRequest', v, 'EntryData.Entity');
    } else {
      const a: AlterClientQuotasRequestEntityData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterClientQuotasRequestEntityData(r, v));
      _entity = a;
    }
  }
  let _ops: AlterClientQuotasRequestOpData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(11) : r.arrayLength(11));
    if (n < 0) {
      throw nullOnWire('AlterClientQuotasRequest', v, 'EntryData.Ops');
    } else {
      const a: AlterClientQuotasRequestOpData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterClientQuotasRequestOpData(r, v));
      _ops = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasRequestEntryData = {
    entity: _entity,
    ops: _ops,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasRequestEntityData(w: Writer, o: AlterClientQuotasRequestEntityData, v: number): void {
  const _entityType = o.entityType;
  if (_entityType == null) throw missingField('AlterClientQuotasRequest', v, 'EntityData.EntityType');
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

function decodeAlterClientQuotasRequestEntityData(r: Reader, v: number): AlterClientQuotasRequestEntityData {
  const _entityType = (v >= 1 ? r.compactString() : r.string());
  const _entityName = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasRequestEntityData = {
    entityType: _entityType,
    entityName: _entityName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasRequestOpData(w: Writer, o: AlterClientQuotasRequestOpData, v: number): void {
  const _key = o.key;
  if (_key == null) throw missingField('AlterClientQuotasRequest', v, 'OpData.Key');
  if (v >= 1) w.compactString(_key);
  else w.string(_key);
  const _value = o.value;
  if (_value == null) throw missingField('AlterClientQuotasRequest', v, 'OpData.Value');
  w.float64(_value);
  const _remove = o.remove;
  if (_remove == null) throw missingField('AlterClientQuotasRequest', v, 'OpData.Remove');
  w.bool(_remove);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterClientQuotasRequestOpData(r: Reader, v: number): AlterClientQuotasRequestOpData {
  const _key = (v >= 1 ? r.compactString() : r.string());
  const _value = r.float64();
  const _remove = r.bool();
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasRequestOpData = {
    key: _key,
    value: _value,
    remove: _remove,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasResponse(w: Writer, o: AlterClientQuotasResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterClientQuotasResponse', v, 'AlterClientQuotasResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _entries = o.entries;
  if (_entries == null) throw missingField('AlterClientQuotasResponse', v, 'AlterClientQuotasResponse.Entries');
  if (v >= 1) w.compactArrayLength(_entries.length);
  else w.arrayLength(_entries.length);
  for (let i = 0; i < _entries.length; i++) encodeAlterClientQuotasResponseEntryData(w, _entries[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const _throttleTimeMs = r.int32();
  let _entries: AlterClientQuotasResponseEntryData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('AlterClientQuotasResponse', v, 'AlterClientQuotasResponse.Entries');
    } else {
      const a: AlterClientQuotasResponseEntryData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterClientQuotasResponseEntryData(r, v));
      _entries = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasResponse = {
    throttleTimeMs: _throttleTimeMs,
    entries: _entries,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasResponseEntryData(w: Writer, o: AlterClientQuotasResponseEntryData, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterClientQuotasResponse', v, 'EntryData.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 1) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  const _entity = o.entity;
  if (_entity == null) throw missingField('AlterClientQuotasResponse', v, 'EntryData.Entity');
  if (v >= 1) w.compactArrayLength(_entity.length);
  else w.arrayLength(_entity.length);
  for (let i = 0; i < _entity.length; i++) encodeAlterClientQuotasResponseEntityData(w, _entity[i], v);
  if (v >= 1) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAlterClientQuotasResponseEntryData(r: Reader, v: number): AlterClientQuotasResponseEntryData {
  const _errorCode = r.int16();
  const _errorMessage = (v >= 1 ? r.compactNullableString() : r.nullableString());
  let _entity: AlterClientQuotasResponseEntityData[];
  {
    const n = (v >= 1 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AlterClientQuotasResponse', v, 'EntryData.Entity');
    } else {
      const a: AlterClientQuotasResponseEntityData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterClientQuotasResponseEntityData(r, v));
      _entity = a;
    }
  }
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasResponseEntryData = {
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    entity: _entity,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterClientQuotasResponseEntityData(w: Writer, o: AlterClientQuotasResponseEntityData, v: number): void {
  const _entityType = o.entityType;
  if (_entityType == null) throw missingField('AlterClientQuotasResponse', v, 'EntityData.EntityType');
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

function decodeAlterClientQuotasResponseEntityData(r: Reader, v: number): AlterClientQuotasResponseEntityData {
  const _entityType = (v >= 1 ? r.compactString() : r.string());
  const _entityName = (v >= 1 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 1 ? r.taggedFields() : undefined);
  const o: AlterClientQuotasResponseEntityData = {
    entityType: _entityType,
    entityName: _entityName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The AlterClientQuotas API (key 49): versions 0-1, flexible from 1. Served by: broker, controller.
 */
export const AlterClientQuotasApi: ApiCodec<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: AlterClientQuotasRequest, v: number): void {
    checkVersion('AlterClientQuotas', v, 0, 1);
    try {
      encodeAlterClientQuotasRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterClientQuotasRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterClientQuotasRequest {
    checkVersion('AlterClientQuotas', v, 0, 1);
    try {
      return decodeAlterClientQuotasRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterClientQuotasRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterClientQuotasResponse, v: number): void {
    checkVersion('AlterClientQuotas', v, 0, 1);
    try {
      encodeAlterClientQuotasResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterClientQuotasResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterClientQuotasResponse {
    checkVersion('AlterClientQuotas', v, 0, 1);
    try {
      return decodeAlterClientQuotasResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterClientQuotasResponse v${v}`, e);
    }
  },
};
