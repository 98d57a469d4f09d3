// Article reader: the clean text with entities, quotes, claims and event evidence highlighted in place (hover or
// focus shows what each is; linked ones lead to the actor or event), metadata, counters and the reply thread.

import type { ArticleDetail, Store } from '../../store/types.js';
import { spokenWords } from '../../quotes/spoken.js';
import { highlight, type Annotation } from '../highlight.js';
import { html, safeHref, type Html } from '../html.js';
import { formatDate, page, type PageContext } from '../layout.js';
import { commentSection } from './comments.js';

export function annotationsOf(article: ArticleDetail): Annotation[] {
  const out: Annotation[] = [];
  for (const m of article.mentions) {
    const who = m.actor ? ` → ${m.actor.name} (${m.actor.kind})` : m.place ? ` → ${m.place.name}, ${m.place.country}` : '';
    out.push({
      start: m.start,
      end: m.end,
      kind: 'entity',
      label: `${m.label}${who}`,
      href: m.actor ? `/actors/${encodeURIComponent(m.actor.id)}` : undefined,
    });
  }
  for (const q of article.quotes) {
    const what = q.direct ? 'quote' : q.kind === 'stance' ? 'stance' : 'reported speech';
    const label = `${what} by ${q.speaker.name}${q.affiliation ? ` (${q.affiliation.name})` : ''}`;
    for (const part of q.parts ?? [{ start: q.start, end: q.end }]) out.push({ start: part.start, end: part.end, kind: 'quote', label });
  }
  for (const c of article.claims) out.push({ start: c.start, end: c.end, kind: 'claim', label: `claim${c.speaker ? ` by ${c.speaker.name}` : ''}` });
  for (const e of article.events) {
    const mine = e.sources.find((s) => s.articleId === article.id);
    for (const span of mine?.evidence ?? []) {
      out.push({ start: span.start, end: span.end, kind: 'event', label: `event: ${e.attackType}, ${e.date.start}`, href: `/events/${e.id}` });
    }
  }
  return out;
}

export async function articlePage(store: Store, ctx: PageContext, id: number): Promise<Html | null> {
  const views = await store.recordView(id);
  if (views === null) return null;
  const article = await store.getArticle(id);
  if (!article) return null;
  const link = safeHref(article.url ?? article.canonicalUrl);
  const body = html`<article><h1>${article.title}</h1>
<dl class="fields"><dt>Site</dt><dd>${article.site ?? '—'}</dd><dt>Byline</dt><dd>${article.byline ?? '—'}</dd>
<dt>Published</dt><dd>${formatDate(article.publishedAt)}</dd>${article.wire ? html`<dt>Wire</dt><dd>${article.wire}</dd>` : ''}
<dt>Original</dt><dd>${link ? html`<a href="${link}" rel="noreferrer noopener">${link}</a>` : article.sourceLocation}</dd>
<dt>Views</dt><dd id="view-count">${views}</dd><dt>Comments</dt><dd><a href="#comments" id="comment-counter">${article.commentCount}</a></dd></dl>
<ul class="keys" aria-label="Highlight key"><li><mark class="hl-entity">entity</mark></li><li><mark class="hl-quote">quote</mark></li>
<li><mark class="hl-claim">claim</mark></li><li><mark class="hl-event">event evidence</mark></li></ul>
<div class="reader" id="article-text">${highlight(article.text, annotationsOf(article))}</div></article>
${article.events.length ? html`<h2>Events in this report</h2><ul>${article.events.map((e) => html`<li><a href="/events/${e.id}">${e.attackType} · ${e.location?.name ?? 'place unknown'} · ${formatDate(e.date.start)}</a></li>`)}</ul>` : ''}
${article.quotes.length ? html`<h2>Quotes</h2><ul>${article.quotes.map((q) => html`<li>“${spokenWords(q)}” — ${q.speaker.actorId ? html`<a href="/actors/${encodeURIComponent(q.speaker.actorId)}">${q.speaker.name}</a>` : q.speaker.name}</li>`)}</ul>` : ''}
${commentSection(ctx, `/articles/${article.id}/comments`, article.comments)}`;
  return page(ctx, article.title, body);
}
