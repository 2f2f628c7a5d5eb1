import { context, SpanKind, trace } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  consumedRecord,
  createHarness,
  type Harness,
  publishDelivered,
  publishReceived,
  publishSendStart,
  sendContext,
} from '../test/harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Sends a record to `topic` and returns its ended send span's context and the record read back. */
function sent(topic: string, partition: number, offset: bigint) {
  const send = sendContext({ topic });
  publishSendStart(send);
  publishDelivered(send, partition, offset);
  const span = h.spans().at(-1)!;
  return { spanContext: span.spanContext(), record: consumedRecord(send, partition, offset) };
}

describe('receive spans', () => {
  it('cover one getMany result with its count and one link per record that carries a trace context', () => {
    const a = sent('orders', 0, 10n);
    const b = sent('orders', 1, 20n);
    const untraced = consumedRecord(sendContext(), 1, 21n, [{ key: 'app', value: Buffer.from('x') }]);
    const caller = h.startTestSpan('poll-loop');
    context.with(trace.setSpan(context.active(), caller), () => publishReceived([a.record, b.record, untraced]));
    caller.end();
    const span = h.spans().find((s) => s.name.startsWith('receive'))!;
    expect(span.name).toBe('receive orders');
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.attributes).toEqual({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'receive',
      'messaging.operation.name': 'receive',
      'messaging.consumer.group.name': 'billing',
      'messaging.client.id': 'consumer-1',
      'messaging.batch.message_count': 3,
      'messaging.destination.name': 'orders', // one topic; two partitions, so no partition id
    });
    const ids = (c: { traceId: string; spanId: string }) => [c.traceId, c.spanId];
    expect(span.links.map((l) => [ids(l.context), l.context.isRemote, l.attributes])).toEqual([
      [
        ids(a.spanContext),
        true,
        {
          'messaging.destination.name': 'orders',
          'messaging.destination.partition.id': '0',
          'messaging.kafka.offset': 10,
        },
      ],
      [
        ids(b.spanContext),
        true,
        {
          'messaging.destination.name': 'orders',
          'messaging.destination.partition.id': '1',
          'messaging.kafka.offset': 20,
        },
      ],
    ]);
    expect(span.parentSpanContext?.spanId).toBe(caller.spanContext().spanId);
    expect(span.links[0].context.spanId).not.toBe(span.links[1].context.spanId);
    expect(span.startTime).toEqual(span.endTime); // the channel marks the hand-back instant only
  });

  it('name the partition when every record comes from one, and no destination across topics', () => {
    publishReceived([sent('orders', 4, 1n).record, sent('orders', 4, 2n).record]);
    const one = h.spans().at(-1)!;
    expect(one.name).toBe('receive orders');
    expect(one.attributes['messaging.destination.partition.id']).toBe('4');

    publishReceived([sent('orders', 0, 3n).record, sent('refunds', 0, 4n).record], null);
    const mixed = h.spans().at(-1)!;
    expect(mixed.name).toBe('receive');
    expect(mixed.attributes['messaging.destination.name']).toBeUndefined();
    expect(mixed.attributes['messaging.destination.partition.id']).toBeUndefined();
    expect(mixed.attributes['messaging.consumer.group.name']).toBeUndefined();
    expect(mixed.attributes['messaging.batch.message_count']).toBe(2);
    expect(mixed.parentSpanContext).toBeUndefined();
  });
});
