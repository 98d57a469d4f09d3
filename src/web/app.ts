// The analyst's workbench as a Hono app: server-rendered pages, form posts (CSRF-checked, then redirect), the
// stylesheet, and strict security headers. `createServerApp` puts it and the JSON API on one port.

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SitrepError, isSitrepError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { createApi, type ApiOptions } from '../api/app.js';
import { STYLESHEET } from './assets.js';
import { assertFormToken, csrfToken, CSRF_FIELD } from './csrf.js';
import { html, type Html } from './html.js';
import { page, type PageContext } from './layout.js';
import { actorPage, actorsPage } from './pages/actor.js';
import { articlePage } from './pages/article.js';
import { eventPage } from './pages/event.js';
import { eventsPage } from './pages/events.js';
import { quotesPage } from './pages/lists.js';
import { ingestPage } from './pages/ingest.js';
import { runIngest, type IngestInput } from './ingest-run.js';
import { checkFile, filesOf, MAX_UPLOAD_BYTES } from './upload.js';
import { INGEST_SCRIPT } from './client.js';
import { searchPage } from './pages/search.js';
import { overviewPage } from './pages/overview.js';
import { loadBasemap } from './map.js';
import type { IngestRunOptions } from '../app/ingest.js';

/** Nothing is loaded from anywhere but this server; no inline script or style; no framing; forms post here only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
/** Largest form post: a pasted article for the ingest box. */
const MAX_FORM_BYTES = 2 * 1024 * 1024;

export interface WorkbenchOptions extends ApiOptions {
  /** Passed to the ingest service (tests give a small runtime). */
  ingest?: Pick<IngestRunOptions, 'runtime'>;
}

function context(c: Context): PageContext {
  const done = c.req.query('done');
  return { path: c.req.path, csrf: csrfToken(c), notice: done ? done.slice(0, 300) : undefined };
}

function errorPage(c: Context, error: SitrepError, status: 400 | 404): Response {
  const body = html`<h1>${status === 404 ? 'Not found' : 'Cannot do that'}</h1><p class="error" role="alert">${error.message}${error.hint ? html` — ${error.hint}` : ''}</p><p><a href="/">Back to the overview</a></p>`;
  return c.html(page(context(c), status === 404 ? 'Not found' : 'Error', body).value, status);
}

function numericId(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new SitrepError('E041', `nothing at ${value}`, 'check the id');
  return Number(value);
}

async function form(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  assertFormToken(c, body[CSRF_FIELD]);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string' && key !== CSRF_FIELD) out[key] = value;
  return out;
}

/** Post/redirect/get: after a write, go back to the page with a one-line notice. */
function back(c: Context, path: string, notice: string, anchor = ''): Response {
  const separator = path.includes('?') ? '&' : '?';
  return c.redirect(`${path}${separator}done=${encodeURIComponent(notice)}${anchor}`, 303);
}

