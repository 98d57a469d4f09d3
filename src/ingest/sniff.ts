// What kind of text is this: an HTML page, a feed, or plain text? Decided from the declared type (file
// extension or Content-Type) when there is one, else from the first bytes of the text.

export type ContentKind = 'html' | 'feed' | 'text';
/** What the name or header declares: a kind, generic XML (a feed unless it is XHTML), or nothing useful. */
export type DeclaredKind = ContentKind | 'xml' | 'sniff';

/** How much of the text's start is inspected; doctype, root element and the first tags come early. */
const SNIFF_CHARS = 2048;

const FEED_ROOT = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*<(?:rss|feed|rdf:RDF)\b/i;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*<(?:!doctype\s+html|html|head|body)\b/i;
/** Tags that plain prose never contains; two distinct ones, or two closed ones, near the start mark an HTML fragment. */
const HTML_TAGS = /<(\/?)(p|div|span|a|br|h[1-6]|title|meta|script|style|article|section|table|ul|li|img|link)\b[^>]*>/gi;
const HTML_FRAGMENT_MIN_TAGS = 2;

export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, SNIFF_CHARS));
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return true;
  const seen = new Set<string>();
  let closed = 0;
  for (const m of head.matchAll(HTML_TAGS)) {
    seen.add(m[2].toLowerCase());
    if (m[1]) closed++;
    if (seen.size >= HTML_FRAGMENT_MIN_TAGS || closed >= HTML_FRAGMENT_MIN_TAGS) return true;
  }
  return false;
}

/** Sniff the kind from the text alone. */
export function sniffKind(text: string): ContentKind {
  if (looksLikeFeed(text)) return 'feed';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}

/** Settle the kind: a declared one wins (malformed HTML stays HTML); generic XML and unknowns are sniffed. */
export function resolveKind(declared: DeclaredKind, text: string): ContentKind {
  if (declared === 'sniff') return sniffKind(text);
  if (declared === 'xml') {
    if (looksLikeFeed(text)) return 'feed';
    // XHTML served as XML is a page; any other XML is reported as "not a feed" by the feed parser.
    return looksLikeHtml(text) ? 'html' : 'feed';
  }
  return declared;
}

/** Kind declared by a file name, after any `.gz`; undefined for unknown extensions. */
export function kindFromFileName(name: string): DeclaredKind | undefined {
  const ext = extensionOf(name.replace(/\.gz$/i, ''));
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'rss' || ext === 'atom') return 'feed';
  if (ext === 'xml') return 'xml';
  return undefined;
}

/** Extensions we know we cannot read: refused with E006 when named explicitly, skipped inside directories. */
export const UNSUPPORTED_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'odt', 'rtf', 'epub', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'ico', 'mp3', 'mp4',
  'mov', 'avi', 'zip', 'tar', 'tgz', '7z', 'rar', 'exe', 'bin', 'so', 'dll', 'db', 'sqlite', 'xls', 'xlsx',
  'ppt', 'pptx', 'json', 'csv', 'js', 'css',
]);

export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}

export type ContentTypeVerdict = { kind: DeclaredKind } | { refused: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml',
  'application/x-rss+xml']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);
/** text/* types that are code or data, not reports. */
const NON_PROSE_TEXT = new Set(['text/css', 'text/javascript', 'text/csv', 'text/calendar', 'text/vcard']);

/** What an HTTP Content-Type says. A missing or generic type means "sniff the body". */
export function kindFromContentType(contentType: string | undefined): ContentTypeVerdict {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!type) return { kind: 'sniff' };
  if (HTML_TYPES.has(type)) return { kind: 'html' };
  if (FEED_TYPES.has(type)) return { kind: 'feed' };
  if (XML_TYPES.has(type)) return { kind: 'xml' };
  if (type === 'text/plain') return { kind: 'sniff' };
  if (type.startsWith('text/') && !NON_PROSE_TEXT.has(type)) return { kind: 'text' };
  return { refused: type };
}
