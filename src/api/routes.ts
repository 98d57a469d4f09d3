// Every HTTP route in one table: path, what it takes (zod schemas) and what it does. The app, the OpenAPI
// document and the documentation test are all built from this table, so they cannot disagree.

import { z } from 'zod';
import {
  actorFilterSchema,
  articleFilterSchema,
  claimFilterSchema,
  eventFilterSchema,
  pageSchema,
  quoteFilterSchema,
} from '../store/filters.js';
import type { Store } from '../store/types.js';

export interface ApiRoute<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject> {
  method: 'get';
  /** Hono path syntax: `/api/articles/:id`. */
  path: string;
  summary: string;
  /** Path parameters. */
  params?: P;
  /** Query parameters; anything not listed is refused with 400. */
  query?: Q;
  /** What the 200 response holds, for the OpenAPI document. */
  returns: 'page' | 'object';
  /** The response body, or null when the thing asked for does not exist (404). */
  handle(store: Store, input: { params: z.output<P>; query: z.output<Q> }): Promise<unknown>;
}

function route<P extends z.ZodObject, Q extends z.ZodObject>(definition: ApiRoute<P, Q>): ApiRoute {
  return definition as unknown as ApiRoute;
}

const numericId = z.object({
  id: z.string().regex(/^[1-9]\d{0,15}$/, 'expected a positive whole number').transform(Number).describe('numeric id'),
});
const actorId = z.object({ id: z.string().min(1).max(200).describe('actor id, e.g. islamic-state-khorasan') });

const paged = <S extends z.ZodRawShape>(shape: S) => pageSchema.extend(shape).strict();

export const ROUTES: ApiRoute[] = [
  route({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness check: answers when the server and its database respond.',
    returns: 'object',
    handle: async (store) => ({ status: 'ok', engine: store.engine, schemaVersion: (await store.stats()).schemaVersion }),
  }),
  route({
    method: 'get',
    path: '/api/articles',
    summary: 'Stored articles, newest first, with filters.',
    query: paged(articleFilterSchema.shape),
    returns: 'page',
    handle: (store, { query }) => store.listArticles(query),
  }),
  route({
    method: 'get',
    path: '/api/articles/:id',
    summary: 'One article with its text and every annotation: mentions, quotes, events, claims, comments.',
    params: numericId,
    returns: 'object',
    handle: (store, { params }) => store.getArticle(params.id),
  }),
  route({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over article titles and text, ranked, with snippets and highlight offsets.',
    query: paged({
      q: z.string().trim().min(1).max(500).describe('words, "phrases", prefix*, a OR b, -excluded'),
    }),
    returns: 'page',
    handle: (store, { query: { q, ...page } }) => store.search(q, page),
  }),
  route({
    method: 'get',
    path: '/api/actors',
    summary: 'Actors with how often they are mentioned, most mentioned first.',
    query: paged(actorFilterSchema.shape),
    returns: 'page',
    handle: (store, { query }) => store.listActors(query),
  }),
  route({
    method: 'get',
    path: '/api/actors/:id',
    summary: 'One actor with aliases, affiliations, members, recent articles and mentions, and its quotes.',
    params: actorId,
    returns: 'object',
    handle: (store, { params }) => store.getActor(params.id),
  }),
  route({
    method: 'get',
    path: '/api/events',
    summary: 'Events (attacks, battles, ...), latest first, with filters.',
    query: paged(eventFilterSchema.shape),
    returns: 'page',
    handle: (store, { query }) => store.listEvents(query),
  }),
  route({
    method: 'get',
    path: '/api/events/:id',
    summary: 'One event with every report of it and each report\'s own values.',
    params: numericId,
    returns: 'object',
    handle: (store, { params }) => store.getEvent(params.id),
  }),
  route({
    method: 'get',
    path: '/api/quotes',
    summary: 'Quotes with speaker and source article, newest article first.',
    query: paged(quoteFilterSchema.shape),
    returns: 'page',
    handle: (store, { query }) => store.listQuotes(query),
  }),
  route({
    method: 'get',
    path: '/api/claims',
    summary: 'Claims (statements with numbers) with speaker and source article.',
    query: paged(claimFilterSchema.shape),
    returns: 'page',
    handle: (store, { query }) => store.listClaims(query),
  }),
  route({
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of everything stored.',
    returns: 'object',
    handle: (store) => store.stats(),
  }),
];

/** Served by the app itself (not from the table): the OpenAPI document. */
export const OPENAPI_PATH = '/api/openapi.json';
