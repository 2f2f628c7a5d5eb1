// Generated from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeTopicPartitions request (API key 75): versions 0, flexible from 0. */
export interface DescribeTopicPartitionsRequest {
  /**
   * The topics to fetch details for.
   *
   * Versions 0.
   */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /**
   * The maximum number of partitions included in the response.
   *
   * Versions 0; default "2000".
   */
  responsePartitionLimit?: number;
  /**
   * The first topic and partition index to fetch details for.
   *
   * Versions 0; nullable 0; default "null".
   */
  cursor?: DescribeTopicPartitionsRequestCursor | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch details for. */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The first topic and partition index to fetch details for. */
export interface DescribeTopicPartitionsRequestCursor {
  /**
   * The name for the first topic to process.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * The partition index to start with.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeTopicPartitions response (API key 75): versions 0, flexible from 0. */
export interface DescribeTopicPartitionsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0; ignorable.
   */
  throttleTimeMs: number;
  /**
   * Each topic in the response.
   *
   * Versions 0.
   */
  topics: DescribeTopicPartitionsResponseTopic[];
  /**
   * The next topic and partition index to fetch details for.
   *
   * Versions 0; nullable 0; default "null".
   */
  nextCursor?: DescribeTopicPartitionsResponseCursor | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic in the response. */
export interface DescribeTopicPartitionsResponseTopic {
  /**
   * The topic error, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The topic name.
   *
   * Versions 0; nullable 0.
   */
  name: string | null;
  /**
   * The topic id.
   *
   * Versions 0; ignorable.
   */
  topicId: Uuid;
  /**
   * True if the topic is internal.
   *
   * Versions 0; default "false"; ignorable.
   */
  isInternal?: boolean;
  /**
   * Each partition in the topic.
   *
   * Versions 0.
   */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /**
   * 32-bit bitfield to represent authorized operations for this topic.
   *
   * Versions 0; default "-2147483648".
   */
  topicAuthorizedOperations?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the topic. */
export interface DescribeTopicPartitionsResponsePartition {
  /**
   * The partition error, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The ID of the leader broker.
   *
   * Versions 0.
   */
  leaderId: number;
  /**
   * The leader epoch of this partition.
   *
   * Versions 0; default "-1"; ignorable.
   */
  leaderEpoch?: number;
  /**
   * The set of all nodes that host this partition.
   *
   * Versions 0.
   */
  replicaNodes: number[];
  /**
   * The set of nodes that are in sync with the leader for this partition.
   *
   * Versions 0.
   */
  isrNodes: number[];
  /**
   * The new eligible leader replicas otherwise.
   *
   * Versions 0; nullable 0; default "null".
   */
  eligibleLeaderReplicas?: number[] | null;
  /**
   * The last known ELR.
   *
   * Versions 0; nullable 0; default "null".
   */
  lastKnownElr?: number[] | null;
  /**
   * The set of offline replicas of this partition.
   *
   * Versions 0; ignorable.
   */
  offlineReplicas: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The next topic and partition index to fetch details for. */
export interface DescribeTopicPartitionsResponseCursor {
  /**
   * The name for the first topic to process.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * The partition index to start with.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeTopicPartitionsRequest(w: Writer, o: DescribeTopicPartitionsRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeTopicPartitionsRequest', v, 'DescribeTopicPartitionsRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeTopicPartitionsRequestTopicRequest(w, _topics[i], v);
  const _responsePartitionLimit = o.responsePartitionLimit === undefined ? 2000 : o.responsePartitionLimit;
  if (_responsePartitionLimit == null) throw missingField('DescribeTopicPartitionsRequest', v, 'DescribeTopicPartitionsRequest.ResponsePartitionLimit');
  w.int32(_responsePartitionLimit);
  const _cursor = o.cursor === undefined ? null : o.cursor;
  if (_cursor == null) w.int8(-1);
  else {
    w.int8(1);
    encodeDescribeTopicPartitionsRequestCursor(w, _cursor, v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  let _topics: DescribeTopicPartitionsRequestTopicRequest[];
  {
    const n = r.compactArrayLength(2);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsRequest', v, 'DescribeTopicPartitionsRequest.Topics');
    } else {
      const a: DescribeTopicPartitionsRequestTopicRequest[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeTopicPartitionsRequestTopicRequest(r, v));
      _topics = a;
    }
  }
  const _responsePartitionLimit = r.int32();
  const _cursor = (r.int8() < 0 ? null : decodeDescribeTopicPartitionsRequestCursor(r, v));
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsRequest = {
    topics: _topics,
    responsePartitionLimit: _responsePartitionLimit,
    cursor: _cursor,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsRequestTopicRequest(w: Writer, o: DescribeTopicPartitionsRequestTopicRequest, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeTopicPartitionsRequest', v, 'TopicRequest.Name');
  w.compactString(_name);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsRequestTopicRequest(r: Reader, v: number): DescribeTopicPartitionsRequestTopicRequest {
  const _name = r.compactString();
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsRequestTopicRequest = {
    name: _name,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsRequestCursor(w: Writer, o: DescribeTopicPartitionsRequestCursor, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeTopicPartitionsRequest', v, 'Cursor.TopicName');
  w.compactString(_topicName);
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeTopicPartitionsRequest', v, 'Cursor.PartitionIndex');
  w.int32(_partitionIndex);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsRequestCursor(r: Reader, v: number): DescribeTopicPartitionsRequestCursor {
  const _topicName = r.compactString();
  const _partitionIndex = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsRequestCursor = {
    topicName: _topicName,
    partitionIndex: _partitionIndex,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsResponse(w: Writer, o: DescribeTopicPartitionsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeTopicPartitionsResponseTopic(w, _topics[i], v);
  const _nextCursor = o.nextCursor === undefined ? null : o.nextCursor;
  if (_nextCursor == null) w.int8(-1);
  else {
    w.int8(1);
    encodeDescribeTopicPartitionsResponseCursor(w, _nextCursor, v);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  const _throttleTimeMs = r.int32();
  let _topics: DescribeTopicPartitionsResponseTopic[];
  {
    const n = r.compactArrayLength(26);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponse.Topics');
    } else {
      const a: DescribeTopicPartitionsResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeTopicPartitionsResponseTopic(r, v));
      _topics = a;
    }
  }
  const _nextCursor = (r.int8() < 0 ? null : decodeDescribeTopicPartitionsResponseCursor(r, v));
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
    nextCursor: _nextCursor,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsResponseTopic(w: Writer, o: DescribeTopicPartitionsResponseTopic, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.ErrorCode');
  w.int16(_errorCode);
  const _name = o.name;
  w.compactNullableString(_name);
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.TopicId');
  w.uuid(_topicId);
  const _isInternal = o.isInternal === undefined ? false : o.isInternal;
  if (_isInternal == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.IsInternal');
  w.bool(_isInternal);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeTopicPartitionsResponsePartition(w, _partitions[i], v);
  const _topicAuthorizedOperations = o.topicAuthorizedOperations === undefined ? -2147483648 : o.topicAuthorizedOperations;
  if (_topicAuthorizedOperations == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.TopicAuthorizedOperations');
  w.int32(_topicAuthorizedOperations);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  const _errorCode = r.int16();
  const _name = r.compactNullableString();
  const _topicId = r.uuid();
  const _isInternal = r.bool();
  let _partitions: DescribeTopicPartitionsResponsePartition[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponseTopic.Partitions');
    } else {
      const a: DescribeTopicPartitionsResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeTopicPartitionsResponsePartition(r, v));
      _partitions = a;
    }
  }
  const _topicAuthorizedOperations = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsResponseTopic = {
    errorCode: _errorCode,
    name: _name,
    topicId: _topicId,
    isInternal: _isInternal,
    partitions: _partitions,
    topicAuthorizedOperations: _topicAuthorizedOperations,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsResponsePartition(w: Writer, o: DescribeTopicPartitionsResponsePartition, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.ErrorCode');
  w.int16(_errorCode);
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _replicaNodes = o.replicaNodes;
  if (_replicaNodes == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.ReplicaNodes');
  w.compactArrayLength(_replicaNodes.length);
  for (let i = 0; i < _replicaNodes.length; i++) w.int32(_replicaNodes[i]);
  const _isrNodes = o.isrNodes;
  if (_isrNodes == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.IsrNodes');
  w.compactArrayLength(_isrNodes.length);
  for (let i = 0; i < _isrNodes.length; i++) w.int32(_isrNodes[i]);
  const _eligibleLeaderReplicas = o.eligibleLeaderReplicas === undefined ? null : o.eligibleLeaderReplicas;
  if (_eligibleLeaderReplicas == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_eligibleLeaderReplicas.length);
    for (let i = 0; i < _eligibleLeaderReplicas.length; i++) w.int32(_eligibleLeaderReplicas[i]);
  }
  const _lastKnownElr = o.lastKnownElr === undefined ? null : o.lastKnownElr;
  if (_lastKnownElr == null) {
    w.compactArrayLength(null);
  } else {
    w.compactArrayLength(_lastKnownElr.length);
    for (let i = 0; i < _lastKnownElr.length; i++) w.int32(_lastKnownElr[i]);
  }
  const _offlineReplicas = o.offlineReplicas;
  if (_offlineReplicas == null) throw missingField('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.OfflineReplicas');
  w.compactArrayLength(_offlineReplicas.length);
  for (let i = 0; i < _offlineReplicas.length; i++) w.int32(_offlineReplicas[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponsePartition(r: Reader, v: number): DescribeTopicPartitionsResponsePartition {
  const _errorCode = r.int16();
  const _partitionIndex = r.int32();
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  let _replicaNodes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.ReplicaNodes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _replicaNodes = a;
    }
  }
  let _isrNodes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.IsrNodes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _isrNodes = a;
    }
  }
  let _eligibleLeaderReplicas: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      _eligibleLeaderReplicas = null;
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _eligibleLeaderReplicas = a;
    }
  }
  let _lastKnownElr: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      _lastKnownElr = null;
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _lastKnownElr = a;
    }
  }
  let _offlineReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeTopicPartitionsResponse', v, 'DescribeTopicPartitionsResponsePartition.OfflineReplicas');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _offlineReplicas = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsResponsePartition = {
    errorCode: _errorCode,
    partitionIndex: _partitionIndex,
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
    replicaNodes: _replicaNodes,
    isrNodes: _isrNodes,
    eligibleLeaderReplicas: _eligibleLeaderReplicas,
    lastKnownElr: _lastKnownElr,
    offlineReplicas: _offlineReplicas,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTopicPartitionsResponseCursor(w: Writer, o: DescribeTopicPartitionsResponseCursor, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DescribeTopicPartitionsResponse', v, 'Cursor.TopicName');
  w.compactString(_topicName);
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeTopicPartitionsResponse', v, 'Cursor.PartitionIndex');
  w.int32(_partitionIndex);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponseCursor(r: Reader, v: number): DescribeTopicPartitionsResponseCursor {
  const _topicName = r.compactString();
  const _partitionIndex = r.int32();
  const unknownTags = r.taggedFields();
  const o: DescribeTopicPartitionsResponseCursor = {
    topicName: _topicName,
    partitionIndex: _partitionIndex,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeTopicPartitions API (key 75): versions 0, flexible from 0. Served by: broker. */
export const DescribeTopicPartitionsApi: ApiCodec<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeTopicPartitionsRequest, v: number): void {
    checkVersion('DescribeTopicPartitions', v, 0, 0);
    try {
      encodeDescribeTopicPartitionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeTopicPartitionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
    checkVersion('DescribeTopicPartitions', v, 0, 0);
    try {
      return decodeDescribeTopicPartitionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeTopicPartitionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeTopicPartitionsResponse, v: number): void {
    checkVersion('DescribeTopicPartitions', v, 0, 0);
    try {
      encodeDescribeTopicPartitionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeTopicPartitionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
    checkVersion('DescribeTopicPartitions', v, 0, 0);
    try {
      return decodeDescribeTopicPartitionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeTopicPartitionsResponse v${v}`, e);
    }
  },
};
