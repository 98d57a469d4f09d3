// Events table: filters (GET form, so every view is a link), sortable columns, paging, and export links that
// carry exactly the same filters.

import { EXPORT_FORMATS } from '../../export/registry.js';
import { eventFilterSchema, eventSortKeys, type EventSortKey } from '../../store/filters.js';
import type { EventRow, Store } from '../../store/types.js';
import { html, queryString, type Html } from '../html.js';
import { formatDate, page, quantity, type PageContext } from '../layout.js';

/** Rows per page of the events table. */
export const EVENTS_PAGE_SIZE = 50;
const FILTER_KEYS = ['q', 'attackType', 'eventType', 'actor', 'country', 'from', 'to', 'minKilled', 'reviewStatus', 'status', 'article'] as const;
const REVIEW_STATUSES = ['unreviewed', 'confirmed', 'rejected', 'edited'];

type Query = Record<string, string>;

/** The filter part of the query string, empty values dropped. */
export function filterQuery(query: Query): Query {
  const out: Query = {};
  for (const key of [...FILTER_KEYS, 'sort', 'order'] as const) if (query[key]?.trim()) out[key] = query[key].trim();
  return out;
}

function sortLink(query: Query, key: EventSortKey, label: string): Html {
  const active = (query.sort ?? 'date') === key;
  const order = active && query.order !== 'asc' ? 'asc' : 'desc';
  const arrow = active ? (query.order === 'asc' ? ' ▲' : ' ▼') : '';
  const aria = active ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<a href="/events${queryString({ ...query, sort: key, order, offset: undefined })}" aria-sort="${aria}">${label}${arrow}</a>`;
}

function row(e: EventRow): Html {
  return html`<tr><td><a href="/events/${e.id}">${e.id}</a></td><td>${formatDate(e.date.start)}${e.date.end !== e.date.start ? html`<br><span class="muted">to ${e.date.end}</span>` : ''}</td>
<td>${e.attackType}<br><span class="muted">${e.subEventType}</span></td><td>${e.location?.name ?? '—'}${e.location ? html`<br><span class="muted">${e.location.country}</span>` : ''}</td>
<td>${e.perpetrators.map((p, i) => html`${i ? '; ' : ''}${p.actorId ? html`<a href="/actors/${encodeURIComponent(p.actorId)}">${p.name}</a>` : p.name}`)}</td>
<td>${e.targets.map((t) => t.name).join('; ')}</td><td class="num">${quantity(e.fatalities)}</td><td class="num">${quantity(e.injuries)}</td>
<td>${e.status}</td><td><span class="badge">${e.reviewStatus}</span></td><td class="num">${e.sourceCount}</td></tr>`;
}

export async function eventsPage(store: Store, ctx: PageContext, query: Query): Promise<{ html: Html; status: number }> {
  const filters = filterQuery(query);
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const parsed = eventFilterSchema.safeParse(filters);
  const [overview, result] = await Promise.all([
    store.eventFacets(),
    parsed.success ? store.listEvents({ ...filters, limit: EVENTS_PAGE_SIZE, offset }) : Promise.resolve(null),
  ]);
  const problem = parsed.success ? null : parsed.error.issues[0];
  const select = (name: string, label: string, options: Array<[string, string]>) =>
    html`<label>${label}<select name="${name}"><option value="">any</option>${options.map(
      ([value, text]) => html`<option value="${value}"${filters[name] === value ? html` selected` : ''}>${text}</option>`,
    )}</select></label>`;
  const input = (name: string, label: string, type = 'text', extra: Html | string = '') =>
    html`<label>${label}<input name="${name}" type="${type}" value="${filters[name] ?? ''}"${extra}></label>`;
  const exportLinks = EXPORT_FORMATS.map(
    (format) => html`<a href="/api/events/export${queryString({ ...filters, format })}" download>${format.toUpperCase()}</a>`,
  );
  const total = result?.total ?? 0;
  const body = html`<h1>Events</h1>
<form class="filters" method="get" action="/events" aria-label="Filter events">
${input('q', 'Text')}
${select('attackType', 'Attack type', overview.attackTypes.map((t) => [t.value, `${t.value} (${t.count})`]))}
${select('country', 'Country', overview.countries.map((c) => [c.value, `${c.name} (${c.count})`]))}
${input('actor', 'Actor id')}
${input('from', 'From', 'date')}${input('to', 'To', 'date')}
${input('minKilled', 'Min. killed', 'number', html` min="0"`)}
${select('reviewStatus', 'Review', REVIEW_STATUSES.map((s) => [s, s]))}
${filters.sort ? html`<input type="hidden" name="sort" value="${filters.sort}">` : ''}${filters.order ? html`<input type="hidden" name="order" value="${filters.order}">` : ''}
<button type="submit">Filter</button> <a href="/events">Clear</a></form>
${problem ? html`<p class="error" role="alert">Invalid ${problem.path.join('.') || 'filter'}: ${problem.message}</p>` : ''}
<div class="pager"><span id="event-count" data-total="${total}"><b>${total.toLocaleString('en')}</b> events</span>
<span>Export these ${total.toLocaleString('en')} rows: ${exportLinks.map((l, i) => html`${i ? ' · ' : ''}${l}`)}</span></div>
<div class="scroll"><table id="events-table"><caption class="skip">Events, sortable by column</caption><thead><tr>
<th>${sortLink(filters, 'id', 'ID')}</th><th>${sortLink(filters, 'date', 'Date')}</th><th>${sortLink(filters, 'type', 'Type')}</th>
<th>${sortLink(filters, 'country', 'Place')}</th><th>Perpetrators</th><th>Targets</th><th class="num">${sortLink(filters, 'killed', 'Killed')}</th>
<th class="num">${sortLink(filters, 'injured', 'Injured')}</th><th>Status</th><th>Review</th><th class="num">${sortLink(filters, 'sources', 'Sources')}</th></tr></thead>
<tbody>${result?.items.map(row) ?? ''}</tbody></table></div>
${result && !result.items.length ? html`<p class="empty">No events match.</p>` : ''}
<nav class="pager" aria-label="Pages">${offset > 0 ? html`<a href="/events${queryString({ ...filters, offset: Math.max(0, offset - EVENTS_PAGE_SIZE) || undefined })}" rel="prev">← Previous</a>` : ''}
<span>${total ? `${offset + 1}–${Math.min(total, offset + EVENTS_PAGE_SIZE)} of ${total.toLocaleString('en')}` : ''}</span>
${offset + EVENTS_PAGE_SIZE < total ? html`<a href="/events${queryString({ ...filters, offset: offset + EVENTS_PAGE_SIZE })}" rel="next">Next →</a>` : ''}</nav>`;
  return { html: page(ctx, 'Events', body), status: problem ? 400 : 200 };
}

export { eventSortKeys };
