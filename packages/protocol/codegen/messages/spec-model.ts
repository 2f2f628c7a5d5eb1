import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripJsonComments } from './json-comments.js';
import { EMPTY_RANGE, hull, intersect, isEmpty, parseVersions, type VersionRange } from './versions.js';

/**
 * The specs parsed into a model the emitters can walk without re-reading JSON: struct types
 * resolved (inline and `commonStructs`), version strings parsed, and for every struct the range
 * of message versions in which it can occur.
 */

export type PrimitiveName =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint16'
  | 'uint32'
  | 'float64'
  | 'string'
  | 'bytes'
  | 'records'
  | 'uuid';

const PRIMITIVES: ReadonlySet<string> = new Set<PrimitiveName>([
  'bool',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint16',
  'uint32',
  'float64',
  'string',
  'bytes',
  'records',
  'uuid',
]);

export type FieldType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'array'; element: FieldType }
  | { kind: 'struct'; struct: StructModel };

export interface FieldModel {
  /** The spec's name, e.g. `ThrottleTimeMs`. */
  name: string;
  /** The TypeScript property: the spec name with its first letter lower-cased, as Kafka's Java generator does. */
  prop: string;
  type: FieldType;
  versions: VersionRange;
  nullableVersions: VersionRange;
  /** Versions in which the field travels in the tagged section; empty for ordinary fields. */
  taggedVersions: VersionRange;
  tag: number | undefined;
  /** A per-field override of the message's flexible versions (RequestHeader.ClientId). */
  flexibleVersions: VersionRange | undefined;
  ignorable: boolean;
  about: string | undefined;
  /** The `default` exactly as written in the spec. */
  rawDefault: string | number | boolean | undefined;
}

export interface StructModel {
  /** The spec's struct name, e.g. `TopicProduceData`. */
  name: string;
  /** The exported TypeScript name, unique across the package, e.g. `ProduceRequestTopicProduceData`. */
  tsName: string;
  fields: FieldModel[];
  /** The message versions in which this struct can be encoded (reachable through present fields). */
  ctx: VersionRange;
  about: string | undefined;
}

export type MessageKind = 'request' | 'response' | 'header' | 'data';

export interface MessageModel {
  /** Spec file name, e.g. `ProduceRequest.json`. */
  file: string;
  name: string;
  kind: MessageKind;
  apiKey: number | undefined;
  listeners: string[];
  validVersions: VersionRange;
  flexibleVersions: VersionRange;
  latestVersionUnstable: boolean;
  root: StructModel;
  /** Every struct reachable from the root, root excluded, in first-use order. */
  structs: StructModel[];
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  ignorable?: boolean;
  about?: string;
  default?: string | number | boolean;
  fields?: RawField[];
}

interface RawSpec {
  name: string;
  type: MessageKind;
  apiKey?: number;
  listeners?: string[];
  validVersions: string;
  flexibleVersions?: string;
  latestVersionUnstable?: boolean;
  fields?: RawField[];
  commonStructs?: { name: string; versions?: string; fields: RawField[] }[];
}

