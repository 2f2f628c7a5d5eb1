import type { ApiVersionTable } from '../network/api-versions.js';
import { Connection, type ConnectionOptions } from '../network/connection.js';

/** The per-connection settings the pool fills in for every broker it dials. */
export type DialOptions = Omit<ConnectionOptions, 'host' | 'port'>;

/**
 * Connections by key (a node id, or a node id plus a purpose such as `coordinator`). A connection
 * is opened on first use, shared by all callers, replaced when it fails, and closed when idle for
 * longer than `connectionsMaxIdleMs`. Concurrent callers for the same key share one dial.
 */
export class BrokerPool {
  private readonly open = new Map<string, Connection>();
  private readonly dialing = new Map<string, Promise<Connection>>();
  private readonly reaper: NodeJS.Timeout | undefined;
  private closed = false;
  private newest: ApiVersionTable | undefined;

  constructor(
    private readonly dial: DialOptions,
    connectionsMaxIdleMs: number,
  ) {
    if (connectionsMaxIdleMs > 0) {
      this.reaper = setInterval(() => this.reapIdle(connectionsMaxIdleMs), Math.min(connectionsMaxIdleMs, 10_000));
      this.reaper.unref();
    }
  }

  /** An open connection for `key` to `host:port`, dialing one if needed. */
  get(key: string, host: string, port: number, signal?: AbortSignal): Promise<Connection> {
    const existing = this.open.get(key);
    if (existing?.isOpen && existing.broker === `${host}:${port}`) return Promise.resolve(existing);
    if (existing) {
      // The broker moved or the connection died: replace it.
      this.open.delete(key);
      existing.close();
    }
    const pending = this.dialing.get(key);
    if (pending) return pending;
    const dialing = Connection.connect({ ...this.dial, host, port }, signal).then(
      (conn) => {
        this.dialing.delete(key);
        if (this.closed) {
          conn.close();
          throw new Error('connection pool closed');
        }
        this.open.set(key, conn);
        this.observe(conn);
        return conn;
      },
      (err: unknown) => {
        this.dialing.delete(key);
        throw err;
      },
    );
    this.dialing.set(key, dialing);
    return dialing;
  }

  /** Adopts an already open connection (e.g. the bootstrap one) under `key`. */
  adopt(key: string, conn: Connection): void {
    // A bootstrap that finishes after close() must not leave its connection open.
    if (this.closed) {
      conn.close();
      return;
    }
    const existing = this.open.get(key);
    if (existing && existing !== conn) existing.close();
    this.open.set(key, conn);
    this.observe(conn);
  }

  /**
   * The API versions and finalized features of the broker with the newest feature epoch this pool
   * has connected to, kept after that connection closes. Decisions that must not change with the
   * connection at hand (the transaction version, KIP-890) read this instead of any one connection:
   * a pool can be empty for a moment, and a broker just restarted can report older features.
   */
  newestVersions(): ApiVersionTable | undefined {
    return this.newest;
  }

  private observe(conn: Connection): void {
    if (!this.newest || conn.versions.featuresEpoch >= this.newest.featuresEpoch) this.newest = conn.versions;
  }

  /** The open connection for `key`, if any, without dialing. */
  peek(key: string): Connection | undefined {
    const conn = this.open.get(key);
    return conn?.isOpen ? conn : undefined;
  }

  /** Closes the connection for `key`, e.g. after a broker-side disconnect was detected. */
  drop(key: string): void {
    const conn = this.open.get(key);
    this.open.delete(key);
    conn?.close();
  }

  /** All open connections. */
  connections(): Connection[] {
    return [...this.open.values()].filter((c) => c.isOpen);
  }

  close(): void {
    this.closed = true;
    if (this.reaper) clearInterval(this.reaper);
    for (const conn of this.open.values()) conn.close();
    this.open.clear();
  }

  private reapIdle(maxIdleMs: number): void {
    const now = Date.now();
    for (const [key, conn] of this.open) {
      if (!conn.isOpen || conn.idleMs(now) > maxIdleMs) {
        this.open.delete(key);
        conn.close();
      }
    }
  }
}
