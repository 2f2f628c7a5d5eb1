import { branch, type Cond, guarded, indent, type Lines } from './code.js';
import type { FieldModel, FieldType, MessageModel, StructModel } from './spec-model.js';
import { hasFlexibleVersions } from './spec-model.js';
import { defaultExpr, fieldVersions, type HelperNeeds, isDefaultExpr, isOptional, quote } from './type-mapping.js';
import { intersect, isEmpty, notVersionCondition, versionCondition } from './versions.js';

/**
 * Prints one `encode<Struct>(w, o, v)` function per struct: fields in spec order with version
 * branches, then the tagged section. Missing optional fields take their defaults; a null where a
 * version forbids it, or a non-default value in a version that lacks a non-ignorable field, is a
 * ProtocolError naming the message, version and field (Kafka's Java client throws there too).
 */

export function encodeFunctionName(s: StructModel): string {
  return `encode${s.tsName}`;
}

const WRITE_METHOD: Record<string, string> = {
  bool: 'bool',
  int8: 'int8',
  int16: 'int16',
  int32: 'int32',
  int64: 'int64',
  uint16: 'uint16',
  uint32: 'uint32',
  float64: 'float64',
  uuid: 'uuid',
};

/**
 * Statements writing `x` of type `t` to writer `w`. `nullable` says whether null may reach this
 * point (then the nullable wire forms are used, which are byte-identical for non-null values);
 * `presenceByte` is when a nullable struct carries its -1/1 presence byte.
 */
export function writeValue(
  t: FieldType,
  x: string,
  w: string,
  flex: Cond,
  nullable: boolean,
  presenceByte: Cond,
): Lines {
  switch (t.kind) {
    case 'primitive': {
      const m = WRITE_METHOD[t.name];
      if (m) return [`${w}.${m}(${x});`];
      const base = t.name === 'string' ? 'String' : 'Bytes';
      const compact = nullable ? `compactNullable${base}` : `compact${base}`;
      const plain = nullable ? `nullable${base}` : base.toLowerCase();
      return branch(flex, [`${w}.${compact}(${x});`], [`${w}.${plain}(${x});`]);
    }
    case 'struct': {
      const call = `${encodeFunctionName(t.struct)}(${w}, ${x}, v);`;
      if (!nullable) return [call];
      return [
        `if (${x} == null) ${w}.int8(-1);`,
        'else {',
        ...indent([...guarded(presenceByte, [`${w}.int8(1);`]), call]),
        '}',
      ];
    }
    case 'array': {
      const elem = writeValue(t.element, `${x}[i]`, w, flex, false, false);
      const loop =
        elem.length === 1
          ? [`for (let i = 0; i < ${x}.length; i++) ${elem[0]}`]
          : [`for (let i = 0; i < ${x}.length; i++) {`, ...indent(elem), '}'];
      const len = (n: string) => branch(flex, [`${w}.compactArrayLength(${n});`], [`${w}.arrayLength(${n});`]);
      if (!nullable) return [...len(`${x}.length`), ...loop];
      return [
        `if (${x} == null) {`,
        ...indent(len('null')),
        '} else {',
        ...indent([...len(`${x}.length`), ...loop]),
        '}',
      ];
    }
  }
}

function block(lines: Lines): Lines {
  return ['{', ...indent(lines), '}'];
}

