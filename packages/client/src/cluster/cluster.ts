import {
  type ApiCodec,
  ConnectionError,
  createKafkaError,
  FindCoordinatorApi,
  KafkaError,
  KafkaTimeoutError,
  MetadataApi,
  type MetadataRequest,
  NoBrokersAvailableError,
  type RequestOf,
  type ResponseOf,
} from '@kafka-aio/protocol';
import type { BrokerAddress, ResolvedCommonOptions } from '../config/common.js';
import { Connection, type ConnectionOptions, type RequestOptions, type ResponseInfo } from '../network/connection.js';
import { Observability } from '../observability/observability.js';
import type { ClientType } from '../observability/stats-types.js';
import { backoffMs, sleep } from './backoff.js';
import { BrokerPool } from './broker-pool.js';
import { type LeaderHint, MetadataSnapshot } from './metadata.js';

/** A broker's address as Produce, Fetch and share responses list it next to a leader hint. */
export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack?: string | null;
}

/**
 * The largest response a producer or admin client legitimately receives: metadata and describe
 * answers of big clusters stay far below it. A larger size prefix ends the connection at once,
 * so a hostile or broken peer cannot make the client buffer hundreds of MiB.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Which coordinator FindCoordinator should look up. */
export const CoordinatorType = { GROUP: 0, TRANSACTION: 1 } as const;
export type CoordinatorType = (typeof CoordinatorType)[keyof typeof CoordinatorType];

/** What the cluster layer needs beyond the common options. */
export interface ClusterOptions extends ResolvedCommonOptions {
  /** Ask brokers to auto-create topics named in metadata requests (when the broker allows it). */
  allowAutoTopicCreation: boolean;
  /** SASL handshake, run on every new connection. */
  authenticate?: (conn: Connection) => Promise<void>;
  /** Observes every response (besides the built-in throttle events and statistics). */
  onResponse?: (info: ResponseInfo) => void;
  /** The kind of client, for the statistics' `type`; inferred from the options when left out. */
  clientType?: ClientType;
  /**
   * The largest response frame accepted (default {@link DEFAULT_MAX_RESPONSE_BYTES}); a consumer
   * raises it to what its fetch sizes allow.
   */
  maxResponseBytes?: number;
}

/**
 * The client's view of the cluster and its way in: bootstrap, metadata with refresh on age and on
 * demand, one connection pool per broker, and coordinator lookup. Producer, consumer and admin all
 * send requests through {@link request}.
 */
export class Cluster {
  /** The newest metadata snapshot. */
  metadata: MetadataSnapshot = MetadataSnapshot.empty();
  readonly pool: BrokerPool;
  /**
   * Logging, `errorCallback`, `throttleCallback` and statistics of the client that owns this
   * cluster. Producer and consumer register their statistics here (see {@link Observability.register}).
   */
  readonly observability: Observability;
  private readonly dial: Omit<ConnectionOptions, 'host' | 'port'>;
  /** Topics whose metadata is kept fresh; `null` means every topic. */
  private interest: Set<string> | null = new Set();
  private refreshing: Promise<MetadataSnapshot> | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly coordinators = new Map<string, number>();
  private closed = false;
  /** Aborted by {@link close}: ends a bootstrap that is waiting between rounds. */
  private readonly closing = new AbortController();

  constructor(readonly options: ClusterOptions) {
    const obs = new Observability(
      options,
      {
        clientId: options.clientId,
        bootstrapServers: options.bootstrapServers,
        metadata: () => this.metadata,
        inFlight: () => this.pool.connections().map((c) => [c.broker, c.inFlightCount] as const),
        watchedTopics: () => this.interest,
      },
      options.clientType ?? inferClientType(options),
    );
    this.observability = obs;
    const userOnResponse = options.onResponse;
    this.dial = {
      clientId: options.clientId,
      requestTimeoutMs: options.requestTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
      tls:
        options.securityProtocol === 'SSL' || options.securityProtocol === 'SASL_SSL'
          ? (options.sslContext ?? {})
          : undefined,
      maxFrameBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      authenticate: options.authenticate ?? options.sasl?.authenticate,
      onResponse: userOnResponse
        ? (info) => {
            obs.response(info);
            userOnResponse(info);
          }
        : (info) => obs.response(info),
      observer: obs,
      log: obs.connectionLog,
    };
    this.pool = new BrokerPool(this.dial, options.connectionsMaxIdleMs);
  }

