// The engine-neutral store contract. Every engine (SQLite today, PostgreSQL later) implements `Store`;
// interfaces (CLI, HTTP API, workbench) only ever see these types, never SQL.
// Methods return promises so that a network database can implement the same contract.

import type { ActorKind, Document, EntityLabel, EventRecord, Quantity, Span } from '../core/document.js';
import type {
  ActorFilter,
  ArticleFilter,
  ClaimFilter,
  AliasInput,
  CommentInput,
  EventFilter,
  EventReviewInput,
  MergeInput,
  PageRequest,
  QuoteFilter,
  SearchFilter,
} from './filters.js';

export type SaveStatus = 'ingested' | 'unchanged' | 'updated';

export interface SaveResult {
  articleId: number;
  status: SaveStatus;
}

/** One page of results. `nextCursor` is opaque; pass it back as `cursor` to get the next page. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextCursor: string | null;
}

export interface ArticleSummary {
  id: number;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  site: string | null;
  publishedAt: string | null;
  retrievedAt: string | null;
  language: string | null;
  wire: string | null;
  clusterId: number | null;
  views: number;
  commentCount: number;
  ingestedAt: string;
  updatedAt: string;
}

export interface Article extends ArticleSummary {
  sourceLocation: string;
  contentHash: string;
  text: string;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  origin: 'bundled' | 'extracted' | 'analyst';
}

export interface PlaceRow {
  id: string;
  name: string;
  kind: 'country' | 'admin1' | 'city';
  admin1: string | null;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
}

export interface MentionRow extends Span {
  id: number;
  articleId: number;
  /** `article.text.slice(start, end)`. */
  text: string;
  label: EntityLabel;
  origin: 'kb' | 'gazetteer' | 'demonym' | 'ner';
  confidence: number | null;
  actor: ActorRow | null;
  place: PlaceRow | null;
}

export interface QuoteRow extends Span {
  id: number;
  articleId: number;
  text: string;
  parts: Span[] | null;
  direct: boolean;
  /** Read from the cue (src/quotes/kind.ts): said or written, or a belief, wish, plan or position. */
  kind: 'speech' | 'stance';
  cue: string;
  cueStart: number;
  cueEnd: number;
  speaker: { name: string; actorId: string | null; start: number | null; end: number | null };
  affiliation: { name: string; actorId: string | null } | null;
  role: string | null;
  conduit: string | null;
  time: { text: string; start: string; end: string; precision: string } | null;
}

export interface QuoteListRow extends QuoteRow {
  article: { id: number; title: string; publishedAt: string | null; site: string | null };
}

export interface ClaimRow extends Span {
  id: number;
  articleId: number;
  text: string;
  speaker: { name: string; actorId: string | null } | null;
  numbers: Array<{ value: number; unit?: string; qualifier?: string }>;
  period: { text: string; start?: string; end?: string } | null;
}

export interface ClaimListRow extends ClaimRow {
  article: { id: number; title: string; publishedAt: string | null; site: string | null };
}

export interface EventRow {
  id: number;
  attackType: string;
  eventType: string;
  subEventType: string;
  date: { start: string; end: string; precision: string };
  location: {
    name: string;
    admin1: string | null;
    country: string;
    countryCode: string;
    lat: number;
    lon: number;
    precision: string;
    placeId: string | null;
  } | null;
  perpetrators: EventRecord['perpetrators'];
  targets: EventRecord['targets'];
  fatalities: Quantity | null;
  injuries: Quantity | null;
  perpetratorsKilled: number | null;
  status: EventRecord['status'];
  salience: EventRecord['salience'];
  reviewStatus: string;
  confidence: number | null;
  sourceCount: number;
}

/** One report of an event: which article said it, where, and that article's own values. */
export interface EventSourceRow {
  articleId: number;
  title: string;
  url: string | null;
  publishedAt: string | null;
  evidence: Span[];
  values: EventRecord;
}

/** A report of an event as exports cite it: the outlet, the article, and the text of its evidence spans. */
export interface EventSourceRef {
  articleId: number;
  title: string;
  url: string | null;
  site: string | null;
  publishedAt: string | null;
  /** The evidence spans' text joined with ' … ' (null for sources stored before schema version 3). */
  evidenceText: string | null;
}

/** An event with its reports, earliest first: what the ACLED- and GTD-like exports read. */
export interface ExportEventRow extends EventRow {
  sourceRefs: EventSourceRef[];
}

export interface EventDetail extends EventRow {
  sources: EventSourceRow[];
}

export interface ArticleDetail extends Article {
  mentions: MentionRow[];
  quotes: QuoteRow[];
  events: EventDetail[];
  claims: ClaimRow[];
  comments: CommentRow[];
}

export interface SearchHit {
  id: number;
  title: string;
  url: string | null;
  site: string | null;
  publishedAt: string | null;
  /** Higher is better (negated bm25). */
  score: number;
  /** Plain text around the best match; no markup. */
  snippet: string;
  /** Matched terms inside `snippet`, as offsets into it. */
  highlights: Span[];
}

/** One value of a search facet and how many matching articles have it. */
export interface FacetValue {
  value: string;
  count: number;
}

/** Counts over every article a search matches (not just one page), for narrowing it. */
export interface SearchFacets {
  /** Matching articles (after the filters). */
  total: number;
  /** Sites, most matching articles first. */
  sites: FacetValue[];
  /** Publication years (YYYY), newest first. */
  years: FacetValue[];
  /** Publication months (YYYY-MM), newest first. */
  months: FacetValue[];
  /** Actors mentioned most often in the matching articles; `count` is how many of them mention it. */
  actors: Array<FacetValue & { name: string; kind: ActorKind; mentions: number }>;
}

