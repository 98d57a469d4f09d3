// ingestSources: turn what the user named (files, directories, URLs, feeds, stdin) into Documents with the
// `source` and `raw` layers filled. One IngestItem per document or per failure; a bad input never stops the rest.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, SourceInfo } from '../core/document.js';
import { SitrepError, toSitrepError } from '../core/errors.js';
import type { HostLookup } from './address.js';
import { decodeBytes, formatBytes, type Decoded } from './decode.js';
import { parseFeed, type FeedItem } from './feed.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { fileError, listDirectory, readFileLimited, unsupportedReason } from './files.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from './limits.js';
import { orderedMap } from './ordered.js';
import { rawContent } from './raw.js';
import { kindFromFileName, resolveKind, type ContentKind, type DeclaredKind } from './sniff.js';
import type { FetchLike } from './transport.js';

export interface IngestOptions {
  /** Largest input accepted, in bytes, after decompression (default 20 MB). */
  maxBytes?: number;
  /** Time budget per URL, redirects and body included (default 15 000 ms). */
  timeoutMs?: number;
  /** Fetch from loopback, private, link-local and similar addresses (default false: refused with E011). */
  allowPrivate?: boolean;
  /** Redirects followed per URL (default 5). */
  maxRedirects?: number;
  /** Feed-item pages fetched at once (default 4); results still come in feed order. */
  concurrency?: number;
  /** Called with the number of items the iteration will yield, whenever a directory or feed changes it. */
  onDiscovered?(total: number): void;
  /** HTTP client (default: node:http with the address guard); tests inject one. */
  fetch?: FetchLike;
  /** DNS resolution used for the address check (default: dns.lookup, all addresses). */
  lookup?: HostLookup;
  /** What `-` reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Clock for `retrievedAt` (default: now). */
  now?: () => Date;
}

export type IngestItem =
  | { ok: true; doc: Document }
  | { ok: false; location: string; error: SitrepError };

const URL_PATTERN = /^https?:\/\//i;
/** Anything else with a scheme ("ftp://", "file://") is a URL we do not fetch, not a path. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

interface Context {
  maxBytes: number;
  fetchOptions: FetchOptions;
  concurrency: number;
  now: () => Date;
  stdin: () => AsyncIterable<Uint8Array | string>;
  /** Adjust the expected item count by `delta` and tell the caller. */
  discover(delta: number): void;
}

function failure(location: string, error: unknown): IngestItem {
  return { ok: false, location, error: toSitrepError(error) };
}

function document(source: SourceInfo, decoded: Decoded, kind: Exclude<ContentKind, 'feed'>): Document {
  return { source, raw: rawContent(decoded.text, kind === 'html' ? 'text/html' : 'text/plain', decoded.charset) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A feed item's HTML content as a whole page, so the article stage parses it like any fetched page. */
function itemPage(item: FeedItem, body: string): string {
  const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : '';
  const date = item.published ? `<meta property="article:published_time" content="${item.published}">` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${title}${date}</head><body><article>\n${body}\n</article></body></html>`;
}

/** Fetch a URL and turn the answer into items (one page, or one per feed item). */
async function* fromUrl(url: string, ctx: Context, source: Omit<SourceInfo, 'url' | 'retrievedAt'>, allowFeed: boolean):
  AsyncGenerator<IngestItem> {
  const fetched = await fetchUrl(url, ctx.fetchOptions);
  const retrievedAt = ctx.now().toISOString();
  yield* fromBytes(fetched.bytes, fetched.contentType, fetched.declared,
    { ...source, url: fetched.url, retrievedAt }, ctx, allowFeed);
}

/** Decode bytes and produce items: a feed expands into its items, a page or text is one document. */
async function* fromBytes(bytes: Uint8Array, contentType: string | undefined, declared: DeclaredKind,
  source: SourceInfo, ctx: Context, allowFeed = true): AsyncGenerator<IngestItem> {
  const decoded = decodeBytes(bytes, contentType, { maxBytes: ctx.maxBytes, label: source.url ?? source.location });
  const kind = resolveKind(declared, decoded.text);
  if (kind !== 'feed') {
    yield { ok: true, doc: document(source, decoded, kind) };
    return;
  }
  if (!allowFeed) {
    throw new SitrepError('E015', `${source.url ?? source.location} is a feed, not a page`,
      'feeds linked from feed items are not followed; ingest that feed directly');
  }
  yield* fromFeed(decoded, source, ctx);
}

async function* fromFeed(decoded: Decoded, feedSource: SourceInfo, ctx: Context): AsyncGenerator<IngestItem> {
  const feedUrl = feedSource.url ?? feedSource.location;
  const feed = parseFeed(decoded.text, feedUrl, feedSource.url);
  ctx.discover(feed.items.length - 1);
  // From here on nothing throws: every item becomes exactly one IngestItem.
  yield* orderedMap(feed.items, ctx.concurrency, async (item): Promise<IngestItem> => {
    const location = item.link ?? `${feedUrl}#item-${item.index + 1}`;
    const source: SourceInfo = {
      kind: 'feed-item',
      location,
      feedUrl,
      ...(item.published ? { publishedHint: item.published } : {}),
      ...(item.title ? { titleHint: item.title } : {}),
    };
    try {
      const content = item.content;
      if (content && (item.fullText || !item.link)) {
        const body = content.mediaType === 'text/html' ? itemPage(item, content.body) : content.body;
        const doc = document({ ...source, ...(item.link ? { url: item.link } : {}), retrievedAt: ctx.now().toISOString() },
          { text: body, charset: decoded.charset }, content.mediaType === 'text/html' ? 'html' : 'text');
        return { ok: true, doc };
      }
      if (!item.link) {
        throw new SitrepError('E010', `item ${item.index + 1} of ${feedUrl} has neither a link nor any content`,
          'the feed item cannot be ingested');
      }
      const items: IngestItem[] = [];
      for await (const it of fromUrl(item.link, ctx, source, false)) items.push(it);
      return items[0];
    } catch (error) {
      return failure(location, error);
    }
  });
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      throw new SitrepError('E003', `standard input is over the ${formatBytes(maxBytes)} limit`,
        'raise the limit with --max-bytes if this is intended');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

async function* fromFile(file: string, ctx: Context): AsyncGenerator<IngestItem> {
  const unsupported = unsupportedReason(file);
  if (unsupported) {
    throw new SitrepError('E006', `${file}: ${unsupported}`, 'give Sitrep .txt, .html, .html.gz or RSS/Atom files');
  }
  const bytes = await readFileLimited(file, ctx.maxBytes);
  const source: SourceInfo = { kind: 'file', location: file, retrievedAt: ctx.now().toISOString() };
  yield* fromBytes(bytes, undefined, kindFromFileName(path.basename(file)) ?? 'sniff', source, ctx);
}

/** Yield `gen`'s items; if it throws before yielding anything, yield one failure for `location` instead. */
async function* guarded(location: string, gen: AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* gen;
  } catch (error) {
    yield failure(location, error);
  }
}

