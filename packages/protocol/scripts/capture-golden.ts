/**
 * Captures golden bytes from a real Apache Kafka broker, once, for `src/golden.test.ts`: exact
 * response frames of a handful of requests sent over a raw socket, and the `records` bytes of
 * batches written by Kafka's own Java producer (ConsoleProducer) with every compression codec.
 *
 * Not run in CI. Usage:
 *
 *   tsx packages/protocol/scripts/capture-golden.ts [--version 4.3.1] [--version 3.9.2] [--out dir]
 *
 * Without `--version` it captures from 4.3.1 and 3.9.2. Each version gets a broker started
 * through `scripts/kafka` (auto topic creation off), stopped at the end, also on failure. With
 * `KAFKA_AIO_BOOTSTRAP=host:port` it uses that broker instead (one version: `--version`, else
 * `KAFKA_AIO_KAFKA_VERSION`, else 4.3.1; the Java producer is still run from that version's jars).
 * The topics it creates must not exist yet on such a broker.
 *
 * Output, per broker version, under `test-fixtures/golden/kafka-<version>/` (replaced as a whole):
 * - `<name>.bin`: one response frame exactly as received, size prefix included; `<name>.json`
 *   names the API, the version, the request body and its encoded bytes, and the expectations.
 * - `records-<codec>.bin`: a Fetch partition's `records` bytes holding what ConsoleProducer wrote
 *   with that codec; `records-<codec>.json` lists the expected records.
 *
 * The requests use a fixed correlation id and client id, so frames differ between captures only
 * in what the broker makes up: cluster and topic ids, ports, timestamps, producer ids.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type KafkaRunState, runKafkaTool, startSingleNode, stopRun } from '../../../scripts/kafka/index.js';
import type { ApiCodec } from '../src/api-codec.js';
import { ErrorCode } from '../src/errors/index.js';
import { FrameDecoder } from '../src/framing.js';
import { ApiVersionsApi, type ApiVersionsResponse } from '../src/messages/api-versions.js';
import { CreateTopicsApi, type CreateTopicsRequest } from '../src/messages/create-topics.js';
import { FetchApi, type FetchRequest } from '../src/messages/fetch.js';
import { FindCoordinatorApi, type FindCoordinatorRequest } from '../src/messages/find-coordinator.js';
import { ListOffsetsApi, type ListOffsetsRequest } from '../src/messages/list-offsets.js';
import { MetadataApi, type MetadataRequest } from '../src/messages/metadata.js';
import { ProduceApi, type ProduceRequest } from '../src/messages/produce.js';
import { encodeRequestHeader } from '../src/messages/request-header.js';
import { Reader } from '../src/primitives/reader.js';
import { Writer } from '../src/primitives/writer.js';
import { CompressionType, encodeRecordBatch } from '../src/records/index.js';

/** Same for every request, so that the frames are stable. */
export const GOLDEN_CORRELATION_ID = 0x2a;
export const GOLDEN_CLIENT_ID = 'kafka-aio-golden';

/** Topic names used by the capture (they must not exist on an external broker). */
export const GOLDEN_TOPIC = 'golden';
export const GOLDEN_MISSING_TOPIC = 'golden-missing';
export const GOLDEN_GROUP = 'golden-group';
const recordsTopic = (codec: string) => `golden-records-${codec}`;

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
type CodecName = (typeof CODECS)[number];

const DEFAULT_OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'golden');

/** JSON with bigint and Buffer: `{"$bigint": "12"}`, `{"$hex": "00ff"}` (read back by the test). */
function toJson(value: unknown): string {
  return `${JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      if (typeof raw === 'bigint') return { $bigint: raw.toString() };
      if (Buffer.isBuffer(raw)) return { $hex: raw.toString('hex') };
      return v;
    },
    2,
  )}\n`;
}

