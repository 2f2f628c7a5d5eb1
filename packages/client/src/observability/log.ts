import type { Logger } from '../config/common.js';
import { createDebug } from './debug.js';

/** Log levels, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured context of one log record; errors go under `error`. */
export type LogContext = Record<string, unknown>;

/** The client's internal logging facade; see `createLog`. */
export interface Log {
  /** The trace namespace (`DEBUG=...`), e.g. `kafka-aio:cluster`. */
  readonly namespace: string;
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

/**
 * A logger for one part of the client: every record goes to the trace namespace
 * `kafka-aio:<namespace>` (enable with `DEBUG=kafka-aio:*`) and, when the user gave a
 * {@link Logger}, to its method of the same level with a context object
 * (`{ namespace, ...context }`). A logger method that throws is ignored: logging never breaks
 * the client.
 */
export function createLog(namespace: string, logger?: Logger): Log {
  const ns = namespace.startsWith('kafka-aio:') ? namespace : `kafka-aio:${namespace}`;
  const d = createDebug(ns);
  const emit = (level: LogLevel, message: string, context?: LogContext): void => {
    if (d.enabled) {
      if (context === undefined) d('%s: %s', level, message);
      else d('%s: %s %O', level, message, context);
    }
    const fn = logger?.[level];
    if (fn === undefined) return;
    try {
      fn.call(logger, message, { namespace: ns, ...context });
    } catch (err) {
      if (d.enabled) d('the user logger threw: %s', err);
    }
  };
  return {
    namespace: ns,
    debug: (m, c) => emit('debug', m, c),
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c),
  };
}

/** Calls a user callback, keeping an exception it throws away from the client (it is logged instead). */
export function callUser<A>(log: Log, name: string, fn: ((arg: A) => void) | undefined, arg: A): void {
  if (fn === undefined) return;
  try {
    fn(arg);
  } catch (err) {
    log.error(`${name} threw`, { error: err });
  }
}
