import { type Cond, guarded, indent, type Lines, ternary } from './code.js';
import type { FieldModel, FieldType, MessageModel, StructModel } from './spec-model.js';
import { hasFlexibleVersions } from './spec-model.js';
import {
  arrayElementBound,
  defaultExpr,
  fieldTsType,
  fieldVersions,
  type HelperNeeds,
  quote,
  tsType,
} from './type-mapping.js';
import { intersect, isEmpty, type VersionRange, versionCondition } from './versions.js';

/**
 * Prints one `decode<Struct>(r, v)` function per struct. Every field is read into a local (or
 * set to its default when the version lacks it), tagged fields are picked out of the tagged
 * section, and one object literal is built at the end so all decoded objects of a struct share a
 * shape and are complete. Array counts are bounded through the Reader before any allocation.
 */

export function decodeFunctionName(s: StructModel): string {
  return `decode${s.tsName}`;
}

const READ_METHOD: Record<string, string> = {
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

/** An expression reading a non-array value; `nullable` is when null is allowed on the wire. */
function readExpr(t: FieldType, r: string, flex: Cond, nullable: Cond): string {
  switch (t.kind) {
    case 'primitive': {
      const m = READ_METHOD[t.name];
      if (m) return `${r}.${m}()`;
      const base = t.name === 'string' ? 'String' : 'Bytes';
      const compact = ternary(nullable, `${r}.compactNullable${base}()`, `${r}.compact${base}()`);
      const plain = ternary(nullable, `${r}.nullable${base}()`, `${r}.${base.toLowerCase()}()`);
      return ternary(flex, compact, plain);
    }
    case 'struct': {
      const call = `${decodeFunctionName(t.struct)}(${r}, v)`;
      if (nullable === false) return call;
      // A nullable struct is preceded by a presence byte: -1 for null, 1 for a value.
      if (nullable === true) return `(${r}.int8() < 0 ? null : ${call})`;
      return `(${nullable} && ${r}.int8() < 0 ? null : ${call})`;
    }
    case 'array':
      throw new Error('arrays are read by readArray');
  }
}

function readArray(
  f: FieldModel,
  m: MessageModel,
  target: string,
  r: string,
  flex: Cond,
  nullable: Cond,
  range: VersionRange,
  path: string,
): Lines {
  if (f.type.kind !== 'array') throw new Error('not an array');
  const bound = arrayElementBound(f, range, m);
  const elem = readExpr(f.type.element, r, flex, false);
  const onNull =
    nullable === true
      ? [`${target} = null;`]
      : nullable === false
        ? [`throw nullOnWire(${quote(m.name)}, v, ${path});`]
        : [`if (!(${nullable})) throw nullOnWire(${quote(m.name)}, v, ${path});`, `${target} = null;`];
  return [
    `const n = ${ternary(flex, `${r}.compactArrayLength(${bound})`, `${r}.arrayLength(${bound})`)};`,
    'if (n < 0) {',
    ...indent(onNull),
    '} else {',
    ...indent([
      `const a: ${tsType(f.type.element)}[] = [];`,
      `for (let i = 0; i < n; i++) a.push(${elem});`,
      `${target} = a;`,
    ]),
    '}',
  ];
}

export function emitDecoder(s: StructModel, m: MessageModel, needs: HelperNeeds, exported: boolean): Lines {
  const body: Lines = [];
  const tagged: FieldModel[] = [];
  for (const f of s.fields) {
    const fv = fieldVersions(f, s, m);
    const what = `${m.file}: ${s.name}.${f.name}`;
    const path = quote(`${s.name}.${f.name}`);
    const local = `_${f.prop}`;
    const type = fieldTsType(f);
    const hasTag = !isEmpty(fv.tagged);
    if (hasTag) tagged.push(f);
    const rc = versionCondition(fv.regular, s.ctx);
    const flex = versionCondition(fv.flexible, fv.regular);
    const nullable = versionCondition(intersect(fv.nullable, fv.regular), fv.regular);
    const dflt = () => defaultExpr(f, needs, what);

    if (f.type.kind === 'array') {
      if (rc === false) {
        body.push(`${hasTag ? 'let' : 'const'} ${local}: ${type} = ${dflt()};`);
      } else {
        const read = readArray(f, m, local, 'r', flex, nullable, fv.regular, path);
        body.push(rc === true ? `let ${local}: ${type};` : `let ${local}: ${type} = ${dflt()};`);
        body.push(...(rc === true ? ['{', ...indent(read), '}'] : guarded(rc, read)));
      }
    } else if (rc === true) {
      body.push(`const ${local} = ${readExpr(f.type, 'r', flex, nullable)};`);
    } else {
      const value = rc === false ? dflt() : ternary(rc, readExpr(f.type, 'r', flex, nullable), dflt());
      body.push(`${hasTag ? 'let' : 'const'} ${local}: ${type} = ${value};`);
    }
  }

  const flexible = hasFlexibleVersions(s, m);
  if (flexible) {
    const fc = versionCondition(m.flexibleVersions, s.ctx);
    if (tagged.length === 0) {
      body.push(`const unknownTags = ${ternary(fc, 'r.taggedFields()', 'undefined')};`);
    } else {
      tagged.sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
      const cases: Lines = [];
      for (const f of tagged) {
        const fv = fieldVersions(f, s, m);
        const path = quote(`${s.name}.${f.name}`);
        const local = `_${f.prop}`;
        const nullable = versionCondition(intersect(fv.nullable, fv.tagged), fv.tagged);
        const read =
          f.type.kind === 'array'
            ? readArray(f, m, local, 'tr', true, nullable, fv.tagged, path)
            : [`${local} = ${readExpr(f.type, 'tr', true, nullable)};`];
        const tc = versionCondition(fv.tagged, intersect(s.ctx, m.flexibleVersions));
        cases.push(`case ${f.tag}: {`);
        cases.push(
          ...indent(
            tc === true ? [...read, 'return true;'] : [...guarded(tc, [...read, 'return true;']), 'return false;'],
          ),
        );
        cases.push('}');
      }
      body.push('let unknownTags: TaggedField[] | undefined;');
      body.push(
        ...guarded(fc, [
          'unknownTags = r.taggedFields((tag, tr) => {',
          ...indent(['switch (tag) {', ...indent(cases), '}', 'return false;']),
          '});',
        ]),
      );
    }
  }

  const props = s.fields.map((f) => `${f.prop}: _${f.prop},`);
  if (flexible) {
    body.push(`const o: ${s.tsName} = {`, ...indent(props), '};');
    // Only attached when present so that decoded objects deep-equal hand-built ones.
    body.push('if (unknownTags !== undefined) o._unknownTaggedFields = unknownTags;', 'return o;');
  } else {
    body.push(props.length === 0 ? 'return {};' : 'return {', ...(props.length === 0 ? [] : [...indent(props), '};']));
  }
  return [
    ...(exported ? [`/** Reads a ${s.tsName} written at version \`v\`; malformed input throws ProtocolError. */`] : []),
    `${exported ? 'export ' : ''}function ${decodeFunctionName(s)}(r: Reader, v: number): ${s.tsName} {`,
    ...indent(body),
    '}',
  ];
}