export function emitEncoder(s: StructModel, m: MessageModel, needs: HelperNeeds, exported: boolean): Lines {
  const api = quote(m.name);
  const body: Lines = [];
  const tagged: FieldModel[] = [];
  for (const f of s.fields) {
    const fv = fieldVersions(f, s, m);
    const what = `${m.file}: ${s.name}.${f.name}`;
    const path = quote(`${s.name}.${f.name}`);
    const local = `_${f.prop}`;
    if (!isEmpty(fv.tagged)) tagged.push(f);

    const rc = versionCondition(fv.regular, s.ctx);
    if (rc !== false) {
      const lines: Lines = [];
      lines.push(
        isOptional(f, s, m)
          ? `const ${local} = o.${f.prop} === undefined ? ${defaultExpr(f, needs, what)} : o.${f.prop};`
          : `const ${local} = o.${f.prop};`,
      );
      const nullableHere = intersect(fv.nullable, fv.regular);
      const forbidNull = notVersionCondition(nullableHere, fv.regular);
      if (forbidNull !== false) {
        lines.push(
          forbidNull === true
            ? `if (${local} == null) throw missingField(${api}, v, ${path});`
            : `if (${local} == null && ${forbidNull}) throw missingField(${api}, v, ${path});`,
        );
      }
      lines.push(
        ...writeValue(
          f.type,
          local,
          'w',
          versionCondition(fv.flexible, fv.regular),
          !isEmpty(nullableHere),
          versionCondition(fv.nullable, fv.regular),
        ),
      );
      body.push(...guarded(rc, lines));
    }

    if (!f.ignorable) {
      const absent = notVersionCondition(fv.present, s.ctx);
      const check = [
        `const x = o.${f.prop};`,
        `if (x !== undefined && !(${isDefaultExpr(f, 'x', needs, what)})) throw unsupportedField(${api}, v, ${path});`,
      ];
      if (absent === true) body.push(...block(check));
      else body.push(...guarded(absent, check));
    }
  }

  if (hasFlexibleVersions(s, m)) {
    const section: Lines = [];
    tagged.sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
    if (tagged.length > 0) section.push('let tags: TaggedField[] | undefined;');
    for (const f of tagged) {
      const fv = fieldVersions(f, s, m);
      const what = `${m.file}: ${s.name}.${f.name}`;
      const path = quote(`${s.name}.${f.name}`);
      const local = `_${f.prop}`;
      const nullableHere = intersect(fv.nullable, fv.tagged);
      const forbidNull = notVersionCondition(nullableHere, fv.tagged);
      const inner: Lines = [
        'const tw = new Writer(64);',
        ...writeValue(f.type, local, 'tw', true, !isEmpty(nullableHere), versionCondition(fv.nullable, fv.tagged)),
        `(tags ??= []).push({ tag: ${f.tag}, data: tw.finish() });`,
      ];
      const lines: Lines = [
        `const ${local} = o.${f.prop};`,
        ...(forbidNull === false
          ? []
          : [
              forbidNull === true
                ? `if (${local} === null) throw missingField(${api}, v, ${path});`
                : `if (${local} === null && ${forbidNull}) throw missingField(${api}, v, ${path});`,
            ]),
        `if (${local} !== undefined && !(${isDefaultExpr(f, local, needs, what)})) {`,
        ...indent(inner),
        '}',
      ];
      // Evaluated inside the flexible branch, so only the versions that are flexible matter.
      const tc = versionCondition(fv.tagged, intersect(s.ctx, m.flexibleVersions));
      section.push(...(tc === true ? block(lines) : guarded(tc, lines)));
    }
    const known = tagged.length > 0 ? 'tags' : 'undefined';
    // The common case, nothing tagged, writes the single zero byte without building arrays.
    section.push(
      tagged.length > 0
        ? 'if (tags === undefined && o._unknownTaggedFields === undefined) w.uint8(0);'
        : 'if (o._unknownTaggedFields === undefined) w.uint8(0);',
      `else w.taggedFields(${known}, o._unknownTaggedFields);`,
    );
    body.push(...guarded(versionCondition(m.flexibleVersions, s.ctx), section));
  }

  return [
    ...(exported ? [`/** Writes a ${s.tsName} at version \`v\`; the caller ensures \`v\` is a valid version. */`] : []),
    `${exported ? 'export ' : ''}function ${encodeFunctionName(s)}(w: Writer, o: ${s.tsName}, v: number): void {`,
    ...indent(body),
    '}',
  ];
}
