import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { copyArtifact } from './maven.js';
import { logTail } from './node.js';
import { cacheRoot, scratchRoot } from './paths.js';
import { freePorts } from './ports.js';
import { isAlive, spawnDetached, stopProcess } from './process.js';
import type { RegistryState } from './types.js';

const run = promisify(execFile);

/**
 * Newest Apicurio Registry 3.x release on Maven Central when this harness was written. (3.3.2 and
 * 3.0.9 are listed too, but their parent POMs cannot be resolved, so Maven refuses them.)
 */
export const DEFAULT_APICURIO_VERSION = '3.3.3';

/** Apicurio 3.3.3 is compiled for Java 21 (class file 65); Kafka itself runs on the default Java 17. */
const REGISTRY_MIN_JAVA = 21;

function javaMajor(javaHome: string): number {
  try {
    const release = readFileSync(join(javaHome, 'release'), 'utf8');
    const m = /^JAVA_VERSION="(\d+)/m.exec(release);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * The `java` binary used for the registry: `$KAFKA_AIO_REGISTRY_JAVA_HOME`, else `$JAVA_HOME`, else
 * the newest JDK under /usr/lib/jvm, whichever is Java 21 or later (the machines here carry a
 * Temurin 25 beside the default OpenJDK 17).
 */
export function registryJava(): string {
  const candidates = [process.env.KAFKA_AIO_REGISTRY_JAVA_HOME, process.env.JAVA_HOME].filter((h): h is string => !!h);
  if (existsSync('/usr/lib/jvm')) {
    const homes = readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d));
    candidates.push(...homes.sort((a, b) => javaMajor(b) - javaMajor(a)));
  }
  const home = candidates.find((h) => javaMajor(h) >= REGISTRY_MIN_JAVA && existsSync(join(h, 'bin', 'java')));
  if (!home) {
    throw new Error(
      `Apicurio Registry needs Java ${REGISTRY_MIN_JAVA}+; none found (set KAFKA_AIO_REGISTRY_JAVA_HOME)`,
    );
  }
  return join(home, 'bin', 'java');
}

/**
 * Downloads and unpacks Apicurio Registry (`io.apicurio:apicurio-registry-app:<v>:tar.gz:all`, a
 * Quarkus fast-jar) once into the cache and returns the path of its `quarkus-run.jar`.
 */
export async function resolveApicurio(version = DEFAULT_APICURIO_VERSION): Promise<string> {
  const home = join(cacheRoot(), `apicurio-${version}`);
  const marker = join(home, '.resolved');
  if (existsSync(marker)) {
    const jar = readFileSync(marker, 'utf8').trim();
    if (existsSync(jar)) return jar;
  }
  const download = join(home, 'download');
  const app = join(home, 'app');
  rmSync(home, { recursive: true, force: true });
  try {
    await copyArtifact(`io.apicurio:apicurio-registry-app:${version}:tar.gz:all`, download);
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`cannot resolve Apicurio Registry ${version} from Maven Central: ${(err as Error).message}`);
  }
  const tarball = readdirSync(download).find((f) => f.endsWith('.tar.gz'));
  if (!tarball) throw new Error(`no tarball in ${download}`);
  mkdirSync(app, { recursive: true });
  await run('tar', ['-xzf', join(download, tarball), '-C', app]);
  rmSync(download, { recursive: true, force: true }); // 150 MB we no longer need
  // The jar sits at the root for 3.3.x and under quarkus-app/ for older releases.
  const jar = [join(app, 'quarkus-run.jar'), join(app, 'quarkus-app', 'quarkus-run.jar')].find((p) => existsSync(p));
  if (!jar) throw new Error(`quarkus-run.jar not found under ${app}`);
  writeFileSync(marker, `${jar}\n`);
  return jar;
}

/** Options for {@link startRegistry}. */
export interface RegistryOptions {
  version?: string;
  /** Kill the registry when this pid dies (see `LaunchOptions.ownerPid`). */
  ownerPid?: number;
  /** Readiness timeout (default 90 s). */
  timeoutMs?: number;
}

/**
 * Starts Apicurio Registry with in-memory storage on free 127.0.0.1 ports (HTTP and management)
 * and waits until the Confluent-compatible API answers `GET /apis/ccompat/v7/subjects` with 200.
 * Global compatibility is BACKWARD, like Confluent's default (Apicurio's own default is NONE).
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryState> {
  const version = options.version ?? DEFAULT_APICURIO_VERSION;
  const jar = await resolveApicurio(version);
  const dir = mkdtempSync(join(scratchRoot(), 'kafka-aio-registry-'));
  const [port, managementPort] = await freePorts(2);
  const logPath = join(dir, 'registry.log');
  const pid = spawnDetached(
    registryJava(),
    [
      '-Xmx384m',
      // Marks the command line so that pid checks can tell this JVM from a recycled pid.
      `-Dkafka-aio.run=${dir}`,
      '-Dquarkus.http.host=127.0.0.1',
      `-Dquarkus.http.port=${port}`,
      '-Dquarkus.management.host=127.0.0.1',
      `-Dquarkus.management.port=${managementPort}`,
      '-Dapicurio.rules.global.compatibility=BACKWARD',
      '-jar',
      jar,
    ],
    { logFile: logPath, ownerPid: options.ownerPid, cleanupDir: dir, cwd: dir },
  );
  const base = `http://127.0.0.1:${port}`;
  const state: RegistryState = { version, pid, url: `${base}/apis/ccompat/v7`, port, managementPort, logPath, dir };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let last = 'no attempt yet';
  for (;;) {
    if (!isAlive(pid, dir)) last = 'registry process exited';
    else {
      try {
        const res = await fetch(`${state.url}/subjects`, { signal: AbortSignal.timeout(3_000) });
        if (res.status === 200) return state;
        last = `HTTP ${res.status}`;
      } catch (err) {
        last = (err as Error).message;
      }
    }
    if (last === 'registry process exited' || Date.now() >= deadline) {
      await stopProcess(pid, dir);
      throw new Error(
        `Apicurio Registry did not become ready: ${last}\nlog: ${logPath}\n--- last 40 lines ---\n${logTail(logPath)}`,
      );
    }
    await sleep(250);
  }
}
