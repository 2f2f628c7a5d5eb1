import { pbkdf2Sync, randomBytes } from 'node:crypto';
import {
  AlterUserScramCredentialsApi,
  DescribeUserScramCredentialsApi,
  InvalidArgumentError,
} from '@kafka-aio/protocol';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  perEntity,
  requestAny,
  throwIfError,
} from './context.js';
import { ResultMap } from './results.js';

/** SCRAM mechanisms Kafka supports. */
export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

const MECHANISMS: Record<ScramMechanism, { code: number; hash: 'sha256' | 'sha512'; length: number }> = {
  'SCRAM-SHA-256': { code: 1, hash: 'sha256', length: 32 },
  'SCRAM-SHA-512': { code: 2, hash: 'sha512', length: 64 },
};

/** Kafka's bounds on SCRAM iterations (ScramMechanism.minIterations / maxIterations). */
export const SCRAM_MIN_ITERATIONS = 4096;
export const SCRAM_MAX_ITERATIONS = 16384;

function mechanism(name: ScramMechanism) {
  const m = MECHANISMS[name];
  if (!m)
    throw new InvalidArgumentError(
      `unknown SCRAM mechanism ${JSON.stringify(name)}; expected SCRAM-SHA-256 or SCRAM-SHA-512`,
    );
  return m;
}

/** The mechanism for a wire code (1 = SHA-256, 2 = SHA-512), or `UNKNOWN`. */
export function scramMechanismName(code: number): ScramMechanism | 'UNKNOWN' {
  for (const [name, m] of Object.entries(MECHANISMS)) if (m.code === code) return name as ScramMechanism;
  return 'UNKNOWN';
}

/**
 * SCRAM's `SaltedPassword := Hi(Normalize(password), salt, i)` (RFC 5802 §3), which is PBKDF2 with
 * HMAC of the mechanism's hash and one hash-length block. Computed here so the password never
 * travels to the broker; Kafka normalizes passwords as plain UTF-8, and so does this.
 */
export function scramSaltedPassword(
  mechanismName: ScramMechanism,
  password: string | Buffer,
  salt: Buffer,
  iterations: number,
): Buffer {
  const m = mechanism(mechanismName);
  return pbkdf2Sync(
    typeof password === 'string' ? Buffer.from(password, 'utf8') : password,
    salt,
    iterations,
    m.length,
    m.hash,
  );
}

/** A credential of a user, as DescribeUserScramCredentials reports it. */
export interface ScramCredentialInfo {
  mechanism: ScramMechanism | 'UNKNOWN';
  iterations: number;
}

/** Creates or replaces a user's credential for one mechanism. */
export interface UserScramCredentialUpsertion {
  user: string;
  mechanism: ScramMechanism;
  password: string | Buffer;
  /** Default 8192; Kafka accepts 4096 to 16384. */
  iterations?: number;
  /** Default: 32 random bytes. */
  salt?: Buffer;
}

/** Removes a user's credential for one mechanism. */
export interface UserScramCredentialDeletion {
  user: string;
  mechanism: ScramMechanism;
  delete: true;
}

/** One change of {@link alterUserScramCredentials}. */
export type UserScramCredentialAlteration = UserScramCredentialUpsertion | UserScramCredentialDeletion;

/**
 * SCRAM credentials per user (all users with credentials when `users` is omitted); keyed by user.
 * A user without credentials gets `ResourceNotFoundError`.
 */
export async function describeUserScramCredentials(
  ctx: AdminContext,
  users: readonly string[] | undefined,
  op: AdminCallOptions,
): Promise<ResultMap<string, ScramCredentialInfo[]>> {
  let listed: string[] | undefined;
  const fetch = async (pending: string[] | null) => {
    const res = await requestAny(
      ctx,
      DescribeUserScramCredentialsApi,
      () => ({ users: pending ? pending.map((name) => ({ name })) : null }),
      {
        ...op,
        check: (r) => throwIfError(r.errorCode, r.errorMessage),
      },
    );
    const out = new Map<string, Attempted<ScramCredentialInfo[]>>();
    for (const r of res.results) {
      const error = errorOrNull(r.errorCode, r.errorMessage, `user=${r.user}`);
      out.set(
        r.user,
        error
          ? { error }
          : {
              error: null,
              value: r.credentialInfos.map((c) => ({
                mechanism: scramMechanismName(c.mechanism),
                iterations: c.iterations,
              })),
            },
      );
    }
    return out;
  };
  if (users === undefined) {
    const all = await fetch(null);
    listed = [...all.keys()];
    return perEntity(ctx, 'DescribeUserScramCredentials', listed, op, async (pending) =>
      pending.length === listed?.length ? all : fetch(pending),
    );
  }
  return perEntity(ctx, 'DescribeUserScramCredentials', users, op, (pending) => fetch(pending));
}

