import type { Reader } from './primitives/reader.js';
import type { Writer } from './primitives/writer.js';

/**
 * The one seam between the client and the protocol (DESIGN.md rule 3): everything needed to
 * speak one Kafka API at any of its versions. The generated files under `messages/` each export
 * one `ApiCodec`; the client negotiates a version and calls `encodeRequest`/`decodeResponse`.
 */
export interface ApiCodec<Req = unknown, Res = unknown> {
  /** Kafka's numeric API key. */
  readonly apiKey: number;
  /** Kafka's name for the API, e.g. `"Produce"`. */
  readonly name: string;
  /** Lowest version this codec can encode and decode. */
  readonly minVersion: number;
  /** Highest version this codec can encode and decode. */
  readonly maxVersion: number;
  /** First flexible version (compact encodings, tagged fields), or -1 when none is flexible. */
  readonly flexibleFrom: number;
  /** True when `maxVersion` is only served by brokers with `unstable.api.versions.enable`. */
  readonly latestVersionUnstable: boolean;
  /** Which listeners serve this API, as in the spec (`broker`, `controller`, ...). */
  readonly listeners: readonly string[];
  /** The request header version used with request version `v` (1 or 2). */
  requestHeaderVersion(v: number): number;
  /** The response header version used with version `v` (0 or 1; ApiVersions always 0). */
  responseHeaderVersion(v: number): number;
  encodeRequest(w: Writer, body: Req, v: number): void;
  decodeRequest(r: Reader, v: number): Req;
  encodeResponse(w: Writer, body: Res, v: number): void;
  decodeResponse(r: Reader, v: number): Res;
}

/** The request body type of a codec. */
export type RequestOf<C> = C extends ApiCodec<infer Req, unknown> ? Req : never;
/** The response body type of a codec. */
export type ResponseOf<C> = C extends ApiCodec<unknown, infer Res> ? Res : never;