/** Reads every `*.json` spec in `dir`, sorted by file name so that output order is stable. */
export function loadSpecs(dir: string): MessageModel[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`no *.json message specs in ${dir}`);
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    let raw: RawSpec;
    try {
      raw = JSON.parse(stripJsonComments(text)) as RawSpec;
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    return buildMessage(file, raw);
  });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function buildMessage(file: string, raw: RawSpec): MessageModel {
  const where = (what: string) => `${file}: ${what}`;
  const validVersions = parseVersions(raw.validVersions, where('validVersions'));
  const flexibleVersions = parseVersions(raw.flexibleVersions ?? 'none', where('flexibleVersions'));
  // Nested struct names get the message name in front so that `export *` from every file cannot
  // clash; names that already start with it (MetadataRequestTopic) are not doubled.
  const structName = (n: string) => (n.startsWith(raw.name) ? n : raw.name + n);

  const common = new Map<string, StructModel>();
  for (const c of raw.commonStructs ?? []) {
    common.set(c.name, { name: c.name, tsName: structName(c.name), fields: [], ctx: EMPTY_RANGE, about: undefined });
  }

  const parseFields = (fields: RawField[] | undefined, path: string): FieldModel[] => {
    const out: FieldModel[] = [];
    const seen = new Set<string>();
    for (const f of fields ?? []) {
      const at = where(`${path}${f.name}`);
      const prop = lowerFirst(f.name);
      if (seen.has(prop)) throw new Error(`${at}: duplicate property ${prop}`);
      seen.add(prop);
      out.push({
        name: f.name,
        prop,
        type: parseType(f, `${path}${f.name}.`, at),
        versions: parseVersions(f.versions, at),
        nullableVersions: parseVersions(f.nullableVersions, at),
        taggedVersions: f.tag === undefined ? EMPTY_RANGE : parseVersions(f.taggedVersions, at),
        tag: f.tag,
        flexibleVersions: f.flexibleVersions === undefined ? undefined : parseVersions(f.flexibleVersions, at),
        ignorable: f.ignorable === true,
        about: f.about,
        rawDefault: f.default,
      });
    }
    return out;
  };

  const parseType = (f: RawField, path: string, at: string): FieldType => {
    const isArray = f.type.startsWith('[]');
    const base = isArray ? f.type.slice(2) : f.type;
    let t: FieldType;
    if (PRIMITIVES.has(base)) {
      if (f.fields) throw new Error(`${at}: primitive type ${base} with nested fields`);
      t = { kind: 'primitive', name: base as PrimitiveName };
    } else if (f.fields) {
      if (common.has(base)) throw new Error(`${at}: struct ${base} shadows a common struct`);
      t = {
        kind: 'struct',
        struct: {
          name: base,
          tsName: structName(base),
          fields: parseFields(f.fields, path),
          ctx: EMPTY_RANGE,
          about: f.about,
        },
      };
    } else {
      const c = common.get(base);
      if (!c) throw new Error(`${at}: unknown type ${f.type}`);
      if (c.about === undefined) c.about = f.about;
      t = { kind: 'struct', struct: c };
    }
    return isArray ? { kind: 'array', element: t } : t;
  };

  const rootFields = parseFields(raw.fields, '');
  for (const c of raw.commonStructs ?? []) common.get(c.name)!.fields = parseFields(c.fields, `${c.name}.`);

  const root: StructModel = {
    name: raw.name,
    tsName: raw.name,
    fields: rootFields,
    ctx: EMPTY_RANGE,
    about: undefined,
  };
  const structs: StructModel[] = [];
  const visit = (s: StructModel, ctx: VersionRange, depth: number) => {
    if (depth > 32) throw new Error(where(`struct nesting too deep at ${s.name}`));
    if (s !== root && !structs.includes(s)) structs.push(s);
    s.ctx = hull(s.ctx, ctx);
    for (const f of s.fields) {
      const st = structOf(f.type);
      if (st) visit(st, intersect(ctx, f.versions), depth + 1);
    }
  };
  visit(root, validVersions, 0);

  const names = new Set<string>([root.tsName]);
  for (const s of structs) {
    if (names.has(s.tsName)) throw new Error(where(`two structs named ${s.tsName}`));
    names.add(s.tsName);
  }

  return {
    file,
    name: raw.name,
    kind: raw.type,
    apiKey: raw.apiKey,
    listeners: raw.listeners ?? [],
    validVersions,
    flexibleVersions,
    latestVersionUnstable: raw.latestVersionUnstable === true,
    root,
    structs,
  };
}

/** The struct a field holds directly or as array elements. */
export function structOf(t: FieldType): StructModel | undefined {
  if (t.kind === 'struct') return t.struct;
  if (t.kind === 'array') return structOf(t.element);
  return undefined;
}

/** True when some version of `s`'s context is flexible, i.e. the struct has a tagged section. */
export function hasFlexibleVersions(s: StructModel, m: MessageModel): boolean {
  return !isEmpty(intersect(s.ctx, m.flexibleVersions));
}
