// Render a parsed search query (../search-query.ts) as an FTS5 MATCH expression. Every word is emitted inside
// double quotes and contains only letters, digits and marks, so the result is always valid FTS5 syntax.

import type { SearchQuery, SearchTerm } from '../search-query.js';

function renderTerm(term: SearchTerm): string {
  return `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;
}

function renderGroup(group: SearchTerm[]): string {
  return group.length === 1 ? renderTerm(group[0]) : `(${group.map(renderTerm).join(' OR ')})`;
}

export function toFts5(query: SearchQuery): string {
  const positive = query.groups.map(renderGroup).join(' AND ');
  if (query.excluded.length === 0) return positive;
  return `(${positive}) NOT (${query.excluded.map(renderTerm).join(' OR ')})`;
}

/** Markers FTS5's snippet() puts around matches: control characters that news text does not contain (if one
 * ever does, the worst outcome is a misplaced highlight). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** Turn a marked snippet into plain text plus the offsets of its highlighted parts. */
export function splitSnippet(marked: string): { snippet: string; highlights: Array<{ start: number; end: number }> } {
  let snippet = '';
  const highlights: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = snippet.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}
