import { formatWithOptions } from 'node:util';

/**
 * The client's trace output, switched on per namespace with `DEBUG=kafka-aio:*` (the convention of
 * the `debug` package, which the client used before: same variable, same patterns). Kept in the
 * client rather than taken from that package because loading it, a CommonJS module with its own
 * dependencies, cost an ESM application about 6 MiB of RSS for output that is off in production.
 */
export interface Debugger {
  /** Writes one line when {@link enabled}: `format` and `args` as `util.format` takes them. */
  (format: string, ...args: unknown[]): void;
  /** Whether the namespace is switched on; check it before building costly arguments. */
  readonly enabled: boolean;
  readonly namespace: string;
}

interface Pattern {
  regex: RegExp;
  skip: boolean;
}

let patterns: Pattern[] = [];
const debuggers = new Map<string, { enabled: boolean }>();

/** Where trace lines go: standard error, or a test's capture. */
export const debugOutput: { write(line: string): void } = {
  write: (line) => void process.stderr.write(line),
};

/**
 * Switches namespaces on: a comma- or space-separated list of names where `*` matches anything and
 * a leading `-` switches a pattern off (`kafka-aio:*,-kafka-aio:connection`). An empty or missing
 * spec switches everything off. Read from `DEBUG` when the client loads.
 */
export function enableDebug(spec: string | undefined): void {
  patterns = [];
  for (const part of (spec ?? '').split(/[\s,]+/)) {
    if (part === '') continue;
    const skip = part.startsWith('-');
    const glob = skip ? part.slice(1) : part;
    const source = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*?');
    patterns.push({ regex: new RegExp(`^${source}$`), skip });
  }
  for (const [namespace, state] of debuggers) state.enabled = matches(namespace);
}

function matches(namespace: string): boolean {
  let on = false;
  for (const p of patterns) {
    if (p.regex.test(namespace)) {
      if (p.skip) return false;
      on = true;
    }
  }
  return on;
}

/** The debugger of one namespace (one shared instance per name). */
export function createDebug(namespace: string): Debugger {
  let state = debuggers.get(namespace);
  if (!state) debuggers.set(namespace, (state = { enabled: matches(namespace) }));
  const shared = state;
  const write = (format: string, ...args: unknown[]): void => {
    if (!shared.enabled) return;
    const text = formatWithOptions({ depth: 4, breakLength: Number.POSITIVE_INFINITY }, format, ...args);
    debugOutput.write(`${new Date().toISOString()} ${namespace} ${text}\n`);
  };
  return Object.defineProperties(write, {
    enabled: { get: () => shared.enabled },
    namespace: { value: namespace },
  }) as Debugger;
}

enableDebug(process.env.DEBUG);