export function createWorkbench(store: Store, options: WorkbenchOptions = {}): Hono {
  const app = new Hono();
  const show = (c: Context, body: Html | null, status: 200 | 400 = 200) =>
    body ? c.html(body.value, status) : errorPage(c, new SitrepError('E041', `nothing at ${c.req.path}`, 'check the link'), 404);

  app.get('/assets/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/assets/ingest.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(INGEST_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/', async (c) => show(c, await overviewPage(store, context(c))));
  app.get('/events', async (c) => {
    const result = await eventsPage(store, context(c), c.req.query());
    return c.html(result.html.value, result.status as 200 | 400);
  });
  app.get('/events/:id', async (c) => show(c, await eventPage(store, context(c), numericId(c.req.param('id')))));
  app.get('/articles/:id', async (c) => show(c, await articlePage(store, context(c), numericId(c.req.param('id')))));
  app.get('/actors', async (c) => show(c, await actorsPage(store, context(c), c.req.query())));
  app.get('/actors/:id', async (c) => {
    const result = await actorPage(store, context(c), c.req.param('id'));
    if (result && 'redirect' in result) return c.redirect(result.redirect, 302);
    return show(c, result);
  });
  app.get('/quotes', async (c) => show(c, await quotesPage(store, context(c), c.req.query())));
  app.get('/search', async (c) => show(c, await searchPage(store, context(c), c.req.query())));
  app.get('/ingest', (c) => show(c, ingestPage(context(c))));

  const limit = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: () => {
      throw new SitrepError('E040', 'form too large', `send at most ${MAX_FORM_BYTES / 1024 / 1024} MB`);
    },
  });
  const comment = (targetType: 'article' | 'event' | 'actor', pathOf: (id: string) => string) => async (c: Context) => {
    const id = c.req.param('id')!;
    const fields = await form(c);
    await store.addComment({ targetType, targetId: id, authorName: fields.authorName ?? '', email: fields.email ?? '', body: fields.body ?? '' });
    return back(c, pathOf(id), 'Comment posted.', '#comments');
  };
  app.post('/articles/:id/comments', limit, comment('article', (id) => `/articles/${id}`));
  app.post('/events/:id/comments', limit, comment('event', (id) => `/events/${id}`));
  app.post('/actors/:id/comments', limit, comment('actor', (id) => `/actors/${encodeURIComponent(id)}`));
  app.post('/events/:id/review', limit, async (c) => {
    const id = numericId(c.req.param('id'));
    const f = await form(c);
    await store.reviewEvent({
      eventId: id,
      action: f.action as 'confirm',
      reviewer: f.reviewer ?? '',
      field: f.action === 'edit' && f.field ? (f.field as 'date') : undefined,
      value: f.action === 'edit' && f.value?.trim() ? f.value : undefined,
      note: f.note?.trim() || undefined,
    });
    return back(c, `/events/${id}`, 'Review saved.');
  });
  app.post('/actors/:id/aliases', limit, async (c) => {
    const id = c.req.param('id');
    const f = await form(c);
    await store.addAlias({ actorId: id, alias: f.alias ?? '' });
    return back(c, `/actors/${encodeURIComponent(id)}`, `Alias "${f.alias}" added.`);
  });
  app.post('/actors/:id/aliases/remove', limit, async (c) => {
    const id = c.req.param('id');
    const f = await form(c);
    await store.removeAlias({ actorId: id, alias: f.alias ?? '' });
    return back(c, `/actors/${encodeURIComponent(id)}`, `Alias "${f.alias}" removed.`);
  });
  app.post('/actors/:id/merge', limit, async (c) => {
    const id = c.req.param('id');
    const f = await form(c);
    const merge = await store.mergeActors({ keepId: id, mergeId: f.mergeId?.trim() ?? '' });
    return back(c, `/actors/${encodeURIComponent(id)}`, `Merged ${merge.mergedName} into this actor. Undo below.`);
  });
  app.post('/merges/:id/undo', limit, async (c) => {
    await form(c);
    const merge = await store.undoMerge(numericId(c.req.param('id')));
    return back(c, `/actors/${encodeURIComponent(merge.mergedId)}`, `Merge undone: ${merge.mergedName} is back.`);
  });
  app.post('/ingest', limit, async (c) => {
    const f = await form(c);
    const url = f.url?.trim();
    const text = f.text?.trim();
    if (!url && !text) return c.html(ingestPage(context(c), undefined, 'Give a URL or paste some text.').value, 400);
    const input: IngestInput = url ? { kind: 'url', url } : { kind: 'text', text: text! };
    const rows = await runIngest(store, [input], options.ingest);
    return c.html(ingestPage(context(c), { rows }).value);
  });
  const uploadLimit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => {
      throw new SitrepError('E040', 'upload too large', `send at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB at a time`);
    },
  });
  app.post('/ingest/files', uploadLimit, async (c) => {
    const body = await c.req.parseBody({ all: true });
    assertFormToken(c, body[CSRF_FIELD]);
    const files = filesOf(body.files);
    if (files.length === 0) return c.html(ingestPage(context(c), undefined, 'Choose or drop at least one file.').value, 400);
    const inputs: IngestInput[] = [];
    for (const file of files) inputs.push({ kind: 'file', file: await checkFile(file) });
    const rows = await runIngest(store, inputs, options.ingest);
    return c.html(ingestPage(context(c), { rows }).value);
  });

  app.onError((error, c) => {
    if (isSitrepError(error) && (error.code === 'E040' || error.code === 'E041')) {
      return errorPage(c, error, error.code === 'E041' ? 404 : 400);
    }
    (options.onUnexpectedError ?? ((e) => process.stderr.write(`sitrep: ${c.req.method} ${c.req.path} failed: ${e instanceof Error ? e.message : String(e)}\n`)))(
      error,
      { method: c.req.method, path: c.req.path },
    );
    return c.html(page(context(c), 'Error', html`<h1>Something went wrong</h1><p class="error">The server could not show this page; details are in its log.</p>`).value, 500);
  });
  app.notFound((c) => errorPage(c, new SitrepError('E041', `no page at ${c.req.path}`, 'use the navigation above'), 404));
  return app;
}

/** The JSON API under /api and the workbench everywhere else, with security headers on every response. */
export function createServerApp(store: Store, options: WorkbenchOptions = {}): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  // The first overview would otherwise pay for projecting the world map.
  setImmediate(loadBasemap);
  const api = createApi(store, options);
  const workbench = createWorkbench(store, options);
  app.all('/api/*', (c) => api.fetch(c.req.raw));
  app.all('/api', (c) => api.fetch(c.req.raw));
  app.all('*', (c) => workbench.fetch(c.req.raw));
  return app;
}
