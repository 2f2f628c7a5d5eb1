import type { DescEnum, DescField, DescFile, DescMessage, DescOneof } from '@bufbuild/protobuf';
import type { DescriptorProto, FieldDescriptorProto } from '@bufbuild/protobuf/wkt';

// The registry stores Protobuf schemas as .proto text. Generated code carries a FileDescriptorProto,
// not the text, so the serializer prints the text from the descriptor: syntax, package, imports,
// messages (nested ones, maps, oneofs, proto3 optional, reserved), enums. Options, services and
// extensions are left out: they do not change the wire format or compatibility checks.
//
// Confluent's message indexes count a message's nested types in declaration order, map entry types
// included (protoc declares one per map field, where the field is). The printer keeps that order by
// writing each map field where its entry type stands, so the registry, parsing the text, numbers
// nested types as the descriptor does.

const SCALARS: Record<number, string> = {
  1: 'double',
  2: 'float',
  3: 'int64',
  4: 'uint64',
  5: 'int32',
  6: 'fixed64',
  7: 'fixed32',
  8: 'bool',
  9: 'string',
  12: 'bytes',
  13: 'uint32',
  15: 'sfixed32',
  16: 'sfixed64',
  17: 'sint32',
  18: 'sint64',
};
const LABEL_REPEATED = 3;
const LABEL_REQUIRED = 2;
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const MAX_FIELD_NUMBER = 536_870_911;

/** The .proto text of `file` (proto2 or proto3; editions files are refused). */
export function printProtoFile(file: DescFile): string {
  const syntax = file.proto.syntax === '' ? 'proto2' : file.proto.syntax;
  if (syntax !== 'proto2' && syntax !== 'proto3')
    throw new Error(`${file.name}: only proto2 and proto3 files can be printed, not ${syntax}`);
  const out: string[] = [`syntax = "${syntax}";`, ''];
  if (file.proto.package) out.push(`package ${file.proto.package};`, '');
  if (file.proto.dependency.length) {
    for (const dep of file.proto.dependency) out.push(`import "${dep}";`);
    out.push('');
  }
  for (const m of file.messages) printMessage(m, '', out, syntax);
  for (const e of file.enums) printEnum(e, '', out);
  return `${out.join('\n').trimEnd()}\n`;
}

function printMessage(msg: DescMessage, ind: string, out: string[], syntax: string): void {
  out.push(`${ind}message ${msg.name} {`);
  const inner = `${ind}  `;
  for (const nt of msg.proto.nestedType) {
    if (nt.options?.mapEntry) {
      const f = msg.fields.find((x) => x.fieldKind === 'map' && x.proto.typeName.endsWith(`.${nt.name}`));
      if (f) out.push(`${inner}map<${mapTypes(nt)}> ${f.name} = ${f.number}${fieldOptions(f.proto, syntax)};`);
      continue;
    }
    const nested = msg.nestedMessages.find((m) => m.name === nt.name);
    if (nested) printMessage(nested, inner, out, syntax);
  }
  for (const e of msg.nestedEnums) printEnum(e, inner, out);
  for (const member of msg.members) {
    if (member.kind === 'oneof') printOneof(member, inner, out, syntax);
    else if (member.fieldKind !== 'map') out.push(`${inner}${printField(member, syntax, false)}`);
  }
  const ranges = msg.proto.reservedRange.map((r) =>
    r.end - 1 === r.start ? `${r.start}` : `${r.start} to ${r.end - 1 >= MAX_FIELD_NUMBER ? 'max' : r.end - 1}`,
  );
  if (ranges.length) out.push(`${inner}reserved ${ranges.join(', ')};`);
  if (msg.proto.reservedName.length)
    out.push(`${inner}reserved ${msg.proto.reservedName.map((n) => JSON.stringify(n)).join(', ')};`);
  out.push(`${ind}}`);
}

function printOneof(oneof: DescOneof, ind: string, out: string[], syntax: string): void {
  out.push(`${ind}oneof ${oneof.name} {`);
  for (const f of oneof.fields) out.push(`${ind}  ${printField(f, syntax, true)}`);
  out.push(`${ind}}`);
}

function printField(f: DescField, syntax: string, inOneof: boolean): string {
  const p = f.proto;
  let label = '';
  if (p.label === LABEL_REPEATED) label = 'repeated ';
  else if (inOneof) label = '';
  else if (syntax === 'proto2') label = p.label === LABEL_REQUIRED ? 'required ' : 'optional ';
  else if (p.proto3Optional) label = 'optional ';
  return `${label}${typeName(p)} ${f.name} = ${f.number}${fieldOptions(p, syntax)};`;
}

