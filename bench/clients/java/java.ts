/**
 * The Java client through Kafka's own perf tools, from the jars the broker harness resolves:
 * ProducerPerformance (producer), ConsumerPerformance (consumer, group only: it always
 * subscribes), ShareConsumerPerformance (share group, Kafka 4.x) and EndToEndLatency (closed loop: one record sent and read back at a time, so it
 * stands in for the open-loop e2e rows and is labelled so). It has no awaited-send mode, so the
 * per-call workload is reported unavailable. ProducerPerformance sends no keys, so keyed produce
 * jobs run a small program of our own ({@link KEYED_PRODUCER_SOURCE}), compiled once per run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isKafka3, kafkaClasspath, loggingArgs } from '../../../scripts/kafka/index.js';
import { type ClientResult, type Job, RESULT_PREFIX } from '../../job.js';

/** A command for the runner to start, and how to read its output. */
export interface JavaCommand {
  args: string[];
  parse: (stdout: string) => ClientResult;
}

function javaArgs(version: string, mainClass: string, args: string[], classpath = kafkaClasspath(version)): string[] {
  return ['-Xmx512m', ...loggingArgs(version, 'tools'), '-cp', classpath, mainClass, ...args];
}

const KEYED_CLASS = 'KeyedProducerBench';

/**
 * The keyed producer: the Java client's own `KafkaProducer<byte[], byte[]>` with the job's
 * properties and its default partitioner (BuiltInPartitioner since KIP-794: keyed records go to
 * `toPositive(murmur2(key)) % partitions`). Arguments: topic, records, keys, payload file, then
 * `key=value` producer properties. Record `i` carries key `k{i % keys}` and payload
 * `i % payloads` (ProducerPerformance picks payloads at random); the window runs from the first
 * send to the end of `flush()` (ProducerPerformance's also covers `close()`). Prints one
 * `BENCH_RESULT` line: `{"ok":true,"records":N,"seconds":S}` or `{"ok":false,"error":"..."}`.
 */
const KEYED_PRODUCER_SOURCE = String.raw`import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Written by bench/clients/java/java.ts: keyed records, which ProducerPerformance cannot send. */
public final class ${KEYED_CLASS} {
  private static final String RESULT_PREFIX = "${RESULT_PREFIX}";

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Exception e) {
      System.out.println(RESULT_PREFIX + "{\"ok\":false,\"error\":" + quote(e.toString()) + "}");
    }
    System.out.flush();
  }

  private static void run(String[] args) throws Exception {
    String topic = args[0];
    long records = Long.parseLong(args[1]);
    int keyCount = Integer.parseInt(args[2]);
    String text = new String(Files.readAllBytes(Paths.get(args[3])), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    byte[][] payloads = new byte[lines.length][];
    for (int i = 0; i < lines.length; i++) payloads[i] = lines[i].getBytes(StandardCharsets.UTF_8);
    byte[][] keys = new byte[keyCount][];
    for (int i = 0; i < keyCount; i++) keys[i] = ("k" + i).getBytes(StandardCharsets.UTF_8);
    Properties props = new Properties();
    for (int i = 4; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      props.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    props.setProperty("key.serializer", ByteArraySerializer.class.getName());
    props.setProperty("value.serializer", ByteArraySerializer.class.getName());
    AtomicLong failed = new AtomicLong();
    AtomicReference<Exception> firstError = new AtomicReference<>();
    Callback onDelivery = (metadata, exception) -> {
      if (exception != null && failed.getAndIncrement() == 0) firstError.set(exception);
    };
    long start = 0;
    long end = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      start = System.nanoTime();
      for (long i = 0; i < records; i++) {
        byte[] key = keys[(int) (i % keyCount)];
        byte[] value = payloads[(int) (i % payloads.length)];
        producer.send(new ProducerRecord<>(topic, key, value), onDelivery);
      }
      producer.flush();
      end = System.nanoTime();
    }
    if (failed.get() > 0) {
      String why = failed.get() + " records failed, the first with " + firstError.get();
      System.out.println(RESULT_PREFIX + "{\"ok\":false,\"error\":" + quote(why) + "}");
      return;
    }
    double seconds = (end - start) / 1e9;
    System.out.println(RESULT_PREFIX + "{\"ok\":true,\"records\":" + records + ",\"seconds\":" + seconds + "}");
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
`;

/**
 * Compiles {@link KEYED_PRODUCER_SOURCE} against `version`'s jars into `workDir` (once per run,
 * before any client starts, so that javac's time is never measured) and returns the classes'
 * directory, or why it cannot be compiled.
 */
