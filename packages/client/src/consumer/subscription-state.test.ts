import { IllegalStateError } from '@kafka-aio/protocol';
import { describe, expect, it } from 'vitest';
import { topicPartition } from '../topic-partition.js';
import { SubscriptionState } from './subscription-state.js';

const tp0 = topicPartition('t', 0);
const tp1 = topicPartition('t', 1);

describe('SubscriptionState', () => {
  it('keeps subscribe and assign apart', () => {
    const s = new SubscriptionState();
    s.subscribe(['a', 'b']);
    expect(s.subscriptionType).toBe('topics');
    expect(() => s.assignManually([tp0])).toThrow(IllegalStateError);
    s.unsubscribe();
    s.assignManually([tp0]);
    expect(s.subscriptionType).toBe('manual');
    expect(() => s.subscribe(['a'])).toThrow(IllegalStateError);
  });

  it('bumps the subscription version only when the topic set changes', () => {
    const s = new SubscriptionState();
    s.subscribe(['a', 'b']);
    const v = s.subscriptionVersion;
    s.subscribe(['b', 'a']);
    expect(s.subscriptionVersion).toBe(v);
    s.subscribe(['a']);
    expect(s.subscriptionVersion).toBe(v + 1);
  });

  it('matches patterns in full', () => {
    const s = new SubscriptionState();
    s.subscribePattern(/orders-.*/);
    expect(s.matchesPattern('orders-eu')).toBe(true);
    expect(s.matchesPattern('old-orders-eu')).toBe(false);
    s.subscribePattern(/orders/);
    expect(s.matchesPattern('orders-eu')).toBe(false);
  });

  it('keeps the state of partitions that stay assigned and starts new ones initializing', () => {
    const s = new SubscriptionState();
    s.assignManually([tp0]);
    s.seek(tp0, 42n);
    s.pause(tp0);
    s.setAssignment([tp0, tp1]);
    expect(s.partition(tp0)).toMatchObject({ position: 42n, paused: true, fetchState: 'fetching' });
    expect(s.partition(tp1)).toMatchObject({ position: null, paused: false, fetchState: 'initializing' });
    expect(s.paused()).toEqual(new Set([tp0]));
    s.removeAssigned([tp0]);
    expect(s.assignment()).toEqual(new Set([tp1]));
  });

  it('bumps the partition epoch on seek and reset so stale fetches can be told apart', () => {
    const s = new SubscriptionState();
    s.assignManually([tp0]);
    const p = s.assignedState(tp0, 'test');
    const e0 = p.epoch;
    s.seek(tp0, 5n);
    s.requestReset(tp0, 'earliest');
    expect(p.epoch).toBe(e0 + 2);
    expect(p.fetchState).toBe('awaitReset');
    expect(p.isFetchable).toBe(false);
  });

  it('rejects operations on partitions that are not assigned', () => {
    const s = new SubscriptionState();
    expect(() => s.seek(tp0, 1n)).toThrow(/not assigned/);
    expect(() => s.pause(tp0)).toThrow(IllegalStateError);
  });

  it('wakes waiters on change', async () => {
    const s = new SubscriptionState();
    const woke = s.changes.wait();
    s.subscribe(['x']);
    await expect(woke).resolves.toBeUndefined();
  });
});
