// Bundles a package's compiled ESM entry (dist/esm/index.js) into one file per module format:
// dist/esm/bundle.js (ESM) and dist/cjs/bundle.js (CommonJS). Loading one file instead of a few
// hundred small modules costs Node far less memory: for @kafka-aio/protocol, whose generated
// message codecs are 218 modules, the import drops from about 20 MiB of RSS to about 8.
// Dependencies stay external (each user installs them; the native codecs load on first use).
// Run from the package's folder, after tsc.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }),
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];
const common = {
  entryPoints: ['dist/esm/index.js'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
};
await build({ ...common, format: 'esm', outfile: 'dist/esm/bundle.js' });
await build({ ...common, format: 'cjs', outfile: 'dist/cjs/bundle.js' });
