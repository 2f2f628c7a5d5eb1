import { fileHeader } from './emit-message-file.js';
import type { FieldModel, FieldType, MessageModel } from './spec-model.js';
import { parseDefault, quote } from './type-mapping.js';
import { format } from './versions.js';

/**
 * `schemas.ts`: a compact description of every message (field names, types, version ranges,
 * defaults) derived from the specs. The property tests build their value generators from it, so
 * they run from the repository alone without the spec JSON; tools may use it to walk messages.
 * It is deliberately not re-exported from the package index.
 */

function typeName(t: FieldType): string {
  if (t.kind === 'primitive') return t.name;
  if (t.kind === 'struct') return 'struct';
  return `[]${typeName(t.element)}`;
}

function fieldEntry(f: FieldModel, m: MessageModel, depth: number): string[] {
  const parts = [
    `name: ${quote(f.prop)}`,
    `type: ${quote(typeName(f.type))}`,
    `versions: ${quote(format(f.versions))}`,
  ];
  if (f.nullableVersions.lo <= f.nullableVersions.hi)
    parts.push(`nullableVersions: ${quote(format(f.nullableVersions))}`);
  if (f.tag !== undefined) parts.push(`tag: ${f.tag}`, `taggedVersions: ${quote(format(f.taggedVersions))}`);
  if (f.flexibleVersions) parts.push(`flexibleVersions: ${quote(format(f.flexibleVersions))}`);
  if (f.ignorable) parts.push('ignorable: true');
  const d = parseDefault(f, `${m.file}: ${f.name}`);
  if (d.kind === 'null') parts.push('default: null');
  else if (d.kind === 'literal') parts.push(`default: ${d.code}`);
  const pad = '  '.repeat(depth);
  const struct =
    f.type.kind === 'struct'
      ? f.type.struct
      : f.type.kind === 'array' && f.type.element.kind === 'struct'
        ? f.type.element.struct
        : undefined;
  if (!struct) return [`${pad}{ ${parts.join(', ')} },`];
  return [
    `${pad}{ ${parts.join(', ')}, fields: [`,
    ...struct.fields.flatMap((c) => fieldEntry(c, m, depth + 1)),
    `${pad}] },`,
  ];
}

export function emitSchemas(models: MessageModel[], kafkaVersion: string): string {
  const lines = [
    fileHeader(['*.json'], kafkaVersion),
    '',
    '/** One field of a message or struct, as the spec declares it. */',
    'export interface FieldSchema {',
    '  /** The TypeScript property name. */',
    '  readonly name: string;',
    '  /** A primitive type name, `struct`, or either prefixed with `[]` for arrays. */',
    '  readonly type: string;',
    '  readonly versions: string;',
    '  readonly nullableVersions?: string;',
    '  readonly tag?: number;',
    '  readonly taggedVersions?: string;',
    '  /** A per-field override of the message flexible versions. */',
    '  readonly flexibleVersions?: string;',
    '  readonly ignorable?: boolean;',
    "  /** The spec default (int64 as bigint); absent when the type's zero applies. */",
    '  readonly default?: number | bigint | boolean | string | null;',
    '  readonly fields?: readonly FieldSchema[];',
    '}',
    '',
    '/** One message (request, response, header or data schema). */',
    'export interface MessageSchema {',
    '  readonly name: string;',
    "  readonly kind: 'request' | 'response' | 'header' | 'data';",
    '  readonly apiKey?: number;',
    '  readonly validVersions: string;',
    '  readonly flexibleVersions: string;',
    '  readonly fields: readonly FieldSchema[];',
    '}',
    '',
    '/** Every message spec, in spec file order. */',
    'export const MESSAGE_SCHEMAS: readonly MessageSchema[] = [',
  ];
  for (const m of models) {
    const head = [
      `name: ${quote(m.name)}`,
      `kind: ${quote(m.kind)}`,
      ...(m.apiKey === undefined ? [] : [`apiKey: ${m.apiKey}`]),
      `validVersions: ${quote(format(m.validVersions))}`,
      `flexibleVersions: ${quote(format(m.flexibleVersions))}`,
    ];
    lines.push(`  { ${head.join(', ')}, fields: [`);
    lines.push(...m.root.fields.flatMap((f) => fieldEntry(f, m, 2)));
    lines.push('  ] },');
  }
  lines.push('];');
  return `${lines.join('\n')}\n`;
}
