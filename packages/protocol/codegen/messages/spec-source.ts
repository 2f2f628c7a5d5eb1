import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Where the message specs come from. The pipeline reads them out of the pinned kafka-clients jar
 * (the same artifact the broker harness resolves), so the generated code always matches the
 * Kafka version it claims; a plain directory is accepted for reading and experiments.
 */

/** The Kafka release the committed output is generated from. */
export const KAFKA_VERSION = '4.3.1';

export interface SpecSource {
  /** Directory holding `*.json` message specs. */
  dir: string;
  /** Kafka version written into every generated file header. */
  kafkaVersion: string;
  /** Human-readable origin, for the generator's log line. */
  origin: string;
  /** Removes temporary files (the unzipped jar contents); a no-op for a plain directory. */
  dispose(): void;
}

/** The jar `scripts/kafka` resolves, honouring `KAFKA_AIO_CACHE` like the harness does. */
export function defaultJarPath(version = KAFKA_VERSION): string {
  const cache = process.env.KAFKA_AIO_CACHE || join(homedir(), '.cache', 'kafka-aio');
  return join(cache, `kafka-${version}`, 'lib', `kafka-clients-${version}.jar`);
}

/** `kafka-clients-4.3.1.jar` -> `4.3.1`; undefined for other names. */
export function kafkaVersionFromJar(jarPath: string): string | undefined {
  return /^kafka-clients-(\d+\.\d+\.\d+(?:-[\w.]+)?)\.jar$/.exec(basename(jarPath))?.[1];
}

/**
 * Unzips `common/message/*.json` from a kafka-clients jar into a fresh temporary directory and
 * returns the directory holding the JSON files. Uses the `unzip` binary so the generator needs
 * no zip library.
 */
export function extractSpecsFromJar(jarPath: string): string {
  if (!existsSync(jarPath)) throw new Error(`kafka-clients jar not found: ${jarPath}`);
  const dest = mkdtempSync(join(tmpdir(), 'kafka-aio-specs-'));
  execFileSync('unzip', ['-q', '-o', jarPath, 'common/message/*.json', '-d', dest], { stdio: 'inherit' });
  return join(dest, 'common', 'message');
}

/** Deletes a directory returned by {@link extractSpecsFromJar}. */
export function removeExtractedSpecs(specDir: string): void {
  rmSync(dirname(dirname(specDir)), { recursive: true, force: true });
}

/**
 * Picks the spec source: `--specs DIR`, then `--jar FILE`, then the harness's cached jar when it
 * exists, then `$KAFKA_AIO_SPECS_DIR`.
 */
export function resolveSpecSource(opts: { specs?: string; jar?: string }): SpecSource {
  const keep = () => {};
  if (opts.specs) return { dir: opts.specs, kafkaVersion: KAFKA_VERSION, origin: opts.specs, dispose: keep };
  const jar = opts.jar ?? (existsSync(defaultJarPath()) ? defaultJarPath() : undefined);
  if (jar) {
    const dir = extractSpecsFromJar(jar);
    return {
      dir,
      kafkaVersion: kafkaVersionFromJar(jar) ?? KAFKA_VERSION,
      origin: jar,
      dispose: () => removeExtractedSpecs(dir),
    };
  }
  const env = process.env.KAFKA_AIO_SPECS_DIR;
  if (env) return { dir: env, kafkaVersion: KAFKA_VERSION, origin: env, dispose: keep };
  throw new Error(
    `no message specs: pass --specs DIR or --jar FILE, set KAFKA_AIO_SPECS_DIR, or resolve ${defaultJarPath()} with scripts/kafka`,
  );
}
