// Generated from ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ShareAcknowledge request (API key 79): versions 1-2, flexible from 0. */
export interface ShareAcknowledgeRequest {
  /**
   * The group identifier.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  groupId?: string | null;
  /**
   * The member ID.
   *
   * Versions 1-2; nullable 1-2.
   */
  memberId: string | null;
  /**
   * The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
   *
   * Versions 1-2.
   */
  shareSessionEpoch: number;
  /**
   * Whether Renew type acknowledgements present in AcknowledgementBatches.
   *
   * Versions 2; default "false".
   */
  isRenewAck?: boolean;
  /**
   * The topics containing records to acknowledge.
   *
   * Versions 1-2.
   */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics containing records to acknowledge. */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /**
   * The unique topic ID.
   *
   * Versions 1-2.
   */
  topicId: Uuid;
  /**
   * The partitions containing records to acknowledge.
   *
   * Versions 1-2.
   */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions containing records to acknowledge. */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /**
   * The partition index.
   *
   * Versions 1-2.
   */
  partitionIndex: number;
  /**
   * Record batches to acknowledge.
   *
   * Versions 1-2.
   */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Record batches to acknowledge. */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /**
   * First offset of batch of records to acknowledge.
   *
   * Versions 1-2.
   */
  firstOffset: bigint;
  /**
   * Last offset (inclusive) of batch of records to acknowledge.
   *
   * Versions 1-2.
   */
  lastOffset: bigint;
  /**
   * Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew.
   *
   * Versions 1-2.
   */
  acknowledgeTypes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ShareAcknowledge response (API key 79): versions 1-2, flexible from 0. */
export interface ShareAcknowledgeResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-2.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 1-2.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  errorMessage?: string | null;
  /**
   * The time in milliseconds for which the acquired records are locked.
   *
   * Versions 2; ignorable.
   */
  acquisitionLockTimeoutMs?: number;
  /**
   * The response topics.
   *
   * Versions 1-2.
   */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /**
   * Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
   *
   * Versions 1-2.
   */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The response topics. */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /**
   * The unique topic ID.
   *
   * Versions 1-2.
   */
  topicId: Uuid;
  /**
   * The topic partitions.
   *
   * Versions 1-2.
   */
  partitions: ShareAcknowledgeResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic partitions. */
export interface ShareAcknowledgeResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 1-2.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 1-2.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  errorMessage?: string | null;
  /**
   * The current leader of the partition.
   *
   * Versions 1-2.
   */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current leader of the partition. */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /**
   * The ID of the current leader or -1 if the leader is unknown.
   *
   * Versions 1-2.
   */
  leaderId: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 1-2.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
 */
export interface ShareAcknowledgeResponseNodeEndpoint {
  /**
   * The ID of the associated node.
   *
   * Versions 1-2.
   */
  nodeId: number;
  /**
   * The node's hostname.
   *
   * Versions 1-2.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 1-2.
   */
  port: number;
  /**
   * The rack of the node, or null if it has not been assigned to a rack.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  rack?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeShareAcknowledgeRequest(w: Writer, o: ShareAcknowledgeRequest, v: number): void {
  const _groupId = o.groupId === undefined ? null : o.groupId;
  w.compactNullableString(_groupId);
  const _memberId = o.memberId;
  w.compactNullableString(_memberId);
  const _shareSessionEpoch = o.shareSessionEpoch;
  if (_shareSessionEpoch == null) throw missingField('ShareAcknowledgeRequest', v, 'ShareAcknowledgeRequest.ShareSessionEpoch');
  w.int32(_shareSessionEpoch);
  if (v >= 2) {
    const _isRenewAck = o.isRenewAck === undefined ? false : o.isRenewAck;
    if (_isRenewAck == null) throw missingField('ShareAcknowledgeRequest', v, 'ShareAcknowledgeRequest.IsRenewAck');
    w.bool(_isRenewAck);
  }
  if (v < 2) {
    const x = o.isRenewAck;
    if (x !== undefined && !(x === false)) throw unsupportedField('ShareAcknowledgeRequest', v, 'ShareAcknowledgeRequest.IsRenewAck');
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('ShareAcknowledgeRequest', v, 'ShareAcknowledgeRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeShareAcknowledgeRequestAcknowledgeTopic(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  const _groupId = r.compactNullableString();
  const _memberId = r.compactNullableString();
  const _shareSessionEpoch = r.int32();
  const _isRenewAck: boolean = (v >= 2 ? r.bool() : false);
  let _topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeRequest', v, 'ShareAcknowledgeRequest.Topics');
    } else {
      const a: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeRequestAcknowledgeTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeRequest = {
    groupId: _groupId,
    memberId: _memberId,
    shareSessionEpoch: _shareSessionEpoch,
    isRenewAck: _isRenewAck,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, o: ShareAcknowledgeRequestAcknowledgeTopic, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgeTopic.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgeTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeShareAcknowledgeRequestAcknowledgePartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const _topicId = r.uuid();
  let _partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeRequest', v, 'AcknowledgeTopic.Partitions');
    } else {
      const a: ShareAcknowledgeRequestAcknowledgePartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeRequestAcknowledgePartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeRequestAcknowledgeTopic = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeRequestAcknowledgePartition(w: Writer, o: ShareAcknowledgeRequestAcknowledgePartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgePartition.PartitionIndex');
  w.int32(_partitionIndex);
  const _acknowledgementBatches = o.acknowledgementBatches;
  if (_acknowledgementBatches == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgePartition.AcknowledgementBatches');
  w.compactArrayLength(_acknowledgementBatches.length);
  for (let i = 0; i < _acknowledgementBatches.length; i++) encodeShareAcknowledgeRequestAcknowledgementBatch(w, _acknowledgementBatches[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgePartition {
  const _partitionIndex = r.int32();
  let _acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeRequest', v, 'AcknowledgePartition.AcknowledgementBatches');
    } else {
      const a: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeRequestAcknowledgementBatch(r, v));
      _acknowledgementBatches = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeRequestAcknowledgePartition = {
    partitionIndex: _partitionIndex,
    acknowledgementBatches: _acknowledgementBatches,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, o: ShareAcknowledgeRequestAcknowledgementBatch, v: number): void {
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgementBatch.FirstOffset');
  w.int64(_firstOffset);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgementBatch.LastOffset');
  w.int64(_lastOffset);
  const _acknowledgeTypes = o.acknowledgeTypes;
  if (_acknowledgeTypes == null) throw missingField('ShareAcknowledgeRequest', v, 'AcknowledgementBatch.AcknowledgeTypes');
  w.compactArrayLength(_acknowledgeTypes.length);
  for (let i = 0; i < _acknowledgeTypes.length; i++) w.int8(_acknowledgeTypes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeRequestAcknowledgementBatch(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const _firstOffset = r.int64();
  const _lastOffset = r.int64();
  let _acknowledgeTypes: number[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeRequest', v, 'AcknowledgementBatch.AcknowledgeTypes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int8());
      _acknowledgeTypes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeRequestAcknowledgementBatch = {
    firstOffset: _firstOffset,
    lastOffset: _lastOffset,
    acknowledgeTypes: _acknowledgeTypes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeResponse(w: Writer, o: ShareAcknowledgeResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (v >= 2) {
    const _acquisitionLockTimeoutMs = o.acquisitionLockTimeoutMs === undefined ? 0 : o.acquisitionLockTimeoutMs;
    if (_acquisitionLockTimeoutMs == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.AcquisitionLockTimeoutMs');
    w.int32(_acquisitionLockTimeoutMs);
  }
  const _responses = o.responses;
  if (_responses == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.Responses');
  w.compactArrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, _responses[i], v);
  const _nodeEndpoints = o.nodeEndpoints;
  if (_nodeEndpoints == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.NodeEndpoints');
  w.compactArrayLength(_nodeEndpoints.length);
  for (let i = 0; i < _nodeEndpoints.length; i++) encodeShareAcknowledgeResponseNodeEndpoint(w, _nodeEndpoints[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _acquisitionLockTimeoutMs: number = (v >= 2 ? r.int32() : 0);
  let _responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.Responses');
    } else {
      const a: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, v));
      _responses = a;
    }
  }
  let _nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  {
    const n = r.compactArrayLength(11);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeResponse', v, 'ShareAcknowledgeResponse.NodeEndpoints');
    } else {
      const a: ShareAcknowledgeResponseNodeEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeResponseNodeEndpoint(r, v));
      _nodeEndpoints = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    acquisitionLockTimeoutMs: _acquisitionLockTimeoutMs,
    responses: _responses,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeTopicResponse.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareAcknowledgeResponse', v, 'ShareAcknowledgeTopicResponse.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeShareAcknowledgeResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const _topicId = r.uuid();
  let _partitions: ShareAcknowledgeResponsePartitionData[];
  {
    const n = r.compactArrayLength(17);
    if (n < 0) {
      throw nullOnWire('ShareAcknowledgeResponse', v, 'ShareAcknowledgeTopicResponse.Partitions');
    } else {
      const a: ShareAcknowledgeResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareAcknowledgeResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeResponsePartitionData(w: Writer, o: ShareAcknowledgeResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ShareAcknowledgeResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ShareAcknowledgeResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _currentLeader = o.currentLeader;
  if (_currentLeader == null) throw missingField('ShareAcknowledgeResponse', v, 'PartitionData.CurrentLeader');
  encodeShareAcknowledgeResponseLeaderIdAndEpoch(w, _currentLeader, v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeResponsePartitionData(r: Reader, v: number): ShareAcknowledgeResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _currentLeader = decodeShareAcknowledgeResponseLeaderIdAndEpoch(r, v);
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    currentLeader: _currentLeader,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, o: ShareAcknowledgeResponseLeaderIdAndEpoch, v: number): void {
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('ShareAcknowledgeResponse', v, 'LeaderIdAndEpoch.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ShareAcknowledgeResponse', v, 'LeaderIdAndEpoch.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, v: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeResponseLeaderIdAndEpoch = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareAcknowledgeResponseNodeEndpoint(w: Writer, o: ShareAcknowledgeResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('ShareAcknowledgeResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('ShareAcknowledgeResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('ShareAcknowledgeResponse', v, 'NodeEndpoint.Port');
  w.int32(_port);
  const _rack = o.rack === undefined ? null : o.rack;
  w.compactNullableString(_rack);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareAcknowledgeResponseNodeEndpoint(r: Reader, v: number): ShareAcknowledgeResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _rack = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: ShareAcknowledgeResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
    rack: _rack,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultShareAcknowledgeResponseLeaderIdAndEpoch(o: ShareAcknowledgeResponseLeaderIdAndEpoch): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === 0) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The ShareAcknowledge API (key 79): versions 1-2, flexible from 0. Served by: broker. */
export const ShareAcknowledgeApi: ApiCodec<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ShareAcknowledgeRequest, v: number): void {
    checkVersion('ShareAcknowledge', v, 1, 2);
    try {
      encodeShareAcknowledgeRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareAcknowledgeRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
    checkVersion('ShareAcknowledge', v, 1, 2);
    try {
      return decodeShareAcknowledgeRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareAcknowledgeRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ShareAcknowledgeResponse, v: number): void {
    checkVersion('ShareAcknowledge', v, 1, 2);
    try {
      encodeShareAcknowledgeResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareAcknowledgeResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
    checkVersion('ShareAcknowledge', v, 1, 2);
    try {
      return decodeShareAcknowledgeResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareAcknowledgeResponse v${v}`, e);
    }
  },
};
