/** The instrumentation: subscribes the span and metric listeners to the client's channels. */
import { type Channel, channel, tracingChannel } from 'node:diagnostics_channel';
import { DIAGNOSTICS_CHANNELS } from '@kafka-aio/client';
import {
  createNoopMeter,
  diag,
  type MeterProvider,
  metrics,
  propagation,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import type { KafkaAioInstrumentationConfig, KafkaAioInstrumentationOptions } from './config.js';
import { createInstruments } from './metrics.js';
import { processListeners } from './process.js';
import { receiveListener } from './receive.js';
import { sendListeners } from './send.js';
import type { Telemetry } from './telemetry.js';
import { INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION } from './version.js';

/**
 * Subscribes `listener` to `ch`; returns the unsubscription. A listener's exception is reported
 * to OpenTelemetry's diagnostic logger and goes no further: diagnostics_channel would rethrow it
 * as an uncaught exception, and a telemetry fault must not bring the application down.
 */
function listen(ch: Channel, listener: (message: unknown) => void): () => void {
  const guarded = (message: unknown) => {
    try {
      listener(message);
    } catch (err) {
      diag.error(`${INSTRUMENTATION_NAME}: the ${String(ch.name)} listener failed`, err);
    }
  };
  ch.subscribe(guarded);
  return () => ch.unsubscribe(guarded);
}

/**
 * OpenTelemetry tracing and metrics for kafka-aio, built only on the `node:diagnostics_channel`
 * channels `@kafka-aio/client` publishes: no patching, so it works whatever loads the client
 * (ESM, CJS, a bundle) and in whatever order.
 *
 * - `send <topic>` (PRODUCER) per record sent, its context injected into the record's headers;
 * - `process <topic>` (CONSUMER) per record a `for await` loop handles;
 * - `receive <topic>` (CONSUMER) per `getOne`/`getMany` result, linked to each record's producer;
 * - `messaging.client.sent.messages`, `messaging.client.consumed.messages`,
 *   `messaging.client.operation.duration` and `messaging.process.duration`.
 *
 * It has the members of OpenTelemetry's `Instrumentation` interface (name, version, `enable`,
 * `disable`, `setTracerProvider`, `setMeterProvider`, `getConfig`, `setConfig`), so it can be
 * listed among an SDK's instrumentations. While disabled it has no subscriber on any channel, and
 * the client then publishes nothing at all.
 */
export class KafkaAioInstrumentation {
  /** The instrumentation scope name. */
  readonly instrumentationName = INSTRUMENTATION_NAME;
  /** The instrumentation scope version. */
  readonly instrumentationVersion = INSTRUMENTATION_VERSION;

  private config: Required<KafkaAioInstrumentationConfig>;
  private meterProvider: MeterProvider | undefined;
  private readonly telemetry: Telemetry;
  private unsubscribe: (() => void) | undefined;

  /** Creates the instrumentation, enabled unless `options.enabled` is false. */
  constructor(options: KafkaAioInstrumentationOptions = {}) {
    const { tracerProvider, meterProvider, propagator, ...config } = options;
    this.config = { enabled: config.enabled ?? true, processParent: config.processParent ?? 'auto' };
    this.meterProvider = meterProvider;
    this.telemetry = {
      tracer: (tracerProvider ?? trace).getTracer(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION),
      // Replaced by enable(); an idle instrumentation records nothing anyway.
      instruments: createInstruments(createNoopMeter()),
      propagator: propagator ?? propagation,
      processParent: this.config.processParent,
    };
    if (this.config.enabled) this.enable();
  }

  /** Whether the instrumentation is subscribed to the client's channels. */
  get isEnabled(): boolean {
    return this.unsubscribe !== undefined;
  }

  /** Subscribes to the channels (again); does nothing when already enabled. */
  enable(): void {
    if (this.unsubscribe) return;
    // Made now rather than at construction: the global meter provider has no proxy, and the SDK
    // may have registered it since.
    this.telemetry.instruments = createInstruments(
      (this.meterProvider ?? metrics).getMeter(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION),
    );
    const send = tracingChannel(DIAGNOSTICS_CHANNELS.send);
    const processing = tracingChannel(DIAGNOSTICS_CHANNELS.process);
    const sends = sendListeners(this.telemetry);
    const processes = processListeners(this.telemetry);
    const undo = [
      listen(send.start, sends.start),
      listen(send.error, sends.error),
      listen(send.asyncEnd, sends.asyncEnd),
      listen(processing.start, processes.start),
      listen(processing.asyncEnd, processes.asyncEnd),
      listen(channel(DIAGNOSTICS_CHANNELS.receive), receiveListener(this.telemetry)),
    ];
    this.unsubscribe = () => {
      for (const u of undo) u();
    };
  }

  /**
   * Unsubscribes from every channel, after which the client publishes nothing and this package
   * does no work. Spans still open (a send awaiting its delivery, a record being processed) are
   * dropped, never ended: their ending events are no longer heard.
   */
  disable(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Sends spans to `provider` from now on. */
  setTracerProvider(provider: TracerProvider): void {
    this.telemetry.tracer = provider.getTracer(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION);
  }

  /** Records metrics to `provider` from now on. */
  setMeterProvider(provider: MeterProvider): void {
    this.meterProvider = provider;
    this.telemetry.instruments = createInstruments(provider.getMeter(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION));
  }

  /** The current settings. */
  getConfig(): KafkaAioInstrumentationConfig {
    return { ...this.config };
  }

  /** Replaces the settings (unset ones return to their defaults); does not enable or disable. */
  setConfig(config: KafkaAioInstrumentationConfig = {}): void {
    this.config = { enabled: config.enabled ?? true, processParent: config.processParent ?? 'auto' };
    this.telemetry.processParent = this.config.processParent;
  }
}
