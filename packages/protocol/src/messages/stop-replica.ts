// Generated from StopReplicaRequest.json, StopReplicaResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure } from './codec-support.js';

/** A StopReplica request (API key 5): no supported versions (removed from Kafka). */
export interface StopReplicaRequest {
}

/** A StopReplica response (API key 5): no supported versions (removed from Kafka). */
export interface StopReplicaResponse {
}

function encodeStopReplicaRequest(w: Writer, o: StopReplicaRequest, v: number): void {
}

function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  return {};
}

function encodeStopReplicaResponse(w: Writer, o: StopReplicaResponse, v: number): void {
}

function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  return {};
}

/** The StopReplica API (key 5): no supported versions (removed from Kafka). Served by: none. */
export const StopReplicaApi: ApiCodec<StopReplicaRequest, StopReplicaResponse> = {
  apiKey: 5,
  name: 'StopReplica',
  minVersion: 0,
  maxVersion: -1,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: [],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: StopReplicaRequest, v: number): void {
    checkVersion('StopReplica', v, 0, -1);
    try {
      encodeStopReplicaRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode StopReplicaRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): StopReplicaRequest {
    checkVersion('StopReplica', v, 0, -1);
    try {
      return decodeStopReplicaRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode StopReplicaRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: StopReplicaResponse, v: number): void {
    checkVersion('StopReplica', v, 0, -1);
    try {
      encodeStopReplicaResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode StopReplicaResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): StopReplicaResponse {
    checkVersion('StopReplica', v, 0, -1);
    try {
      return decodeStopReplicaResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode StopReplicaResponse v${v}`, e);
    }
  },
};
