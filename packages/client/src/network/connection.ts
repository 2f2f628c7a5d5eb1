import * as net from 'node:net';
import * as tls from 'node:tls';
import {
  AbortError,
  type ApiCodec,
  ApiVersionsApi,
  ConnectionError,
  FrameDecoder,
  KafkaTimeoutError,
  ProtocolError,
  Reader,
  type RequestOf,
  type ResponseOf,
  Writer,
} from '@kafka-aio/protocol';
import {
  type ConnectionDiagnostics,
  connectionCloseChannel,
  connectionOpenChannel,
  type RequestDiagnostics,
  requestChannel,
  traceOutcome,
} from '../diagnostics.js';
import { createLog, type Log } from '../observability/log.js';
import { describeTlsError } from '../security/tls-errors.js';
import { CLIENT_SOFTWARE_NAME, CLIENT_SOFTWARE_VERSION } from '../version.js';
import { ApiVersionTable, type VersionRange } from './api-versions.js';
import { InFlightTable } from './in-flight-table.js';

const defaultLog = createLog('connection');

/** Everything a {@link Connection} needs to reach one broker. */
export interface ConnectionOptions {
  host: string;
  port: number;
  /** Sent in every request header; shows up in broker logs and quotas. */
  clientId: string;
  /** How long one request may wait for its response before the connection is dropped. */
  requestTimeoutMs: number;
  /** How long establishing TCP (and TLS) may take. */
  connectTimeoutMs: number;
  /** TLS options; when set the connection is encrypted. */
  tls?: tls.ConnectionOptions;
  /** The largest response frame accepted; a larger size prefix is treated as a corrupt stream. */
  maxFrameBytes: number;
  /**
   * Runs after version negotiation and before the connection is handed out: the place for a SASL
   * handshake. It gets the connection itself and may call {@link Connection.request}.
   */
  authenticate?: (conn: Connection) => Promise<void>;
  /** Called for every response, e.g. for throttle events and latency statistics. */
  onResponse?: (info: ResponseInfo) => void;
  /** Observes the connection's life and traffic (statistics, error reporting). */
  observer?: ConnectionObserver;
  /** Where the connection logs; default: the `kafka-aio:connection` debug namespace only. */
  log?: Log;
}

/**
 * Hooks into a connection's life and traffic, for statistics and error reporting. Each is called
 * synchronously, at most a few times per request, and must be cheap and must not throw.
 */
export interface ConnectionObserver {
  /** A dial to `broker` (`host:port`) begins. */
  connecting?(broker: string): void;
  /** The connection is ready: versions negotiated, authenticated. */
  connected?(broker: string): void;
  /** A dial failed (unreachable, refused, TLS, SASL, timeout, ...). */
  connectFailed?(broker: string, error: Error): void;
  /** A request frame of `bytes` bytes (size prefix included) was written. */
  requestSent?(broker: string, apiName: string, bytes: number): void;
  /** A request got no response in time (the connection is dropped next). */
  requestTimedOut?(broker: string, apiName: string): void;
  /** A response could not be read (bad frame, unknown correlation id, decode error). */
  responseFailed?(broker: string): void;
  /**
   * A ready connection closed. `lost` is false when the client closed it (stop, idle reaping,
   * replacement) and true when the broker or the network did, or a request timed out;
   * `failedRequests` requests were in flight and failed with `error`.
   */
  closed?(broker: string, error: Error, lost: boolean, failedRequests: number): void;
}

/** What {@link ConnectionOptions.onResponse} learns of each response. */
export interface ResponseInfo {
  api: ApiCodec;
  version: number;
  body: unknown;
  /** Round-trip time in milliseconds. */
  rttMs: number;
  broker: string;
  /** Size of the request frame, size prefix included. */
  requestBytes: number;
  /** Size of the response frame, size prefix included. */
  responseBytes: number;
}

/** Per-request settings for {@link Connection.request}. */
export interface RequestOptions {
  /** Use at most this version (the highest shared one is used otherwise). */
  version?: number;
  /** Overrides the connection's `requestTimeoutMs`, e.g. for a Fetch whose max wait is long. */
  timeoutMs?: number;
  /** Cancels the wait; the response, if it comes, is dropped. */
  signal?: AbortSignal;
  /** False for requests the broker does not answer (Produce with acks=0). */
  expectResponse?: boolean;
  /**
   * About how many bytes the encoded request takes (a Produce request: its record batches): the
   * frame's buffer starts that large instead of doubling up from 256 bytes, which copied a
   * 256 KiB request ten times over.
   */
  sizeHint?: number;
}

