// The SQLite implementation of the Store contract: validates input, runs the single write path in
// transactions, and answers queries through the reader.

import type { Document } from '../../core/document.js';
import { SitrepError, toSitrepError } from '../../core/errors.js';
import {
  actorFilterSchema,
  articleFilterSchema,
  claimFilterSchema,
  aliasInputSchema,
  commentInputSchema,
  eventFilterSchema,
  eventReviewInputSchema,
  mergeInputSchema,
  parseOrThrow,
  quoteFilterSchema,
  searchFilterSchema,
  type ActorFilter,
  type AliasInput,
  type EventReviewInput,
  type MergeInput,
  type ArticleFilter,
  type ClaimFilter,
  type CommentInput,
  type EventFilter,
  type PageRequest,
  type QuoteFilter,
  type SearchFilter,
} from '../filters.js';
import { makePage, resolvePage } from '../paging.js';
import { parseSearchQuery } from '../search-query.js';
import type { CommentRow, OverviewData, Page, SaveResult, SearchFacets, Store } from '../types.js';
import { openSqlite, type SqliteDb, type SqliteOpenOptions } from './connection.js';
import { SqliteReader } from './reader.js';
import { SqliteWorkbench } from './workbench.js';
import { SqliteWriter } from './writer.js';

/** Co-occurring actors shown when the caller does not say how many. */
const DEFAULT_CO_ACTORS = 10;

function splitPage<T extends PageRequest>(input: T | undefined): { page: PageRequest; filter: Omit<T, keyof PageRequest> } {
  const { limit, offset, cursor, ...filter } = (input ?? {}) as T;
  return { page: { limit, offset, cursor }, filter };
}

/** Anything SQLite throws that is not already coded becomes E050, so callers see one kind of error. */
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof SitrepError ? error : toSitrepError(error, 'E050');
  }
}

export class SqliteStore implements Store {
  readonly engine = 'sqlite';
  private readonly writer: SqliteWriter;
  private readonly reader: SqliteReader;
  private readonly workbench: SqliteWorkbench;
  private closed = false;
  /** Bumped by every write through this store; with SQLite's data_version it keys the overview cache. */
  private generation = 0;
  private overviewCache?: { key: string; value: OverviewData };

  constructor(private readonly db: SqliteDb) {
    this.writer = new SqliteWriter(db);
    this.reader = new SqliteReader(db);
    this.workbench = new SqliteWorkbench(db);
  }

  /** Run `work` as one write transaction, mapping engine errors to E050. */
  private write<T>(work: (now: string) => T): T {
    this.generation++;
    return guard(() => this.db.transaction(() => work(new Date().toISOString())).immediate());
  }

  static open(path: string, options?: SqliteOpenOptions): SqliteStore {
    return new SqliteStore(openSqlite(path, options));
  }

  private live(): void {
    if (this.closed) throw new SitrepError('E050', 'the store is closed');
  }

  async saveDocument(doc: Document): Promise<SaveResult> {
    this.live();
    this.generation++;
    return guard(() => this.db.transaction(() => this.writer.save(doc, new Date().toISOString())).immediate());
  }

  async saveDocuments(docs: Document[]): Promise<SaveResult[]> {
    this.live();
    this.generation++;
    return guard(() =>
      this.db
        .transaction(() => {
          const now = new Date().toISOString();
          return docs.map((doc) => this.writer.save(doc, now));
        })
        .immediate(),
    );
  }

  async listArticles(input?: ArticleFilter & PageRequest) {
    this.live();
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(articleFilterSchema, filter, 'article filter');
    const resolved = resolvePage(page, valid);
    const q = valid.q === undefined ? undefined : parseSearchQuery(valid.q);
    return guard(() => {
      const { items, total } = this.reader.listArticles({ ...valid, q }, resolved);
      return makePage(items, total, resolved);
    });
  }

  async getArticle(id: number) {
    this.live();
    if (!Number.isSafeInteger(id) || id < 1) return null;
    return guard(() => this.reader.getArticle(id));
  }

  async search(query: string, input?: PageRequest & SearchFilter) {
    this.live();
    const parsed = this.searchQuery(query);
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(searchFilterSchema, filter, 'search filter');
    const narrowed = Object.values(valid).some((v) => v !== undefined);
    // Without filters the cursor fingerprint stays what it always was, so cursors already handed out still work.
    const resolved = resolvePage(page, narrowed ? { search: query, ...valid } : { search: query });
    return guard(() => {
      const { items, total } = this.reader.search(parsed, resolved, valid);
      return makePage(items, total, resolved);
    });
  }

  async searchFacets(query: string, filter?: SearchFilter): Promise<SearchFacets> {
    this.live();
    const parsed = this.searchQuery(query);
    const valid = parseOrThrow(searchFilterSchema, filter ?? {}, 'search filter');
    return guard(() => this.reader.searchFacets(parsed, valid));
  }

  private searchQuery(query: string) {
    if (typeof query !== 'string' || query.trim() === '') {
      throw new SitrepError('E040', 'search query is empty', 'give some words to look for');
    }
    return parseSearchQuery(query);
  }

  async listActors(input?: ActorFilter & PageRequest) {
    this.live();
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(actorFilterSchema, filter, 'actor filter');
    const resolved = resolvePage(page, valid);
    return guard(() => {
      const { items, total } = this.reader.listActors(valid, resolved);
      return makePage(items, total, resolved);
    });
  }

