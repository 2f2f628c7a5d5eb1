import { cached, LruCache } from './cache.js';
import {
  type ResolvedRegistryOptions,
  resolveRegistryOptions,
  type SchemaRegistryClientOptions,
} from './client-options.js';
import { RegistryTransport } from './transport.js';
import {
  type CompatibilityLevel,
  type CompatibilityResult,
  type RegisteredSchema,
  type RegistryMode,
  type Schema,
  type SchemaInput,
  schemaBody,
  schemaKey,
  toSchema,
} from './types.js';

const enc = encodeURIComponent;

interface RawRegistered {
  id: number;
  subject?: string;
  version: number;
  schema: string;
  schemaType?: Schema['schemaType'];
  references?: Schema['references'];
  /** Sent by registries that also name schemas by GUID (Confluent 8+). */
  guid?: string;
}

/**
 * A client for the Confluent Schema Registry REST API (also served by Apicurio Registry under
 * `/apis/ccompat/v7`, Karapace and Redpanda), shaped after confluent-kafka's `SchemaRegistryClient`.
 *
 * Everything immutable is cached — schemas by id, ids by subject and schema, versions by number —
 * and the latest version per subject is cached for `latestCacheTtlMs`, so a serializer or
 * deserializer in steady state makes no HTTP calls. Concurrent identical lookups share one request.
 *
 * ```ts
 * const registry = new SchemaRegistryClient({ url: 'http://127.0.0.1:8081' });
 * const id = await registry.register('orders-value', JSON.stringify(orderSchema));
 * ```
 */
export class SchemaRegistryClient {
  private readonly transport: RegistryTransport;
  private readonly byId: LruCache<number, Promise<Schema>>;
  private readonly idBySchema: LruCache<string, Promise<number>>;
  private readonly registeredBySchema: LruCache<string, Promise<RegisteredSchema>>;
  private readonly byVersion: LruCache<string, Promise<RegisteredSchema>>;
  private readonly latest: LruCache<string, Promise<RegisteredSchema>>;
  private readonly resolved: ResolvedRegistryOptions;
  /** GUIDs the registry has reported, by id (never evicted: one short string per schema seen). */
  private readonly guids = new Map<number, string>();
  private readonly byGuid: LruCache<string, Promise<Schema>>;

  constructor(options: SchemaRegistryClientOptions) {
    this.resolved = resolveRegistryOptions(options);
    const { cacheCapacity: n, latestCacheTtlMs } = this.resolved;
    this.transport = new RegistryTransport(this.resolved.transport);
    this.byId = new LruCache(n);
    this.idBySchema = new LruCache(n);
    this.registeredBySchema = new LruCache(n);
    this.byVersion = new LruCache(n);
    this.latest = new LruCache(n, latestCacheTtlMs);
    this.byGuid = new LruCache(n);
  }

  /** The base URLs requests go to. */
  get urls(): string[] {
    return this.resolved.transport.urls.map((u) => u.href);
  }

  /**
   * Registers `schema` under `subject` (a no-op returning the existing id when it is already there)
   * and resolves with its global id. Rejects with {@link SchemaRegistryError} code 409 and the
   * registry's reason when the schema breaks the subject's compatibility level.
   */
  register(subject: string, schema: SchemaInput, options: { normalize?: boolean } = {}): Promise<number> {
    const s = toSchema(schema);
    const key = `${subject}\u0000${schemaKey(s)}`;
    return cached(this.idBySchema, key, async () => {
      const q = options.normalize ? '?normalize=true' : '';
      const res = await this.transport.request<{ id: number; guid?: string }>(
        'POST',
        `/subjects/${enc(subject)}/versions${q}`,
        schemaBody(s),
      );
      this.remember(res.id, s, res.guid);
      return res.id;
    });
  }

  /**
   * Finds `schema` among the versions of `subject` without registering it (confluent's
   * `lookup_schema`). Rejects with error code 40401 (no such subject) or 40403 (not registered).
   */
  lookupSchema(
    subject: string,
    schema: SchemaInput,
    options: { normalize?: boolean; deleted?: boolean } = {},
  ): Promise<RegisteredSchema> {
    const s = toSchema(schema);
    const key = `${subject}\u0000${options.deleted ? 1 : 0}\u0000${schemaKey(s)}`;
    return cached(this.registeredBySchema, key, async () => {
      const q = query({ normalize: options.normalize, deleted: options.deleted });
      const raw = await this.transport.request<RawRegistered>('POST', `/subjects/${enc(subject)}${q}`, schemaBody(s));
      const r = registered(raw, subject);
      this.remember(r.id, r, raw.guid);
      return r;
    });
  }

