// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → a list of items: title, link, date and any HTML content they carry.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SitrepError } from '../core/errors.js';
import type { RawContent } from '../core/document.js';

/** Items whose content has at least this many characters of text carry the full report; others are teasers. */
export const FULL_TEXT_MIN_CHARS = 500;

export interface FeedItem {
  /** 0-based position in the feed, for messages ("item 3"). */
  index: number;
  title?: string;
  /** Absolute http(s) link of the item's page, when it has one. */
  link?: string;
  /** ISO 8601 datetime from pubDate / dc:date / published / updated. */
  published?: string;
  /** The richest content the item carries (content:encoded, Atom content, description or summary). */
  content?: { body: string; mediaType: RawContent['mediaType']; textLength: number };
  /** True when `content` is long enough to stand for the article (FULL_TEXT_MIN_CHARS). */
  fullText: boolean;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom';
  title?: string;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

/** An empty element parses to "" rather than an object. */
function asNode(value: unknown): Node {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : {};
}

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Atom content is kept as raw markup: type="xhtml" content is inline XML that the parser would take apart.
  stopNodes: ['feed.entry.content'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, cdata: string | undefined, ent: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (!ent) return match;
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return XML_ENTITIES[ent.toLowerCase()] ?? match;
  });
}

/** Visible text of an HTML snippet, whitespace collapsed; used to measure content and clean titles. */
export function htmlToPlain(html: string): string {
  return decodeXmlText(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Node)['#text']);
  return undefined;
}

function attr(value: unknown, name: string): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = (value as Node)[`@_${name}`];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = base ? new URL(link.trim(), base) : new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cleanTitle(value: unknown): string | undefined {
  const raw = textOf(value);
  if (!raw) return undefined;
  const title = /<[a-z!/]/i.test(raw) || attr(value, 'type') === 'html' ? htmlToPlain(raw) : raw.replace(/\s+/g, ' ').trim();
  return title || undefined;
}

type Candidate = { body: string; mediaType: RawContent['mediaType'] };

function pickContent(candidates: Array<Candidate | undefined>): FeedItem['content'] {
  let best: FeedItem['content'];
  for (const c of candidates) {
    if (!c || !c.body.trim()) continue;
    const textLength = c.mediaType === 'text/html' ? htmlToPlain(c.body).length : c.body.trim().length;
    if (!best || textLength > best.textLength) best = { ...c, textLength };
  }
  return best;
}

function html(value: unknown): Candidate | undefined {
  const body = textOf(value);
  return body ? { body, mediaType: 'text/html' } : undefined;
}

function rssItem(item: Node, index: number, base: string | undefined): FeedItem {
  const guid = item.guid;
  const guidIsLink = attr(guid, 'isPermaLink') !== 'false';
  const link = absoluteLink(textOf(item.link), base) ?? (guidIsLink ? absoluteLink(textOf(guid), base) : undefined);
  const content = pickContent([html(item['content:encoded']), html(item.description)]);
  return {
    index,
    title: cleanTitle(item.title),
    link,
    published: toIso(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    content,
    fullText: (content?.textLength ?? 0) >= FULL_TEXT_MIN_CHARS,
  };
}

function atomContent(value: unknown): Candidate | undefined {
  const raw = textOf(value);
  if (!raw) return undefined;
  const type = (attr(value, 'type') ?? 'text').toLowerCase();
  // Out-of-line content (src="…") has no body here; the link is fetched instead.
  if (attr(value, 'src')) return undefined;
  if (type === 'xhtml') return { body: raw, mediaType: 'text/html' };
  if (type === 'html' || type === 'text/html') return { body: decodeXmlText(raw), mediaType: 'text/html' };
  return { body: decodeXmlText(raw), mediaType: 'text/plain' };
}

function atomLink(links: unknown, base: string | undefined): string | undefined {
  const list = Array.isArray(links) ? links : links ? [links] : [];
  const preferred = list.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? list[0];
  return absoluteLink(attr(preferred, 'href') ?? textOf(preferred), base);
}

function atomEntry(entry: Node, index: number, base: string | undefined): FeedItem {
  const summary = entry.summary;
  const content = pickContent([
    atomContent(entry.content),
    typeof summary === 'object' && summary && !('#text' in summary) ? undefined : atomContent(summary),
  ]);
  return {
    index,
    title: cleanTitle(entry.title),
    link: atomLink(entry.link, base),
    published: toIso(textOf(entry.published) ?? textOf(entry.updated)),
    content,
    fullText: (content?.textLength ?? 0) >= FULL_TEXT_MIN_CHARS,
  };
}

/** Feeds in the wild often carry a bare "&" ("Q&A"); escape those and try again before giving up. */
function escapeBareAmpersands(text: string): string {
  return text.replace(/&(?!#\d+;|#x[0-9a-f]+;|\w+;)/gi, '&amp;');
}

function validate(text: string, label: string): string {
  const result = XMLValidator.validate(text);
  if (result === true) return text;
  const repaired = escapeBareAmpersands(text);
  if (repaired !== text && XMLValidator.validate(repaired) === true) return repaired;
  const { msg, line, col } = result.err;
  throw new SitrepError('E020', `${label} is not valid XML (line ${line}${col ? `, column ${col}` : ''}: ${msg})`,
    'check that the URL or file is an RSS or Atom feed');
}

/**
 * Parse an RSS 2.0, RSS 1.0 or Atom feed. `base` resolves relative item links (the feed's own URL).
 * Throws E020 when the text is not XML or not a feed, E021 when the feed has no items.
 */
export function parseFeed(text: string, label = 'feed', base?: string): ParsedFeed {
  const xml = validate(text.replace(/^\uFEFF/, ''), label);
  let doc: Node;
  try {
    doc = PARSER.parse(xml) as Node;
  } catch (error) {
    throw new SitrepError('E020', `${label} could not be parsed as XML (${(error as Error).message})`,
      'check that the URL or file is an RSS or Atom feed');
  }
  let feed: ParsedFeed;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Node;
    const items = (channel.item ?? []) as Node[];
    feed = { format: 'rss', title: cleanTitle(channel.title), items: items.map((it, i) => rssItem(asNode(it), i, base)) };
  } else if (rdf && typeof rdf === 'object') {
    const channel = (rdf.channel ?? {}) as Node;
    const items = (rdf.item ?? []) as Node[];
    feed = { format: 'rdf', title: cleanTitle(channel.title), items: items.map((it, i) => rssItem(asNode(it), i, base)) };
  } else if (atom && typeof atom === 'object') {
    const entries = (atom.entry ?? []) as Node[];
    feed = { format: 'atom', title: cleanTitle(atom.title), items: entries.map((e, i) => atomEntry(asNode(e), i, base)) };
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw new SitrepError('E020', `${label} is XML but not a feed (root element <${root}>, expected <rss> or <feed>)`,
      'give the address of the RSS or Atom feed itself');
  }
  if (feed.items.length === 0) {
    throw new SitrepError('E021', `${label} has no items`, 'the feed is empty right now; try again later');
  }
  return feed;
}
