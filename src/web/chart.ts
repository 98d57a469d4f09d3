// Events per month as a stacked bar chart, drawn on the server as SVG (one bar per month, one colour per type).

import type { OverviewData } from '../store/types.js';
import { colourOf } from './colours.js';
import { html, type Html } from './html.js';

const WIDTH = 960;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 10, bottom: 24, left: 44 };
/** At most this many month labels on the axis, so they never overlap. */
const MAX_LABELS = 12;

export function monthlyChart(perMonth: OverviewData['perMonth'], hrefOf: (month: string) => string): Html {
  const months = [...new Set(perMonth.map((r) => r.month))].sort();
  if (!months.length) return html`<p class="empty">No events yet.</p>`;
  const byMonth = new Map<string, Array<{ attackType: string; count: number }>>();
  for (const row of perMonth) {
    const list = byMonth.get(row.month) ?? [];
    list.push(row);
    byMonth.set(row.month, list);
  }
  const totals = months.map((m) => (byMonth.get(m) ?? []).reduce((s, r) => s + r.count, 0));
  const max = Math.max(1, ...totals);
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = innerW / months.length;
  const barW = Math.max(1, step * 0.85);
  const every = Math.ceil(months.length / MAX_LABELS);
  const bars = months.map((month, i) => {
    let y = MARGIN.top + innerH;
    const x = MARGIN.left + i * step;
    const segments = (byMonth.get(month) ?? []).map((r) => {
      const h = (r.count / max) * innerH;
      y -= h;
      return html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${colourOf(r.attackType)}"><title>${month}: ${r.count} × ${r.attackType}</title></rect>`;
    });
    const label = i % every === 0 ? html`<text x="${(x + barW / 2).toFixed(1)}" y="${HEIGHT - 6}" text-anchor="middle">${month}</text>` : '';
    return html`<a href="${hrefOf(month)}" aria-label="${month}: ${totals[i]} events">${segments}</a>${label}`;
  });
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Events per month by attack type">
<text x="${MARGIN.left - 6}" y="${MARGIN.top + 8}" text-anchor="end">${max}</text>
<text x="${MARGIN.left - 6}" y="${MARGIN.top + innerH}" text-anchor="end">0</text>
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + innerH}" y2="${MARGIN.top + innerH}" class="axis"/>
${bars}</svg>`;
}

export function legend(types: string[]): Html {
  return html`<ul class="legend">${types.map((t) => html`<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colourOf(t)}"/></svg> ${t}</li>`)}</ul>`;
}
