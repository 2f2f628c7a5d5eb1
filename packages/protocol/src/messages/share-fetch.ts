// Generated from ShareFetchRequest.json, ShareFetchResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ShareFetch request (API key 78): versions 1-2, flexible from 0. */
export interface ShareFetchRequest {
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
   * The maximum time in milliseconds to wait for the response.
   *
   * Versions 1-2.
   */
  maxWaitMs: number;
  /**
   * The minimum bytes to accumulate in the response.
   *
   * Versions 1-2.
   */
  minBytes: number;
  /**
   * The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored.
   *
   * Versions 1-2; default "0x7fffffff".
   */
  maxBytes?: number;
  /**
   * The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries.
   *
   * Versions 1-2.
   */
  maxRecords: number;
  /**
   * The optimal number of records for batches of acquired records and acknowledgements.
   *
   * Versions 1-2.
   */
  batchSize: number;
  /**
   * The acquire mode to control the fetch behavior - 0:batch-optimized,1:record-limit.
   *
   * Versions 2; default "0"; ignorable.
   */
  shareAcquireMode?: number;
  /**
   * Whether Renew type acknowledgements present in AcknowledgementBatches.
   *
   * Versions 2; default "false".
   */
  isRenewAck?: boolean;
  /**
   * The topics to fetch.
   *
   * Versions 1-2.
   */
  topics: ShareFetchRequestFetchTopic[];
  /**
   * The partitions to remove from this share session.
   *
   * Versions 1-2.
   */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch. */
export interface ShareFetchRequestFetchTopic {
  /**
   * The unique topic ID.
   *
   * Versions 1-2.
   */
  topicId: Uuid;
  /**
   * The partitions to fetch.
   *
   * Versions 1-2.
   */
  partitions: ShareFetchRequestFetchPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to fetch. */
export interface ShareFetchRequestFetchPartition {
  /**
   * The partition index.
   *
   * Versions 1-2.
   */
  partitionIndex: number;
  /**
   * The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
   *
   * Versions none.
   */
  partitionMaxBytes?: number;
  /**
   * Record batches to acknowledge.
   *
   * Versions 1-2.
   */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Record batches to acknowledge. */
export interface ShareFetchRequestAcknowledgementBatch {
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

/** The partitions to remove from this share session. */
export interface ShareFetchRequestForgottenTopic {
  /**
   * The unique topic ID.
   *
   * Versions 1-2.
   */
  topicId: Uuid;
  /**
   * The partitions indexes to forget.
   *
   * Versions 1-2.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ShareFetch response (API key 78): versions 1-2, flexible from 0. */
export interface ShareFetchResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-2.
   */
  throttleTimeMs: number;
  /**
   * The top-level response error code.
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
   * Versions 1-2.
   */
  acquisitionLockTimeoutMs: number;
  /**
   * The response topics.
   *
   * Versions 1-2.
   */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /**
   * Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
   *
   * Versions 1-2.
   */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The response topics. */
export interface ShareFetchResponseShareFetchableTopicResponse {
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
  partitions: ShareFetchResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic partitions. */
export interface ShareFetchResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 1-2.
   */
  partitionIndex: number;
  /**
   * The fetch error code, or 0 if there was no fetch error.
   *
   * Versions 1-2.
   */
  errorCode: number;
  /**
   * The fetch error message, or null if there was no fetch error.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  errorMessage?: string | null;
  /**
   * The acknowledge error code, or 0 if there was no acknowledge error.
   *
   * Versions 1-2.
   */
  acknowledgeErrorCode: number;
  /**
   * The acknowledge error message, or null if there was no acknowledge error.
   *
   * Versions 1-2; nullable 1-2; default "null".
   */
  acknowledgeErrorMessage?: string | null;
  /**
   * The current leader of the partition.
   *
   * Versions 1-2.
   */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /**
   * The record data.
   *
   * Versions 1-2.
   */
  records: Buffer | null;
  /**
   * The acquired records.
   *
   * Versions 1-2.
   */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current leader of the partition. */
export interface ShareFetchResponseLeaderIdAndEpoch {
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

/** The acquired records. */
export interface ShareFetchResponseAcquiredRecords {
  /**
   * The earliest offset in this batch of acquired records.
   *
   * Versions 1-2.
   */
  firstOffset: bigint;
  /**
   * The last offset of this batch of acquired records.
   *
   * Versions 1-2.
   */
  lastOffset: bigint;
  /**
   * The delivery count of this batch of acquired records.
   *
   * Versions 1-2.
   */
  deliveryCount: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
 */
export interface ShareFetchResponseNodeEndpoint {
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

function encodeShareFetchRequest(w: Writer, o: ShareFetchRequest, v: number): void {
  const _groupId = o.groupId === undefined ? null : o.groupId;
  w.compactNullableString(_groupId);
  const _memberId = o.memberId;
  w.compactNullableString(_memberId);
  const _shareSessionEpoch = o.shareSessionEpoch;
  if (_shareSessionEpoch == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.ShareSessionEpoch');
  w.int32(_shareSessionEpoch);
  const _maxWaitMs = o.maxWaitMs;
  if (_maxWaitMs == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.MaxWaitMs');
  w.int32(_maxWaitMs);
  const _minBytes = o.minBytes;
  if (_minBytes == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.MinBytes');
  w.int32(_minBytes);
  const _maxBytes = o.maxBytes === undefined ? 2147483647 : o.maxBytes;
  if (_maxBytes == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.MaxBytes');
  w.int32(_maxBytes);
  const _maxRecords = o.maxRecords;
  if (_maxRecords == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.MaxRecords');
  w.int32(_maxRecords);
  const _batchSize = o.batchSize;
  if (_batchSize == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.BatchSize');
  w.int32(_batchSize);
  if (v >= 2) {
    const _shareAcquireMode = o.shareAcquireMode === undefined ? 0 : o.shareAcquireMode;
    if (_shareAcquireMode == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.ShareAcquireMode');
    w.int8(_shareAcquireMode);
  }
  if (v >= 2) {
    const _isRenewAck = o.isRenewAck === undefined ? false : o.isRenewAck;
    if (_isRenewAck == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.IsRenewAck');
    w.bool(_isRenewAck);
  }
  if (v < 2) {
    const x = o.isRenewAck;
    if (x !== undefined && !(x === false)) throw unsupportedField('ShareFetchRequest', v, 'ShareFetchRequest.IsRenewAck');
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeShareFetchRequestFetchTopic(w, _topics[i], v);
  const _forgottenTopicsData = o.forgottenTopicsData;
  if (_forgottenTopicsData == null) throw missingField('ShareFetchRequest', v, 'ShareFetchRequest.ForgottenTopicsData');
  w.compactArrayLength(_forgottenTopicsData.length);
  for (let i = 0; i < _forgottenTopicsData.length; i++) encodeShareFetchRequestForgottenTopic(w, _forgottenTopicsData[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  const _groupId = r.compactNullableString();
  const _memberId = r.compactNullableString();
  const _shareSessionEpoch = r.int32();
  const _maxWaitMs = r.int32();
  const _minBytes = r.int32();
  const _maxBytes = r.int32();
  const _maxRecords = r.int32();
  const _batchSize = r.int32();
  const _shareAcquireMode: number = (v >= 2 ? r.int8() : 0);
  const _isRenewAck: boolean = (v >= 2 ? r.bool() : false);
  let _topics: ShareFetchRequestFetchTopic[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'ShareFetchRequest.Topics');
    } else {
      const a: ShareFetchRequestFetchTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchRequestFetchTopic(r, v));
      _topics = a;
    }
  }
  let _forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'ShareFetchRequest.ForgottenTopicsData');
    } else {
      const a: ShareFetchRequestForgottenTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchRequestForgottenTopic(r, v));
      _forgottenTopicsData = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchRequest = {
    groupId: _groupId,
    memberId: _memberId,
    shareSessionEpoch: _shareSessionEpoch,
    maxWaitMs: _maxWaitMs,
    minBytes: _minBytes,
    maxBytes: _maxBytes,
    maxRecords: _maxRecords,
    batchSize: _batchSize,
    shareAcquireMode: _shareAcquireMode,
    isRenewAck: _isRenewAck,
    topics: _topics,
    forgottenTopicsData: _forgottenTopicsData,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchRequestFetchTopic(w: Writer, o: ShareFetchRequestFetchTopic, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareFetchRequest', v, 'FetchTopic.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareFetchRequest', v, 'FetchTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeShareFetchRequestFetchPartition(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchRequestFetchTopic(r: Reader, v: number): ShareFetchRequestFetchTopic {
  const _topicId = r.uuid();
  let _partitions: ShareFetchRequestFetchPartition[];
  {
    const n = r.compactArrayLength(6);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'FetchTopic.Partitions');
    } else {
      const a: ShareFetchRequestFetchPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchRequestFetchPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchRequestFetchTopic = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchRequestFetchPartition(w: Writer, o: ShareFetchRequestFetchPartition, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ShareFetchRequest', v, 'FetchPartition.PartitionIndex');
  w.int32(_partitionIndex);
  {
    const x = o.partitionMaxBytes;
    if (x !== undefined && !(x === 0)) throw unsupportedField('ShareFetchRequest', v, 'FetchPartition.PartitionMaxBytes');
  }
  const _acknowledgementBatches = o.acknowledgementBatches;
  if (_acknowledgementBatches == null) throw missingField('ShareFetchRequest', v, 'FetchPartition.AcknowledgementBatches');
  w.compactArrayLength(_acknowledgementBatches.length);
  for (let i = 0; i < _acknowledgementBatches.length; i++) encodeShareFetchRequestAcknowledgementBatch(w, _acknowledgementBatches[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchRequestFetchPartition(r: Reader, v: number): ShareFetchRequestFetchPartition {
  const _partitionIndex = r.int32();
  const _partitionMaxBytes: number = 0;
  let _acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'FetchPartition.AcknowledgementBatches');
    } else {
      const a: ShareFetchRequestAcknowledgementBatch[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchRequestAcknowledgementBatch(r, v));
      _acknowledgementBatches = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchRequestFetchPartition = {
    partitionIndex: _partitionIndex,
    partitionMaxBytes: _partitionMaxBytes,
    acknowledgementBatches: _acknowledgementBatches,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchRequestAcknowledgementBatch(w: Writer, o: ShareFetchRequestAcknowledgementBatch, v: number): void {
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('ShareFetchRequest', v, 'AcknowledgementBatch.FirstOffset');
  w.int64(_firstOffset);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('ShareFetchRequest', v, 'AcknowledgementBatch.LastOffset');
  w.int64(_lastOffset);
  const _acknowledgeTypes = o.acknowledgeTypes;
  if (_acknowledgeTypes == null) throw missingField('ShareFetchRequest', v, 'AcknowledgementBatch.AcknowledgeTypes');
  w.compactArrayLength(_acknowledgeTypes.length);
  for (let i = 0; i < _acknowledgeTypes.length; i++) w.int8(_acknowledgeTypes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchRequestAcknowledgementBatch(r: Reader, v: number): ShareFetchRequestAcknowledgementBatch {
  const _firstOffset = r.int64();
  const _lastOffset = r.int64();
  let _acknowledgeTypes: number[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'AcknowledgementBatch.AcknowledgeTypes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int8());
      _acknowledgeTypes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchRequestAcknowledgementBatch = {
    firstOffset: _firstOffset,
    lastOffset: _lastOffset,
    acknowledgeTypes: _acknowledgeTypes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchRequestForgottenTopic(w: Writer, o: ShareFetchRequestForgottenTopic, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareFetchRequest', v, 'ForgottenTopic.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareFetchRequest', v, 'ForgottenTopic.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchRequestForgottenTopic(r: Reader, v: number): ShareFetchRequestForgottenTopic {
  const _topicId = r.uuid();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('ShareFetchRequest', v, 'ForgottenTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchRequestForgottenTopic = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchResponse(w: Writer, o: ShareFetchResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ShareFetchResponse', v, 'ShareFetchResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ShareFetchResponse', v, 'ShareFetchResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _acquisitionLockTimeoutMs = o.acquisitionLockTimeoutMs;
  if (_acquisitionLockTimeoutMs == null) throw missingField('ShareFetchResponse', v, 'ShareFetchResponse.AcquisitionLockTimeoutMs');
  w.int32(_acquisitionLockTimeoutMs);
  const _responses = o.responses;
  if (_responses == null) throw missingField('ShareFetchResponse', v, 'ShareFetchResponse.Responses');
  w.compactArrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeShareFetchResponseShareFetchableTopicResponse(w, _responses[i], v);
  const _nodeEndpoints = o.nodeEndpoints;
  if (_nodeEndpoints == null) throw missingField('ShareFetchResponse', v, 'ShareFetchResponse.NodeEndpoints');
  w.compactArrayLength(_nodeEndpoints.length);
  for (let i = 0; i < _nodeEndpoints.length; i++) encodeShareFetchResponseNodeEndpoint(w, _nodeEndpoints[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _acquisitionLockTimeoutMs = r.int32();
  let _responses: ShareFetchResponseShareFetchableTopicResponse[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ShareFetchResponse', v, 'ShareFetchResponse.Responses');
    } else {
      const a: ShareFetchResponseShareFetchableTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchResponseShareFetchableTopicResponse(r, v));
      _responses = a;
    }
  }
  let _nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  {
    const n = r.compactArrayLength(11);
    if (n < 0) {
      throw nullOnWire('ShareFetchResponse', v, 'ShareFetchResponse.NodeEndpoints');
    } else {
      const a: ShareFetchResponseNodeEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchResponseNodeEndpoint(r, v));
      _nodeEndpoints = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponse = {
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

function encodeShareFetchResponseShareFetchableTopicResponse(w: Writer, o: ShareFetchResponseShareFetchableTopicResponse, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ShareFetchResponse', v, 'ShareFetchableTopicResponse.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ShareFetchResponse', v, 'ShareFetchableTopicResponse.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeShareFetchResponsePartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponseShareFetchableTopicResponse(r: Reader, v: number): ShareFetchResponseShareFetchableTopicResponse {
  const _topicId = r.uuid();
  let _partitions: ShareFetchResponsePartitionData[];
  {
    const n = r.compactArrayLength(22);
    if (n < 0) {
      throw nullOnWire('ShareFetchResponse', v, 'ShareFetchableTopicResponse.Partitions');
    } else {
      const a: ShareFetchResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponseShareFetchableTopicResponse = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchResponsePartitionData(w: Writer, o: ShareFetchResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('ShareFetchResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ShareFetchResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _acknowledgeErrorCode = o.acknowledgeErrorCode;
  if (_acknowledgeErrorCode == null) throw missingField('ShareFetchResponse', v, 'PartitionData.AcknowledgeErrorCode');
  w.int16(_acknowledgeErrorCode);
  const _acknowledgeErrorMessage = o.acknowledgeErrorMessage === undefined ? null : o.acknowledgeErrorMessage;
  w.compactNullableString(_acknowledgeErrorMessage);
  const _currentLeader = o.currentLeader;
  if (_currentLeader == null) throw missingField('ShareFetchResponse', v, 'PartitionData.CurrentLeader');
  encodeShareFetchResponseLeaderIdAndEpoch(w, _currentLeader, v);
  const _records = o.records;
  if (_records == null) throw missingField('ShareFetchResponse', v, 'PartitionData.Records');
  w.compactBytes(_records);
  const _acquiredRecords = o.acquiredRecords;
  if (_acquiredRecords == null) throw missingField('ShareFetchResponse', v, 'PartitionData.AcquiredRecords');
  w.compactArrayLength(_acquiredRecords.length);
  for (let i = 0; i < _acquiredRecords.length; i++) encodeShareFetchResponseAcquiredRecords(w, _acquiredRecords[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponsePartitionData(r: Reader, v: number): ShareFetchResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _acknowledgeErrorCode = r.int16();
  const _acknowledgeErrorMessage = r.compactNullableString();
  const _currentLeader = decodeShareFetchResponseLeaderIdAndEpoch(r, v);
  const _records = r.compactBytes();
  let _acquiredRecords: ShareFetchResponseAcquiredRecords[];
  {
    const n = r.compactArrayLength(19);
    if (n < 0) {
      throw nullOnWire('ShareFetchResponse', v, 'PartitionData.AcquiredRecords');
    } else {
      const a: ShareFetchResponseAcquiredRecords[] = [];
      for (let i = 0; i < n; i++) a.push(decodeShareFetchResponseAcquiredRecords(r, v));
      _acquiredRecords = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    acknowledgeErrorCode: _acknowledgeErrorCode,
    acknowledgeErrorMessage: _acknowledgeErrorMessage,
    currentLeader: _currentLeader,
    records: _records,
    acquiredRecords: _acquiredRecords,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchResponseLeaderIdAndEpoch(w: Writer, o: ShareFetchResponseLeaderIdAndEpoch, v: number): void {
  const _leaderId = o.leaderId;
  if (_leaderId == null) throw missingField('ShareFetchResponse', v, 'LeaderIdAndEpoch.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ShareFetchResponse', v, 'LeaderIdAndEpoch.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponseLeaderIdAndEpoch(r: Reader, v: number): ShareFetchResponseLeaderIdAndEpoch {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponseLeaderIdAndEpoch = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchResponseAcquiredRecords(w: Writer, o: ShareFetchResponseAcquiredRecords, v: number): void {
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('ShareFetchResponse', v, 'AcquiredRecords.FirstOffset');
  w.int64(_firstOffset);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('ShareFetchResponse', v, 'AcquiredRecords.LastOffset');
  w.int64(_lastOffset);
  const _deliveryCount = o.deliveryCount;
  if (_deliveryCount == null) throw missingField('ShareFetchResponse', v, 'AcquiredRecords.DeliveryCount');
  w.int16(_deliveryCount);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponseAcquiredRecords(r: Reader, v: number): ShareFetchResponseAcquiredRecords {
  const _firstOffset = r.int64();
  const _lastOffset = r.int64();
  const _deliveryCount = r.int16();
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponseAcquiredRecords = {
    firstOffset: _firstOffset,
    lastOffset: _lastOffset,
    deliveryCount: _deliveryCount,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeShareFetchResponseNodeEndpoint(w: Writer, o: ShareFetchResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('ShareFetchResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('ShareFetchResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('ShareFetchResponse', v, 'NodeEndpoint.Port');
  w.int32(_port);
  const _rack = o.rack === undefined ? null : o.rack;
  w.compactNullableString(_rack);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeShareFetchResponseNodeEndpoint(r: Reader, v: number): ShareFetchResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _rack = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: ShareFetchResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
    rack: _rack,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function isDefaultShareFetchResponseLeaderIdAndEpoch(o: ShareFetchResponseLeaderIdAndEpoch): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === 0) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === 0) &&
    !o._unknownTaggedFields?.length
  );
}

/** The ShareFetch API (key 78): versions 1-2, flexible from 0. Served by: broker. */
export const ShareFetchApi: ApiCodec<ShareFetchRequest, ShareFetchResponse> = {
  apiKey: 78,
  name: 'ShareFetch',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ShareFetchRequest, v: number): void {
    checkVersion('ShareFetch', v, 1, 2);
    try {
      encodeShareFetchRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareFetchRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ShareFetchRequest {
    checkVersion('ShareFetch', v, 1, 2);
    try {
      return decodeShareFetchRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareFetchRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ShareFetchResponse, v: number): void {
    checkVersion('ShareFetch', v, 1, 2);
    try {
      encodeShareFetchResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ShareFetchResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ShareFetchResponse {
    checkVersion('ShareFetch', v, 1, 2);
    try {
      return decodeShareFetchResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ShareFetchResponse v${v}`, e);
    }
  },
};
