/**
 * The Java client through Kafka's own perf tools, from the jars the broker harness resolves:
 * ProducerPerformance (producer), ConsumerPerformance (consumer, group only: it always
 * subscribes) and EndToEndLatency (closed loop: one record sent and read back at a time, so it
 * stands in for the open-loop e2e rows and is labelled so). It has no awaited-send mode, so the
 * per-call workload is reported unavailable.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaClasspath, loggingArgs } from '../../../scripts/kafka/index.js';
import type { ClientResult, Job } from '../../job.js';

/** A command for the runner to start, and how to read its output. */
export interface JavaCommand {
  args: string[];
  parse: (stdout: string) => ClientResult;
}

function javaArgs(version: string, mainClass: string, args: string[]): string[] {
  return ['-Xmx512m', ...loggingArgs(version, 'tools'), '-cp', kafkaClasspath(version), mainClass, ...args];
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

/** The command for `job`, or the reason the Java tools cannot run it. */
export function javaCommand(version: string, job: Job, workDir: string): JavaCommand | string {
  switch (job.workload) {
    case 'produce':
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
          const line = out
            .trim()
            .split('\n')
            .reverse()
            .find((l) => /^\d{4}-\d\d-\d\d/.test(l));
          if (!line) return fail('no ConsumerPerformance summary', out);
          const f = line.split(',').map((s) => s.trim());
          const records = Number(f[4]);
          const rate = Number(f[5]);
          return { ok: true, records, bytes: Number(f[2]) * 1024 * 1024, seconds: records / rate };
        },
      };
    }
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
