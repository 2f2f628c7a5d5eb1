import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessParent } from '../src/config.js';
import {
  consumedRecord,
  createHarness,
  type Harness,
  publishDelivered,
  publishHandOut,
  publishProcessed,
  publishSendStart,
  sendContext,
} from '../test/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Sends a record (ended send span) and returns it with the record the consumer reads back. */
function sent(harness: Harness) {
  const send = sendContext();
  publishSendStart(send);
  publishDelivered(send, 3, 17n);
  const sendSpan = harness.spans().find((s) => s.name === 'send orders')!;
  return { sendSpan, record: consumedRecord(send, 3, 17n) };
}

describe('process spans', () => {
  it('are children of the producer’s send span, link to it, and end when the loop asks for the next record', () => {
    h = createHarness();
    const { sendSpan, record } = sent(h);
    const processing = publishHandOut(record);
    expect(h.spans()).toHaveLength(1); // still processing after the hand-out's start and end
    publishProcessed(processing);
    const span = h.spans()[1];
    expect(span.name).toBe('process orders');
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.attributes).toEqual({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.operation.name': 'process',
      'messaging.destination.name': 'orders',
      'messaging.destination.partition.id': '3',
      'messaging.consumer.group.name': 'billing',
      'messaging.client.id': 'consumer-1',
      'messaging.kafka.offset': 17,
      'messaging.kafka.message.key': 'order-7',
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.spanContext().traceId).toBe(sendSpan.spanContext().traceId);
    expect(span.parentSpanContext?.spanId).toBe(sendSpan.spanContext().spanId);
    expect(span.links.map((l) => l.context.spanId)).toEqual([sendSpan.spanContext().spanId]);
  });

  it('without a trace context in the record: no link, and the active context as parent', () => {
    h = createHarness();
    const processing = publishHandOut(consumedRecord(sendContext({ key: null }), 0, 0n, []), null);
    publishProcessed(processing);
    const [span] = h.spans();
    expect(span.links).toEqual([]);
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.attributes['messaging.consumer.group.name']).toBeUndefined();
    expect(span.attributes['messaging.kafka.message.key']).toBeUndefined();
  });

  /** Hands `record` out inside a test span `worker`; returns the process span and `worker`. */
  function processInsideWorker(harness: Harness, record: ReturnType<typeof sent>['record']) {
    const worker = harness.startTestSpan('worker');
    const processing = context.with(trace.setSpan(context.active(), worker), () => publishHandOut(record));
    publishProcessed(processing);
    worker.end();
    return { span: harness.spans().find((s) => s.name === 'process orders')!, worker };
  }

  const placements: [ProcessParent, 'worker' | 'send', ('worker' | 'send')[]][] = [
    ['auto', 'worker', ['send']],
    ['message', 'send', ['send', 'worker']],
    ['ambient', 'worker', ['send']],
  ];
  it.each(placements)(
    'in a loop inside another span, processParent %s makes the %s span the parent',
    (mode, parent, links) => {
      h = createHarness({ processParent: mode });
      const { sendSpan, record } = sent(h);
      const { span, worker } = processInsideWorker(h, record);
      const ids = { send: sendSpan.spanContext().spanId, worker: worker.spanContext().spanId };
      expect(span.parentSpanContext?.spanId).toBe(ids[parent]);
      expect(span.links.map((l) => l.context.spanId)).toEqual(links.map((l) => ids[l]));
    },
  );

  it('with processParent ambient and no active span, starts a new trace linked to the producer', () => {
    h = createHarness({ processParent: 'ambient' });
    const { sendSpan, record } = sent(h);
    publishProcessed(publishHandOut(record));
    const span = h.spans()[1];
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.spanContext().traceId).not.toBe(sendSpan.spanContext().traceId);
    expect(span.links.map((l) => l.context.traceId)).toEqual([sendSpan.spanContext().traceId]);
  });

  it('setConfig changes the placement of the next records', () => {
    h = createHarness();
    h.instrumentation.setConfig({ processParent: 'ambient' });
    expect(h.instrumentation.getConfig()).toEqual({ enabled: true, processParent: 'ambient' });
    const { sendSpan, record } = sent(h);
    publishProcessed(publishHandOut(record));
    expect(h.spans()[1].parentSpanContext).toBeUndefined();
    expect(h.spans()[1].links[0].context.spanId).toBe(sendSpan.spanContext().spanId);
  });

  it('reads the first traceparent when a record repeats the header', () => {
    h = createHarness();
    const { sendSpan, record } = sent(h);
    const other = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const repeated = { ...record, headers: [...record.headers, { key: 'traceparent', value: Buffer.from(other) }] };
    publishProcessed(publishHandOut(repeated));
    expect(h.spans()[1].parentSpanContext?.spanId).toBe(sendSpan.spanContext().spanId);
  });
});
