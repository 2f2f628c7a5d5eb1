// OpenTelemetry for kafka-aio: @kafka-aio/opentelemetry turns the clients' diagnostics_channel
// events into messaging spans and metrics. A record sent inside a `checkout` span carries that
// trace in its headers; a consumer whose loop runs inside its own long-lived `order-worker` span
// gets a `process` span in the worker's trace, linked to the producer's `send` span (a loop
// outside any span would instead get the `send` span as its parent). Spans are printed by
// the console exporter as they end.
//   KAFKA_AIO_BOOTSTRAP=127.0.0.1:9092 tsx examples/opentelemetry.ts
import { AIOKafkaAdminClient, AIOKafkaConsumer, AIOKafkaProducer } from '@kafka-aio/client';
import { instrumentKafkaAio } from '@kafka-aio/opentelemetry';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  ConsoleSpanExporter,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';

const bootstrapServers = process.env.KAFKA_AIO_BOOTSTRAP ?? '127.0.0.1:9092';
const topic = `otel-example-${Date.now()}`;

// The usual SDK setup: a context manager (so spans nest across awaits), the W3C propagator, a
// tracer provider. The in-memory exporter keeps the spans for the summary at the end.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
const kept = new InMemorySpanExporter();
const tracerProvider = new TracerProvider({
  spanProcessors: [
    new SimpleSpanProcessor({ exporter: new ConsoleSpanExporter() }),
    new SimpleSpanProcessor({ exporter: kept }),
  ],
});
trace.setGlobalTracerProvider(tracerProvider);
const tracer = trace.getTracer('opentelemetry-example');

// One call instruments every kafka-aio client in the process.
const instrumentation = instrumentKafkaAio();

await using admin = new AIOKafkaAdminClient({ bootstrapServers });
await admin.start();
await admin.createTopic({ name: topic, numPartitions: 1 });
try {
  await using producer = new AIOKafkaProducer({ bootstrapServers, clientId: 'checkout-service' });
  await producer.start();
  await tracer.startActiveSpan('checkout', async (checkout) => {
    await producer.sendAndWait(topic, JSON.stringify({ order: 7 }), { key: 'order-7' });
    checkout.end();
  });

  await using consumer = new AIOKafkaConsumer(topic, {
    bootstrapServers,
    groupId: `${topic}-billing`,
    clientId: 'billing-service',
    autoOffsetReset: 'earliest',
  });
  await consumer.start();
  await tracer.startActiveSpan('order-worker', async (worker) => {
    for await (const record of consumer) {
      console.log(`processing ${record.key} => ${record.value?.toString()}`);
      break; // the process span ends when the loop moves on (here: leaves)
    }
    worker.end();
  });

  const spans = kept.getFinishedSpans();
  const send = spans.find((s) => s.name === `send ${topic}`);
  const processed = spans.find((s) => s.name === `process ${topic}`);
  const worker = spans.find((s) => s.name === 'order-worker');
  console.log(`\nsend span    ${send?.spanContext().spanId} in trace ${send?.spanContext().traceId}`);
  console.log(`process span ${processed?.spanContext().spanId} in trace ${processed?.spanContext().traceId}`);
  console.log(`  parent: ${processed?.parentSpanContext?.spanId} (order-worker is ${worker?.spanContext().spanId})`);
  console.log(`  links:  ${processed?.links.map((l) => `${l.context.traceId}/${l.context.spanId}`).join(', ')}`);
} finally {
  instrumentation.disable();
  await admin.deleteTopic(topic).catch(() => undefined);
  await tracerProvider.shutdown();
}