/** One request/response connection speaking size-prefixed frames, one request at a time. */
class RawConnection {
  private readonly frames = new FrameDecoder();
  private waiting: { resolve: (frame: Buffer) => void; reject: (err: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const body of this.frames.push(chunk)) {
        const w = this.waiting;
        this.waiting = undefined;
        if (!w) {
          this.fail(new Error('unexpected response frame'));
          return;
        }
        const frame = Buffer.alloc(4 + body.length);
        frame.writeInt32BE(body.length, 0);
        body.copy(frame, 4);
        w.resolve(frame);
      }
    });
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  static open(bootstrap: string): Promise<RawConnection> {
    const i = bootstrap.lastIndexOf(':');
    const host = bootstrap.slice(0, i);
    const port = Number(bootstrap.slice(i + 1));
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port }, () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    const w = this.waiting;
    this.waiting = undefined;
    w?.reject(err);
  }

  /** Sends one frame (size prefix included) and resolves with the response frame (prefix included). */
  roundTrip(frame: Buffer, timeoutMs = 30_000): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`no response within ${timeoutMs} ms`)), timeoutMs);
      this.waiting = {
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.socket.write(frame);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Builds a request frame: size, request header (fixed correlation and client ids), body. */
function requestFrame<Req>(
  codec: ApiCodec<Req, unknown>,
  body: Req,
  v: number,
  headerVersion = v,
  apiVersion = v,
): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  encodeRequestHeader(
    w,
    {
      requestApiKey: codec.apiKey,
      requestApiVersion: apiVersion,
      correlationId: GOLDEN_CORRELATION_ID,
      clientId: GOLDEN_CLIENT_ID,
    },
    codec.requestHeaderVersion(headerVersion),
  );
  codec.encodeRequest(w, body, v);
  const frame = w.finish();
  w.patchInt32(at, frame.length - 4);
  return frame;
}

/** Decodes a response frame (prefix included) at `v`, checking the header's correlation id. */
function decodeFrame<Res>(codec: ApiCodec<unknown, Res>, frame: Buffer, v: number): Res {
  const r = new Reader(frame, 4);
  const correlationId = r.int32();
  if (correlationId !== GOLDEN_CORRELATION_ID) throw new Error(`correlation id ${correlationId}`);
  if (codec.responseHeaderVersion(v) >= 1) r.taggedFields();
  const body = codec.decodeResponse(r, v);
  if (r.remaining() !== 0) throw new Error(`${codec.name} v${v}: ${r.remaining()} bytes left after the body`);
  return body;
}

interface CaptureContext {
  conn: RawConnection;
  brokerVersion: string;
  outDir: string;
  /** Broker's max version per API key, from ApiVersions. */
  brokerMax: Map<number, number>;
  written: string[];
}

/** The version to capture an API at: the highest both the codec and the broker speak. */
function maxVersion(ctx: CaptureContext, codec: ApiCodec): number {
  const broker = ctx.brokerMax.get(codec.apiKey);
  if (broker === undefined) throw new Error(`the broker does not serve ${codec.name}`);
  return Math.min(broker, codec.maxVersion);
}

interface CaptureOptions {
  /** Version the request is sent with, when it differs from the response version (ApiVersions fallback). */
  requestVersion?: number;
  /** Stable facts the test checks by value. */
  expect?: Record<string, unknown>;
}

/** Sends one request and saves its response frame as `<name>.bin` plus a `<name>.json` sidecar. */
async function capture<Req, Res>(
  ctx: CaptureContext,
  name: string,
  codec: ApiCodec<Req, Res>,
  body: Req,
  v: number,
  options: CaptureOptions = {},
): Promise<Res> {
  const requestVersion = options.requestVersion ?? v;
  const encodeVersion = Math.min(requestVersion, codec.maxVersion);
  const frame = requestFrame(codec, body, encodeVersion, requestVersion, requestVersion);
  const response = await ctx.conn.roundTrip(frame);
  const decoded = decodeFrame(codec, response, v);
  writeFileSync(join(ctx.outDir, `${name}.bin`), response);
  writeFileSync(
    join(ctx.outDir, `${name}.json`),
    toJson({
      name,
      api: codec.name,
      apiKey: codec.apiKey,
      version: v,
      requestVersion,
      responseHeaderVersion: codec.responseHeaderVersion(v),
      brokerVersion: ctx.brokerVersion,
      correlationId: GOLDEN_CORRELATION_ID,
      clientId: GOLDEN_CLIENT_ID,
      file: `${name}.bin`,
      request: body,
      requestFrame: frame,
      expect: options.expect ?? {},
    }),
  );
  ctx.written.push(name);
  return decoded;
}

