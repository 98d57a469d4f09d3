// Read queries on SQLite. Filters arrive already validated (../filters.ts); values always travel as bound
// parameters, never spliced into SQL. The comment email column is never selected here.

import type { Span } from '../../core/document.js';
import { SitrepError } from '../../core/errors.js';
import { quoteKind, type QuoteKind } from '../../quotes/kind.js';
import type { SearchQuery } from '../search-query.js';
import type { EventSortKey } from '../filters.js';
import type {
  ActorDetail,
  ActorListRow,
  ActorMentionRow,
  AffiliationRow,
  AliasRow,
  ArticleDetail,
  ArticleSummary,
  Article,
  ClaimListRow,
  ClaimRow,
  CommentRow,
  EventDetail,
  EventRow,
  EventSourceRef,
  EventSourceRow,
  ExportEventRow,
  FacetValue,
  MentionRow,
  QuoteListRow,
  QuoteRow,
  SearchFacets,
  SearchHit,
  StoreStats,
} from '../types.js';
import type { ResolvedPage } from '../paging.js';
import type Database from 'better-sqlite3';
import type { SqliteDb } from './connection.js';
import { MARK_CLOSE, MARK_OPEN, splitSnippet, toFts5 } from './fts.js';
import { schemaVersion } from './connection.js';

/** A title match counts this many times a body match in ranking: titles are short and say what it is about. */
export const TITLE_WEIGHT = 5;
/** Tokens of text around the best match in a search snippet (FTS5 allows at most 64). */
export const SNIPPET_TOKENS = 24;
/** Facet values shown per facet: enough to narrow by, few enough to read at a glance. */
export const FACET_SITES = 10;
export const FACET_YEARS = 10;
export const FACET_MONTHS = 24;
export const FACET_ACTORS = 12;

/** What narrows a search (validated by searchFilterSchema). */
export interface SearchNarrowing {
  site?: string;
  period?: string;
  actor?: string;
}

/** Characters of context on each side of an actor's mention on the actor page. */
export const MENTION_CONTEXT_CHARS = 80;
/** How many recent articles, mentions and quotes an actor page shows. */
export const ACTOR_RECENT_LIMIT = 20;

type Params = Record<string, unknown>;
type Row = Record<string, any>;

