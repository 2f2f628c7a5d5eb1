/**
 * Runs one client process and measures it from outside, the same way for every runtime: GNU time
 * (`/usr/bin/time`) reports the child's user and system CPU seconds and its peak RSS (these are
 * the kernel's rusage of the whole process, so they include the runtime's start-up: a JVM's,
 * Node's or Python's). Without GNU time the figures are left out, not guessed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** What the runner learns about one finished process. */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  /** User + system CPU seconds of the whole process; undefined without GNU time. */
  cpuSeconds?: number;
  /** Peak resident set size in MiB; undefined without GNU time. */
  maxRssMiB?: number;
  timedOut: boolean;
}

/** True when GNU time is there to measure CPU and RSS. */
export const canMeasure = (): boolean => existsSync(GNU_TIME);

/** Runs `cmd args` with `env` added, killing it after `timeoutMs`; never rejects on a bad exit. */
export function runMeasured(
  cmd: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs: number; scratchDir: string },
): Promise<ProcessRun> {
  const timeFile = join(options.scratchDir, `time-${process.pid}-${Date.now()}.txt`);
  const measured = canMeasure();
  const [file, argv] = measured ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // detached: a process group of its own, so a timeout kills the client and anything it started.
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const run: ProcessRun = { code, stdout, stderr, wallSeconds: (performance.now() - started) / 1000, timedOut };
      if (measured && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" first on failure; the figures are last.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [user, sys, rssKiB] = last.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) run.cpuSeconds = user + sys;
        if (Number.isFinite(rssKiB)) run.maxRssMiB = rssKiB / 1024;
        rmSync(timeFile, { force: true });
      }
      resolve(run);
    });
  });
}
