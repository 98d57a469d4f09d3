// The peer we measure against: Mozilla Readability on the same DOM implementation (linkedom).
import { Readability } from '@mozilla/readability';
import { parseDocument } from './dom.js';

export interface BaselineResult {
  title: string;
  text: string;
}

export function readabilityBody(html: string): BaselineResult {
  return readabilityOnDocument(parseDocument(html));
}

/** Readability on a parsed page; it rewrites the DOM, so give it a fresh one each time. */
export function readabilityOnDocument(document: Document): BaselineResult {
  const parsed = new Readability(document as never).parse();
  return { title: parsed?.title ?? '', text: parsed?.textContent ?? '' };
}
