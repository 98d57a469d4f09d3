// The comment thread and "Leave a reply" form shared by articles, events and actors.

import type { CommentRow } from '../../store/types.js';
import { html, type Html } from '../html.js';
import { csrfField, type PageContext } from '../layout.js';

export function commentSection(ctx: PageContext, action: string, comments: CommentRow[]): Html {
  return html`<section id="comments" aria-labelledby="comments-title"><h2 id="comments-title">Comments (<span id="comment-count">${comments.length}</span>)</h2>
${comments.length ? comments.map(
    (c) => html`<article class="comment"><p><b>${c.authorName}</b> <span class="muted">${c.createdAt.slice(0, 16).replace('T', ' ')} UTC</span></p><p class="reader">${c.body}</p></article>`,
  ) : html`<p class="empty">No comments yet.</p>`}
<h3>Leave a reply</h3>
<form class="stack" method="post" action="${action}">${csrfField(ctx)}
<label for="c-name">Name<input id="c-name" name="authorName" required maxlength="200" autocomplete="name"></label>
<label for="c-email">Email<input id="c-email" name="email" type="email" required maxlength="320" autocomplete="email" aria-describedby="email-note"></label>
<p id="email-note" class="muted">Your email is stored for moderation only. It is never shown on any page and never returned by the API.</p>
<label for="c-body">Comment<textarea id="c-body" name="body" required maxlength="20000" rows="4"></textarea></label>
<button type="submit">Post comment</button></form></section>`;
}
