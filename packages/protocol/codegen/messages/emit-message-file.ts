import { doc, indent, type Lines } from './code.js';
import { decodeFunctionName, emitDecoder } from './emit-decoder.js';
import { emitNeededHelpers } from './emit-defaults.js';
import { emitEncoder, encodeFunctionName } from './emit-encoder.js';
import { emitStructType } from './emit-types.js';
import type { MessageModel } from './spec-model.js';
import type { HelperNeeds } from './type-mapping.js';
import { quote } from './type-mapping.js';
import { format, isEmpty, versionCondition } from './versions.js';

/**
 * Assembles whole files: one per API (request and response together, plus the ApiCodec), one per
 * header, one per data schema. Imports are derived from what the body uses so that no file
 * carries an unused one.
 */

/** Where the generator lives, as printed in every file header. */
export const GENERATOR_PATH = 'packages/protocol/codegen/messages';

export function fileHeader(specFiles: string[], kafkaVersion: string): string {
  return `// Generated from ${specFiles.join(', ')} @ Kafka ${kafkaVersion} by ${GENERATOR_PATH} — do not edit.`;
}

/** `ApiVersions` -> `api-versions`, `KRaftVersionRecord` -> `k-raft-version-record`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The API's name without the Request suffix, as Kafka's ApiKeys enum spells it. */
export function apiName(request: MessageModel): string {
  return request.name.replace(/Request$/, '');
}

export function codecName(request: MessageModel): string {
  return `${apiName(request)}Api`;
}

function versionsText(m: MessageModel): string {
  const flex = isEmpty(m.flexibleVersions) ? 'never flexible' : `flexible from ${m.flexibleVersions.lo}`;
  return isEmpty(m.validVersions)
    ? 'no supported versions (removed from Kafka)'
    : `versions ${format(m.validVersions)}, ${flex}`;
}

interface StructCode {
  types: Lines;
  functions: Lines;
}

function emitMessageStructs(m: MessageModel, rootDoc: string, exportRoot: boolean): StructCode {
  const needs: HelperNeeds = { defaultStructs: new Set(), isDefaultStructs: new Set() };
  const types: Lines = [...emitStructType(m.root, m, rootDoc)];
  for (const s of m.structs) types.push('', ...emitStructType(s, m));
  const functions: Lines = [];
  for (const s of [m.root, ...m.structs]) {
    // A struct no valid version reaches keeps its type (its parent's type names it) but needs no code.
    if (s !== m.root && isEmpty(s.ctx)) continue;
    const exported = s === m.root && exportRoot;
    functions.push('', ...emitEncoder(s, m, needs, exported), '', ...emitDecoder(s, m, needs, exported));
  }
  functions.push(...emitNeededHelpers(m, needs));
  return { types, functions };
}

