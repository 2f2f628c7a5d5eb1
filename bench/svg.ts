/**
 * Hand-written SVG bar charts (no dependencies): one chart per part, one group of horizontal bars
 * per case, one bar per client with a min–max whisker over the rounds.
 */

/** One bar. */
export interface Bar {
  label: string;
  value: number;
  min?: number;
  max?: number;
}

/** One group of bars (a case). */
export interface BarGroup {
  title: string;
  bars: Bar[];
}

const COLORS = ['#2563eb', '#60a5fa', '#f97316', '#16a34a', '#a855f7', '#dc2626', '#0d9488', '#ca8a04'];

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function fmt(v: number): string {
  if (v >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (v >= 1e4) return `${(v / 1e3).toFixed(0)}k`;
  if (v >= 100) return v.toFixed(0);
  return v.toFixed(2);
}

/**
 * Renders `groups` as one SVG. Every group gets its own scale (cases differ by orders of
 * magnitude); colours follow the client's position so a client keeps its colour everywhere.
 */
export function barChart(title: string, unit: string, groups: BarGroup[], clientOrder: string[]): string {
  const width = 860;
  const labelW = 260;
  const barH = 16;
  const gap = 4;
  const plotW = width - labelW - 90;
  let y = 40;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`<text x="10" y="${y + 12}" font-weight="bold">${esc(g.title)}</text>`);
    y += 20;
    const top = Math.max(...g.bars.map((b) => Math.max(b.value, b.max ?? 0)), 1e-9);
    for (const b of g.bars) {
      const color = COLORS[Math.max(0, clientOrder.indexOf(b.label)) % COLORS.length];
      const w = Math.max(1, (b.value / top) * plotW);
      parts.push(`<text x="${labelW - 6}" y="${y + 12}" text-anchor="end">${esc(b.label)}</text>`);
      parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${color}"/>`);
      if (b.min !== undefined && b.max !== undefined && b.max > b.min) {
        const x1 = labelW + (b.min / top) * plotW;
        const x2 = labelW + (b.max / top) * plotW;
        const cy = y + barH / 2;
        parts.push(
          `<line x1="${x1.toFixed(1)}" y1="${cy}" x2="${x2.toFixed(1)}" y2="${cy}" stroke="#111" stroke-width="1.5"/>`,
        );
      }
      parts.push(`<text x="${labelW + w + 6}" y="${y + 12}">${fmt(b.value)}</text>`);
      y += barH + gap;
    }
    y += 12;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${esc(title)} (${esc(unit)})</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
