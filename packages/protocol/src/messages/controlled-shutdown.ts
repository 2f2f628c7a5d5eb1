// Generated from ControlledShutdownRequest.json, ControlledShutdownResponse.json @ Kafka 4.3.1 by packages/protocol/codegen/messages — do not edit.

import type { ApiCodec } from '../api-codec.js';
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, decodeFailure, encodeFailure } from './codec-support.js';

/** A ControlledShutdown request (API key 7): no supported versions (removed from Kafka). */
export interface ControlledShutdownRequest {
}

/** A ControlledShutdown response (API key 7): no supported versions (removed from Kafka). */
export interface ControlledShutdownResponse {
}

function encodeControlledShutdownRequest(w: Writer, o: ControlledShutdownRequest, v: number): void {
}

function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  return {};
}

function encodeControlledShutdownResponse(w: Writer, o: ControlledShutdownResponse, v: number): void {
}

function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  return {};
}

/**
 * The ControlledShutdown API (key 7): no supported versions (removed from Kafka). Served by: none.
 */
export const ControlledShutdownApi: ApiCodec<ControlledShutdownRequest, ControlledShutdownResponse> = {
  apiKey: 7,
  name: 'ControlledShutdown',
  minVersion: 0,
  maxVersion: -1,
  flexibleFrom: -1,
  latestVersionUnstable: false,
  listeners: [],
  requestHeaderVersion: (_v: number): number => 1,
  responseHeaderVersion: (_v: number): number => 0,
  encodeRequest(w: Writer, body: ControlledShutdownRequest, v: number): void {
    checkVersion('ControlledShutdown', v, 0, -1);
    try {
      encodeControlledShutdownRequest(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ControlledShutdownRequest v${v}`, e);
    }
  },
  decodeRequest(r: Reader, v: number): ControlledShutdownRequest {
    checkVersion('ControlledShutdown', v, 0, -1);
    try {
      return decodeControlledShutdownRequest(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ControlledShutdownRequest v${v}`, e);
    }
  },
  encodeResponse(w: Writer, body: ControlledShutdownResponse, v: number): void {
    checkVersion('ControlledShutdown', v, 0, -1);
    try {
      encodeControlledShutdownResponse(w, body, v);
    } catch (e) {
      throw encodeFailure(`cannot encode ControlledShutdownResponse v${v}`, e);
    }
  },
  decodeResponse(r: Reader, v: number): ControlledShutdownResponse {
    checkVersion('ControlledShutdown', v, 0, -1);
    try {
      return decodeControlledShutdownResponse(r, v);
    } catch (e) {
      throw decodeFailure(`cannot decode ControlledShutdownResponse v${v}`, e);
    }
  },
};
