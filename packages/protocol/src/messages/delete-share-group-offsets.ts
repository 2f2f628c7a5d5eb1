// Generated from DeleteShareGroupOffsetsRequest.json, DeleteShareGroupOffsetsResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Uuid } from '../primitives/uuid.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, nullOnWire } from './codec-support.js';

/** A DeleteShareGroupOffsets request (API key 92): versions 0, flexible from 0. */
export interface DeleteShareGroupOffsetsRequest {
  /**
   * The group identifier.
   *
   * Versions 0.
   */
  groupId: string;
  /**
   * The topics to delete offsets for.
   *
   * Versions 0.
   */
  topics: DeleteShareGroupOffsetsRequestTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The topics to delete offsets for. */
export interface DeleteShareGroupOffsetsRequestTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A DeleteShareGroupOffsets response (API key 92): versions 0, flexible from 0. */
export interface DeleteShareGroupOffsetsResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 0.
   */
  throttleTimeMs: number;
  /**
   * The top-level error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The top-level error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * The results for each topic.
   *
   * Versions 0.
   */
  responses: DeleteShareGroupOffsetsResponseTopic[];
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** The results for each topic. */
export interface DeleteShareGroupOffsetsResponseTopic {
  /**
   * The topic name.
   *
   * Versions 0.
   */
  topicName: string;
  /**
   * The unique topic ID.
   *
   * Versions 0.
   */
  topicId: Uuid;
  /**
   * The topic-level error code, or 0 if there was no error.
   *
   * Versions 0.
   */
  errorCode: number;
  /**
   * The topic-level error message, or null if there was no error.
   *
   * Versions 0; nullable 0; default "null".
   */
  errorMessage?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeDeleteShareGroupOffsetsRequest(w: Writer, o: DeleteShareGroupOffsetsRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('DeleteShareGroupOffsetsRequest', v, 'DeleteShareGroupOffsetsRequest.GroupId');
  w.compactString(_groupId);
  const _topics = o.topics;
  if (_topics == null) throw missingField('DeleteShareGroupOffsetsRequest', v, 'DeleteShareGroupOffsetsRequest.Topics');
  w.compactArrayLength(_topics.length);
  for (let i = 0; i < _topics.length; i++) encodeDeleteShareGroupOffsetsRequestTopic(w, _topics[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupOffsetsRequest(r: Reader, v: number): DeleteShareGroupOffsetsRequest {
  const _groupId = r.compactString();
  let _topics: DeleteShareGroupOffsetsRequestTopic[];
  {
    const n = r.compactArrayLength(2);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupOffsetsRequest', v, 'DeleteShareGroupOffsetsRequest.Topics');
    } else {
      const a: DeleteShareGroupOffsetsRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupOffsetsRequestTopic(r, v));
      _topics = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupOffsetsRequest = {
    groupId: _groupId,
    topics: _topics,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupOffsetsRequestTopic(w: Writer, o: DeleteShareGroupOffsetsRequestTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DeleteShareGroupOffsetsRequest', v, 'DeleteShareGroupOffsetsRequestTopic.TopicName');
  w.compactString(_topicName);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupOffsetsRequestTopic(r: Reader, v: number): DeleteShareGroupOffsetsRequestTopic {
  const _topicName = r.compactString();
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupOffsetsRequestTopic = {
    topicName: _topicName,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupOffsetsResponse(w: Writer, o: DeleteShareGroupOffsetsResponse, v: number): void {
  const _throttleTimeMs = o.throttleTimeMs;
  if (_throttleTimeMs == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponse.ThrottleTimeMs');
  w.int32(_throttleTimeMs);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponse.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  const _responses = o.responses;
  if (_responses == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponse.Responses');
  w.compactArrayLength(_responses.length);
  for (let i = 0; i < _responses.length; i++) encodeDeleteShareGroupOffsetsResponseTopic(w, _responses[i], v);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupOffsetsResponse(r: Reader, v: number): DeleteShareGroupOffsetsResponse {
  const _throttleTimeMs = r.int32();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  let _responses: DeleteShareGroupOffsetsResponseTopic[];
  {
    const n = r.compactArrayLength(21);
    if (n < 0) {
      throw nullOnWire('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponse.Responses');
    } else {
      const a: DeleteShareGroupOffsetsResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(decodeDeleteShareGroupOffsetsResponseTopic(r, v));
      _responses = a;
    }
  }
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupOffsetsResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
    responses: _responses,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeDeleteShareGroupOffsetsResponseTopic(w: Writer, o: DeleteShareGroupOffsetsResponseTopic, v: number): void {
  const _topicName = o.topicName;
  if (_topicName == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponseTopic.TopicName');
  w.compactString(_topicName);
  const _topicId = o.topicId;
  if (_topicId == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponseTopic.TopicId');
  w.uuid(_topicId);
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('DeleteShareGroupOffsetsResponse', v, 'DeleteShareGroupOffsetsResponseTopic.ErrorCode');
  w.int16(_errorCode);
  const _errorMessage = o.errorMessage === undefined ? null : o.errorMessage;
  w.compactNullableString(_errorMessage);
  if (o._unknownTaggedFields === undefined) w.uint8(0);
  else w.taggedFields(undefined, o._unknownTaggedFields);
}

function decodeDeleteShareGroupOffsetsResponseTopic(r: Reader, v: number): DeleteShareGroupOffsetsResponseTopic {
  const _topicName = r.compactString();
  const _topicId = r.uuid();
  const _errorCode = r.int16();
  const _errorMessage = r.compactNullableString();
  const unknownTags = r.taggedFields();
  const o: DeleteShareGroupOffsetsResponseTopic = {
    topicName: _topicName,
    topicId: _topicId,
    errorCode: _errorCode,
    errorMessage: _errorMessage,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The DeleteShareGroupOffsets API (key 92): versions 0, flexible from 0. Served by: broker. */
export const DeleteShareGroupOffsetsApi: ApiCodec<DeleteShareGroupOffsetsRequest, DeleteShareGroupOffsetsResponse> = {
  apiKey: 92,
  name: 'DeleteShareGroupOffsets',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (_v: number): number => 2,
  responseHeaderVersion: (_v: number): number => 1,
  encodeRequest(w: Writer, body: DeleteShareGroupOffsetsRequest, v: number): void {
    checkVersion('DeleteShareGroupOffsets', v, 0, 0);
    try {
      encodeDeleteShareGroupOffsetsRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteShareGroupOffsetsRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): DeleteShareGroupOffsetsRequest {
    checkVersion('DeleteShareGroupOffsets', v, 0, 0);
    try {
      return decodeDeleteShareGroupOffsetsRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteShareGroupOffsetsRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: DeleteShareGroupOffsetsResponse, v: number): void {
    checkVersion('DeleteShareGroupOffsets', v, 0, 0);
    try {
      encodeDeleteShareGroupOffsetsResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode DeleteShareGroupOffsetsResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): DeleteShareGroupOffsetsResponse {
    checkVersion('DeleteShareGroupOffsets', v, 0, 0);
    try {
      return decodeDeleteShareGroupOffsetsResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode DeleteShareGroupOffsetsResponse v${v}`, e);
    }
  },
};
