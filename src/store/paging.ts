// Limit/offset paging with an opaque cursor. The cursor carries the next offset and a fingerprint of the
// filters it was made for, so a cursor from one query is refused by another instead of silently misleading.

import { createHash } from 'node:crypto';
import { SitrepError } from '../core/errors.js';
import { DEFAULT_LIMIT, pageSchema, parseOrThrow, type PageRequest } from './filters.js';
import type { Page } from './types.js';

export interface ResolvedPage {
  limit: number;
  offset: number;
  fingerprint: string;
}

function fingerprintOf(filter: unknown): string {
  return createHash('sha256').update(JSON.stringify(filter ?? null)).digest('base64url').slice(0, 10);
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
}

function decodeCursor(cursor: string): { o: number; f: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0 && typeof value.f === 'string') {
      return { o: value.o, f: value.f };
    }
  } catch {
    // fall through to the coded error below
  }
  throw new SitrepError('E040', 'invalid cursor', 'pass back the nextCursor value of a previous page unchanged');
}

/** Work out limit and offset from a page request; `filter` is what the cursor must have been made for. */
export function resolvePage(request: PageRequest | undefined, filter: unknown): ResolvedPage {
  const page = parseOrThrow(pageSchema, request ?? {}, 'paging');
  const fingerprint = fingerprintOf(filter);
  const limit = page.limit ?? DEFAULT_LIMIT;
  let offset = page.offset ?? 0;
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    if (cursor.f !== fingerprint) {
      throw new SitrepError('E040', 'cursor belongs to a different query', 'start again without a cursor');
    }
    offset = cursor.o;
  }
  return { limit, offset, fingerprint };
}

export function makePage<T>(items: T[], total: number, page: ResolvedPage): Page<T> {
  const next = page.offset + items.length;
  return {
    items,
    total,
    limit: page.limit,
    offset: page.offset,
    nextCursor: items.length > 0 && next < total ? encodeCursor(next, page.fingerprint) : null,
  };
}
