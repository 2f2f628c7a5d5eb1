// The packages as a user gets them: build, `pnpm pack`, install the tarballs into a fresh project
// with npm, then load them as ESM and as CommonJS, type-check a consumer under NodeNext both ways,
// and bundle an application with esbuild.
// Needs no broker, but needs the npm registry (or a warm npm cache) for the third-party dependencies.
//
//   KAFKA_AIO_PACK_SKIP_BUILD=1   use the existing dist/ instead of building first
//   KAFKA_AIO_PACK_KEEP=1         keep the temporary directory and print its path
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every published package with the names its entry point must export, both as ESM and as CJS.
 * Extend the lists as the public API grows.
 */
const PACKAGES: Record<string, { dir: string; exports: string[] }> = {
  '@kafka-aio/protocol': {
    dir: 'packages/protocol',
    exports: [
      'KafkaError',
      'ProtocolError',
      'BrokerResponseError',
      'UnknownKafkaError',
      'createKafkaError',
      'errorForCode',
      'errorClassForCode',
      'ERROR_CODES',
      'ErrorCode',
      'NotLeaderOrFollowerError',
      'UnknownTopicOrPartitionError',
      'ProducerFencedError',
      'UnsupportedVersionError',
      'KafkaTimeoutError',
      'ConnectionError',
      'ConsumerStoppedError',
      'IllegalOperationError',
      'InvalidConfigError',
      'MessageSizeTooLargeError',
      'AbortError',
      'FrameDecoder',
      'Reader',
      'Writer',
    ],
  },
  '@kafka-aio/client': {
    dir: 'packages/client',
    exports: [
      'AIOKafkaProducer',
      'AIOKafkaConsumer',
      'AIOKafkaAdminClient',
      'AdminClient',
      'Connection',
      'topicPartition',
      'createSslContext',
      'OFFSET_BEGINNING',
      'OFFSET_END',
      // every error a user can catch, from the client alone
      'KafkaError',
      'KafkaTimeoutError',
      'ConsumerStoppedError',
      'TopicAlreadyExistsError',
      'InvalidArgumentError',
      'UnsupportedCodecError',
      'ErrorCode',
    ],
  },
  '@kafka-aio/schema-registry': {
    dir: 'packages/schema-registry',
    exports: [
      'SchemaRegistryClient',
      'SchemaRegistryError',
      'encodeFrame',
      'decodeFrame',
      'encodeMessageIndexes',
      'encodeSchemaIdHeader',
      'locateSchema',
      'topicNameStrategy',
    ],
  },
  '@kafka-aio/avro': {
    dir: 'packages/avro',
    exports: ['SchemaRegistryClient', 'AvroSerializer', 'AvroDeserializer', 'AvroProducer', 'AvroConsumer'],
  },
  '@kafka-aio/json-schema': {
    dir: 'packages/json-schema',
    exports: ['JsonSchemaSerializer', 'JsonSchemaDeserializer', 'JsonSchemaValidationError', 'SchemaRegistryClient'],
  },
  '@kafka-aio/protobuf': {
    dir: 'packages/protobuf',
    exports: ['ProtobufSerializer', 'ProtobufDeserializer', 'printProtoFile', 'SchemaRegistryClient'],
  },
  '@kafka-aio/opentelemetry': {
    dir: 'packages/opentelemetry',
    exports: ['KafkaAioInstrumentation', 'instrumentKafkaAio', 'INSTRUMENTATION_NAME', 'ATTR_MESSAGING_SYSTEM'],
  },
  '@kafka-aio/kafkajs': {
    dir: 'packages/kafkajs',
    exports: [
      'Kafka',
      'Partitioners',
      'PartitionAssigners',
      'AssignerProtocol',
      'CompressionTypes',
      'CompressionCodecs',
      'logLevel',
      'ConfigResourceTypes',
      'AclResourceTypes',
      'KafkaJSError',
      'KafkaJSProtocolError',
      'KafkaJSNumberOfRetriesExceeded',
      'fromProperties',
    ],
  },
};

/** Behaviour checked in both module systems, on top of the export names. `m` is `@kafka-aio/protocol`. */
const PROTOCOL_CHECKS = `
  if (!(new m.ProtocolError('x') instanceof m.KafkaError)) throw new Error('ProtocolError is not a KafkaError');
  const e = m.createKafkaError(6, null, { topic: 'orders', partition: 3 });
  if (!(e instanceof m.NotLeaderOrFollowerError) || !(e instanceof m.KafkaError)) throw new Error('instanceof broken');
  if (e.code !== 6 || e.retriable !== true || e.name !== 'NotLeaderOrFollowerError') throw new Error('bad error fields');
  if (m.errorForCode(0) !== undefined) throw new Error('code 0 must be no error');
`;

