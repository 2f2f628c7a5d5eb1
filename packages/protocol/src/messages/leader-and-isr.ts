// Generated from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure } from './codec-support.js';

/** A LeaderAndIsr request (API key 4): no supported versions (removed from Kafka). */
export interface LeaderAndIsrRequest {
}

/** A LeaderAndIsr response (API key 4): no supported versions (removed from Kafka). */
export interface LeaderAndIsrResponse {
}

function encodeLeaderAndIsrRequest(w: Writer, o: LeaderAndIsrRequest, v: number): void {
}

function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  return {};
}

function encodeLeaderAndIsrResponse(w: Writer, o: LeaderAndIsrResponse, v: number): void {
}

function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  return {};
}

/**
 * The LeaderAndIsr API (key 4): no supported versions (removed from Kafka). Served by: none.
 */
export const LeaderAndIsrApi: ApiCodec<LeaderAndIsrRequest, LeaderAndIsrResponse> = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  minVersion: 0,
  maxVersion: -1,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: [],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: LeaderAndIsrRequest, v: number): void {
    checkVersion('LeaderAndIsr', v, 0, -1);
    try {
      encodeLeaderAndIsrRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode LeaderAndIsrRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): LeaderAndIsrRequest {
    checkVersion('LeaderAndIsr', v, 0, -1);
    try {
      return decodeLeaderAndIsrRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode LeaderAndIsrRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: LeaderAndIsrResponse, v: number): void {
    checkVersion('LeaderAndIsr', v, 0, -1);
    try {
      encodeLeaderAndIsrResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode LeaderAndIsrResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): LeaderAndIsrResponse {
    checkVersion('LeaderAndIsr', v, 0, -1);
    try {
      return decodeLeaderAndIsrResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode LeaderAndIsrResponse v${v}`, e);
    }
  },
};
