// Validated query filters, shared by the store (which checks what it is given) and the HTTP API (which
// parses query strings with the same schemas, so both reject the same input with the same message).

import { z } from 'zod';
import { SitrepError } from '../core/errors.js';

/** Rows per page when the caller does not say. */
export const DEFAULT_LIMIT = 50;
/** Upper bound on one page, so one request cannot pull the whole database into memory. */
export const MAX_LIMIT = 500;
/** Longest free-text filter we accept; longer input is almost certainly not a human query. */
export const MAX_QUERY_LENGTH = 500;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'not a real calendar date');

const text = z.string().trim().min(1).max(MAX_QUERY_LENGTH);
const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as AF')
  .transform((s) => s.toUpperCase());
const positiveId = z.coerce.number().int().positive();

export const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().describe(`rows per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`),
  offset: z.coerce.number().int().min(0).optional().describe('rows to skip'),
  cursor: z.string().max(200).optional().describe('opaque nextCursor from the previous page (overrides offset)'),
});

export const articleFilterSchema = z.object({
  q: text.optional().describe('full-text query over title and text'),
  site: text.optional().describe('site name, exact (case-insensitive)'),
  from: isoDate.optional().describe('published on or after (YYYY-MM-DD)'),
  to: isoDate.optional().describe('published on or before (YYYY-MM-DD)'),
  actor: text.optional().describe('only articles mentioning this actor id'),
  language: z.string().regex(/^[A-Za-z]{2,3}$/).optional().describe('language code, e.g. en'),
});

export const actorKinds = ['person', 'organization', 'armed_group', 'state', 'igo', 'media', 'other'] as const;
export const actorFilterSchema = z.object({
  kind: z.enum(actorKinds).optional().describe('actor kind'),
  q: text.optional().describe('substring of the name or an alias'),
  country: countryCode.optional().describe('ISO 3166-1 alpha-2'),
  origin: z.enum(['bundled', 'extracted', 'analyst']).optional().describe('where the actor came from'),
});

export const eventSortKeys = ['date', 'killed', 'injured', 'country', 'type', 'sources', 'id'] as const;
export const eventStatuses = ['occurred', 'claimed', 'attributed', 'planned', 'foiled', 'threatened', 'attempted'] as const;
export const eventFilterSchema = z.object({
  since: isoDate.optional().describe('event date on or after (YYYY-MM-DD)'),
  until: isoDate.optional().describe('event date on or before (YYYY-MM-DD)'),
  from: isoDate.optional().describe('the same as since (the older name)'),
  to: isoDate.optional().describe('the same as until (the older name)'),
  country: countryCode.optional().describe('ISO 3166-1 alpha-2 of the event location'),
  type: text.optional().describe('GTD attack type, ACLED event type or sub-event type (any case)'),
  attackType: text.optional().describe('GTD attack type, exact'),
  eventType: text.optional().describe('ACLED event type, exact'),
  status: z.enum(eventStatuses).optional(),
  salience: z.enum(['main', 'background']).optional(),
  actor: text.optional().describe('actor id, name or alias among the perpetrators'),
  article: positiveId.optional().describe('only events reported by this article id'),
  minKilled: z.coerce.number().int().min(0).optional().describe('at least this many killed (lower bound of the report)'),
  reviewStatus: z.enum(['unreviewed', 'confirmed', 'rejected', 'edited']).optional().describe('analyst review status'),
  q: text.optional().describe('substring of the place, perpetrators, targets or type'),
  sort: z.enum(eventSortKeys).optional().describe(`column to sort by: ${eventSortKeys.join(', ')} (default date)`),
  order: z.enum(['asc', 'desc']).optional().describe('sort direction (default desc)'),
});

