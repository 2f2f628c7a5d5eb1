// Generated from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ListPartitionReassignments request (API key 46): versions 0, flexible from 0. */
export interface ListPartitionReassignmentsRequest {
  /**
   * The time in ms to wait for the request to complete.
   *
   * Versions 0; default "60000".
   */
  timeoutMs?: number;
  /**
   * The topics to list partition reassignments for, or null to list everything.
   *
   * Versions 0; nullable 0; default "null".
   */
  topics?: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to list partition reassignments for, or null to list everything. */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The partitions to list partition reassignments for.
   *
   * Versions 0.
   */
  partitionIndexes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ListPartitionReassignments response (API key 46): versions 0, flexible from 0. */
export interface ListPartitionReassignmentsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0; nullable 0.
   */
  errorMessage: string | null;
  /**
   * The ongoing reassignments for each topic.
   *
   * Versions 0.
   */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ongoing reassignments for each topic. */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The ongoing reassignments for each partition.
   *
   * Versions 0.
   */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The ongoing reassignments for each partition. */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /**
   * The index of the partition.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The current replica set.
   *
   * Versions 0.
   */
  replicas: number[];
  /**
   * The set of replicas we are currently adding.
   *
   * Versions 0.
   */
  addingReplicas: number[];
  /**
   * The set of replicas we are currently removing.
   *
   * Versions 0.
   */
  removingReplicas: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeListPartitionReassignmentsRequest(w: Writer, o: ListPartitionReassignmentsRequest, v: number): void {
  const _timeoutMs = o.timeoutMs === undefined ? 60000 : o.timeoutMs;
  if (_timeoutMs == null) throw missingField('ListPartitionReassignmentsRequest', v, 'ListPartitionReassignmentsRequest.TimeoutMs');
  w.int32(_timeoutMs);
  const _topics = o.topics === undefined ? null : o.topics;
  if (_topics == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_topics.length);
    for (let i = 0; i < _topics.length; i++) encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, _topics[i], v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  const _timeoutMs = r.int32();
  let _topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      _topics = null;
    } else {
      const a: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListPartitionReassignmentsRequest = {
    timeoutMs: _timeoutMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ListPartitionReassignmentsRequest', v, 'ListPartitionReassignmentsTopics.Name');
  w.compactString(_name);
  const _partitionIndexes = o.partitionIndexes;
  if (_partitionIndexes == null) throw missingField('ListPartitionReassignmentsRequest', v, 'ListPartitionReassignmentsTopics.PartitionIndexes');
  w.compactArrayLength(_partitionIndexes.length);
  for (let i = 0; i < _partitionIndexes.length; i++) w.int32(_partitionIndexes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const _name = r.compactString();
  let _partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsRequest', v, 'ListPartitionReassignmentsTopics.PartitionIndexes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitionIndexes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = {
    name: _name,
    partitionIndexes: _partitionIndexes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListPartitionReassignmentsResponse(w: Writer, o: ListPartitionReassignmentsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ListPartitionReassignmentsResponse', v, 'ListPartitionReassignmentsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ListPartitionReassignmentsResponse', v, 'ListPartitionReassignmentsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _topics = o.topics;
  if (_topics == null) throw missingField('ListPartitionReassignmentsResponse', v, 'ListPartitionReassignmentsResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsResponse', v, 'ListPartitionReassignmentsResponse.Topics');
    } else {
      const a: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListPartitionReassignmentsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, o: ListPartitionReassignmentsResponseOngoingTopicReassignment, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingTopicReassignment.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingTopicReassignment.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const _name = r.compactString();
  let _partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsResponse', v, 'OngoingTopicReassignment.Partitions');
    } else {
      const a: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListPartitionReassignmentsResponseOngoingTopicReassignment = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, o: ListPartitionReassignmentsResponseOngoingPartitionReassignment, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.PartitionIndex');
  w.int32(_partitionIndex);
  const _replicas = o.replicas;
  if (_replicas == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.Replicas');
  w.compactArrayLength(_replicas.length);
  for (let i = 0; i < _replicas.length; i++) w.int32(_replicas[i]);
  const _addingReplicas = o.addingReplicas;
  if (_addingReplicas == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.AddingReplicas');
  w.compactArrayLength(_addingReplicas.length);
  for (let i = 0; i < _addingReplicas.length; i++) w.int32(_addingReplicas[i]);
  const _removingReplicas = o.removingReplicas;
  if (_removingReplicas == null) throw missingField('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.RemovingReplicas');
  w.compactArrayLength(_removingReplicas.length);
  for (let i = 0; i < _removingReplicas.length; i++) w.int32(_removingReplicas[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const _partitionIndex = r.int32();
  let _replicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.Replicas');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _replicas = a;
    }
  }
  let _addingReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.AddingReplicas');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _addingReplicas = a;
    }
  }
  let _removingReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ListPartitionReassignmentsResponse', v, 'OngoingPartitionReassignment.RemovingReplicas');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _removingReplicas = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListPartitionReassignmentsResponseOngoingPartitionReassignment = {
    partitionIndex: _partitionIndex,
    replicas: _replicas,
    addingReplicas: _addingReplicas,
    removingReplicas: _removingReplicas,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ListPartitionReassignments API (key 46): versions 0, flexible from 0. Served by: broker, controller.
 */
export const ListPartitionReassignmentsApi: ApiCodec<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse> = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ListPartitionReassignmentsRequest, v: number): void {
    checkVersion('ListPartitionReassignments', v, 0, 0);
    try {
      encodeListPartitionReassignmentsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListPartitionReassignmentsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
    checkVersion('ListPartitionReassignments', v, 0, 0);
    try {
      return decodeListPartitionReassignmentsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListPartitionReassignmentsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ListPartitionReassignmentsResponse, v: number): void {
    checkVersion('ListPartitionReassignments', v, 0, 0);
    try {
      encodeListPartitionReassignmentsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListPartitionReassignmentsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
    checkVersion('ListPartitionReassignments', v, 0, 0);
    try {
      return decodeListPartitionReassignmentsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListPartitionReassignmentsResponse v${v}`, e);
    }
  },
};
