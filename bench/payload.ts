/**
 * Payload files shared by every client: 1,000 values per size, ASCII words from a small
 * vocabulary so that lz4 has something to find (about 2:1, like log lines or JSON), generated from
 * a fixed seed so every run and every client sends the same bytes. One value per line, the format
 * Java's ProducerPerformance reads with `--payload-file`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../scripts/mulberry32.js';

const WORDS =
  'order customer invoice status shipped pending amount currency region warehouse item quantity price discount total user session event click view cart checkout payment card refund account balance created updated deleted id name email city country street code value true false null'.split(
    ' ',
  );

/** How many distinct values each payload file holds. */
export const PAYLOADS_PER_FILE = 1000;

function value(size: number, next: () => number): string {
  let s = '';
  while (s.length < size) {
    const word = WORDS[Math.floor(next() * WORDS.length)];
    const digits = Math.floor(next() * 100000).toString();
    s += next() < 0.5 ? `${word}=${digits} ` : `${word} `;
  }
  return s.slice(0, size);
}

/** Writes `payloads-<size>.txt` into `dir` and returns its path. */
export function writePayloadFile(dir: string, size: number): string {
  const next = mulberry32(size);
  const lines: string[] = [];
  for (let i = 0; i < PAYLOADS_PER_FILE; i++) lines.push(value(size, next));
  const path = join(dir, `payloads-${size}.txt`);
  writeFileSync(path, lines.join('\n'));
  return path;
}
