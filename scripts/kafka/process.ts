import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * True if `pid` is a running (non-zombie) process. With `marker`, the process's command line must
 * also contain it: state files outlive processes, and a recycled pid must never be mistaken for
 * (and killed as) one of our brokers.
 */
export function isAlive(pid: number | undefined, marker?: string): boolean {
  if (!pid || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: exists but belongs to another user, so it is certainly not ours.
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    if (marker) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return false;
  }
  return true;
}

/** How {@link spawnDetached} starts a long-running process. */
export interface DetachedOptions {
  /** stdout and stderr are appended to this file. */
  logFile: string;
  /**
   * Tie the process's life to this pid: a watchdog kills it (and removes `cleanupDir`) once the
   * owner is gone, so a crashed or SIGKILLed test runner leaves no JVM behind. Omit for processes
   * that must outlive their starter (`kafka:up`).
   */
  ownerPid?: number;
  /** Removed by the watchdog after it killed the process. */
  cleanupDir?: string;
  /** Working directory of the process. */
  cwd?: string;
}

// POSIX sh on purpose: it is tiny, needs no Node start-up and survives whatever happens to Node.
const WATCHDOG = `
owner=$1; pid=$2; dir=$3
alive() { st=$(sed 's/.*) //' /proc/$1/stat 2>/dev/null | cut -c1); [ -n "$st" ] && [ "$st" != Z ]; }
while alive "$owner" && alive "$pid"; do sleep 1; done
if alive "$pid"; then
  kill -TERM "$pid" 2>/dev/null
  i=0; while alive "$pid" && [ $i -lt 20 ]; do sleep 0.5; i=$((i+1)); done
  kill -KILL "$pid" 2>/dev/null
  sleep 0.5
  if [ -n "$dir" ]; then rm -rf "$dir"; fi
fi
`;

/**
 * Starts `command` in its own session with output going to a log file, and returns its pid without
 * keeping the caller's event loop alive: the process survives the caller unless `ownerPid` is set.
 */
export function spawnDetached(command: string, args: string[], options: DetachedOptions): number {
  const fd = openSync(options.logFile, 'a');
  try {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd], cwd: options.cwd });
    if (child.pid === undefined) throw new Error(`cannot start ${command}`);
    child.on('error', () => {}); // reported through the log file and the readiness check instead
    child.unref();
    if (options.ownerPid) {
      const dog = spawn(
        'sh',
        ['-c', WATCHDOG, 'kafka-aio-watchdog', String(options.ownerPid), String(child.pid), options.cleanupDir ?? ''],
        { detached: true, stdio: 'ignore' },
      );
      dog.on('error', () => {});
      dog.unref();
    }
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** Waits until `pid` is gone; returns false if it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number, marker?: string): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid, marker)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Stops a process: SIGTERM, then SIGKILL after `graceMs` (default 10 s). Resolves once it is gone.
 * Brokers are configured without controlled shutdown, so SIGTERM normally takes a second or two.
 */
export async function stopProcess(pid: number, marker?: string, graceMs = 10_000): Promise<void> {
  if (!isAlive(pid, marker)) return;
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs, marker)) return;
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 5_000, marker);
}

/** Sends a signal, ignoring "no such process". */
export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}
