// Generated from DescribeProducersRequest.json, DescribeProducersResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeProducers request (API key 61): versions 0, flexible from 0. */
export interface DescribeProducersRequest {
  /**
   * The topics to list producers for.
   *
   * Versions 0.
   */
  topics: DescribeProducersRequestTopicRequest[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to list producers for. */
export interface DescribeProducersRequestTopicRequest {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * The indexes of the partitions to list producers for.
   *
   * Versions 0.
   */
  partitionIndexes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeProducers response (API key 61): versions 0, flexible from 0. */
export interface DescribeProducersResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * Each topic in the response.
   *
   * Versions 0.
   */
  topics: DescribeProducersResponseTopicResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic in the response. */
export interface DescribeProducersResponseTopicResponse {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  name: string;
  /**
   * Each partition in the response.
   *
   * Versions 0.
   */
  partitions: DescribeProducersResponsePartitionResponse[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each partition in the response. */
export interface DescribeProducersResponsePartitionResponse {
  /**
   * The partition index.
   *
   * Versions 0.
   */
  partitionIndex: number;
  /**
   * The partition error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The partition error message, which may be null if no additional details are available.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * The active producers for the partition.
   *
   * Versions 0.
   */
  activeProducers: DescribeProducersResponseProducerState[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The active producers for the partition. */
export interface DescribeProducersResponseProducerState {
  /**
   * The producer id.
   *
   * Versions 0.
   */
  producerId: bigint;
  /**
   * The producer epoch.
   *
   * Versions 0.
   */
  producerEpoch: number;
  /**
   * The last sequence number sent by the producer.
   *
   * Versions 0; default "-1".
   */
  lastSequence?: number;
  /**
   * The last timestamp sent by the producer.
   *
   * Versions 0; default "-1".
   */
  lastTimestamp?: bigint;
  /**
   * The current epoch of the producer group.
   *
   * Versions 0.
   */
  coordinatorEpoch: number;
  /**
   * The current transaction start offset of the producer.
   *
   * Versions 0; default "-1".
   */
  currentTxnStartOffset?: bigint;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeProducersRequest(w: Writer, o: DescribeProducersRequest, v: number): void {
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeProducersRequest', v, 'DescribeProducersRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeProducersRequestTopicRequest(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  let _topics: DescribeProducersRequestTopicRequest[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeProducersRequest', v, 'DescribeProducersRequest.Topics');
    } else {
      const a: DescribeProducersRequestTopicRequest[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeProducersRequestTopicRequest(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeProducersRequest = {
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeProducersRequestTopicRequest(w: Writer, o: DescribeProducersRequestTopicRequest, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeProducersRequest', v, 'TopicRequest.Name');
  w.compactString(_name);
  const _partitionIndexes = o.partitionIndexes;
  if (_partitionIndexes == null) throw missingField('DescribeProducersRequest', v, 'TopicRequest.PartitionIndexes');
  w.compactArrayLength(_partitionIndexes.length);
  for (let i = 0; i < _partitionIndexes.length; i++) w.int32(_partitionIndexes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersRequestTopicRequest(r: Reader, v: number): DescribeProducersRequestTopicRequest {
  const _name = r.compactString();
  let _partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeProducersRequest', v, 'TopicRequest.PartitionIndexes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitionIndexes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeProducersRequestTopicRequest = {
    name: _name,
    partitionIndexes: _partitionIndexes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeProducersResponse(w: Writer, o: DescribeProducersResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeProducersResponse', v, 'DescribeProducersResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeProducersResponse', v, 'DescribeProducersResponse.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeProducersResponseTopicResponse(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  const _throttleTimeMs = r.int32();
  let _topics: DescribeProducersResponseTopicResponse[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeProducersResponse', v, 'DescribeProducersResponse.Topics');
    } else {
      const a: DescribeProducersResponseTopicResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeProducersResponseTopicResponse(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeProducersResponse = {
    throttleTimeMs: _throttleTimeMs,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeProducersResponseTopicResponse(w: Writer, o: DescribeProducersResponseTopicResponse, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('DescribeProducersResponse', v, 'TopicResponse.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeProducersResponse', v, 'TopicResponse.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeDescribeProducersResponsePartitionResponse(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersResponseTopicResponse(r: Reader, v: number): DescribeProducersResponseTopicResponse {
  const _name = r.compactString();
  let _partitions: DescribeProducersResponsePartitionResponse[];
  {
    const n = r.compactArrayLength(9);
    if (n < 0) {
      throw nullOnWire('DescribeProducersResponse', v, 'TopicResponse.Partitions');
    } else {
      const a: DescribeProducersResponsePartitionResponse[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeProducersResponsePartitionResponse(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeProducersResponseTopicResponse = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeProducersResponsePartitionResponse(w: Writer, o: DescribeProducersResponsePartitionResponse, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('DescribeProducersResponse', v, 'PartitionResponse.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeProducersResponse', v, 'PartitionResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _activeProducers = o.activeProducers;
  if (_activeProducers == null) throw missingField('DescribeProducersResponse', v, 'PartitionResponse.ActiveProducers');
  w.compactArrayLength(_activeProducers.length);
  for (let i = 0; i < _activeProducers.length; i++) encodeDescribeProducersResponseProducerState(w, _activeProducers[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersResponsePartitionResponse(r: Reader, v: number): DescribeProducersResponsePartitionResponse {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _activeProducers: DescribeProducersResponseProducerState[];
  {
    const n = r.compactArrayLength(37);
    if (n < 0) {
      throw nullOnWire('DescribeProducersResponse', v, 'PartitionResponse.ActiveProducers');
    } else {
      const a: DescribeProducersResponseProducerState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeProducersResponseProducerState(r, v));
      _activeProducers = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeProducersResponsePartitionResponse = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    activeProducers: _activeProducers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeProducersResponseProducerState(w: Writer, o: DescribeProducersResponseProducerState, v: number): void {
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.ProducerEpoch');
  w.int32(_producerEpoch);
  const _lastSequence = o.lastSequence === undefined ? -1 : o.lastSequence;
  if (_lastSequence == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.LastSequence');
  w.int32(_lastSequence);
  const _lastTimestamp = o.lastTimestamp === undefined ? -1n : o.lastTimestamp;
  if (_lastTimestamp == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.LastTimestamp');
  w.int64(_lastTimestamp);
  const _coordinatorEpoch = o.coordinatorEpoch;
  if (_coordinatorEpoch == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.CoordinatorEpoch');
  w.int32(_coordinatorEpoch);
  const _currentTxnStartOffset = o.currentTxnStartOffset === undefined ? -1n : o.currentTxnStartOffset;
  if (_currentTxnStartOffset == null) throw missingField('DescribeProducersResponse', v, 'ProducerState.CurrentTxnStartOffset');
  w.int64(_currentTxnStartOffset);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeProducersResponseProducerState(r: Reader, v: number): DescribeProducersResponseProducerState {
  const _producerId = r.int64();
  const _producerEpoch = r.int32();
  const _lastSequence = r.int32();
  const _lastTimestamp = r.int64();
  const _coordinatorEpoch = r.int32();
  const _currentTxnStartOffset = r.int64();
  const unknownTags = r.taggedFields();
  const o: DescribeProducersResponseProducerState = {
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    lastSequence: _lastSequence,
    lastTimestamp: _lastTimestamp,
    coordinatorEpoch: _coordinatorEpoch,
    currentTxnStartOffset: _currentTxnStartOffset,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeProducers API (key 61): versions 0, flexible from 0. Served by: broker. */
export const DescribeProducersApi: ApiCodec<DescribeProducersRequest, DescribeProducersResponse> = {
  apiKey: 61,
  name: 'DescribeProducers',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeProducersRequest, v: number): void {
    checkVersion('DescribeProducers', v, 0, 0);
    try {
      encodeDescribeProducersRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeProducersRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeProducersRequest {
    checkVersion('DescribeProducers', v, 0, 0);
    try {
      return decodeDescribeProducersRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeProducersRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeProducersResponse, v: number): void {
    checkVersion('DescribeProducers', v, 0, 0);
    try {
      encodeDescribeProducersResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeProducersResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeProducersResponse {
    checkVersion('DescribeProducers', v, 0, 0);
    try {
      return decodeDescribeProducersResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeProducersResponse v${v}`, e);
    }
  },
};
