// A TCP proxy in front of a broker's PROXIED listener that injects network faults on command: the
// hostile network of DESIGN's fault tier. The broker advertises the proxy's address, so a client that
// bootstraps through it stays behind it without any rewriting of responses. Loopback only; Node
// built-ins only (like the rest of the harness).
//
// Faults apply per direction (`toBroker`: client -> broker, `toClient`: broker -> client) to every
// connection, open or future: blackhole (bytes dropped, sockets kept open), delay with jitter, a
// bandwidth cap, drip-feed, reset of every connection, refusing new ones, closing after N bytes, and
// corrupting the next response to a given API key (its correlation id, flipped or truncated body
// bytes, or its size prefix).
import { createServer, type Server, Socket } from 'node:net';
import type { ProxyRoute } from './types.js';

export type Direction = 'toBroker' | 'toClient';
const BOTH: readonly Direction[] = ['toBroker', 'toClient'];

/** How {@link FaultProxy.corruptNextResponse} spoils a response frame. */
export type Corruption =
  /** The correlation id is changed: the client cannot match the response to its request. */
  | 'correlationId'
  /** The size prefix claims the header and 3 bytes of body: the body cannot decode. */
  | 'truncate'
  /** The frame is replaced by a 255 MiB size prefix and 64 KiB of garbage. */
  | 'sizePrefix'
  /** Bytes in the middle of the body are flipped (the frame keeps its size): a bit-rotting network. */
  | 'flip';

interface DirectionFaults {
  blackhole: boolean;
  delayMs: number;
  jitterMs: number;
  /** Bytes per second; 0 = unlimited. */
  bandwidth: number;
  /** Close the connection once this many more bytes passed (per connection); -1 = never. */
  closeAfter: number;
  /** Drip-feed: bytes go out in pieces of this size (0 = off), `dripMs` apart. */
  dripBytes: number;
  dripMs: number;
}

const noFaults = (): DirectionFaults => ({
  blackhole: false,
  delayMs: 0,
  jitterMs: 0,
  bandwidth: 0,
  closeAfter: -1,
  dripBytes: 0,
  dripMs: 0,
});

/** One direction of one proxied connection: frame tracking, then faults, then the write. */
class Pump {
  /** Bytes of frames not yet complete, and their total; joined only once a frame is whole. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Size of the frame at the head (prefix included) once known, else -1. */
  private need = -1;
  /** When the previous chunk goes out, so delayed chunks keep their order. */
  private releaseAt = 0;
  private passed = 0;

  constructor(
    private readonly proxy: FaultProxy,
    private readonly direction: Direction,
    private readonly to: Socket,
    private readonly link: Link,
  ) {}

  /** Takes bytes from one side; whole frames go on (possibly spoiled) to the other. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.need < 0 && this.buffered >= 4) this.need = 4 + this.head().readInt32BE(0);
    if (this.need < 0 || this.buffered < this.need) return;
    let data = this.head();
    const out: Buffer[] = [];
    while (data.length >= 4 && data.length >= 4 + data.readInt32BE(0)) {
      const end = 4 + data.readInt32BE(0);
      const frame = data.subarray(0, end);
      data = data.subarray(end);
      out.push(this.direction === 'toBroker' ? this.link.sawRequest(frame) : this.link.sawResponse(frame));
    }
    this.chunks = data.length > 0 ? [data] : [];
    this.buffered = data.length;
    this.need = data.length >= 4 ? 4 + data.readInt32BE(0) : -1;
    this.emit(Buffer.concat(out));
  }

  private head(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0];
  }

  private emit(bytes: Buffer): void {
    const faults = this.proxy.faults[this.direction];
    if (faults.blackhole) return;
    if (faults.closeAfter >= 0 && this.passed + bytes.length > faults.closeAfter) {
      const allowed = Math.max(0, faults.closeAfter - this.passed);
      this.to.write(bytes.subarray(0, allowed), () => this.link.destroy());
      return;
    }
    this.passed += bytes.length;
    if (faults.dripBytes > 0 && bytes.length > faults.dripBytes) {
      for (let at = 0; at < bytes.length; at += faults.dripBytes) {
        this.schedule(bytes.subarray(at, at + faults.dripBytes), faults, faults.dripMs);
      }
      return;
    }
    this.schedule(bytes, faults, 0);
  }

  /** Writes `bytes` after the configured delay and bandwidth allow, never before earlier bytes. */
  private schedule(bytes: Buffer, faults: DirectionFaults, gapMs: number): void {
    const now = Date.now();
    let at = now + faults.delayMs + (faults.jitterMs > 0 ? Math.random() * faults.jitterMs : 0);
    if (gapMs > 0) at = Math.max(at, this.releaseAt + gapMs);
    if (faults.bandwidth > 0) at = Math.max(at, this.releaseAt) + (bytes.length / faults.bandwidth) * 1000;
    at = Math.max(at, this.releaseAt);
    this.releaseAt = at;
    if (at <= now) this.to.write(bytes);
    else setTimeout(() => this.to.destroyed || this.to.write(bytes), at - now);
  }
}