/**
 * Bytes fields (record batches) at least this large are written to the socket by reference, not
 * copied into the request frame. Below it, a copy is cheaper than another chunk in the write.
 */
export const SPILL_BYTES_ABOVE = 2048;

/** An encoded request: its chunks, in order, and their total size (size prefix included). */
interface Frame {
  chunks: Uint8Array[];
  length: number;
}

interface InFlight {
  api: ApiCodec;
  version: number;
  responseHeaderVersion: number;
  resolve: (body: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout | undefined;
  sentAt: number;
  requestBytes: number;
  /** True once the caller gave up (abort); the response is then read and dropped. */
  abandoned: boolean;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * One TCP or TLS connection to one broker: size-prefixed frames, correlation ids, many requests in
 * flight, a timeout per request. Every pending promise settles: with the response, or with a typed
 * error when the request times out, is aborted, or the connection fails or is closed.
 */
export class Connection {
  /** The broker's address as `host:port`. */
  readonly broker: string;
  /** The API versions negotiated with this broker. Set once {@link connect} resolves. */
  versions: ApiVersionTable = new ApiVersionTable(new Map());

  private readonly socket: net.Socket;
  private readonly frames: FrameDecoder;
  private readonly inFlight = new InFlightTable<InFlight>();
  private readonly clientIdBytes: Buffer;
  private nextCorrelationId = 0;
  private closedError: Error | undefined;
  private lastActivity = Date.now();
  /** Set while {@link exclusive} runs (a SASL re-authentication); other requests wait for it. */
  private gate: Promise<void> | undefined;
  private readonly log: Log;
  /** True once {@link connect} handed the connection out; only then is its close observed. */
  private ready = false;
  /** True once {@link close} was called: the client, not the broker, ended the connection. */
  private closing = false;
  /** True once the broker sent its first bytes. */
  private received = false;

  private constructor(
    readonly options: ConnectionOptions,
    socket: net.Socket,
  ) {
    this.broker = `${options.host}:${options.port}`;
    this.socket = socket;
    this.frames = new FrameDecoder({ maxFrameBytes: options.maxFrameBytes });
    this.clientIdBytes = Buffer.from(options.clientId, 'utf8');
    this.log = options.log ?? defaultLog;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) =>
      this.fail(new ConnectionError(`connection to ${this.broker} failed: ${err.message}`, { cause: err })),
    );
    socket.on('close', () => this.fail(new ConnectionError(`connection to ${this.broker} closed`)));
  }

  /**
   * Opens a connection, negotiates API versions and runs the authenticator. Rejects with
   * `ConnectionError` (unreachable, refused, TLS failure) or `KafkaTimeoutError`.
   */
  static async connect(options: ConnectionOptions, signal?: AbortSignal): Promise<Connection> {
    const observer = options.observer;
    observer?.connecting?.(`${options.host}:${options.port}`);
    let conn: Connection | undefined;
    try {
      const socket = await openSocket(options, signal);
      conn = new Connection(options, socket);
      conn.versions = await conn.negotiateVersions();
      if (options.authenticate) await options.authenticate(conn);
      conn.ready = true;
      conn.log.debug(`connected to ${conn.broker}`);
      observer?.connected?.(conn.broker);
      if (connectionOpenChannel.hasSubscribers) {
        connectionOpenChannel.publish({
          clientId: options.clientId,
          broker: conn.broker,
        } satisfies ConnectionDiagnostics);
      }
      return conn;
    } catch (err) {
      conn?.close(err instanceof Error ? err : undefined);
      if (!signal?.aborted) observer?.connectFailed?.(`${options.host}:${options.port}`, err as Error);
      throw err;
    }
  }

  /** True until the connection fails or is closed. */
  get isOpen(): boolean {
    return this.closedError === undefined;
  }

  /** Requests waiting for a response. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Milliseconds since the last request or response, for idle-connection reaping. */
  idleMs(now = Date.now()): number {
    return this.inFlight.size > 0 ? 0 : now - this.lastActivity;
  }

  /**
   * Sends one request and resolves with its decoded response body. The version is the highest
   * both sides speak (or `options.version` when lower). The response's `errorCode` fields are
   * left for the caller to interpret (DESIGN.md rule 1).
   */
  request<C extends ApiCodec>(api: C, body: RequestOf<C>, options: RequestOptions = {}): Promise<ResponseOf<C>> {
    if (this.gate) return this.gate.then(() => this.request(api, body, options));
    const version = this.versions.pick(api, options.version);
    return this.send(api, body, version, options) as Promise<ResponseOf<C>>;
  }

