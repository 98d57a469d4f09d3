// The one document type that flows through every pipeline stage.
// Each stage returns a new Document with exactly one more layer filled in; it never rewrites an earlier layer.
// All spans are UTF-16 code-unit offsets into `article.text` (what String.prototype.slice uses).

export interface Span {
  start: number;
  end: number;
}

/** Where a document came from, as known before any parsing. */
export interface SourceInfo {
  kind: 'file' | 'url' | 'feed-item' | 'stdin' | 'inline';
  /** File path or URL as given by the user (or the feed item's link). */
  location: string;
  /** Final URL after redirects, when fetched over HTTP. */
  url?: string;
  /** The feed the item came from. */
  feedUrl?: string;
  retrievedAt?: string;
  /** Hints from a feed item; the article stage prefers what the page itself says. */
  publishedHint?: string;
  /** Publication date given explicitly by the user (`--published`); wins over the page. */
  publishedOverride?: string;
  titleHint?: string;
}

/** Raw input after decoding bytes to text: the `ingest` layer. */
export interface RawContent {
  mediaType: 'text/html' | 'text/plain';
  /** Decoded text (HTML source or plain text). */
  content: string;
  /** Charset used to decode the bytes ("utf-8", "windows-1252", ...). */
  charset: string;
  /** sha256 hex of the decoded content; the idempotency key for re-ingest. */
  contentHash: string;
}

/** The `article` layer: clean text plus metadata. */
export interface ArticleLayer {
  title: string;
  text: string;
  byline?: string;
  /** ISO date (YYYY-MM-DD) or datetime. */
  published?: string;
  modified?: string;
  site?: string;
  canonicalUrl?: string;
  language?: string;
  leadImage?: string;
  /** Wire agency credit when syndicated ("AFP", "Reuters", ...). */
  wire?: string;
  /** Paragraph spans over `text`. */
  paragraphs: Span[];
}

export interface Token extends Span {
  /** Lower-cased form is derived when needed; the surface is text.slice(start, end). */
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export interface Sentence extends Span {
  /** Index of the first token of this sentence in `tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** The `segment` layer. */
export interface SegmentLayer {
  sentences: Sentence[];
  tokens: Token[];
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One mention found by the `entities` stage (knowledge-base matcher and/or statistical tagger). */
export interface EntityMention extends Span {
  label: EntityLabel;
  /** Who proposed it: bundled knowledge base alias, gazetteer, demonym, statistical tagger. */
  origin: 'kb' | 'gazetteer' | 'demonym' | 'ner';
  /** Knowledge-base candidates the matcher saw for this surface (actor ids or place ids), best first. */
  candidates?: string[];
}

export type ActorKind = 'person' | 'organization' | 'armed_group' | 'state' | 'igo' | 'media' | 'other';

export interface Actor {
  /** Stable id: bundled actors use their knowledge-base id; extracted actors a slug of the normalised name. */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2, when the actor belongs to one country. */
  country?: string;
  aliases: string[];
  origin: 'bundled' | 'extracted' | 'analyst';
  affiliation?: { actorId: string; role?: string };
}

export interface Place {
  /** Stable gazetteer id, e.g. "geonames:1138958" or "country:AF". */
  id: string;
  name: string;
  kind: 'country' | 'admin1' | 'city';
  admin1?: string;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
}

/** One link from a mention (by index into `entities`) to an actor or a place. */
export interface MentionLink {
  mention: number;
  actorId?: string;
  placeId?: string;
  confidence: number;
}

/** The `resolve` layer. */
export interface ResolutionLayer {
  links: MentionLink[];
  actors: Actor[];
  places: Place[];
}

export interface QuoteSpeaker {
  name: string;
  actorId?: string;
  start?: number;
  end?: number;
}

export interface Quote extends Span {
  text: string;
  parts?: Span[];
  direct: boolean;
  /** "speech": said, written, reported or shown; "stance": a belief, wish, plan or position given the speaker
   *  ("Voters want …", "the board backed …"), read from the cue (src/quotes/kind.ts). */
  kind?: 'speech' | 'stance';
  cue: string;
  cueStart: number;
  cueEnd: number;
  speaker: QuoteSpeaker;
  affiliation?: { name: string; actorId?: string };
  role?: string;
  conduit?: string;
  time?: { text: string; start: string; end: string; precision: DatePrecision };
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface Quantity {
  min: number;
  max?: number;
  qualifier?: string;
  reported?: boolean;
}

export interface EventRecord {
  attackType: string;
  eventType: string;
  subEventType: string;
  date: { start: string; end: string; precision: DatePrecision; fromPublication?: boolean };
  location?: {
    name: string;
    admin1?: string;
    country: string;
    countryCode: string;
    lat: number;
    lon: number;
    precision: 'city' | 'admin1' | 'country';
    placeId?: string;
  };
  perpetrators: Array<{ name: string; actorId?: string; basis?: 'claimed' | 'attributed' }>;
  targets: Array<{ name: string; type: string }>;
  fatalities?: Quantity;
  injuries?: Quantity;
  perpetratorsKilled?: number;
  status: 'occurred' | 'claimed' | 'attributed' | 'planned' | 'foiled' | 'threatened' | 'attempted';
  salience: 'main' | 'background';
  confidence?: number;
  evidence: Span[];
}

export interface Claim extends Span {
  text: string;
  speaker?: { name: string; actorId?: string };
  numbers: Array<{ value: number; unit?: string; qualifier?: string }>;
  period?: { text: string; start?: string; end?: string };
}

/** The `extract` layers. `undefined` means the extractor did not run (not "found nothing"). */
export interface Document {
  source: SourceInfo;
  raw?: RawContent;
  article?: ArticleLayer;
  segments?: SegmentLayer;
  entities?: EntityMention[];
  resolution?: ResolutionLayer;
  quotes?: Quote[];
  events?: EventRecord[];
  claims?: Claim[];
}

export type LayerName = Exclude<keyof Document, 'source'>;
