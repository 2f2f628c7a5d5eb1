import { AlterClientQuotasApi, DescribeClientQuotasApi } from '@kafka-aio/protocol';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  perEntity,
  requestAny,
  throwIfError,
} from './context.js';
import type { ResultMap } from './results.js';

/**
 * A quota entity: entity type (`user`, `client-id`, `ip`) to name; a `null` name is the default
 * entity of that type (e.g. `{ user: null }` = every user without an own quota).
 */
export type ClientQuotaEntity = Readonly<Record<string, string | null>>;

/** One part of a {@link describeClientQuotas} filter. */
export interface ClientQuotaFilterComponent {
  entityType: 'user' | 'client-id' | 'ip' | (string & {});
  /** `exact` (name `match`), `default` (the default entity), `any` (any specified entity). Default `exact`. */
  matchType?: 'exact' | 'default' | 'any';
  match?: string;
}

/** Quota values of one entity, e.g. `{ producer_byte_rate: 1024, request_percentage: 50 }`. */
export interface ClientQuotaEntry {
  entity: ClientQuotaEntity;
  values: Record<string, number>;
}

const MATCH_TYPES = { exact: 0, default: 1, any: 2 } as const;

/**
 * Quotas of the entities matching `components` (all of them must match; with `strict` the entity
 * may have no other types). Throws the broker's error.
 */
export async function describeClientQuotas(
  ctx: AdminContext,
  components: readonly ClientQuotaFilterComponent[],
  op: AdminCallOptions & { strict?: boolean },
): Promise<ClientQuotaEntry[]> {
  const res = await requestAny(
    ctx,
    DescribeClientQuotasApi,
    () => ({
      components: components.map((c) => ({
        entityType: c.entityType,
        matchType: MATCH_TYPES[c.matchType ?? 'exact'],
        match: (c.matchType ?? 'exact') === 'exact' ? (c.match ?? null) : null,
      })),
      strict: op.strict ?? false,
    }),
    { ...op, check: (r) => throwIfError(r.errorCode, r.errorMessage) },
  );
  return (res.entries ?? []).map((e) => ({
    entity: Object.fromEntries(e.entity.map((x) => [x.entityType, x.entityName])),
    values: Object.fromEntries(e.values.map((v) => [v.key, v.value])),
  }));
}

/** One change of {@link alterClientQuotas}: set quota keys to a number, or remove them with `null`. */
export interface ClientQuotaAlteration {
  entity: ClientQuotaEntity;
  ops: Readonly<Record<string, number | null>>;
}

/** Sets or removes client quotas; keyed by the alteration objects passed in. */
export async function alterClientQuotas(
  ctx: AdminContext,
  alterations: readonly ClientQuotaAlteration[],
  op: AdminCallOptions & { validateOnly?: boolean },
): Promise<ResultMap<ClientQuotaAlteration, void>> {
  return perEntity(ctx, 'AlterClientQuotas', alterations, op, async (pending) => {
    const res = await requestAny(
      ctx,
      AlterClientQuotasApi,
      () => ({
        entries: pending.map((a) => ({
          entity: Object.entries(a.entity).map(([entityType, entityName]) => ({ entityType, entityName })),
          ops: Object.entries(a.ops).map(([key, value]) => ({ key, value: value ?? 0, remove: value === null })),
        })),
        validateOnly: op.validateOnly ?? false,
      }),
      op,
    );
    // Entries come back in request order.
    return new Map<ClientQuotaAlteration, Attempted<void>>(
      pending.map((a, i) => {
        const r = res.entries[i];
        const error = r ? errorOrNull(r.errorCode, r.errorMessage) : null;
        return [a, error ? { error } : { error: null, value: undefined }];
      }),
    );
  });
}
