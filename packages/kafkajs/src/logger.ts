import type { Logger as AioLogger } from '@kafka-aio/client';
import { type LogLevel, logLevel } from './constants.js';

/** One log entry as KafkaJS hands it to a log creator's function. */
export interface LogEntry {
  namespace: string;
  level: LogLevel;
  label: string;
  log: { timestamp: string; logger: 'kafkajs'; message: string; [key: string]: unknown };
}

/** KafkaJS's `logCreator`: called once with the level, returns the function that writes entries. */
export type LogCreator = (level: LogLevel) => (entry: LogEntry) => void;

/** KafkaJS's logger object (`kafka.logger()`, `producer.logger()`, ...). */
export interface Logger {
  info(message: string, extra?: object): void;
  error(message: string, extra?: object): void;
  warn(message: string, extra?: object): void;
  debug(message: string, extra?: object): void;
  namespace(namespace: string, level?: LogLevel): Logger;
  setLogLevel(level: LogLevel): void;
}

const LABELS: Record<number, string> = { 1: 'ERROR', 2: 'WARN', 4: 'INFO', 5: 'DEBUG' };

/** Writes entries as JSON lines to stdout (errors and warnings to stderr), as KafkaJS's default log creator does. */
export const defaultLogCreator: LogCreator = () => (entry) => {
  const line = JSON.stringify({ level: entry.label, ...entry.log, namespace: entry.namespace || undefined });
  (entry.level <= logLevel.WARN ? process.stderr : process.stdout).write(`${line}\n`);
};

/** The level named by `KAFKAJS_LOG_LEVEL`, which wins over the configured one (as in KafkaJS). */
function envLevel(): LogLevel | undefined {
  const name = process.env.KAFKAJS_LOG_LEVEL?.toUpperCase();
  return name !== undefined && name in logLevel ? logLevel[name as keyof typeof logLevel] : undefined;
}

/** The shared root of a `Kafka` instance's loggers: one level, one writer. */
export class RootLogger {
  level: LogLevel;
  private readonly write: (entry: LogEntry) => void;
  constructor(level: LogLevel = logLevel.INFO, creator: LogCreator = defaultLogCreator) {
    this.level = envLevel() ?? level;
    this.write = creator(this.level);
  }

  logger(namespace = '', level?: LogLevel): Logger {
    const emit = (lvl: LogLevel, message: string, extra?: object) => {
      const threshold = level ?? this.level;
      if (lvl > threshold || threshold === logLevel.NOTHING) return;
      try {
        this.write({
          namespace,
          level: lvl,
          label: LABELS[lvl],
          log: { timestamp: new Date().toISOString(), logger: 'kafkajs', message, ...extra },
        });
      } catch {
        // A log creator that throws must not break the client (DESIGN rule 14).
      }
    };
    return {
      info: (m, e) => emit(logLevel.INFO, m, e),
      error: (m, e) => emit(logLevel.ERROR, m, e),
      warn: (m, e) => emit(logLevel.WARN, m, e),
      debug: (m, e) => emit(logLevel.DEBUG, m, e),
      namespace: (ns, lvl) => this.logger(ns, lvl ?? level),
      setLogLevel: (lvl) => {
        this.level = lvl;
      },
    };
  }

  /** kafka-aio's logger interface, feeding this root (kafka-aio's records become KafkaJS entries). */
  aioLogger(namespace: string): AioLogger {
    const l = this.logger(namespace);
    const extra = (ctx?: Record<string, unknown>) => {
      if (ctx === undefined) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(ctx))
        out[k] = typeof v === 'bigint' ? String(v) : v instanceof Error ? v.message : v;
      return out;
    };
    return {
      debug: (m, c) => l.debug(m, extra(c)),
      info: (m, c) => l.info(m, extra(c)),
      warn: (m, c) => l.warn(m, extra(c)),
      error: (m, c) => l.error(m, extra(c)),
    };
  }
}
