// Generated from UpdateMetadataRequest.json, UpdateMetadataResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure } from './codec-support.js';

/** A UpdateMetadata request (API key 6): no supported versions (removed from Kafka). */
export interface UpdateMetadataRequest {
}

/** A UpdateMetadata response (API key 6): no supported versions (removed from Kafka). */
export interface UpdateMetadataResponse {
}

function encodeUpdateMetadataRequest(w: Writer, o: UpdateMetadataRequest, v: number): void {
}

function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  return {};
}

function encodeUpdateMetadataResponse(w: Writer, o: UpdateMetadataResponse, v: number): void {
}

function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  return {};
}

/**
 * The UpdateMetadata API (key 6): no supported versions (removed from Kafka). Served by: none.
 */
export const UpdateMetadataApi: ApiCodec<UpdateMetadataRequest, UpdateMetadataResponse> = {
  apiKey: 6,
  name: 'UpdateMetadata',
  minVersion: 0,
  maxVersion: -1,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: [],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: UpdateMetadataRequest, v: number): void {
    checkVersion('UpdateMetadata', v, 0, -1);
    try {
      encodeUpdateMetadataRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateMetadataRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): UpdateMetadataRequest {
    checkVersion('UpdateMetadata', v, 0, -1);
    try {
      return decodeUpdateMetadataRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateMetadataRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: UpdateMetadataResponse, v: number): void {
    checkVersion('UpdateMetadata', v, 0, -1);
    try {
      encodeUpdateMetadataResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode UpdateMetadataResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): UpdateMetadataResponse {
    checkVersion('UpdateMetadata', v, 0, -1);
    try {
      return decodeUpdateMetadataResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode UpdateMetadataResponse v${v}`, e);
    }
  },
};
