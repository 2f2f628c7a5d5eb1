// Type-checks the TypeScript code in the project's Markdown: every ```ts block of README.md and
// docs/*.md becomes a module of its own in a temporary project that imports @kafka-aio/client,
// @kafka-aio/protocol and @kafka-aio/avro as a user would (the built packages, through their
// `exports`), and is compiled under NodeNext, ES2022, strict, with the declaration files checked too.
//
// A block fenced ```ts nocompile is skipped; keep those for code that is deliberately partial.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One fenced TypeScript block of a Markdown file. */
export interface Snippet {
  /** The Markdown file, relative to the repository root (e.g. `docs/producing.md`). */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The code between the fences, with the fence's indentation removed. */
  code: string;
  /** True for ```ts nocompile blocks, which are not compiled. */
  nocompile: boolean;
}

const OPENING = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/;

/** Every ```ts (or ```typescript) block of `markdown`, in order. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const [, indent, marks] = fence;
    const opening = OPENING.exec(lines[i]);
    // The closing fence: the same character, at least as many, nothing after it.
    const closes = (l: string) => {
      const t = l.trim();
      return t.length >= marks.length && t === marks[0].repeat(t.length);
    };
    let end = i + 1;
    while (end < lines.length && !closes(lines[end])) end++;
    if (opening) {
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      out.push({
        file,
        line: i + 1,
        code: `${body.join('\n')}\n`,
        nocompile: /\bnocompile\b/.test(opening[4]),
      });
    }
    i = end; // skip the block, whatever its language
  }
  return out;
}

/** A compile error, located in the Markdown file. */
export interface SnippetError {
  snippet: Snippet;
  /** `docs/producing.md:57:12 (block at line 50): error TS2304: Cannot find name 'x'.` */
  message: string;
}

export interface CompileResult {
  /** Errors by snippet; snippets that compiled have none. */
  errors: Map<Snippet, SnippetError[]>;
  /** Errors outside the snippets: the shared declarations, the packages' declaration files. */
  otherErrors: string[];
}

/**
 * Compiles every snippet that is not `nocompile` as its own module in one program. `root` is the
 * repository root (its `packages/*` must be built); `globalsFile` holds the ambient declarations
 * the snippets may use.
 */
export function compileSnippets(snippets: readonly Snippet[], root: string, globalsFile: string): CompileResult {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-aio-doc-snippets-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'doc-snippets', private: true, type: 'module' }));
    // The packages as an application sees them: node_modules entries resolved through `exports`.
    mkdirSync(join(dir, 'node_modules', '@kafka-aio'), { recursive: true });
    for (const name of ['client', 'protocol', 'schema-registry', 'avro', 'json-schema', 'protobuf']) {
      symlinkSync(join(root, 'packages', name), join(dir, 'node_modules', '@kafka-aio', name), 'dir');
    }
    // Generated Protobuf code imports @bufbuild/protobuf itself: give the blocks the package's copy.
    mkdirSync(join(dir, 'node_modules', '@bufbuild'), { recursive: true });
    symlinkSync(
      join(root, 'packages', 'protobuf', 'node_modules', '@bufbuild', 'protobuf'),
      join(dir, 'node_modules', '@bufbuild', 'protobuf'),
      'dir',
    );
    const globals = join(dir, 'snippet-globals.d.ts');
    writeFileSync(globals, readFileSync(globalsFile, 'utf8'));

    const byFile = new Map<string, Snippet>();
    snippets.forEach((s, i) => {
      if (s.nocompile) return;
      const name = `${String(i).padStart(3, '0')}-${s.file.replace(/[^A-Za-z0-9]+/g, '-')}-L${s.line}.ts`;
      const path = join(dir, name);
      writeFileSync(path, s.code);
      byFile.set(path, s);
    });

    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      moduleDetection: ts.ModuleDetectionKind.Force, // every snippet is a module: no clashes
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      esModuleInterop: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    };
    const program = ts.createProgram({ rootNames: [globals, ...byFile.keys()], options });
    const errors = new Map<Snippet, SnippetError[]>();
    for (const s of byFile.values()) errors.set(s, []);
    const otherErrors: string[] = [];
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      const snippet = d.file ? byFile.get(d.file.fileName) : undefined;
      if (d.file && snippet && d.start !== undefined) {
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        errors.get(snippet)?.push({
          snippet,
          message: `${snippet.file}:${snippet.line + 1 + line}:${character + 1} (block at line ${snippet.line}): error TS${d.code}: ${text}`,
        });
      } else if (d.file && d.start !== undefined) {
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        const where = d.file.fileName === globals ? globalsFile : d.file.fileName;
        otherErrors.push(`${relative(root, where)}:${line + 1}:${character + 1}: error TS${d.code}: ${text}`);
      } else {
        otherErrors.push(`error TS${d.code}: ${text}`);
      }
    }
    return { errors, otherErrors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
