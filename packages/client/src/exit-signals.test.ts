// stopOnExitSignals decides per signal whether the application handles it. process.emit runs the
// listeners as a real signal would (in registration order, `once` wrappers removed before they run);
// process.kill is replaced so that the "end the process as the signal would" step is observed, not done.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { stopOnExitSignals } from './exit-signals.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let saved: Map<string, ((...args: unknown[]) => void)[]>;
let unregister: (() => void) | undefined;

beforeEach(() => {
  // Start from no listeners at all (the test runner may have its own), restored afterwards.
  saved = new Map(SIGNALS.map((s) => [s, process.rawListeners(s) as ((...args: unknown[]) => void)[]]));
  for (const s of SIGNALS) process.removeAllListeners(s);
});

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.restoreAllMocks();
  for (const s of SIGNALS) {
    process.removeAllListeners(s);
    for (const l of saved.get(s) ?? []) process.on(s, l);
  }
});

/** A client whose stop() is counted; `stopped` resolves when it was called. */
function client() {
  let calls = 0;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => {
    resolveStopped = r;
  });
  return {
    stop: async () => {
      calls++;
      resolveStopped();
    },
    calls: () => calls,
    stopped,
  };
}

/** Resolves with the arguments of the next (mocked) process.kill call. */
function nextKill(kill: MockInstance<typeof process.kill>): Promise<unknown[]> {
  return new Promise((resolve) => {
    kill.mockImplementation((...args) => {
      resolve(args);
      return true;
    });
  });
}

describe('stopOnExitSignals', () => {
  it.each(SIGNALS)(
    '%s with no handler of the application: stops the client, then re-raises the signal',
    async (sig) => {
      const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
      const c = client();
      unregister = stopOnExitSignals(c);
      const killed = nextKill(kill);
      process.emit(sig);
      await c.stopped;
      expect(await killed).toEqual([process.pid, sig]);
      expect(process.listenerCount(sig)).toBe(0); // uninstalled: the re-raised signal takes its default action
    },
  );

  it('an application handler registered with process.on: nothing is stopped', () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const c = client();
    let appCalls = 0;
    process.on('SIGINT', () => appCalls++);
    unregister = stopOnExitSignals(c);
    process.emit('SIGINT');
    expect(appCalls).toBe(1);
    expect(c.calls()).toBe(0);
    expect(kill).not.toHaveBeenCalled();
  });

  it.each(['before', 'after'] as const)(
    'an application handler registered with process.once (%s the client): it is the application’s call, nothing is stopped',
    (when) => {
      // KafkaJS's example programs trap signals with process.once and disconnect in the handler: Node
      // removes a once listener before calling it, so it must count as the application's handler anyway.
      const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
      const c = client();
      let appCalls = 0;
      if (when === 'before') process.once('SIGINT', () => appCalls++);
      unregister = stopOnExitSignals(c);
      if (when === 'after') process.once('SIGINT', () => appCalls++);
      process.emit('SIGINT');
      expect(appCalls).toBe(1);
      expect(c.calls()).toBe(0);
      expect(kill).not.toHaveBeenCalled();
    },
  );

  it('once the application’s once handler was used up, the next signal is handled here', async () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const c = client();
    process.once('SIGTERM', () => undefined);
    unregister = stopOnExitSignals(c);
    process.emit('SIGTERM');
    expect(c.calls()).toBe(0);
    const killed = nextKill(kill);
    process.emit('SIGTERM');
    await c.stopped;
    expect(await killed).toEqual([process.pid, 'SIGTERM']);
  });
});
