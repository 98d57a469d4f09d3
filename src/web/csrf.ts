// Cross-site request protection. Forms carry a token that must equal a SameSite=Strict cookie (double submit),
// and every write must come from this origin (Origin header, else Sec-Fetch-Site). JSON writes must say
// `application/json`, which a cross-site form cannot send without a CORS preflight we never grant.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { SitrepError } from '../core/errors.js';

export const CSRF_COOKIE = 'sitrep_csrf';
export const CSRF_FIELD = '_csrf';
/** Bytes of randomness in a token: 128 bits cannot be guessed. */
const TOKEN_BYTES = 16;

/** The request's token, issuing a cookie on first visit. */
export function csrfToken(c: Context): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  setCookie(c, CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
  return token;
}

/** Refuse a write that another site could have made the browser send. */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (origin !== undefined) {
    let originHost: string | null = null;
    try {
      originHost = origin === 'null' ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      throw new SitrepError('E040', 'cross-site request refused', 'submit the form from the Sitrep workbench itself');
    }
  } else if (c.req.header('sec-fetch-site') === 'cross-site') {
    throw new SitrepError('E040', 'cross-site request refused', 'submit the form from the Sitrep workbench itself');
  }
}

export function assertFormToken(c: Context, submitted: unknown): void {
  assertSameOrigin(c);
  const cookie = getCookie(c, CSRF_COOKIE) ?? '';
  const given = typeof submitted === 'string' ? submitted : '';
  const ok = cookie.length > 0 && given.length === cookie.length && timingSafeEqual(Buffer.from(given), Buffer.from(cookie));
  if (!ok) throw new SitrepError('E040', 'form token missing or stale', 'reload the page and submit the form again');
}

export function assertJsonWrite(c: Context): void {
  assertSameOrigin(c);
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new SitrepError('E040', 'writes take a JSON body', 'send Content-Type: application/json');
  }
}
