import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Kafka version used when none is given (the version the protocol code is generated from). */
export const DEFAULT_KAFKA_VERSION = '4.3.1';

/**
 * Root of the harness cache, outside the git tree so that resolved jars and run state never show
 * up in `git status`: `$KAFKA_AIO_CACHE`, else `~/.cache/kafka-aio`.
 */
export function cacheRoot(): string {
  return process.env.KAFKA_AIO_CACHE || join(homedir(), '.cache', 'kafka-aio');
}

/** Directory holding one resolved Kafka version: `lib/`, logging configs, the generated pom. */
export function kafkaHome(version: string): string {
  return join(cacheRoot(), `kafka-${version}`);
}

/** Directory of the jars of one Kafka version (use as `-cp "<dir>/*"`). */
export function kafkaLibDir(version: string): string {
  return join(kafkaHome(version), 'lib');
}

/** Where `kafka:up` keeps its state file. */
export function runDir(): string {
  return join(cacheRoot(), 'run');
}

/** Parent directory for per-run data dirs (`$TMPDIR` or the OS default). */
export function scratchRoot(): string {
  return process.env.TMPDIR || tmpdir();
}