/** Internals live behind `@kafka-aio/client/internal`, not in the public entry. `m` is the client. */
function clientChecks(kind: 'esm' | 'cjs'): string {
  const internal =
    kind === 'esm' ? `await import('@kafka-aio/client/internal')` : `require('@kafka-aio/client/internal')`;
  return `
  const internal = ${internal};
  for (const k of ['resolveProducerOptions', 'resolveConsumerOptions', 'createLog', 'MetadataSnapshot', 'ApiVersionTable', 'SASL_KEYS']) {
    if (m[k] !== undefined) throw new Error('@kafka-aio/client exports the internal ' + k);
    if (internal[k] === undefined) throw new Error('@kafka-aio/client/internal lacks ' + k);
  }`;
}

const TYPE_CHECKS = `
const err: KafkaError = new ProtocolError('x');
const code: number = err.code;
const retriable: boolean = createKafkaError(6).retriable;
const maybe = errorForCode(0);
const none: undefined = maybe;
export { code, retriable, none };
`;

let work = '';
const tarballs = new Map<string, string>();

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env },
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`);
  }
}

function tarballName(pkg: string, version = '0.1.0'): string {
  return `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

describe('packaging', () => {
  beforeAll(() => {
    if (!process.env.KAFKA_AIO_PACK_SKIP_BUILD) run('pnpm', ['-r', '--filter', './packages/**', 'run', 'build'], ROOT);
    work = mkdtempSync(join(tmpdir(), 'kafka-aio-pack-'));
    const packDir = join(work, 'tarballs');
    mkdirSync(packDir);
    for (const [name, { dir }] of Object.entries(PACKAGES)) {
      run('pnpm', ['pack', '--pack-destination', packDir], join(ROOT, dir));
      const file = join(packDir, tarballName(name));
      expect(readdirSync(packDir)).toContain(tarballName(name));
      tarballs.set(name, file);
    }

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'pack-consumer', version: '1.0.0', private: true }),
    );
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...tarballs.values()],
      app,
    );
  }, 300_000);

  afterAll(() => {
    if (!work) return;
    if (process.env.KAFKA_AIO_PACK_KEEP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });

  it.each(Object.keys(PACKAGES))(
    '%s tarball holds the ESM and CJS builds with types, a README and the LICENSE, and no tests',
    (name) => {
      const files = run('tar', ['-tzf', tarballs.get(name)!], work)
        .split('\n')
        .filter((f) => f !== '');
      for (const f of [
        'package/package.json',
        'package/dist/esm/index.js',
        'package/dist/esm/index.d.ts',
        'package/dist/cjs/index.js',
        'package/dist/cjs/index.d.ts',
        'package/dist/cjs/package.json',
        'package/README.md',
        'package/LICENSE',
      ]) {
        expect(files).toContain(f);
      }
      expect(files.filter((f) => /\.test\.(ts|js|d\.ts)$/.test(f) || f.startsWith('package/src/'))).toEqual([]);
      expect(files.filter((f) => f.endsWith('.tsbuildinfo'))).toEqual([]);
    },
  );

  const deps = (name: string) =>
    Object.keys(
      (
        JSON.parse(run('tar', ['-xOzf', tarballs.get(name)!, 'package/package.json'], work)) as {
          dependencies?: Record<string, string>;
        }
      ).dependencies ?? {},
    ).sort();

  it('the client installs nothing but the protocol (its trace output is its own, not the debug package)', () => {
    expect(deps('@kafka-aio/client')).toEqual(['@kafka-aio/protocol']);
  });

  it('keeps the schema formats apart: a JSON Schema user installs no avsc, an Avro user no protobuf', () => {
    expect(deps('@kafka-aio/schema-registry')).toEqual(['@kafka-aio/protocol']);
    expect(deps('@kafka-aio/json-schema')).toEqual(['@kafka-aio/protocol', '@kafka-aio/schema-registry', 'ajv']);
    expect(deps('@kafka-aio/protobuf')).toEqual([
      '@bufbuild/protobuf',
      '@kafka-aio/protocol',
      '@kafka-aio/schema-registry',
    ]);
    expect(deps('@kafka-aio/avro')).toEqual([
      '@kafka-aio/client',
      '@kafka-aio/protocol',
      '@kafka-aio/schema-registry',
      'avsc',
    ]);
  });

  it.each(['esm', 'cjs'] as const)(
    'loads every package as %s with the expected exports',
    (kind) => {
      const app = join(work, 'app');
      const lines: string[] = [];
      for (const [name, { exports }] of Object.entries(PACKAGES)) {
        const load = kind === 'esm' ? `await import(${JSON.stringify(name)})` : `require(${JSON.stringify(name)})`;
        lines.push(`{
  const m = ${load};
  const missing = ${JSON.stringify(exports)}.filter((k) => m[k] === undefined);
  if (missing.length) throw new Error(${JSON.stringify(name)} + ' (${kind}) lacks ' + missing.join(', '));
  ${name === '@kafka-aio/protocol' ? PROTOCOL_CHECKS : ''}
  ${name === '@kafka-aio/client' ? clientChecks(kind) : ''}
}`);
      }
      lines.push(`console.log('ok ${kind}');`);
      const file = join(app, kind === 'esm' ? 'check.mjs' : 'check.cjs');
      writeFileSync(file, lines.join('\n'));
      expect(run(process.execPath, [file], app).trim()).toBe(`ok ${kind}`);
    },
    60_000,
  );

  it('type-checks a consumer under NodeNext as ESM and as CJS', () => {
    const app = join(work, 'app');
    const names = 'KafkaError, ProtocolError, createKafkaError, errorForCode';
    writeFileSync(join(app, 'consumer-esm.mts'), `import { ${names} } from '@kafka-aio/protocol';\n${TYPE_CHECKS}`);
    writeFileSync(join(app, 'consumer-cjs.cts'), `import { ${names} } from '@kafka-aio/protocol';\n${TYPE_CHECKS}`);
    const loads = Object.keys(PACKAGES)
      .map((n, i) => `import * as p${i} from ${JSON.stringify(n)};\nexport const x${i} = p${i};`)
      .join('\n');
    writeFileSync(join(app, 'all-esm.mts'), loads);
    writeFileSync(join(app, 'all-cjs.cts'), loads);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // TypeScript 7's default: no global types; the declarations reference Node's themselves.
          types: [],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['consumer-esm.mts', 'consumer-cjs.cts', 'all-esm.mts', 'all-cjs.cts'],
      }),
    );
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  }, 120_000);

  it.each(['cjs', 'esm'] as const)(
    'bundles an application with esbuild as %s, which loads the codecs from node_modules at run time',
    async (format) => {
      const app = join(work, 'app');
      // esbuild is not a dependency of the project; tsx brings it, so take that one.
      const esbuild = (await import(
        pathToFileURL(createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx')).resolve('esbuild')).href
      )) as { build(options: Record<string, unknown>): Promise<unknown> };
      const entry = join(app, `bundle-entry-${format}.ts`);
      writeFileSync(
        entry,
        `import { AIOKafkaProducer, KafkaTimeoutError } from '@kafka-aio/client';
import { CompressionType, decodeRecordBatches, encodeRecordBatch } from '@kafka-aio/protocol';
(async () => {
  const producer = new AIOKafkaProducer({ bootstrapServers: '127.0.0.1:9', compressionType: 'lz4' });
  const batch = await encodeRecordBatch({ records: [{ value: Buffer.from('bundled') }], compression: CompressionType.LZ4 });
  const [decoded] = await decodeRecordBatches(batch);
  console.log(typeof producer.start === 'function' && typeof KafkaTimeoutError === 'function' ? decoded.records[0].value?.toString() : 'broken');
})();
`,
      );
      const outfile = join(app, 'dist', format === 'cjs' ? 'bundle.cjs' : 'bundle.mjs');
      await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format,
        outfile,
        logLevel: 'silent',
        // The banner docs/getting-started.md gives for ESM bundles: CommonJS dependencies (debug) need a require.
        banner:
          format === 'esm'
            ? { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
            : undefined,
      });
      expect(readFileSync(outfile, 'utf8')).not.toMatch(/lz4-napi-linux/); // lz4-napi's loader is not in the bundle
      expect(run(process.execPath, [outfile], app).trim()).toBe('bundled');
    },
    120_000,
  );
});
