// Generated from ElectLeadersRequest.json, ElectLeadersResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ElectLeaders request (API key 43): versions 0-2, flexible from 2. */
export interface ElectLeadersRequest {
  /**
   * Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica.
   *
   * Versions 1-2.
   */
  electionType?: number;
  /**
   * The topic partitions to elect leaders.
   *
   * Versions 0-2; nullable 0-2.
   */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /**
   * The time in ms to wait for the election to complete.
   *
   * Versions 0-2; default "60000".
   */
  timeoutMs?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic partitions to elect leaders. */
export interface ElectLeadersRequestTopicPartitions {
  /**
   * The name of a topic.
   *
   * Versions 0-2.
   */
  topic: string;
  /**
   * The partitions of this topic whose leader should be elected.
   *
   * Versions 0-2.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ElectLeaders response (API key 43): versions 0-2, flexible from 2. */
export interface ElectLeadersResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 1-2.
   */
  errorCode?: number;
  /**
   * The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
   *
   * Versions 0-2.
   */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
 */
export interface ElectLeadersResponseReplicaElectionResult {
  /**
   * The topic name.
   *
   * Versions 0-2.
   */
  topic: string;
  /**
   * The results for each partition.
   *
   * Versions 0-2.
   */
  partitionResult: ElectLeadersResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each partition. */
export interface ElectLeadersResponsePartitionResult {
  /**
   * The partition id.
   *
   * Versions 0-2.
   */
  partitionId: number;
  /**
   * The result error, or zero if there was no error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * The result message, or null if there was no error.
   *
   * Versions 0-2; nullable 0-2.
   */
  errorMessage: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeElectLeadersRequest(w: Writer, o: ElectLeadersRequest, v: number): void {
  if (v >= 1) {
    const _electionType = o.electionType === undefined ? 0 : o.electionType;
    if (_electionType == null) throw missingField('ElectLeadersRequest', v, 'ElectLeadersRequest.ElectionType');
    w.int8(_electionType);
  }
  if (v < 1) {
    const x = o.electionType;
    if (x !== undefined && !(x === 0)) throw unsupportedField('ElectLeadersRequest', v, 'ElectLeadersRequest.ElectionType');
  }
  const _topicPartitions = o.topicPartitions;
  if (_topicPartitions == null) {
    if (v >= 2) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 2) w.compactArrayLength(_topicPartitions.length);
    else w.arrayLength(_topicPartitions.length);
    for (let i = 0; i < _topicPartitions.length; i++) encodeElectLeadersRequestTopicPartitions(w, _topicPartitions[i], v);
  }
  const _timeoutMs = o.timeoutMs === undefined ? 60000 : o.timeoutMs;
  if (_timeoutMs == null) throw missingField('ElectLeadersRequest', v, 'ElectLeadersRequest.TimeoutMs');
  w.int32(_timeoutMs);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const _electionType: number = (v >= 1 ? r.int8() : 0);
  let _topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      _topicPartitions = null;
    } else {
      const a: ElectLeadersRequestTopicPartitions[] = [];
      for (let i = 0; i < n; i++) a.push(decodeElectLeadersRequestTopicPartitions(r, v));
      _topicPartitions = a;
    }
  }
  const _timeoutMs = r.int32();
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ElectLeadersRequest = {
    electionType: _electionType,
    topicPartitions: _topicPartitions,
    timeoutMs: _timeoutMs,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeElectLeadersRequestTopicPartitions(w: Writer, o: ElectLeadersRequestTopicPartitions, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('ElectLeadersRequest', v, 'TopicPartitions.Topic');
  if (v >= 2) w.compactString(_topic);
  else w.string(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ElectLeadersRequest', v, 'TopicPartitions.Partitions');
  if (v >= 2) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeElectLeadersRequestTopicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitions {
  const _topic = (v >= 2 ? r.compactString() : r.string());
  let _partitions: number[];
  {
    const n = (v >= 2 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('ElectLeadersRequest', v, 'TopicPartitions.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ElectLeadersRequestTopicPartitions = {
    topic: _topic,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeElectLeadersResponse(w: Writer, o: ElectLeadersResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ElectLeadersResponse', v, 'ElectLeadersResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 1) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('ElectLeadersResponse', v, 'ElectLeadersResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v < 1) {
    const x = o.errorCode;
    if (x !== undefined && !(x === 0)) throw unsupportedField('ElectLeadersResponse', v, 'ElectLeadersResponse.ErrorCode');
  }
  const _replicaElectionResults = o.replicaElectionResults;
  if (_replicaElectionResults == null) throw missingField('ElectLeadersResponse', v, 'ElectLeadersResponse.ReplicaElectionResults');
  if (v >= 2) w.compactArrayLength(_replicaElectionResults.length);
  else w.arrayLength(_replicaElectionResults.length);
  for (let i = 0; i < _replicaElectionResults.length; i++) encodeElectLeadersResponseReplicaElectionResult(w, _replicaElectionResults[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode: number = (v >= 1 ? r.int16() : 0);
  let _replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ElectLeadersResponse', v, 'ElectLeadersResponse.ReplicaElectionResults');
    } else {
      const a: ElectLeadersResponseReplicaElectionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeElectLeadersResponseReplicaElectionResult(r, v));
      _replicaElectionResults = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ElectLeadersResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    replicaElectionResults: _replicaElectionResults,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeElectLeadersResponseReplicaElectionResult(w: Writer, o: ElectLeadersResponseReplicaElectionResult, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('ElectLeadersResponse', v, 'ReplicaElectionResult.Topic');
  if (v >= 2) w.compactString(_topic);
  else w.string(_topic);
  const _partitionResult = o.partitionResult;
  if (_partitionResult == null) throw missingField('ElectLeadersResponse', v, 'ReplicaElectionResult.PartitionResult');
  if (v >= 2) w.compactArrayLength(_partitionResult.length);
  else w.arrayLength(_partitionResult.length);
  for (let i = 0; i < _partitionResult.length; i++) encodeElectLeadersResponsePartitionResult(w, _partitionResult[i], v);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeElectLeadersResponseReplicaElectionResult(r: Reader, v: number): ElectLeadersResponseReplicaElectionResult {
  const _topic = (v >= 2 ? r.compactString() : r.string());
  let _partitionResult: ElectLeadersResponsePartitionResult[];
  {
    const n = (v >= 2 ? r.compactArrayLength(8) : r.arrayLength(8));
    if (n < 0) {
      throw nullOnWire('ElectLeadersResponse', v, 'ReplicaElectionResult.PartitionResult');
    } else {
      const a: ElectLeadersResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeElectLeadersResponsePartitionResult(r, v));
      _partitionResult = a;
    }
  }
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ElectLeadersResponseReplicaElectionResult = {
    topic: _topic,
    partitionResult: _partitionResult,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeElectLeadersResponsePartitionResult(w: Writer, o: ElectLeadersResponsePartitionResult, v: number): void {
  const _partitionId = o.partitionId;
  if (_partitionId == null) throw missingField('ElectLeadersResponse', v, 'PartitionResult.PartitionId');
  w.int32(_partitionId);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ElectLeadersResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage;
  if (v >= 2) w.compactNullableString(_errorMessage);
  else w.nullableString(_errorMessage);
  if (v >= 2) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeElectLeadersResponsePartitionResult(r: Reader, v: number): ElectLeadersResponsePartitionResult {
  const _partitionId = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 2 ? r.taggedFields() : undefined);
  const o: ElectLeadersResponsePartitionResult = {
    partitionId: _partitionId,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/**
 * The ElectLeaders API (key 43): versions 0-2, flexible from 2. Served by: broker, controller.
 */
export const ElectLeadersApi: ApiCodec<ElectLeadersRequest, ElectLeadersResponse> = {
  apiKey: 43,
  name: 'ElectLeaders',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 2 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 2 ? 1 : 0),
  encodeRequest(w: Writer, body: ElectLeadersRequest, v: number): void {
    checkVersion('ElectLeaders', v, 0, 2);
    try {
      encodeElectLeadersRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ElectLeadersRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ElectLeadersRequest {
    checkVersion('ElectLeaders', v, 0, 2);
    try {
      return decodeElectLeadersRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ElectLeadersRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ElectLeadersResponse, v: number): void {
    checkVersion('ElectLeaders', v, 0, 2);
    try {
      encodeElectLeadersResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ElectLeadersResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ElectLeadersResponse {
    checkVersion('ElectLeaders', v, 0, 2);
    try {
      return decodeElectLeadersResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ElectLeadersResponse v${v}`, e);
    }
  },
};
