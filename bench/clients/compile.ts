/**
 * Compiles the Node clients' TypeScript (`bench/clients/<name>/run.ts`) into one JavaScript file
 * each, `run.compiled.mjs` beside it, before a run. The clients then start on plain `node`: a
 * TypeScript loader (tsx) in every client process added about 100 MiB to each peak RSS figure and
 * its start-up to each CPU figure, for kafka-aio and its peers alike. The file stays in the
 * client's folder, so paths the client builds from its own location still hold.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

/** The Node clients, by folder name under `bench/clients`. */
export const NODE_CLIENTS = ['kafka-aio', 'kafkajs', 'platformatic'] as const;

/** The compiled file of one Node client. */
export function compiledClient(repoRoot: string, name: string): string {
  return join(repoRoot, 'bench', 'clients', name, 'run.compiled.mjs');
}

/** Compiles every Node client; packages (peers, the built kafka-aio) stay imports. */
export async function compileNodeClients(repoRoot: string): Promise<void> {
  for (const name of NODE_CLIENTS) {
    await build({
      entryPoints: [join(repoRoot, 'bench', 'clients', name, 'run.ts')],
      outfile: compiledClient(repoRoot, name),
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  }
}
