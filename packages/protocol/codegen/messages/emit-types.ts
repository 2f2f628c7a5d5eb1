import { doc, indent, type Lines } from './code.js';
import type { FieldModel, MessageModel, StructModel } from './spec-model.js';
import { hasFlexibleVersions } from './spec-model.js';
import { fieldTsType, fieldVersions, isOptional } from './type-mapping.js';
import { format, intersect, isEmpty } from './versions.js';

/**
 * Prints one interface per struct, with the spec's `about` texts as TSDoc and the versions each
 * field exists in, so an editor tooltip answers "can I use this field at the version I speak?".
 */

function fieldNotes(f: FieldModel, s: StructModel, m: MessageModel): string {
  const fv = fieldVersions(f, s, m);
  const parts = [`Versions ${format(intersect(f.versions, m.validVersions))}`];
  if (!isEmpty(fv.nullable)) parts.push(`nullable ${format(fv.nullable)}`);
  if (!isEmpty(fv.tagged)) parts.push(`tagged (tag ${f.tag}) ${format(fv.tagged)}`);
  if (f.rawDefault !== undefined) parts.push(`default ${JSON.stringify(f.rawDefault)}`);
  if (f.ignorable) parts.push('ignorable');
  return `${parts.join('; ')}.`;
}

export function emitStructType(s: StructModel, m: MessageModel, rootDoc?: string): Lines {
  const out: Lines = [...doc(rootDoc ?? s.about), `export interface ${s.tsName} {`];
  const body: Lines = [];
  for (const f of s.fields) {
    body.push(...doc(f.about, [fieldNotes(f, s, m)]));
    body.push(`${f.prop}${isOptional(f, s, m) ? '?' : ''}: ${fieldTsType(f)};`);
  }
  if (hasFlexibleVersions(s, m)) {
    body.push(
      ...doc('Tagged fields this version of kafka-aio does not know; kept so that re-encoding preserves them.'),
    );
    body.push('_unknownTaggedFields?: TaggedField[];');
  }
  out.push(...indent(body), '}');
  return out;
}