  /**
   * Runs `fn` with the connection to itself: other callers' requests wait until it finishes. A
   * SASL re-authentication (KIP-368) needs this, because the broker treats every frame between
   * SaslHandshake and the last SaslAuthenticate as part of that exchange.
   */
  async exclusive<T>(fn: (direct: Pick<Connection, 'request'>) => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const direct: Pick<Connection, 'request'> = {
      request: (api, body, options = {}) =>
        this.send(api, body, this.versions.pick(api, options.version), options) as Promise<never>,
    };
    try {
      return await fn(direct);
    } finally {
      this.gate = undefined;
      open();
    }
  }

  /** Sends at an explicit version, bypassing negotiation (used by ApiVersions itself). */
  private send(api: ApiCodec, body: unknown, version: number, options: RequestOptions): Promise<unknown> {
    if (this.closedError) return Promise.reject(this.closedError);
    const { signal } = options;
    if (signal?.aborted)
      return Promise.reject(new AbortError(`${api.name} to ${this.broker} aborted`, { cause: signal.reason }));

    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = (this.nextCorrelationId + 1) | 0;
    let frame: Frame;
    try {
      frame = this.encodeFrame(api, body, version, correlationId, options.sizeHint);
    } catch (err) {
      return Promise.reject(err);
    }
    this.lastActivity = Date.now();
    this.options.observer?.requestSent?.(this.broker, api.name, frame.length);
    if (requestChannel.hasSubscribers) {
      const context: RequestDiagnostics = {
        clientId: this.options.clientId,
        broker: this.broker,
        apiName: api.name,
        apiKey: api.apiKey,
        apiVersion: version,
        correlationId,
        requestBytes: frame.length,
      };
      requestChannel.start.publish(context);
      const sent = this.sendFrame(api, frame, version, correlationId, options);
      requestChannel.end.publish(context);
      traceOutcome(requestChannel, context, sent);
      return sent;
    }
    return this.sendFrame(api, frame, version, correlationId, options);
  }