function typeName(p: FieldDescriptorProto): string {
  if (p.type === TYPE_MESSAGE || p.type === TYPE_ENUM) return p.typeName;
  const s = SCALARS[p.type];
  if (s === undefined) throw new Error(`field ${p.name}: groups cannot be printed`);
  return s;
}

function mapTypes(entry: DescriptorProto): string {
  const key = entry.field.find((f) => f.number === 1)!;
  const value = entry.field.find((f) => f.number === 2)!;
  return `${typeName(key)}, ${typeName(value)}`;
}

function fieldOptions(p: FieldDescriptorProto, syntax: string): string {
  const opts: string[] = [];
  if (syntax === 'proto2' && p.defaultValue !== '' && p.defaultValue !== undefined) {
    opts.push(`default = ${p.type === 9 || p.type === 12 ? JSON.stringify(p.defaultValue) : p.defaultValue}`);
  }
  if (p.options?.packed === true && syntax === 'proto2') opts.push('packed = true');
  if (p.options?.packed === false && syntax === 'proto3') opts.push('packed = false');
  return opts.length ? ` [${opts.join(', ')}]` : '';
}

function printEnum(e: DescEnum, ind: string, out: string[]): void {
  out.push(`${ind}enum ${e.name} {`);
  if (e.proto.options?.allowAlias) out.push(`${ind}  option allow_alias = true;`);
  for (const v of e.values) out.push(`${ind}  ${v.name} = ${v.number};`);
  out.push(`${ind}}`);
}

/**
 * The message index paths of a .proto text: `'0'` for the first top-level message, `'1.0'` for
 * the first type nested in the second, and so on (map fields count as the nested entry types
 * protoc declares for them), each mapped to the message's full name.
 */
export function indexMessages(text: string): Map<string, string> {
  const tokens = tokenize(text);
  const out = new Map<string, string>();
  let pkg = '';
  type Frame = { kind: 'file' | 'message' | 'other'; name: string; path: number[]; children: number };
  const stack: Frame[] = [{ kind: 'file', name: '', path: [], children: 0 }];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const top = stack[stack.length - 1];
    if (t === 'package' && top.kind === 'file') {
      pkg = tokens[i + 1] ?? '';
      i++;
    } else if (
      (t === 'message' || t === 'group') &&
      top.kind !== 'other' &&
      /^[A-Za-z_]\w*$/.test(tokens[i + 1] ?? '')
    ) {
      // `message Name {`, or a proto2 `group Name = n {` (which also declares a nested type)
      let j = i + 2;
      while (j < tokens.length && tokens[j] !== '{' && tokens[j] !== ';') j++;
      if (tokens[j] !== '{' || (t === 'message' && j !== i + 2)) continue;
      const name = tokens[i + 1];
      const path = [...top.path, top.children++];
      const full = top.kind === 'file' ? (pkg ? `${pkg}.${name}` : name) : `${top.name}.${name}`;
      out.set(path.join('.'), full);
      stack.push({ kind: 'message', name: full, path, children: 0 });
      i = j;
    } else if (t === 'map' && tokens[i + 1] === '<' && top.kind === 'message') {
      top.children++;
    } else if (t === '{') {
      stack.push({ kind: 'other', name: top.name, path: top.path, children: 0 });
    } else if (t === '}') {
      if (stack.length > 1) stack.pop();
    }
  }
  return out;
}

function tokenize(text: string): string[] {
  const noComments = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) =>
    m.startsWith('/') ? ' ' : '""',
  );
  return noComments.match(/[A-Za-z_][\w.]*|\.[A-Za-z_][\w.]*|\d[\w.+-]*|""|\S/g) ?? [];
}

/** The message index path of `desc`, as its file declares it (for the wire format). */
export function messageIndexesOf(desc: DescMessage): number[] {
  const path: number[] = [];
  let m: DescMessage = desc;
  while (m.parent !== undefined) {
    const parent: DescMessage = m.parent;
    path.unshift(parent.proto.nestedType.findIndex((n) => n.name === m.name));
    m = parent;
  }
  path.unshift(m.file.proto.messageType.findIndex((n) => n.name === m.name));
  return path;
}
