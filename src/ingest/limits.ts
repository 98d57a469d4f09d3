// Defaults for what ingest accepts and how long it waits. The CLI exposes them as flags.

/** Largest input read, after decompression: a news page is rarely over 2 MB; 20 MB leaves room for big feeds. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Whole-request budget for one URL, redirects and body included. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Browsers allow ~20 hops; real news links need 1–3 (http→https, tracker, canonical). */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Feed-item pages fetched at once: polite to one site, yet not one slow page after another. */
export const DEFAULT_CONCURRENCY = 4;

export const USER_AGENT = 'Sitrep/0.1 (news-report ingest; +https://github.com/sitrep)';
