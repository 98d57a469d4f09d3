// Quotes search: by speaker, affiliation, or text and actors quoted about.

import type { Store } from '../../store/types.js';
import { spokenWords } from '../../quotes/spoken.js';
import { html, queryString, type Html } from '../html.js';
import { formatDate, page, type PageContext } from '../layout.js';

const QUOTES_PAGE_SIZE = 50;

export async function quotesPage(store: Store, ctx: PageContext, query: Record<string, string>): Promise<Html> {
  const speaker = query.speaker?.trim() || undefined;
  const about = query.about?.trim() || undefined;
  const affiliation = query.affiliation?.trim() || undefined;
  const kind = query.kind === 'speech' || query.kind === 'stance' ? query.kind : undefined;
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const result = await store.listQuotes({ speaker, about, affiliation, kind, limit: QUOTES_PAGE_SIZE, offset });
  const option = (value: string, label: string) => html`<option value="${value}"${(kind ?? '') === value ? html` selected` : ''}>${label}</option>`;
  const body = html`<h1>Quotes</h1>
<form class="filters" method="get" action="/quotes"><label>Speaker (name or actor id)<input name="speaker" value="${speaker ?? ''}"></label>
<label>Affiliation (organisation name or id)<input name="affiliation" value="${affiliation ?? ''}"></label>
<label>Text or actor quoted about<input name="about" value="${about ?? ''}"></label>
<label>Kind<select name="kind">${option('', 'all')}${option('speech', 'what was said')}${option('stance', 'stances: beliefs, wishes, plans')}</select></label>
<button type="submit">Search quotes</button></form>
<p id="quote-count" data-total="${result.total}">${result.total.toLocaleString('en')} quotes</p>
<ul class="plain">${result.items.map((q) => html`<li><blockquote class="evidence">${q.direct ? '“' : ''}${spokenWords(q)}${q.direct ? '”' : ''}</blockquote>
— ${q.speaker.actorId ? html`<a href="/actors/${encodeURIComponent(q.speaker.actorId)}">${q.speaker.name}</a>` : q.speaker.name}${q.affiliation ? html`, ${q.affiliation.actorId ? html`<a class="affiliation" href="/quotes${queryString({ affiliation: q.affiliation.actorId })}">${q.affiliation.name}</a>` : html`<span class="affiliation">${q.affiliation.name}</span>`}` : ''}${q.role ? html` (${q.role})` : ''}
· <a href="/articles/${q.articleId}">${q.article.title}</a> <span class="muted">${formatDate(q.article.publishedAt)}</span></li>`)}</ul>
<nav class="pager">${offset + QUOTES_PAGE_SIZE < result.total ? html`<a href="/quotes${queryString({ speaker, about, affiliation, kind, offset: offset + QUOTES_PAGE_SIZE })}">Next →</a>` : ''}</nav>`;
  return page(ctx, 'Quotes', body);
}
