/**
 * Kafka's message specs are JSON with `//` line comments. Comments are removed with a small
 * scanner rather than a regular expression because `//` also occurs inside string values
 * (URLs in `about` texts), where it must be kept.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\' && i + 1 < text.length) {
        // An escaped character (including \") never ends the string.
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      // Drop the comment but keep the newline so that JSON.parse error positions stay useful.
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
