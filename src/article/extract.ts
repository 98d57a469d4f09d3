// The article stage: raw HTML or plain text in, the `article` layer out (clean text with exact paragraph spans,
// plus metadata).
import type { ArticleLayer, Document as SitrepDocument, RawContent, SourceInfo, Span } from '../core/document.js';
import { SitrepError } from '../core/errors.js';
import { defineStage } from '../core/stage.js';
import { parseDocument } from './dom.js';
import { extractBody } from './body.js';
import { extractMetadata } from './metadata.js';
import { detectWire } from './wire.js';
import { detectLanguage } from './language.js';
import { parsePlainText, splitDateline } from './plaintext.js';
import { normalizeDate } from './dates.js';

/** Paragraphs are joined by a blank line, so the text reads as it was laid out. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ExtractOptions {
  /** "Now" for the never-in-the-future rule (tests pin it). */
  now?: Date;
}

/** Join paragraphs into one text with exact spans. */
export function joinParagraphs(paragraphs: string[]): { text: string; paragraphs: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const para of paragraphs) {
    if (text !== '') text += PARAGRAPH_SEPARATOR;
    spans.push({ start: text.length, end: text.length + para.length });
    text += para;
  }
  return { text, paragraphs: spans };
}

/** Drop a leading paragraph that repeats the title (many pages print the headline inside the story block). */
function withoutTitle(paragraphs: string[], title: string): string[] {
  return paragraphs.length > 1 && paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
}

export function extractFromHtml(html: string, url?: string, options: ExtractOptions = {}): ArticleLayer {
  return extractFromDocument(parseDocument(html), url, options);
}

/** The article layer of an already parsed page (linkedom or any DOM). */
export function extractFromDocument(document: Document, url?: string, options: ExtractOptions = {}): ArticleLayer {
  const now = options.now ?? new Date();
  const meta = extractMetadata(document, url, now);
  const body = extractBody(document);
  const { rest: paragraphs, dateline } = splitDateline(withoutTitle(body.paragraphs, meta.title), now);
  if (paragraphs.length === 0) {
    throw new SitrepError('E030', `no readable article text in ${url ?? 'the HTML'}`, 'check that the page is an article and not a script-only shell or an index page');
  }
  const joined = joinParagraphs(paragraphs);
  const wire = detectWire(paragraphs, meta.byline);
  const language = meta.language ?? detectLanguage(joined.text);
  return {
    ...meta,
    ...(meta.published === undefined && dateline ? { published: dateline } : {}),
    title: meta.title || paragraphs[0]!.slice(0, 200),
    text: joined.text,
    paragraphs: joined.paragraphs,
    ...(language ? { language } : {}),
    ...(wire ? { wire } : {}),
  };
}

export function extractFromText(content: string, source?: SourceInfo, options: ExtractOptions = {}): ArticleLayer {
  const now = options.now ?? new Date();
  const plain = parsePlainText(content, now);
  if (plain.title === '') throw new SitrepError('E001', `${source?.location ?? 'the input'} has no text`, 'give a file with an article in it');
  const joined = joinParagraphs(plain.paragraphs);
  const published = plain.dateline ?? normalizeDate(source?.publishedHint, now);
  const wire = detectWire(plain.paragraphs);
  const language = detectLanguage(joined.text || plain.title);
  return {
    title: plain.title,
    text: joined.text,
    paragraphs: joined.paragraphs,
    ...(published ? { published } : {}),
    ...(source?.url ? { canonicalUrl: source.url } : {}),
    ...(language ? { language } : {}),
    ...(wire ? { wire } : {}),
  };
}

/**
 * The article layer of decoded input, HTML or plain text. The page's own metadata wins over source hints; a
 * publication date the user gave explicitly (`--published`) wins over the page.
 */
export function extractArticle(raw: RawContent, source: SourceInfo, options: ExtractOptions = {}): ArticleLayer {
  const article = extractFromRaw(raw, source, options);
  const override = normalizeDate(source.publishedOverride, options.now ?? new Date());
  return override ? { ...article, published: override } : article;
}

function extractFromRaw(raw: RawContent, source: SourceInfo, options: ExtractOptions): ArticleLayer {
  if (raw.mediaType === 'text/plain') return extractFromText(raw.content, source, options);
  const now = options.now ?? new Date();
  const article = extractFromHtml(raw.content, source.url ?? (/^https?:/.test(source.location) ? source.location : undefined), options);
  const hinted = article.published ?? normalizeDate(source.publishedHint, now);
  return {
    ...article,
    title: article.title || source.titleHint || article.title,
    ...(hinted ? { published: hinted } : {}),
  };
}

export const articleStage = defineStage<unknown>({
  name: 'article.v1',
  requires: ['raw'],
  assigns: ['article'],
  run(doc: SitrepDocument): SitrepDocument {
    if (!doc.raw) throw new SitrepError('E001', `${doc.source.location} has no raw content`, 'run the ingest stage first');
    return { ...doc, article: extractArticle(doc.raw, doc.source) };
  },
});
