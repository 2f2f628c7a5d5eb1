import { ConnectionError } from '@kafka-aio/protocol';
import type { Connection } from '../network/connection.js';
import { createDebug } from '../observability/debug.js';
import { type Requester, runSaslExchange } from './sasl-exchange.js';
import type { SaslMechanism } from './sasl-mechanism.js';

const debug = createDebug('kafka-aio:sasl');

/** What {@link SaslAuthenticatorOptions.onAuthenticated} learns of each completed exchange. */
export interface SaslAuthenticatedEvent {
  broker: string;
  mechanism: string;
  /** False for the first authentication of a connection, true for a KIP-368 renewal. */
  reauthenticated: boolean;
  /** The broker's session lifetime; 0 when the broker sets none (the session never expires). */
  sessionLifetimeMs: number;
  /** Milliseconds until the next renewal, or undefined when none is scheduled. */
  nextReauthenticationMs: number | undefined;
}

/** Tuning of {@link createSaslAuthenticator}. */
export interface SaslAuthenticatorOptions {
  /**
   * Renew sessions before the broker's session lifetime ends (KIP-368). Default true. Without it
   * a broker with `connections.max.reauth.ms` (or an expiring OAUTHBEARER token) closes the
   * connection at its first request after the session expired.
   */
  reauthenticate?: boolean;
  /** Observes every completed authentication and renewal (logging, statistics, tests). */
  onAuthenticated?: (event: SaslAuthenticatedEvent) => void;
  /** Source of jitter for the renewal time; tests pass a fixed one. */
  random?: () => number;
}

/**
 * A connection that can give one caller sole use of itself, so that no other request is written
 * between SaslHandshake and the last SaslAuthenticate of a renewal: the broker reads every frame
 * in that window as part of the exchange and closes the connection on anything else.
 * `Connection` is expected to grow this method (see security/README.md); until it does, renewals
 * run unguarded and are only safe while no other request is sent concurrently.
 */
interface ExclusiveConnection {
  exclusive<T>(fn: (direct: Requester) => Promise<T>): Promise<T>;
}

/**
 * The fraction of the session lifetime after which a renewal starts: 85% plus up to 10% jitter,
 * leaving room for latency and clock drift, and spreading the renewals of many connections that
 * were opened together (as the Java client does).
 */
export function reauthenticationDelayMs(sessionLifetimeMs: number, random: () => number = Math.random): number {
  return Math.floor(sessionLifetimeMs * (0.85 + 0.1 * random()));
}

/**
 * The `authenticate` hook for `Connection`/`Cluster`: runs `mechanism` on every new connection and,
 * when the broker reports a session lifetime, renews the session on the same connection before it
 * expires. A failed renewal closes the connection with a retriable `ConnectionError` (its cause is
 * the authentication error), so callers reconnect, and a persistent failure then surfaces as the
 * typed error of the fresh connection's first authentication.
 */
export function createSaslAuthenticator(
  mechanism: SaslMechanism,
  options: SaslAuthenticatorOptions = {},
): (conn: Connection) => Promise<void> {
  const { reauthenticate = true, onAuthenticated, random = Math.random } = options;

  const authenticate = async (conn: Connection, requester: Requester, reauthenticated: boolean) => {
    const result = await runSaslExchange(requester, mechanism, {
      broker: conn.broker,
      host: conn.options.host,
      versions: conn.versions,
      reauthenticating: reauthenticated,
    });
    let next: number | undefined;
    if (reauthenticate && result.sessionLifetimeMs > 0) {
      const dueAt = result.sentAt + reauthenticationDelayMs(result.sessionLifetimeMs, random);
      next = Math.max(0, Math.round(dueAt - performance.now()));
      const timer = setTimeout(() => void renew(conn), next);
      timer.unref(); // a pending renewal must not keep the process alive
    }
    debug(
      '%s %s with %s; session lifetime %d ms, next renewal in %s ms',
      reauthenticated ? 're-authenticated' : 'authenticated',
      conn.broker,
      mechanism.name,
      result.sessionLifetimeMs,
      next ?? '-',
    );
    try {
      onAuthenticated?.({
        broker: conn.broker,
        mechanism: mechanism.name,
        reauthenticated,
        sessionLifetimeMs: result.sessionLifetimeMs,
        nextReauthenticationMs: next,
      });
    } catch (err) {
      // An observer's bug must not fail an authentication that succeeded.
      debug('onAuthenticated threw: %s', err);
    }
  };

  const renew = async (conn: Connection) => {
    if (!conn.isOpen) return;
    try {
      const exclusive = (conn as Partial<ExclusiveConnection>).exclusive;
      if (typeof exclusive === 'function') {
        await exclusive.call(conn, (direct: Requester) => authenticate(conn, direct, true));
      } else {
        await authenticate(conn, conn, true);
      }
    } catch (err) {
      if (!conn.isOpen) return; // closed meanwhile: nothing to renew
      const reason = err instanceof Error ? err.message : String(err);
      debug('re-authentication with %s failed: %s', conn.broker, reason);
      conn.close(new ConnectionError(`re-authentication with ${conn.broker} failed: ${reason}`, { cause: err }));
    }
  };

  return (conn) => authenticate(conn, conn, false);
}