/** Sends a request whose response is not kept (setup, polling). */
async function send<Req, Res>(ctx: CaptureContext, codec: ApiCodec<Req, Res>, body: Req, v: number): Promise<Res> {
  return decodeFrame(codec, await ctx.conn.roundTrip(requestFrame(codec, body, v)), v);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls Metadata until every topic has a leader for each partition; returns their topic ids. */
async function waitForLeaders(ctx: CaptureContext, topics: string[]): Promise<Map<string, string>> {
  const v = maxVersion(ctx, MetadataApi);
  for (let attempt = 0; attempt < 100; attempt++) {
    const md = await send(
      ctx,
      MetadataApi,
      { topics: topics.map((name) => ({ name })), allowAutoTopicCreation: false },
      v,
    );
    const ready = md.topics.every(
      (t) => t.errorCode === 0 && t.partitions.length > 0 && t.partitions.every((p) => p.leaderId >= 0),
    );
    if (ready && md.topics.length === topics.length) {
      return new Map(md.topics.map((t) => [t.name ?? '', t.topicId ?? '']));
    }
    await sleep(200);
  }
  throw new Error(`topics ${topics.join(', ')} got no leader`);
}

/** What ConsoleProducer reads (headers, key, value separated by tabs) and the records it must write. */
export interface JavaRecord {
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
}

const NULL_MARKER = '<null>';

/** The records every codec topic gets; the long value makes the compressed batch differ from the raw one. */
export const JAVA_RECORDS: JavaRecord[] = [
  {
    key: 'key-1',
    value: 'value-1',
    headers: [
      { key: 'h1', value: 'v1' },
      { key: 'h2', value: 'v2' },
    ],
  },
  {
    key: 'key-2',
    value: `${'the quick brown fox jumps over the lazy dog; '.repeat(8)}end`,
    headers: [{ key: 'trace', value: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }],
  },
  { key: 'key-3', value: null, headers: [{ key: 'tombstone', value: null }] },
  { key: null, value: 'value without a key', headers: [{ key: 'h', value: 'x' }] },
  {
    key: 'clé-5',
    value: 'valeur ünïcødé ✓ 日本語',
    headers: [
      { key: 'dup', value: 'first' },
      { key: 'dup', value: 'second' },
    ],
  },
];

function consoleLine(r: JavaRecord): string {
  const headers = r.headers.map((h) => `${h.key}:${h.value ?? NULL_MARKER}`).join(',');
  return `${headers}\t${r.key ?? NULL_MARKER}\t${r.value ?? NULL_MARKER}`;
}

/** Runs Kafka's ConsoleProducer (4.x: the Java tool; 3.x: the Scala one) with `codec`. */
async function javaProduce(version: string, bootstrap: string, topic: string, codec: CodecName): Promise<void> {
  const kafka3 = version.startsWith('3.');
  const mainClass = kafka3 ? 'kafka.tools.ConsoleProducer' : 'org.apache.kafka.tools.ConsoleProducer';
  const producerFlag = kafka3 ? '--producer-property' : '--command-property';
  const readerFlag = kafka3 ? '--property' : '--reader-property';
  const args = [
    '--bootstrap-server',
    bootstrap,
    '--topic',
    topic,
    '--compression-codec',
    codec,
    producerFlag,
    `compression.type=${codec}`,
    producerFlag,
    'linger.ms=2000',
    readerFlag,
    'parse.key=true',
    readerFlag,
    'parse.headers=true',
    readerFlag,
    `null.marker=${NULL_MARKER}`,
  ];
  const input = `${JAVA_RECORDS.map(consoleLine).join('\n')}\n`;
  const res = await runKafkaTool(version, mainClass, args, { input, timeoutMs: 90_000 });
  if (res.code !== 0) {
    throw new Error(
      `ConsoleProducer ${codec} exited with ${res.code}${res.timedOut ? ' (timeout)' : ''}:\n${res.stderr}`,
    );
  }
}

/** Fetch request body for one partition at `v` (topic by id from v13). */
function fetchBody(v: number, topic: string, topicId: string): FetchRequest {
  return {
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        ...(v >= 13 ? { topicId } : { topic }),
        partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }],
      },
    ],
  };
}

