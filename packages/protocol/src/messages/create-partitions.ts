// Generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A CreatePartitions request (API key 37): versions 0-3, flexible from 2. */
export interface CreatePartitionsRequest {
  /**
   * Each topic that we want to create new partitions inside.
   *
   * Versions 0-3.
   */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /**
   * The time in ms to wait for the partitions to be created.
   *
   * Versions 0-3.
   */
  timeoutMs: number;
  /**
   * If true, then validate the request, but don't actually increase the number of partitions.
   *
   * Versions 0-3.
   */
  validateOnly: boolean;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we want to create new partitions inside. */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /**
   * The topic name.
   *
   * Versions 0-3.
   */
  name: string;
  /**
   * The new partition count.
   *
   * Versions 0-3.
   */
  count: number;
  /**
   * The new partition assignments.
   *
   * Versions 0-3; nullable 0-3.
   */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The new partition assignments. */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /**
   * The assigned broker IDs.
   *
   * Versions 0-3.
   */
  brokerIds: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A CreatePartitions response (API key 37): versions 0-3, flexible from 2. */
export interface CreatePartitionsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-3.
   */
  throttleTimeMs: number;
  /**
   * The partition creation results for each topic.
   *
   * Versions 0-3.
   */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partition creation results for each topic. */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /**
   * The topic name.
   *
   * Versions 0-3.
   */
  name: string;
  /**
   * The result error, or zero if there was no error.
   *
   * Versions 0-3.
   */
  errorCode: number;
  /**
   * The result message, or null if there was no error.
   *
   * Versions 0-3; nullable 0-3; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeCreatePartitionsRequest(w: Writer, o: CreatePartitionsRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsRequest.Topics');
  if (v >= 2) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeCreatePartitionsRequestCreatePartitionsTopic(w, _topics[i], v);
  const _timeoutMs = o.timeoutMs;
  if (_timeoutMs == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsRequest.TimeoutMs');
  w.int32(_timeoutMs);
  const _validateOnly = o.validateOnly;
  if (_validateOnly == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsRequest.ValidateOnly');
  w.bool(_validateOnly);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  let _topics: CreatePartitionsRequestCreatePartitionsTopic[];
  {
    const n = (v >= 2 ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n < 0) {
      throw nullOnWire('CreatePartitionsRequest', v, 'CreatePartitionsRequest.Topics');
    } else {
      const a: CreatePartitionsRequestCreatePartitionsTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreatePartitionsRequestCreatePartitionsTopic(r, v));
      _topics = a;
    }
  }
  const _timeoutMs = r.int32();
  const _validateOnly = r.bool();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreatePartitionsRequest = {
    topics: _topics,
    timeoutMs: _timeoutMs,
    validateOnly: _validateOnly,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, o: CreatePartitionsRequestCreatePartitionsTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsTopic.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _count = o.count;
  if (_count == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsTopic.Count');
  w.int32(_count);
  const _assignments = o.assignments;
  if (_assignments == null) {
    if (v >= 2) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 2) w.compactArrayLength(_assignments.length);
    else w.arrayLength(_assignments.length);
    for (let i = 0; i < _assignments.length; i++) encodeCreatePartitionsRequestCreatePartitionsAssignment(w, _assignments[i], v);
  }
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  const _name = (v >= 2 ? r.compactString() : r.string());
  const _count = r.int32();
  let _assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  {
    const n = (v >= 2 ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n < 0) {
      _assignments = null;
    } else {
      const a: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreatePartitionsRequestCreatePartitionsAssignment(r, v));
      _assignments = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreatePartitionsRequestCreatePartitionsTopic = {
    name: _name,
    count: _count,
    assignments: _assignments,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, o: CreatePartitionsRequestCreatePartitionsAssignment, v: number): void {
  const _brokerIds = o.brokerIds;
  if (_brokerIds == null) throw missingField('CreatePartitionsRequest', v, 'CreatePartitionsAssignment.BrokerIds');
  if (v >= 2) w.compactArrayLength(_brokerIds.length);
  else w.arrayLength(_brokerIds.length);
  for (let i = 0; i < _brokerIds.length; i++) w.int32(_brokerIds[i]);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  let _brokerIds: number[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('CreatePartitionsRequest', v, 'CreatePartitionsAssignment.BrokerIds');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _brokerIds = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreatePartitionsRequestCreatePartitionsAssignment = {
    brokerIds: _brokerIds,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreatePartitionsResponse(w: Writer, o: CreatePartitionsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('CreatePartitionsResponse', v, 'CreatePartitionsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _results = o.results;
  if (_results == null) throw missingField('CreatePartitionsResponse', v, 'CreatePartitionsResponse.Results');
  if (v >= 2) w.compactArrayLength(_results.length);
  else w.arrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, _results[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const _throttleTimeMs = r.int32();
  let _results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n < 0) {
      throw nullOnWire('CreatePartitionsResponse', v, 'CreatePartitionsResponse.Results');
    } else {
      const a: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeCreatePartitionsResponseCreatePartitionsTopicResult(r, v));
      _results = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreatePartitionsResponse = {
    throttleTimeMs: _throttleTimeMs,
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, o: CreatePartitionsResponseCreatePartitionsTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('CreatePartitionsResponse', v, 'CreatePartitionsTopicResult.Name');
  if (v >= 2) w.compactString(_name);
  else w.string(_name);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('CreatePartitionsResponse', v, 'CreatePartitionsTopicResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const _name = (v >= 2 ? r.compactString() : r.string());
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: CreatePartitionsResponseCreatePartitionsTopicResult = {
    name: _name,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The CreatePartitions API (key 37): versions 0-3, flexible from 2. Served by: broker, controller.
 */
export const CreatePartitionsApi: ApiCodec<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  name: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: CreatePartitionsRequest, v: number): void {
    checkVersion('CreatePartitions', v, 0, 3);
    try {
      encodeCreatePartitionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreatePartitionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): CreatePartitionsRequest {
    checkVersion('CreatePartitions', v, 0, 3);
    try {
      return decodeCreatePartitionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreatePartitionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: CreatePartitionsResponse, v: number): void {
    checkVersion('CreatePartitions', v, 0, 3);
    try {
      encodeCreatePartitionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode CreatePartitionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): CreatePartitionsResponse {
    checkVersion('CreatePartitions', v, 0, 3);
    try {
      return decodeCreatePartitionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode CreatePartitionsResponse v${v}`, e);
    }
  },
};