/**
 * Creates, replaces or deletes SCRAM credentials; keyed by user (each (user, mechanism) pair at most
 * once per call). The salted password is computed here; the password itself is not sent.
 */
export async function alterUserScramCredentials(
  ctx: AdminContext,
  alterations: readonly UserScramCredentialAlteration[],
  op: AdminCallOptions,
): Promise<ResultMap<string, void>> {
  const seen = new Set<string>();
  const deletions: { name: string; mechanism: number }[] = [];
  const upsertions: { name: string; mechanism: number; iterations: number; salt: Buffer; saltedPassword: Buffer }[] =
    [];
  for (const a of alterations) {
    const m = mechanism(a.mechanism);
    const key = `${a.user}\u0000${a.mechanism}`;
    if (seen.has(key))
      throw new InvalidArgumentError(`user ${a.user} has more than one ${a.mechanism} alteration in one call`);
    seen.add(key);
    if ('delete' in a) {
      deletions.push({ name: a.user, mechanism: m.code });
      continue;
    }
    const iterations = a.iterations ?? 8192;
    if (!Number.isInteger(iterations) || iterations < SCRAM_MIN_ITERATIONS || iterations > SCRAM_MAX_ITERATIONS) {
      throw new InvalidArgumentError(
        `SCRAM iterations must be an integer in [${SCRAM_MIN_ITERATIONS}, ${SCRAM_MAX_ITERATIONS}], got ${iterations}`,
      );
    }
    const salt = a.salt ?? randomBytes(32);
    upsertions.push({
      name: a.user,
      mechanism: m.code,
      iterations,
      salt,
      saltedPassword: scramSaltedPassword(a.mechanism, a.password, salt, iterations),
    });
  }
  // Brokers refuse two alterations of one user in one request, so each request (a "wave") holds
  // at most one alteration per user; a user's result is its first failure, else success.
  const waves: { deletions: typeof deletions; upsertions: typeof upsertions }[] = [];
  const place = (name: string, add: (w: (typeof waves)[number]) => void) => {
    let w = waves.find((x) => !x.deletions.some((d) => d.name === name) && !x.upsertions.some((u) => u.name === name));
    if (!w) {
      w = { deletions: [], upsertions: [] };
      waves.push(w);
    }
    add(w);
  };
  for (const d of deletions) place(d.name, (w) => w.deletions.push(d));
  for (const u of upsertions) place(u.name, (w) => w.upsertions.push(u));
  const users = [...new Set(alterations.map((a) => a.user))];
  const out = new ResultMap<string, void>(users.map((u) => [u, { error: null, value: undefined }]));
  for (const wave of waves) {
    const waveUsers = [...new Set([...wave.deletions, ...wave.upsertions].map((x) => x.name))];
    const results = await perEntity(ctx, 'AlterUserScramCredentials', waveUsers, op, async (pending) => {
      const want = new Set(pending);
      const res = await requestAny(
        ctx,
        AlterUserScramCredentialsApi,
        () => ({
          deletions: wave.deletions.filter((d) => want.has(d.name)),
          upsertions: wave.upsertions.filter((u) => want.has(u.name)),
        }),
        op,
      );
      return new Map<string, Attempted<void>>(
        res.results.map((r) => {
          const error = errorOrNull(r.errorCode, r.errorMessage, `user=${r.user}`);
          return [r.user, error ? { error } : { error: null, value: undefined }];
        }),
      );
    });
    for (const [user, r] of results) if (r.error !== null && out.get(user)?.error === null) out.set(user, r);
  }
  return out;
}