/** What an analyst may do to an event in review. */
export const reviewActions = ['confirm', 'reject', 'edit'] as const;
/** Event fields an analyst may edit; the machine value stays beside the edit. */
export const editableEventFields = [
  'attackType', 'eventType', 'subEventType', 'date', 'location', 'perpetrators', 'targets', 'fatalities', 'injuries', 'status',
] as const;
export const eventReviewInputSchema = z
  .object({
    eventId: positiveId,
    action: z.enum(reviewActions),
    field: z.enum(editableEventFields).optional(),
    /** The analyst's value for an edit, as text (a number, a date, a name). */
    value: z.string().trim().min(1).max(2_000).optional(),
    reviewer: z.string().trim().min(1).max(200),
    note: z.string().trim().max(2_000).optional(),
  })
  .refine((r) => r.action !== 'edit' || (r.field !== undefined && r.value !== undefined), {
    message: 'an edit needs a field and a value',
  });

export const aliasInputSchema = z.object({
  actorId: z.string().min(1).max(200),
  alias: z.string().trim().min(1).max(200),
});

export const mergeInputSchema = z
  .object({ keepId: z.string().min(1).max(200), mergeId: z.string().min(1).max(200) })
  .refine((m) => m.keepId !== m.mergeId, { message: 'cannot merge an actor into itself' });

export const quoteFilterSchema = z.object({
  speaker: text.optional().describe('speaker actor id, or a substring of the speaker name'),
  about: text.optional().describe('actor id mentioned inside the quote, or a substring of the quote'),
  affiliation: text
    .optional()
    .describe("the speaker's affiliation: an organisation actor id, or a substring of the affiliation's name"),
  article: positiveId.optional().describe('only quotes from this article id'),
  direct: z
    .enum(['true', 'false'])
    .transform((s) => s === 'true')
    .or(z.boolean())
    .optional()
    .describe('direct (true) or indirect (false) speech'),
  kind: z
    .enum(['speech', 'stance'])
    .optional()
    .describe('speech (said, written, reported, shown) or stance (a belief, wish, plan or position: "wants", "hopes", "backed")'),
});

/** Narrowing a full-text search, as the search page's facets do. */
export const searchFilterSchema = z.object({
  site: text.optional().describe('site name, exact (case-insensitive)'),
  period: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected a year (YYYY) or a month (YYYY-MM)')
    .optional()
    .describe('published in this year (YYYY) or month (YYYY-MM)'),
  actor: text.optional().describe('only articles mentioning this actor id'),
});

export const claimFilterSchema = z.object({
  speaker: text.optional().describe('speaker actor id, or a substring of the speaker name'),
  q: text.optional().describe('substring of the claim'),
  article: positiveId.optional().describe('only claims from this article id'),
});

export const commentInputSchema = z.object({
  targetType: z.enum(['article', 'event', 'actor']),
  targetId: z.union([z.string().min(1).max(200), z.number().int().positive().transform(String)]),
  authorName: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  body: z.string().trim().min(1).max(20_000),
});

export type EventSortKey = (typeof eventSortKeys)[number];
export type PageRequest = z.input<typeof pageSchema>;
export type ArticleFilter = z.input<typeof articleFilterSchema>;
export type ActorFilter = z.input<typeof actorFilterSchema>;
export type EventFilter = z.input<typeof eventFilterSchema>;
export type QuoteFilter = z.input<typeof quoteFilterSchema>;
export type ClaimFilter = z.input<typeof claimFilterSchema>;
export type SearchFilter = z.input<typeof searchFilterSchema>;
export type CommentInput = z.input<typeof commentInputSchema>;
export type EventReviewInput = z.input<typeof eventReviewInputSchema>;
export type AliasInput = z.input<typeof aliasInputSchema>;
export type MergeInput = z.input<typeof mergeInputSchema>;

/** Parse `input` with `schema`, turning a validation failure into a coded E040 that names the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : what;
  throw new SitrepError('E040', `invalid ${field}: ${issue?.message ?? 'bad value'}`, `check the ${what} parameters`);
}
