import { describe, expect, it } from 'vitest';
import { SessionClock } from './session-clock.js';

describe('SessionClock', () => {
  it('is not expired before anything was confirmed, nor without a timeout', () => {
    expect(new SessionClock(1_000).expired(1e9)).toBe(false);
    const unknown = new SessionClock(undefined);
    unknown.confirm(0);
    expect(unknown.expired(1e9)).toBe(false);
  });

  it('expires a timeout after the send time of the last confirmed request', () => {
    const clock = new SessionClock(1_000);
    clock.confirm(100);
    expect(clock.expired(1_100)).toBe(false);
    expect(clock.expired(1_101)).toBe(true);
    expect(clock.silentForMs(1_101)).toBe(1_001);
  });

  it('keeps the latest send time when answers arrive out of order', () => {
    const clock = new SessionClock(1_000);
    clock.confirm(500);
    clock.confirm(100); // an older request answered later
    expect(clock.expired(1_400)).toBe(false);
  });

  it('disarm stops the check until the next confirmation', () => {
    const clock = new SessionClock(1_000);
    clock.confirm(0);
    clock.disarm();
    expect(clock.expired(5_000)).toBe(false);
    clock.confirm(4_500);
    expect(clock.expired(5_000)).toBe(false);
    expect(clock.expired(5_501)).toBe(true);
  });
});
