/**
 * Generates `src/errors/broker-errors.ts` from the error table in `error-codes.ts`: one class per
 * Kafka error code, the `ERROR_CODES` metadata, the `ErrorCode` name -> code constants and the
 * code -> class map used by `createKafkaError`.
 *
 *   tsx codegen/errors/generate.ts           write the file
 *   tsx codegen/errors/generate.ts --check   exit 1 when the committed file differs
 *
 * The output is already formatted the way Biome formats it, so `biome check` passes on it unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ERROR_TABLE, type ErrorCodeRow, FLAG_RULES, KAFKA_VERSION } from './error-codes.js';

/** Where the generated file lives. */
export const OUTPUT_PATH = fileURLToPath(new URL('../../src/errors/broker-errors.ts', import.meta.url));

/** Class names the hand-written client errors use; a broker class must not take one of them. */
const CLIENT_CLASS_NAMES = new Set([
  'KafkaError',
  'ProtocolError',
  'BrokerResponseError',
  'UnknownKafkaError',
  'KafkaTimeoutError',
  'ConnectionError',
  'ConsumerStoppedError',
  'ProducerClosedError',
  'IllegalOperationError',
  'IllegalStateError',
  'NoBrokersAvailableError',
  'InvalidConfigError',
  'SerializationError',
  'DeserializationError',
  'UnsupportedCodecError',
  'MessageSizeTooLargeError',
  'AbortError',
]);

/** `NOT_LEADER_OR_FOLLOWER` -> `NotLeaderOrFollowerError`; `..._EXCEPTION`/`..._ERROR` end in one `Error`. */
export function classNameOf(row: ErrorCodeRow): string {
  if (row.className) return row.className;
  const pascal = row.name
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  if (pascal.endsWith('Error')) return pascal;
  if (pascal.endsWith('Exception')) return `${pascal.slice(0, -'Exception'.length)}Error`;
  return `${pascal}Error`;
}

