// Generated from HeartbeatRequest.json, HeartbeatResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader, TaggedField } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure, missingField, unsupportedField } from './codec-support.js';

/** A Heartbeat request (API key 12): versions 0-4, flexible from 4. */
export interface HeartbeatRequest {
  /**
   * The group id.
   *
   * Versions 0-4.
   */
  groupId: string;
  /**
   * The generation of the group.
   *
   * Versions 0-4.
   */
  generationId: number;
  /**
   * The member ID.
   *
   * Versions 0-4.
   */
  memberId: string;
  /**
   * The unique identifier of the consumer instance provided by end user.
   *
   * Versions 3-4; nullable 3-4; default "null".
   */
  groupInstanceId?: string | null;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

/** A Heartbeat response (API key 12): versions 0-4, flexible from 4. */
export interface HeartbeatResponse {
  /**
   * The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
   *
   * Versions 1-4; ignorable.
   */
  throttleTimeMs?: number;
  /**
   * The error code, or 0 if there was no error.
   *
   * Versions 0-4.
   */
  errorCode: number;
  /**
   * Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.
   */
  _unknownTaggedFields?: TaggedField[];
}

function encodeHeartbeatRequest(w: Writer, o: HeartbeatRequest, v: number): void {
  const _groupId = o.groupId;
  if (_groupId == null) throw missingField('HeartbeatRequest', v, 'HeartbeatRequest.GroupId');
  if (v >= 4) w.compactString(_groupId);
  else w.string(_groupId);
  const _generationId = o.generationId;
  if (_generationId == null) throw missingField('HeartbeatRequest', v, 'HeartbeatRequest.GenerationId');
  w.int32(_generationId);
  const _memberId = o.memberId;
  if (_memberId == null) throw missingField('HeartbeatRequest', v, 'HeartbeatRequest.MemberId');
  if (v >= 4) w.compactString(_memberId);
  else w.string(_memberId);
  if (v >= 3) {
    const _groupInstanceId = o.groupInstanceId === undefined ? null : o.groupInstanceId;
    if (v >= 4) w.compactNullableString(_groupInstanceId);
    else w.nullableString(_groupInstanceId);
  }
  if (v < 3) {
    const x = o.groupInstanceId;
    if (x !== undefined && !(x === null)) throw unsupportedField('HeartbeatRequest', v, 'HeartbeatRequest.GroupInstanceId');
  }
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const _groupId = (v >= 4 ? r.compactString() : r.string());
  const _generationId = r.int32();
  const _memberId = (v >= 4 ? r.compactString() : r.string());
  const _groupInstanceId: string | null = (v >= 3 ? (v >= 4 ? r.compactNullableString() : r.nullableString()) : null);
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: HeartbeatRequest = {
    groupId: _groupId,
    generationId: _generationId,
    memberId: _memberId,
    groupInstanceId: _groupInstanceId,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

function encodeHeartbeatResponse(w: Writer, o: HeartbeatResponse, v: number): void {
  if (v >= 1) {
    const _throttleTimeMs = o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs;
    if (_throttleTimeMs == null) throw missingField('HeartbeatResponse', v, 'HeartbeatResponse.ThrottleTimeMs');
    w.int32(_throttleTimeMs);
  }
  const _errorCode = o.errorCode;
  if (_errorCode == null) throw missingField('HeartbeatResponse', v, 'HeartbeatResponse.ErrorCode');
  w.int16(_errorCode);
  if (v >= 4) {
    if (o._unknownTaggedFields === undefined) w.uint8(0);
    else w.taggedFields(undefined, o._unknownTaggedFields);
  }
}

function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const _throttleTimeMs: number = (v >= 1 ? r.int32() : 0);
  const _errorCode = r.int16();
  const unknownTags = (v >= 4 ? r.taggedFields() : undefined);
  const o: HeartbeatResponse = {
    throttleTimeMs: _throttleTimeMs,
    errorCode: _errorCode,
  };
  if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;
  return o;
}

/** The Heartbeat API (key 12): versions 0-4, flexible from 4. Served by: broker. */
export const HeartbeatApi: ApiCodec<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  latestVersionUnstable: false,
  listeners: ['broker'],
  requestHeaderVersion: (v: number): number => (v >= 4 ? 2 : 1),
  responseHeaderVersion: (v: number): number => (v >= 4 ? 1 : 0),
  encodeRequest(w: Writer, body: HeartbeatRequest, v: number): void {
    checkVersion('Heartbeat', v, 0, 4);
    try {
      encodeHeartbeatRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode HeartbeatRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): HeartbeatRequest {
    checkVersion('Heartbeat', v, 0, 4);
    try {
      return decodeHeartbeatRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode HeartbeatRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: HeartbeatResponse, v: number): void {
    checkVersion('Heartbeat', v, 0, 4);
    try {
      encodeHeartbeatResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode HeartbeatResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): HeartbeatResponse {
    checkVersion('Heartbeat', v, 0, 4);
    try {
      return decodeHeartbeatResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode HeartbeatResponse v${v}`, e);
    }
  },
};
