// Public API of the ingest step. See docs/ingest.md.
export { ingestSources, type IngestItem, type IngestOptions } from './ingest.js';
export { decodeBytes, type Decoded, type DecodeOptions } from './decode.js';
export { rawContent, contentHash } from './raw.js';
export { fetchUrl, parseHttpUrl, type Fetched, type FetchOptions } from './fetch.js';
export { parseFeed, FULL_TEXT_MIN_CHARS, type FeedItem, type ParsedFeed } from './feed.js';
export { assertPublicHost, forbiddenRange, systemLookup, type HostLookup } from './address.js';
export { sniffKind, type ContentKind } from './sniff.js';
export { createNodeFetch, type FetchLike, type FetchInit } from './transport.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, DEFAULT_CONCURRENCY, USER_AGENT } from './limits.js';
