// `sitrep articles|actors|events|quotes|claims`: list what is stored. Options come from the store's own filter
// schemas, so the CLI, the API and their documentation cannot drift apart.
import { Command, Option } from 'commander';
import type { z } from 'zod';
import type { Quantity } from '../../core/document.js';
import { spokenWords } from '../../quotes/spoken.js';
import {
  actorFilterSchema,
  articleFilterSchema,
  claimFilterSchema,
  eventFilterSchema,
  parseOrThrow,
  pageSchema,
  quoteFilterSchema,
} from '../../store/filters.js';
import type {
  ActorListRow,
  ArticleSummary,
  ClaimListRow,
  EventRow,
  Page,
  QuoteListRow,
  Store,
} from '../../store/index.js';
import { openExisting } from '../db.js';
import { outputFormat, render, type Column } from '../format.js';

interface Listing<T> {
  name: string;
  description: string;
  schema: z.ZodObject;
  fetch(store: Store, filter: Record<string, unknown>): Promise<Page<T>>;
  columns: Column<T>[];
  example: string;
}

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function quantity(q: Quantity | null): string {
  if (!q) return '';
  if (q.reported === false) return '0*';
  const range = q.max !== undefined && q.max !== q.min ? `${q.min}-${q.max}` : `${q.min}`;
  return q.qualifier ? `${q.qualifier} ${range}` : range;
}

const ARTICLES: Listing<ArticleSummary> = {
  name: 'articles',
  description: 'list stored articles, newest first',
  schema: articleFilterSchema,
  fetch: (store, filter) => store.listArticles(filter),
  columns: [
    { header: 'id', value: (a) => a.id },
    { header: 'published', value: (a) => a.publishedAt?.slice(0, 10) },
    { header: 'site', value: (a) => a.site, maxWidth: 20 },
    { header: 'title', value: (a) => a.title, maxWidth: 70 },
    { header: 'url', value: (a) => a.canonicalUrl ?? a.url, maxWidth: 50 },
  ],
  example: 'sitrep articles --from 2024-01-01 --site Wikinews --csv > articles.csv',
};

const ACTORS: Listing<ActorListRow> = {
  name: 'actors',
  description: 'list actors (people, organisations, armed groups, states …) with mention counts',
  schema: actorFilterSchema,
  fetch: (store, filter) => store.listActors(filter),
  columns: [
    { header: 'id', value: (a) => a.id, maxWidth: 36 },
    { header: 'name', value: (a) => a.name, maxWidth: 40 },
    { header: 'kind', value: (a) => a.kind },
    { header: 'country', value: (a) => a.country },
    { header: 'mentions', value: (a) => a.mentionCount },
    { header: 'articles', value: (a) => a.articleCount },
    { header: 'origin', value: (a) => a.origin },
  ],
  example: 'sitrep actors --kind armed_group --json',
};

const EVENTS: Listing<EventRow> = {
  name: 'events',
  description: 'list events: who attacked whom, where, when, casualties',
  schema: eventFilterSchema,
  fetch: (store, filter) => store.listEvents(filter),
  columns: [
    { header: 'id', value: (e) => e.id },
    { header: 'date', value: (e) => (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) },
    { header: 'type', value: (e) => e.attackType, maxWidth: 28 },
    { header: 'place', value: (e) => (e.location ? `${e.location.name}, ${e.location.countryCode}` : ''), maxWidth: 30 },
    { header: 'perpetrators', value: (e) => e.perpetrators.map((p) => p.name).join('; '), maxWidth: 30 },
    { header: 'killed', value: (e) => quantity(e.fatalities) },
    { header: 'injured', value: (e) => quantity(e.injuries) },
    { header: 'status', value: (e) => e.status },
    { header: 'salience', value: (e) => e.salience },
    { header: 'sources', value: (e) => e.sourceCount },
  ],
  example: 'sitrep events --actor IS-K --country AF --since 2024-01-01 --min-killed 5 --csv > events.csv',
};