async function captureAll(ctx: CaptureContext, bootstrap: string): Promise<void> {
  // ApiVersions: v0, the highest, and a version the broker does not know (answered at v0).
  const av0 = await capture(ctx, 'api-versions-v0', ApiVersionsApi, {}, 0, { expect: { errorCode: 0 } });
  for (const k of av0.apiKeys) ctx.brokerMax.set(k.apiKey, k.maxVersion);
  const avMax = maxVersion(ctx, ApiVersionsApi);
  const softwareBody = { clientSoftwareName: 'kafka-aio-golden', clientSoftwareVersion: '0.1.0' };
  const avResponse: ApiVersionsResponse = await capture(
    ctx,
    `api-versions-v${avMax}`,
    ApiVersionsApi,
    softwareBody,
    avMax,
    { expect: { errorCode: 0 } },
  );
  for (const k of avResponse.apiKeys) ctx.brokerMax.set(k.apiKey, k.maxVersion);
  await capture(ctx, 'api-versions-unsupported', ApiVersionsApi, softwareBody, 0, {
    requestVersion: 127,
    expect: { errorCode: ErrorCode.UNSUPPORTED_VERSION },
  });

  // CreateTopics: the topic used below; the codec topics (not kept); then the same topic again.
  const ctV = maxVersion(ctx, CreateTopicsApi);
  const createGolden: CreateTopicsRequest = {
    topics: [{ name: GOLDEN_TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 30_000,
    validateOnly: false,
  };
  await capture(ctx, `create-topics-v${ctV}`, CreateTopicsApi, createGolden, ctV, {
    expect: { errorCode: 0, topic: GOLDEN_TOPIC },
  });
  const codecTopics = CODECS.map(recordsTopic);
  const created = await send(
    ctx,
    CreateTopicsApi,
    {
      topics: codecTopics.map((name) => ({
        name,
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      })),
      timeoutMs: 30_000,
    },
    ctV,
  );
  for (const t of created.topics) if (t.errorCode !== 0) throw new Error(`creating ${t.name}: error ${t.errorCode}`);
  const topicIds = await waitForLeaders(ctx, [GOLDEN_TOPIC, ...codecTopics]);
  const goldenId = topicIds.get(GOLDEN_TOPIC) ?? '';

  // Metadata at the highest version and at v1, and for a topic that does not exist.
  const mdV = maxVersion(ctx, MetadataApi);
  const mdBody: MetadataRequest = { topics: [{ name: GOLDEN_TOPIC }], allowAutoTopicCreation: false };
  await capture(ctx, `metadata-v${mdV}`, MetadataApi, mdBody, mdV, {
    expect: { topic: GOLDEN_TOPIC, errorCode: 0, partitions: 1 },
  });
  await capture(ctx, 'metadata-v1', MetadataApi, { topics: [{ name: GOLDEN_TOPIC }] }, 1, {
    expect: { topic: GOLDEN_TOPIC, errorCode: 0, partitions: 1 },
  });
  await capture(
    ctx,
    'metadata-unknown-topic',
    MetadataApi,
    { topics: [{ name: GOLDEN_MISSING_TOPIC }], allowAutoTopicCreation: false },
    mdV,
    { expect: { topic: GOLDEN_MISSING_TOPIC, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, partitions: 0 } },
  );
  await capture(ctx, 'create-topics-exists', CreateTopicsApi, createGolden, ctV, {
    expect: { errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, topic: GOLDEN_TOPIC },
  });

  // Produce (acks -1) a batch with fixed timestamps, then Fetch it back.
  const pV = maxVersion(ctx, ProduceApi);
  const batch = await encodeRecordBatch({
    baseTimestamp: 1_700_000_000_000,
    records: [
      { key: Buffer.from('k0'), value: Buffer.from('v0'), timestamp: 1_700_000_000_000 },
      {
        key: Buffer.from('k1'),
        value: Buffer.from('v1'),
        timestamp: 1_700_000_000_001,
        headers: [{ key: 'h', value: Buffer.from('hv') }],
      },
      { key: null, value: Buffer.from('v2'), timestamp: 1_700_000_000_002 },
    ],
  });
  const produceBody: ProduceRequest = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [
      { ...(pV >= 13 ? { topicId: goldenId } : { name: GOLDEN_TOPIC }), partitionData: [{ index: 0, records: batch }] },
    ],
  };
  await capture(ctx, `produce-v${pV}`, ProduceApi, produceBody, pV, {
    expect: { errorCode: 0, baseOffset: '0', topic: GOLDEN_TOPIC },
  });

  const fV = maxVersion(ctx, FetchApi);
  await capture(ctx, `fetch-v${fV}`, FetchApi, fetchBody(fV, GOLDEN_TOPIC, goldenId), fV, {
    expect: {
      errorCode: 0,
      highWatermark: '3',
      topic: GOLDEN_TOPIC,
      keys: ['k0', 'k1', null],
      values: ['v0', 'v1', 'v2'],
    },
  });

  const loV = maxVersion(ctx, ListOffsetsApi);
  const listOffsets: ListOffsetsRequest = {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: GOLDEN_TOPIC, partitions: [{ partitionIndex: 0, timestamp: -1n }] }],
    timeoutMs: 30_000,
  };
  await capture(ctx, `list-offsets-v${loV}`, ListOffsetsApi, listOffsets, loV, {
    expect: { errorCode: 0, offset: '3', topic: GOLDEN_TOPIC },
  });

  // FindCoordinator: the first calls may find __consumer_offsets still being created.
  const fcV = maxVersion(ctx, FindCoordinatorApi);
  const fcBody: FindCoordinatorRequest =
    fcV >= 4 ? { keyType: 0, coordinatorKeys: [GOLDEN_GROUP] } : { key: GOLDEN_GROUP, keyType: 0 };
  for (let attempt = 0; ; attempt++) {
    const res = await send(ctx, FindCoordinatorApi, fcBody, fcV);
    const code = fcV >= 4 ? (res.coordinators?.[0]?.errorCode ?? -1) : (res.errorCode ?? -1);
    if (code === 0) break;
    if (attempt > 100) throw new Error(`FindCoordinator keeps failing with ${code}`);
    await sleep(300);
  }
  await capture(ctx, `find-coordinator-v${fcV}`, FindCoordinatorApi, fcBody, fcV, {
    expect: { errorCode: 0, key: GOLDEN_GROUP, nodeId: 1 },
  });

  // Record batches written by Kafka's Java producer, one topic per codec.
  for (const codec of CODECS) {
    const topic = recordsTopic(codec);
    await javaProduce(ctx.brokerVersion, bootstrap, topic, codec);
    const topicId = topicIds.get(topic) ?? '';
    const fetched = await send(ctx, FetchApi, fetchBody(fV, topic, topicId), fV);
    const part = fetched.responses[0]?.partitions[0];
    if (part?.errorCode !== 0 || !part.records?.length) {
      throw new Error(`fetching ${topic}: error ${part?.errorCode}, ${part?.records?.length ?? 0} record bytes`);
    }
    const name = `records-${codec}`;
    writeFileSync(join(ctx.outDir, `${name}.bin`), part.records);
    writeFileSync(
      join(ctx.outDir, `${name}.json`),
      toJson({
        name,
        codec,
        compression: CompressionType[codec.toUpperCase() as Uppercase<CodecName>],
        topic,
        brokerVersion: ctx.brokerVersion,
        producer: ctx.brokerVersion.startsWith('3.')
          ? 'kafka.tools.ConsoleProducer'
          : 'org.apache.kafka.tools.ConsoleProducer',
        fetchVersion: fV,
        file: `${name}.bin`,
        producerInput: JAVA_RECORDS.map(consoleLine),
        nullMarker: NULL_MARKER,
        records: JAVA_RECORDS,
      }),
    );
    ctx.written.push(name);
  }
}

