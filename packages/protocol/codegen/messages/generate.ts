/**
 * Generates `packages/protocol/src/messages/` from Kafka's JSON message specs (DESIGN rule 2).
 *
 *   tsx packages/protocol/codegen/messages/generate.ts [--specs DIR | --jar FILE] [--out DIR]
 *
 * Without flags the specs come from the kafka-clients jar that `scripts/kafka` caches, else from
 * `$KAFKA_AIO_SPECS_DIR`. Output is a pure function of the specs: files are emitted in sorted
 * order with no timestamps, so regenerating gives byte-identical files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitApiTable, emitIndex } from './emit-index.js';
import { apiName, emitApiFile, emitDataFile, emitHeaderFile, fileHeader, kebab } from './emit-message-file.js';
import { emitSchemas } from './emit-schemas.js';
import { loadSpecs, type MessageModel } from './spec-model.js';
import { resolveSpecSource, type SpecSource } from './spec-source.js';
import { SUPPORT_SOURCE } from './support-template.js';

/** The committed output directory. */
export const DEFAULT_OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/messages');

/** Files the generator owns carry this prefix; only those are ever replaced or deleted. */
const GENERATED_MARK = '// Generated from ';

/** All generated files, by file name, for the specs in `dir`. */
export function generateFiles(dir: string, kafkaVersion: string): Map<string, string> {
  const models = loadSpecs(dir);
  const requests = new Map<number, MessageModel>();
  const responses = new Map<number, MessageModel>();
  const others: MessageModel[] = [];
  for (const m of models) {
    if (m.kind === 'request' || m.kind === 'response') {
      if (m.apiKey === undefined) throw new Error(`${m.file}: ${m.kind} without apiKey`);
      const map = m.kind === 'request' ? requests : responses;
      if (map.has(m.apiKey)) throw new Error(`${m.file}: duplicate ${m.kind} for API key ${m.apiKey}`);
      map.set(m.apiKey, m);
    } else {
      others.push(m);
    }
  }

  const files = new Map<string, string>();
  const add = (name: string, content: string) => {
    if (files.has(name)) throw new Error(`two generated files named ${name}`);
    files.set(name, content);
  };
  const typeNames = new Map<string, string>();
  for (const m of models) {
    for (const s of [m.root, ...m.structs]) {
      const prev = typeNames.get(s.tsName);
      if (prev !== undefined && prev !== m.file) throw new Error(`type ${s.tsName} from both ${prev} and ${m.file}`);
      typeNames.set(s.tsName, m.file);
    }
  }

  const modules: string[] = [];
  add('codec-support.ts', `${fileHeader(['support-template.ts'], kafkaVersion)}\n\n${SUPPORT_SOURCE}`);
  for (const key of [...requests.keys()].sort((a, b) => a - b)) {
    const req = requests.get(key)!;
    const res = responses.get(key);
    if (!res) throw new Error(`${req.file}: no response spec for API key ${key}`);
    const mod = kebab(apiName(req));
    add(`${mod}.ts`, emitApiFile(req, res, kafkaVersion));
    modules.push(mod);
  }
  for (const key of responses.keys())
    if (!requests.has(key)) throw new Error(`API key ${key}: response without request`);
  for (const m of others) {
    const mod = kebab(m.name);
    add(`${mod}.ts`, m.kind === 'header' ? emitHeaderFile(m, kafkaVersion) : emitDataFile(m, kafkaVersion));
    modules.push(mod);
  }
  add('api-table.ts', emitApiTable([...requests.values()], kafkaVersion));
  add('index.ts', emitIndex(modules, kafkaVersion));
  add('schemas.ts', emitSchemas(models, kafkaVersion));
  return files;
}

/**
 * Writes `files` into `outDir`, rewriting only files whose content changed and deleting generated
 * files the specs no longer produce. Hand-written files (tests) are never touched.
 */
export function writeFiles(files: Map<string, string>, outDir: string): { written: number; deleted: number } {
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  let deleted = 0;
  for (const name of readdirSync(outDir).sort()) {
    if (!name.endsWith('.ts') || files.has(name)) continue;
    const path = join(outDir, name);
    if (readFileSync(path, 'utf8').startsWith(GENERATED_MARK)) {
      rmSync(path);
      deleted++;
    }
  }
  for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(outDir, name);
    let old: string | undefined;
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== content) {
      writeFileSync(path, content);
      written++;
    }
  }
  return { written, deleted };
}

function parseArgs(argv: string[]): { specs?: string; jar?: string; out?: string } {
  const out: { specs?: string; jar?: string; out?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--specs') out.specs = value();
    else if (a === '--jar') out.jar = value();
    else if (a === '--out') out.out = value();
    else throw new Error(`unknown argument ${a}; usage: generate.ts [--specs DIR | --jar FILE] [--out DIR]`);
  }
  if (out.specs && out.jar) throw new Error('pass either --specs or --jar, not both');
  return out;
}

function main(): void {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const source: SpecSource = resolveSpecSource(args);
  let files: Map<string, string>;
  try {
    files = generateFiles(source.dir, source.kafkaVersion);
  } finally {
    source.dispose();
  }
  const outDir = resolve(args.out ?? DEFAULT_OUT_DIR);
  const { written, deleted } = writeFiles(files, outDir);
  let bytes = 0;
  for (const c of files.values()) bytes += Buffer.byteLength(c);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `codegen: ${files.size} files (${(bytes / 1024).toFixed(0)} KiB) from ${source.origin} @ Kafka ${source.kafkaVersion} -> ${outDir}: ${written} written, ${deleted} deleted, ${ms} ms\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`codegen failed: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