  /** Writes an encoded request and resolves with its response (or at once, when none comes). */
  private sendFrame(
    api: ApiCodec,
    frame: Frame,
    version: number,
    correlationId: number,
    options: RequestOptions,
  ): Promise<unknown> {
    const { signal } = options;

    if (options.expectResponse === false) {
      return new Promise((resolve, reject) => {
        this.write(frame, (err) =>
          err ? reject(new ConnectionError(`write to ${this.broker} failed`, { cause: err })) : resolve(undefined),
        );
      });
    }

    return new Promise((resolve, reject) => {
      const entry: InFlight = {
        api,
        version,
        responseHeaderVersion: api.responseHeaderVersion(version),
        resolve,
        reject,
        timer: undefined,
        sentAt: performance.now(),
        requestBytes: frame.length,
        abandoned: false,
        signal,
        onAbort: undefined,
      };
      const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs;
      entry.timer = setTimeout(() => this.onTimeout(correlationId, timeoutMs), timeoutMs);
      if (signal) {
        entry.onAbort = () => {
          entry.abandoned = true;
          this.settle(entry);
          reject(new AbortError(`${api.name} to ${this.broker} aborted`, { cause: signal.reason }));
        };
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.inFlight.set(correlationId, entry);
      this.write(frame);
    });
  }

  /** Writes a frame's chunks as one vectored write. */
  private write(frame: Frame, done?: (err?: Error | null) => void): void {
    const { chunks } = frame;
    if (chunks.length === 1) {
      this.socket.write(chunks[0], done);
      return;
    }
    this.socket.cork();
    for (let i = 0; i < chunks.length - 1; i++) this.socket.write(chunks[i]);
    this.socket.write(chunks[chunks.length - 1], done);
    this.socket.uncork();
  }

  private encodeFrame(api: ApiCodec, body: unknown, version: number, correlationId: number, sizeHint = 0): Frame {
    const w = new Writer(Math.max(256, sizeHint));
    // A record batch this large goes to the socket as it is rather than copied into the frame:
    // the copy was a third of the producer's buffer allocation (and of the full GCs it drives).
    w.spillBytesAbove = SPILL_BYTES_ABOVE;
    const sizeAt = w.reserveInt32();
    // Request header v1/v2, written by hand: it is on every request and the client id never
    // changes. The generated RequestHeader codec checks this layout in the unit tests.
    w.int16(api.apiKey).int16(version).int32(correlationId);
    w.int16(this.clientIdBytes.length).raw(this.clientIdBytes);
    if (api.requestHeaderVersion(version) >= 2) w.unsignedVarint(0);
    api.encodeRequest(w, body, version);
    const length = w.length;
    w.patchInt32(sizeAt, length - 4);
    return { chunks: w.finishChunks(), length };
  }

  private onData(chunk: Buffer): void {
    const first = !this.received;
    this.received = true;
    this.lastActivity = Date.now();
    if (first && looksLikeTls(chunk)) {
      this.options.observer?.responseFailed?.(this.broker);
      this.fail(
        new ConnectionError(
          `${this.broker} answered with TLS (a TLS record, not a Kafka response): this listener needs securityProtocol 'SSL' or 'SASL_SSL'`,
          { host: this.options.host, port: this.options.port, permanent: true },
        ),
      );
      return;
    }
    let frames: Buffer[];
    try {
      frames = this.frames.push(chunk);
    } catch (err) {
      this.garbled(err instanceof Error ? err : new ProtocolError(String(err)));
      return;
    }
    for (const frame of frames) {
      this.onFrame(frame);
      if (this.closedError) return;
    }
  }

  /**
   * The broker's bytes cannot be read (an impossible frame size, an unknown correlation id, a body
   * that does not decode). Nothing later on the stream can be trusted, and the requests in flight
   * may or may not have been applied: the connection is dropped and they fail with a retriable
   * `ConnectionError` (its cause the `ProtocolError`), so each caller retries the way it retries a
   * lost connection, through the path that deduplicates (DESIGN rule 15). During the handshake
   * (before the connection is handed out) a decode error stays a `ProtocolError`.
   */
  private garbled(cause: Error): void {
    this.options.observer?.responseFailed?.(this.broker);
    this.fail(
      new ConnectionError(`garbled response from ${this.broker}, connection dropped: ${cause.message}`, {
        cause,
        host: this.options.host,
        port: this.options.port,
      }),
    );
  }

  private onFrame(frame: Buffer): void {
    if (frame.length < 4) {
      this.garbled(new ProtocolError(`response frame of ${frame.length} bytes has no correlation id`));
      return;
    }
    const correlationId = frame.readInt32BE(0);
    const entry = this.inFlight.get(correlationId);
    if (!entry) {
      this.garbled(new ProtocolError(`unexpected correlation id ${correlationId}`));
      return;
    }
    if (entry.abandoned) {
      this.inFlight.delete(correlationId);
      return;
    }
    const reader = new Reader(frame, 4);
    let body: unknown;
    try {
      if (entry.responseHeaderVersion >= 1) reader.taggedFields();
      body = entry.api.decodeResponse(reader, entry.version);
    } catch (err) {
      const error =
        err instanceof ProtocolError
          ? new ProtocolError(`${entry.api.name} v${entry.version} response from ${this.broker}: ${err.message}`, {
              cause: err,
            })
          : (err as Error);
      if (this.ready) {
        this.garbled(error);
        return;
      }
      this.inFlight.delete(correlationId);
      this.settle(entry);
      this.options.observer?.responseFailed?.(this.broker);
      entry.reject(error);
      return;
    }
    this.inFlight.delete(correlationId);
    this.settle(entry);
    const rttMs = performance.now() - entry.sentAt;
    this.options.onResponse?.({
      api: entry.api,
      version: entry.version,
      body,
      rttMs,
      broker: this.broker,
      requestBytes: entry.requestBytes,
      responseBytes: frame.length + 4,
    });
    entry.resolve(body);
  }

  /** Clears the timer and abort listener of a request that is done. */
  private settle(entry: InFlight): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    if (entry.onAbort) entry.signal?.removeEventListener('abort', entry.onAbort);
    entry.onAbort = undefined;
  }

  private onTimeout(correlationId: number, timeoutMs: number): void {
    const entry = this.inFlight.get(correlationId);
    if (!entry) return;
    this.inFlight.delete(correlationId);
    this.settle(entry);
    this.options.observer?.requestTimedOut?.(this.broker, entry.api.name);
    this.log.warn(`${entry.api.name} to ${this.broker} timed out`, {
      broker: this.broker,
      api: entry.api.name,
      timeoutMs,
    });
    entry.reject(new KafkaTimeoutError(`${entry.api.name} to ${this.broker} got no response within ${timeoutMs} ms`));
    // Responses arrive in order, so a request that timed out means the stream is stuck or lost:
    // like the Java client, drop the connection and let the caller reconnect.
    this.fail(new ConnectionError(`connection to ${this.broker} dropped after a request timed out`));
  }

