// Generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A AddPartitionsToTxn request (API key 24): versions 0-5, flexible from 3. */
export interface AddPartitionsToTxnRequest {
  /**
   * List of transactions to add partitions to.
   *
   * Versions 4-5.
   */
  transactions?: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /**
   * The transactional id corresponding to the transaction.
   *
   * Versions 0-3.
   */
  v3AndBelowTransactionalId?: string;
  /**
   * Current producer id in use by the transactional id.
   *
   * Versions 0-3.
   */
  v3AndBelowProducerId?: bigint;
  /**
   * Current epoch associated with the producer id.
   *
   * Versions 0-3.
   */
  v3AndBelowProducerEpoch?: number;
  /**
   * The partitions to add to the transaction.
   *
   * Versions 0-3.
   */
  v3AndBelowTopics?: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** List of transactions to add partitions to. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /**
   * The transactional id corresponding to the transaction.
   *
   * Versions 4-5.
   */
  transactionalId: string;
  /**
   * Current producer id in use by the transactional id.
   *
   * Versions 4-5.
   */
  producerId: bigint;
  /**
   * Current epoch associated with the producer id.
   *
   * Versions 4-5.
   */
  producerEpoch: number;
  /**
   * Boolean to signify if we want to check if the partition is in the transaction rather than add it.
   *
   * Versions 4-5; default false.
   */
  verifyOnly?: boolean;
  /**
   * The partitions to add to the transaction.
   *
   * Versions 4-5.
   */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The partitions to add to the transaction. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /**
   * The name of the topic.
   *
   * Versions 0-5.
   */
  name: string;
  /**
   * The partition indexes to add to the transaction.
   *
   * Versions 0-5.
   */
  partitions: number[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A AddPartitionsToTxn response (API key 24): versions 0-5, flexible from 3. */
export interface AddPartitionsToTxnResponse {
  /**
   * Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-5.
   */
  throttleTimeMs: number;
  /**
   * The response top level error code.
   *
   * Versions 4-5; ignorable.
   */
  errorCode?: number;
  /**
   * Results categorized by transactional ID.
   *
   * Versions 4-5.
   */
  resultsByTransaction?: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /**
   * The results for each topic.
   *
   * Versions 0-3.
   */
  resultsByTopicV3AndBelow?: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** Results categorized by transactional ID. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /**
   * The transactional id corresponding to the transaction.
   *
   * Versions 4-5.
   */
  transactionalId: string;
  /**
   * The results for each topic.
   *
   * Versions 4-5.
   */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /**
   * The topic name.
   *
   * Versions 0-5.
   */
  name: string;
  /**
   * The results for each partition.
   *
   * Versions 0-5.
   */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each partition. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /**
   * The partition indexes.
   *
   * Versions 0-5.
   */
  partitionIndex: number;
  /**
   * The response error code.
   *
   * Versions 0-5.
   */
  partitionErrorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeAddPartitionsToTxnRequest(w: Writer, o: AddPartitionsToTxnRequest, v: number): void {
  if (v >= 4) {
    const _transactions = o.transactions === undefined ? [] : o.transactions;
    if (_transactions == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.Transactions');
    w.compactArrayLength(_transactions.length);
    for (let i = 0; i < _transactions.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, _transactions[i], v);
  }
  if (v < 4) {
    const x = o.transactions;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.Transactions');
  }
  if (v <= 3) {
    const _v3AndBelowTransactionalId = o.v3AndBelowTransactionalId === undefined ? '' : o.v3AndBelowTransactionalId;
    if (_v3AndBelowTransactionalId == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowTransactionalId');
    if (v >= 3) w.compactString(_v3AndBelowTransactionalId);
    else w.string(_v3AndBelowTransactionalId);
  }
  if (v > 3) {
    const x = o.v3AndBelowTransactionalId;
    if (x !== undefined && !(x === '')) throw unsupportedField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowTransactionalId');
  }
  if (v <= 3) {
    const _v3AndBelowProducerId = o.v3AndBelowProducerId === undefined ? 0n : o.v3AndBelowProducerId;
    if (_v3AndBelowProducerId == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowProducerId');
    w.int64(_v3AndBelowProducerId);
  }
  if (v > 3) {
    const x = o.v3AndBelowProducerId;
    if (x !== undefined && !(x === 0n)) throw unsupportedField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowProducerId');
  }
  if (v <= 3) {
    const _v3AndBelowProducerEpoch = o.v3AndBelowProducerEpoch === undefined ? 0 : o.v3AndBelowProducerEpoch;
    if (_v3AndBelowProducerEpoch == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowProducerEpoch');
    w.int16(_v3AndBelowProducerEpoch);
  }
  if (v > 3) {
    const x = o.v3AndBelowProducerEpoch;
    if (x !== undefined && !(x === 0)) throw unsupportedField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowProducerEpoch');
  }
  if (v <= 3) {
    const _v3AndBelowTopics = o.v3AndBelowTopics === undefined ? [] : o.v3AndBelowTopics;
    if (_v3AndBelowTopics == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowTopics');
    if (v >= 3) w.compactArrayLength(_v3AndBelowTopics.length);
    else w.arrayLength(_v3AndBelowTopics.length);
    for (let i = 0; i < _v3AndBelowTopics.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, _v3AndBelowTopics[i], v);
  }
  if (v > 3) {
    const x = o.v3AndBelowTopics;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowTopics');
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  let _transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
  if (v >= 4) {
    const n = r.compactArrayLength(14);
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.Transactions');
    } else {
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, v));
      _transactions = a;
    }
  }
  const _v3AndBelowTransactionalId: string = (v <= 3 ? (v >= 3 ? r.compactString() : r.string()) : '');
  const _v3AndBelowProducerId: bigint = (v <= 3 ? r.int64() : 0n);
  const _v3AndBelowProducerEpoch: number = (v <= 3 ? r.int16() : 0);
  let _v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  if (v <= 3) {
    const n = (v >= 3 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnRequest.V3AndBelowTopics');
    } else {
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v));
      _v3AndBelowTopics = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddPartitionsToTxnRequest = {
    transactions: _transactions,
    v3AndBelowTransactionalId: _v3AndBelowTransactionalId,
    v3AndBelowProducerId: _v3AndBelowProducerId,
    v3AndBelowProducerEpoch: _v3AndBelowProducerEpoch,
    v3AndBelowTopics: _v3AndBelowTopics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.TransactionalId');
  w.compactString(_transactionalId);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.ProducerId');
  w.int64(_producerId);
  const _producerEpoch = o.producerEpoch;
  if (_producerEpoch == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.ProducerEpoch');
  w.int16(_producerEpoch);
  const _verifyOnly = o.verifyOnly === undefined ? false : o.verifyOnly;
  if (_verifyOnly == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.VerifyOnly');
  w.bool(_verifyOnly);
  const _topics = o.topics;
  if (_topics == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const _transactionalId = r.compactString();
  const _producerId = r.int64();
  const _producerEpoch = r.int16();
  const _verifyOnly = r.bool();
  let _topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTransaction.Topics');
    } else {
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = {
    transactionalId: _transactionalId,
    producerId: _producerId,
    producerEpoch: _producerEpoch,
    verifyOnly: _verifyOnly,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTopic.Name');
  if (v >= 3) w.compactString(_name);
  else w.string(_name);
  const _partitions = o.partitions;
  if (_partitions == null) throw missingField('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTopic.Partitions');
  if (v >= 3) w.compactArrayLength(_partitions.length);
  else w.arrayLength(_partitions.length);
  for (let i = 0; i < _partitions.length; i++) w.int32(_partitions[i]);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const _name = (v >= 3 ? r.compactString() : r.string());
  let _partitions: number[];
  {
    const n = (v >= 3 ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnRequest', v, 'AddPartitionsToTxnTopic.Partitions');
    } else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32());
      _partitions = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = {
    name: _name,
    partitions: _partitions,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnResponse(w: Writer, o: AddPartitionsToTxnResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  if (v >= 4) {
    const _errorCode = o.errorCode === undefined ? 0 : o.errorCode;
    if (_errorCode == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ErrorCode');
    w.int16(_errorCode);
  }
  if (v >= 4) {
    const _resultsByTransaction = o.resultsByTransaction === undefined ? [] : o.resultsByTransaction;
    if (_resultsByTransaction == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTransaction');
    w.compactArrayLength(_resultsByTransaction.length);
    for (let i = 0; i < _resultsByTransaction.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, _resultsByTransaction[i], v);
  }
  if (v < 4) {
    const x = o.resultsByTransaction;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTransaction');
  }
  if (v <= 3) {
    const _resultsByTopicV3AndBelow = o.resultsByTopicV3AndBelow === undefined ? [] : o.resultsByTopicV3AndBelow;
    if (_resultsByTopicV3AndBelow == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow');
    if (v >= 3) w.compactArrayLength(_resultsByTopicV3AndBelow.length);
    else w.arrayLength(_resultsByTopicV3AndBelow.length);
    for (let i = 0; i < _resultsByTopicV3AndBelow.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, _resultsByTopicV3AndBelow[i], v);
  }
  if (v > 3) {
    const x = o.resultsByTopicV3AndBelow;
    if (x !== undefined && !(x.length === 0)) throw unsupportedField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow');
  }
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode: number = (v >= 4 ? r.int16() : 0);
  let _resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
  if (v >= 4) {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTransaction');
    } else {
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, v));
      _resultsByTransaction = a;
    }
  }
  let _resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  if (v <= 3) {
    const n = (v >= 3 ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow');
    } else {
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v));
      _resultsByTopicV3AndBelow = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddPartitionsToTxnResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    resultsByTransaction: _resultsByTransaction,
    resultsByTopicV3AndBelow: _resultsByTopicV3AndBelow,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnResult, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResult.TransactionalId');
  w.compactString(_transactionalId);
  const _topicResults = o.topicResults;
  if (_topicResults == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResult.TopicResults');
  w.compactArrayLength(_topicResults.length);
  for (let i = 0; i < _topicResults.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, _topicResults[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const _transactionalId = r.compactString();
  let _topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  {
    const n = r.compactArrayLength(3);
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnResult.TopicResults');
    } else {
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v));
      _topicResults = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnResult = {
    transactionalId: _transactionalId,
    topicResults: _topicResults,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v: number): void {
  const _name = o.name;
  if (_name == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnTopicResult.Name');
  if (v >= 3) w.compactString(_name);
  else w.string(_name);
  const _resultsByPartition = o.resultsByPartition;
  if (_resultsByPartition == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnTopicResult.ResultsByPartition');
  if (v >= 3) w.compactArrayLength(_resultsByPartition.length);
  else w.arrayLength(_resultsByPartition.length);
  for (let i = 0; i < _resultsByPartition.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, _resultsByPartition[i], v);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const _name = (v >= 3 ? r.compactString() : r.string());
  let _resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  {
    const n = (v >= 3 ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n < 0) {
      throw nullOnWire('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnTopicResult.ResultsByPartition');
    } else {
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
      for (let i = 0; i < n; i++) a.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, v));
      _resultsByPartition = a;
    }
  }
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = {
    name: _name,
    resultsByPartition: _resultsByPartition,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v: number): void {
  const _partitionIndex = o.partitionIndex;
  if (_partitionIndex == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnPartitionResult.PartitionIndex');
  w.int32(_partitionIndex);
  const _partitionErrorCode = o.partitionErrorCode;
  if (_partitionErrorCode == null) throw missingField('AddPartitionsToTxnResponse', v, 'AddPartitionsToTxnPartitionResult.PartitionErrorCode');
  w.int16(_partitionErrorCode);
  if (v >= 3) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const _partitionIndex = r.int32();
  const _partitionErrorCode = r.int16();
  const unknownTags = (v >= 3 ? r.taggedFields() : undefined);
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = {
    partitionIndex: _partitionIndex,
    partitionErrorCode: _partitionErrorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The AddPartitionsToTxn API (key 24): versions 0-5, flexible from 3. Served by: broker. */
export const AddPartitionsToTxnApi: ApiCodec<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 3 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 3 ? 1 : 0),
  encodeRequest(w: Writer, body: AddPartitionsToTxnRequest, v: number): void {
    checkVersion('AddPartitionsToTxn', v, 0, 5);
    try {
      encodeAddPartitionsToTxnRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddPartitionsToTxnRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
    checkVersion('AddPartitionsToTxn', v, 0, 5);
    try {
      return decodeAddPartitionsToTxnRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddPartitionsToTxnRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: AddPartitionsToTxnResponse, v: number): void {
    checkVersion('AddPartitionsToTxn', v, 0, 5);
    try {
      encodeAddPartitionsToTxnResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode AddPartitionsToTxnResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
    checkVersion('AddPartitionsToTxn', v, 0, 5);
    try {
      return decodeAddPartitionsToTxnResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode AddPartitionsToTxnResponse v${v}`, e);
    }
  },
};