const QUOTES: Listing<QuoteListRow> = {
  name: 'quotes',
  description: 'list quotes: who said what, with affiliation and outlet',
  schema: quoteFilterSchema,
  fetch: (store, filter) => store.listQuotes(filter),
  columns: [
    { header: 'id', value: (q) => q.id },
    { header: 'speaker', value: (q) => q.speaker.name, maxWidth: 28 },
    { header: 'affiliation', value: (q) => q.affiliation?.name, maxWidth: 28 },
    { header: 'cue', value: (q) => q.cue },
    { header: 'kind', value: (q) => q.kind },
    { header: 'conduit', value: (q) => q.conduit },
    { header: 'quote', value: (q) => spokenWords(q), maxWidth: 70 },
    { header: 'article', value: (q) => q.article.id },
  ],
  example: 'sitrep quotes --speaker "Zabihullah Mujahid" --csv',
};

const CLAIMS: Listing<ClaimListRow> = {
  name: 'claims',
  description: 'list numeric claims and who made them',
  schema: claimFilterSchema,
  fetch: (store, filter) => store.listClaims(filter),
  columns: [
    { header: 'id', value: (c) => c.id },
    { header: 'speaker', value: (c) => c.speaker?.name, maxWidth: 28 },
    { header: 'numbers', value: (c) => c.numbers.map((n) => `${n.qualifier ? `${n.qualifier} ` : ''}${n.value}${n.unit ? ` ${n.unit}` : ''}`).join('; '), maxWidth: 40 },
    { header: 'claim', value: (c) => c.text, maxWidth: 70 },
    { header: 'article', value: (c) => c.article.id },
  ],
  example: 'sitrep claims --q attacks --json',
};

export const LISTINGS = [ARTICLES, ACTORS, EVENTS, QUOTES, CLAIMS] as Listing<unknown>[];

/** A command-line option for one filter field of a zod schema (choices from an enum). */
export function optionFor(key: string, field: z.ZodType): Option {
  const description = field.description ?? key;
  const choices = (field as unknown as { unwrap?: () => { options?: unknown } }).unwrap?.().options;
  const option = new Option(`--${kebab(key)} <value>`, description);
  return Array.isArray(choices) && choices.every((c) => typeof c === 'string') ? option.choices(choices as string[]) : option;
}

function addListing<T>(program: Command, listing: Listing<T>): void {
  const command = program.command(listing.name).description(listing.description);
  const keys = Object.keys(listing.schema.shape);
  for (const key of keys) command.addOption(optionFor(key, listing.schema.shape[key] as z.ZodType));
  for (const key of ['limit', 'offset', 'cursor'] as const) {
    command.addOption(new Option(`--${key} <value>`, pageSchema.shape[key].description ?? key));
  }
  command
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--json', 'print JSON (the whole page: items, total, nextCursor)')
    .option('--csv', 'print CSV')
    .addHelpText('after', `\nExample:\n  $ ${listing.example}`)
    .action(async (options: Record<string, unknown>) => {
      const raw: Record<string, unknown> = {};
      for (const key of [...keys, 'limit', 'offset', 'cursor']) if (options[key] !== undefined) raw[key] = options[key];
      const filter = {
        ...parseOrThrow(listing.schema, raw, listing.name),
        ...parseOrThrow(pageSchema, raw, 'paging'),
      } as Record<string, unknown>;
      const store = await openExisting(options.db as string | undefined);
      try {
        const page = await listing.fetch(store, filter);
        const format = outputFormat(options);
        process.stdout.write(render(page.items, listing.columns, format, page));
        if (format === 'table' && page.total > page.offset + page.items.length) {
          process.stderr.write(`showing ${page.offset + 1}–${page.offset + page.items.length} of ${page.total}; next page: --offset ${page.offset + page.items.length}\n`);
        }
      } finally {
        await store.close();
      }
    });
}

export function register(program: Command): void {
  for (const listing of LISTINGS) addListing(program, listing);
}
