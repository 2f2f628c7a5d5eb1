// Bundles a package's compiled ESM entries into one file per entry and module format:
// dist/esm/index.js becomes dist/esm/bundle.js and dist/cjs/bundle.js; each further entry named on
// the command line (`internal` for dist/esm/internal.js) becomes <name>.bundle.js beside them.
// Loading one file instead of a hundred small modules costs Node far less memory: for
// @kafka-aio/protocol, whose generated message codecs are 218 modules, the import drops from about
// 20 MiB of RSS to about 8; for @kafka-aio/client's 127 modules, by about 4 MiB more.
// The ESM entries share their code through chunks, so a class is one class whichever entry it came
// from; CommonJS has no chunks, so there each further entry carries its own copy (only `internal`,
// for tools, has one). Dependencies stay external (each user installs them; the native codecs load
// on first use). Run from the package's folder, after tsc.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }),
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];
const entries = { bundle: 'dist/esm/index.js' };
for (const name of process.argv.slice(2)) entries[`${name}.bundle`] = `dist/esm/${name}.js`;
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
};
const several = Object.keys(entries).length > 1;
await build({
  ...common,
  entryPoints: entries,
  format: 'esm',
  outdir: 'dist/esm',
  splitting: several,
  chunkNames: 'chunks/[name]-[hash]',
});
for (const [out, input] of Object.entries(entries)) {
  await build({ ...common, entryPoints: [input], format: 'cjs', outfile: `dist/cjs/${out}.js` });
}
