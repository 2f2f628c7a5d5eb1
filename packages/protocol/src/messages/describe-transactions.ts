// Generated from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DescribeTransactions request (API key 65): versions 0, flexible from 0. */
export interface DescribeTransactionsRequest {
  /**
   * Array of transactionalIds to include in describe results. If empty, then no results will be returned.
   *
   * Versions 0.
   */
  transactionalIds: string[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DescribeTransactions response (API key 65): versions 0, flexible from 0. */
export interface DescribeTransactionsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The current state of the transaction.
   *
   * Versions 0.
   */
  transactionStates: DescribeTransactionsResponseTransactionState[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current state of the transaction. */
export interface DescribeTransactionsResponseTransactionState {
  /**
   * The error code.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The transactional id.
   *
   * Versions 0.
   */
  transactionalId: string;
  /**
   * The current transaction state of the producer.
   *
   * Versions 0.
   */
  transactionState: string;
  /**
   * The timeout in milliseconds for the transaction.
   *
   * Versions 0.
   */
  transactionTimeoutMs: number;
  /**
   * The start time of the transaction in milliseconds.
   *
   * Versions 0.
   */
  transactionStartTimeMs: bigint;
  /**
   * The current producer id associated with the transaction.
   *
   * Versions 0.
   */
  producerId: bigint;
  /**
   * The current epoch associated with the producer id.
   *
   * Versions 0.
   */
  producerEpoch: number;
  /**
   * The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
   *
   * Versions 0.
   */
  topics: DescribeTransactionsResponseTopicData[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/**
 * The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
 */
export interface DescribeTransactionsResponseTopicData {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  topic: string;
  /**
   * The partition ids included in the current transaction.
   *
   * Versions 0.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDescribeTransactionsRequest(w: Writer, o: DescribeTransactionsRequest, v: number): void {
  const _transactionalIds = o.transactionalIds;
  if (_transactionalIds == null) throw missingField('DescribeTransactionsRequest', v, 'DescribeTransactionsRequest.TransactionalIds');
  w.compactArrayLength(_transactionalIds.length);
  for (let i = 0; i < _transactionalIds.length; i++) w.compactString(_transactionalIds[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  let _transactionalIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('DescribeTransactionsRequest', v, 'DescribeTransactionsRequest.TransactionalIds');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _transactionalIds = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeTransactionsRequest = {
    transactionalIds: _transactionalIds,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTransactionsResponse(w: Writer, o: DescribeTransactionsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DescribeTransactionsResponse', v, 'DescribeTransactionsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _transactionStates = o.transactionStates;
  if (_transactionStates == null) throw missingField('DescribeTransactionsResponse', v, 'DescribeTransactionsResponse.TransactionStates');
  w.compactArrayLength(_transactionStates.length);
  for (let i = 0; i < _transactionStates.length; i++) encodeDescribeTransactionsResponseTransactionState(w, _transactionStates[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  const _throttleTimeMs = r.int32();
  let _transactionStates: DescribeTransactionsResponseTransactionState[];
  {
    const n = r.compactArrayLength(28);
    if (n < 0) {
      throw nullOnWire('DescribeTransactionsResponse', v, 'DescribeTransactionsResponse.TransactionStates');
    } else {
      const a: DescribeTransactionsResponseTransactionState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeTransactionsResponseTransactionState(r, v));
      _transactionStates = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeTransactionsResponse = {
    throttleTimeMs: _throttleTimeMs,
    transactionStates: _transactionStates,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTransactionsResponseTransactionState(w: Writer, o: DescribeTransactionsResponseTransactionState, v: number): void {
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.ErrorCode');
  w.int16(_errorCode);
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.TransactionalId');
  w.compactString(_transactionalId);
  const _transactionState = o.transactionState;
  if (_transactionState == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.TransactionState');
  w.compactString(_transactionState);
  const _transactionTimeoutMs = o.transactionTimeoutMs;
  if (_transactionTimeoutMs == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.TransactionTimeoutMs');
  w.int32(_transactionTimeoutMs);
  const _transactionStartTimeMs = o.transactionStartTimeMs;
  if (_transactionStartTimeMs == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.TransactionStartTimeMs');
  w.int64(_transactionStartTimeMs);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.ProducerEpoch');
  w.int16(_producerEpoch);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DescribeTransactionsResponse', v, 'TransactionState.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDescribeTransactionsResponseTopicData(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTransactionsResponseTransactionState(r: Reader, v: number): DescribeTransactionsResponseTransactionState {
  const _errorCode = r.int16();
  const _transactionalId = r.compactString();
  const _transactionState = r.compactString();
  const _transactionTimeoutMs = r.int32();
  const _transactionStartTimeMs = r.int64();
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  let _topics: DescribeTransactionsResponseTopicData[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('DescribeTransactionsResponse', v, 'TransactionState.Topics');
    } else {
      const a: DescribeTransactionsResponseTopicData[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDescribeTransactionsResponseTopicData(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeTransactionsResponseTransactionState = {
    errorCode: _errorCode,
    transactionalId: _transactionalId,
    transactionState: _transactionState,
    transactionTimeoutMs: _transactionTimeoutMs,
    transactionStartTimeMs: _transactionStartTimeMs,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDescribeTransactionsResponseTopicData(w: Writer, o: DescribeTransactionsResponseTopicData, v: number): void {
  const _topic = o.topic;
  if (_topic == null) throw missingField('DescribeTransactionsResponse', v, 'TopicData.Topic');
  w.compactString(_topic);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('DescribeTransactionsResponse', v, 'TopicData.Partitions');
  w.compactArrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDescribeTransactionsResponseTopicData(r: Reader, v: number): DescribeTransactionsResponseTopicData {
  const _topic = r.compactString();
  let _partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n < 0) {
      throw nullOnWire('DescribeTransactionsResponse', v, 'TopicData.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DescribeTransactionsResponseTopicData = {
    topic: _topic,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DescribeTransactions API (key 65): versions 0, flexible from 0. Served by: broker. */
export const DescribeTransactionsApi: ApiCodec<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  apiKey: 65,
  name: 'DescribeTransactions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DescribeTransactionsRequest, v: number): void {
    checkVersion('DescribeTransactions', v, 0, 0);
    try {
      encodeDescribeTransactionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeTransactionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DescribeTransactionsRequest {
    checkVersion('DescribeTransactions', v, 0, 0);
    try {
      return decodeDescribeTransactionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeTransactionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DescribeTransactionsResponse, v: number): void {
    checkVersion('DescribeTransactions', v, 0, 0);
    try {
      encodeDescribeTransactionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DescribeTransactionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DescribeTransactionsResponse {
    checkVersion('DescribeTransactions', v, 0, 0);
    try {
      return decodeDescribeTransactionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DescribeTransactionsResponse v${v}`, e);
    }
  },
};
