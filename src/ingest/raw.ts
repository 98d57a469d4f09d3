// The `raw` layer of a Document: decoded text, its media type and charset, and the hash used for idempotency.
import { createHash } from 'node:crypto';
import type { RawContent } from '../core/document.js';

/** sha256 hex of the decoded text (UTF-8 encoded), so the same text in another charset hashes the same. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function rawContent(text: string, mediaType: RawContent['mediaType'], charset = 'utf-8'): RawContent {
  return { mediaType, content: text, charset, contentHash: contentHash(text) };
}
