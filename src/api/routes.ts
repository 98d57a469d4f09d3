// Every HTTP route in one table: path, what it takes (zod schemas) and what it does. The app, the OpenAPI
// document and the documentation test are all built from this table, so they cannot disagree.

import { z } from 'zod';
import {
  actorFilterSchema,
  articleFilterSchema,
  claimFilterSchema,
  eventFilterSchema,
  editableEventFields,
  pageSchema,
  quoteFilterSchema,
  reviewActions,
  searchFilterSchema,
} from '../store/filters.js';
import type { Store } from '../store/types.js';
import { EXPORT_FORMATS, exportResponse } from '../export/index.js';

export interface ApiRoute<
  P extends z.ZodObject = z.ZodObject,
  Q extends z.ZodObject = z.ZodObject,
  B extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'delete';
  /** Hono path syntax: `/api/articles/:id`. */
  path: string;
  summary: string;
  /** Path parameters. */
  params?: P;
  /** Query parameters; anything not listed is refused with 400. */
  query?: Q;
  /** A write that creates something answers 201 instead of 200. */
  creates?: boolean;
  /** JSON request body of a write (post/delete). */
  body?: B;
  /** What the 200 response holds, for the OpenAPI document; 'file' is a download (CSV, JSONL, GeoJSON). */
  returns: 'page' | 'object' | 'list' | 'file';
  /** The response body (or a ready Response for a download), or null when the thing does not exist (404). */
  handle(store: Store, input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }): Promise<unknown>;
}

function route<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType = z.ZodType>(
  definition: ApiRoute<P, Q, B>,
): ApiRoute {
  return definition as unknown as ApiRoute;
}

const numericId = z.object({
  id: z.string().regex(/^[1-9]\d{0,15}$/, 'expected a positive whole number').transform(Number).describe('numeric id'),
});
const actorId = z.object({ id: z.string().min(1).max(200).describe('actor id, e.g. islamic-state-khorasan') });

const searchText = z.string().trim().min(1).max(500).describe('words, "phrases", prefix*, a OR b, -excluded');

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
    query: paged({ q: searchText, ...searchFilterSchema.shape }),
    returns: 'page',
    handle: (store, { query: { q, ...page } }) => store.search(q, page),
  }),
  route({
    method: 'get',
    path: '/api/search/facets',
    summary: 'Facet counts over every article a search matches: sites, publication years and months, most-mentioned actors.',
    query: searchFilterSchema.extend({ q: searchText }).strict(),
    returns: 'object',
    handle: (store, { query: { q, ...filter } }) => store.searchFacets(q, filter),
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
    path: '/api/events/export',
    summary: 'Every event matching the filters (no paging) as a CSV, JSON Lines, GeoJSON, ACLED-like or GTD-like download.',
    query: eventFilterSchema
      .extend({ format: z.enum(EXPORT_FORMATS).default('csv').describe(EXPORT_FORMATS.join(', ')) })
      .strict(),
    returns: 'file',
    handle: async (store, { query: { format, ...filter } }) => exportResponse(store, format, filter),
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
    path: '/api/events/:id/reviews',
    summary: 'Analyst reviews of one event, oldest first; edits hold the analyst value beside the machine value.',
    params: numericId,
    returns: 'list',
    handle: async (store, { params }) => ((await store.getEvent(params.id)) ? store.listEventReviews(params.id) : null),
  }),
  route({
    method: 'post',
    path: '/api/events/:id/reviews',
    summary: 'Confirm, reject, or edit one field of an event (the machine value is kept).',
    params: numericId,
    body: z
      .object({
        action: z.enum(reviewActions),
        field: z.enum(editableEventFields).optional(),
        value: z.string().max(2_000).optional(),
        reviewer: z.string().max(200),
        note: z.string().max(2_000).optional(),
      })
      .strict(),
    creates: true,
    returns: 'object',
    handle: (store, { params, body }) => store.reviewEvent({ ...body, eventId: params.id }),
  }),
  route({
    method: 'get',
    path: '/api/comments',
    summary: 'Comments on an article, event or actor, oldest first (never with the commenter\'s email).',
    query: z
      .object({
        targetType: z.enum(['article', 'event', 'actor']).describe('article, event or actor'),
        targetId: z.string().min(1).max(200).describe('the article or event number, or the actor id'),
      })
      .strict(),
    returns: 'list',
    handle: (store, { query }) => store.listComments(query.targetType, query.targetId),
  }),
  route({
    method: 'post',
    path: '/api/comments',
    summary: 'Add a comment; the email is stored for moderation and never returned.',
    body: z
      .object({
        targetType: z.enum(['article', 'event', 'actor']),
        targetId: z.union([z.string(), z.number()]),
        authorName: z.string().max(200),
        email: z.string().max(320),
        body: z.string().max(20_000),
      })
      .strict(),
    creates: true,
    returns: 'object',
    handle: (store, { body }) => store.addComment(body),
  }),
  route({
    method: 'post',
    path: '/api/actors/:id/aliases',
    summary: 'Add an analyst alias to an actor; answers with all its aliases.',
    params: actorId,
    body: z.object({ alias: z.string().max(200) }).strict(),
    returns: 'list',
    handle: (store, { params, body }) => store.addAlias({ actorId: params.id, alias: body.alias }),
  }),
  route({
    method: 'delete',
    path: '/api/actors/:id/aliases',
    summary: 'Remove an alias from an actor; answers with the aliases left.',
    params: actorId,
    body: z.object({ alias: z.string().max(200) }).strict(),
    returns: 'list',
    handle: (store, { params, body }) => store.removeAlias({ actorId: params.id, alias: body.alias }),
  }),
  route({
    method: 'post',
    path: '/api/actors/:id/merge',
    summary: 'Merge another actor into this one: aliases joined, every mention, quote and event re-pointed; undoable.',
    params: actorId,
    body: z.object({ mergeId: z.string().max(200) }).strict(),
    creates: true,
    returns: 'object',
    handle: (store, { params, body }) => store.mergeActors({ keepId: params.id, mergeId: body.mergeId }),
  }),
  route({
    method: 'get',
    path: '/api/actors/:id/merges',
    summary: 'Merges this actor took part in, newest first, with whether each was undone.',
    params: actorId,
    returns: 'list',
    handle: (store, { params }) => store.listMerges(params.id),
  }),
  route({
    method: 'post',
    path: '/api/merges/:id/undo',
    summary: 'Undo a merge: the merged actor, its aliases and everything re-pointed come back.',
    params: numericId,
    returns: 'object',
    handle: (store, { params }) => store.undoMerge(params.id),
  }),
  route({
    method: 'get',
    path: '/api/overview',
    summary: 'Aggregates for the overview: events per month and type, map cells, attack types and countries.',
    returns: 'object',
    handle: (store) => store.overview(),
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
