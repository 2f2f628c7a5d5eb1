// Generated from FetchRequest.json, FetchResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A Fetch request (API key 1): versions 4-18, flexible from 12. */
export interface FetchRequest {
  /**
   * The clusterId if known. This is used to validate metadata fetches prior to broker registration.
   *
   * Versions 12-18; nullable 12-18; tagged (tag 0) 12-18; default "null"; ignorable.
   */
  clusterId?: string | null;
  /**
   * The broker ID of the follower, of -1 if this request is from a consumer.
   *
   * Versions 4-14; default "-1".
   */
  replicaId?: number;
  /**
   * The state of the replica in the follower.
   *
   * Versions 15-18; tagged (tag 1) 15-18.
   */
  replicaState?: FetchRequestReplicaState;
  /**
   * The maximum time in milliseconds to wait for the response.
   *
   * Versions 4-18.
   */
  maxWaitMs: number;
  /**
   * The minimum bytes to accumulate in the response.
   *
   * Versions 4-18.
   */
  minBytes: number;
  /**
   * The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
   *
   * Versions 4-18; default "0x7fffffff"; ignorable.
   */
  maxBytes?: number;
  /**
   * This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
   *
   * Versions 4-18; default "0"; ignorable.
   */
  isolationLevel?: number;
  /**
   * The fetch session ID.
   *
   * Versions 7-18; default "0"; ignorable.
   */
  sessionId?: number;
  /**
   * The fetch session epoch, which is used for ordering requests in a session.
   *
   * Versions 7-18; default "-1"; ignorable.
   */
  sessionEpoch?: number;
  /**
   * The topics to fetch.
   *
   * Versions 4-18.
   */
  topics: FetchRequestFetchTopic[];
  /**
   * In an incremental fetch request, the partitions to remove.
   *
   * Versions 7-18.
   */
  forgottenTopicsData?: FetchRequestForgottenTopic[];
  /**
   * Rack ID of the consumer making this request.
   *
   * Versions 11-18; default ""; ignorable.
   */
  rackId?: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The state of the replica in the follower. */
export interface FetchRequestReplicaState {
  /**
   * The replica ID of the follower, or -1 if this request is from a consumer.
   *
   * Versions 15-18; default "-1".
   */
  replicaId?: number;
  /**
   * The epoch of this follower, or -1 if not available.
   *
   * Versions 15-18; default "-1".
   */
  replicaEpoch?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to fetch. */
export interface FetchRequestFetchTopic {
  /**
   * The name of the topic to fetch.
   *
   * Versions 4-12; ignorable.
   */
  topic?: string;
  /**
   * The unique topic ID.
   *
   * Versions 13-18; ignorable.
   */
  topicId?: Uuid;
  /**
   * The partitions to fetch.
   *
   * Versions 4-18.
   */
  partitions: FetchRequestFetchPartition[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to fetch. */
export interface FetchRequestFetchPartition {
  /**
   * The partition index.
   *
   * Versions 4-18.
   */
  partition: number;
  /**
   * The current leader epoch of the partition.
   *
   * Versions 9-18; default "-1"; ignorable.
   */
  currentLeaderEpoch?: number;
  /**
   * The message offset.
   *
   * Versions 4-18.
   */
  fetchOffset: bigint;
  /**
   * The epoch of the last fetched record or -1 if there is none.
   *
   * Versions 12-18; default "-1".
   */
  lastFetchedEpoch?: number;
  /**
   * The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
   *
   * Versions 5-18; default "-1"; ignorable.
   */
  logStartOffset?: bigint;
  /**
   * The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
   *
   * Versions 4-18.
   */
  partitionMaxBytes: number;
  /**
   * The directory id of the follower fetching.
   *
   * Versions 17-18; tagged (tag 0) 17-18; ignorable.
   */
  replicaDirectoryId?: Uuid;
  /**
   * The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported.
   *
   * Versions 18; tagged (tag 1) 18; default "9223372036854775807"; ignorable.
   */
  highWatermark?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** In an incremental fetch request, the partitions to remove. */
export interface FetchRequestForgottenTopic {
  /**
   * The topic name.
   *
   * Versions 7-12; ignorable.
   */
  topic?: string;
  /**
   * The unique topic ID.
   *
   * Versions 13-18; ignorable.
   */
  topicId?: Uuid;
  /**
   * The partitions indexes to forget.
   *
   * Versions 7-18.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Fetch response (API key 1): versions 4-18, flexible from 12. */
export interface FetchResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 4-18; ignorable.
   */
  throttleTimeMs: number;
  /**
   * The top level response error code.
   *
   * Versions 7-18; ignorable.
   */
  errorCode?: number;
  /**
   * The fetch session ID, or 0 if this is not part of a fetch session.
   *
   * Versions 7-18; default "0".
   */
  sessionId?: number;
  /**
   * The response topics.
   *
   * Versions 4-18.
   */
  responses: FetchResponseFetchableTopicResponse[];
  /**
   * Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
   *
   * Versions 16-18; tagged (tag 0) 16-18.
   */
  nodeEndpoints?: FetchResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The response topics. */
export interface FetchResponseFetchableTopicResponse {
  /**
   * The topic name.
   *
   * Versions 4-12; ignorable.
   */
  topic?: string;
  /**
   * The unique topic ID.
   *
   * Versions 13-18; ignorable.
   */
  topicId?: Uuid;
  /**
   * The topic partitions.
   *
   * Versions 4-18.
   */
  partitions: FetchResponsePartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topic partitions. */
export interface FetchResponsePartitionData {
  /**
   * The partition index.
   *
   * Versions 4-18.
   */
  partitionIndex: number;
  /**
   * The error code, or 0 if there was no fetch error.
   *
   * Versions 4-18.
   */
  errorCode: number;
  /**
   * The current high water mark.
   *
   * Versions 4-18.
   */
  highWatermark: bigint;
  /**
   * The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED).
   *
   * Versions 4-18; default "-1"; ignorable.
   */
  lastStableOffset?: bigint;
  /**
   * The current log start offset.
   *
   * Versions 5-18; default "-1"; ignorable.
   */
  logStartOffset?: bigint;
  /**
   * In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge.
   *
   * Versions 12-18; tagged (tag 0) 12-18.
   */
  divergingEpoch?: FetchResponseEpochEndOffset;
  /**
   * The current leader of the partition.
   *
   * Versions 12-18; tagged (tag 1) 12-18.
   */
  currentLeader?: FetchResponseLeaderIdAndEpoch;
  /**
   * In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
   *
   * Versions 12-18; tagged (tag 2) 12-18.
   */
  snapshotId?: FetchResponseSnapshotId;
  /**
   * The aborted transactions.
   *
   * Versions 4-18; nullable 4-18; ignorable.
   */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /**
   * The preferred read replica for the consumer to use on its next fetch request.
   *
   * Versions 11-18; default "-1".
   */
  preferredReadReplica?: number;
  /**
   * The record data.
   *
   * Versions 4-18; nullable 4-18.
   */
  records: Buffer | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge.
 */
export interface FetchResponseEpochEndOffset {
  /**
   * The largest epoch.
   *
   * Versions 12-18; default "-1".
   */
  epoch?: number;
  /**
   * The end offset of the epoch.
   *
   * Versions 12-18; default "-1".
   */
  endOffset?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current leader of the partition. */
export interface FetchResponseLeaderIdAndEpoch {
  /**
   * The ID of the current leader or -1 if the leader is unknown.
   *
   * Versions 12-18; default "-1".
   */
  leaderId?: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 12-18; default "-1".
   */
  leaderEpoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
 */
export interface FetchResponseSnapshotId {
  /**
   * The end offset of the epoch.
   *
   * Versions 4-18; default "-1".
   */
  endOffset?: bigint;
  /**
   * The largest epoch.
   *
   * Versions 4-18; default "-1".
   */
  epoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The aborted transactions. */
export interface FetchResponseAbortedTransaction {
  /**
   * The producer id associated with the aborted transaction.
   *
   * Versions 4-18.
   */
  producerId: bigint;
  /**
   * The first offset in the aborted transaction.
   *
   * Versions 4-18.
   */
  firstOffset: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
 */
export interface FetchResponseNodeEndpoint {
  /**
   * The ID of the associated node.
   *
   * Versions 16-18.
   */
  nodeId: number;
  /**
   * The node's hostname.
   *
   * Versions 16-18.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 16-18.
   */
  port: number;
  /**
   * The rack of the node, or null if it has not been assigned to a rack.
   *
   * Versions 16-18; nullable 16-18; default "null".
   */
  rack?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeFetchRequest(w: Writer, o: FetchRequest, v: number): void {
  if (v <= 14) {
    const _replicaId = o.replicaId === undefined ? -1 : o.replicaId;
    if (_replicaId == null) throw missingField('FetchRequest', v, 'FetchRequest.ReplicaId');
    w.int32(_replicaId);
  }
  if (v > 14) {
    const x = o.replicaId;
    if (x !== undefined && !(x === -1)) throw unsupportedField('FetchRequest', v, 'FetchRequest.ReplicaId');
  }
  if (v < 15) {
    const x = o.replicaState;
    if (x !== undefined && !(isDefaultFetchRequestReplicaState(x))) throw unsupportedField('FetchRequest', v, 'FetchRequest.ReplicaState');
  }
  const _maxWaitMs = o.maxWaitMs;
  if (_maxWaitMs == null) throw missingField('FetchRequest', v, 'FetchRequest.MaxWaitMs');
  w.int32(_maxWaitMs);
  const _minBytes = o.minBytes;
  if (_minBytes == null) throw missingField('FetchRequest', v, 'FetchRequest.MinBytes');
  w.int32(_minBytes);
  const _maxBytes = o.maxBytes === undefined ? 2147483647 : o.maxBytes;
  if (_maxBytes == null) throw missingField('FetchRequest', v, 'FetchRequest.MaxBytes');
  w.int32(_maxBytes);
  const _isolationLevel = o.isolationLevel === undefined ? 0 : o.isolationLevel;
  if (_isolationLevel == null) throw missingField('FetchRequest', v, 'FetchRequest.IsolationLevel');
  w.int8(_isolationLevel);
  if (v >= 7) {
    const _sessionId = o.sessionId === undefined ? 0 : o.sessionId;
    if (_sessionId == null) throw missingField('FetchRequest', v, 'FetchRequest.SessionId');
    w.int32(_sessionId);
  }
  if (v >= 7) {
    const _sessionEpoch = o.sessionEpoch === undefined ? -1 : o.sessionEpoch;
    if (_sessionEpoch == null) throw missingField('FetchRequest', v, 'FetchRequest.SessionEpoch');
    w.int32(_sessionEpoch);
  }
  const _topics = o.topics;
  if (_topics == null) throw missingField('FetchRequest', v, 'FetchRequest.Topics');
  if (v >= 12) w.compactArrayLength(_topics.length);
  else w.arrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeFetchRequestFetchTopic(w, _topics[i], v);
  if (v >= 7) {
    const _forgottenTopicsData = o.forgottenTopicsData === undefined ? [] : o.forgottenTopicsData;
    if (_forgottenTopicsData == null) throw missingField('FetchRequest', v, 'FetchRequest.ForgottenTopicsData');
    if (v >= 12) w.compactArrayLength(_forgottenTopicsData.length);
    else w.arrayLength(_forgottenTopicsData.length);
    for (let i = 0; i < _forgottenTopicsData.length; i++) encodeFetchRequestForgottenTopic(w, _forgottenTopicsData[i], v);
  }
  if (v < 7) {
    const x = o.forgottenTopicsData;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('FetchRequest', v, 'FetchRequest.ForgottenTopicsData');
  }
  if (v >= 11) {
    const _rackId = o.rackId === undefined ? '' : o.rackId;
    if (_rackId == null) throw missingField('FetchRequest', v, 'FetchRequest.RackId');
    if (v >= 12) w.compactString(_rackId);
    else w.string(_rackId);
  }
  if (v >= 12) {
    let tags: TaggedField[] | undefined;
    {
      const _clusterId = o.clusterId;
      if (_clusterId !== undefined && !(_clusterId === null)) {
        const tw = new Writer(64);
        tw.compactNullableString(_clusterId);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (v >= 15) {
      const _replicaState = o.replicaState;
      if (_replicaState === null) throw missingField('FetchRequest', v, 'FetchRequest.ReplicaState');
      if (_replicaState !== undefined && !(isDefaultFetchRequestReplicaState(_replicaState))) {
        const tw = new Writer(64);
        encodeFetchRequestReplicaState(tw, _replicaState, v);
        (tags ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  let _clusterId: string | null = null;
  const _replicaId: number = (v <= 14 ? r.int32() : -1);
  let _replicaState: FetchRequestReplicaState = defaultFetchRequestReplicaState();
  const _maxWaitMs = r.int32();
  const _minBytes = r.int32();
  const _maxBytes = r.int32();
  const _isolationLevel = r.int8();
  const _sessionId: number = (v >= 7 ? r.int32() : 0);
  const _sessionEpoch: number = (v >= 7 ? r.int32() : -1);
  let _topics: FetchRequestFetchTopic[];
  {
    const n = (v >= 12 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('FetchRequest', v, 'FetchRequest.Topics');
    } else {
      const a: FetchRequestFetchTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchRequestFetchTopic(r, v));
      _topics = a;
    }
  }
  let _forgottenTopicsData: FetchRequestForgottenTopic[] = [];
  if (v >= 7) {
    const n = (v >= 12 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('FetchRequest', v, 'FetchRequest.ForgottenTopicsData');
    } else {
      const a: FetchRequestForgottenTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchRequestForgottenTopic(r, v));
      _forgottenTopicsData = a;
    }
  }
  const _rackId: string = (v >= 11 ? (v >= 12 ? r.compactString() : r.string()) : '');
  let unknownTags: TaggedField[] | undefined;
  if (v >= 12) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          _clusterId = tr.compactNullableString();
          return true;
        }
        case 1: {
          if (v >= 15) {
            _replicaState = decodeFetchRequestReplicaState(tr, v);
            return true;
          }
          return false;
        }
      }
      return false;
    });
  }
  const o: FetchRequest = {
    clusterId: _clusterId,
    replicaId: _replicaId,
    replicaState: _replicaState,
    maxWaitMs: _maxWaitMs,
    minBytes: _minBytes,
    maxBytes: _maxBytes,
    isolationLevel: _isolationLevel,
    sessionId: _sessionId,
    sessionEpoch: _sessionEpoch,
    topics: _topics,
    forgottenTopicsData: _forgottenTopicsData,
    rackId: _rackId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchRequestReplicaState(w: Writer, o: FetchRequestReplicaState, v: number): void {
  const _replicaId = o.replicaId === undefined ? -1 : o.replicaId;
  if (_replicaId == null) throw missingField('FetchRequest', v, 'ReplicaState.ReplicaId');
  w.int32(_replicaId);
  const _replicaEpoch = o.replicaEpoch === undefined ? -1n : o.replicaEpoch;
  if (_replicaEpoch == null) throw missingField('FetchRequest', v, 'ReplicaState.ReplicaEpoch');
  w.int64(_replicaEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchRequestReplicaState(r: Reader, v: number): FetchRequestReplicaState {
  const _replicaId = r.int32();
  const _replicaEpoch = r.int64();
  const unknownTags = r.taggedFields();
  const o: FetchRequestReplicaState = {
    replicaId: _replicaId,
    replicaEpoch: _replicaEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchRequestFetchTopic(w: Writer, o: FetchRequestFetchTopic, v: number): void {
  if (v <= 12) {
    const _topic = o.topic === undefined ? '' : o.topic;
    if (_topic == null) throw missingField('FetchRequest', v, 'FetchTopic.Topic');
    if (v >= 12) w.compactString(_topic);
    else w.string(_topic);
  }
  if (v >= 13) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('FetchRequest', v, 'FetchTopic.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('FetchRequest', v, 'FetchTopic.Partitions');
  if (v >= 12) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeFetchRequestFetchPartition(w, _partitions[i], v);
  if (v >= 12) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  const _topic: string = (v <= 12 ? (v >= 12 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 13 ? r.uuid() : ZERO_UUID);
  let _partitions: FetchRequestFetchPartition[];
  {
    const n = (v >= 12 ? r.compactArrayLength(16) : r.arrayLength(16));
    if (n < 0) {
      throw nullOnWire('FetchRequest', v, 'FetchTopic.Partitions');
    } else {
      const a: FetchRequestFetchPartition[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchRequestFetchPartition(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 12 ? r.taggedFields() : undefined);
  const o: FetchRequestFetchTopic = {
    topic: _topic,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchRequestFetchPartition(w: Writer, o: FetchRequestFetchPartition, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('FetchRequest', v, 'FetchPartition.Partition');
  w.int32(_partition);
  if (v >= 9) {
    const _currentLeaderEpoch = o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch;
    if (_currentLeaderEpoch == null) throw missingField('FetchRequest', v, 'FetchPartition.CurrentLeaderEpoch');
    w.int32(_currentLeaderEpoch);
  }
  const _fetchOffset = o.fetchOffset;
  if (_fetchOffset == null) throw missingField('FetchRequest', v, 'FetchPartition.FetchOffset');
  w.int64(_fetchOffset);
  if (v >= 12) {
    const _lastFetchedEpoch = o.lastFetchedEpoch === undefined ? -1 : o.lastFetchedEpoch;
    if (_lastFetchedEpoch == null) throw missingField('FetchRequest', v, 'FetchPartition.LastFetchedEpoch');
    w.int32(_lastFetchedEpoch);
  }
  if (v < 12) {
    const x = o.lastFetchedEpoch;
    if (x !== undefined && !(x === -1)) throw unsupportedField('FetchRequest', v, 'FetchPartition.LastFetchedEpoch');
  }
  if (v >= 5) {
    const _logStartOffset = o.logStartOffset === undefined ? -1n : o.logStartOffset;
    if (_logStartOffset == null) throw missingField('FetchRequest', v, 'FetchPartition.LogStartOffset');
    w.int64(_logStartOffset);
  }
  const _partitionMaxBytes = o.partitionMaxBytes;
  if (_partitionMaxBytes == null) throw missingField('FetchRequest', v, 'FetchPartition.PartitionMaxBytes');
  w.int32(_partitionMaxBytes);
  if (v >= 12) {
    let tags: TaggedField[] | undefined;
    if (v >= 17) {
      const _replicaDirectoryId = o.replicaDirectoryId;
      if (_replicaDirectoryId === null) throw missingField('FetchRequest', v, 'FetchPartition.ReplicaDirectoryId');
      if (_replicaDirectoryId !== undefined && !(_replicaDirectoryId === ZERO_UUID)) {
        const tw = new Writer(64);
        tw.uuid(_replicaDirectoryId);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (v >= 18) {
      const _highWatermark = o.highWatermark;
      if (_highWatermark === null) throw missingField('FetchRequest', v, 'FetchPartition.HighWatermark');
      if (_highWatermark !== undefined && !(_highWatermark === 9223372036854775807n)) {
        const tw = new Writer(64);
        tw.int64(_highWatermark);
        (tags ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  const _partition = r.int32();
  const _currentLeaderEpoch: number = (v >= 9 ? r.int32() : -1);
  const _fetchOffset = r.int64();
  const _lastFetchedEpoch: number = (v >= 12 ? r.int32() : -1);
  const _logStartOffset: bigint = (v >= 5 ? r.int64() : -1n);
  const _partitionMaxBytes = r.int32();
  let _replicaDirectoryId: Uuid = ZERO_UUID;
  let _highWatermark: bigint = 9223372036854775807n;
  let unknownTags: TaggedField[] | undefined;
  if (v >= 12) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          if (v >= 17) {
            _replicaDirectoryId = tr.uuid();
            return true;
          }
          return false;
        }
        case 1: {
          if (v >= 18) {
            _highWatermark = tr.int64();
            return true;
          }
          return false;
        }
      }
      return false;
    });
  }
  const o: FetchRequestFetchPartition = {
    partition: _partition,
    currentLeaderEpoch: _currentLeaderEpoch,
    fetchOffset: _fetchOffset,
    lastFetchedEpoch: _lastFetchedEpoch,
    logStartOffset: _logStartOffset,
    partitionMaxBytes: _partitionMaxBytes,
    replicaDirectoryId: _replicaDirectoryId,
    highWatermark: _highWatermark,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchRequestForgottenTopic(w: Writer, o: FetchRequestForgottenTopic, v: number): void {
  if (v <= 12) {
    const _topic = o.topic === undefined ? '' : o.topic;
    if (_topic == null) throw missingField('FetchRequest', v, 'ForgottenTopic.Topic');
    if (v >= 12) w.compactString(_topic);
    else w.string(_topic);
  }
  if (v >= 13) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('FetchRequest', v, 'ForgottenTopic.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('FetchRequest', v, 'ForgottenTopic.Partitions');
  if (v >= 12) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (v >= 12) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  const _topic: string = (v <= 12 ? (v >= 12 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 13 ? r.uuid() : ZERO_UUID);
  let _partitions: number[];
  {
    const n = (v >= 12 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('FetchRequest', v, 'ForgottenTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = (v >= 12 ? r.taggedFields() : undefined);
  const o: FetchRequestForgottenTopic = {
    topic: _topic,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
  };
}

function isDefaultFetchRequestReplicaState(o: FetchRequestReplicaState): boolean {
  return (
    (o.replicaId === undefined || o.replicaId === -1) &&
    (o.replicaEpoch === undefined || o.replicaEpoch === -1n) &&
    !o._unknownTaggedFields?.length
  );
}

function encodeFetchResponse(w: Writer, o: FetchResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('FetchResponse', v, 'FetchResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 7) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('FetchResponse', v, 'FetchResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v >= 7) {
    const _sessionId = o.sessionId === undefined ? 0 : o.sessionId;
    if (_sessionId == null) throw missingField('FetchResponse', v, 'FetchResponse.SessionId');
    w.int32(_sessionId);
  }
  if (v < 7) {
    const x = o.sessionId;
    if (x !== undefined && !(x === 0)) throw unsupportedField('FetchResponse', v, 'FetchResponse.SessionId');
  }
  const _responses = o.responses;
  if (_responses == null) throw missingField('FetchResponse', v, 'FetchResponse.Responses');
  if (v >= 12) w.compactArrayLength(_responses.length);
  else w.arrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeFetchResponseFetchableTopicResponse(w, _responses[i], v);
  if (v < 16) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('FetchResponse', v, 'FetchResponse.NodeEndpoints');
  }
  if (v >= 12) {
    let tags: TaggedField[] | undefined;
    if (v >= 16) {
      const _nodeEndpoints = o.nodeEndpoints;
      if (_nodeEndpoints === null) throw missingField('FetchResponse', v, 'FetchResponse.NodeEndpoints');
      if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_nodeEndpoints.length);
        for (let i = 0; i < _nodeEndpoints.length; i++) encodeFetchResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode: number = (v >= 7 ? r.int16() : 0);
  const _sessionId: number = (v >= 7 ? r.int32() : 0);
  let _responses: FetchResponseFetchableTopicResponse[];
  {
    const n = (v >= 12 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('FetchResponse', v, 'FetchResponse.Responses');
    } else {
      const a: FetchResponseFetchableTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchResponseFetchableTopicResponse(r, v));
      _responses = a;
    }
  }
  let _nodeEndpoints: FetchResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (v >= 12) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          if (v >= 16) {
            const n = tr.compactArrayLength(11);
            if (n < 0) {
              throw nullOnWire('FetchResponse', v, 'FetchResponse.NodeEndpoints');
            } else {
              const a: FetchResponseNodeEndpoint[] = [];
              for (let i = 0; i < n; i++) a.push(decodeFetchResponseNodeEndpoint(tr, v));
              _nodeEndpoints = a;
            }
            return true;
          }
          return false;
        }
      }
      return false;
    });
  }
  const o: FetchResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    sessionId: _sessionId,
    responses: _responses,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseFetchableTopicResponse(w: Writer, o: FetchResponseFetchableTopicResponse, v: number): void {
  if (v <= 12) {
    const _topic = o.topic === undefined ? '' : o.topic;
    if (_topic == null) throw missingField('FetchResponse', v, 'FetchableTopicResponse.Topic');
    if (v >= 12) w.compactString(_topic);
    else w.string(_topic);
  }
  if (v >= 13) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('FetchResponse', v, 'FetchableTopicResponse.TopicId');
    w.uuid(_topicId);
  }
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('FetchResponse', v, 'FetchableTopicResponse.Partitions');
  if (v >= 12) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeFetchResponsePartitionData(w, _partitions[i], v);
  if (v >= 12) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  const _topic: string = (v <= 12 ? (v >= 12 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 13 ? r.uuid() : ZERO_UUID);
  let _partitions: FetchResponsePartitionData[];
  {
    const n = (v >= 12 ? r.compactArrayLength(30) : r.arrayLength(30));
    if (n < 0) {
      throw nullOnWire('FetchResponse', v, 'FetchableTopicResponse.Partitions');
    } else {
      const a: FetchResponsePartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchResponsePartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = (v >= 12 ? r.taggedFields() : undefined);
  const o: FetchResponseFetchableTopicResponse = {
    topic: _topic,
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponsePartitionData(w: Writer, o: FetchResponsePartitionData, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('FetchResponse', v, 'PartitionData.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('FetchResponse', v, 'PartitionData.ErrorCode');
  w.int16(_errorCode);
  const _highWatermark = o.highWatermark;
  if (_highWatermark == null) throw missingField('FetchResponse', v, 'PartitionData.HighWatermark');
  w.int64(_highWatermark);
  const _lastStableOffset = o.lastStableOffset === undefined ? -1n : o.lastStableOffset;
  if (_lastStableOffset == null) throw missingField('FetchResponse', v, 'PartitionData.LastStableOffset');
  w.int64(_lastStableOffset);
  if (v >= 5) {
    const _logStartOffset = o.logStartOffset === undefined ? -1n : o.logStartOffset;
    if (_logStartOffset == null) throw missingField('FetchResponse', v, 'PartitionData.LogStartOffset');
    w.int64(_logStartOffset);
  }
  if (v < 12) {
    const x = o.divergingEpoch;
    if (x !== undefined && !(isDefaultFetchResponseEpochEndOffset(x))) throw unsupportedField('FetchResponse', v, 'PartitionData.DivergingEpoch');
  }
  if (v < 12) {
    const x = o.currentLeader;
    if (x !== undefined && !(isDefaultFetchResponseLeaderIdAndEpoch(x))) throw unsupportedField('FetchResponse', v, 'PartitionData.CurrentLeader');
  }
  if (v < 12) {
    const x = o.snapshotId;
    if (x !== undefined && !(isDefaultFetchResponseSnapshotId(x))) throw unsupportedField('FetchResponse', v, 'PartitionData.SnapshotId');
  }
  const _abortedTransactions = o.abortedTransactions;
  if (_abortedTransactions == null) {
    if (v >= 12) w.compactArrayLength(null);
    else w.arrayLength(null);
  } else {
    if (v >= 12) w.compactArrayLength(_abortedTransactions.length);
    else w.arrayLength(_abortedTransactions.length);
    for (let i = 0; i < _abortedTransactions.length; i++) encodeFetchResponseAbortedTransaction(w, _abortedTransactions[i], v);
  }
  if (v >= 11) {
    const _preferredReadReplica = o.preferredReadReplica === undefined ? -1 : o.preferredReadReplica;
    if (_preferredReadReplica == null) throw missingField('FetchResponse', v, 'PartitionData.PreferredReadReplica');
    w.int32(_preferredReadReplica);
  }
  if (v < 11) {
    const x = o.preferredReadReplica;
    if (x !== undefined && !(x === -1)) throw unsupportedField('FetchResponse', v, 'PartitionData.PreferredReadReplica');
  }
  const _records = o.records;
  if (v >= 12) w.compactNullableBytes(_records);
  else w.nullableBytes(_records);
  if (v >= 12) {
    let tags: TaggedField[] | undefined;
    {
      const _divergingEpoch = o.divergingEpoch;
      if (_divergingEpoch === null) throw missingField('FetchResponse', v, 'PartitionData.DivergingEpoch');
      if (_divergingEpoch !== undefined && !(isDefaultFetchResponseEpochEndOffset(_divergingEpoch))) {
        const tw = new Writer(64);
        encodeFetchResponseEpochEndOffset(tw, _divergingEpoch, v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    {
      const _currentLeader = o.currentLeader;
      if (_currentLeader === null) throw missingField('FetchResponse', v, 'PartitionData.CurrentLeader');
      if (_currentLeader !== undefined && !(isDefaultFetchResponseLeaderIdAndEpoch(_currentLeader))) {
        const tw = new Writer(64);
        encodeFetchResponseLeaderIdAndEpoch(tw, _currentLeader, v);
        (tags ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    {
      const _snapshotId = o.snapshotId;
      if (_snapshotId === null) throw missingField('FetchResponse', v, 'PartitionData.SnapshotId');
      if (_snapshotId !== undefined && !(isDefaultFetchResponseSnapshotId(_snapshotId))) {
        const tw = new Writer(64);
        encodeFetchResponseSnapshotId(tw, _snapshotId, v);
        (tags ??= []).push({ tag: 2, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _highWatermark = r.int64();
  const _lastStableOffset = r.int64();
  const _logStartOffset: bigint = (v >= 5 ? r.int64() : -1n);
  let _divergingEpoch: FetchResponseEpochEndOffset = defaultFetchResponseEpochEndOffset();
  let _currentLeader: FetchResponseLeaderIdAndEpoch = defaultFetchResponseLeaderIdAndEpoch();
  let _snapshotId: FetchResponseSnapshotId = defaultFetchResponseSnapshotId();
  let _abortedTransactions: FetchResponseAbortedTransaction[] | null;
  {
    const n = (v >= 12 ? r.compactArrayLength(16) : r.arrayLength(16));
    if (n < 0) {
      _abortedTransactions = null;
    } else {
      const a: FetchResponseAbortedTransaction[] = [];
      for (let i = 0; i < n; i++) a.push(decodeFetchResponseAbortedTransaction(r, v));
      _abortedTransactions = a;
    }
  }
  const _preferredReadReplica: number = (v >= 11 ? r.int32() : -1);
  const _records = (v >= 12 ? r.compactNullableBytes() : r.nullableBytes());
  let unknownTags: TaggedField[] | undefined;
  if (v >= 12) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          _divergingEpoch = decodeFetchResponseEpochEndOffset(tr, v);
          return true;
        }
        case 1: {
          _currentLeader = decodeFetchResponseLeaderIdAndEpoch(tr, v);
          return true;
        }
        case 2: {
          _snapshotId = decodeFetchResponseSnapshotId(tr, v);
          return true;
        }
      }
      return false;
    });
  }
  const o: FetchResponsePartitionData = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    highWatermark: _highWatermark,
    lastStableOffset: _lastStableOffset,
    logStartOffset: _logStartOffset,
    divergingEpoch: _divergingEpoch,
    currentLeader: _currentLeader,
    snapshotId: _snapshotId,
    abortedTransactions: _abortedTransactions,
    preferredReadReplica: _preferredReadReplica,
    records: _records,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseEpochEndOffset(w: Writer, o: FetchResponseEpochEndOffset, v: number): void {
  const _epoch = o.epoch === undefined ? -1 : o.epoch;
  if (_epoch == null) throw missingField('FetchResponse', v, 'EpochEndOffset.Epoch');
  w.int32(_epoch);
  const _endOffset = o.endOffset === undefined ? -1n : o.endOffset;
  if (_endOffset == null) throw missingField('FetchResponse', v, 'EpochEndOffset.EndOffset');
  w.int64(_endOffset);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchResponseEpochEndOffset(r: Reader, v: number): FetchResponseEpochEndOffset {
  const _epoch = r.int32();
  const _endOffset = r.int64();
  const unknownTags = r.taggedFields();
  const o: FetchResponseEpochEndOffset = {
    epoch: _epoch,
    endOffset: _endOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseLeaderIdAndEpoch(w: Writer, o: FetchResponseLeaderIdAndEpoch, v: number): void {
  const _leaderId = o.leaderId === undefined ? -1 : o.leaderId;
  if (_leaderId == null) throw missingField('FetchResponse', v, 'LeaderIdAndEpoch.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('FetchResponse', v, 'LeaderIdAndEpoch.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchResponseLeaderIdAndEpoch(r: Reader, v: number): FetchResponseLeaderIdAndEpoch {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: FetchResponseLeaderIdAndEpoch = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseSnapshotId(w: Writer, o: FetchResponseSnapshotId, v: number): void {
  const _endOffset = o.endOffset === undefined ? -1n : o.endOffset;
  if (_endOffset == null) throw missingField('FetchResponse', v, 'SnapshotId.EndOffset');
  w.int64(_endOffset);
  const _epoch = o.epoch === undefined ? -1 : o.epoch;
  if (_epoch == null) throw missingField('FetchResponse', v, 'SnapshotId.Epoch');
  w.int32(_epoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchResponseSnapshotId(r: Reader, v: number): FetchResponseSnapshotId {
  const _endOffset = r.int64();
  const _epoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: FetchResponseSnapshotId = {
    endOffset: _endOffset,
    epoch: _epoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseAbortedTransaction(w: Writer, o: FetchResponseAbortedTransaction, v: number): void {
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('FetchResponse', v, 'AbortedTransaction.ProducerId');
  w.int64(_producerId);
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('FetchResponse', v, 'AbortedTransaction.FirstOffset');
  w.int64(_firstOffset);
  if (v >= 12) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeFetchResponseAbortedTransaction(r: Reader, v: number): FetchResponseAbortedTransaction {
  const _producerId = r.int64();
  const _firstOffset = r.int64();
  const unknownTags = (v >= 12 ? r.taggedFields() : undefined);
  const o: FetchResponseAbortedTransaction = {
    producerId: _producerId,
    firstOffset: _firstOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeFetchResponseNodeEndpoint(w: Writer, o: FetchResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('FetchResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('FetchResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('FetchResponse', v, 'NodeEndpoint.Port');
  w.int32(_port);
  const _rack = o.rack === undefined ? null : o.rack;
  w.compactNullableString(_rack);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeFetchResponseNodeEndpoint(r: Reader, v: number): FetchResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _rack = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: FetchResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
    rack: _rack,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
  };
}

function isDefaultFetchResponseEpochEndOffset(o: FetchResponseEpochEndOffset): boolean {
  return (
    (o.epoch === undefined || o.epoch === -1) &&
    (o.endOffset === undefined || o.endOffset === -1n) &&
    !o._unknownTaggedFields?.length
  );
}

function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultFetchResponseLeaderIdAndEpoch(o: FetchResponseLeaderIdAndEpoch): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === -1) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === -1) &&
    !o._unknownTaggedFields?.length
  );
}

function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
  };
}

function isDefaultFetchResponseSnapshotId(o: FetchResponseSnapshotId): boolean {
  return (
    (o.endOffset === undefined || o.endOffset === -1n) &&
    (o.epoch === undefined || o.epoch === -1) &&
    !o._unknownTaggedFields?.length
  );
}

/** The Fetch API (key 1): versions 4-18, flexible from 12. Served by: broker, controller. */
export const FetchApi: ApiCodec<FetchRequest, FetchResponse> = {
  apiKey: 1,
  name: 'Fetch',
  minVersion: 4,
  maxVersion: 18,
  flexibleFrom: 12,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  requestHeaderVersion: (v: number): number => (v >= 12 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 12 ? 1 : 0),
  encodeRequest(w: Writer, body: FetchRequest, v: number): void {
    checkVersion('Fetch', v, 4, 18);
    try {
      encodeFetchRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FetchRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): FetchRequest {
    checkVersion('Fetch', v, 4, 18);
    try {
      return decodeFetchRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FetchRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: FetchResponse, v: number): void {
    checkVersion('Fetch', v, 4, 18);
    try {
      encodeFetchResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode FetchResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): FetchResponse {
    checkVersion('Fetch', v, 4, 18);
    try {
      return decodeFetchResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode FetchResponse v${v}`, e);
    }
  },
};