/** A string literal as Biome writes it: single quotes unless the text holds more single than double quotes. */
function quote(s: string): string {
  const singles = (s.match(/'/g) ?? []).length;
  const doubles = (s.match(/"/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  const escaped = s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`);
  return `${q}${escaped}${q}`;
}

/** Word-wraps text into comment lines of at most `width` characters after the prefix. */
function wrap(text: string, prefix: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}

function validate(rows: readonly ErrorCodeRow[]): void {
  const codes = new Set<number>();
  const names = new Set<string>();
  const classes = new Set<string>();
  for (const row of rows) {
    const cls = classNameOf(row);
    if (row.code === 0) throw new Error('code 0 (NONE) is not an error and must not be in the table');
    if (!Number.isInteger(row.code) || row.code < -32768 || row.code > 32767) throw new Error(`bad code ${row.code}`);
    if (codes.has(row.code)) throw new Error(`code ${row.code} appears twice`);
    if (names.has(row.name)) throw new Error(`name ${row.name} appears twice`);
    if (classes.has(cls) || CLIENT_CLASS_NAMES.has(cls)) throw new Error(`class name ${cls} is taken`);
    if (!/^[A-Z][A-Za-z0-9]*Error$/.test(cls)) throw new Error(`class name ${cls} must be PascalCase ending in Error`);
    if (row.invalidMetadata && !row.retriable) throw new Error(`${row.name}: invalidMetadata implies retriable`);
    if (row.fatal && row.retriable) throw new Error(`${row.name}: a fatal error cannot be retriable`);
    codes.add(row.code);
    names.add(row.name);
    classes.add(cls);
  }
}

function flagsSentence(row: ErrorCodeRow): string {
  const parts = [
    row.retriable ? 'Retriable' : 'Not retriable',
    ...(row.invalidMetadata ? ['refreshes metadata'] : []),
    ...(row.fatal ? ['fatal'] : []),
    ...(row.txnRequiresAbort ? ['the transaction must abort'] : []),
  ];
  return `${parts.join('; ')}. Java: \`${row.java}\`.`;
}

/** Renders the whole generated module. Pure: the same table always gives the same text. */
export function renderBrokerErrors(rows: readonly ErrorCodeRow[] = ERROR_TABLE): string {
  validate(rows);
  const sorted = [...rows].sort((a, b) => a.code - b.code);
  const out: string[] = [];
  out.push(
    `// Generated from codegen/errors/error-codes.ts (Kafka ${KAFKA_VERSION}) by codegen/errors/generate.ts — do not edit.`,
  );
  out.push('//');
  for (const rule of FLAG_RULES) out.push(`// ${rule}`.trimEnd());
  out.push('');
  out.push("import { type BrokerErrorOptions, BrokerResponseError, type ErrorCodeInfo } from './kafka-error.js';");
  out.push('');

  out.push('/** Every broker error code Kafka defines, by code: its name, class, default message and flags. */');
  out.push('export const ERROR_CODES: Readonly<Record<number, ErrorCodeInfo>> = Object.freeze({');
  for (const row of sorted) {
    const key = row.code < 0 ? quote(String(row.code)) : String(row.code);
    out.push(`  ${key}: Object.freeze({`);
    out.push(`    code: ${row.code},`);
    out.push(`    name: ${quote(row.name)},`);
    out.push(`    className: ${quote(classNameOf(row))},`);
    out.push(`    javaException: ${quote(row.java)},`);
    const msg = `    message: ${quote(row.message)},`;
    if (msg.length <= 120) out.push(msg);
    else out.push('    message:', `      ${quote(row.message)},`);
    out.push(`    retriable: ${row.retriable === true},`);
    out.push(`    invalidMetadata: ${row.invalidMetadata === true},`);
    out.push(`    fatal: ${row.fatal === true},`);
    out.push(`    txnRequiresAbort: ${row.txnRequiresAbort === true},`);
    out.push('  }),');
  }
  out.push('});');
  out.push('');

  out.push(
    '/** Kafka error codes by name, for comparing raw `errorCode` fields: `ErrorCode.NOT_COORDINATOR === 16`. */',
  );
  out.push('export const ErrorCode = {');
  out.push('  NONE: 0,');
  for (const row of sorted) out.push(`  ${row.name}: ${row.code},`);
  out.push('} as const;');
  out.push('');
  out.push('/** One of the error code numbers Kafka defines (0 included). */');
  out.push('export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];');
  out.push('');

  for (const row of sorted) {
    const cls = classNameOf(row);
    out.push('/**');
    out.push(...wrap(`\`${row.name}\` (${row.code}): ${row.message}`, ' * '));
    if (row.note) {
      out.push(' *');
      out.push(...wrap(row.note, ' * '));
    }
    out.push(' *');
    out.push(...wrap(flagsSentence(row), ' * '));
    out.push(' */');
    out.push(`export class ${cls} extends BrokerResponseError {`);
    out.push(`  static readonly code = ${row.code};`);
    out.push(`  static readonly errorName = ${quote(row.name)};`);
    out.push('');
    out.push('  constructor(message?: string | null, options?: BrokerErrorOptions) {');
    out.push(`    super(message, ERROR_CODES[${row.code}], options);`);
    out.push('  }');
    out.push('}');
    out.push('');
  }

  out.push('/** A generated broker error class: constructible from the broker message, with its code on the class. */');
  out.push('export interface BrokerErrorClass {');
  out.push('  new (message?: string | null, options?: BrokerErrorOptions): BrokerResponseError;');
  out.push('  readonly code: number;');
  out.push('  readonly errorName: string;');
  out.push('}');
  out.push('');
  out.push('/** The class for each known error code. */');
  out.push(
    'export const BROKER_ERROR_CLASSES: ReadonlyMap<number, BrokerErrorClass> = new Map<number, BrokerErrorClass>([',
  );
  for (const row of sorted) out.push(`  [${row.code}, ${classNameOf(row)}],`);
  out.push(']);');
  out.push('');
  return out.join('\n');
}

function main(): void {
  const text = renderBrokerErrors();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      // a missing file is a difference like any other
    }
    if (current !== text) {
      console.error(`${OUTPUT_PATH} is out of date: run tsx codegen/errors/generate.ts`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUTPUT_PATH, text);
  console.log(`wrote ${OUTPUT_PATH} (${ERROR_TABLE.length} error codes)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
