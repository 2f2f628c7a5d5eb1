import {
  AlterConfigsApi,
  DescribeConfigsApi,
  IncrementalAlterConfigsApi,
  InvalidArgumentError,
  type KafkaError,
} from '@kafka-aio/protocol';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  fanOut,
  perEntity,
  requestNode,
} from './context.js';
import type { ResultMap } from './results.js';

/** Kinds of configurable resources, as Kafka names them. */
export type ConfigResourceType = 'UNKNOWN' | 'TOPIC' | 'BROKER' | 'BROKER_LOGGER' | 'CLIENT_METRICS' | 'GROUP';

const RESOURCE_CODES: Record<ConfigResourceType, number> = {
  UNKNOWN: 0,
  TOPIC: 2,
  BROKER: 4,
  BROKER_LOGGER: 8,
  CLIENT_METRICS: 16,
  GROUP: 32,
};
const RESOURCE_NAMES = new Map(Object.entries(RESOURCE_CODES).map(([k, v]) => [v, k as ConfigResourceType]));

/** A configurable resource; values are interned, so they work as `Map` keys. */
export interface ConfigResource {
  readonly type: ConfigResourceType;
  /** Topic or group name, broker id as a string (`''` for the cluster-wide broker defaults). */
  readonly name: string;
}

const interned = new Map<string, ConfigResource>();

/** The interned {@link ConfigResource}: `configResource('TOPIC', 'a') === configResource('TOPIC', 'a')`. */
export function configResource(type: ConfigResourceType, name: string | number): ConfigResource {
  if (!(type in RESOURCE_CODES)) throw new InvalidArgumentError(`unknown config resource type ${JSON.stringify(type)}`);
  const key = `${type}\u0000${name}`;
  let r = interned.get(key);
  if (!r) {
    r = Object.freeze({ type, name: String(name) });
    interned.set(key, r);
  }
  return r;
}

/** Where a config value comes from. */
export type ConfigSource =
  | 'UNKNOWN'
  | 'DYNAMIC_TOPIC_CONFIG'
  | 'DYNAMIC_BROKER_CONFIG'
  | 'DYNAMIC_DEFAULT_BROKER_CONFIG'
  | 'STATIC_BROKER_CONFIG'
  | 'DEFAULT_CONFIG'
  | 'DYNAMIC_BROKER_LOGGER_CONFIG'
  | 'CLIENT_METRICS_CONFIG'
  | 'GROUP_CONFIG';
const SOURCES: readonly ConfigSource[] = [
  'UNKNOWN',
  'DYNAMIC_TOPIC_CONFIG',
  'DYNAMIC_BROKER_CONFIG',
  'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG',
  'DEFAULT_CONFIG',
  'DYNAMIC_BROKER_LOGGER_CONFIG',
  'CLIENT_METRICS_CONFIG',
  'GROUP_CONFIG',
];
/** The source for a wire code (unknown codes give `UNKNOWN`). */
export const configSourceName = (code: number): ConfigSource => SOURCES[code] ?? 'UNKNOWN';

/** A config's value type. */
export type ConfigType =
  | 'UNKNOWN'
  | 'BOOLEAN'
  | 'STRING'
  | 'INT'
  | 'SHORT'
  | 'LONG'
  | 'DOUBLE'
  | 'LIST'
  | 'CLASS'
  | 'PASSWORD';
const TYPES: readonly ConfigType[] = [
  'UNKNOWN',
  'BOOLEAN',
  'STRING',
  'INT',
  'SHORT',
  'LONG',
  'DOUBLE',
  'LIST',
  'CLASS',
  'PASSWORD',
];

/** One value that contributes to a config, highest precedence first in {@link ConfigEntry.synonyms}. */
export interface ConfigSynonym {
  name: string;
  value: string | null;
  source: ConfigSource;
}