async function* fromDirectory(dir: string, ctx: Context): AsyncGenerator<IngestItem> {
  const { files, skipped } = await listDirectory(dir);
  if (files.length === 0) {
    throw new SitrepError('E006', `${dir} contains no .txt, .html, .htm, .html.gz, .xml, .rss or .atom files` +
      (skipped ? ` (${skipped} other file${skipped === 1 ? '' : 's'} skipped)` : ''), 'check the directory');
  }
  ctx.discover(files.length - 1);
  for (const file of files) yield* guarded(file, fromFile(file, ctx));
}

async function* fromInput(input: string, ctx: Context): AsyncGenerator<IngestItem> {
  if (input === '-') {
    const bytes = await readStdin(ctx.stdin(), ctx.maxBytes);
    if (bytes.length === 0) throw new SitrepError('E001', 'standard input is empty', 'pipe a page or text into sitrep');
    yield* fromBytes(bytes, undefined, 'sniff', { kind: 'stdin', location: '-', retrievedAt: ctx.now().toISOString() }, ctx);
    return;
  }
  if (URL_PATTERN.test(input)) {
    yield* fromUrl(input, ctx, { kind: 'url', location: input }, true);
    return;
  }
  if (OTHER_SCHEME.test(input)) {
    throw new SitrepError('E010', `"${input}" is not an http(s) URL`, 'only http:// and https:// URLs can be fetched');
  }
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    throw fileError(input, error);
  }
  if (info.isDirectory()) yield* fromDirectory(input, ctx);
  else yield* fromFile(input, ctx);
}

/**
 * Ingest every input in order. Inputs: a file (.txt, .html, .htm, .html.gz, .xml/.rss/.atom feed; other
 * names are sniffed), a directory (recursive, sorted, hidden entries skipped), an http(s) URL (page or feed),
 * or "-" for standard input. Feeds expand into one item per feed item. Never throws for a bad input: each
 * failure is one `{ok: false}` item with a coded error.
 */
export async function* ingestSources(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  let total = inputs.length;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ctx: Context = {
    maxBytes,
    fetchOptions: {
      maxBytes,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      allowPrivate: options.allowPrivate ?? false,
      fetch: options.fetch,
      lookup: options.lookup,
    },
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    now: options.now ?? (() => new Date()),
    stdin: () => options.stdin ?? process.stdin,
    discover(delta) {
      if (delta === 0) return;
      total += delta;
      options.onDiscovered?.(total);
    },
  };
  options.onDiscovered?.(total);
  for (const input of inputs) yield* guarded(input, fromInput(input, ctx));
}
