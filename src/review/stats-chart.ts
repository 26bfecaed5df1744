/**
 * The staff page's chart as one inline SVG (no CDN, no chart library, no build step): a stacked bar
 * per day (answered, handed off, not understood, other), the day under each bar, a legend. Built on
 * the server, so it is tested like any other function and the page only inserts it.
 *
 * @example statsChartSvg(stats) // '<svg xmlns="http://www.w3.org/2000/svg" role="img" ...'
 */
import type { ReviewStats } from './review-stats.js';
import type { TurnOutcome } from './turn-kind.js';

export const CHART_SERIES: ReadonlyArray<{ key: TurnOutcome; label: string; color: string }> = [
  { key: 'answered', label: '已答复', color: '#2e7d32' },
  { key: 'handed_off', label: '转人工', color: '#f9a825' },
  { key: 'not_understood', label: '未理解', color: '#c62828' },
  { key: 'other', label: '其他', color: '#9e9e9e' },
];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function statsChartSvg(stats: Pick<ReviewStats, 'days' | 'from' | 'to'>): string {
  const width = 720;
  const height = 260;
  const left = 40;
  const bottom = 40;
  const top = 30;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...stats.days.map((d) => d.turns));
  const slot = (width - left - 10) / Math.max(1, stats.days.length);
  const bar = Math.max(2, slot * 0.7);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="100%" aria-label="${escapeXml(`每日对话数 ${stats.from} 至 ${stats.to}`)}">`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="#666"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="11">${max}</text>`,
    `<text x="${left - 6}" y="${top + plotHeight}" text-anchor="end" font-size="11">0</text>`,
  ];
  stats.days.forEach((day, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    let y = top + plotHeight;
    for (const series of CHART_SERIES) {
      const n = day.outcomes[series.key];
      if (n === 0) continue;
      const h = (n / max) * plotHeight;
      y -= h;
      parts.push(`<rect class="bar ${series.key}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${series.color}"><title>${escapeXml(`${day.day} ${series.label} ${n}`)}</title></rect>`);
    }
    if (stats.days.length <= 16 || i % Math.ceil(stats.days.length / 16) === 0) {
      parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="10">${escapeXml(day.day.slice(5))}</text>`);
    }
  });
  CHART_SERIES.forEach((series, i) => {
    const x = left + i * 90;
    parts.push(`<rect x="${x}" y="6" width="12" height="12" fill="${series.color}"/><text x="${x + 16}" y="16" font-size="12">${series.label}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