/** One config of a resource. Sensitive values are `null`. */
export interface ConfigEntry {
  name: string;
  value: string | null;
  source: ConfigSource;
  isReadOnly: boolean;
  /** True when the value is Kafka's default (source `DEFAULT_CONFIG`). */
  isDefault: boolean;
  isSensitive: boolean;
  /** Filled when `includeSynonyms` was set. */
  synonyms: ConfigSynonym[];
  /** `UNKNOWN` unless the broker reports it (DescribeConfigs v3+). */
  type: ConfigType;
  /** Filled when `includeDocumentation` was set. */
  documentation: string | null;
}

/** One change of {@link incrementalAlterConfigs}. */
export interface AlterConfigOp {
  name: string;
  /** `SET` a value, `DELETE` it (back to the default), `APPEND` to / `SUBTRACT` from a list. */
  op: 'SET' | 'DELETE' | 'APPEND' | 'SUBTRACT';
  /** Required except for `DELETE`. */
  value?: string | null;
}
const OP_CODES = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;

/**
 * BROKER and BROKER_LOGGER resources of one broker go to that broker; everything else (and the
 * cluster-wide broker defaults, name `''`) to any broker.
 */
function routeConfig(ctx: AdminContext, r: ConfigResource): number {
  if ((r.type === 'BROKER' || r.type === 'BROKER_LOGGER') && r.name !== '') {
    const id = Number(r.name);
    if (!Number.isInteger(id))
      throw new InvalidArgumentError(`a ${r.type} resource is named by a broker id, got ${JSON.stringify(r.name)}`);
    return id;
  }
  return ctx.cluster.leastLoadedNode();
}

function context(r: ConfigResource): string {
  return `${r.type.toLowerCase()}=${r.name}`;
}

function keyOf(type: number, name: string): ConfigResource | undefined {
  const t = RESOURCE_NAMES.get(type);
  return t === undefined ? undefined : configResource(t, name);
}

/** Describes configs of each resource (optionally only `configNames`), keyed by resource. */
export async function describeConfigs(
  ctx: AdminContext,
  resources: readonly ConfigResource[],
  op: AdminCallOptions & { includeSynonyms?: boolean; includeDocumentation?: boolean; configNames?: readonly string[] },
): Promise<ResultMap<ConfigResource, Map<string, ConfigEntry>>> {
  return perEntity(
    ctx,
    'DescribeConfigs',
    resources,
    op,
    (pending) =>
      fanOut(
        pending,
        async (r) => routeConfig(ctx, r),
        async (node, keys) => {
          const res = await requestNode(
            ctx,
            node,
            DescribeConfigsApi,
            (v) => ({
              resources: keys.map((r) => ({
                resourceType: RESOURCE_CODES[r.type],
                resourceName: r.name,
                configurationKeys: op.configNames ? [...op.configNames] : null,
              })),
              includeSynonyms: op.includeSynonyms ?? false,
              ...(v >= 3 ? { includeDocumentation: op.includeDocumentation ?? false } : {}),
            }),
            op,
          );
          const out = new Map<ConfigResource, Attempted<Map<string, ConfigEntry>>>();
          for (const result of res.results) {
            const key = keyOf(result.resourceType, result.resourceName);
            if (!key) continue;
            const error = errorOrNull(result.errorCode, result.errorMessage, context(key));
            if (error) {
              out.set(key, { error });
              continue;
            }
            const entries = new Map<string, ConfigEntry>();
            for (const c of result.configs) {
              const source = configSourceName(c.configSource ?? 0);
              entries.set(c.name, {
                name: c.name,
                value: c.value,
                source,
                isReadOnly: c.readOnly,
                isDefault: source === 'DEFAULT_CONFIG',
                isSensitive: c.isSensitive,
                synonyms: (c.synonyms ?? []).map((s) => ({
                  name: s.name,
                  value: s.value,
                  source: configSourceName(s.source),
                })),
                type: TYPES[c.configType ?? 0] ?? 'UNKNOWN',
                documentation: c.documentation ?? null,
              });
            }
            out.set(key, { error: null, value: entries });
          }
          return out;
        },
      ),
    { describe: context },
  );
}

