// Actors list and one actor: aliases (add, remove), merge with undo, affiliations, events as perpetrator or target
// on a timeline, quotes by and about it, co-occurring actors, comments.

import { actorKinds } from '../../store/filters.js';
import { spokenWords } from '../../quotes/spoken.js';
import type { Store } from '../../store/types.js';
import { html, queryString, type Html } from '../html.js';
import { csrfField, formatDate, page, quantity, type PageContext } from '../layout.js';
import { commentSection } from './comments.js';

/** Rows per page of the actors list, and events/quotes shown on an actor page. */
const ACTORS_PAGE_SIZE = 50;
const ACTOR_EVENTS = 50;
const ACTOR_QUOTES = 20;

const actorHref = (id: string) => `/actors/${encodeURIComponent(id)}`;

export async function actorsPage(store: Store, ctx: PageContext, query: Record<string, string>): Promise<Html> {
  const q = query.q?.trim() || undefined;
  const kind = (actorKinds as readonly string[]).includes(query.kind ?? '') ? (query.kind as (typeof actorKinds)[number]) : undefined;
  const offset = Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0);
  const result = await store.listActors({ q, kind, limit: ACTORS_PAGE_SIZE, offset });
  const body = html`<h1>Actors</h1>
<form class="filters" method="get" action="/actors"><label>Name or alias<input name="q" value="${q ?? ''}"></label>
<label>Kind<select name="kind"><option value="">any</option>${actorKinds.map((k) => html`<option${k === kind ? html` selected` : ''}>${k}</option>`)}</select></label>
<button type="submit">Filter</button></form>
<p>${result.total.toLocaleString('en')} actors</p>
<div class="scroll"><table><thead><tr><th>Name</th><th>Id</th><th>Kind</th><th>Country</th><th class="num">Mentions</th><th class="num">Articles</th></tr></thead><tbody>
${result.items.map((a) => html`<tr><td><a href="${actorHref(a.id)}">${a.name}</a></td><td class="muted">${a.id}</td><td>${a.kind}</td><td>${a.country ?? '—'}</td><td class="num">${a.mentionCount}</td><td class="num">${a.articleCount}</td></tr>`)}
</tbody></table></div>
<nav class="pager">${offset > 0 ? html`<a href="/actors${queryString({ q, kind, offset: Math.max(0, offset - ACTORS_PAGE_SIZE) || undefined })}">← Previous</a>` : ''}
${offset + ACTORS_PAGE_SIZE < result.total ? html`<a href="/actors${queryString({ q, kind, offset: offset + ACTORS_PAGE_SIZE })}">Next →</a>` : ''}</nav>`;
  return page(ctx, 'Actors', body);
}

