// Quotes search, full-text search, and the ingest box.

import type { IngestSummary } from '../../app/ingest.js';
import type { Store } from '../../store/types.js';
import { html, queryString, type Html } from '../html.js';
import { csrfField, formatDate, page, type PageContext } from '../layout.js';
import { highlight } from '../highlight.js';

const QUOTES_PAGE_SIZE = 50;
const SEARCH_PAGE_SIZE = 20;

export async function quotesPage(store: Store, ctx: PageContext, query: Record<string, string>): Promise<Html> {
  const speaker = query.speaker?.trim() || undefined;
  const about = query.about?.trim() || undefined;
  const affiliation = query.affiliation?.trim() || undefined;
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const result = await store.listQuotes({ speaker, about, affiliation, limit: QUOTES_PAGE_SIZE, offset });
  const body = html`<h1>Quotes</h1>
<form class="filters" method="get" action="/quotes"><label>Speaker (name or actor id)<input name="speaker" value="${speaker ?? ''}"></label>
<label>Affiliation (organisation name or id)<input name="affiliation" value="${affiliation ?? ''}"></label>
<label>Text or actor quoted about<input name="about" value="${about ?? ''}"></label><button type="submit">Search quotes</button></form>
<p id="quote-count" data-total="${result.total}">${result.total.toLocaleString('en')} quotes</p>
<ul class="plain">${result.items.map((q) => html`<li><blockquote class="evidence">${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}</blockquote>
— ${q.speaker.actorId ? html`<a href="/actors/${encodeURIComponent(q.speaker.actorId)}">${q.speaker.name}</a>` : q.speaker.name}${q.affiliation ? html`, ${q.affiliation.actorId ? html`<a class="affiliation" href="/quotes${queryString({ affiliation: q.affiliation.actorId })}">${q.affiliation.name}</a>` : html`<span class="affiliation">${q.affiliation.name}</span>`}` : ''}${q.role ? html` (${q.role})` : ''}
· <a href="/articles/${q.articleId}">${q.article.title}</a> <span class="muted">${formatDate(q.article.publishedAt)}</span></li>`)}</ul>
<nav class="pager">${offset + QUOTES_PAGE_SIZE < result.total ? html`<a href="/quotes${queryString({ speaker, about, affiliation, offset: offset + QUOTES_PAGE_SIZE })}">Next →</a>` : ''}</nav>`;
  return page(ctx, 'Quotes', body);
}

export async function searchPage(store: Store, ctx: PageContext, query: Record<string, string>): Promise<Html> {
  const q = query.q?.trim() ?? '';
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const result = q ? await store.search(q, { limit: SEARCH_PAGE_SIZE, offset }) : null;
  const latest = q ? null : await store.listArticles({ limit: SEARCH_PAGE_SIZE });
  const sites = new Map<string, number>();
  for (const hit of result?.items ?? []) sites.set(hit.site ?? 'unknown', (sites.get(hit.site ?? 'unknown') ?? 0) + 1);
  const body = html`<h1>Search</h1>
<form class="filters" method="get" action="/search"><label>Words, "phrases", prefix*, a OR b, -excluded<input name="q" type="search" value="${q}"></label><button type="submit">Search</button></form>
${result ? html`<p>${result.total.toLocaleString('en')} articles match</p>
${sites.size ? html`<p class="muted">Sites on this page: ${[...sites].map(([site, n], i) => html`${i ? ', ' : ''}${site} (${n})`)}</p>` : ''}
<ol>${result.items.map((hit) => html`<li><a href="/articles/${hit.id}">${hit.title}</a> <span class="muted">${hit.site ?? ''} ${formatDate(hit.publishedAt)}</span><br>…${highlight(hit.snippet, hit.highlights.map((h) => ({ ...h, kind: 'entity', label: 'match' })))}…</li>`)}</ol>
${offset + SEARCH_PAGE_SIZE < result.total ? html`<a href="/search${queryString({ q, offset: offset + SEARCH_PAGE_SIZE })}">Next →</a>` : ''}` : ''}
${latest ? html`<h2>Latest articles</h2><ul>${latest.items.map((a) => html`<li><a href="/articles/${a.id}">${a.title}</a> <span class="muted">${a.site ?? ''} ${formatDate(a.publishedAt)}</span></li>`)}</ul>` : ''}`;
  return page(ctx, q ? `Search: ${q}` : 'Search', body);
}

export function ingestPage(ctx: PageContext, summary?: IngestSummary, error?: string): Html {
  const body = html`<h1>Ingest</h1>
<p>Paste an article's text, or give the URL of an article or a feed. It runs through the whole pipeline and is stored.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${summary ? html`<p class="notice" role="status" id="ingest-result">Ingested ${summary.ingested}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}.</p>
${summary.failed.length ? html`<ul>${summary.failed.map((f) => html`<li>${f.location}: ${f.error.format()}</li>`)}</ul>` : ''}<p><a href="/search">See the latest articles →</a></p>` : ''}
<form class="stack" method="post" action="/ingest">${csrfField(ctx)}
<label for="i-url">URL<input id="i-url" name="url" type="url" maxlength="2000" placeholder="https://…"></label>
<label for="i-text">or text<textarea id="i-text" name="text" rows="10" maxlength="1000000"></textarea></label>
<button type="submit">Ingest</button></form>`;
  return page(ctx, 'Ingest', body);
}
