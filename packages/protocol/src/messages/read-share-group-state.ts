// Generated from ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A ReadShareGroupState request (API key 84): versions 0, flexible from 0. */
export interface ReadShareGroupStateRequest {
  /**
   * The group identifier.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The data for the topics.
   *
   * Versions 0.
   */
  topics: ReadShareGroupStateRequestReadStateData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the topics. */
export interface ReadShareGroupStateRequestReadStateData {
  /**
   * The topic identifier.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The data for the partitions.
   *
   * Versions 0.
   */
  partitions: ReadShareGroupStateRequestPartitionData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The data for the partitions. */
export interface ReadShareGroupStateRequestPartitionData {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * The leader epoch of the share-partition.
   *
   * Versions 0.
   */
  leaderEpoch: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ReadShareGroupState response (API key 84): versions 0, flexible from 0. */
export interface ReadShareGroupStateResponse {
  /**
   * The read results.
   *
   * Versions 0.
   */
  results: ReadShareGroupStateResponseReadStateResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The read results. */
export interface ReadShareGroupStateResponseReadStateResult {
  /**
   * The topic identifier.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The results for the partitions.
   *
   * Versions 0.
   */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for the partitions. */
export interface ReadShareGroupStateResponsePartitionResult {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partition: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * The state epoch of the share-partition.
   *
   * Versions 0.
   */
  stateEpoch: number;
  /**
   * The share-partition start offset, which can be -1 if it is not yet initialized.
   *
   * Versions 0.
   */
  startOffset: bigint;
  /**
   * The state batches for this share-partition.
   *
   * Versions 0.
   */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The state batches for this share-partition. */
export interface ReadShareGroupStateResponseStateBatch {
  /**
   * The first offset of this state batch.
   *
   * Versions 0.
   */
  firstOffset: bigint;
  /**
   * The last offset of this state batch.
   *
   * Versions 0.
   */
  lastOffset: bigint;
  /**
   * The delivery state - 0:Available,2:Acked,4:Archived.
   *
   * Versions 0.
   */
  deliveryState: number;
  /**
   * The delivery count.
   *
   * Versions 0.
   */
  deliveryCount: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeReadShareGroupStateRequest(w: Writer, o: ReadShareGroupStateRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('ReadShareGroupStateRequest', v, 'ReadShareGroupStateRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('ReadShareGroupStateRequest', v, 'ReadShareGroupStateRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeReadShareGroupStateRequestReadStateData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  const _groupId = r.compactString();
  let _topics: ReadShareGroupStateRequestReadStateData[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateRequest', v, 'ReadShareGroupStateRequest.Topics');
    } else {
      const a: ReadShareGroupStateRequestReadStateData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateRequestReadStateData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateRequestReadStateData(w: Writer, o: ReadShareGroupStateRequestReadStateData, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ReadShareGroupStateRequest', v, 'ReadStateData.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ReadShareGroupStateRequest', v, 'ReadStateData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeReadShareGroupStateRequestPartitionData(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateRequestReadStateData(r: Reader, v: number): ReadShareGroupStateRequestReadStateData {
  const _topicId = r.uuid();
  let _partitions: ReadShareGroupStateRequestPartitionData[];
  {
    const n = r.compactArrayLength(9);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateRequest', v, 'ReadStateData.Partitions');
    } else {
      const a: ReadShareGroupStateRequestPartitionData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateRequestPartitionData(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateRequestReadStateData = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateRequestPartitionData(w: Writer, o: ReadShareGroupStateRequestPartitionData, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('ReadShareGroupStateRequest', v, 'PartitionData.Partition');
  w.int32(_partition);
  const _leaderEpoch = o.leaderEpoch;
  if (_leaderEpoch == null) throw missingField('ReadShareGroupStateRequest', v, 'PartitionData.LeaderEpoch');
  w.int32(_leaderEpoch);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateRequestPartitionData(r: Reader, v: number): ReadShareGroupStateRequestPartitionData {
  const _partition = r.int32();
  const _leaderEpoch = r.int32();
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateRequestPartitionData = {
    partition: _partition,
    leaderEpoch: _leaderEpoch,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateResponse(w: Writer, o: ReadShareGroupStateResponse, v: number): void {
  const _results = o.results;
  if (_results == null) throw missingField('ReadShareGroupStateResponse', v, 'ReadShareGroupStateResponse.Results');
  w.compactArrayLength(_results.length);
  for (let i = 0; i < _results.length; i++) encodeReadShareGroupStateResponseReadStateResult(w, _results[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  let _results: ReadShareGroupStateResponseReadStateResult[];
  {
    const n = r.compactArrayLength(18);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateResponse', v, 'ReadShareGroupStateResponse.Results');
    } else {
      const a: ReadShareGroupStateResponseReadStateResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateResponseReadStateResult(r, v));
      _results = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateResponse = {
    results: _results,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateResponseReadStateResult(w: Writer, o: ReadShareGroupStateResponseReadStateResult, v: number): void {
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('ReadShareGroupStateResponse', v, 'ReadStateResult.TopicId');
  w.uuid(_topicId);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('ReadShareGroupStateResponse', v, 'ReadStateResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeReadShareGroupStateResponsePartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateResponseReadStateResult(r: Reader, v: number): ReadShareGroupStateResponseReadStateResult {
  const _topicId = r.uuid();
  let _partitions: ReadShareGroupStateResponsePartitionResult[];
  {
    const n = r.compactArrayLength(21);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateResponse', v, 'ReadStateResult.Partitions');
    } else {
      const a: ReadShareGroupStateResponsePartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateResponsePartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateResponseReadStateResult = {
    topicId: _topicId,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateResponsePartitionResult(w: Writer, o: ReadShareGroupStateResponsePartitionResult, v: number): void {
  const _partition = o.partition;
  if (_partition == null) throw missingField('ReadShareGroupStateResponse', v, 'PartitionResult.Partition');
  w.int32(_partition);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ReadShareGroupStateResponse', v, 'PartitionResult.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _stateEpoch = o.stateEpoch;
  if (_stateEpoch == null) throw missingField('ReadShareGroupStateResponse', v, 'PartitionResult.StateEpoch');
  w.int32(_stateEpoch);
  const _startOffset = o.startOffset;
  if (_startOffset == null) throw missingField('ReadShareGroupStateResponse', v, 'PartitionResult.StartOffset');
  w.int64(_startOffset);
  const _stateBatches = o.stateBatches;
  if (_stateBatches == null) throw missingField('ReadShareGroupStateResponse', v, 'PartitionResult.StateBatches');
  w.compactArrayLength(_stateBatches.length);
  for (let i = 0; i < _stateBatches.length; i++) encodeReadShareGroupStateResponseStateBatch(w, _stateBatches[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateResponsePartitionResult {
  const _partition = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const _stateEpoch = r.int32();
  const _startOffset = r.int64();
  let _stateBatches: ReadShareGroupStateResponseStateBatch[];
  {
    const n = r.compactArrayLength(20);
    if (n < 0) {
      throw nullOnWire('ReadShareGroupStateResponse', v, 'PartitionResult.StateBatches');
    } else {
      const a: ReadShareGroupStateResponseStateBatch[] = [];
      for (let i = 0; i < n; i++) a.push(decodeReadShareGroupStateResponseStateBatch(r, v));
      _stateBatches = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateResponsePartitionResult = {
    partition: _partition,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    stateEpoch: _stateEpoch,
    startOffset: _startOffset,
    stateBatches: _stateBatches,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeReadShareGroupStateResponseStateBatch(w: Writer, o: ReadShareGroupStateResponseStateBatch, v: number): void {
  const _firstOffset = o.firstOffset;
  if (_firstOffset == null) throw missingField('ReadShareGroupStateResponse', v, 'StateBatch.FirstOffset');
  w.int64(_firstOffset);
  const _lastOffset = o.lastOffset;
  if (_lastOffset == null) throw missingField('ReadShareGroupStateResponse', v, 'StateBatch.LastOffset');
  w.int64(_lastOffset);
  const _deliveryState = o.deliveryState;
  if (_deliveryState == null) throw missingField('ReadShareGroupStateResponse', v, 'StateBatch.DeliveryState');
  w.int8(_deliveryState);
  const _deliveryCount = o.deliveryCount;
  if (_deliveryCount == null) throw missingField('ReadShareGroupStateResponse', v, 'StateBatch.DeliveryCount');
  w.int16(_deliveryCount);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeReadShareGroupStateResponseStateBatch(r: Reader, v: number): ReadShareGroupStateResponseStateBatch {
  const _firstOffset = r.int64();
  const _lastOffset = r.int64();
  const _deliveryState = r.int8();
  const _deliveryCount = r.int16();
  const unknownTags = r.taggedFields();
  const o: ReadShareGroupStateResponseStateBatch = {
    firstOffset: _firstOffset,
    lastOffset: _lastOffset,
    deliveryState: _deliveryState,
    deliveryCount: _deliveryCount,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The ReadShareGroupState API (key 84): versions 0, flexible from 0. Served by: broker. */
export const ReadShareGroupStateApi: ApiCodec<ReadShareGroupStateRequest, ReadShareGroupStateResponse> = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ReadShareGroupStateRequest, v: number): void {
    checkVersion('ReadShareGroupState', v, 0, 0);
    try {
      encodeReadShareGroupStateRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ReadShareGroupStateRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ReadShareGroupStateRequest {
    checkVersion('ReadShareGroupState', v, 0, 0);
    try {
      return decodeReadShareGroupStateRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ReadShareGroupStateRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ReadShareGroupStateResponse, v: number): void {
    checkVersion('ReadShareGroupState', v, 0, 0);
    try {
      encodeReadShareGroupStateResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ReadShareGroupStateResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ReadShareGroupStateResponse {
    checkVersion('ReadShareGroupState', v, 0, 0);
    try {
      return decodeReadShareGroupStateResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ReadShareGroupStateResponse v${v}`, e);
    }
  },
};
