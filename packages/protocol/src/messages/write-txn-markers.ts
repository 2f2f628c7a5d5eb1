// Generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A WriteTxnMarkers request (API key 27): versions 1-2, flexible from 1. */
export interface WriteTxnMarkersRequest {
  /**
   * The transaction markers to be written.
   *
   * Versions 1-2.
   */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The transaction markers to be written. */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /**
   * The current producer ID.
   *
   * Versions 1-2.
   */
  producerId: bigint;
  /**
   * The current epoch associated with the producer ID.
   *
   * Versions 1-2.
   */
  producerEpoch: number;
  /**
   * The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
   *
   * Versions 1-2.
   */
  transactionResult: boolean;
  /**
   * Each topic that we want to write transaction marker(s) for.
   *
   * Versions 1-2.
   */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /**
   * Epoch associated with the transaction state partition hosted by this transaction coordinator.
   *
   * Versions 1-2.
   */
  coordinatorEpoch: number;
  /**
   * Transaction version of the marker. Ex: 0/1 = legacy (TV0/TV1), 2 = TV2 etc.
   *
   * Versions 2; default "0"; ignorable.
   */
  transactionVersion?: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Each topic that we want to write transaction marker(s) for. */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /**
   * The topic name.
   *
   * Versions 1-2.
   */
  name: string;
  /**
   * The indexes of the partitions to write transaction markers for.
   *
   * Versions 1-2.
   */
  partitionIndexes: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A WriteTxnMarkers response (API key 27): versions 1-2, flexible from 1. */
export interface WriteTxnMarkersResponse {
  /**
   * The results for writing makers.
   *
   * Versions 1-2.
   */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for writing makers. */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /**
   * The current producer ID in use by the transactional ID.
   *
   * Versions 1-2.
   */
  producerId: bigint;
  /**
   * The results by topic.
   *
   * Versions 1-2.
   */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results by topic. */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /**
   * The topic name.
   *
   * Versions 1-2.
   */
  name: string;
  /**
   * The results by partition.
   *
   * Versions 1-2.
   */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results by partition. */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
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
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeWriteTxnMarkersRequest(w: Writer, o: WriteTxnMarkersRequest, v: number): void {
  const _markers = o.markers;
  if (_markers == null) throw missingField('WriteTxnMarkersRequest', v, 'WriteTxnMarkersRequest.Markers');
  w.compactArrayLength(_markers.length);
  for (let i = 0; i < _markers.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarker(w, _markers[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  let _markers: WriteTxnMarkersRequestWritableTxnMarker[];
  {
    const n = r.compactArrayLength(17);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersRequest', v, 'WriteTxnMarkersRequest.Markers');
    } else {
      const a: WriteTxnMarkersRequestWritableTxnMarker[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteTxnMarkersRequestWritableTxnMarker(r, v));
      _markers = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersRequest = {
    markers: _markers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, o: WriteTxnMarkersRequestWritableTxnMarker, v: number): void {
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.ProducerEpoch');
  w.int16(_producerEpoch);
  const _transactionResult = o.transactionResult;
  if (_transactionResult == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.TransactionResult');
  w.bool(_transactionResult);
  const _topics = o.topics;
  if (_topics == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, _topics[i], v);
  const _coordinatorEpoch = o.coordinatorEpoch;
  if (_coordinatorEpoch == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.CoordinatorEpoch');
  w.int32(_coordinatorEpoch);
  if (v >= 2) {
    const _transactionVersion = o.transactionVersion === undefined ? 0 : o.transactionVersion;
    if (_transactionVersion == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarker.TransactionVersion');
    w.int8(_transactionVersion);
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarker {
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _transactionResult = r.bool();
  let _topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersRequest', v, 'WritableTxnMarker.Topics');
    } else {
      const a: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r, v));
      _topics = a;
    }
  }
  const _coordinatorEpoch = r.int32();
  const _transactionVersion: number = (v >= 2 ? r.int8() : 0);
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersRequestWritableTxnMarker = {
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    transactionResult: _transactionResult,
    topics: _topics,
    coordinatorEpoch: _coordinatorEpoch,
    transactionVersion: _transactionVersion,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, o: WriteTxnMarkersRequestWritableTxnMarkerTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarkerTopic.Name');
  w.compactString(_name);
  const _partitionIndexes = o.partitionIndexes;
  if (_partitionIndexes == null) throw missingField('WriteTxnMarkersRequest', v, 'WritableTxnMarkerTopic.PartitionIndexes');
  w.compactArrayLength(_partitionIndexes.length);
  for (let i = 0; i < _partitionIndexes.length; i++) w.int32(_partitionIndexes[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const _name = r.compactString();
  let _partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersRequest', v, 'WritableTxnMarkerTopic.PartitionIndexes');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitionIndexes = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersRequestWritableTxnMarkerTopic = {
    name: _name,
    partitionIndexes: _partitionIndexes,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersResponse(w: Writer, o: WriteTxnMarkersResponse, v: number): void {
  const _markers = o.markers;
  if (_markers == null) throw missingField('WriteTxnMarkersResponse', v, 'WriteTxnMarkersResponse.Markers');
  w.compactArrayLength(_markers.length);
  for (let i = 0; i < _markers.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w, _markers[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  let _markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  {
    const n = r.compactArrayLength(10);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersResponse', v, 'WriteTxnMarkersResponse.Markers');
    } else {
      const a: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r, v));
      _markers = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersResponse = {
    markers: _markers,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerResult, v: number): void {
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerResult.ProducerId');
  w.int64(_producerId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerResult.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const _producerId = r.int64();
  let _topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersResponse', v, 'WritableTxnMarkerResult.Topics');
    } else {
      const a: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersResponseWritableTxnMarkerResult = {
    producerId: _producerId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerTopicResult.Name');
  w.compactString(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerTopicResult.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, _partitions[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const _name = r.compactString();
  let _partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  {
    const n = r.compactArrayLength(7);
    if (n < 0) {
      throw nullOnWire('WriteTxnMarkersResponse', v, 'WritableTxnMarkerTopicResult.Partitions');
    } else {
      const a: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, v));
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerPartitionResult.PartitionIndex');
  w.int32(_partitionIndex);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('WriteTxnMarkersResponse', v, 'WritableTxnMarkerPartitionResult.ErrorCode');
  w.int16(_errorCode);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const _partitionIndex = r.int32();
  const _errorCode = r.int16();
  const unknownTags = r.taggedFields();
  const o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = {
    partitionIndex: _partitionIndex,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The WriteTxnMarkers API (key 27): versions 1-2, flexible from 1. Served by: broker. */
export const WriteTxnMarkersApi: ApiCodec<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  minVersion: 1,
  maxVersion: 2,
  flexibleFrom: 1,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 1 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 1 ? 1 : 0),
  encodeRequest(w: Writer, body: WriteTxnMarkersRequest, v: number): void {
    checkVersion('WriteTxnMarkers', v, 1, 2);
    try {
      encodeWriteTxnMarkersRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode WriteTxnMarkersRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): WriteTxnMarkersRequest {
    checkVersion('WriteTxnMarkers', v, 1, 2);
    try {
      return decodeWriteTxnMarkersRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode WriteTxnMarkersRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: WriteTxnMarkersResponse, v: number): void {
    checkVersion('WriteTxnMarkers', v, 1, 2);
    try {
      encodeWriteTxnMarkersResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode WriteTxnMarkersResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): WriteTxnMarkersResponse {
    checkVersion('WriteTxnMarkers', v, 1, 2);
    try {
      return decodeWriteTxnMarkersResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode WriteTxnMarkersResponse v${v}`, e);
    }
  },
};
