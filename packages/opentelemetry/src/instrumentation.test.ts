import { readFileSync } from 'node:fs';
import { DiagLogLevel, diag, metrics, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterEach, describe, expect, it } from 'vitest';
import {
  consumedRecord,
  createHarness,
  type Harness,
  processChannel,
  publishDelivered,
  publishHandOut,
  publishProcessed,
  publishReceived,
  publishSendStart,
  receiveChannel,
  sendChannel,
  sendContext,
} from '../test/harness.js';
import { instrumentKafkaAio } from './instrument.js';
import { KafkaAioInstrumentation } from './instrumentation.js';
import { INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION } from './version.js';

const noopLogger = { error() {}, warn() {}, info() {}, debug() {}, verbose() {} };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Publishes one record's whole life: send, delivery, a for await hand-out and a getMany. */
function publishEverything(): ReturnType<typeof sendContext> {
  const send = sendContext();
  publishSendStart(send);
  publishDelivered(send, 0, 1n);
  const record = consumedRecord(send, 0, 1n);
  publishProcessed(publishHandOut(record));
  publishReceived([record]);
  return send;
}

function subscribed(): boolean[] {
  return [sendChannel.hasSubscribers, processChannel.hasSubscribers, receiveChannel.hasSubscribers];
}

describe('KafkaAioInstrumentation', () => {
  it('records nothing after disable(): no subscriber is left, so the client publishes nothing', async () => {
    h = createHarness();
    expect(subscribed()).toEqual([true, true, true]);
    h.instrumentation.disable();
    expect(h.instrumentation.isEnabled).toBe(false);
    expect(subscribed()).toEqual([false, false, false]);

    const send = publishEverything();
    expect(send.headers).toEqual([]); // nothing injected
    expect(h.spans()).toEqual([]);
    const metrics = await h.metrics();
    expect([...metrics.values()].flatMap((m): unknown[] => m.dataPoints)).toEqual([]);
  });

  it('drops a span still open at disable() instead of ending it late', () => {
    h = createHarness();
    const send = sendContext();
    publishSendStart(send);
    h.instrumentation.disable();
    publishDelivered(send, 0, 1n);
    expect(h.spans()).toEqual([]);
  });

  it('records again after enable(), once per event however often it is enabled', () => {
    h = createHarness();
    h.instrumentation.disable();
    h.instrumentation.enable();
    h.instrumentation.enable();
    expect(h.instrumentation.isEnabled).toBe(true);
    publishEverything();
    expect(h.spans().map((s) => s.name)).toEqual(['send orders', 'process orders', 'receive orders']);
  });

  it('starts idle with enabled: false', () => {
    h = createHarness({ enabled: false });
    expect(h.instrumentation.isEnabled).toBe(false);
    expect(subscribed()).toEqual([false, false, false]);
    expect(h.instrumentation.getConfig()).toEqual({ enabled: false, processParent: 'auto' });
  });

  it('sends spans to the provider set with setTracerProvider', () => {
    h = createHarness();
    const exporter = new InMemorySpanExporter();
    h.instrumentation.setTracerProvider(
      new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }),
    );
    publishEverything();
    expect(h.spans()).toEqual([]);
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['send orders', 'process orders', 'receive orders']);
  });

  it('uses the global tracer provider and propagator when given none', () => {
    const exporter = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }));
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    const instrumentation = instrumentKafkaAio();
    try {
      expect(instrumentation.isEnabled).toBe(true);
      const send = publishEverything();
      const [sendSpan, processSpan] = exporter.getFinishedSpans();
      expect(send.headers.map(([k]) => k)).toEqual(['traceparent']);
      expect(processSpan.parentSpanContext?.spanId).toBe(sendSpan.spanContext().spanId);
    } finally {
      instrumentation.disable();
      trace.disable();
      propagation.disable();
    }
    expect(subscribed()).toEqual([false, false, false]);
  });

  it('takes the global meter provider as it is at enable(), and another from setMeterProvider', async () => {
    const meterFor = () => {
      const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
      const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
      const provider = new MeterProvider({ readers: [reader] });
      const sent = async () => {
        await reader.forceFlush();
        const scope = exporter.getMetrics().at(-1)?.scopeMetrics[0];
        const m = scope?.metrics.find((x) => x.descriptor.name === 'messaging.client.sent.messages');
        return (m?.dataPoints ?? []).map((p) => p.value);
      };
      return { provider, sent };
    };
    const instrumentation = new KafkaAioInstrumentation({ enabled: false, tracerProvider: new TracerProvider() });
    const global = meterFor();
    metrics.setGlobalMeterProvider(global.provider); // registered after construction, before enable()
    try {
      instrumentation.enable();
      publishEverything();
      expect(await global.sent()).toEqual([1]);
      const other = meterFor();
      instrumentation.setMeterProvider(other.provider);
      publishEverything();
      expect(await global.sent()).toEqual([1]);
      expect(await other.sent()).toEqual([1]);
    } finally {
      instrumentation.disable();
      metrics.disable();
    }
  });

  it('reports a failing listener to the diagnostic logger instead of throwing into the application', () => {
    const errors: unknown[][] = [];
    diag.setLogger({ ...noopLogger, error: (...args: unknown[]) => void errors.push(args) }, DiagLogLevel.ERROR);
    const throwing = {
      startSpan() {
        throw new Error('tracer broke');
      },
      startActiveSpan() {
        throw new Error('tracer broke');
      },
    };
    h = createHarness({ tracerProvider: { getTracer: () => throwing as never } });
    try {
      expect(() => publishSendStart(sendContext())).not.toThrow();
      expect(errors).toHaveLength(1);
      expect(errors[0][0]).toBe('@kafka-aio/opentelemetry: the tracing:kafka-aio:send:start listener failed');
      expect((errors[0][1] as Error).message).toBe('tracer broke');
    } finally {
      diag.disable();
    }
  });

  it('names its scope after the package, with the package’s version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    const instrumentation = new KafkaAioInstrumentation({ enabled: false });
    expect([instrumentation.instrumentationName, instrumentation.instrumentationVersion]).toEqual([
      pkg.name,
      pkg.version,
    ]);
    expect([INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION]).toEqual([pkg.name, pkg.version]);
  });
});
