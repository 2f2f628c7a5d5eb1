// Every ```ts block of README.md and docs/*.md must compile against the built packages: the code
// in the guides is code users copy. Needs `pnpm build` (or `pnpm typecheck`) first; no broker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompileResult, compileSnippets, extractSnippets, type Snippet } from './snippets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GLOBALS = fileURLToPath(new URL('./snippet-globals.d.ts', import.meta.url));

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const snippets = DOCS.flatMap((file) => extractSnippets(readFileSync(join(ROOT, file), 'utf8'), file));
const compiled = snippets.filter((s) => !s.nocompile);

/** A block that must not compile, to prove that a broken snippet fails and is located. */
const BROKEN = extractSnippets(
  [
    '# fixture',
    '',
    '```ts',
    "import { AIOKafkaProducer } from '@kafka-aio/client';",
    '',
    'const producer = new AIOKafkaProducer({ bootstrapServers });',
    "await producer.sendAndWiat('orders', 'hello');",
    '```',
  ].join('\n'),
  'fixture.md',
)[0];

let result: CompileResult;

beforeAll(() => {
  for (const name of ['protocol', 'client', 'schema-registry', 'avro', 'json-schema', 'protobuf']) {
    const types = join(ROOT, 'packages', name, 'dist', 'esm', 'index.d.ts');
    if (!existsSync(types)) throw new Error(`${types} is missing: run \`pnpm build\` before this test`);
  }
  result = compileSnippets([...snippets, BROKEN], ROOT, GLOBALS);
}, 300_000);

describe('extractSnippets', () => {
  it('finds ts blocks with their fence line, skips other languages, honours nocompile and indentation', () => {
    const md = [
      'text', //                        1
      '```sh', //                       2
      'echo ```ts', //                  3
      '```', //                         4
      '```ts', //                       5
      'const a = 1;', //                6
      '```', //                         7
      '- a list item:', //              8
      '', //                            9
      '  ```ts nocompile', //           10
      '  const b = 2;', //              11
      '    const c = 3;', //            12
      '  ```', //                       13
      '````typescript', //              14
      '```ts', //                       15
      '````', //                        16
    ].join('\n');
    expect(extractSnippets(md, 'x.md')).toEqual([
      { file: 'x.md', line: 5, code: 'const a = 1;\n', nocompile: false },
      { file: 'x.md', line: 10, code: 'const b = 2;\n  const c = 3;\n', nocompile: true },
      { file: 'x.md', line: 14, code: '```ts\n', nocompile: false },
    ]);
  });
});

describe('the code blocks of README.md and docs/*.md', () => {
  it('finds the guides and their blocks', () => {
    expect(DOCS).toContain('docs/getting-started.md');
    expect(compiled.length).toBeGreaterThan(30);
  });

  it('reports a block that does not compile, naming the file and the line', () => {
    const messages = (result.errors.get(BROKEN) ?? []).map((e) => e.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^fixture\.md:7:16 \(block at line 3\): error TS2551: Property 'sendAndWiat' does not exist/,
    );
  });

  it('type-checks the shared declarations and the packages’ declaration files', () => {
    expect(result.otherErrors).toEqual([]);
  });

  it.each(compiled.map((s): [string, Snippet] => [`${s.file}:${s.line}`, s]))('%s compiles', (_, snippet) => {
    const messages = (result.errors.get(snippet) ?? []).map((e) => e.message);
    expect(messages, `\n${messages.join('\n')}\n\n${snippet.code}`).toEqual([]);
  });
});
