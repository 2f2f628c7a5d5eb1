// The consumer's fetching side (packages/client/src/consumer/fetch) and its group side
// (packages/client/src/consumer/group) never import each other: they share only the subscription
// state, and the consumer façade wires them (DESIGN.md rule 8). This check keeps it that way; it
// runs with `pnpm lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumer = join(root, 'packages/client/src/consumer');
const sides = { fetch: join(consumer, 'fetch'), group: join(consumer, 'group') };

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const [side, dir] of Object.entries(sides)) {
  const other = side === 'fetch' ? sides.group : sides.fetch;
  for (const file of tsFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]);
      if (target === other || target.startsWith(`${other}/`))
        problems.push(`${relative(root, file)} imports ${m[1]}: the ${side} side must not import the other side`);
    }
  }
}
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exit(1);
}
process.stdout.write('consumer layers: fetch/ and group/ do not import each other\n');