/** A client connection and its upstream connection to the broker. */
class Link {
  /** API key of each request in flight, by correlation id. */
  private readonly requests = new Map<number, number>();

  constructor(
    private readonly proxy: FaultProxy,
    readonly client: Socket,
    readonly upstream: Socket,
  ) {}

  sawRequest(frame: Buffer): Buffer {
    if (frame.length >= 12) this.requests.set(frame.readInt32BE(8), frame.readInt16BE(4));
    return frame;
  }

  sawResponse(frame: Buffer): Buffer {
    if (frame.length < 8) return frame;
    const correlationId = frame.readInt32BE(4);
    const apiKey = this.requests.get(correlationId);
    this.requests.delete(correlationId);
    const how = apiKey === undefined ? undefined : this.proxy.takeCorruption(apiKey);
    if (!how) return frame;
    if (how === 'correlationId') {
      const copy = Buffer.from(frame);
      copy.writeInt32BE(correlationId + 1_000_000, 4);
      return copy;
    }
    if (how === 'truncate') {
      const cut = Buffer.from(frame.subarray(0, 4 + 4 + 3));
      cut.writeInt32BE(cut.length - 4, 0);
      cut.fill(0xff, 8);
      return cut;
    }
    if (how === 'flip') {
      const copy = Buffer.from(frame);
      const from = Math.min(copy.length - 1, 8 + Math.floor((copy.length - 8) / 2));
      for (let i = from; i < Math.min(copy.length, from + 8); i++) copy[i] ^= 0xff;
      return copy;
    }
    const huge = Buffer.alloc(64 * 1024, 0x41);
    huge.writeInt32BE(255 * 1024 * 1024, 0);
    return huge;
  }

  destroy(): void {
    this.client.destroy();
    this.upstream.destroy();
  }

  reset(): void {
    this.client.resetAndDestroy();
    this.upstream.destroy();
  }
}