/** Collects WHERE conditions and their named parameters. */
class Where {
  readonly conditions: string[] = [];
  readonly params: Params = {};
  add(condition: string, params: Params = {}): void {
    this.conditions.push(condition);
    Object.assign(this.params, params);
  }
  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** `%text%` for LIKE, with LIKE's own wildcards escaped so user input matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const ARTICLE_SUMMARY_COLUMNS = `a.id, a.url, a.canonical_url AS canonicalUrl, a.title, a.byline, a.site,
  a.published_at AS publishedAt, a.retrieved_at AS retrievedAt, a.language, a.wire, a.cluster_id AS clusterId,
  a.views, a.comment_count AS commentCount, a.ingested_at AS ingestedAt, a.updated_at AS updatedAt`;

const ACTOR_COLUMNS = 'id, name, kind, country, origin';
const PLACE_COLUMNS = 'id, name, kind, admin1, country, country_code AS countryCode, lat, lon';

const QUOTE_COLUMNS = `q.id, q.article_id AS articleId, q.start, q."end", q.text, q.parts, q.direct, q.cue,
  q.cue_start AS cueStart, q.cue_end AS cueEnd, q.speaker_name AS speakerName, q.speaker_actor_id AS speakerActorId,
  q.speaker_start AS speakerStart, q.speaker_end AS speakerEnd, q.affiliation_name AS affiliationName,
  q.affiliation_actor_id AS affiliationActorId, q.role, q.conduit, q.time`;

const CLAIM_COLUMNS = `c.id, c.article_id AS articleId, c.start, c."end", c.text, c.speaker_name AS speakerName,
  c.speaker_actor_id AS speakerActorId, c.numbers, c.period`;

const EVENT_COLUMNS = `e.id, e.attack_type AS attackType, e.event_type AS eventType, e.sub_event_type AS subEventType,
  e.date_start AS dateStart, e.date_end AS dateEnd, e.date_precision AS datePrecision, e.place_id AS placeId,
  e.location_name AS locationName, e.admin1, e.country, e.country_code AS countryCode, e.lat, e.lon,
  e.location_precision AS locationPrecision, e.perpetrators, e.targets, e.fatalities, e.injuries,
  e.perpetrators_killed AS perpetratorsKilled, e.status, e.salience, e.review_status AS reviewStatus, e.confidence,
  (SELECT count(*) FROM event_source s WHERE s.event_id = e.id) AS sourceCount`;

/** An event's reports as one JSON array, earliest first, so an export reads them in the same row. */
const SOURCE_REFS_COLUMN = `(SELECT json_group_array(json(r)) FROM (
    SELECT json_object('articleId', a.id, 'title', a.title, 'url', a.url, 'site', a.site, 'publishedAt', a.published_at,
      'evidenceText', s.evidence_text) AS r
    FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id = e.id
    ORDER BY a.published_at IS NULL, a.published_at, a.id)) AS sourceRefs`;

const COMMENT_COLUMNS = `id, target_type AS targetType, target_id AS targetId, author_name AS authorName, body,
  created_at AS createdAt`;

function json<T>(value: unknown): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : null;
}

function toQuote(row: Row): QuoteRow {
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    text: row.text,
    parts: json<Span[]>(row.parts),
    direct: row.direct === 1,
    kind: quoteKind(row.cue),
    cue: row.cue,
    cueStart: row.cueStart,
    cueEnd: row.cueEnd,
    speaker: { name: row.speakerName, actorId: row.speakerActorId, start: row.speakerStart, end: row.speakerEnd },
    affiliation: row.affiliationName ? { name: row.affiliationName, actorId: row.affiliationActorId } : null,
    role: row.role,
    conduit: row.conduit,
    time: json(row.time),
  };
}

function toClaim(row: Row): ClaimRow {
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    text: row.text,
    speaker: row.speakerName ? { name: row.speakerName, actorId: row.speakerActorId } : null,
    numbers: json(row.numbers) ?? [],
    period: json(row.period),
  };
}

function toEvent(row: Row): EventRow {
  return {
    id: row.id,
    attackType: row.attackType,
    eventType: row.eventType,
    subEventType: row.subEventType,
    date: { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision },
    location:
      row.locationName === null
        ? null
        : {
            name: row.locationName,
            admin1: row.admin1,
            country: row.country,
            countryCode: row.countryCode,
            lat: row.lat,
            lon: row.lon,
            precision: row.locationPrecision,
            placeId: row.placeId,
          },
    perpetrators: json(row.perpetrators) ?? [],
    targets: json(row.targets) ?? [],
    fatalities: json(row.fatalities),
    injuries: json(row.injuries),
    perpetratorsKilled: row.perpetratorsKilled,
    status: row.status,
    salience: row.salience,
    reviewStatus: row.reviewStatus,
    confidence: row.confidence,
    sourceCount: row.sourceCount,
  };
}

/** SQL expression per sort key; ties always break on id so paging is stable. */
const EVENT_SORT_SQL: Record<EventSortKey, string> = {
  date: 'e.date_start',
  killed: 'e.fatalities_min',
  injured: 'e.injuries_min',
  country: 'e.country_code',
  type: 'e.attack_type',
  sources: '(SELECT count(*) FROM event_source s WHERE s.event_id = e.id)',
  id: 'e.id',
};

function eventOrder(filter: { sort?: EventSortKey; order?: 'asc' | 'desc' }): string {
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const key = filter.sort ?? 'date';
  // NULLs (no count, no place) go last either way. SQLite already puts them last in DESC order, and saying
  // nothing there lets the column's index serve the sort.
  const nulls = direction === 'ASC' && key !== 'date' && key !== 'id' && key !== 'sources' ? ' NULLS LAST' : '';
  return `ORDER BY ${EVENT_SORT_SQL[key]} ${direction}${nulls}, e.id ${direction}`;
}

function articleRef(row: Row) {
  return { id: row.articleId, title: row.articleTitle, publishedAt: row.articlePublishedAt, site: row.articleSite };
}

export class SqliteReader {
  private readonly statements = new Map<string, Database.Statement<any[]>>();

  constructor(private readonly db: SqliteDb) {}

  /** Prepared statements are cached by their SQL text: filters produce a handful of distinct shapes. */
  private prepare(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private all(sql: string, params: Params = {}): Row[] {
    return this.prepare(sql).all(params) as Row[];
  }

  private get(sql: string, params: Params = {}): Row | undefined {
    return this.prepare(sql).get(params) as Row | undefined;
  }

  private count(sql: string, params: Params): number {
    return (this.get(sql, params)?.n as number | undefined) ?? 0;
  }

  private match<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      // Rendered queries are always valid FTS5; this only guards against an engine surprise.
      if ((error as { code?: string }).code === 'SQLITE_ERROR' && /fts5|MATCH/i.test(String((error as Error).message))) {
        throw new SitrepError('E040', 'search query could not be understood', 'use plain words and "quoted phrases"');
      }
      throw error;
    }
  }

  listArticles(
    filter: { q?: SearchQuery; site?: string; from?: string; to?: string; actor?: string; language?: string },
    page: ResolvedPage,
  ): { items: ArticleSummary[]; total: number } {
    const where = new Where();
    if (filter.q) where.add('a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH @q)', { q: toFts5(filter.q) });
    if (filter.site) where.add('a.site = @site COLLATE NOCASE', { site: filter.site });
    if (filter.from) where.add('substr(a.published_at, 1, 10) >= @from', { from: filter.from });
    if (filter.to) where.add('substr(a.published_at, 1, 10) <= @to', { to: filter.to });
    if (filter.language) where.add('a.language = @language COLLATE NOCASE', { language: filter.language });
    if (filter.actor) {
      where.add('EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.actor_id = @actor)', { actor: filter.actor });
    }
    return this.match(() => ({
      items: this.all(
        `SELECT ${ARTICLE_SUMMARY_COLUMNS} FROM article a ${where}
         ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
        { ...where.params, limit: page.limit, offset: page.offset },
      ) as ArticleSummary[],
      total: this.count(`SELECT count(*) AS n FROM article a ${where}`, where.params),
    }));
  }

  getArticle(id: number): ArticleDetail | null {
    const row = this.get(
      `SELECT ${ARTICLE_SUMMARY_COLUMNS}, a.source_location AS sourceLocation, a.content_hash AS contentHash, a.text
       FROM article a WHERE a.id = @id`,
      { id },
    ) as Article | undefined;
    if (!row) return null;
    const mentions = this.all(
      `SELECT m.id, m.article_id AS articleId, m.start, m."end", m.label, m.origin, m.confidence,
         ac.id AS actorId, ac.name AS actorName, ac.kind AS actorKind, ac.country AS actorCountry, ac.origin AS actorOrigin,
         p.id AS placeId, p.name AS placeName, p.kind AS placeKind, p.admin1 AS placeAdmin1, p.country AS placeCountry,
         p.country_code AS placeCountryCode, p.lat AS placeLat, p.lon AS placeLon
       FROM mention m LEFT JOIN actor ac ON ac.id = m.actor_id LEFT JOIN place p ON p.id = m.place_id
       WHERE m.article_id = @id ORDER BY m.start, m.id`,
      { id },
    ).map(
      (m): MentionRow => ({
        id: m.id,
        articleId: m.articleId,
        start: m.start,
        end: m.end,
        text: row.text.slice(m.start, m.end),
        label: m.label,
        origin: m.origin,
        confidence: m.confidence,
        actor: m.actorId
          ? { id: m.actorId, name: m.actorName, kind: m.actorKind, country: m.actorCountry, origin: m.actorOrigin }
          : null,
        place: m.placeId
          ? {
              id: m.placeId,
              name: m.placeName,
              kind: m.placeKind,
              admin1: m.placeAdmin1,
              country: m.placeCountry,
              countryCode: m.placeCountryCode,
              lat: m.placeLat,
              lon: m.placeLon,
            }
          : null,
      }),
    );
    const quotes = this.all(`SELECT ${QUOTE_COLUMNS} FROM quote q WHERE q.article_id = @id ORDER BY q.start, q.id`, { id }).map(toQuote);
    const claims = this.all(`SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.article_id = @id ORDER BY c.start, c.id`, { id }).map(toClaim);
    const events = this.all(
      `SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id IN (SELECT event_id FROM event_source WHERE article_id = @id)
       ORDER BY e.salience = 'main' DESC, e.id`,
      { id },
    ).map((e) => ({ ...toEvent(e), sources: this.eventSources(e.id) }));
    return { ...row, mentions, quotes, events, claims, comments: this.listComments('article', String(id)) };
  }

  /** Conditions on the article `a` that narrow a search (the facets). */
  private searchWhere(match: string, filter: SearchNarrowing): Where {
    const where = new Where();
    where.add('article_fts MATCH @match', { match });
    if (filter.site) where.add('a.site = @site COLLATE NOCASE', { site: filter.site });
    if (filter.period) {
      where.add(`substr(a.published_at, 1, ${filter.period.length}) = @period`, { period: filter.period });
    }
    if (filter.actor) {
      where.add('EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.actor_id = @actor)', { actor: filter.actor });
    }
    return where;
  }

  search(query: SearchQuery, page: ResolvedPage, filter: SearchNarrowing = {}): { items: SearchHit[]; total: number } {
    const where = this.searchWhere(toFts5(query), filter);
    return this.match(() => {
      const rows = this.all(
        `SELECT a.id, a.title, a.url, a.site, a.published_at AS publishedAt,
           -bm25(article_fts, ${TITLE_WEIGHT}, 1.0) AS score,
           snippet(article_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_TOKENS}) AS marked
         FROM article_fts JOIN article a ON a.id = article_fts.rowid
         ${where}
         ORDER BY bm25(article_fts, ${TITLE_WEIGHT}, 1.0), a.id LIMIT @limit OFFSET @offset`,
        { ...where.params, limit: page.limit, offset: page.offset },
      );
      const items = rows.map(({ marked, ...rest }): SearchHit => ({ ...(rest as Omit<SearchHit, 'snippet' | 'highlights'>), ...splitSnippet(marked) }));
      const total =
        where.conditions.length === 1
          ? this.count('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH @match', where.params)
          : this.count(`SELECT count(*) AS n FROM article_fts JOIN article a ON a.id = article_fts.rowid ${where}`, where.params);
      return { items, total };
    });
  }

  /** Facet counts over every matching article: sites, publication years and months, most-mentioned actors. */
  searchFacets(query: SearchQuery, filter: SearchNarrowing = {}): SearchFacets {
    const where = this.searchWhere(toFts5(query), filter);
    const hits = `WITH hits AS (SELECT a.id, a.site, a.published_at FROM article_fts JOIN article a ON a.id = article_fts.rowid ${where})`;
    const values = (expression: string, order: string, limit: number) =>
      this.all(
        `${hits} SELECT ${expression} AS value, count(*) AS count FROM hits WHERE ${expression} IS NOT NULL
         GROUP BY value ORDER BY ${order} LIMIT @limit`,
        { ...where.params, limit },
      ) as FacetValue[];
    return this.match(() => ({
      total: this.count(`${hits} SELECT count(*) AS n FROM hits`, where.params),
      sites: values('site', 'count DESC, value COLLATE NOCASE', FACET_SITES),
      years: values('substr(published_at, 1, 4)', 'value DESC', FACET_YEARS),
      // A date known only to the year has no month.
      months: values('CASE WHEN length(published_at) >= 7 THEN substr(published_at, 1, 7) END', 'value DESC', FACET_MONTHS),
      actors: this.all(
        `${hits} SELECT ac.id AS value, ac.name, ac.kind, count(DISTINCT m.article_id) AS count, count(*) AS mentions
         FROM hits JOIN mention m ON m.article_id = hits.id JOIN actor ac ON ac.id = m.actor_id
         GROUP BY ac.id ORDER BY mentions DESC, count DESC, ac.name COLLATE NOCASE LIMIT @limit`,
        { ...where.params, limit: FACET_ACTORS },
      ) as SearchFacets['actors'],
    }));
  }

  listActors(
    filter: { kind?: string; q?: string; country?: string; origin?: string },
    page: ResolvedPage,
  ): { items: ActorListRow[]; total: number } {
    const where = new Where();
    if (filter.kind) where.add('ac.kind = @kind', { kind: filter.kind });
    if (filter.country) where.add('ac.country = @country', { country: filter.country });
    if (filter.origin) where.add('ac.origin = @origin', { origin: filter.origin });
    if (filter.q) {
      where.add(
        `(ac.name LIKE @q ESCAPE '\\' OR ac.id = @qExact OR EXISTS (SELECT 1 FROM actor_alias al WHERE al.actor_id = ac.id AND al.alias LIKE @q ESCAPE '\\'))`,
        { q: likeContains(filter.q), qExact: filter.q },
      );
    }
    const items = this.all(
      `SELECT ac.id, ac.name, ac.kind, ac.country, ac.origin,
         coalesce(c.mentions, 0) AS mentionCount, coalesce(c.articles, 0) AS articleCount
       FROM actor ac LEFT JOIN (
         SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
         FROM mention WHERE actor_id IS NOT NULL GROUP BY actor_id
       ) c ON c.actor_id = ac.id
       ${where}
       ORDER BY mentionCount DESC, ac.name COLLATE NOCASE, ac.id LIMIT @limit OFFSET @offset`,
      { ...where.params, limit: page.limit, offset: page.offset },
    ) as ActorListRow[];
    return { items, total: this.count(`SELECT count(*) AS n FROM actor ac ${where}`, where.params) };
  }

  getActor(id: string): ActorDetail | null {
    const actor = this.get(
      `SELECT ac.id, ac.name, ac.kind, ac.country, ac.origin,
         (SELECT count(*) FROM mention WHERE actor_id = ac.id) AS mentionCount,
         (SELECT count(DISTINCT article_id) FROM mention WHERE actor_id = ac.id) AS articleCount
       FROM actor ac WHERE ac.id = @id`,
      { id },
    ) as ActorListRow | undefined;
    if (!actor) return null;
    const aliases = this.all(
      'SELECT alias, origin FROM actor_alias WHERE actor_id = @id ORDER BY alias COLLATE NOCASE',
      { id },
    ) as AliasRow[];
    const affiliationSql = (side: 'person_id' | 'organization_id') =>
      `SELECT f.person_id AS personId, p.name AS personName, f.organization_id AS organizationId,
         o.name AS organizationName, f.role, min(f.article_id) AS articleId
       FROM actor_affiliation f JOIN actor p ON p.id = f.person_id JOIN actor o ON o.id = f.organization_id
       WHERE f.${side} = @id GROUP BY f.person_id, f.organization_id, f.role
       ORDER BY personName COLLATE NOCASE, organizationName COLLATE NOCASE`;
    const affiliations = this.all(affiliationSql('person_id'), { id }) as AffiliationRow[];
    const members = this.all(affiliationSql('organization_id'), { id }) as AffiliationRow[];
    const recentArticles = this.all(
      `SELECT a.id, a.title, a.published_at AS publishedAt, a.site, count(*) AS mentions
       FROM mention m JOIN article a ON a.id = m.article_id WHERE m.actor_id = @id
       GROUP BY a.id ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit`,
      { id, limit: ACTOR_RECENT_LIMIT },
    ) as ActorDetail['recentArticles'];
    const recentMentions = this.all(
      `SELECT m.article_id AS articleId, m.start, m."end", a.title, a.published_at AS publishedAt, a.text AS articleText
       FROM mention m JOIN article a ON a.id = m.article_id WHERE m.actor_id = @id
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC, m.start LIMIT @limit`,
      { id, limit: ACTOR_RECENT_LIMIT },
    ).map(
      (m): ActorMentionRow => ({
        articleId: m.articleId,
        start: m.start,
        end: m.end,
        title: m.title,
        publishedAt: m.publishedAt,
        text: (m.articleText as string).slice(m.start, m.end),
        context: (m.articleText as string)
          .slice(Math.max(0, m.start - MENTION_CONTEXT_CHARS), m.end + MENTION_CONTEXT_CHARS)
          .replace(/\s+/g, ' ')
          .trim(),
      }),
    );
    const quotes = this.quotes('WHERE q.speaker_actor_id = @speaker', { speaker: id }, ACTOR_RECENT_LIMIT, 0);
    return { ...actor, aliases, affiliations, members, recentArticles, recentMentions, quotes };
  }

  private quotes(where: string, params: Params, limit: number, offset: number): QuoteListRow[] {
    return this.all(
      `SELECT ${QUOTE_COLUMNS}, a.title AS articleTitle, a.published_at AS articlePublishedAt, a.site AS articleSite
       FROM quote q JOIN article a ON a.id = q.article_id ${where}
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC, q.start LIMIT @limit OFFSET @offset`,
      { ...params, limit, offset },
    ).map((row) => ({ ...toQuote(row), article: articleRef(row) }));
  }

  listQuotes(
    filter: { speaker?: string; about?: string; affiliation?: string; article?: number; direct?: boolean; kind?: QuoteKind },
    page: ResolvedPage,
  ): { items: QuoteListRow[]; total: number } {
    const where = new Where();
    if (filter.speaker) {
      where.add(`(q.speaker_actor_id = @speaker OR q.speaker_name LIKE @speakerLike ESCAPE '\\')`, {
        speaker: filter.speaker,
        speakerLike: likeContains(filter.speaker),
      });
    }
    if (filter.about) {
      where.add(
        `(q.text LIKE @aboutLike ESCAPE '\\' OR EXISTS (SELECT 1 FROM mention m WHERE m.article_id = q.article_id
           AND m.actor_id = @about AND m.start >= q.start AND m."end" <= q."end"))`,
        { about: filter.about, aboutLike: likeContains(filter.about) },
      );
    }
    if (filter.affiliation) {
      // The name as the quote gave it, or the linked organisation's id or stored name ("the group" → Taliban).
      where.add(
        `(q.affiliation_actor_id = @affiliation OR q.affiliation_name LIKE @affiliationLike ESCAPE '\\'
          OR q.affiliation_actor_id IN (SELECT id FROM actor WHERE name LIKE @affiliationLike ESCAPE '\\'))`,
        { affiliation: filter.affiliation, affiliationLike: likeContains(filter.affiliation) },
      );
    }
    if (filter.article !== undefined) where.add('q.article_id = @article', { article: filter.article });
    if (filter.direct !== undefined) where.add('q.direct = @direct', { direct: filter.direct ? 1 : 0 });
    if (filter.kind !== undefined) where.add('quote_kind(q.cue) = @kind', { kind: filter.kind });
    return {
      items: this.quotes(String(where), where.params, page.limit, page.offset),
      total: this.count(`SELECT count(*) AS n FROM quote q ${where}`, where.params),
    };
  }

  listClaims(
    filter: { speaker?: string; q?: string; article?: number },
    page: ResolvedPage,
  ): { items: ClaimListRow[]; total: number } {
    const where = new Where();
    if (filter.speaker) {
      where.add(`(c.speaker_actor_id = @speaker OR c.speaker_name LIKE @speakerLike ESCAPE '\\')`, {
        speaker: filter.speaker,
        speakerLike: likeContains(filter.speaker),
      });
    }
    if (filter.q) where.add(`c.text LIKE @q ESCAPE '\\'`, { q: likeContains(filter.q) });
    if (filter.article !== undefined) where.add('c.article_id = @article', { article: filter.article });
    const items = this.all(
      `SELECT ${CLAIM_COLUMNS}, a.title AS articleTitle, a.published_at AS articlePublishedAt, a.site AS articleSite
       FROM claim c JOIN article a ON a.id = c.article_id ${where}
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC, c.start LIMIT @limit OFFSET @offset`,
      { ...where.params, limit: page.limit, offset: page.offset },
    ).map((row) => ({ ...toClaim(row), article: articleRef(row) }));
    return { items, total: this.count(`SELECT count(*) AS n FROM claim c ${where}`, where.params) };
  }

  listEvents(
    filter: {
      since?: string;
      until?: string;
      from?: string;
      to?: string;
      type?: string;
      country?: string;
      attackType?: string;
      eventType?: string;
      status?: string;
      salience?: string;
      actor?: string;
      article?: number;
      minKilled?: number;
      reviewStatus?: string;
      q?: string;
      sort?: EventSortKey;
      order?: 'asc' | 'desc';
    },
    page: ResolvedPage,
  ): { items: EventRow[]; total: number } {
    const where = this.eventWhere(filter);
    const items = this.all(
      `SELECT ${EVENT_COLUMNS} FROM event e ${where} ${eventOrder(filter)} LIMIT @limit OFFSET @offset`,
      { ...where.params, limit: page.limit, offset: page.offset },
    ).map(toEvent);
    return { items, total: this.count(`SELECT count(*) AS n FROM event e ${where}`, where.params) };
  }

  /** Every event matching the filter, in table order, read lazily (for exports of any size); with `sources`, each
   *  with the articles that report it. */
  eachEvent(filter: Parameters<SqliteReader['listEvents']>[0]): Generator<EventRow>;
  eachEvent(filter: Parameters<SqliteReader['listEvents']>[0], sources: true): Generator<ExportEventRow>;
  *eachEvent(filter: Parameters<SqliteReader['listEvents']>[0], sources = false): Generator<EventRow | ExportEventRow> {
    const where = this.eventWhere(filter);
    const columns = sources ? `${EVENT_COLUMNS}, ${SOURCE_REFS_COLUMN}` : EVENT_COLUMNS;
    for (const row of this.prepare(`SELECT ${columns} FROM event e ${where} ${eventOrder(filter)}`).iterate(where.params)) {
      const event = toEvent(row as Row);
      yield sources ? { ...event, sourceRefs: json<EventSourceRef[]>((row as Row).sourceRefs) ?? [] } : event;
    }
  }

  private eventWhere(filter: Parameters<SqliteReader['listEvents']>[0]): Where {
    const where = new Where();
    if (filter.minKilled !== undefined) where.add('e.fatalities_min >= @minKilled', { minKilled: filter.minKilled });
    if (filter.reviewStatus) where.add('e.review_status = @reviewStatus', { reviewStatus: filter.reviewStatus });
    if (filter.q) {
      where.add(
        `(e.location_name LIKE @qLike ESCAPE '\\' OR e.admin1 LIKE @qLike ESCAPE '\\' OR e.country LIKE @qLike ESCAPE '\\'
          OR e.perpetrators LIKE @qLike ESCAPE '\\' OR e.targets LIKE @qLike ESCAPE '\\' OR e.attack_type LIKE @qLike ESCAPE '\\'
          OR e.sub_event_type LIKE @qLike ESCAPE '\\')`,
        { qLike: likeContains(filter.q) },
      );
    }
    // An event matches a date range when its own interval overlaps it.
    if (filter.from) where.add('e.date_end >= @from', { from: filter.from });
    if (filter.to) where.add('e.date_start <= @to', { to: filter.to });
    if (filter.since) where.add('e.date_end >= @since', { since: filter.since });
    if (filter.until) where.add('e.date_start <= @until', { until: filter.until });
    if (filter.type) {
      where.add('(e.attack_type = @type COLLATE NOCASE OR e.event_type = @type COLLATE NOCASE OR e.sub_event_type = @type COLLATE NOCASE)', {
        type: filter.type,
      });
    }
    if (filter.country) where.add('e.country_code = @country', { country: filter.country });
    if (filter.attackType) where.add('e.attack_type = @attackType', { attackType: filter.attackType });
    if (filter.eventType) where.add('e.event_type = @eventType', { eventType: filter.eventType });
    if (filter.status) where.add('e.status = @status', { status: filter.status });
    if (filter.salience) where.add('e.salience = @salience', { salience: filter.salience });
    if (filter.actor) {
      // An actor id, or a name/alias of a stored actor, or the name of a perpetrator the knowledge base does not know.
      where.add(
        `(EXISTS (SELECT 1 FROM event_actor x WHERE x.event_id = e.id AND (x.actor_id = @actor
            OR x.actor_id IN (SELECT id FROM actor WHERE name = @actor COLLATE NOCASE)
            OR x.actor_id IN (SELECT actor_id FROM actor_alias WHERE alias = @actor COLLATE NOCASE)))
          OR EXISTS (SELECT 1 FROM json_each(e.perpetrators) p WHERE json_extract(p.value, '$.name') = @actor COLLATE NOCASE))`,
        { actor: filter.actor },
      );
    }
    if (filter.article !== undefined) {
      where.add('EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id AND s.article_id = @article)', { article: filter.article });
    }
    return where;
  }

  getEvent(id: number): EventDetail | null {
    const row = this.get(`SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id = @id`, { id });
    return row ? { ...toEvent(row), sources: this.eventSources(id) } : null;
  }

  private eventSources(eventId: number): EventSourceRow[] {
    return this.all(
      `SELECT s.article_id AS articleId, a.title, a.url, a.published_at AS publishedAt, s.evidence, s.values_json AS valuesJson
       FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id = @eventId
       ORDER BY a.published_at IS NULL, a.published_at, a.id`,
      { eventId },
    ).map(({ evidence, valuesJson, ...rest }) => ({
      ...(rest as Omit<EventSourceRow, 'evidence' | 'values'>),
      evidence: json<Span[]>(evidence) ?? [],
      values: json(valuesJson)!,
    }));
  }

  targetExists(targetType: CommentRow['targetType'], targetId: string): boolean {
    if (targetType === 'actor') return this.get('SELECT 1 AS x FROM actor WHERE id = @id', { id: targetId }) !== undefined;
    if (!/^[1-9]\d{0,15}$/.test(targetId)) return false;
    const table = targetType === 'article' ? 'article' : 'event';
    return this.get(`SELECT 1 AS x FROM ${table} WHERE id = @id`, { id: Number(targetId) }) !== undefined;
  }

  getComment(id: number): CommentRow | null {
    return (this.get(`SELECT ${COMMENT_COLUMNS} FROM comment WHERE id = @id`, { id }) as CommentRow | undefined) ?? null;
  }

  listComments(targetType: CommentRow['targetType'], targetId: string): CommentRow[] {
    return this.all(
      `SELECT ${COMMENT_COLUMNS} FROM comment WHERE target_type = @targetType AND target_id = @targetId ORDER BY id`,
      { targetType, targetId },
    ) as CommentRow[];
  }

  stats(): StoreStats {
    const counts = this.get(`SELECT
      (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM mention) AS mentions,
      (SELECT count(*) FROM actor) AS actors, (SELECT count(*) FROM place) AS places,
      (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM quote) AS quotes,
      (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM comment) AS comments,
      (SELECT count(DISTINCT site) FROM article) AS sites,
      (SELECT min(published_at) FROM article) AS firstPublished,
      (SELECT max(published_at) FROM article) AS lastPublished`)!;
    return { schemaVersion: schemaVersion(this.db), ...(counts as Omit<StoreStats, 'schemaVersion'>) };
  }
}
