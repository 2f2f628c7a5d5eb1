/**
 * Tiny helpers for printing code as arrays of lines. The emitters build nested blocks and indent
 * them here, so the output is formatted once, deterministically, without running a formatter.
 */

export type Lines = string[];
export type Cond = string | boolean;

export function indent(lines: Lines, by = 1): Lines {
  const pad = '  '.repeat(by);
  return lines.map((l) => (l === '' ? l : pad + l));
}

/** `if (c) { body }`, collapsed when `c` is a constant. */
export function guarded(c: Cond, body: Lines): Lines {
  if (c === false || body.length === 0) return [];
  if (c === true) return body;
  return [`if (${c}) {`, ...indent(body), '}'];
}

/** `if (c) { a } else { b }`, collapsed when `c` is a constant. */
export function branch(c: Cond, a: Lines, b: Lines): Lines {
  if (c === true) return a;
  if (c === false) return b;
  if (b.length === 0) return guarded(c, a);
  if (a.length === 1 && b.length === 1) return [`if (${c}) ${a[0]}`, `else ${b[0]}`];
  return [`if (${c}) {`, ...indent(a), '} else {', ...indent(b), '}'];
}

/** `c ? a : b` as an expression, collapsed when `c` is a constant. */
export function ternary(c: Cond, a: string, b: string): string {
  if (c === true) return a;
  if (c === false) return b;
  return `(${c} ? ${a} : ${b})`;
}

/** A TSDoc block; `*\/` inside spec text is broken up so it cannot end the comment. */
export function doc(text: string | undefined, extra: string[] = []): Lines {
  const paras = [...(text ? [text] : []), ...extra].map((p) => p.replace(/\*\//g, '*\\/').trim()).filter(Boolean);
  if (paras.length === 0) return [];
  if (paras.length === 1 && paras[0].length < 90 && !paras[0].includes('\n')) return [`/** ${paras[0]} */`];
  const out = ['/**'];
  paras.forEach((p, i) => {
    if (i > 0) out.push(' *');
    for (const line of p.split('\n')) out.push(` * ${line.trim()}`.trimEnd());
  });
  out.push(' */');
  return out;
}