async function alterBy(
  ctx: AdminContext,
  what: string,
  keys: readonly ConfigResource[],
  op: AdminCallOptions,
  send: (
    node: number,
    keys: ConfigResource[],
  ) => Promise<{
    responses: { errorCode: number; errorMessage: string | null; resourceType: number; resourceName: string }[];
  }>,
): Promise<ResultMap<ConfigResource, void>> {
  return perEntity(
    ctx,
    what,
    keys,
    op,
    (pending) =>
      fanOut(
        pending,
        async (r) => routeConfig(ctx, r),
        async (node, batch) => {
          const res = await send(node, batch);
          const out = new Map<ConfigResource, Attempted<void>>();
          for (const r of res.responses) {
            const key = keyOf(r.resourceType, r.resourceName);
            if (!key) continue;
            const error: KafkaError | null = errorOrNull(r.errorCode, r.errorMessage, context(key));
            out.set(key, error ? { error } : { error: null, value: undefined });
          }
          return out;
        },
      ),
    { describe: context },
  );
}

/**
 * Changes individual configs of each resource (KIP-339), leaving the others alone. Keyed by
 * resource. BROKER resources go to that broker; `validateOnly` checks without applying.
 */
export function incrementalAlterConfigs(
  ctx: AdminContext,
  changes: Iterable<readonly [ConfigResource, readonly AlterConfigOp[]]>,
  op: AdminCallOptions & { validateOnly?: boolean },
): Promise<ResultMap<ConfigResource, void>> {
  const byResource = new Map(changes);
  for (const [r, ops] of byResource) {
    for (const o of ops) {
      if (!(o.op in OP_CODES))
        throw new InvalidArgumentError(`unknown config operation ${JSON.stringify(o.op)} for ${context(r)}`);
      if (o.op !== 'DELETE' && (o.value === undefined || o.value === null)) {
        throw new InvalidArgumentError(`config ${o.name} of ${context(r)}: ${o.op} needs a value`);
      }
    }
  }
  return alterBy(ctx, 'IncrementalAlterConfigs', [...byResource.keys()], op, (node, batch) =>
    requestNode(
      ctx,
      node,
      IncrementalAlterConfigsApi,
      () => ({
        resources: batch.map((r) => ({
          resourceType: RESOURCE_CODES[r.type],
          resourceName: r.name,
          configs: (byResource.get(r) ?? []).map((o) => ({
            name: o.name,
            configOperation: OP_CODES[o.op],
            value: o.value ?? null,
          })),
        })),
        validateOnly: op.validateOnly ?? false,
      }),
      op,
    ),
  );
}

/**
 * Replaces the whole dynamic config of each resource (legacy AlterConfigs): configs not named go
 * back to their defaults.
 *
 * @deprecated Use {@link incrementalAlterConfigs}, which changes only the configs it names.
 */
export function alterConfigs(
  ctx: AdminContext,
  configs: Iterable<readonly [ConfigResource, Readonly<Record<string, string | null>>]>,
  op: AdminCallOptions & { validateOnly?: boolean },
): Promise<ResultMap<ConfigResource, void>> {
  const byResource = new Map(configs);
  return alterBy(ctx, 'AlterConfigs', [...byResource.keys()], op, (node, batch) =>
    requestNode(
      ctx,
      node,
      AlterConfigsApi,
      () => ({
        resources: batch.map((r) => ({
          resourceType: RESOURCE_CODES[r.type],
          resourceName: r.name,
          configs: Object.entries(byResource.get(r) ?? {}).map(([name, value]) => ({ name, value })),
        })),
        validateOnly: op.validateOnly ?? false,
      }),
      op,
    ),
  );
}