  /**
   * Contacts the bootstrap servers in turn until one returns metadata. Rejects with
   * {@link NoBrokersAvailableError} (carrying each failure) when none does.
   */
  async start(signal?: AbortSignal): Promise<void> {
    await this.bootstrap(signal, this.options.bootstrapTimeoutMs);
    this.observability.start();
    if (this.options.metadataMaxAgeMs > 0) {
      this.refreshTimer = setInterval(
        () => {
          if (performance.now() - this.metadata.fetchedAt >= this.options.metadataMaxAgeMs) {
            this.refreshMetadata().catch((err: unknown) => {
              if (this.closed) return;
              const error =
                err instanceof KafkaError
                  ? err
                  : new KafkaError(`periodic metadata refresh failed: ${String(err)}`, { cause: err });
              this.observability.reportError(error, { what: 'periodic metadata refresh' });
            });
          }
        },
        Math.min(this.options.metadataMaxAgeMs, 30_000),
      );
      this.refreshTimer.unref();
    }
  }

  /**
   * Tries every bootstrap server in turn, round after round with backoff, until one returns
   * metadata or `bootstrapTimeoutMs` is spent. An address that failed for good (its name does not
   * resolve, it speaks another security protocol) is dropped from later rounds; an authentication
   * failure ends bootstrap at once (it is the same on every broker).
   */
  private async bootstrap(signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    let candidates = this.options.bootstrapServers;
    for (let round = 0; ; round++) {
      const failures: string[] = [];
      const retry: BrokerAddress[] = [];
      let lastError: unknown;
      for (const addr of candidates) {
        try {
          await this.bootstrapFrom(addr, signal);
          return;
        } catch (err) {
          if (signal?.aborted) throw err;
          // Credentials and mechanism errors are the same on every broker: report them as they are.
          if (err instanceof KafkaError && !isRetriable(err)) throw err;
          lastError = err;
          failures.push(`${addr.host}:${addr.port}: ${err instanceof Error ? err.message : String(err)}`);
          if (!(err instanceof ConnectionError && err.permanent)) retry.push(addr);
        }
      }
      const wait = backoffMs(round, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
      if (retry.length === 0 || performance.now() + wait > deadline || this.closed) {
        const after = round > 0 ? ` (${round + 1} rounds in ${timeoutMs} ms)` : '';
        throw new NoBrokersAvailableError(`no bootstrap server answered${after}: ${failures.join('; ')}`, {
          cause: lastError,
        });
      }
      this.observability.log.debug(`no bootstrap server answered yet; retrying in ${wait} ms`, { round });
      await sleep(wait, signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal);
      candidates = retry;
    }
  }

  private async bootstrapFrom(addr: BrokerAddress, signal?: AbortSignal): Promise<void> {
    let conn: Connection | undefined;
    try {
      conn = await Connection.connect({ ...this.dial, host: addr.host, port: addr.port }, signal);
      const res = await conn.request(MetadataApi, this.metadataRequest(), { signal });
      this.metadata = this.metadata.merge(res, performance.now());
      const broker = [...this.metadata.brokers.values()].find((b) => sameAddress(b, addr));
      if (broker) this.pool.adopt(nodeKey(broker.nodeId), conn);
      else conn.close();
      this.observability.log.debug(`bootstrapped from ${addr.host}:${addr.port}`, {
        brokers: this.metadata.brokers.size,
      });
    } catch (err) {
      conn?.close();
      throw err;
    }
  }

  private metadataRequest(topics: Iterable<string> | null = this.interest): MetadataRequest {
    return {
      topics: topics === null ? null : [...topics].map((name) => ({ name })),
      allowAutoTopicCreation: this.options.allowAutoTopicCreation,
      includeTopicAuthorizedOperations: false,
    };
  }

  /**
   * Takes in the leaders brokers named in error answers (KIP-951; see
   * {@link MetadataSnapshot.withLeaders}). True when a leader moved: the caller may send to it at
   * once instead of waiting for a metadata refresh.
   */
  applyLeaderHints(hints: readonly LeaderHint[], endpoints: readonly NodeEndpoint[] | undefined): boolean {
    if (hints.length === 0) return false;
    const brokers = (endpoints ?? []).map((b) => ({
      nodeId: b.nodeId,
      host: b.host,
      port: b.port,
      rack: b.rack ?? null,
    }));
    const next = this.metadata.withLeaders(hints, brokers);
    if (next === this.metadata) return false;
    this.metadata = next;
    this.observability.log.debug('leaders moved (from broker hints)', {
      partitions: hints.map((h) => `${h.topic}[${h.partition}]->${h.leaderId}@${h.leaderEpoch}`).join(' '),
    });
    return true;
  }

  /** Keeps the metadata of these topics fresh from now on. */
  addInterest(topics: Iterable<string>): void {
    if (this.interest === null) return;
    for (const t of topics) this.interest.add(t);
  }

  /** Keeps the metadata of every topic fresh (pattern subscriptions, admin listings). */
  watchAllTopics(): void {
    this.interest = null;
  }

  /**
   * Fetches fresh metadata for the watched topics plus `topics`. Concurrent callers share one
   * request; a caller that needs topics the in-flight request lacks waits and refreshes again.
   */
  async refreshMetadata(topics: Iterable<string> = []): Promise<MetadataSnapshot> {
    const wanted = [...topics];
    this.addInterest(wanted);
    while (this.refreshing) {
      const inFlight = this.refreshing;
      const snapshot = await inFlight.catch(() => undefined);
      if (snapshot && wanted.every((t) => snapshot.topics.has(t) || snapshot.topicErrors.has(t))) return snapshot;
      if (this.refreshing === inFlight) break;
    }
    const refresh = this.fetchMetadata().finally(() => {
      if (this.refreshing === refresh) this.refreshing = undefined;
    });
    this.refreshing = refresh;
    return refresh;
  }

  private async fetchMetadata(): Promise<MetadataSnapshot> {
    if (this.closed) throw new ConnectionError('the client is closed');
    const request = this.metadataRequest();
    const candidates = this.brokerOrder();
    let lastError: unknown;
    for (const nodeId of candidates) {
      try {
        const res = await this.request(nodeId, MetadataApi, request);
        this.metadata = this.metadata.merge(res, performance.now());
        return this.metadata;
      } catch (err) {
        lastError = err;
        this.observability.log.warn(`metadata request to node ${nodeId} failed`, { nodeId, error: err });
      }
    }
    // Every known broker failed: the cluster may have moved, so start over from the bootstrap list.
    try {
      await this.bootstrap(undefined, 0); // one round: the caller has its own retries
      return this.metadata;
    } catch (err) {
      throw lastError instanceof Error ? lastError : err;
    }
  }

  /** Known brokers, the least busy open connection first, then the rest in random order. */
  private brokerOrder(): number[] {
    const ids = [...this.metadata.brokers.keys()];
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    const load = (id: number) => this.pool.peek(nodeKey(id))?.inFlightCount ?? Number.MAX_SAFE_INTEGER;
    return ids.sort((a, b) => load(a) - load(b));
  }

  /** The least loaded broker's node id. */
  leastLoadedNode(): number {
    const [first] = this.brokerOrder();
    if (first === undefined) throw new NoBrokersAvailableError('the cluster metadata lists no broker');
    return first;
  }

  /** An open connection to broker `nodeId` (optionally a separate one for `purpose`). */
  async connection(nodeId: number, purpose = '', signal?: AbortSignal): Promise<Connection> {
    let broker = this.metadata.brokers.get(nodeId);
    if (!broker) {
      await this.refreshMetadata();
      broker = this.metadata.brokers.get(nodeId);
      if (!broker) throw new ConnectionError(`broker ${nodeId} is not in the cluster metadata`);
    }
    const key = purpose ? `${nodeKey(nodeId)}/${purpose}` : nodeKey(nodeId);
    return this.pool.get(key, broker.host, broker.port, signal);
  }

  /**
   * Sends one request to broker `nodeId`, once: the one way every engine reaches a broker (the
   * scripted broker drives them through it in unit tests). `body` may be a function of the version
   * negotiated with that broker (at most `options.version`), for APIs whose fields differ by
   * version; the encoder refuses fields a version lacks. A connection failure drops that
   * connection so the next call dials again; retrying is the caller's decision.
   */
  async request<C extends ApiCodec>(
    nodeId: number,
    api: C,
    body: RequestOf<C> | ((version: number) => RequestOf<C>),
    options: RequestOptions & { purpose?: string } = {},
  ): Promise<ResponseOf<C>> {
    if (this.closed) throw new ConnectionError('the client is closed');
    const conn = await this.connection(nodeId, options.purpose, options.signal);
    if (typeof body !== 'function') return conn.request(api, body, options);
    const version = conn.versions.pick(api, options.version);
    const build = body as (version: number) => RequestOf<C>;
    return conn.request(api, build(version), { ...options, version });
  }

  /**
   * The node id of the group or transaction coordinator for `key`, from cache or FindCoordinator.
   * Retries retriable errors (the coordinator topic is still being created, ...) with backoff
   * until `timeoutMs`.
   */
  async findCoordinator(
    type: CoordinatorType,
    key: string,
    { timeoutMs = this.options.requestTimeoutMs, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<number> {
    const cacheKey = `${type}:${key}`;
    const cached = this.coordinators.get(cacheKey);
    if (cached !== undefined && this.metadata.brokers.has(cached)) return cached;
    const what =
      type === CoordinatorType.GROUP ? `group ${JSON.stringify(key)}` : `transactional id ${JSON.stringify(key)}`;
    const nodeId = await this.retrying(`finding the coordinator of ${what}`, timeoutMs, signal, async () => {
      const node = this.leastLoadedNode();
      let v = 0;
      // v4+ batches keys; earlier versions take one `key`, and each refuses the other's field.
      const res = await this.request(
        node,
        FindCoordinatorApi,
        (version) => {
          v = version;
          return version >= 4 ? { keyType: type, coordinatorKeys: [key] } : { key, keyType: type };
        },
        { signal },
      );
      const entry =
        v >= 4
          ? res.coordinators?.[0]
          : {
              nodeId: res.nodeId ?? -1,
              host: res.host ?? '',
              port: res.port ?? -1,
              errorCode: res.errorCode ?? 0,
              errorMessage: res.errorMessage ?? null,
            };
      if (!entry) throw new KafkaError(`FindCoordinator returned no coordinator for ${what}`, { retriable: true });
      if (entry.errorCode !== 0)
        throw createKafkaError(entry.errorCode, entry.errorMessage ?? undefined, { groupId: key });
      if (!this.metadata.brokers.has(entry.nodeId)) await this.refreshMetadata();
      return entry.nodeId;
    });
    this.coordinators.set(cacheKey, nodeId);
    return nodeId;
  }

  /** Forgets a cached coordinator after NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE. */
  invalidateCoordinator(type: CoordinatorType, key: string): void {
    this.coordinators.delete(`${type}:${key}`);
  }

  /**
   * Runs `attempt` until it succeeds, retrying errors that are retriable (or connection errors)
   * with exponential backoff, until `timeoutMs` has passed; then rejects with the last error
   * wrapped in a {@link KafkaTimeoutError}. Invalid-metadata errors refresh metadata first.
   */
  async retrying<T>(
    what: string,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    attempt: () => Promise<T>,
  ): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        if (signal?.aborted || !isRetriable(err)) throw err;
        const wait = backoffMs(n, this.options.retryBackoffMs, this.options.retryBackoffMaxMs);
        if (performance.now() + wait >= deadline) {
          throw new KafkaTimeoutError(`${what} did not succeed within ${timeoutMs} ms: ${(err as Error).message}`, {
            cause: err,
            timeoutMs,
          });
        }
        this.observability.log.debug(`${what}: retrying after ${(err as Error).message}`, {
          attempt: n + 1,
          waitMs: wait,
        });
        if (err instanceof KafkaError && err.invalidMetadata) await this.refreshMetadata().catch(() => undefined);
        await sleep(wait, signal);
      }
    }
  }

  /** Closes every connection and stops the refresh timer. Idempotent. */
  close(): void {
    this.closed = true;
    this.closing.abort();
    this.observability.stop();
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.pool.close();
  }
}

/** True for errors that another attempt may fix. */
export function isRetriable(err: unknown): boolean {
  return err instanceof KafkaError && (err.retriable || err instanceof ConnectionError);
}

/**
 * The client kind when the owner did not say: consumer options carry `groupId`, producer options
 * `acks`; anything else is an admin client. The owner's `observability.register()` call overrides it.
 */
function inferClientType(options: ClusterOptions): ClientType {
  if ('groupId' in options) return 'consumer';
  if ('acks' in options) return 'producer';
  return 'admin';
}

function nodeKey(nodeId: number): string {
  return `node-${nodeId}`;
}

function sameAddress(broker: { host: string; port: number }, addr: BrokerAddress): boolean {
  return broker.port === addr.port && broker.host.toLowerCase() === addr.host.toLowerCase();
}
