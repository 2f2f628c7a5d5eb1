// A scripted broker for unit tests of error paths (DESIGN rule 11): a real TCP socket on loopback
// that speaks Kafka's framing, answers ApiVersions and Metadata by itself (one broker, the topics
// it was given), and hands every other request to the test, which chooses the answer: a body, raw
// bytes (garbage, a wrong correlation id, a huge size prefix), a closed connection, or nothing yet
// (the test holds the answer on a promise it resolves). Never a stand-in for Kafka in integration
// tests: it knows only what a test scripts.
import { createServer, type Server, type Socket } from 'node:net';
import {
  API_BY_KEY,
  type ApiCodec,
  ApiVersionsApi,
  FrameDecoder,
  MetadataApi,
  Reader,
  Writer,
} from '@kafka-aio/protocol';

/** A request as the scripted broker received it. */
export interface ScriptedRequest {
  api: ApiCodec;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  body: unknown;
  /** Which connection it came on (0 for the first accepted). */
  connection: number;
}

/** What the broker does with a request the test handles. */
export type ScriptedReply =
  /** Answer with this body, encoded at the request's version. */
  | { body: unknown; correlationId?: number }
  /** Write these bytes as they are (a whole frame, prefix included, or any garbage). */
  | { raw: Buffer }
  /** Close the connection without answering. */
  | { close: true }
  /** Never answer. */
  | { ignore: true };

export type ScriptedHandler = (req: ScriptedRequest) => ScriptedReply | Promise<ScriptedReply>;

export interface ScriptedTopic {
  name: string;
  partitions: number;
  topicId?: string;
}

/** Encodes a response frame: size, correlation id, header tags when flexible, body. */
export function responseFrame(api: ApiCodec, version: number, correlationId: number, body: unknown): Buffer {
  const w = new Writer(256);
  const sizeAt = w.reserveInt32();
  w.int32(correlationId);
  if (api.responseHeaderVersion(version) >= 1) w.unsignedVarint(0);
  api.encodeResponse(w, body, version);
  w.patchInt32(sizeAt, w.offset - 4);
  return w.finish();
}

/** A loopback port that was free a moment ago (nothing listens on it now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export class ScriptedBroker {
  readonly requests: ScriptedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly handlers = new Map<string, ScriptedHandler>();
  private connections = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly topics: ScriptedTopic[],
    private readonly keepRequests: boolean,
  ) {}

  /**
   * Starts listening on 127.0.0.1 at `port` (default: a free one). `keepRequests: false` keeps no
   * request log (for long runs such as the allocation profile, where the log would only grow).
   */
  static async start(
    topics: ScriptedTopic[] = [],
    port = 0,
    { keepRequests = true }: { keepRequests?: boolean } = {},
  ): Promise<ScriptedBroker> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('scripted broker: no port');
    const broker = new ScriptedBroker(server, address.port, topics, keepRequests);
    server.on('connection', (socket) => broker.accept(socket));
    return broker;
  }

  /** `host:port` for `bootstrapServers`. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Handles every request of the API named `apiName` (e.g. `Produce`) from now on. */
  on(apiName: string, handler: ScriptedHandler): this {
    this.handlers.set(apiName, handler);
    return this;
  }

  /** The requests of one API received so far. */
  received(apiName: string): ScriptedRequest[] {
    return this.requests.filter((r) => r.api.name === apiName);
  }

  /** Closes every client connection at once (the client reconnects on its next request). */
  dropConnections(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    const connection = this.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const frames = new FrameDecoder({ maxFrameBytes: 64 << 20 });
    socket.on('data', (chunk) => {
      for (const frame of frames.push(chunk)) void this.onRequest(socket, frame, connection);
    });
  }

  private async onRequest(socket: Socket, frame: Buffer, connection: number): Promise<void> {
    const r = new Reader(frame, 0);
    const apiKey = r.int16();
    const apiVersion = r.int16();
    const correlationId = r.int32();
    const clientId = r.nullableString();
    const api = API_BY_KEY.get(apiKey);
    if (!api) throw new Error(`scripted broker: unknown API key ${apiKey}`);
    if (api.requestHeaderVersion(apiVersion) >= 2) r.taggedFields();
    const body = api.decodeRequest(r, apiVersion);
    const req: ScriptedRequest = { api, apiVersion, correlationId, clientId, body, connection };
    if (this.keepRequests) this.requests.push(req);
    const reply = await this.replyTo(req);
    if (socket.destroyed) return;
    if ('close' in reply) socket.destroy();
    else if ('raw' in reply) socket.write(reply.raw);
    else if ('body' in reply)
      socket.write(responseFrame(api, apiVersion, reply.correlationId ?? correlationId, reply.body));
  }

  private replyTo(req: ScriptedRequest): ScriptedReply | Promise<ScriptedReply> {
    const handler = this.handlers.get(req.api.name);
    return handler ? handler(req) : this.answer(req);
  }

  /**
   * The broker's own answer to ApiVersions and Metadata (the topics as they are now), for a
   * handler that spoils only some of those requests.
   */
  answer(req: ScriptedRequest): ScriptedReply {
    if (req.api === ApiVersionsApi) return { body: this.apiVersions() };
    if (req.api === MetadataApi) return { body: this.metadata() };
    throw new Error(`scripted broker: no handler for ${req.api.name}`);
  }

  private apiVersions(): unknown {
    return {
      errorCode: 0,
      apiKeys: [...API_BY_KEY.values()].map((a) => ({
        apiKey: a.apiKey,
        minVersion: a.minVersion,
        maxVersion: a.maxVersion,
      })),
      throttleTimeMs: 0,
    };
  }

  private metadata(): unknown {
    return {
      throttleTimeMs: 0,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: this.port, rack: null }],
      clusterId: 'scripted',
      controllerId: 1,
      topics: this.topics.map((t) => ({
        errorCode: 0,
        name: t.name,
        topicId: t.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAQ',
        isInternal: false,
        partitions: Array.from({ length: t.partitions }, (_, i) => ({
          errorCode: 0,
          partitionIndex: i,
          leaderId: 1,
          leaderEpoch: 0,
          replicaNodes: [1],
          isrNodes: [1],
          offlineReplicas: [],
        })),
        topicAuthorizedOperations: -2147483648,
      })),
      clusterAuthorizedOperations: -2147483648,
    };
  }
}