/** A fault-injecting TCP proxy; see the file comment. */
export class FaultProxy {
  readonly faults: Record<Direction, DirectionFaults> = { toBroker: noFaults(), toClient: noFaults() };
  /** Connections accepted since start. */
  accepted = 0;
  private refusing = false;
  private readonly links = new Set<Link>();
  private connectionWaiters: (() => void)[] = [];
  private readonly corruptions: { apiKey: number; how: Corruption }[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Listens on 127.0.0.1 at `route.listen` and forwards to 127.0.0.1 at `route.target`. */
  static async start(route: Pick<ProxyRoute, 'listen' | 'target'>): Promise<FaultProxy> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(route.listen, '127.0.0.1', resolve);
    });
    const proxy = new FaultProxy(server, route.listen, { host: '127.0.0.1', port: route.target });
    server.on('connection', (client) => proxy.accept(client));
    return proxy;
  }

  /** Resolves when the proxy accepts its next connection (say, a client dialling again). */
  nextConnection(): Promise<void> {
    return new Promise((resolve) => this.connectionWaiters.push(resolve));
  }

  /** Connections open now. */
  get connections(): number {
    return this.links.size;
  }

  /** Drops every byte in `direction` (default both) while keeping the sockets open. */
  blackhole(direction: Direction | 'both' = 'both'): this {
    for (const d of dirs(direction)) this.faults[d].blackhole = true;
    return this;
  }

  /** Delays every chunk in `direction` by `ms` plus up to `jitterMs` (order is kept). */
  delay(ms: number, jitterMs = 0, direction: Direction | 'both' = 'both'): this {
    for (const d of dirs(direction)) Object.assign(this.faults[d], { delayMs: ms, jitterMs });
    return this;
  }

  /** Caps throughput in `direction` at `bytesPerSecond`. */
  bandwidth(bytesPerSecond: number, direction: Direction | 'both' = 'both'): this {
    for (const d of dirs(direction)) this.faults[d].bandwidth = bytesPerSecond;
    return this;
  }

  /** Sends what passes in `direction` in pieces of `bytes`, `everyMs` apart. */
  dripFeed(bytes: number, everyMs: number, direction: Direction | 'both' = 'toClient'): this {
    for (const d of dirs(direction)) Object.assign(this.faults[d], { dripBytes: bytes, dripMs: everyMs });
    return this;
  }

  /** Closes each connection once `bytes` more have passed in `direction`. */
  closeAfter(bytes: number, direction: Direction): this {
    this.faults[direction].closeAfter = bytes;
    return this;
  }

  /** Resets (TCP RST) every open connection. */
  resetAll(): this {
    for (const link of this.links) link.reset();
    this.links.clear();
    return this;
  }

  /** Resets new connections at once while `on`. */
  refuse(on = true): this {
    this.refusing = on;
    return this;
  }

  /** Spoils the next response to a request of `apiKey` (on any connection), once. */
  corruptNextResponse(apiKey: number, how: Corruption): this {
    this.corruptions.push({ apiKey, how });
    return this;
  }

  /** How many armed corruptions have not met their response yet. */
  get corruptionsPending(): number {
    return this.corruptions.length;
  }

  /** Removes every fault (open connections stay open). */
  heal(): this {
    this.faults.toBroker = noFaults();
    this.faults.toClient = noFaults();
    this.refusing = false;
    this.corruptions.length = 0;
    return this;
  }

  async stop(): Promise<void> {
    for (const link of this.links) link.destroy();
    this.links.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** @internal */
  takeCorruption(apiKey: number): Corruption | undefined {
    const i = this.corruptions.findIndex((c) => c.apiKey === apiKey);
    return i < 0 ? undefined : this.corruptions.splice(i, 1)[0].how;
  }

  private accept(client: Socket): void {
    this.accepted++;
    const waiters = this.connectionWaiters;
    this.connectionWaiters = [];
    for (const w of waiters) w();
    if (this.refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = new Socket();
    const link = new Link(this, client, upstream);
    this.links.add(link);
    const toBroker = new Pump(this, 'toBroker', upstream, link);
    const toClient = new Pump(this, 'toClient', client, link);
    const end = () => {
      this.links.delete(link);
      link.destroy();
    };
    client.on('data', (chunk) => toBroker.push(chunk));
    upstream.on('data', (chunk) => toClient.push(chunk));
    for (const s of [client, upstream]) {
      s.on('error', end);
      s.on('close', end);
    }
    upstream.connect(this.target.port, this.target.host);
  }
}

function dirs(direction: Direction | 'both'): readonly Direction[] {
  return direction === 'both' ? BOTH : [direction];
}

/** Starts one proxy per route (every node of a run), for `Listeners.proxied` bootstrap addresses. */
export async function startFaultProxies(routes: readonly ProxyRoute[]): Promise<Map<number, FaultProxy>> {
  const out = new Map<number, FaultProxy>();
  for (const r of routes) out.set(r.nodeId, await FaultProxy.start(r));
  return out;
}
