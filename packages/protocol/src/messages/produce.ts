// Generated from ProduceRequest.json, ProduceResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import { type Uuid, ZERO_UUID } from '../primitives/uuid.js';
import { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A Produce request (API key 0): versions 3-13, flexible from 9. */
export interface ProduceRequest {
  /**
   * The transactional ID, or null if the producer is not transactional.
   *
   * Versions 3-13; nullable 3-13; default "null".
   */
  transactionalId?: string | null;
  /**
   * The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
   *
   * Versions 3-13.
   */
  acks: number;
  /**
   * The timeout to await a response in milliseconds.
   *
   * Versions 3-13.
   */
  timeoutMs: number;
  /**
   * Each topic to produce to.
   *
   * Versions 3-13.
   */
  topicData: ProduceRequestTopicProduceData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic to produce to. */
export interface ProduceRequestTopicProduceData {
  /**
   * The topic name.
   *
   * Versions 3-12; ignorable.
   */
  name?: string;
  /**
   * The unique topic ID
   *
   * Versions 13; ignorable.
   */
  topicId?: Uuid;
  /**
   * Each partition to produce to.
   *
   * Versions 3-13.
   */
  partitionData: ProduceRequestPartitionProduceData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition to produce to. */
export interface ProduceRequestPartitionProduceData {
  /**
   * The partition index.
   *
   * Versions 3-13.
   */
  index: number;
  /**
   * The record data to be produced.
   *
   * Versions 3-13; nullable 3-13.
   */
  records: Buffer | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Produce response (API key 0): versions 3-13, flexible from 9. */
export interface ProduceResponse {
  /**
   * Each produce response.
   *
   * Versions 3-13.
   */
  responses: ProduceResponseTopicProduceResponse[];
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 3-13; default "0"; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
   *
   * Versions 10-13; tagged (tag 0) 10-13.
   */
  nodeEndpoints?: ProduceResponseNodeEndpoint[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each produce response. */
export interface ProduceResponseTopicProduceResponse {
  /**
   * The topic name.
   *
   * Versions 3-12; ignorable.
   */
  name?: string;
  /**
   * The unique topic ID
   *
   * Versions 13; ignorable.
   */
  topicId?: Uuid;
  /**
   * Each partition that we produced to within the topic.
   *
   * Versions 3-13.
   */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition that we produced to within the topic. */
export interface ProduceResponsePartitionProduceResponse {
  /**
   * The partition index.
   *
   * Versions 3-13.
   */
  index: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 3-13.
   */
  errorCode: number;
  /**
   * The base offset.
   *
   * Versions 3-13.
   */
  baseOffset: bigint;
  /**
   * The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
   *
   * Versions 3-13; default "-1"; ignorable.
   */
  logAppendTimeMs?: bigint;
  /**
   * The log start offset.
   *
   * Versions 5-13; default "-1"; ignorable.
   */
  logStartOffset?: bigint;
  /**
   * The batch indices of records that caused the batch to be dropped.
   *
   * Versions 8-13; ignorable.
   */
  recordErrors?: ProduceResponseBatchIndexAndErrorMessage[];
  /**
   * The global error message summarizing the common root cause of the records that caused the batch to be dropped.
   *
   * Versions 8-13; nullable 8-13; default "null"; ignorable.
   */
  errorMessage?: string | null;
  /**
   * The leader broker that the producer should use for future requests.
   *
   * Versions 10-13; tagged (tag 0) 10-13.
   */
  currentLeader?: ProduceResponseLeaderIdAndEpoch;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The batch indices of records that caused the batch to be dropped. */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /**
   * The batch index of the record that caused the batch to be dropped.
   *
   * Versions 8-13.
   */
  batchIndex: number;
  /**
   * The error message of the record that caused the batch to be dropped.
   *
   * Versions 8-13; nullable 8-13; default "null".
   */
  batchIndexErrorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The leader broker that the producer should use for future requests. */
export interface ProduceResponseLeaderIdAndEpoch {
  /**
   * The ID of the current leader or -1 if the leader is unknown.
   *
   * Versions 10-13; default "-1".
   */
  leaderId?: number;
  /**
   * The latest known leader epoch.
   *
   * Versions 10-13; default "-1".
   */
  leaderEpoch?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
 */
export interface ProduceResponseNodeEndpoint {
  /**
   * The ID of the associated node.
   *
   * Versions 10-13.
   */
  nodeId: number;
  /**
   * The node's hostname.
   *
   * Versions 10-13.
   */
  host: string;
  /**
   * The node's port.
   *
   * Versions 10-13.
   */
  port: number;
  /**
   * The rack of the node, or null if it has not been assigned to a rack.
   *
   * Versions 10-13; nullable 10-13; default "null".
   */
  rack?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeProduceRequest(w: Writer, o: ProduceRequest, v: number): void {
  const _transactionalId = o.transactionalId === undefined ? null : o.transactionalId;
  if (v >= 9) w.compactNullableString(_transactionalId);
  else w.nullableString(_transactionalId);
  const _acks = o.acks;
  if (_acks == null) throw missingField('ProduceRequest', v, 'ProduceRequest.Acks');
  w.int16(_acks);
  const _timeoutMs = o.timeoutMs;
  if (_timeoutMs == null) throw missingField('ProduceRequest', v, 'ProduceRequest.TimeoutMs');
  w.int32(_timeoutMs);
  const _topicData = o.topicData;
  if (_topicData == null) throw missingField('ProduceRequest', v, 'ProduceRequest.TopicData');
  if (v >= 9) w.compactArrayLength(_topicData.length);
  else w.arrayLength(_topicData.length);
  for (let i = 0; i < _topicData.length; i++) encodeProduceRequestTopicProduceData(w, _topicData[i], v);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  const _transactionalId = (v >= 9 ? r.compactNullableString() : r.nullableString());
  const _acks = r.int16();
  const _timeoutMs = r.int32();
  let _topicData: ProduceRequestTopicProduceData[];
  {
    const n = (v >= 9 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ProduceRequest', v, 'ProduceRequest.TopicData');
    } else {
      const a: ProduceRequestTopicProduceData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeProduceRequestTopicProduceData(r, v));
      _topicData = a;
    }
  }
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: ProduceRequest = {
    transactionalId: _transactionalId,
    acks: _acks,
    timeoutMs: _timeoutMs,
    topicData: _topicData,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceRequestTopicProduceData(w: Writer, o: ProduceRequestTopicProduceData, v: number): void {
  if (v <= 12) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('ProduceRequest', v, 'TopicProduceData.Name');
    if (v >= 9) w.compactString(_name);
    else w.string(_name);
  }
  if (v >= 13) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('ProduceRequest', v, 'TopicProduceData.TopicId');
    w.uuid(_topicId);
  }
  const _partitionData = o.partitionData;
  if (_partitionData == null) throw missingField('ProduceRequest', v, 'TopicProduceData.PartitionData');
  if (v >= 9) w.compactArrayLength(_partitionData.length);
  else w.arrayLength(_partitionData.length);
  for (let i = 0; i < _partitionData.length; i++) encodeProduceRequestPartitionProduceData(w, _partitionData[i], v);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  const _name: string = (v <= 12 ? (v >= 9 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 13 ? r.uuid() : ZERO_UUID);
  let _partitionData: ProduceRequestPartitionProduceData[];
  {
    const n = (v >= 9 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('ProduceRequest', v, 'TopicProduceData.PartitionData');
    } else {
      const a: ProduceRequestPartitionProduceData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeProduceRequestPartitionProduceData(r, v));
      _partitionData = a;
    }
  }
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: ProduceRequestTopicProduceData = {
    name: _name,
    topicId: _topicId,
    partitionData: _partitionData,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceRequestPartitionProduceData(w: Writer, o: ProduceRequestPartitionProduceData, v: number): void {
  const _index = o.index;
  if (_index == null) throw missingField('ProduceRequest', v, 'PartitionProduceData.Index');
  w.int32(_index);
  const _records = o.records;
  if (v >= 9) w.compactNullableBytes(_records);
  else w.nullableBytes(_records);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceData {
  const _index = r.int32();
  const _records = (v >= 9 ? r.compactNullableBytes() : r.nullableBytes());
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: ProduceRequestPartitionProduceData = {
    index: _index,
    records: _records,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponse(w: Writer, o: ProduceResponse, v: number): void {
  const _responses = o.responses;
  if (_responses == null) throw missingField('ProduceResponse', v, 'ProduceResponse.Responses');
  if (v >= 9) w.compactArrayLength(_responses.length);
  else w.arrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeProduceResponseTopicProduceResponse(w, _responses[i], v);
  const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ProduceResponse', v, 'ProduceResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v < 10) {
    const x = o.nodeEndpoints;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('ProduceResponse', v, 'ProduceResponse.NodeEndpoints');
  }
  if (v >= 9) {
    let tags: TaggedField[] | undefined;
    if (v >= 10) {
      const _nodeEndpoints = o.nodeEndpoints;
      if (_nodeEndpoints === null) throw missingField('ProduceResponse', v, 'ProduceResponse.NodeEndpoints');
      if (_nodeEndpoints !== undefined && !(_nodeEndpoints.length === 0)) {
        const tw = new Writer(64);
        tw.compactArrayLength(_nodeEndpoints.length);
        for (let i = 0; i < _nodeEndpoints.length; i++) encodeProduceResponseNodeEndpoint(tw, _nodeEndpoints[i], v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  let _responses: ProduceResponseTopicProduceResponse[];
  {
    const n = (v >= 9 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('ProduceResponse', v, 'ProduceResponse.Responses');
    } else {
      const a: ProduceResponseTopicProduceResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeProduceResponseTopicProduceResponse(r, v));
      _responses = a;
    }
  }
  const _throttleTimeMs = r.int32();
  let _nodeEndpoints: ProduceResponseNodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (v >= 9) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          if (v >= 10) {
            const n = tr.compactArrayLength(11);
            if (n < 0) {
              throw nullOnWire('ProduceResponse', v, 'ProduceResponse.NodeEndpoints');
            } else {
              const a: ProduceResponseNodeEndpoint[] = [];
              for (let i = 0; i < n; i++) a.push(decodeProduceResponseNodeEndpoint(tr, v));
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
  const o: ProduceResponse = {
    responses: _responses,
    throttleTimeMs: _throttleTimeMs,
    nodeEndpoints: _nodeEndpoints,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponseTopicProduceResponse(w: Writer, o: ProduceResponseTopicProduceResponse, v: number): void {
  if (v <= 12) {
    const _name = o.name === undefined ? '' : o.name;
    if (_name == null) throw missingField('ProduceResponse', v, 'TopicProduceResponse.Name');
    if (v >= 9) w.compactString(_name);
    else w.string(_name);
  }
  if (v >= 13) {
    const _topicId = o.topicId === undefined ? ZERO_UUID : o.topicId;
    if (_topicId == null) throw missingField('ProduceResponse', v, 'TopicProduceResponse.TopicId');
    w.uuid(_topicId);
  }
  const _partitionResponses = o.partitionResponses;
  if (_partitionResponses == null) throw missingField('ProduceResponse', v, 'TopicProduceResponse.PartitionResponses');
  if (v >= 9) w.compactArrayLength(_partitionResponses.length);
  else w.arrayLength(_partitionResponses.length);
  for (let i = 0; i < _partitionResponses.length; i++) encodeProduceResponsePartitionProduceResponse(w, _partitionResponses[i], v);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  const _name: string = (v <= 12 ? (v >= 9 ? r.compactString() : r.string()) : '');
  const _topicId: Uuid = (v >= 13 ? r.uuid() : ZERO_UUID);
  let _partitionResponses: ProduceResponsePartitionProduceResponse[];
  {
    const n = (v >= 9 ? r.compactArrayLength(22) : r.arrayLength(22));
    if (n < 0) {
      throw nullOnWire('ProduceResponse', v, 'TopicProduceResponse.PartitionResponses');
    } else {
      const a: ProduceResponsePartitionProduceResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeProduceResponsePartitionProduceResponse(r, v));
      _partitionResponses = a;
    }
  }
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: ProduceResponseTopicProduceResponse = {
    name: _name,
    topicId: _topicId,
    partitionResponses: _partitionResponses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponsePartitionProduceResponse(w: Writer, o: ProduceResponsePartitionProduceResponse, v: number): void {
  const _index = o.index;
  if (_index == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.Index');
  w.int32(_index);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.ErrorCode');
  w.int16(_errorCode);
  const _baseOffset = o.baseOffset;
  if (_baseOffset == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.BaseOffset');
  w.int64(_baseOffset);
  const _logAppendTimeMs = o.logAppendTimeMs === undefined ? -1n : o.logAppendTimeMs;
  if (_logAppendTimeMs == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.LogAppendTimeMs');
  w.int64(_logAppendTimeMs);
  if (v >= 5) {
    const _logStartOffset = o.logStartOffset === undefined ? -1n : o.logStartOffset;
    if (_logStartOffset == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.LogStartOffset');
    w.int64(_logStartOffset);
  }
  if (v >= 8) {
    const _recordErrors = o.recordErrors === undefined ? [] : o.recordErrors;
    if (_recordErrors == null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.RecordErrors');
    if (v >= 9) w.compactArrayLength(_recordErrors.length);
    else w.arrayLength(_recordErrors.length);
    for (let i = 0; i < _recordErrors.length; i++) encodeProduceResponseBatchIndexAndErrorMessage(w, _recordErrors[i], v);
  }
  if (v >= 8) {
    const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
    if (v >= 9) w.compactNullableString(_errorMessage);
    else w.nullableString(_errorMessage);
  }
  if (v < 10) {
    const x = o.currentLeader;
    if (x !== undefined && !(isDefaultProduceResponseLeaderIdAndEpoch(x))) throw unsupportedField('ProduceResponse', v, 'PartitionProduceResponse.CurrentLeader');
  }
  if (v >= 9) {
    let tags: TaggedField[] | undefined;
    if (v >= 10) {
      const _currentLeader = o.currentLeader;
      if (_currentLeader === null) throw missingField('ProduceResponse', v, 'PartitionProduceResponse.CurrentLeader');
      if (_currentLeader !== undefined && !(isDefaultProduceResponseLeaderIdAndEpoch(_currentLeader))) {
        const tw = new Writer(64);
        encodeProduceResponseLeaderIdAndEpoch(tw, _currentLeader, v);
        (tags ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(tags, o._unknownTaggedFields);
  }
}

function decodeProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  const _index = r.int32();
  const _errorCode = r.int16();
  const _baseOffset = r.int64();
  const _logAppendTimeMs = r.int64();
  const _logStartOffset: bigint = (v >= 5 ? r.int64() : -1n);
  let _recordErrors: ProduceResponseBatchIndexAndErrorMessage[] = [];
  if (v >= 8) {
    const n = (v >= 9 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('ProduceResponse', v, 'PartitionProduceResponse.RecordErrors');
    } else {
      const a: ProduceResponseBatchIndexAndErrorMessage[] = [];
      for (let i = 0; i < n; i++) a.push(decodeProduceResponseBatchIndexAndErrorMessage(r, v));
      _recordErrors = a;
    }
  }
  const _errorMessage: string | null = (v >= 8 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null);
  let _currentLeader: ProduceResponseLeaderIdAndEpoch = defaultProduceResponseLeaderIdAndEpoch();
  let unknownTags: TaggedField[] | undefined;
  if (v >= 9) {
    unknownTags = r.taggedFields((tag, tr) => {
      switch (tag) {
        case 0: {
          if (v >= 10) {
            _currentLeader = decodeProduceResponseLeaderIdAndEpoch(tr, v);
            return true;
          }
          return false;
        }
      }
      return false;
    });
  }
  const o: ProduceResponsePartitionProduceResponse = {
    index: _index,
    errorCode: _errorCode,
    baseOffset: _baseOffset,
    logAppendTimeMs: _logAppendTimeMs,
    logStartOffset: _logStartOffset,
    recordErrors: _recordErrors,
    errorMessage: _errorMessage,
    currentLeader: _currentLeader,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponseBatchIndexAndErrorMessage(w: Writer, o: ProduceResponseBatchIndexAndErrorMessage, v: number): void {
  const _batchIndex = o.batchIndex;
  if (_batchIndex == null) throw missingField('ProduceResponse', v, 'BatchIndexAndErrorMessage.BatchIndex');
  w.int32(_batchIndex);
  const _batchIndexErrorMessage = o.batchIndexErrorMessage === undefined ? null : o.batchIndexErrorMessage;
  if (v >= 9) w.compactNullableString(_batchIndexErrorMessage);
  else w.nullableString(_batchIndexErrorMessage);
  if (v >= 9) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage {
  const _batchIndex = r.int32();
  const _batchIndexErrorMessage = (v >= 9 ? r.compactNullableString() : r.nullableString());
  const unknownTags = (v >= 9 ? r.taggedFields() : undefined);
  const o: ProduceResponseBatchIndexAndErrorMessage = {
    batchIndex: _batchIndex,
    batchIndexErrorMessage: _batchIndexErrorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponseLeaderIdAndEpoch(w: Writer, o: ProduceResponseLeaderIdAndEpoch, v: number): void {
  const _leaderId = o.leaderId === undefined ? -1 : o.leaderId;
  if (_leaderId == null) throw missingField('ProduceResponse', v, 'LeaderIdAndEpoch.LeaderId');
  w.int32(_leaderId);
  const _leaderEpoch = o.leaderEpoch === undefined ? -1 : o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ProduceResponse', v, 'LeaderIdAndEpoch.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeProduceResponseLeaderIdAndEpoch(r: Reader, v: number): ProduceResponseLeaderIdAndEpoch {
  const _leaderId = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: ProduceResponseLeaderIdAndEpoch = {
    leaderId: _leaderId,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeProduceResponseNodeEndpoint(w: Writer, o: ProduceResponseNodeEndpoint, v: number): void {
  const _nodeId = o.nodeId;
  if (_nodeId == null) throw missingField('ProduceResponse', v, 'NodeEndpoint.NodeId');
  w.int32(_nodeId);
  const _host = o.host;
  if (_host == null) throw missingField('ProduceResponse', v, 'NodeEndpoint.Host');
  w.compactString(_host);
  const _port = o.port;
  if (_port == null) throw missingField('ProduceResponse', v, 'NodeEndpoint.Port');
  w.int32(_port);
  const _rack = o.rack === undefined ? null : o.rack;
  w.compactNullableString(_rack);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeProduceResponseNodeEndpoint(r: Reader, v: number): ProduceResponseNodeEndpoint {
  const _nodeId = r.int32();
  const _host = r.compactString();
  const _port = r.int32();
  const _rack = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: ProduceResponseNodeEndpoint = {
    nodeId: _nodeId,
    host: _host,
    port: _port,
    rack: _rack,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultProduceResponseLeaderIdAndEpoch(o: ProduceResponseLeaderIdAndEpoch): boolean {
  return (
    (o.leaderId === undefined || o.leaderId === -1) &&
    (o.leaderEpoch === undefined || o.leaderEpoch === -1) &&
    !o._unknownTaggedFields?.length
  );
}

/** The Produce API (key 0): versions 3-13, flexible from 9. Served by: broker. */
export const ProduceApi: ApiCodec<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  name: 'Produce',
  minVersion: 3,
  maxVersion: 13,
  flexibleFrom: 9,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 9 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 9 ? 1 : 0),
  encodeRequest(w: Writer, body: ProduceRequest, v: number): void {
    checkVersion('Produce', v, 3, 13);
    try {
      encodeProduceRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ProduceRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ProduceRequest {
    checkVersion('Produce', v, 3, 13);
    try {
      return decodeProduceRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ProduceRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ProduceResponse, v: number): void {
    checkVersion('Produce', v, 3, 13);
    try {
      encodeProduceResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ProduceResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ProduceResponse {
    checkVersion('Produce', v, 3, 13);
    try {
      return decodeProduceResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ProduceResponse v${v}`, e);
    }
  },
};