export interface ActorListRow extends ActorRow {
  mentionCount: number;
  articleCount: number;
}

export interface AliasRow {
  alias: string;
  origin: 'bundled' | 'extracted' | 'analyst';
}

export interface AffiliationRow {
  personId: string;
  personName: string;
  organizationId: string;
  organizationName: string;
  role: string | null;
  articleId: number | null;
}

export interface ActorMentionRow extends Span {
  articleId: number;
  title: string;
  publishedAt: string | null;
  text: string;
  /** A window of article text around the mention. */
  context: string;
}

export interface ActorDetail extends ActorListRow {
  aliases: AliasRow[];
  /** Organisations this actor belongs to. */
  affiliations: AffiliationRow[];
  /** People who belong to this actor (when it is an organisation). */
  members: AffiliationRow[];
  recentArticles: Array<{ id: number; title: string; publishedAt: string | null; site: string | null; mentions: number }>;
  recentMentions: ActorMentionRow[];
  quotes: QuoteListRow[];
}

/** A comment as shown to anyone: the author's email is stored but never part of this type. */
export interface CommentRow {
  id: number;
  targetType: 'article' | 'event' | 'actor';
  targetId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface StoreStats {
  schemaVersion: number;
  articles: number;
  mentions: number;
  actors: number;
  places: number;
  events: number;
  quotes: number;
  claims: number;
  comments: number;
  sites: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** One analyst review of an event. An edit's `value` is the analyst's value; the machine's stays on the event. */
export interface EventReviewRow {
  id: number;
  eventId: number;
  action: 'confirm' | 'reject' | 'edit';
  field: string | null;
  value: string | null;
  reviewer: string;
  note: string | null;
  createdAt: string;
}

/** One merge of two actors; `undoneAt` is set once it has been undone. */
export interface ActorMergeRow {
  id: number;
  keptId: string;
  mergedId: string;
  /** The merged actor's name at the time (it no longer exists while the merge stands). */
  mergedName: string;
  createdAt: string;
  undoneAt: string | null;
}

export interface OverviewData {
  /** Events per month (YYYY-MM) and GTD attack type. */
  perMonth: Array<{ month: string; attackType: string; count: number }>;
  /** Events grouped on a grid of MAP_CELL_DEGREES; `attackType` is the most common one in the cell. */
  mapCells: Array<{ lat: number; lon: number; count: number; killed: number; attackType: string; countryCode: string | null }>;
  attackTypes: Array<{ value: string; count: number }>;
  countries: Array<{ value: string; name: string; count: number }>;
}

export interface CoActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  /** Articles that mention both actors. */
  articles: number;
}

export interface Store {
  /** Which engine answers ('sqlite'); useful in health checks. */
  readonly engine: string;
  /** The one write path for pipeline output: one transaction per document. */
  saveDocument(doc: Document): Promise<SaveResult>;
  /** Many documents in one transaction (faster for batches); all or nothing. */
  saveDocuments(docs: Document[]): Promise<SaveResult[]>;
  listArticles(filter?: ArticleFilter & PageRequest): Promise<Page<ArticleSummary>>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  /** Ranked full-text search; the optional filters narrow it (the search page's facets). */
  search(query: string, page?: PageRequest & SearchFilter): Promise<Page<SearchHit>>;
  /** Facet counts over everything `search(query, filter)` matches. */
  searchFacets(query: string, filter?: SearchFilter): Promise<SearchFacets>;
  listActors(filter?: ActorFilter & PageRequest): Promise<Page<ActorListRow>>;
  getActor(id: string): Promise<ActorDetail | null>;
  listEvents(filter?: EventFilter & PageRequest): Promise<Page<EventRow>>;
  getEvent(id: number): Promise<EventDetail | null>;
  listQuotes(filter?: QuoteFilter & PageRequest): Promise<Page<QuoteListRow>>;
  listClaims(filter?: ClaimFilter & PageRequest): Promise<Page<ClaimListRow>>;
  addComment(input: CommentInput): Promise<CommentRow>;
  listComments(targetType: CommentRow['targetType'], targetId: string): Promise<CommentRow[]>;
  stats(): Promise<StoreStats>;
  /** Every event matching the filter (no paging), read lazily: exports of any size. */
  eachEvent(filter?: EventFilter): AsyncIterable<EventRow>;
  /** As eachEvent, each event with the articles that report it (for exports that cite their sources). */
  eachEventWithSources(filter?: EventFilter): AsyncIterable<ExportEventRow>;
  /** Aggregates for the workbench overview: per month, map cells, facet values. */
  overview(): Promise<OverviewData>;
  /** Attack types and countries with counts (the events table's filter menus). */
  eventFacets(): Promise<Pick<OverviewData, 'attackTypes' | 'countries'>>;
  /** Count one view of an article; returns the new count, or null when there is no such article. */
  recordView(articleId: number): Promise<number | null>;
  reviewEvent(input: EventReviewInput): Promise<EventReviewRow>;
  listEventReviews(eventId: number): Promise<EventReviewRow[]>;
  addAlias(input: AliasInput): Promise<AliasRow[]>;
  removeAlias(input: AliasInput): Promise<AliasRow[]>;
  /** Fold `mergeId` into `keepId`: both alias sets kept, every mention re-pointed; undoable. */
  mergeActors(input: MergeInput): Promise<ActorMergeRow>;
  undoMerge(mergeId: number): Promise<ActorMergeRow>;
  /** Merges in which the actor was kept or merged away, newest first. */
  listMerges(actorId: string): Promise<ActorMergeRow[]>;
  /** Actors mentioned in the same articles, most shared articles first. */
  coActors(actorId: string, limit?: number): Promise<CoActorRow[]>;
  close(): Promise<void>;
}
