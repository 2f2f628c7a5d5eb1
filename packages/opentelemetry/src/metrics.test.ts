import { KafkaTimeoutError } from '@kafka-aio/client';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  consumedRecord,
  counterPoints,
  createHarness,
  type Harness,
  histogramPoints,
  publishDelivered,
  publishFailed,
  publishHandOut,
  publishProcessed,
  publishReceived,
  publishSendStart,
  sendContext,
} from '../test/harness.js';
import { DURATION_BUCKETS_SECONDS } from './metrics.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('metrics', () => {
  it('count sends at their outcome and time them as long as their spans', async () => {
    const ok = sendContext();
    const failed = sendContext();
    const pending = sendContext();
    publishSendStart(ok);
    publishSendStart(failed);
    publishSendStart(pending);
    await new Promise((r) => setTimeout(r, 15));
    publishDelivered(ok, 2, 1n);
    publishFailed(failed, new KafkaTimeoutError('timed out'));

    const metrics = await h.metrics();
    const base = {
      'messaging.system': 'kafka',
      'messaging.operation.name': 'send',
      'messaging.destination.name': 'orders',
    };
    // The pending send is not counted: the conventions count records once an attempt completed.
    expect(counterPoints(metrics.get('messaging.client.sent.messages'))).toEqual([
      [{ ...base, 'messaging.destination.partition.id': '2' }, 1],
      [{ ...base, 'error.type': 'KafkaTimeoutError' }, 1],
    ]);
    const sent = metrics.get('messaging.client.sent.messages')!;
    expect(sent.descriptor.unit).toBe('{message}');

    const duration = metrics.get('messaging.client.operation.duration')!;
    expect(duration.descriptor.unit).toBe('s');
    const points = histogramPoints(duration);
    expect(points.map(([attributes]) => attributes)).toEqual([
      { ...base, 'messaging.destination.partition.id': '2', 'messaging.operation.type': 'send' },
      { ...base, 'error.type': 'KafkaTimeoutError', 'messaging.operation.type': 'send' },
    ]);
    expect(points[0][1].buckets.boundaries).toEqual(DURATION_BUCKETS_SECONDS);
    const [okSpan, failedSpan] = h.spans();
    expect(points[0][1].count).toBe(1);
    expect(points[0][1].sum).toBeGreaterThanOrEqual(0.01);
    expect(points[0][1].sum).toBeCloseTo(hrTimeToMilliseconds(okSpan.duration) / 1000, 6);
    expect(points[1][1].sum).toBeCloseTo(hrTimeToMilliseconds(failedSpan.duration) / 1000, 6);
  });

  it('count records handed to a for await loop at the hand-out, and time their processing', async () => {
    const first = publishHandOut(consumedRecord(sendContext(), 0, 1n));
    await new Promise((r) => setTimeout(r, 15));
    publishProcessed(first);
    const second = publishHandOut(consumedRecord(sendContext(), 0, 2n));

    const metrics = await h.metrics();
    const attributes = {
      'messaging.system': 'kafka',
      'messaging.operation.name': 'process',
      'messaging.destination.name': 'orders',
      'messaging.destination.partition.id': '0',
      'messaging.consumer.group.name': 'billing',
    };
    expect(counterPoints(metrics.get('messaging.client.consumed.messages'))).toEqual([[attributes, 2]]);
    const processing = histogramPoints(metrics.get('messaging.process.duration'));
    expect(processing.map(([a, v]) => [a, v.count])).toEqual([
      [{ ...attributes, 'messaging.operation.type': 'process' }, 1],
    ]);
    expect(processing[0][1].sum).toBeGreaterThanOrEqual(0.01);
    // Processing is not a client operation: it stays out of messaging.client.operation.duration.
    expect(histogramPoints(metrics.get('messaging.client.operation.duration'))).toEqual([]);
    publishProcessed(second);
  });

  it('count the records of each getMany result per topic and partition', async () => {
    publishReceived([
      consumedRecord(sendContext(), 0, 1n, []),
      consumedRecord(sendContext(), 0, 2n, []),
      consumedRecord(sendContext(), 1, 7n, []),
      consumedRecord(sendContext({ topic: 'refunds' }), 0, 3n, []),
    ]);
    publishReceived([consumedRecord(sendContext(), 0, 3n, [])]);
    const metrics = await h.metrics();
    const base = {
      'messaging.system': 'kafka',
      'messaging.operation.name': 'receive',
      'messaging.consumer.group.name': 'billing',
    };
    expect(counterPoints(metrics.get('messaging.client.consumed.messages'))).toEqual([
      [{ ...base, 'messaging.destination.name': 'orders', 'messaging.destination.partition.id': '0' }, 3],
      [{ ...base, 'messaging.destination.name': 'orders', 'messaging.destination.partition.id': '1' }, 1],
      [{ ...base, 'messaging.destination.name': 'refunds', 'messaging.destination.partition.id': '0' }, 1],
    ]);
  });
});