  /** Closes the connection; pending requests reject with `reason` or a `ConnectionError`. */
  close(reason?: Error): void {
    this.closing = true;
    this.fail(reason ?? new ConnectionError(`connection to ${this.broker} closed by the client`));
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    this.socket.destroy();
    const pending = this.inFlight.values();
    this.inFlight.clear();
    const lost = !this.closing;
    if (this.ready) {
      if (lost) {
        this.log.warn(`connection to ${this.broker} lost: ${err.message}`, {
          broker: this.broker,
          inFlight: pending.length,
          error: err,
        });
      } else {
        this.log.debug(`connection to ${this.broker} closed: ${err.message}`);
      }
      this.options.observer?.closed?.(this.broker, err, lost, pending.length);
      if (connectionCloseChannel.hasSubscribers) {
        const closed: ConnectionDiagnostics = { clientId: this.options.clientId, broker: this.broker };
        if (lost) closed.error = err;
        connectionCloseChannel.publish(closed);
      }
    }
    for (const entry of pending) {
      this.settle(entry);
      if (!entry.abandoned) entry.reject(err);
    }
  }

  /**
   * ApiVersions at our highest version; a broker that does not know that version answers
   * UNSUPPORTED_VERSION in the v0 layout with its own range, and we retry at that version.
   */
  private async negotiateVersions(): Promise<ApiVersionTable> {
    let version = ApiVersionsApi.maxVersion;
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await this.send(
        ApiVersionsApi,
        { clientSoftwareName: CLIENT_SOFTWARE_NAME, clientSoftwareVersion: CLIENT_SOFTWARE_VERSION },
        version,
        {},
      ).catch((err: unknown) => {
        if (err instanceof ProtocolError && version > 0) return undefined; // a v0-layout error reply
        throw err;
      });
      const response = res as ResponseOf<typeof ApiVersionsApi> | undefined;
      if (response && response.errorCode === 0) {
        const ranges = new Map<number, VersionRange>();
        for (const k of response.apiKeys) ranges.set(k.apiKey, { minVersion: k.minVersion, maxVersion: k.maxVersion });
        const features = new Map<string, number>();
        for (const f of response.finalizedFeatures ?? []) features.set(f.name, f.maxVersionLevel);
        return new ApiVersionTable(ranges, this.broker, features, response.finalizedFeaturesEpoch ?? -1n);
      }
      const brokerRange = response?.apiKeys.find((k) => k.apiKey === ApiVersionsApi.apiKey);
      version = brokerRange ? Math.min(brokerRange.maxVersion, ApiVersionsApi.maxVersion) : 0;
    }
    throw new ConnectionError(`${this.broker} did not accept any ApiVersions request version`);
  }
}

function openSocket(options: ConnectionOptions, signal?: AbortSignal): Promise<net.Socket> {
  const where = `${options.host}:${options.port}`;
  return new Promise((resolve, reject) => {
    const socket = options.tls
      ? tls.connect({
          servername: net.isIP(options.host) ? undefined : options.host,
          ...options.tls,
          host: options.host,
          port: options.port,
        })
      : net.connect({ host: options.host, port: options.port });
    const readyEvent = options.tls ? 'secureConnect' : 'connect';
    const cleanup = () => {
      clearTimeout(timer);
      socket.off(readyEvent, onReady);
      socket.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onReady = () => {
      cleanup();
      resolve(socket);
    };
    const onError = (err: Error) => {
      cleanup();
      socket.destroy();
      const tlsFailure = describeTlsError(err);
      reject(
        new ConnectionError(`cannot connect to ${where}: ${tlsFailure ?? err.message}`, {
          cause: err,
          host: options.host,
          port: options.port,
          // A name that does not resolve, or a TLS setup the broker rejects, fails the same way again.
          permanent: tlsFailure !== undefined || (err as NodeJS.ErrnoException).code === 'ENOTFOUND',
        }),
      );
    };
    const onAbort = () => {
      cleanup();
      socket.destroy();
      reject(new AbortError(`connecting to ${where} aborted`, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      cleanup();
      socket.destroy();
      reject(new KafkaTimeoutError(`connecting to ${where} took longer than ${options.connectTimeoutMs} ms`));
    }, options.connectTimeoutMs);
    socket.once(readyEvent, onReady);
    socket.once('error', onError);
    if (signal) {
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

/**
 * Whether the first bytes from a broker are a TLS record (alert 21 or handshake 22, version 3.x):
 * what a TLS listener answers a plaintext Kafka request with. Read as a Kafka size prefix they
 * would be an absurd frame size (0x15030300 = 352518912).
 */
function looksLikeTls(chunk: Buffer): boolean {
  return chunk.length >= 3 && (chunk[0] === 0x15 || chunk[0] === 0x16) && chunk[1] === 0x03 && chunk[2] <= 0x04;
}
