/** A horizontal bar chart as inline SVG (no scripts, fonts or requests; inline SVG in HTML needs no xmlns URL). */

/** Escape text for HTML/SVG element content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** One bar of a chart. */
export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar instead of the bare value, e.g. "4 notes · 95 min". */
  note?: string;
}

/** One chart: a row per bar, scaled to the largest value. */
export function svgBars(title: string, bars: readonly Bar[], color = '#2f6f9f'): string {
  const row = 26;
  // ~7.5 px per character at 13 px keeps the longest label ("97112 Neuromuscular re-education") whole.
  const labelW = Math.min(340, 24 + Math.ceil(7.5 * Math.max(8, ...bars.map((b) => b.label.length))));
  const barW = 330;
  const width = labelW + barW + 150;
  const height = Math.max(1, bars.length) * row + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = 5 + i * row;
    const w = Math.max(2, Math.round((b.value / max) * barW));
    return (
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${row - 8}" rx="3" fill="${color}"/>` +
      `<text x="${labelW + w + 6}" y="${y + 17}">${esc(b.note ?? String(b.value))}</text>`
    );
  });
  const empty = bars.length === 0 ? `<text x="10" y="20">(nothing to chart)</text>` : '';
  return (
    `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13" fill="#222">` +
    `<title>${esc(title)}</title>${rows.join('')}${empty}</svg>`
  );
}