function keyedProducerClasses(version: string, workDir: string): string | { error: string } {
  const dir = join(workDir, `java-keyed-${version}`);
  if (existsSync(join(dir, `${KEYED_CLASS}.class`))) return dir;
  mkdirSync(dir, { recursive: true });
  const source = join(dir, `${KEYED_CLASS}.java`);
  writeFileSync(source, KEYED_PRODUCER_SOURCE);
  try {
    execFileSync('javac', ['-nowarn', '-d', dir, '-cp', kafkaClasspath(version), source], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return dir;
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    const why = e.stderr?.toString().trim().split('\n').slice(-3).join(' | ') || e.message;
    return { error: `javac could not compile the keyed producer: ${why}` };
  }
}

/** The keyed produce job: our own program on the Java client (ProducerPerformance sends no keys). */
function keyedProduceCommand(version: string, job: Job, workDir: string): JavaCommand | string {
  const classes = keyedProducerClasses(version, workDir);
  if (typeof classes !== 'string') return classes.error;
  const classpath = `${classes}${delimiter}${kafkaClasspath(version)}`;
  return {
    args: javaArgs(
      version,
      KEYED_CLASS,
      [job.topic, String(job.records), String(job.keys), job.payloadFile, ...producerProps(job)],
      classpath,
    ),
    parse: (out) => {
      const line = out
        .split('\n')
        .reverse()
        .find((l) => l.startsWith(RESULT_PREFIX));
      if (!line) return fail(`no ${KEYED_CLASS} result`, out);
      const r = JSON.parse(line.slice(RESULT_PREFIX.length)) as {
        ok: boolean;
        error?: string;
        records?: number;
        seconds?: number;
      };
      if (!r.ok || r.records === undefined || r.seconds === undefined) return fail(r.error ?? 'failed', out);
      return {
        ok: true,
        records: r.records,
        bytes: r.records * job.recordSize,
        seconds: r.seconds,
        note: `keyed records: KafkaProducer in a program of the harness (${KEYED_CLASS}), as ProducerPerformance sends no keys`,
      };
    },
  };
}

function fail(error: string, stdout: string): ClientResult {
  return {
    ok: false,
    error: `${error}: ${stdout.trim().split('\n').slice(-3).join(' | ')}`,
    records: 0,
    bytes: 0,
    seconds: 0,
  };
}

/** ProducerPerformance's settings, the same as every other client's. */
function producerProps(job: Job): string[] {
  const p = job.producer;
  return [
    `bootstrap.servers=${job.bootstrap}`,
    `acks=${p.acks}`,
    `enable.idempotence=${p.idempotent}`,
    `linger.ms=${p.lingerMs}`,
    `batch.size=${p.batchSize}`,
    `compression.type=${p.compression}`,
    `max.in.flight.requests.per.connection=${p.maxInFlight}`,
    `buffer.memory=${p.bufferMemory}`,
  ];
}

/**
 * ShareConsumerPerformance: one KafkaShareConsumer (implicit acknowledgement, its default) polling
 * with a 100 ms timeout until it has counted `--num-records` records. Its window opens after the
 * consumer is constructed (before it subscribes, so joining the group is inside, as for the other
 * clients) and closes at the last record; the commitSync and close after it are outside. It cannot
 * set `share.auto.offset.reset` (a group config): the runner sets it before the tool starts. It
 * sets `fetch.max.bytes` from `--fetch-size` (1 MiB unless given) and turns CRC checks off.
 */
function shareConsumeCommand(version: string, job: Job, workDir: string): JavaCommand | string {
  if (isKafka3(version)) return `Kafka ${version} has no share groups`;
  const c = job.consumer;
  const config = join(workDir, `share-consumer-${c.groupId}.properties`);
  writeFileSync(
    config,
    [
      'share.acknowledgement.mode=implicit',
      'max.poll.records=500',
      `fetch.min.bytes=${c.fetchMinBytes}`,
      `fetch.max.wait.ms=${c.fetchMaxWaitMs}`,
      `check.crcs=${c.checkCrcs}`,
    ].join('\n'),
  );
  // 4.2 renamed --messages and --consumer.config (both still accepted, with a warning).
  const renamed = !/^4\.[01]\./.test(version);
  return {
    args: javaArgs(version, 'org.apache.kafka.tools.ShareConsumerPerformance', [
      '--bootstrap-server',
      job.bootstrap,
      '--topic',
      job.topic,
      '--group',
      c.groupId,
      renamed ? '--num-records' : '--messages',
      String(job.records),
      '--fetch-size',
      String(c.fetchMaxBytes),
      '--timeout',
      '60000',
      renamed ? '--command-config' : '--consumer.config',
      config,
    ]),
    parse: (out) => {
      // CSV: start.time, end.time, data.consumed.in.MB, MB.sec, nMsg.sec, data.consumed.in.nMsg,
      // fetch.time.ms (note: nMsg.sec before nMsg, the reverse of ConsumerPerformance).
      const f = summaryFields(out);
      if (!f) return fail('no ShareConsumerPerformance summary', out);
      const records = Number(f[5]);
      const ms = Number(f[6]);
      if (!(records >= job.records)) return fail(`only ${records} of ${job.records} records before its timeout`, out);
      return {
        ok: true,
        records,
        bytes: Number(f[2]) * 1024 * 1024,
        seconds: ms / 1000,
        note: 'ShareConsumerPerformance: its window ends at the last record, in whole ms',
      };
    },
  };
}

/** The command for `job`, or the reason the Java tools cannot run it. */
export function javaCommand(version: string, job: Job, workDir: string): JavaCommand | string {
  switch (job.workload) {
    case 'produce':
      if (job.keys) return keyedProduceCommand(version, job, workDir);
      return {
        args: javaArgs(version, 'org.apache.kafka.tools.ProducerPerformance', [
          '--topic',
          job.topic,
          '--num-records',
          String(job.records),
          '--payload-file',
          job.payloadFile,
          '--throughput',
          '-1',
          '--producer-props',
          ...producerProps(job),
        ]),
        parse: (out) => {
          // "N records sent, X records/sec (Y MB/sec), ..." — the last such line is the total.
          const m = [...out.matchAll(/(\d+) records sent, ([\d.]+) records\/sec/g)].pop();
          if (!m) return fail('no ProducerPerformance summary', out);
          const records = Number(m[1]);
          return { ok: true, records, bytes: records * job.recordSize, seconds: records / Number(m[2]) };
        },
      };
    case 'consume': {
      if (job.consumer.mode === 'assign') return 'ConsumerPerformance always subscribes (no manual assignment)';
      const c = job.consumer;
      const config = join(workDir, `consumer-${c.groupId}.properties`);
      writeFileSync(
        config,
        [
          'auto.offset.reset=earliest',
          'enable.auto.commit=false',
          `fetch.max.bytes=${c.fetchMaxBytes}`,
          `max.partition.fetch.bytes=${c.maxPartitionFetchBytes}`,
          `fetch.min.bytes=${c.fetchMinBytes}`,
          `fetch.max.wait.ms=${c.fetchMaxWaitMs}`,
          `check.crcs=${c.checkCrcs}`,
        ].join('\n'),
      );
      return {
        args: javaArgs(version, 'org.apache.kafka.tools.ConsumerPerformance', [
          '--bootstrap-server',
          job.bootstrap,
          '--topic',
          job.topic,
          '--messages',
          String(job.records),
          '--group',
          c.groupId,
          '--timeout',
          '60000',
          '--consumer.config',
          config,
        ]),
        parse: (out) => {
          // CSV: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
          const f = summaryFields(out);
          if (!f) return fail('no ConsumerPerformance summary', out);
          const records = Number(f[4]);
          const rate = Number(f[5]);
          return { ok: true, records, bytes: Number(f[2]) * 1024 * 1024, seconds: records / rate };
        },
      };
    }
    case 'share-consume':
      return shareConsumeCommand(version, job, workDir);
    case 'e2e': {
      const total = job.records + (job.warmupRecords ?? 0);
      return {
        args: javaArgs(version, 'org.apache.kafka.tools.EndToEndLatency', [
          job.bootstrap,
          job.topic,
          String(total),
          job.producer.acks === 'all' ? 'all' : '1',
          String(job.recordSize),
        ]),
        parse: (out) => {
          const avg = /Avg latency: ([\d.]+) ms/.exec(out);
          const pct = /50th = ([\d.]+), 99th = ([\d.]+), 99\.9th = ([\d.]+)/.exec(out);
          if (!avg || !pct) return fail('no EndToEndLatency summary', out);
          // Closed loop: the rate is whatever one round trip at a time allows.
          const seconds = (Number(avg[1]) * total) / 1000;
          return {
            ok: true,
            records: total,
            bytes: total * job.recordSize,
            seconds,
            latencyMs: { p50: Number(pct[1]), p99: Number(pct[2]), p999: Number(pct[3]), max: Number.NaN },
            achievedRate: total / seconds,
            note: 'EndToEndLatency: closed loop (send, wait, poll), not the fixed rate; percentiles in whole ms, no max; its CPU per 1M is mostly JVM start-up over few records',
          };
        },
      };
    }
    case 'call':
      return 'ProducerPerformance has no awaited-send mode';
  }
}

/** The fields of the last CSV summary line (it starts with a date) a Java perf tool printed. */
function summaryFields(out: string): string[] | undefined {
  const line = out
    .trim()
    .split('\n')
    .reverse()
    .find((l) => /^\d{4}-\d\d-\d\d/.test(l));
  return line?.split(',').map((s) => s.trim());
}
