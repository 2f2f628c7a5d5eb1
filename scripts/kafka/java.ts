import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKafka3, resolveKafka } from './maven.js';
import { kafkaHome, kafkaLibDir } from './paths.js';

/** Who a logging configuration is for: brokers log INFO to stdout (their log file), tools WARN to stderr. */
export type LogTarget = 'broker' | 'tools';

// Kafka 4.x logs through log4j2, 3.x through reload4j (recipe §1.4). Properties formats need no
// YAML parser. Tools log to stderr so that their stdout (e.g. ConsoleConsumer records) stays clean.
function log4j2Config(target: LogTarget): string {
  const [level, stream] = target === 'broker' ? ['INFO', 'SYSTEM_OUT'] : ['WARN', 'SYSTEM_ERR'];
  return `status = warn
name = kafka-aio-${target}
appender.out.type = Console
appender.out.name = OUT
appender.out.target = ${stream}
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = ${level}
rootLogger.appenderRef.out.ref = OUT
logger.req.name = kafka.request.logger
logger.req.level = WARN
logger.sc.name = state.change.logger
logger.sc.level = WARN
`;
}

function reload4jConfig(target: LogTarget): string {
  const [level, stream] = target === 'broker' ? ['INFO', 'System.out'] : ['WARN', 'System.err'];
  return `log4j.rootLogger=${level}, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.Target=${stream}
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
`;
}

/** JVM system properties selecting the logging configuration for `version` (written on first use). */
export function loggingArgs(version: string, target: LogTarget): string[] {
  const kafka3 = isKafka3(version);
  const file = join(kafkaHome(version), kafka3 ? `log4j-${target}.properties` : `log4j2-${target}.properties`);
  if (!existsSync(file)) writeFileSync(file, kafka3 ? reload4jConfig(target) : log4j2Config(target));
  return kafka3 ? [`-Dlog4j.configuration=file:${file}`] : [`-Dlog4j2.configurationFile=${file}`];
}

/** `-cp` value for `version`; the JVM, not a shell, expands the `*`. */
export function kafkaClasspath(version: string): string {
  return `${kafkaLibDir(version)}/*`;
}

/** Result of a finished Java tool run. */
export interface ToolResult {
  /** Exit code, or `null` when the process was killed (e.g. on timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when `timeoutMs` elapsed and the tool was killed. */
  timedOut: boolean;
}

/** Options for {@link runKafkaTool}. */
export interface ToolOptions {
  /** Kill the tool after this long (SIGKILL; default 60 s). A timed-out run resolves, it does not reject. */
  timeoutMs?: number;
  /** Written to the tool's stdin, which is then closed (e.g. records for ConsoleProducer). */
  input?: string | Buffer;
  /** Extra JVM flags, e.g. `['-Xmx256m']` (default `-Xmx512m`, as in Kafka's bin scripts). */
  jvmArgs?: string[];
}

/**
 * Runs one of Kafka's Java tools (`java -cp lib/* <mainClass> ...args`) with the version's logging
 * configuration, e.g. `org.apache.kafka.tools.ProducerPerformance` or `kafka.admin.ConfigCommand`.
 * Resolves the version from Maven first if needed. Never rejects for a non-zero exit: inspect `code`.
 */
export async function runKafkaTool(
  version: string,
  mainClass: string,
  args: string[],
  options: ToolOptions = {},
): Promise<ToolResult> {
  await resolveKafka(version);
  const jvm = options.jvmArgs ?? ['-Xmx512m'];
  const javaArgs = [...jvm, ...loggingArgs(version, 'tools'), '-cp', kafkaClasspath(version), mainClass, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('java', javaArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
    child.stdin.on('error', () => {}); // the tool may exit before reading all input
    child.stdin.end(options.input ?? '');
  });
}
