// Generated from ListTransactionsRequest.json, ListTransactionsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire, unsupportedField } from './codec-support.js';

/** A ListTransactions request (API key 66): versions 0-2, flexible from 0. */
export interface ListTransactionsRequest {
  /**
   * The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned.
   *
   * Versions 0-2.
   */
  stateFilters: string[];
  /**
   * The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned.
   *
   * Versions 0-2.
   */
  producerIdFilters: bigint[];
  /**
   * Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned.
   *
   * Versions 1-2; default -1.
   */
  durationFilter?: bigint;
  /**
   * The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned.
   *
   * Versions 2; nullable 2; default "null".
   */
  transactionalIdPattern?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A ListTransactions response (API key 66): versions 0-2, flexible from 0. */
export interface ListTransactionsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0-2.
   */
  throttleTimeMs: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-2.
   */
  errorCode: number;
  /**
   * Set of state filters provided in the request which were unknown to the transaction coordinator.
   *
   * Versions 0-2.
   */
  unknownStateFilters: string[];
  /**
   * The current state of the transaction for the transactional id.
   *
   * Versions 0-2.
   */
  transactionStates: ListTransactionsResponseTransactionState[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The current state of the transaction for the transactional id. */
export interface ListTransactionsResponseTransactionState {
  /**
   * The transactional id.
   *
   * Versions 0-2.
   */
  transactionalId: string;
  /**
   * The producer id.
   *
   * Versions 0-2.
   */
  producerId: bigint;
  /**
   * The current transaction state of the producer.
   *
   * Versions 0-2.
   */
  transactionState: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeListTransactionsRequest(w: Writer, o: ListTransactionsRequest, v: number): void {
  const _stateFilters = o.stateFilters;
  if (_stateFilters == null) throw missingField('ListTransactionsRequest', v, 'ListTransactionsRequest.StateFilters');
  w.compactArrayLength(_stateFilters.length);
  for (let i = 0; i < _stateFilters.length; i++) w.compactString(_stateFilters[i]);
  const _producerIdFilters = o.producerIdFilters;
  if (_producerIdFilters == null) throw missingField('ListTransactionsRequest', v, 'ListTransactionsRequest.ProducerIdFilters');
  w.compactArrayLength(_producerIdFilters.length);
  for (let i = 0; i < _producerIdFilters.length; i++) w.int64(_producerIdFilters[i]);
  if (v >= 1) {
    const _durationFilter = o.durationFilter === undefined ? -1n : o.durationFilter;
    if (_durationFilter == null) throw missingField('ListTransactionsRequest', v, 'ListTransactionsRequest.DurationFilter');
    w.int64(_durationFilter);
  }
  if (v < 1) {
    const x = o.durationFilter;
    if (x !== undefined && !(x === -1n)) throw unsupportedField('ListTransactionsRequest', v, 'ListTransactionsRequest.DurationFilter');
  }
  if (v >= 2) {
    const _transactionalIdPattern = o.transactionalIdPattern === undefined ? null : o.transactionalIdPattern;
    w.compactNullableString(_transactionalIdPattern);
  }
  if (v < 2) {
    const x = o.transactionalIdPattern;
    if (x !== undefined && !(x === null)) throw unsupportedField('ListTransactionsRequest', v, 'ListTransactionsRequest.TransactionalIdPattern');
  }
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  let _stateFilters: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ListTransactionsRequest', v, 'ListTransactionsRequest.StateFilters');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _stateFilters = a;
    }
  }
  let _producerIdFilters: bigint[];
  {
    const n = r.compactArrayLength(8);
    if (n < 0) {
      throw nullOnWire('ListTransactionsRequest', v, 'ListTransactionsRequest.ProducerIdFilters');
    } else {
      const a: bigint[] = [];
      for (let i = 0; i < n; i++) a.push(r.int64());
      _producerIdFilters = a;
    }
  }
  const _durationFilter: bigint = (v >= 1 ? r.int64() : -1n);
  const _transactionalIdPattern: string | null = (v >= 2 ? r.compactNullableString() : null);
  const unknownTags = r.taggedFields();
  const o: ListTransactionsRequest = {
    stateFilters: _stateFilters,
    producerIdFilters: _producerIdFilters,
    durationFilter: _durationFilter,
    transactionalIdPattern: _transactionalIdPattern,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListTransactionsResponse(w: Writer, o: ListTransactionsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('ListTransactionsResponse', v, 'ListTransactionsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('ListTransactionsResponse', v, 'ListTransactionsResponse.ErrorCode');
  w.int16(_errorCode);
  const _unknownStateFilters = o.unknownStateFilters;
  if (_unknownStateFilters == null) throw missingField('ListTransactionsResponse', v, 'ListTransactionsResponse.UnknownStateFilters');
  w.compactArrayLength(_unknownStateFilters.length);
  for (let i = 0; i < _unknownStateFilters.length; i++) w.compactString(_unknownStateFilters[i]);
  const _transactionStates = o.transactionStates;
  if (_transactionStates == null) throw missingField('ListTransactionsResponse', v, 'ListTransactionsResponse.TransactionStates');
  w.compactArrayLength(_transactionStates.length);
  for (let i = 0; i < _transactionStates.length; i++) encodeListTransactionsResponseTransactionState(w, _transactionStates[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  let _unknownStateFilters: string[];
  {
    const n = r.compactArrayLength(1);
    if (n < 0) {
      throw nullOnWire('ListTransactionsResponse', v, 'ListTransactionsResponse.UnknownStateFilters');
    } else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.compactString());
      _unknownStateFilters = a;
    }
  }
  let _transactionStates: ListTransactionsResponseTransactionState[];
  {
    const n = r.compactArrayLength(11);
    if (n < 0) {
      throw nullOnWire('ListTransactionsResponse', v, 'ListTransactionsResponse.TransactionStates');
    } else {
      const a: ListTransactionsResponseTransactionState[] = [];
      for (let i = 0; i < n; i++) a.push(decodeListTransactionsResponseTransactionState(r, v));
      _transactionStates = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: ListTransactionsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    unknownStateFilters: _unknownStateFilters,
    transactionStates: _transactionStates,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeListTransactionsResponseTransactionState(w: Writer, o: ListTransactionsResponseTransactionState, v: number): void {
  const _transactionalId = o.transactionalId;
  if (_transactionalId == null) throw missingField('ListTransactionsResponse', v, 'TransactionState.TransactionalId');
  w.compactString(_transactionalId);
  const _producerId = o.producerId;
  if (_producerId == null) throw missingField('ListTransactionsResponse', v, 'TransactionState.ProducerId');
  w.int64(_producerId);
  const _transactionState = o.transactionState;
  if (_transactionState == null) throw missingField('ListTransactionsResponse', v, 'TransactionState.TransactionState');
  w.compactString(_transactionState);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeListTransactionsResponseTransactionState(r: Reader, v: number): ListTransactionsResponseTransactionState {
  const _transactionalId = r.compactString();
  const _producerId = r.int64();
  const _transactionState = r.compactString();
  const unknownTags = r.taggedFields();
  const o: ListTransactionsResponseTransactionState = {
    transactionalId: _transactionalId,
    producerId: _producerId,
    transactionState: _transactionState,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The ListTransactions API (key 66): versions 0-2, flexible from 0. Served by: broker. */
export const ListTransactionsApi: ApiCodec<ListTransactionsRequest, ListTransactionsResponse> = {
  apiKey: 66,
  name: 'ListTransactions',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: ListTransactionsRequest, v: number): void {
    checkVersion('ListTransactions', v, 0, 2);
    try {
      encodeListTransactionsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListTransactionsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ListTransactionsRequest {
    checkVersion('ListTransactions', v, 0, 2);
    try {
      return decodeListTransactionsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListTransactionsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ListTransactionsResponse, v: number): void {
    checkVersion('ListTransactions', v, 0, 2);
    try {
      encodeListTransactionsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ListTransactionsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ListTransactionsResponse {
    checkVersion('ListTransactions', v, 0, 2);
    try {
      return decodeListTransactionsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ListTransactionsResponse v${v}`, e);
    }
  },
};