  /** The schema with global id `id`. Rejects with error code 40403 when there is none. */
  getSchema(id: number, options: { subject?: string } = {}): Promise<Schema> {
    return cached(this.byId, id, async () => {
      const q = query({ subject: options.subject });
      const raw = await this.transport.request<RawRegistered>('GET', `/schemas/ids/${id}${q}`);
      if (raw.guid !== undefined) this.guids.set(id, raw.guid);
      return toSchema({ schema: raw.schema, schemaType: raw.schemaType, references: raw.references });
    });
  }

  /**
   * The schema with GUID `guid` (Confluent 8+ names schemas by GUID as well as by id; the header
   * schema id format carries the GUID). Rejects with error code 40403 when there is none.
   */
  getSchemaByGuid(guid: string): Promise<Schema> {
    return cached(this.byGuid, guid, async () => {
      const raw = await this.transport.request<RawRegistered>('GET', `/schemas/guids/${enc(guid)}`);
      return toSchema({ schema: raw.schema, schemaType: raw.schemaType, references: raw.references });
    });
  }

  /** The GUID the registry reported for schema `id`, if any of its answers carried one (no request). */
  guidOf(id: number): string | undefined {
    return this.guids.get(id);
  }

  /**
   * Every schema `schema` references, directly or through other references, as reference name to
   * schema text, dependencies before the schemas that use them. Each referenced version is fetched
   * once and cached (numbered versions never change).
   */
  async resolveReferences(schema: Schema): Promise<Map<string, Schema>> {
    const out = new Map<string, Schema>();
    const visit = async (s: Schema, path: string[]): Promise<void> => {
      for (const ref of s.references ?? []) {
        if (out.has(ref.name)) continue;
        if (path.includes(ref.name))
          throw new Error(`schema references form a cycle: ${[...path, ref.name].join(' -> ')}`);
        const r = await this.getVersion(ref.subject, ref.version);
        await visit(r, [...path, ref.name]);
        out.set(ref.name, { schema: r.schema, schemaType: r.schemaType, references: r.references });
      }
    };
    await visit(schema, []);
    return out;
  }

  /** The newest version of `subject`, cached for `latestCacheTtlMs`. */
  getLatestVersion(subject: string): Promise<RegisteredSchema> {
    return cached(this.latest, subject, () => this.fetchVersion(subject, 'latest', false));
  }

  /** One version of `subject` (a number, or `'latest'`). Numbered versions are cached. */
  getVersion(
    subject: string,
    version: number | 'latest',
    options: { deleted?: boolean } = {},
  ): Promise<RegisteredSchema> {
    if (version === 'latest' && !options.deleted) return this.getLatestVersion(subject);
    if (version === 'latest') return this.fetchVersion(subject, version, true);
    const key = `${subject}\u0000${version}\u0000${options.deleted ? 1 : 0}`;
    return cached(this.byVersion, key, () => this.fetchVersion(subject, version, !!options.deleted));
  }

  /** The version numbers registered under `subject`. Not cached. */
  getVersions(subject: string, options: { deleted?: boolean } = {}): Promise<number[]> {
    return this.transport.request('GET', `/subjects/${enc(subject)}/versions${query({ deleted: options.deleted })}`);
  }

  /** Every subject (optionally only those starting with `prefix`). Not cached. */
  async getSubjects(options: { prefix?: string; deleted?: boolean } = {}): Promise<string[]> {
    const { prefix, deleted } = options;
    const all = await this.transport.request<string[]>('GET', `/subjects${query({ subjectPrefix: prefix, deleted })}`);
    // Filtered here too: some registries (Apicurio 3.3) ignore subjectPrefix.
    return prefix === undefined ? all : all.filter((s) => s.startsWith(prefix));
  }

  /**
   * Deletes `subject` (soft; with `permanent`, a soft-deleted subject is removed for good) and
   * resolves with the deleted version numbers. Drops the subject from the caches.
   */
  async deleteSubject(subject: string, options: { permanent?: boolean } = {}): Promise<number[]> {
    const out = await this.transport.request<number[]>(
      'DELETE',
      `/subjects/${enc(subject)}${query({ permanent: options.permanent })}`,
    );
    this.forgetSubject(subject);
    return out;
  }

  /** Deletes one version of `subject` and resolves with its number. */
  async deleteVersion(
    subject: string,
    version: number | 'latest',
    options: { permanent?: boolean } = {},
  ): Promise<number> {
    const out = await this.transport.request<number>(
      'DELETE',
      `/subjects/${enc(subject)}/versions/${version}${query({ permanent: options.permanent })}`,
    );
    this.forgetSubject(subject);
    return out;
  }