/** Import lines for what `body` mentions, so no file imports what it does not use. */
function imports(body: string, extra: { apiCodec?: boolean }): Lines {
  const uses = (re: RegExp) => re.test(body);
  const out: Lines = [];
  if (extra.apiCodec) out.push("import type { ApiCodec } from '../api-codec.js';");
  if (uses(/\bnew Reader\(/)) {
    out.push(`import { Reader${uses(/\bTaggedField\b/) ? ', type TaggedField' : ''} } from '../primitives/reader.js';`);
  } else {
    const names = ['Reader', 'TaggedField'].filter((n) => uses(new RegExp(`\\b${n}\\b`)));
    if (names.length > 0) out.push(`import type { ${names.join(', ')} } from '../primitives/reader.js';`);
  }
  const uuid = [uses(/\bUuid\b/) ? 'type Uuid' : '', uses(/\bZERO_UUID\b/) ? 'ZERO_UUID' : ''].filter(Boolean);
  if (uuid.length > 0) {
    const all = uuid.every((u) => u.startsWith('type '))
      ? `import type { Uuid } from`
      : `import { ${uuid.join(', ')} } from`;
    out.push(`${all} '../primitives/uuid.js';`);
  }
  if (uses(/\bnew Writer\(/)) out.push("import { Writer } from '../primitives/writer.js';");
  else if (uses(/\bWriter\b/)) out.push("import type { Writer } from '../primitives/writer.js';");
  if (uses(/\bProtocolError\b/)) out.push("import { ProtocolError } from '../errors/kafka-error.js';");
  const helpers = [
    'checkVersion',
    'decodeFailure',
    'EMPTY_BYTES',
    'encodeFailure',
    'missingField',
    'nullOnWire',
    'unsupportedField',
  ];
  const used = helpers.filter((h) => uses(new RegExp(`\\b${h}\\b`)));
  if (used.length > 0) out.push(`import { ${used.join(', ')} } from './codec-support.js';`);
  return out;
}

function assemble(specFiles: string[], kafkaVersion: string, body: Lines, extra: { apiCodec?: boolean }): string {
  const text = body.join('\n');
  return `${[fileHeader(specFiles, kafkaVersion), '', ...imports(text, extra), ''].join('\n')}\n${text.replace(/^\n+/, '')}\n`;
}

export function emitApiFile(req: MessageModel, res: MessageModel, kafkaVersion: string): string {
  const name = apiName(req);
  if (format(req.validVersions) !== format(res.validVersions)) {
    throw new Error(`${req.file}/${res.file}: request and response versions differ`);
  }
  if (format(req.flexibleVersions) !== format(res.flexibleVersions)) {
    throw new Error(`${req.file}/${res.file}: request and response flexible versions differ`);
  }
  const r = emitMessageStructs(req, `A ${name} request (API key ${req.apiKey}): ${versionsText(req)}.`, false);
  const s = emitMessageStructs(res, `A ${name} response (API key ${res.apiKey}): ${versionsText(res)}.`, false);
  const valid = req.validVersions;
  const min = isEmpty(valid) ? 0 : valid.lo;
  const max = isEmpty(valid) ? -1 : valid.hi;
  const any = { lo: 0, hi: 0x7fff };
  const flex = versionCondition(req.flexibleVersions, any);
  const pick = (a: number, b: number) => (flex === true ? `${a}` : flex === false ? `${b}` : `(${flex} ? ${a} : ${b})`);
  const method = (sig: string, ret: string, call: string, failure: string) => [
    `${sig} {`,
    ...indent([
      `checkVersion(${quote(name)}, v, ${min}, ${max});`,
      'try {',
      `  ${ret}${call};`,
      '} catch (e) {',
      `  throw ${failure};`,
      '}',
    ]),
    '},',
  ];
  const codec: Lines = [
    ...doc(
      `The ${name} API (key ${req.apiKey}): ${versionsText(req)}. Served by: ${req.listeners.join(', ') || 'none'}.`,
    ),
    `export const ${codecName(req)}: ApiCodec<${req.name}, ${res.name}> = {`,
    ...indent([
      `apiKey: ${req.apiKey},`,
      `name: ${quote(name)},`,
      `minVersion: ${min},`,
      `maxVersion: ${max},`,
      `flexibleFrom: ${isEmpty(req.flexibleVersions) ? -1 : req.flexibleVersions.lo},`,
      `latestVersionUnstable: ${req.latestVersionUnstable},`,
      `listeners: [${req.listeners.map(quote).join(', ')}],`,
      `requestHeaderVersion: (${flex === true || flex === false ? '_v' : 'v'}: number): number => ${pick(2, 1)},`,
      // ApiVersions answers with header v0 even when flexible: a client that does not yet know the
      // broker's versions must be able to parse the reply (KIP-511).
      req.apiKey === 18
        ? 'responseHeaderVersion: (_v: number): number => 0,'
        : `responseHeaderVersion: (${flex === true || flex === false ? '_v' : 'v'}: number): number => ${pick(1, 0)},`,
      ...method(
        `encodeRequest(w: Writer, body: ${req.name}, v: number): void`,
        '',
        `${encodeFunctionName(req.root)}(w, body, v)`,
        `encodeFailure(\`cannot encode ${req.name} v\${v}\`, e)`,
      ),
      ...method(
        `decodeRequest(r: Reader, v: number): ${req.name}`,
        'return ',
        `${decodeFunctionName(req.root)}(r, v)`,
        `decodeFailure(\`cannot decode ${req.name} v\${v}\`, e)`,
      ),
      ...method(
        `encodeResponse(w: Writer, body: ${res.name}, v: number): void`,
        '',
        `${encodeFunctionName(res.root)}(w, body, v)`,
        `encodeFailure(\`cannot encode ${res.name} v\${v}\`, e)`,
      ),
      ...method(
        `decodeResponse(r: Reader, v: number): ${res.name}`,
        'return ',
        `${decodeFunctionName(res.root)}(r, v)`,
        `decodeFailure(\`cannot decode ${res.name} v\${v}\`, e)`,
      ),
    ]),
    '};',
  ];
  const body = [...r.types, '', ...s.types, ...r.functions, ...s.functions, '', ...codec];
  return assemble([req.file, res.file], kafkaVersion, body, { apiCodec: true });
}

/** Request and response headers: the struct codecs, exported, for the connection to frame with. */
export function emitHeaderFile(m: MessageModel, kafkaVersion: string): string {
  const c = emitMessageStructs(m, `Kafka's ${m.name}: ${versionsText(m)}.`, true);
  return assemble([m.file], kafkaVersion, [...c.types, ...c.functions], {});
}

/**
 * Data schemas that Kafka writes with an int16 version in front of the struct (Java's
 * `MessageUtil.toVersionPrefixedBytes`): the consumer protocol's subscription and assignment,
 * control record keys, transaction markers and forwarded principals. The KRaft records carry a
 * Version field inside the struct instead and are written bare.
 */
export const VERSION_PREFIXED = new Set([
  'ConsumerProtocolAssignment',
  'ConsumerProtocolSubscription',
  'ControlRecordTypeSchema',
  'DefaultPrincipalData',
  'EndTxnMarker',
]);

export function emitDataFile(m: MessageModel, kafkaVersion: string): string {
  const c = emitMessageStructs(m, `Kafka's ${m.name} data schema: ${versionsText(m)}.`, true);
  const { lo, hi } = m.validVersions;
  const n = m.name;
  const enc = encodeFunctionName(m.root);
  const dec = decodeFunctionName(m.root);
  const prefixed = VERSION_PREFIXED.has(n);
  const extra: Lines = prefixed
    ? [
        ...doc(`Serializes a ${n} as Kafka does: an int16 version, then the struct at that version.`),
        `export function serialize${n}(value: ${n}, version = ${hi}): Buffer {`,
        ...indent([
          `checkVersion(${quote(n)}, version, ${lo}, ${hi});`,
          'const w = new Writer(64);',
          'w.int16(version);',
          'try {',
          `  ${enc}(w, value, version);`,
          '} catch (e) {',
          `  throw encodeFailure(\`cannot encode ${n} v\${version}\`, e);`,
          '}',
          'return w.finish();',
        ]),
        '}',
        '',
        ...doc(
          `Reads a version-prefixed ${n}. A version newer than ${hi} is read as ${hi}, as Kafka's own readers do: later versions only add fields at the end.`,
        ),
        `export function deserialize${n}(buf: Buffer): ${n} {`,
        ...indent([
          'try {',
          '  const r = new Reader(buf);',
          '  const version = r.int16();',
          `  if (version < ${lo}) throw new ProtocolError(\`unsupported ${n} version \${version}\`);`,
          `  return ${dec}(r, Math.min(version, ${hi}));`,
          '} catch (e) {',
          `  throw decodeFailure('cannot decode ${n}', e);`,
          '}',
        ]),
        '}',
      ]
    : [
        ...doc(`Serializes a ${n} at \`version\` (no version prefix: the struct carries its own Version field).`),
        `export function serialize${n}(value: ${n}, version = ${hi}): Buffer {`,
        ...indent([
          `checkVersion(${quote(n)}, version, ${lo}, ${hi});`,
          'const w = new Writer(64);',
          'try {',
          `  ${enc}(w, value, version);`,
          '} catch (e) {',
          `  throw encodeFailure(\`cannot encode ${n} v\${version}\`, e);`,
          '}',
          'return w.finish();',
        ]),
        '}',
        '',
        ...doc(`Reads a ${n} written at \`version\`.`),
        `export function deserialize${n}(buf: Buffer, version = ${hi}): ${n} {`,
        ...indent([
          `checkVersion(${quote(n)}, version, ${lo}, ${hi});`,
          'try {',
          `  return ${dec}(new Reader(buf), version);`,
          '} catch (e) {',
          `  throw decodeFailure(\`cannot decode ${n} v\${version}\`, e);`,
          '}',
        ]),
        '}',
      ];
  return assemble([m.file], kafkaVersion, [...c.types, ...c.functions, '', ...extra], {});
}
