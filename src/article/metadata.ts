// Page metadata: title, byline, dates, site, canonical URL, language and lead image, from JSON-LD first, then
// OpenGraph and other <meta> tags, then the visible page (<h1>, <time>, byline elements), then the URL.
import type { ArticleLayer } from '../core/document.js';
import { normalizeSpace, attr } from './dom.js';
import { normalizeDate, parseTextDate, dateFromUrl } from './dates.js';

/** A title part this short after splitting on " | " is a site name or section, not the headline. */
const MAX_SITE_PART_WORDS = 4;
/** An <h1> of one word is a section label ("Games"), not a headline. */
const MIN_HEADING_WORDS = 2;
/** Share of an <h1>'s words that must appear in the declared title for it to be the headline. */
const MIN_HEADING_OVERLAP = 0.3;
/** Bylines longer than this are a bio paragraph, not names. */
const MAX_BYLINE_CHARS = 120;

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|WebPage|Report)$/;

/** The article layer's fields that a page's markup can tell (the text and wire credit come from the body). */
export type PageMetadata = Pick<ArticleLayer, 'title' | 'byline' | 'published' | 'modified' | 'site' | 'canonicalUrl' | 'language' | 'leadImage'>;

type Json = Record<string, unknown>;

/** Everything metadata needs from the page, gathered in one walk (each querySelectorAll would be another). */
interface PageParts {
  metas: Element[];
  ldScripts: Element[];
  times: Element[];
  h1s: Element[];
  canonical?: Element;
  bylines: Element[];
}

const BYLINE_CLASS_RE = /(^|[\s_-])(byline|author|author-name|writer)([\s_-]|$)/i;

function collect(document: Document): PageParts {
  const parts: PageParts = { metas: [], ldScripts: [], times: [], h1s: [], bylines: [] };
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'meta') parts.metas.push(child);
      else if (tag === 'script') {
        if (attr(child, 'type').toLowerCase() === 'application/ld+json') parts.ldScripts.push(child);
        continue;
      } else if (tag === 'style' || tag === 'svg') continue;
      else if (tag === 'time') parts.times.push(child);
      else if (tag === 'h1') parts.h1s.push(child);
      else if (tag === 'link' && !parts.canonical && attr(child, 'rel').toLowerCase() === 'canonical') parts.canonical = child;
      if (attr(child, 'rel') === 'author' || attr(child, 'itemprop') === 'author' || BYLINE_CLASS_RE.test(attr(child, 'class'))) {
        parts.bylines.push(child);
      }
      visit(child);
    }
  };
  visit(document.documentElement);
  return parts;
}

function jsonLdObjects(scripts: Element[]): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Json;
      found.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return found;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const obj = value as Json;
    return str(obj.name ?? obj.url ?? obj['@value']);
  }
  return undefined;
}

function names(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (typeof value === 'object') return names((value as Json).name);
  return [];
}

function metaIndex(metas: Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of metas) {
    const key = (attr(meta, 'property') || attr(meta, 'name') || attr(meta, 'itemprop')).toLowerCase();
    const content = attr(meta, 'content').trim();
    if (key && content && !index.has(key)) index.set(key, content);
  }
  return index;
}

function first<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

/** "Headline | Site", "Headline - Site - Section", "Site: Headline": keep the headline. */
export function cleanTitle(raw: string, site?: string, heading?: string): string {
  const title = normalizeSpace(raw);
  if (heading && (title === heading || title.startsWith(heading) || title.endsWith(heading))) return heading;
  const parts = title.split(/\s+[|–—·»:-]\s+|\s*\|\s*/);
  if (parts.length === 1) return title;
  const siteLower = site?.toLowerCase();
  const kept = parts.filter((part) => {
    const lower = part.toLowerCase();
    if (siteLower && (lower === siteLower || siteLower.includes(lower) || lower.includes(siteLower))) return false;
    return true;
  });
  const candidates = kept.length > 0 ? kept : parts;
  // The headline is the longest part; short leftovers are sections or brand names.
  const longest = candidates.reduce((a, b) => (b.length > a.length ? b : a));
  if (candidates.length > 1 && candidates.every((p) => p === longest || p.split(/\s+/).length <= MAX_SITE_PART_WORDS)) {
    return longest;
  }
  return kept.join(' - ') || title;
}

function cleanByline(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = normalizeSpace(raw)
    .replace(/^(written\s+)?by[:\s]+/i, '')
    .replace(/\s*[|,]?\s*(updated|published|posted)\b.*$/i, '')
    .replace(/\s+(is|was)\s+an?\s.*$/i, '')
    .replace(/[,|•·\s]+$/, '');
  if (/^https?:/.test(text)) return undefined;
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS) return undefined;
  text = text.replace(/\s+and\s+/gi, ', ');
  return text;
}

