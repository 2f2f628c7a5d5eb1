// Generated from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A AlterPartitionReassignments request (API key 45): versions 0-1, flexible from 0. */
export interface AlterPartitionReassignmentsRequest {
  /**
   * The time in ms to wait for the request to complete.
   *
   * Versions 0-1; default "60000".
   */
  timeoutMs?: number;
  /**
   * The option indicating whether changing the replication factor of any given partition as part of this request is a valid move.
   *
   * Versions 1; default "true".
   */
  allowReplicationFactorChange?: boolean;
  /**
   * The topics to reassign.
   *
   * Versions 0-1.
   */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to reassign. */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The partitions to reassign.
   *
   * Versions 0-1.
   */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to reassign. */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The replicas to place the partitions on, or null to cancel a pending reassignment for this partition.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  replicas?: number[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AlterPartitionReassignments response (API key 45): versions 0-1, flexible from 0. */
export interface AlterPartitionReassignmentsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-1.
   */
  throttleTimeMs: number;
  /**
   * The option indicating whether changing the replication factor of any given partition as part of the request was allowed.
   *
   * Versions 1; default "true"; ignorable.
   */
  allowReplicationFactorChange?: boolean;
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * The responses to topics to reassign.
   *
   * Versions 0-1.
   */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses to topics to reassign. */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /**
   * The topic name.
   *
   * Versions 0-1.
   */
  name: string;
  /**
   * The responses to partitions to reassign.
   *
   * Versions 0-1.
   */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The responses to partitions to reassign. */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partitionIndex: number;
  /**
   * The error code for this partition, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message for this partition, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAlterPartitionReassignmentsRequest(w: Writer, o: AlterPartitionReassignmentsRequest, v: number): void {
  const _timeoutMs = o.timeoutMs === undefined ? 60000 : o.timeoutMs;
  if (_timeoutMs == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'AlterPartitionReassignmentsRequest.TimeoutMs');
  w.int32(_timeoutMs);
  if (v >= 1) {
    const _allowReplicationFactorChange = o.allowReplicationFactorChange === undefined ? true : o.allowReplicationFactorChange;
    if (_allowReplicationFactorChange == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'AlterPartitionReassignmentsRequest.AllowReplicationFactorChange');
    w.bool(_allowReplicationFactorChange);
  }
  if (v < 1) {
    const x = o.allowReplicationFactorChange;
    if (x !== undefined && !(x === true)) throw unsupportedField('AlterPartitionReassignmentsRequest', v, 'AlterPartitionReassignmentsRequest.AllowReplicationFactorChange');
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'AlterPartitionReassignmentsRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAlterPartitionReassignmentsRequestReassignableTopic(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  const _timeoutMs = r.int32();
  const _allowReplicationFactorChange: boolean = (v >= 1 ? r.bool() : true);
  let _topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AlterPartitionReassignmentsRequest', v, 'AlterPartitionReassignmentsRequest.Topics');
    } else {
      const a: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionReassignmentsRequestReassignableTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsRequest = {
    timeoutMs: _timeoutMs,
    allowReplicationFactorChange: _allowReplicationFactorChange,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, o: AlterPartitionReassignmentsRequestReassignableTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'ReassignableTopic.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'ReassignableTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterPartitionReassignmentsRequestReassignablePartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const _name = r.compactString();
  let _partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('AlterPartitionReassignmentsRequest', v, 'ReassignableTopic.Partitions');
    } else {
      const a: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionReassignmentsRequestReassignablePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsRequestReassignableTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, o: AlterPartitionReassignmentsRequestReassignablePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterPartitionReassignmentsRequest', v, 'ReassignablePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _replicas = o.replicas === undefined ? null : o.replicas;
  if (_replicas == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_replicas.length);
    for (let i = 0; i < _replicas.length; i++) w.int32(_replicas[i]);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const _partitionIndex = r.int32();
  let _replicas: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      _replicas = null;
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _replicas = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsRequestReassignablePartition = {
    partitionIndex: _partitionIndex,
    replicas: _replicas,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionReassignmentsResponse(w: Writer, o: AlterPartitionReassignmentsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'AlterPartitionReassignmentsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 1) {
    const _allowReplicationFactorChange = o.allowReplicationFactorChange === undefined ? true : o.allowReplicationFactorChange;
    if (_allowReplicationFactorChange == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'AlterPartitionReassignmentsResponse.AllowReplicationFactorChange');
    w.bool(_allowReplicationFactorChange);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'AlterPartitionReassignmentsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _responses = o.responses;
  if (_responses == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'AlterPartitionReassignmentsResponse.Responses');
  w.compactArrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, _responses[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  const _throttleTimeMs = r.int32();
  const _allowReplicationFactorChange: boolean = (v >= 1 ? r.bool() : true);
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AlterPartitionReassignmentsResponse', v, 'AlterPartitionReassignmentsResponse.Responses');
    } else {
      const a: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r, v));
      _responses = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: _throttleTimeMs,
    allowReplicationFactorChange: _allowReplicationFactorChange,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, o: AlterPartitionReassignmentsResponseReassignableTopicResponse, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'ReassignableTopicResponse.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'ReassignableTopicResponse.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const _name = r.compactString();
  let _partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('AlterPartitionReassignmentsResponse', v, 'ReassignableTopicResponse.Partitions');
    } else {
      const a: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsResponseReassignableTopicResponse = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, o: AlterPartitionReassignmentsResponseReassignablePartitionResponse, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'ReassignablePartitionResponse.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('AlterPartitionReassignmentsResponse', v, 'ReassignablePartitionResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: AlterPartitionReassignmentsResponseReassignablePartitionResponse = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The AlterPartitionReassignments API (key 45): versions 0-1, flexible from 0. Served by: broker, controller.
 */
export const AlterPartitionReassignmentsApi: ApiCodec<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse> = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: AlterPartitionReassignmentsRequest, v: number): void {
    checkVersion('AlterPartitionReassignments', v, 0, 1);
    try {
      encodeAlterPartitionReassignmentsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterPartitionReassignmentsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
    checkVersion('AlterPartitionReassignments', v, 0, 1);
    try {
      return decodeAlterPartitionReassignmentsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterPartitionReassignmentsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AlterPartitionReassignmentsResponse, v: number): void {
    checkVersion('AlterPartitionReassignments', v, 0, 1);
    try {
      encodeAlterPartitionReassignmentsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AlterPartitionReassignmentsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
    checkVersion('AlterPartitionReassignments', v, 0, 1);
    try {
      return decodeAlterPartitionReassignmentsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AlterPartitionReassignmentsResponse v${v}`, e);
    }
  },
};
