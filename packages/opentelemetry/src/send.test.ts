import { KafkaTimeoutError } from '@kafka-aio/client';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  type Harness,
  publishDelivered,
  publishFailed,
  publishSendStart,
  sendChannel,
  sendContext,
  traceparentOf,
} from '../test/harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('send spans', () => {
  it('open at send(), inside the caller’s span, inject their context into the headers, and end at delivery', () => {
    const parent = h.startTestSpan('checkout');
    const send = sendContext({ headers: [['app', 'x']] });
    context.with(trace.setSpan(context.active(), parent), () => publishSendStart(send));

    expect(h.spans()).toEqual([]); // not ended before the broker answered
    expect(send.headers).toHaveLength(2);
    expect(send.headers[0]).toEqual(['app', 'x']);
    expect(send.headers[1][0]).toBe('traceparent');

    publishDelivered(send, 2, 42n);
    parent.end();
    const [span] = h.spans().filter((s) => s.name !== 'checkout');
    expect(span.name).toBe('send orders');
    expect(span.kind).toBe(SpanKind.PRODUCER);
    expect(span.attributes).toEqual({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.operation.name': 'send',
      'messaging.destination.name': 'orders',
      'messaging.client.id': 'producer-1',
      'messaging.kafka.message.key': 'order-7',
      'messaging.destination.partition.id': '2',
      'messaging.kafka.offset': 42,
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.links).toEqual([]);
    expect(span.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(send.headers[1][1]).toBe(traceparentOf(span));
    expect(span.instrumentationScope).toMatchObject({ name: '@kafka-aio/opentelemetry', version: '0.1.0' });
  });

  it('start a new trace when send() is called outside any span', () => {
    const send = sendContext();
    publishSendStart(send);
    publishDelivered(send, 0, 0n);
    const [span] = h.spans();
    expect(span.parentSpanContext).toBeUndefined();
    expect(send.headers).toEqual([['traceparent', traceparentOf(span)]]);
  });

  it('record a failed delivery: error status, exception event, error.type, and end at the error', () => {
    const send = sendContext();
    publishSendStart(send);
    send.error = new KafkaTimeoutError('no acknowledgement within 30000 ms');
    sendChannel.error.publish(send);
    expect(h.spans()).toHaveLength(1); // ended at the error, before asyncEnd
    sendChannel.asyncStart.publish(send);
    sendChannel.asyncEnd.publish(send);
    const [span] = h.spans();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'no acknowledgement within 30000 ms' });
    expect(span.attributes['error.type']).toBe('KafkaTimeoutError');
    expect(span.attributes['messaging.destination.partition.id']).toBeUndefined();
    expect(span.attributes['messaging.kafka.offset']).toBeUndefined();
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
    expect(span.events[0].attributes?.['exception.message']).toBe('no acknowledgement within 30000 ms');
    expect(h.spans()).toHaveLength(1); // asyncEnd after the error did not end anything twice
  });

  it('use _OTHER as error.type for a thrown non-Error', () => {
    const send = sendContext();
    publishSendStart(send);
    publishFailed(send, 'boom');
    const [span] = h.spans();
    expect(span.attributes['error.type']).toBe('_OTHER');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'boom' });
    expect(span.events).toEqual([]);
  });

  it('keep a trace context the application put in the headers, and link to it', () => {
    const given = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const send = sendContext({ headers: [['traceparent', Buffer.from(given)]] });
    publishSendStart(send);
    publishDelivered(send, 0, 5n);
    const [span] = h.spans();
    expect(send.headers).toEqual([['traceparent', Buffer.from(given)]]);
    expect(span.links.map((l) => [l.context.traceId, l.context.spanId])).toEqual([
      ['0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331'],
    ]);
  });

  it('read a trace context given as a slice of a larger byte array', () => {
    const given = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const bytes = new Uint8Array(Buffer.from(`xx${given}yy`)).subarray(2, 2 + given.length);
    const send = sendContext({ headers: [['traceparent', bytes]] });
    publishSendStart(send);
    publishDelivered(send, 0, 5n);
    expect(send.headers).toHaveLength(1);
    expect(h.spans()[0].links.map((l) => l.context.spanId)).toEqual(['b7ad6b7169203331']);
  });

  it('skip malformed header entries the producer will reject, and still trace the send', () => {
    const send = sendContext({ headers: [42, ['app', 7], ['traceparent', null]] as never });
    publishSendStart(send);
    publishFailed(send, new TypeError('bad headers'));
    const [span] = h.spans();
    expect(span.attributes['error.type']).toBe('TypeError');
    expect(send.headers.slice(0, 2)).toEqual([42, ['app', 7]]);
    expect(send.headers[2]).toEqual(['traceparent', traceparentOf(span)]);
  });

  it('replace an invalid traceparent header instead of adding a second one', () => {
    const send = sendContext({ headers: [['traceparent', 'garbage']] });
    publishSendStart(send);
    publishDelivered(send, 0, 5n);
    const [span] = h.spans();
    expect(send.headers).toEqual([['traceparent', traceparentOf(span)]]);
    expect(span.links).toEqual([]);
  });

  it('name no key that is not a string, mark tombstones, and leave out an unknown offset (acks: 0)', () => {
    const send = sendContext({ key: Buffer.from('k'), value: null });
    publishSendStart(send);
    publishDelivered(send, 1, -1n);
    const [span] = h.spans();
    expect(span.attributes['messaging.kafka.message.key']).toBeUndefined();
    expect(span.attributes['messaging.kafka.message.tombstone']).toBe(true);
    expect(span.attributes['messaging.destination.partition.id']).toBe('1');
    expect(span.attributes['messaging.kafka.offset']).toBeUndefined();
  });

  it('trace concurrent sends separately, each ending at its own outcome', () => {
    const a = sendContext({ topic: 'a' });
    const b = sendContext({ topic: 'b' });
    publishSendStart(a);
    publishSendStart(b);
    publishDelivered(b, 0, 1n);
    expect(h.spans().map((s) => s.name)).toEqual(['send b']);
    publishDelivered(a, 0, 2n);
    expect(h.spans().map((s) => s.name)).toEqual(['send b', 'send a']);
    expect(a.headers[0][1]).not.toBe(b.headers[0][1]);
  });
});
