// The page shell: navigation, search box, skip link, one stylesheet, no scripts.

import { CSRF_FIELD } from './csrf.js';
import { html, type Html, type Renderable } from './html.js';

export interface PageContext {
  /** The request path, to mark the current section. */
  path: string;
  /** This visitor's form token. */
  csrf: string;
  /** One-line message after a write (from the redirect's `?done=`). */
  notice?: string;
}

const SECTIONS: Array<[string, string]> = [
  ['/', 'Overview'],
  ['/events', 'Events'],
  ['/actors', 'Actors'],
  ['/quotes', 'Quotes'],
  ['/search', 'Search'],
  ['/ingest', 'Ingest'],
];

function current(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function page(ctx: PageContext, title: string, body: Renderable): Html {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Sitrep</title><link rel="stylesheet" href="/assets/app.css"><link rel="icon" href="data:,"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><a class="brand" href="/">Sitrep</a>
<nav aria-label="Sections"><ul>${SECTIONS.map(
    ([href, label]) => html`<li><a href="${href}"${current(ctx.path, href) ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
<form action="/search" method="get" role="search"><label class="skip" for="top-q">Search articles</label>
<input id="top-q" name="q" type="search" placeholder="Search articles"><button type="submit">Search</button></form></header>
<main id="main">${ctx.notice ? html`<p class="notice" role="status">${ctx.notice}</p>` : ''}${body}</main></body></html>`;
}

/** The hidden field every form carries. */
export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${ctx.csrf}">`;
}

export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

export function quantity(q: { min: number; max?: number; qualifier?: string; reported?: boolean } | null | undefined): string {
  if (!q) return 'unknown';
  if (q.reported === false) return '0 (not reported)';
  const range = q.max !== undefined && q.max !== q.min ? `${q.min}–${q.max}` : String(q.min);
  return q.qualifier ? `${q.qualifier} ${range}` : range;
}
