// One event: every field with the analyst's edits beside the machine value, the evidence sentence of each report
// with its span highlighted, where reports disagree, review actions and comments.

import { editableEventFields } from '../../store/filters.js';
import type { EventDetail, EventReviewRow, Store } from '../../store/types.js';
import type { EventRecord } from '../../core/document.js';
import { highlight, sentenceAround } from '../highlight.js';
import { html, safeHref, type Html } from '../html.js';
import { csrfField, formatDate, page, quantity, type PageContext } from '../layout.js';
import { commentSection } from './comments.js';

type Field = (typeof editableEventFields)[number];

function show(field: Field, e: Pick<EventRecord, Field> | EventDetail): string {
  switch (field) {
    case 'date': {
      const d = e.date;
      return d.start === d.end ? `${d.start} (${d.precision})` : `${d.start} to ${d.end} (${d.precision})`;
    }
    case 'location': {
      const l = e.location;
      return l ? [l.name, l.admin1, l.country].filter(Boolean).join(', ') + ` (${l.precision})` : 'unknown';
    }
    case 'perpetrators':
      return e.perpetrators.map((p) => (p.basis ? `${p.name} (${p.basis})` : p.name)).join('; ') || 'none named';
    case 'targets':
      return e.targets.map((t) => `${t.name} [${t.type}]`).join('; ') || 'none named';
    case 'fatalities':
    case 'injuries':
      return quantity(e[field] ?? null);
    default:
      return String(e[field] ?? '');
  }
}

const LABELS: Record<Field, string> = {
  attackType: 'Attack type (GTD)', eventType: 'Event type (ACLED)', subEventType: 'Sub-event type', date: 'Date',
  location: 'Place', perpetrators: 'Perpetrators', targets: 'Targets', fatalities: 'Killed', injuries: 'Injured', status: 'Status',
};

export async function eventPage(store: Store, ctx: PageContext, id: number): Promise<Html | null> {
  const event = await store.getEvent(id);
  if (!event) return null;
  const [reviews, comments, articles] = await Promise.all([
    store.listEventReviews(id),
    store.listComments('event', String(id)),
    Promise.all(event.sources.map((s) => store.getArticle(s.articleId))),
  ]);
  const edits = new Map<string, EventReviewRow>();
  for (const r of reviews) if (r.action === 'edit' && r.field) edits.set(r.field, r);
  const fields = editableEventFields.map((field) => {
    const edit = edits.get(field);
    const values = new Set(event.sources.map((s) => show(field, s.values)));
    const conflict = values.size > 1;
    return html`<dt>${LABELS[field]}</dt><dd>${show(field, event)}${edit ? html` <span class="badge">analyst: ${edit.value}</span> <span class="muted">by ${edit.reviewer}, ${edit.createdAt.slice(0, 16).replace('T', ' ')}</span>` : ''}${
      conflict ? html`<br><span class="muted">reports differ: ${[...values].join(' | ')}</span>` : ''
    }</dd>`;
  });
  const sources = event.sources.map((source, i) => {
    const article = articles[i];
    const evidence = article
      ? source.evidence.map((span) => {
          const around = sentenceAround(article.text, span.start, span.end);
          const text = article.text.slice(around.start, around.end);
          return html`<blockquote class="evidence">${highlight(text, [
            { start: span.start - around.start, end: span.end - around.start, kind: 'evidence', label: 'evidence for this event' },
          ])}</blockquote>`;
        })
      : [];
    return html`<li><a href="/articles/${source.articleId}">${source.title}</a> <span class="muted">${formatDate(source.publishedAt)}</span>
${safeHref(source.url) ? html` · <a href="${safeHref(source.url)}" rel="noreferrer noopener">original</a>` : ''}${evidence}</li>`;
  });
  const body = html`<p><a href="/events">← Events</a></p>
<h1>${event.attackType} · ${event.location?.name ?? 'place unknown'} · ${formatDate(event.date.start)}</h1>
<p>Review status: <span class="badge" id="review-status">${event.reviewStatus}</span> · ${event.salience} · confidence ${event.confidence ?? '—'}</p>
<dl class="fields">${fields}</dl>
<h2>Evidence and reports (${event.sources.length})</h2><ul class="plain" id="evidence">${sources}</ul>
<h2>Review</h2>
${reviews.length ? html`<ul>${reviews.map((r) => html`<li>${r.createdAt.slice(0, 16).replace('T', ' ')} — ${r.reviewer}: ${r.action}${r.field ? html` ${LABELS[r.field as Field] ?? r.field} → ${r.value}` : ''}${r.note ? html` (${r.note})` : ''}</li>`)}</ul>` : html`<p class="empty">Not reviewed yet.</p>`}
<form class="stack" method="post" action="/events/${event.id}/review">${csrfField(ctx)}
<label for="r-who">Your name<input id="r-who" name="reviewer" required maxlength="200" autocomplete="name"></label>
<label for="r-action">Action<select id="r-action" name="action"><option value="confirm">Confirm</option><option value="reject">Reject</option><option value="edit">Edit a field</option></select></label>
<label for="r-field">Field (for an edit)<select id="r-field" name="field"><option value="">—</option>${editableEventFields.map((f) => html`<option value="${f}">${LABELS[f]}</option>`)}</select></label>
<label for="r-value">Your value (for an edit; the machine's value is kept)<input id="r-value" name="value" maxlength="2000"></label>
<label for="r-note">Note<input id="r-note" name="note" maxlength="2000"></label>
<button type="submit">Save review</button></form>
${commentSection(ctx, `/events/${event.id}/comments`, comments)}`;
  return page(ctx, `Event ${event.id}`, body);
}