  async getActor(id: string) {
    this.live();
    return guard(() => this.reader.getActor(id));
  }

  async listEvents(input?: EventFilter & PageRequest) {
    this.live();
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(eventFilterSchema, filter, 'event filter');
    const resolved = resolvePage(page, valid);
    return guard(() => {
      const { items, total } = this.reader.listEvents(valid, resolved);
      return makePage(items, total, resolved);
    });
  }

  async getEvent(id: number) {
    this.live();
    if (!Number.isSafeInteger(id) || id < 1) return null;
    return guard(() => this.reader.getEvent(id));
  }

  async listQuotes(input?: QuoteFilter & PageRequest) {
    this.live();
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(quoteFilterSchema, filter, 'quote filter');
    const resolved = resolvePage(page, valid);
    return guard(() => {
      const { items, total } = this.reader.listQuotes(valid, resolved);
      return makePage(items, total, resolved);
    });
  }

  async listClaims(input?: ClaimFilter & PageRequest) {
    this.live();
    const { page, filter } = splitPage(input);
    const valid = parseOrThrow(claimFilterSchema, filter, 'claim filter');
    const resolved = resolvePage(page, valid);
    return guard(() => {
      const { items, total } = this.reader.listClaims(valid, resolved);
      return makePage(items, total, resolved);
    });
  }

  async addComment(input: CommentInput): Promise<CommentRow> {
    this.live();
    this.generation++;
    const valid = parseOrThrow(commentInputSchema, input, 'comment');
    return guard(() =>
      this.db
        .transaction(() => {
          if (!this.reader.targetExists(valid.targetType, valid.targetId)) {
            throw new SitrepError('E041', `${valid.targetType} ${valid.targetId} not found`, 'comment on something that is stored');
          }
          const id = Number(
            this.db
              .prepare(
                'INSERT INTO comment (target_type, target_id, author_name, email, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
              )
              .run(valid.targetType, valid.targetId, valid.authorName, valid.email, valid.body, new Date().toISOString())
              .lastInsertRowid,
          );
          if (valid.targetType === 'article') {
            this.db.prepare('UPDATE article SET comment_count = comment_count + 1 WHERE id = ?').run(Number(valid.targetId));
          }
          return this.reader.getComment(id)!;
        })
        .immediate(),
    );
  }

  async listComments(targetType: CommentRow['targetType'], targetId: string) {
    this.live();
    return guard(() => this.reader.listComments(targetType, String(targetId)));
  }

  async stats() {
    this.live();
    return guard(() => this.reader.stats());
  }

  async *eachEvent(input?: EventFilter) {
    this.live();
    const valid = parseOrThrow(eventFilterSchema, input ?? {}, 'event filter');
    // better-sqlite3 iterates synchronously; yielding per row lets a slow client apply back-pressure.
    yield* guard(() => this.reader.eachEvent(valid));
  }

  async *eachEventWithSources(input?: EventFilter) {
    this.live();
    const valid = parseOrThrow(eventFilterSchema, input ?? {}, 'event filter');
    yield* guard(() => this.reader.eachEvent(valid, true));
  }

  async overview() {
    this.live();
    // Aggregating every event takes a while at 100k rows; the answer only changes when something is written.
    const key = `${this.generation}:${this.workbench.dataVersion()}`;
    if (this.overviewCache?.key !== key) this.overviewCache = { key, value: guard(() => this.workbench.overview()) };
    return this.overviewCache.value;
  }

  async eventFacets() {
    this.live();
    return guard(() => this.workbench.facets());
  }

  async recordView(articleId: number) {
    this.live();
    if (!Number.isSafeInteger(articleId) || articleId < 1) return null;
    return this.write(() => this.workbench.recordView(articleId));
  }

  async reviewEvent(input: EventReviewInput) {
    this.live();
    const valid = parseOrThrow(eventReviewInputSchema, input, 'review');
    return this.write((now) => this.workbench.reviewEvent(valid, now));
  }

  async listEventReviews(eventId: number) {
    this.live();
    return guard(() => this.workbench.listEventReviews(eventId));
  }

  async addAlias(input: AliasInput) {
    this.live();
    const valid = parseOrThrow(aliasInputSchema, input, 'alias');
    return this.write(() => this.workbench.addAlias(valid.actorId, valid.alias));
  }

  async removeAlias(input: AliasInput) {
    this.live();
    const valid = parseOrThrow(aliasInputSchema, input, 'alias');
    return this.write(() => this.workbench.removeAlias(valid.actorId, valid.alias));
  }

  async mergeActors(input: MergeInput) {
    this.live();
    const valid = parseOrThrow(mergeInputSchema, input, 'merge');
    return this.write((now) => this.workbench.mergeActors(valid.keepId, valid.mergeId, now));
  }

  async undoMerge(mergeId: number) {
    this.live();
    if (!Number.isSafeInteger(mergeId) || mergeId < 1) throw new SitrepError('E041', `merge ${mergeId} not found`);
    return this.write((now) => this.workbench.undoMerge(mergeId, now));
  }

  async listMerges(actorId: string) {
    this.live();
    return guard(() => this.workbench.listMerges(actorId));
  }

  async coActors(actorId: string, limit = DEFAULT_CO_ACTORS) {
    this.live();
    return guard(() => this.workbench.coActors(actorId, limit));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

export type { Page };
