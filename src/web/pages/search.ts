// Full-text search with snippets and facets: counts over every matching article (site, year, month, actors),
// each value a link that narrows the search (the snippet marks its own cuts with …); the narrowing in force is shown with links that lift it.

import type { SearchFacets, SearchHit, Page } from '../../store/types.js';
import type { SearchFilter } from '../../store/filters.js';
import type { Store } from '../../store/types.js';
import { html, queryString, type Html } from '../html.js';
import { formatDate, page, type PageContext } from '../layout.js';
import { highlight } from '../highlight.js';

const SEARCH_PAGE_SIZE = 20;

interface Narrowing {
  q: string;
  site?: string;
  period?: string;
  actor?: string;
}

function href(n: Narrowing, change: Partial<Narrowing> = {}, offset = 0): string {
  const next = { ...n, ...change };
  return `/search${queryString({ q: next.q, site: next.site, period: next.period, actor: next.actor, offset: offset || undefined })}`;
}

function facetList(
  title: string,
  id: string,
  values: Array<{ value: string; count: number; label?: string }>,
  link: (value: string) => string,
  selected: string | undefined,
): Html {
  if (values.length === 0) return html``;
  return html`<section class="facet" id="${id}"><h2>${title}</h2><ul class="plain">${values.map(
    (v) => html`<li>${v.value === selected
      ? html`<b aria-current="true">${v.label ?? v.value}</b>`
      : html`<a href="${link(v.value)}">${v.label ?? v.value}</a>`} <span class="badge">${v.count.toLocaleString('en')}</span></li>`,
  )}</ul></section>`;
}

function facetsPanel(n: Narrowing, facets: SearchFacets): Html {
  const months = n.period && n.period.length === 4 ? facets.months.filter((m) => m.value.startsWith(n.period!)) : facets.months;
  return html`<aside class="facets" aria-label="Narrow the search">
${facetList('Site', 'facet-site', facets.sites, (v) => href(n, { site: v }), n.site)}
${facetList('Year', 'facet-year', facets.years, (v) => href(n, { period: v }), n.period)}
${facetList('Month', 'facet-month', months, (v) => href(n, { period: v }), n.period)}
${facetList(
    'Actors mentioned',
    'facet-actor',
    facets.actors.map((a) => ({ value: a.value, count: a.count, label: a.name })),
    (v) => href(n, { actor: v }),
    n.actor,
  )}</aside>`;
}

function narrowingLine(n: Narrowing, facets: SearchFacets | null): Html {
  const actorName = n.actor ? (facets?.actors.find((a) => a.value === n.actor)?.name ?? n.actor) : undefined;
  const parts: Array<[string, string, Partial<Narrowing>]> = [];
  if (n.site) parts.push(['site', n.site, { site: undefined }]);
  if (n.period) parts.push(['published', n.period, { period: undefined }]);
  if (actorName) parts.push(['mentions', actorName, { actor: undefined }]);
  if (parts.length === 0) return html``;
  return html`<p id="narrowed">Narrowed to ${parts.map(
    ([what, value, lift], i) => html`${i ? '; ' : ''}${what} <b>${value}</b> <a href="${href(n, lift)}" aria-label="Remove ${what} ${value}">(remove)</a>`,
  )}</p>`;
}

function hits(result: Page<SearchHit>): Html {
  return html`<ol class="hits">${result.items.map(
    (hit) => html`<li><a href="/articles/${hit.id}">${hit.title}</a> <span class="muted">${hit.site ?? ''} ${formatDate(hit.publishedAt)}</span><br>${highlight(hit.snippet, hit.highlights.map((h) => ({ ...h, kind: 'entity', label: 'match' })))}</li>`,
  )}</ol>`;
}

export async function searchPage(store: Store, ctx: PageContext, query: Record<string, string>): Promise<Html> {
  const n: Narrowing = {
    q: query.q?.trim() ?? '',
    site: query.site?.trim() || undefined,
    period: query.period?.trim() || undefined,
    actor: query.actor?.trim() || undefined,
  };
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const filter: SearchFilter = { site: n.site, period: n.period, actor: n.actor };
  const [result, facets] = n.q
    ? await Promise.all([store.search(n.q, { ...filter, limit: SEARCH_PAGE_SIZE, offset }), store.searchFacets(n.q, filter)])
    : [null, null];
  const latest = n.q ? null : await store.listArticles({ limit: SEARCH_PAGE_SIZE });
  const body = html`<h1>Search</h1>
<form class="filters" method="get" action="/search"><label>Words, "phrases", prefix*, a OR b, -excluded<input name="q" type="search" value="${n.q}"></label>
${n.site ? html`<input type="hidden" name="site" value="${n.site}">` : ''}${n.period ? html`<input type="hidden" name="period" value="${n.period}">` : ''}${n.actor ? html`<input type="hidden" name="actor" value="${n.actor}">` : ''}<button type="submit">Search</button></form>
${result && facets ? html`${narrowingLine(n, facets)}<p id="hit-count" data-total="${result.total}">${result.total.toLocaleString('en')} articles match</p>
<div class="with-facets"><div>${hits(result)}
<nav class="pager">${offset > 0 ? html`<a href="${href(n, {}, Math.max(0, offset - SEARCH_PAGE_SIZE))}">← Previous</a>` : ''}
${offset + SEARCH_PAGE_SIZE < result.total ? html`<a href="${href(n, {}, offset + SEARCH_PAGE_SIZE)}">Next →</a>` : ''}</nav></div>
${facetsPanel(n, facets)}</div>` : ''}
${latest ? html`<h2>Latest articles</h2><ul>${latest.items.map((a) => html`<li><a href="/articles/${a.id}">${a.title}</a> <span class="muted">${a.site ?? ''} ${formatDate(a.publishedAt)}</span></li>`)}</ul>` : ''}`;
  return page(ctx, n.q ? `Search: ${n.q}` : 'Search', body);
}
