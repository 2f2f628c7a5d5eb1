import { ConnectionError, KafkaError } from '@kafka-aio/protocol';
import type { ResolvedCommonOptions } from '../config/common.js';
import type { ConnectionObserver, ResponseInfo } from '../network/connection.js';
import { callUser, createLog, type Log } from './log.js';
import { type StatsClusterView, StatsCollector } from './stats-collector.js';
import type { StatsSource } from './stats-source.js';
import type { ClientStatistics, ClientType } from './stats-types.js';

/**
 * A broker reported that it throttled this client (a quota was exceeded): the broker delays its
 * responses, or mutes the connection, for `throttleTimeMs`. Given to `throttleCallback`.
 */
export interface ThrottleEvent {
  /** The broker as the statistics name it: `"host:port/nodeId"` (`"host:port/bootstrap"` if its id is unknown). */
  brokerName: string;
  /** The broker's node id, or -1 when it is not known yet. */
  brokerId: number;
  /** How long the broker throttles, in milliseconds (always > 0). */
  throttleTimeMs: number;
}

/** The options {@link Observability} reads (all part of the resolved common options). */
export type ObservabilityOptions = Pick<
  ResolvedCommonOptions,
  'logger' | 'errorCallback' | 'throttleCallback' | 'statsCallback' | 'statisticsIntervalMs'
>;

/**
 * The client's window to the outside: the `logger` facade, `errorCallback`, `throttleCallback`
 * and `statsCallback` with its timer. A {@link Cluster} owns one and feeds it from every connection
 * ({@link ConnectionObserver}); producer and consumer add their figures with {@link register}.
 * User callbacks run synchronously and an exception they throw is logged, never propagated.
 */
export class Observability implements ConnectionObserver {
  /** Log for cluster-level events (`kafka-aio:cluster`). */
  readonly log: Log;
  /** Log handed to every connection (`kafka-aio:connection`). */
  readonly connectionLog: Log;
  /** The statistics collector; undefined unless `statsCallback` is set. */
  readonly stats: StatsCollector | undefined;
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  /** Brokers whose last dial failed: repeated failures are logged at debug and reported once. */
  private readonly failing = new Set<string>();

  constructor(
    private readonly options: ObservabilityOptions,
    private readonly view: StatsClusterView,
    type: ClientType,
  ) {
    this.log = createLog('cluster', options.logger);
    this.connectionLog = createLog('connection', options.logger);
    if (options.statsCallback && options.statisticsIntervalMs > 0) {
      this.stats = new StatsCollector(view, type, (err) => this.log.error('a statistics source threw', { error: err }));
    }
  }

  /**
   * Declares the kind of client and adds its statistics source. Returns a function that removes
   * the source. Without statistics enabled this only records nothing and costs nothing.
   */
  register(type: ClientType, source?: StatsSource): () => void {
    if (!this.stats) return () => {};
    this.stats.type = type;
    return source ? this.stats.addSource(source) : () => {};
  }

  /** Starts the statistics timer (called once the cluster is bootstrapped). Idempotent. */
  start(): void {
    this.started = true;
    if (!this.stats || this.timer) return;
    this.timer = setInterval(() => this.emitStats(), this.options.statisticsIntervalMs);
    this.timer.unref();
  }

  /** Stops the timer; no callback fires afterwards. Idempotent. */
  stop(): void {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Builds one statistics document and gives it to `statsCallback` (also used by tests). */
  emitStats(): ClientStatistics | undefined {
    if (!this.stats) return undefined;
    const stats = this.stats.snapshot();
    callUser(this.log, 'statsCallback', this.options.statsCallback, stats);
    return stats;
  }

  /**
   * Reports a global, informational error: the client carries on (reconnects, retries) and the
   * application may only want to know. Goes to `errorCallback` and to the log at `warn`.
   */
  reportError(error: KafkaError, context: Record<string, unknown> = {}): void {
    this.log.warn(error.message, { ...context, error });
    callUser(this.log, 'errorCallback', this.options.errorCallback, error);
  }

  /**
   * A user callback (`what`, e.g. "the onCommit callback") threw: the client carries on (DESIGN
   * rule 14), and the exception goes to the log at `error` and to `errorCallback` as a
   * `KafkaError` that names the callback and keeps what was thrown as its `cause`.
   */
  callbackThrew(what: string, thrown: unknown): void {
    const error = new KafkaError(`${what} threw: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
      cause: thrown,
    });
    this.log.error(error.message, { error: thrown });
    callUser(this.log, 'errorCallback', this.options.errorCallback, error);
  }

  // ---- ConnectionObserver -------------------------------------------------------------------

  connecting(broker: string): void {
    this.stats?.connecting(broker);
  }

  connected(broker: string): void {
    this.failing.delete(broker);
    this.stats?.connected(broker);
  }

  connectFailed(broker: string, error: Error): void {
    const repeated = this.failing.has(broker);
    this.failing.add(broker);
    const context = { broker, error };
    if (repeated) {
      this.connectionLog.debug(`still cannot connect to ${broker}`, context);
      return;
    }
    this.connectionLog.warn(`cannot connect to ${broker}`, context);
    // Before start() resolves, the failure reaches the caller as start()'s rejection.
    if (this.started) callUser(this.log, 'errorCallback', this.options.errorCallback, asKafkaError(error, broker));
  }

  requestSent(broker: string, apiName: string, bytes: number): void {
    this.stats?.requestSent(broker, apiName, bytes);
  }

  response(info: ResponseInfo): void {
    const throttle = (info.body as { throttleTimeMs?: unknown } | null)?.throttleTimeMs;
    const throttleTimeMs = typeof throttle === 'number' ? throttle : undefined;
    this.stats?.response(info.broker, info.rttMs, info.responseBytes, throttleTimeMs);
    if (throttleTimeMs !== undefined && throttleTimeMs > 0) {
      const brokerId = this.nodeIdOf(info.broker);
      const event: ThrottleEvent = {
        brokerName: `${info.broker}/${brokerId >= 0 ? brokerId : 'bootstrap'}`,
        brokerId,
        throttleTimeMs,
      };
      this.connectionLog.debug(`${info.api.name} throttled by ${event.brokerName} for ${throttleTimeMs} ms`);
      callUser(this.log, 'throttleCallback', this.options.throttleCallback, event);
    }
  }

  requestTimedOut(broker: string): void {
    this.stats?.requestTimedOut(broker);
  }

  responseFailed(broker: string): void {
    this.stats?.responseFailed(broker);
  }

  closed(broker: string, error: Error, lost: boolean, failedRequests: number): void {
    this.stats?.closed(broker, lost, failedRequests);
    if (lost && this.started) {
      callUser(this.log, 'errorCallback', this.options.errorCallback, asKafkaError(error, broker));
    }
  }

  private nodeIdOf(broker: string): number {
    for (const b of this.view.metadata().brokers.values()) if (`${b.host}:${b.port}` === broker) return b.nodeId;
    return -1;
  }
}

function asKafkaError(error: Error, broker: string): KafkaError {
  if (error instanceof KafkaError) return error;
  const at = broker.lastIndexOf(':');
  return new ConnectionError(`${broker}: ${error.message}`, {
    cause: error,
    host: broker.slice(0, at),
    port: Number(broker.slice(at + 1)),
  });
}
