// Overview: counts, events per month by type, the world map, latest events, most-mentioned actors.

import type { Store } from '../../store/types.js';
import { legend, monthlyChart } from '../chart.js';
import { html, queryString, type Html } from '../html.js';
import { formatDate, page, quantity, type PageContext } from '../layout.js';
import { worldMap } from '../map.js';
import { MAP_CELL_DEGREES } from '../../store/sqlite/workbench.js';

/** Rows in the "latest events" and "most-mentioned actors" lists. */
const LIST_SIZE = 10;

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export async function overviewPage(store: Store, ctx: PageContext): Promise<Html> {
  const [stats, overview, latest, actors] = await Promise.all([
    store.stats(),
    store.overview(),
    store.listEvents({ limit: LIST_SIZE }),
    store.listActors({ limit: LIST_SIZE }),
  ]);
  const counts: Array<[string, number, string]> = [
    ['Articles', stats.articles, '/search'],
    ['Events', stats.events, '/events'],
    ['Actors', stats.actors, '/actors'],
    ['Quotes', stats.quotes, '/quotes'],
  ];
  const types = overview.attackTypes.map((t) => t.value);
  const body = html`<h1>Overview</h1>
<ul class="counts">${counts.map(([label, n, href]) => html`<li><a href="${href}"><b>${n.toLocaleString('en')}</b>${label}</a></li>`)}</ul>
<h2>Events per month</h2>
${monthlyChart(overview.perMonth, (month) => `/events${queryString({ from: `${month}-01`, to: lastDay(month) })}`)}
${legend(types)}
<h2>Where</h2>
<p class="muted">Circles grow with the number killed; colour is the most common attack type. Select one to list its events.</p>
${worldMap(overview.mapCells, (cell) => `/events${queryString({ country: cell.countryCode ?? undefined, sort: 'killed' })}`)}
<p class="muted">Events are grouped on a ${MAP_CELL_DEGREES}° grid. Map data: Natural Earth (public domain), via world-atlas.</p>
<div class="grid2"><section><h2>Latest events</h2>
${latest.items.length ? html`<ul class="plain">${latest.items.map(
    (e) => html`<li><a href="/events/${e.id}">${formatDate(e.date.start)} · ${e.attackType}</a> — ${e.location?.name ?? 'place unknown'}${e.location ? html`, ${e.location.country}` : ''}; killed: ${quantity(e.fatalities)}</li>`,
  )}</ul>` : html`<p class="empty">No events stored yet.</p>`}
<p><a href="/events">All events →</a></p></section>
<section><h2>Most-mentioned actors</h2>
${actors.items.length ? html`<ol>${actors.items.map(
    (a) => html`<li><a href="/actors/${encodeURIComponent(a.id)}">${a.name}</a> <span class="muted">${a.kind} · ${a.mentionCount} mentions in ${a.articleCount} articles</span></li>`,
  )}</ol>` : html`<p class="empty">No actors yet.</p>`}
<p><a href="/actors">All actors →</a></p></section></div>`;
  return page(ctx, 'Overview', body);
}
