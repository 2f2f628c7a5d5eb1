import { tracingChannel } from 'node:diagnostics_channel';
import { DIAGNOSTICS_CHANNELS, KafkaTimeoutError, type RequestDiagnostics } from '@kafka-aio/client';
import type { Logger } from './logger.js';

/** The envelope every instrumentation listener receives. */
export interface InstrumentationEvent<T = unknown> {
  id: number;
  type: string;
  timestamp: number;
  payload: T;
}

/** Removes a listener added with `on()`. */
export type RemoveInstrumentationEventListener = () => void;

const names = (prefix: string, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, `${prefix}.${k.toLowerCase().replace(/^request/, 'network.request')}`]));

const COMMON = ['CONNECT', 'DISCONNECT', 'REQUEST', 'REQUEST_TIMEOUT', 'REQUEST_QUEUE_SIZE'] as const;
const CONSUMER = [
  'HEARTBEAT',
  'COMMIT_OFFSETS',
  'GROUP_JOIN',
  'FETCH_START',
  'FETCH',
  'START_BATCH_PROCESS',
  'END_BATCH_PROCESS',
  'STOP',
  'CRASH',
  'REBALANCING',
  'RECEIVED_UNSUBSCRIBED_TOPICS',
  ...COMMON,
] as const;

/** `consumer.events`: KafkaJS's consumer event names (`consumer.heartbeat`, `consumer.network.request`, ...). */
export const ConsumerEvents = names('consumer', CONSUMER) as Record<(typeof CONSUMER)[number], string>;
/** `producer.events`. */
export const ProducerEvents = names('producer', COMMON) as Record<(typeof COMMON)[number], string>;
/** `admin.events`. */
export const AdminEvents = names('admin', COMMON) as Record<(typeof COMMON)[number], string>;

let nextId = 0;

/**
 * KafkaJS's instrumentation emitter: `on()` accepts only the client's own event names, returns a
 * remover, and listeners run after the current tick with their errors logged, never thrown into the
 * client (DESIGN rule 14).
 */
export class Instrumentation {
  private readonly listeners = new Map<string, Set<(e: InstrumentationEvent) => unknown>>();
  private requests: { unsubscribe(): void } | undefined;
  constructor(
    readonly events: Readonly<Record<string, string>>,
    private readonly logger: Logger,
    /** The client id whose broker requests become REQUEST / REQUEST_TIMEOUT events. */
    private readonly clientId?: string,
  ) {}

  on(eventName: string, listener: (event: InstrumentationEvent) => unknown): RemoveInstrumentationEventListener {
    if (!Object.values(this.events).includes(eventName))
      throw new TypeError(
        `Event name should be one of ${Object.values(this.events).join(', ')}, got ${String(eventName)}`,
      );
    let set = this.listeners.get(eventName);
    if (set === undefined) this.listeners.set(eventName, (set = new Set()));
    const fn = (e: InstrumentationEvent) => listener(e);
    set.add(fn);
    this.watchRequests();
    return () => {
      set.delete(fn);
      this.watchRequests();
    };
  }

  /**
   * REQUEST and REQUEST_TIMEOUT come from kafka-aio's `kafka-aio:request` diagnostics channel, which
   * is subscribed to only while someone listens. The channel names requests by client id, so every
   * client of this id (all clients of one `Kafka`) reports them.
   */
  private watchRequests(): void {
    const wanted = this.has(this.events.REQUEST) || this.has(this.events.REQUEST_TIMEOUT);
    if (wanted === (this.requests !== undefined) || this.clientId === undefined) return;
    if (!wanted) {
      this.requests?.unsubscribe();
      this.requests = undefined;
      return;
    }
    const channel = tracingChannel<unknown, RequestDiagnostics>(DIAGNOSTICS_CHANNELS.request);
    const startedAt = new WeakMap<object, number>();
    const clientId = this.clientId;
    const payload = (c: RequestDiagnostics, sentAt: number) => ({
      apiKey: c.apiKey,
      apiName: c.apiName,
      apiVersion: c.apiVersion,
      broker: c.broker,
      clientId: c.clientId,
      correlationId: c.correlationId,
      createdAt: sentAt,
      sentAt,
      pendingDuration: 0,
    });
    const handlers = {
      start: (c: RequestDiagnostics) => {
        if (c.clientId === clientId) startedAt.set(c, Date.now());
      },
      end: () => {},
      asyncStart: () => {},
      asyncEnd: (c: RequestDiagnostics) => {
        const sentAt = startedAt.get(c);
        if (sentAt === undefined || c.error !== undefined) return;
        this.emit(this.events.REQUEST, { ...payload(c, sentAt), duration: Date.now() - sentAt, size: c.requestBytes });
      },
      error: (c: RequestDiagnostics) => {
        const sentAt = startedAt.get(c);
        if (sentAt !== undefined && c.error instanceof KafkaTimeoutError)
          this.emit(this.events.REQUEST_TIMEOUT, payload(c, sentAt));
      },
    };
    channel.subscribe(handlers as never);
    this.requests = { unsubscribe: () => channel.unsubscribe(handlers as never) };
  }

  /** True when someone listens to `type`, so that costly payloads are built only then. */
  has(type: string): boolean {
    return (this.listeners.get(type)?.size ?? 0) > 0;
  }

  emit(type: string, payload: unknown = null): void {
    const set = this.listeners.get(type);
    if (set === undefined || set.size === 0) return;
    const event: InstrumentationEvent = { id: nextId++, type, timestamp: Date.now(), payload };
    for (const fn of set) {
      queueMicrotask(() => {
        try {
          Promise.resolve(fn(event)).catch((err: unknown) => this.failed(type, err));
        } catch (err) {
          this.failed(type, err);
        }
      });
    }
  }

  private failed(type: string, err: unknown): void {
    this.logger.error(`Failed to execute listener: ${err instanceof Error ? err.message : String(err)}`, {
      eventName: type,
      stack: err instanceof Error ? err.stack : undefined,
    });
  }
}