/** The actor page, or a redirect target when the actor was merged into another, or null. */
export async function actorPage(store: Store, ctx: PageContext, id: string): Promise<Html | { redirect: string } | null> {
  const actor = await store.getActor(id);
  if (!actor) {
    const merge = (await store.listMerges(id)).find((m) => m.mergedId === id && !m.undoneAt);
    return merge ? { redirect: `${actorHref(merge.keptId)}?done=${encodeURIComponent(`${id} was merged into ${merge.keptId}`)}` } : null;
  }
  const [events, about, coActors, merges, comments] = await Promise.all([
    store.listEvents({ actor: id, limit: ACTOR_EVENTS }),
    store.listQuotes({ about: id, limit: ACTOR_QUOTES }),
    store.coActors(id),
    store.listMerges(id),
    store.listComments('actor', id),
  ]);
  const form = (action: string, fields: Html, button: string, cls = '') =>
    html`<form class="inline" method="post" action="${action}">${csrfField(ctx)}${fields}<button type="submit"${cls ? html` class="${cls}"` : ''}>${button}</button></form>`;
  const affiliation = (rows: typeof actor.affiliations, side: 'organization' | 'person') =>
    rows.map((f) => {
      const [otherId, otherName] = side === 'organization' ? [f.organizationId, f.organizationName] : [f.personId, f.personName];
      return html`<li><a href="${actorHref(otherId)}">${otherName}</a>${f.role ? html` — ${f.role}` : ''}${f.articleId ? html` <a class="muted" href="/articles/${f.articleId}">(source)</a>` : ''}</li>`;
    });
  const body = html`<p><a href="/actors">← Actors</a></p>
<h1>${actor.name}</h1>
<p>${actor.kind}${actor.country ? ` · ${actor.country}` : ''} · origin ${actor.origin} · <span class="muted">${actor.id}</span> · ${actor.mentionCount} mentions in ${actor.articleCount} articles</p>
<h2>Aliases</h2>
<ul class="plain" id="aliases">${actor.aliases.map((a) => html`<li>${a.alias} <span class="badge">${a.origin}</span> ${form(`${actorHref(actor.id)}/aliases/remove`, html`<input type="hidden" name="alias" value="${a.alias}">`, 'Remove', 'secondary')}</li>`)}</ul>
<form class="filters" method="post" action="${actorHref(actor.id)}/aliases">${csrfField(ctx)}<label for="alias-new">New alias<input id="alias-new" name="alias" required maxlength="200"></label><button type="submit">Add alias</button></form>
<h2>Merge</h2>
<form class="filters" method="post" action="${actorHref(actor.id)}/merge">${csrfField(ctx)}<label for="merge-id">Merge this actor id into ${actor.name}<input id="merge-id" name="mergeId" required maxlength="200" list="merge-candidates"></label>
<datalist id="merge-candidates">${coActors.map((c) => html`<option value="${c.id}">${c.name}</option>`)}</datalist><button type="submit">Merge</button></form>
<p class="muted">Merging keeps both alias sets and re-points every mention, quote and event; it can be undone.</p>
${merges.length ? html`<ul id="merges">${merges.map((m) => html`<li>${m.createdAt.slice(0, 16).replace('T', ' ')}: ${m.mergedName} (${m.mergedId}) merged into ${m.keptId}${m.undoneAt ? html` — undone ${m.undoneAt.slice(0, 16).replace('T', ' ')}` : html` ${form(`/merges/${m.id}/undo`, html``, 'Undo merge', 'secondary')}`}</li>`)}</ul>` : ''}
<div class="grid2"><section><h2>Affiliations</h2>${actor.affiliations.length ? html`<ul>${affiliation(actor.affiliations, 'organization')}</ul>` : html`<p class="empty">None recorded.</p>`}
${actor.members.length ? html`<h3>Members</h3><ul>${affiliation(actor.members, 'person')}</ul>` : ''}</section>
<section><h2>Often mentioned with</h2>${coActors.length ? html`<ul>${coActors.map((c) => html`<li><a href="${actorHref(c.id)}">${c.name}</a> <span class="muted">${c.articles} articles</span></li>`)}</ul>` : html`<p class="empty">Nobody yet.</p>`}</section></div>
<h2>Events (${events.total})</h2>
${events.items.length ? html`<ol class="timeline">${events.items.map((e) => html`<li><a href="/events/${e.id}">${formatDate(e.date.start)} · ${e.attackType}</a> — ${e.location?.name ?? 'place unknown'}; killed ${quantity(e.fatalities)}</li>`)}</ol>
${events.total > events.items.length ? html`<p><a href="/events${queryString({ actor: actor.id })}">All ${events.total} events →</a></p>` : ''}` : html`<p class="empty">No events link this actor.</p>`}
<div class="grid2"><section><h2>Quotes by ${actor.name}</h2>${actor.quotes.length ? html`<ul>${actor.quotes.map((q) => html`<li>“${spokenWords(q)}” <a class="muted" href="/articles/${q.articleId}">${q.article.title}</a></li>`)}</ul>` : html`<p class="empty">None.</p>`}</section>
<section><h2>Quotes about ${actor.name}</h2>${about.items.length ? html`<ul>${about.items.map((q) => html`<li>“${spokenWords(q)}” — ${q.speaker.name} <a class="muted" href="/articles/${q.articleId}">${q.article.title}</a></li>`)}</ul>` : html`<p class="empty">None.</p>`}</section></div>
<h2>Recent mentions</h2>${actor.recentMentions.length ? html`<ul>${actor.recentMentions.map((m) => html`<li><a href="/articles/${m.articleId}">${m.title}</a>: <span class="muted">…${m.context}…</span></li>`)}</ul>` : html`<p class="empty">None.</p>`}
${commentSection(ctx, `${actorHref(actor.id)}/comments`, comments)}`;
  return page(ctx, actor.name, body);
}
