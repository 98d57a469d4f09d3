// How the store recognises "the same article again": by content hash (nothing changed) or by address (the page
// changed). Engine-neutral; every dialect uses these rules.

import { createHash } from 'node:crypto';
import type { Document } from '../core/document.js';

export interface DocumentIdentity {
  /** Web address to show and match: the final URL after redirects, else a usable canonical URL. */
  url: string | null;
  /** The page's canonical URL when it is usable for matching (not a site's home page). */
  canonicalUrl: string | null;
  /** The file path for file sources (matched too, so an edited file updates its article). */
  filePath: string | null;
  contentHash: string;
}

/** A canonical URL that points at a site's home page says nothing about which article this is. */
function usableCanonical(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if ((parsed.pathname === '/' || parsed.pathname === '') && !parsed.search) return null;
    return url;
  } catch {
    return null;
  }
}

export function identify(doc: Document & { article: NonNullable<Document['article']> }): DocumentIdentity {
  const canonicalUrl = usableCanonical(doc.article.canonicalUrl);
  const webUrl = doc.source.url ?? (doc.source.kind === 'url' || doc.source.kind === 'feed-item' ? doc.source.location : undefined);
  const contentHash =
    doc.raw?.contentHash ?? createHash('sha256').update(`${doc.article.title}\n${doc.article.text}`).digest('hex');
  return {
    url: webUrl ?? canonicalUrl,
    canonicalUrl,
    filePath: doc.source.kind === 'file' ? doc.source.location : null,
    contentHash,
  };
}
