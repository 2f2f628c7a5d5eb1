import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// A deliberately tiny, self-contained Kafka wire client: readiness must not depend on the client
// packages under test. Both requests use old, non-flexible versions that 3.9 and 4.x both serve;
// the probe still checks the advertised Metadata range before relying on v4.
const API_VERSIONS = 18;
const METADATA = 3;
const METADATA_VERSION = 4;
const CLIENT_ID = 'kafka-aio-harness';

/** One broker as listed in a Metadata response. */
export interface ProbeBroker {
  nodeId: number;
  host: string;
  port: number;
}

/** What a successful probe learned. */
export interface ProbeResult {
  /** Metadata supported range advertised by ApiVersions. */
  metadataVersions: [number, number];
  brokers: ProbeBroker[];
  clusterId: string | null;
  controllerId: number;
}

function requestFrame(apiKey: number, apiVersion: number, correlationId: number, body: Buffer): Buffer {
  // Request header v1: api_key, api_version, correlation_id, client_id (nullable int16 string).
  const client = Buffer.from(CLIENT_ID);
  const header = Buffer.alloc(10 + client.length);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(apiVersion, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(client.length, 8);
  client.copy(header, 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + body.length, 0);
  return Buffer.concat([size, header, body]);
}

/** Sends requests one after another on one socket and returns each response body (after the header). */
class ProbeConnection {
  private buffered = Buffer.alloc(0);
  private waiter: (() => void) | undefined;
  private failure: Error | undefined;
  private correlationId = 0;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.waiter?.();
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      this.waiter?.();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed by broker')));
  }

  static open(host: string, port: number, timeoutMs: number): Promise<ProbeConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`timeout after ${timeoutMs} ms`)));
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new ProbeConnection(socket));
      });
    });
  }

  async request(apiKey: number, apiVersion: number, body: Buffer): Promise<Buffer> {
    const correlationId = ++this.correlationId;
    this.socket.write(requestFrame(apiKey, apiVersion, correlationId, body));
    for (;;) {
      if (this.buffered.length >= 4) {
        const size = this.buffered.readInt32BE(0);
        if (this.buffered.length >= 4 + size) {
          const frame = this.buffered.subarray(4, 4 + size);
          this.buffered = this.buffered.subarray(4 + size);
          if (frame.readInt32BE(0) !== correlationId) throw new Error('correlation id mismatch');
          return frame.subarray(4); // response header v0 is just the correlation id
        }
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiter = resolve));
      this.waiter = undefined;
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Minimal bounds-checked reader; a short read throws a RangeError, which the probe reports. */
class Reader {
  private offset = 0;
  constructor(private readonly buf: Buffer) {}
  int16(): number {
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }
  int32(): number {
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }
  string(): string | null {
    const len = this.int16();
    if (len < 0) return null;
    if (this.offset + len > this.buf.length) throw new RangeError('string past end of response');
    const s = this.buf.toString('utf8', this.offset, this.offset + len);
    this.offset += len;
    return s;
  }
}

/**
 * Sends ApiVersions v0 and Metadata v4 (no topics) to `host:port` once. Throws if the broker is not
 * answering or answers with an error; a broker that answers both is serving requests, which an
 * open port alone does not prove (the socket server binds long before the broker is ready).
 */
export async function probeBroker(host: string, port: number, timeoutMs = 5_000): Promise<ProbeResult> {
  const conn = await ProbeConnection.open(host, port, timeoutMs);
  try {
    const av = new Reader(await conn.request(API_VERSIONS, 0, Buffer.alloc(0)));
    const errorCode = av.int16();
    if (errorCode !== 0) throw new Error(`ApiVersions error code ${errorCode}`);
    let metadataVersions: [number, number] | undefined;
    for (let n = av.int32(); n > 0; n--) {
      const [key, min, max] = [av.int16(), av.int16(), av.int16()];
      if (key === METADATA) metadataVersions = [min, max];
    }
    if (!metadataVersions || metadataVersions[0] > METADATA_VERSION || metadataVersions[1] < METADATA_VERSION) {
      throw new Error(`broker does not serve Metadata v${METADATA_VERSION} (${metadataVersions ?? 'absent'})`);
    }
    // Metadata v4 body: topics = empty array (not null, which would mean "all topics"), no auto-create.
    const body = Buffer.from([0, 0, 0, 0, 0]);
    const md = new Reader(await conn.request(METADATA, METADATA_VERSION, body));
    md.int32(); // throttle_time_ms
    const brokers: ProbeBroker[] = [];
    for (let n = md.int32(); n > 0; n--) {
      const nodeId = md.int32();
      const host = md.string() ?? '';
      const port = md.int32();
      md.string(); // rack
      brokers.push({ nodeId, host, port });
    }
    const clusterId = md.string();
    const controllerId = md.int32();
    return { metadataVersions, brokers, clusterId, controllerId };
  } finally {
    conn.close();
  }
}

/**
 * Retries {@link probeBroker} until the broker answers and its metadata lists at least
 * `expectBrokers` brokers, or rejects after `timeoutMs` with the last failure. `isDead` lets the
 * caller stop early when the JVM has already exited.
 */
export async function waitForBroker(
  host: string,
  port: number,
  options: { expectBrokers?: number; timeoutMs?: number; isDead?: () => boolean } = {},
): Promise<ProbeResult> {
  const expect = options.expectBrokers ?? 1;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let last = 'no attempt yet';
  for (;;) {
    if (options.isDead?.()) throw new Error(`broker process exited before ${host}:${port} became ready`);
    try {
      const result = await probeBroker(host, port, 3_000);
      if (result.brokers.length >= expect) return result;
      last = `metadata lists ${result.brokers.length} of ${expect} brokers`;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() >= deadline) throw new Error(`${host}:${port} not ready: ${last}`);
    await sleep(250);
  }
}