function declaredLanguage(document: Document, meta: Map<string, string>): string | undefined {
  const lang = attr(document.documentElement, 'lang') || meta.get('content-language') || meta.get('og:locale') || '';
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The visible headline: the <h1> that shares enough words with the declared title (pages often declare an SEO
 * title and show another headline), never one that is the site name or a " | Site" suffix of the title.
 */
function visibleHeading(headings: Element[], declared: string, site: string | undefined): string | undefined {
  const parts = declared.split(/\s+[|–—·»-]\s+|\s*\|\s*/).slice(1).map((p) => p.trim().toLowerCase());
  const declaredWords = new Set(wordsOf(declared));
  let best: string | undefined;
  let bestShare = declared === '' ? 0 : MIN_HEADING_OVERLAP;
  for (const h of headings) {
    const text = normalizeSpace(h.textContent ?? '');
    const words = wordsOf(text);
    if (words.length < MIN_HEADING_WORDS) continue;
    const lower = text.toLowerCase();
    if (lower === site?.toLowerCase() || parts.includes(lower)) continue;
    if (declared === '') return text;
    const share = words.filter((w) => declaredWords.has(w)).length / words.length;
    if (share >= bestShare && (best === undefined || share > bestShare)) {
      best = text;
      bestShare = share;
    }
  }
  return best;
}

function visibleByline(candidates: Element[]): string | undefined {
  for (const el of candidates) {
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length > 2 && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return undefined;
}

function timeElementDate(times: Element[], now: Date): string | undefined {
  for (const time of times) {
    const value = normalizeDate(attr(time, 'datetime'), now) ?? parseTextDate(time.textContent ?? '', now);
    if (value) return value;
  }
  return undefined;
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return base ? undefined : url;
  }
}

export function extractMetadata(document: Document, url: string | undefined, now: Date = new Date()): PageMetadata {
  const parts = collect(document);
  const meta = metaIndex(parts.metas);
  const objects = jsonLdObjects(parts.ldScripts);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  const webPage = objects.find((o) => types(o).includes('WebPage'));
  const org = objects.find((o) => types(o).some((t) => /Organization|WebSite/.test(t)));
  const ld = article ?? {};

  const canonicalLink = parts.canonical;
  const canonicalUrl = absolute(first(canonicalLink ? attr(canonicalLink, 'href') : undefined, meta.get('og:url'), str(ld.url)), url);
  const pageUrl = url ?? canonicalUrl;

  const site = first(
    meta.get('og:site_name'),
    str((ld.publisher as Json | undefined)?.name),
    meta.get('application-name'),
    org && str(org.name),
  );
  const declared = first(meta.get('og:title'), str(ld.headline), meta.get('twitter:title'), normalizeSpace(document.title ?? '')) ?? '';
  const heading = visibleHeading(parts.h1s, `${declared} ${normalizeSpace(document.title ?? '')}`.trim(), site);
  const title = heading ?? (cleanTitle(declared, site) || '');

  const authorNames = names(ld.author).filter((n) => !/^https?:/.test(n));
  const byline = cleanByline(
    first(authorNames.length > 0 ? authorNames.join(', ') : undefined, meta.get('author'), meta.get('article:author'), meta.get('byl'), visibleByline(parts.bylines)),
  );

  const published = first(
    normalizeDate(str(ld.datePublished), now),
    normalizeDate(meta.get('article:published_time'), now),
    normalizeDate(meta.get('datepublished'), now),
    normalizeDate(meta.get('pubdate'), now),
    normalizeDate(meta.get('publishdate'), now),
    normalizeDate(meta.get('publish-date'), now),
    normalizeDate(meta.get('parsely-pub-date'), now),
    normalizeDate(meta.get('sailthru.date'), now),
    normalizeDate(meta.get('dc.date'), now),
    normalizeDate(meta.get('dc.date.issued'), now),
    normalizeDate(meta.get('date'), now),
    normalizeDate(meta.get('og:published_time'), now),
    normalizeDate(webPage && str(webPage.datePublished), now),
    timeElementDate(parts.times, now),
    dateFromUrl(pageUrl, now),
  );
  const modified = first(
    normalizeDate(str(ld.dateModified), now),
    normalizeDate(meta.get('article:modified_time'), now),
    normalizeDate(meta.get('og:updated_time'), now),
    normalizeDate(meta.get('datemodified'), now),
    normalizeDate(meta.get('last-modified'), now),
  );
  const leadImage = absolute(first(meta.get('og:image'), meta.get('twitter:image'), str(ld.image), meta.get('twitter:image:src')), pageUrl);

  return {
    title,
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    ...(site ? { site: normalizeSpace(site) } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(declaredLanguage(document, meta) ? { language: declaredLanguage(document, meta) } : {}),
    ...(leadImage ? { leadImage } : {}),
  };
}