  /** The compatibility level of `subject`, or the registry's global level without one. */
  async getCompatibility(subject?: string): Promise<CompatibilityLevel> {
    const path = subject === undefined ? '/config' : `/config/${enc(subject)}`;
    const res = await this.transport.request<{
      compatibilityLevel?: CompatibilityLevel;
      compatibility?: CompatibilityLevel;
    }>('GET', path);
    return (res.compatibilityLevel ?? res.compatibility)!;
  }

  /** Sets the compatibility level of `subject`, or the global one; resolves with the level set. */
  async setCompatibility(level: CompatibilityLevel, subject?: string): Promise<CompatibilityLevel> {
    const path = subject === undefined ? '/config' : `/config/${enc(subject)}`;
    const res = await this.transport.request<{ compatibility?: CompatibilityLevel }>('PUT', path, {
      compatibility: level,
    });
    return res.compatibility ?? level;
  }

  /**
   * Whether `schema` could be registered as a new version of `subject`: checked against `version`
   * (default `'latest'`), or against every version with `version: 'all'`.
   */
  async testCompatibility(
    subject: string,
    schema: SchemaInput,
    options: { version?: number | 'latest' | 'all' } = {},
  ): Promise<CompatibilityResult> {
    const v = options.version ?? 'latest';
    const path = `/compatibility/subjects/${enc(subject)}/versions${v === 'all' ? '' : `/${v}`}?verbose=true`;
    const res = await this.transport.request<{ is_compatible: boolean; messages?: unknown[] }>(
      'POST',
      path,
      schemaBody(toSchema(schema)),
    );
    return { isCompatible: res.is_compatible, messages: (res.messages ?? []).map(String) };
  }

  /** The mode of `subject`, or the registry's global mode. */
  async getMode(subject?: string): Promise<RegistryMode> {
    const res = await this.transport.request<{ mode: RegistryMode }>(
      'GET',
      subject === undefined ? '/mode' : `/mode/${enc(subject)}`,
    );
    return res.mode;
  }

  /** Sets the mode of `subject`, or the global mode; resolves with the mode set. */
  async setMode(mode: RegistryMode, subject?: string, options: { force?: boolean } = {}): Promise<RegistryMode> {
    const path = `${subject === undefined ? '/mode' : `/mode/${enc(subject)}`}${query({ force: options.force })}`;
    const res = await this.transport.request<{ mode?: RegistryMode }>('PUT', path, { mode });
    return res.mode ?? mode;
  }

  /** Forgets every cached latest version (ids and schemas, which never change, stay cached). */
  clearLatestCaches(): void {
    this.latest.clear();
  }

  /** Forgets everything cached. */
  clearCaches(): void {
    for (const c of [this.byId, this.idBySchema, this.registeredBySchema, this.byVersion, this.latest, this.byGuid])
      c.clear();
  }

  /** Closes idle keep-alive connections. The client still works afterwards (it reconnects). */
  close(): void {
    this.transport.close();
  }

  /** `await using registry = new SchemaRegistryClient(...)` closes it at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  private async fetchVersion(subject: string, version: number | 'latest', deleted: boolean): Promise<RegisteredSchema> {
    const raw = await this.transport.request<RawRegistered>(
      'GET',
      `/subjects/${enc(subject)}/versions/${version}${query({ deleted })}`,
    );
    const r = registered(raw, subject);
    this.remember(r.id, r, raw.guid);
    return r;
  }

  /** Seeds the id cache: a schema seen by id once is never fetched again. */
  private remember(id: number, schema: Schema, guid: string | undefined): void {
    if (guid !== undefined) this.guids.set(id, guid);
    if (this.byId.get(id) === undefined) this.byId.set(id, Promise.resolve(toSchema(schema)));
  }

  private forgetSubject(subject: string): void {
    const prefix = `${subject}\u0000`;
    this.latest.deleteWhere((k) => k === subject);
    for (const c of [this.idBySchema, this.registeredBySchema, this.byVersion])
      c.deleteWhere((k) => k.startsWith(prefix));
  }
}

function registered(raw: RawRegistered, subject: string): RegisteredSchema {
  return {
    id: raw.id,
    subject: raw.subject ?? subject,
    version: raw.version,
    schema: raw.schema,
    schemaType: raw.schemaType ?? 'AVRO',
    references: raw.references ?? [],
  };
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== false) parts.push(`${k}=${enc(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
