// Test support: run a program in a child Node process whose module resolution refuses some
// packages, as on a platform where they (or their native binaries) are not installed.
import { spawnSync } from 'node:child_process';

/**
 * Runs `program` (an ES module, through tsx, so it may import TypeScript sources) with `packages`
 * unresolvable. The program prints one JSON line last; that line comes back parsed (`{}` when the
 * program printed none), with everything the child wrote to stderr.
 */
export function runWithoutPackages(
  packages: readonly string[],
  program: string,
): { result: Record<string, unknown>; stderr: string } {
  const hook = `export async function resolve(specifier, context, next) {
    if (${JSON.stringify(packages)}.includes(specifier)) throw new Error('Cannot find package ' + specifier);
    return next(specifier, context);
  }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      program,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const last = run.stdout.trim().split('\n').pop() || '{}';
  return { result: JSON.parse(last) as Record<string, unknown>, stderr: run.stderr };
}
