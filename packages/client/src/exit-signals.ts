/** What {@link stopOnExitSignals} stops: a started client. */
export interface Stoppable {
  stop(): Promise<void>;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** The longest the process waits for its clients to stop before it ends anyway. */
const GRACE_MS = 5_000;

const clients = new Set<Stoppable>();
const handlers = new Map<NodeJS.Signals, () => void>();

/**
 * Stops `client` when the process gets SIGINT (Ctrl-C) or SIGTERM and the application has no
 * handler of its own for it, then lets the signal end the process as it would have. Without this, a
 * consumer killed by Ctrl-C stays a member of its group until its session times out, and the next
 * start waits for that ghost. With a handler of its own, shutting down is the application's call:
 * nothing happens here. A second signal during the stop ends the process at once. Returns the
 * function that unregisters the client (its own `stop()` calls it).
 */
export function stopOnExitSignals(client: Stoppable): () => void {
  clients.add(client);
  if (handlers.size === 0) {
    for (const signal of SIGNALS) {
      const handler = () => onSignal(signal);
      handlers.set(signal, handler);
      // First in line, so that the application's `process.once` handlers still count when this one
      // runs: Node removes a once listener before calling it, and a program that traps signals with
      // once (KafkaJS's examples do) would otherwise look handler-less here and be ended mid-shutdown.
      process.prependListener(signal, handler);
    }
  }
  return () => {
    clients.delete(client);
    if (clients.size === 0) uninstall();
  };
}

function uninstall(): void {
  for (const [signal, handler] of handlers) process.off(signal, handler);
  handlers.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // the application handles it
  const stopping = [...clients];
  clients.clear();
  uninstall();
  const end = () => process.kill(process.pid, signal);
  const timer = setTimeout(end, GRACE_MS);
  void Promise.allSettled(stopping.map((c) => c.stop())).then(() => {
    clearTimeout(timer);
    end();
  });
}
