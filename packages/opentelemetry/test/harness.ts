// Shared by the unit tests: an SDK tracer and meter provider with in-memory exporters, an
// instrumentation wired to them, and publishers that emit the client's channel events exactly as
// the client does (start/end at the call, error/asyncStart/asyncEnd at the outcome).
import { channel, tracingChannel } from 'node:diagnostics_channel';
import {
  DIAGNOSTICS_CHANNELS,
  type DiagnosticsRecord,
  type ProcessDiagnostics,
  type ReceiveDiagnostics,
  type SendDiagnostics,
  topicPartition,
} from '@kafka-aio/client';
import { context, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { KafkaAioInstrumentationOptions } from '../src/config.js';
import { KafkaAioInstrumentation } from '../src/instrumentation.js';

// context.with() needs a real context manager; installing it twice is a no-op.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());

export const sendChannel = tracingChannel<unknown, SendDiagnostics>(DIAGNOSTICS_CHANNELS.send);
export const processChannel = tracingChannel<unknown, ProcessDiagnostics>(DIAGNOSTICS_CHANNELS.process);
export const receiveChannel = channel(DIAGNOSTICS_CHANNELS.receive);

/** An instrumentation on its own providers, with what it exported. */
export interface Harness {
  instrumentation: KafkaAioInstrumentation;
  tracerProvider: TracerProvider;
  spanExporter: InMemorySpanExporter;
  /** Spans ended so far. */
  spans(): ReadableSpan[];
  /** A tracer for the test's own (parent) spans, on the same provider. */
  startTestSpan(name: string): Span;
  /** Every metric recorded so far, by name. */
  metrics(): Promise<Map<string, MetricData>>;
  close(): Promise<void>;
}

export function createHarness(options: KafkaAioInstrumentationOptions = {}): Harness {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spanExporter })] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // A long interval: metrics are read only when the test flushes.
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const instrumentation = new KafkaAioInstrumentation({
    tracerProvider,
    meterProvider,
    propagator: new W3CTraceContextPropagator(),
    ...options,
  });
  const testTracer = tracerProvider.getTracer('test');
  return {
    instrumentation,
    tracerProvider,
    spanExporter,
    spans: () => spanExporter.getFinishedSpans(),
    startTestSpan: (name) => testTracer.startSpan(name),
    async metrics() {
      await reader.forceFlush();
      const all = metricExporter.getMetrics();
      const byName = new Map<string, MetricData>();
      for (const scope of all.at(-1)?.scopeMetrics ?? [])
        for (const m of scope.metrics) byName.set(m.descriptor.name, m);
      return byName;
    },
    async close() {
      instrumentation.disable();
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}

/** The data points of a counter, as [attributes, value] pairs. */
export function counterPoints(metric: MetricData | undefined): [Record<string, unknown>, number][] {
  return ((metric?.dataPoints ?? []) as DataPoint<number>[]).map((p) => [p.attributes, p.value]);
}

/** The data points of a histogram, as [attributes, histogram] pairs. */
export function histogramPoints(metric: MetricData | undefined): [Record<string, unknown>, Histogram][] {
  return ((metric?.dataPoints ?? []) as DataPoint<Histogram>[]).map((p) => [p.attributes, p.value]);
}

/** A send context as the producer builds it. */
export function sendContext(overrides: Partial<SendDiagnostics> = {}): SendDiagnostics {
  return { clientId: 'producer-1', topic: 'orders', key: 'order-7', value: 'payload', headers: [], ...overrides };
}

/** What the producer publishes when `send()` is called: start, then end. */
export function publishSendStart(send: SendDiagnostics): void {
  sendChannel.start.publish(send);
  sendChannel.end.publish(send);
}

/** What the producer publishes when the record is delivered. */
export function publishDelivered(send: SendDiagnostics, partition: number, offset: bigint): void {
  send.metadata = {
    topic: send.topic,
    partition,
    topicPartition: topicPartition(send.topic, partition),
    offset,
    timestamp: 0n,
    timestampType: 'CreateTime',
    logStartOffset: 0n,
    serializedKeySize: -1,
    serializedValueSize: -1,
  };
  sendChannel.asyncStart.publish(send);
  sendChannel.asyncEnd.publish(send);
}

/** What the producer publishes when the record fails. */
export function publishFailed(send: SendDiagnostics, error: unknown): void {
  send.error = error;
  sendChannel.error.publish(send);
  sendChannel.asyncStart.publish(send);
  sendChannel.asyncEnd.publish(send);
}

/** The record a consumer reads back from what `send` wrote (its headers as Buffers). */
export function consumedRecord(
  send: SendDiagnostics,
  partition: number,
  offset: bigint,
  headers: { key: string; value: Buffer | null }[] = send.headers.map(([key, value]) => ({
    key,
    value: value === null ? null : Buffer.from(value as string),
  })),
): DiagnosticsRecord {
  return { topic: send.topic, partition, offset, key: send.key, headers };
}

/** What a `for await` loop publishes when it hands out `record`. */
export function publishHandOut(record: DiagnosticsRecord, groupId: string | null = 'billing'): ProcessDiagnostics {
  const processing: ProcessDiagnostics = { clientId: 'consumer-1', groupId, record };
  processChannel.start.publish(processing);
  processChannel.end.publish(processing);
  return processing;
}

/** What the loop publishes when it asks for the next record. */
export function publishProcessed(processing: ProcessDiagnostics): void {
  processChannel.asyncStart.publish(processing);
  processChannel.asyncEnd.publish(processing);
}

/** What `getMany` publishes with its result. */
export function publishReceived(records: DiagnosticsRecord[], groupId: string | null = 'billing'): void {
  const event: ReceiveDiagnostics = { clientId: 'consumer-1', groupId, records };
  receiveChannel.publish(event);
}

/** The `traceparent` a span's context is propagated as (sampled). */
export function traceparentOf(span: { spanContext(): { traceId: string; spanId: string } }): string {
  const { traceId, spanId } = span.spanContext();
  return `00-${traceId}-${spanId}-01`;
}
