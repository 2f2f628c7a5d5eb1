// The instrumentation on a real broker: a record sent inside an application span and read by a
// consumer group's `for await` loop shows up as one trace, checkout → send → process, with the
// messaging attributes taken from what really happened (partition, offset, group), and is counted
// by the sent and consumed metrics.
import { randomUUID } from 'node:crypto';
import { AIOKafkaAdminClient, AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../../../scripts/kafka/vitest-context.js';
import { instrumentKafkaAio, type KafkaAioInstrumentation } from '../src/index.js';

const bootstrapServers = inject('kafka').bootstrap;

context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const spans = new InMemorySpanExporter();
const tracerProvider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] });
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
const meterProvider = new MeterProvider({ readers: [reader] });

let instrumentation: KafkaAioInstrumentation;
beforeAll(() => {
  instrumentation = instrumentKafkaAio({ tracerProvider, meterProvider, propagator: new W3CTraceContextPropagator() });
});
afterAll(async () => {
  instrumentation.disable();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
});

describe('OpenTelemetry instrumentation on a real broker', () => {
  it('puts the producer’s send span and the consumer’s process span in the application’s trace', async () => {
    const topic = `otel-${randomUUID().slice(0, 8)}`;
    const groupId = `otel-${randomUUID().slice(0, 8)}`;
    const admin = new AIOKafkaAdminClient({ bootstrapServers });
    await admin.start();
    await admin.createTopic({ name: topic, numPartitions: 1 });
    try {
      const producer = new AIOKafkaProducer({ bootstrapServers, clientId: 'otel-producer' });
      await producer.start();
      const checkout = tracerProvider.getTracer('app').startSpan('checkout');
      const metadata = await context.with(trace.setSpan(context.active(), checkout), () =>
        producer.sendAndWait(topic, 'v0', { key: 'k0', headers: [['app', 'x']] }),
      );
      checkout.end();
      await producer.stop();

      const consumer = new AIOKafkaConsumer(topic, {
        bootstrapServers,
        groupId,
        clientId: 'otel-consumer',
        autoOffsetReset: 'earliest',
      });
      await consumer.start();
      let headerKeys: string[] = [];
      for await (const record of consumer) {
        expect(record.value?.toString()).toBe('v0');
        headerKeys = record.headers.map((h) => h.key);
        break; // ends the record's processing (and its span), and stops the consumer
      }
      expect(headerKeys).toEqual(['app', 'traceparent']);

      const finished = spans.getFinishedSpans();
      const send = finished.find((s) => s.name === `send ${topic}`);
      const processed = finished.find((s) => s.name === `process ${topic}`);
      expect(send?.kind).toBe(SpanKind.PRODUCER);
      expect(send?.status.code).toBe(SpanStatusCode.UNSET);
      expect(send?.attributes).toMatchObject({
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': topic,
        'messaging.destination.partition.id': '0',
        'messaging.kafka.offset': Number(metadata.offset),
        'messaging.kafka.message.key': 'k0',
        'messaging.client.id': 'otel-producer',
      });
      expect(processed?.kind).toBe(SpanKind.CONSUMER);
      expect(processed?.attributes).toMatchObject({
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': topic,
        'messaging.destination.partition.id': '0',
        'messaging.kafka.offset': Number(metadata.offset),
        'messaging.consumer.group.name': groupId,
        'messaging.client.id': 'otel-consumer',
      });
      // One trace: checkout → send → process, and the process span links to the send span.
      const traceId = checkout.spanContext().traceId;
      expect(send?.spanContext().traceId).toBe(traceId);
      expect(send?.parentSpanContext?.spanId).toBe(checkout.spanContext().spanId);
      expect(processed?.spanContext().traceId).toBe(traceId);
      expect(processed?.parentSpanContext?.spanId).toBe(send?.spanContext().spanId);
      expect(processed?.links.map((l) => l.context.spanId)).toEqual([send?.spanContext().spanId]);

      await reader.forceFlush();
      const counted = new Map<string, number>();
      for (const scope of metricExporter.getMetrics().at(-1)?.scopeMetrics ?? [])
        for (const m of scope.metrics)
          for (const p of m.dataPoints)
            if (p.attributes['messaging.destination.name'] === topic && typeof p.value === 'number')
              counted.set(m.descriptor.name, (counted.get(m.descriptor.name) ?? 0) + p.value);
      expect(Object.fromEntries(counted)).toEqual({
        'messaging.client.sent.messages': 1,
        'messaging.client.consumed.messages': 1,
      });
    } finally {
      await admin.deleteTopic(topic).catch(() => undefined);
      await admin.stop();
    }
  });
});
