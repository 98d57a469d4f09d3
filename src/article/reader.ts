// Reading one article file for `sitrep article FILE`: size limit, gzip and charset through the ingest decoder.
import path from 'node:path';
import type { RawContent, SourceInfo } from '../core/document.js';
import { decodeBytes } from '../ingest/decode.js';
import { readFileLimited } from '../ingest/files.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { looksLikeHtml } from '../ingest/sniff.js';
import { rawContent } from '../ingest/raw.js';

export interface ArticleInput {
  raw: RawContent;
  source: SourceInfo;
}

/** Plain text unless the name or the content says HTML. */
export function toRaw(text: string, name: string, charset = 'utf-8'): RawContent {
  const html = /\.x?html?(\.gz)?$/i.test(name) || (!/\.txt(\.gz)?$/i.test(name) && looksLikeHtml(text));
  return rawContent(text, html ? 'text/html' : 'text/plain', charset);
}

export async function readArticleFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleInput> {
  const bytes = await readFileLimited(file, maxBytes);
  const decoded = decodeBytes(bytes, undefined, { maxBytes, label: path.basename(file) });
  return {
    raw: toRaw(decoded.text, file, decoded.charset),
    source: { kind: 'file', location: file },
  };
}
