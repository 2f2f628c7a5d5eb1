// Generated from WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A WriteShareGroupState request (API key 85): versions 0-1, flexible from 0. */
export interface WriteShareGroupStateRequest {
  /**
   * The group identifier.
   *
   * Versions 0-1.
   */
  groupId: string;
  /**
   * The data for the topics.
   *
   * Versions 0-1.
   */
  topics: WriteShareGroupStateRequestWriteStateData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the topics. */
export interface WriteShareGroupStateRequestWriteStateData {
  /**
   * The topic identifier.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /**
   * The data for the partitions.
   *
   * Versions 0-1.
   */
  partitions: WriteShareGroupStateRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the partitions. */
export interface WriteShareGroupStateRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partition: number;
  /**
   * The state epoch of the share-partition.
   *
   * Versions 0-1.
   */
  stateEpoch: number;
  /**
   * The leader epoch of the share-partition.
   *
   * Versions 0-1.
   */
  leaderEpoch: number;
  /**
   * The share-partition start offset, or -1 if the start offset is not being written.
   *
   * Versions 0-1.
   */
  startOffset: bigint;
  /**
   * The number of offsets greater than or equal to share-partition start offset for which delivery has been completed.
   *
   * Versions 1; default "-1"; ignorable.
   */
  deliveryCompleteCount?: number;
  /**
   * The state batches for the share-partition.
   *
   * Versions 0-1.
   */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The state batches for the share-partition. */
export interface WriteShareGroupStateRequestStateBatch {
  /**
   * The first offset of this state batch.
   *
   * Versions 0-1.
   */
  firstOffset: bigint;
  /**
   * The last offset of this state batch.
   *
   * Versions 0-1.
   */
  lastOffset: bigint;
  /**
   * The delivery state - 0:Available,2:Acked,4:Archived.
   *
   * Versions 0-1.
   */
  deliveryState: number;
  /**
   * The delivery count.
   *
   * Versions 0-1.
   */
  deliveryCount: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A WriteShareGroupState response (API key 85): versions 0-1, flexible from 0. */
export interface WriteShareGroupStateResponse {
  /**
   * The write results.
   *
   * Versions 0-1.
   */
  results: WriteShareGroupStateResponseWriteStateResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The write results. */
export interface WriteShareGroupStateResponseWriteStateResult {
  /**
   * The topic identifier.
   *
   * Versions 0-1.
   */
  topicId: Uuid;
  /**
   * The results for the partitions.
   *
   * Versions 0-1.
   */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for the partitions. */
export interface WriteShareGroupStateResponsePartitionResult {
  /**
   * The partition index.
   *
   * Versions 0-1.
   */
  partition: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-1.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0-1; nullable 0-1; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeWriteShareGroupStateRequest(w: Writer, o: WriteShareGroupStateRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('WriteShareGroupStateRequest', v, 'WriteShareGroupStateRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('WriteShareGroupStateRequest', v, 'WriteShareGroupStateRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeWriteShareGroupStateRequestWriteStateData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  const _groupId = r.compactString();
  let _topics: WriteShareGroupStateRequestWriteStateData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('WriteShareGroupStateRequest', v, 'WriteShareGroupStateRequest.Topics');
    } else {
      const a: WriteShareGroupStateRequestWriteStateData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteShareGroupStateRequestWriteStateData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateRequestWriteStateData(w: Writer, o: WriteShareGroupStateRequestWriteStateData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('WriteShareGroupStateRequest', v, 'WriteStateData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('WriteShareGroupStateRequest', v, 'WriteStateData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeWriteShareGroupStateRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateRequestWriteStateData(r: Reader, v: number): WriteShareGroupStateRequestWriteStateData {
  const _topicId = r.uuid();
  let _partitions: WriteShareGroupStateRequestPartitionData[];
  {
    const n = r.compactArrayLength(22);
    if (n < 0) {
      throw nullOnWire('WriteShareGroupStateRequest', v, 'WriteStateData.Partitions');
    } else {
      const a: WriteShareGroupStateRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteShareGroupStateRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateRequestWriteStateData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateRequestPartitionData(w: Writer, o: WriteShareGroupStateRequestPartitionData, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.Partition');
  w.int32(_partition);
  const _stateEpoch = o.stateEpoch;
  if (_stateEpoch == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.StateEpoch');
  w.int32(_stateEpoch);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.StartOffset');
  w.int64(_startOffset);
  if (v >= 1) {
    const _deliveryCompleteCount = o.deliveryCompleteCount === undefined ? -1 : o.deliveryCompleteCount;
    if (_deliveryCompleteCount == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.DeliveryCompleteCount');
    w.int32(_deliveryCompleteCount);
  }
  const _stateBatches = o.stateBatches;
  if (_stateBatches == null) throw missingField('WriteShareGroupStateRequest', v, 'PartitionData.StateBatches');
  w.compactArrayLength(_stateBatches.length);
  for (let i = 0; i < _stateBatches.length; i++) encodeWriteShareGroupStateRequestStateBatch(w, _stateBatches[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateRequestPartitionData(r: Reader, v: number): WriteShareGroupStateRequestPartitionData {
  const _partition = r.int32();
  const _stateEpoch = r.int32();
  const _leaderEpoch = r.int32();
  const _startOffset = r.int64();
  const _deliveryCompleteCount: number = (v >= 1 ? r.int32() : -1);
  let _stateBatches: WriteShareGroupStateRequestStateBatch[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('WriteShareGroupStateRequest', v, 'PartitionData.StateBatches');
    } else {
      const a: WriteShareGroupStateRequestStateBatch[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteShareGroupStateRequestStateBatch(r, v));
      _stateBatches = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateRequestPartitionData = {
    partition: _partition,
    stateEpoch: _stateEpoch,
    leaderEpoch: _leaderEpoch,
    startOffset: _startOffset,
    deliveryCompleteCount: _deliveryCompleteCount,
    stateBatches: _stateBatches,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateRequestStateBatch(w: Writer, o: WriteShareGroupStateRequestStateBatch, v: number): void {
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('WriteShareGroupStateRequest', v, 'StateBatch.FirstOffset');
  w.int64(_firstOffset);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('WriteShareGroupStateRequest', v, 'StateBatch.LastOffset');
  w.int64(_lastOffset);
  const _deliveryState = o.deliveryState;
  if (_deliveryState == null) throw missingField('WriteShareGroupStateRequest', v, 'StateBatch.DeliveryState');
  w.int8(_deliveryState);
  const _deliveryCount = o.deliveryCount;
  if (_deliveryCount == null) throw missingField('WriteShareGroupStateRequest', v, 'StateBatch.DeliveryCount');
  w.int16(_deliveryCount);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateRequestStateBatch(r: Reader, v: number): WriteShareGroupStateRequestStateBatch {
  const _firstOffset = r.int64();
  const _lastOffset = r.int64();
  const _deliveryState = r.int8();
  const _deliveryCount = r.int16();
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateRequestStateBatch = {
    firstOffset: _firstOffset,
    lastOffset: _lastOffset,
    deliveryState: _deliveryState,
    deliveryCount: _deliveryCount,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateResponse(w: Writer, o: WriteShareGroupStateResponse, v: number): void {
  const _results = o.results;
  if (_results == null) throw missingField('WriteShareGroupStateResponse', v, 'WriteShareGroupStateResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeWriteShareGroupStateResponseWriteStateResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  let _results: WriteShareGroupStateResponseWriteStateResult[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('WriteShareGroupStateResponse', v, 'WriteShareGroupStateResponse.Results');
    } else {
      const a: WriteShareGroupStateResponseWriteStateResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteShareGroupStateResponseWriteStateResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateResponse = {
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateResponseWriteStateResult(w: Writer, o: WriteShareGroupStateResponseWriteStateResult, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('WriteShareGroupStateResponse', v, 'WriteStateResult.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('WriteShareGroupStateResponse', v, 'WriteStateResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeWriteShareGroupStateResponsePartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateResponseWriteStateResult(r: Reader, v: number): WriteShareGroupStateResponseWriteStateResult {
  const _topicId = r.uuid();
  let _partitions: WriteShareGroupStateResponsePartitionResult[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('WriteShareGroupStateResponse', v, 'WriteStateResult.Partitions');
    } else {
      const a: WriteShareGroupStateResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteShareGroupStateResponsePartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateResponseWriteStateResult = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteShareGroupStateResponsePartitionResult(w: Writer, o: WriteShareGroupStateResponsePartitionResult, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('WriteShareGroupStateResponse', v, 'PartitionResult.Partition');
  w.int32(_partition);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('WriteShareGroupStateResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteShareGroupStateResponsePartitionResult(r: Reader, v: number): WriteShareGroupStateResponsePartitionResult {
  const _partition = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: WriteShareGroupStateResponsePartitionResult = {
    partition: _partition,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The WriteShareGroupState API (key 85): versions 0-1, flexible from 0. Served by: broker. */
export const WriteShareGroupStateApi: ApiCodec<WriteShareGroupStateRequest, WriteShareGroupStateResponse> = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: WriteShareGroupStateRequest, v: number): void {
    checkVersion('WriteShareGroupState', v, 0, 1);
    try {
      encodeWriteShareGroupStateRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode WriteShareGroupStateRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): WriteShareGroupStateRequest {
    checkVersion('WriteShareGroupState', v, 0, 1);
    try {
      return decodeWriteShareGroupStateRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode WriteShareGroupStateRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: WriteShareGroupStateResponse, v: number): void {
    checkVersion('WriteShareGroupState', v, 0, 1);
    try {
      encodeWriteShareGroupStateResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode WriteShareGroupStateResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): WriteShareGroupStateResponse {
    checkVersion('WriteShareGroupState', v, 0, 1);
    try {
      return decodeWriteShareGroupStateResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode WriteShareGroupStateResponse v${v}`, e);
    }
  },
};