async function captureVersion(version: string, outRoot: string): Promise<void> {
  const external = process.env.KAFKA_AIO_BOOTSTRAP;
  let state: KafkaRunState | undefined;
  let conn: RawConnection | undefined;
  const outDir = join(outRoot, `kafka-${version}`);
  try {
    let bootstrap: string;
    if (external) {
      bootstrap = external.split(',')[0];
    } else {
      console.log(`starting Kafka ${version}...`);
      state = await startSingleNode({
        version,
        ownerPid: process.pid,
        overrides: { 'auto.create.topics.enable': 'false' },
      });
      bootstrap = state.listeners.plaintext;
    }
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    conn = await RawConnection.open(bootstrap);
    const ctx: CaptureContext = { conn, brokerVersion: version, outDir, brokerMax: new Map(), written: [] };
    await captureAll(ctx, bootstrap);
    console.log(`Kafka ${version}: ${ctx.written.length} fixtures in ${outDir}`);
  } finally {
    conn?.close();
    if (state) await stopRun(state);
  }
}

async function main(argv: string[]): Promise<void> {
  const versions: string[] = [];
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--version') versions.push(argv[++i]);
    else if (argv[i] === '--out') out = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (versions.length === 0) {
    if (process.env.KAFKA_AIO_BOOTSTRAP) versions.push(process.env.KAFKA_AIO_KAFKA_VERSION ?? '4.3.1');
    else versions.push('4.3.1', '3.9.2');
  }
  if (process.env.KAFKA_AIO_BOOTSTRAP && versions.length > 1) {
    throw new Error('with KAFKA_AIO_BOOTSTRAP, give one --version (the broker’s)');
  }
  for (const v of versions) await captureVersion(v, out);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
