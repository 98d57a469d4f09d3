// The article stage: raw HTML or text → clean text with paragraph spans and metadata.
export { articleStage, extractArticle, extractFromHtml, extractFromDocument, extractFromText, joinParagraphs, PARAGRAPH_SEPARATOR } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { extractBody } from './body.js';
export { readabilityBody } from './baseline.js';
export { detectWire } from './wire.js';
export { parsePlainText, isChromeLine } from './plaintext.js';
export { normalizeDate, dateFromUrl } from './dates.js';
export { readArticleFile } from './reader.js';
