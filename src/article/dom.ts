// HTML parsing on linkedom, plus the few DOM helpers every part of the article stage shares.
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseDocument(html: string): Document {
  // linkedom needs a root element; a fragment without <html> would lose its text.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Lower-case tag name ("" for non-elements). */
export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : '';
}

/** Collapse runs of whitespace (including no-break spaces) to single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}
