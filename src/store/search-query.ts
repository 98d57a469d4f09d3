// Parse what a person types into a search box into a small, always-valid query tree. Engines render the tree
// into their own syntax (FTS5 MATCH, later PostgreSQL tsquery), so no user input ever reaches a query parser
// raw: a stray quote, a lone `*` or `AND OR` becomes either plain words or a clean E040, never an exception.
//
// Understood: words (implicit AND), "quoted phrases", word* (prefix), `a OR b`, -word and NOT word (exclude).
// Punctuation inside a word splits it into a phrase: IS-K → "is k", U.S. → "u s" (what the indexer sees too).

import { SitrepError } from '../core/errors.js';

/** More terms than this is not a human query and makes the full-text engine do needless work. */
export const MAX_SEARCH_TERMS = 32;

export interface SearchTerm {
  /** One or more words that must appear next to each other, in order. */
  words: string[];
  /** Last word is a prefix (`attack*`). */
  prefix: boolean;
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its terms does. */
  groups: SearchTerm[][];
  /** No term here may match. */
  excluded: SearchTerm[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface RawToken {
  kind: 'term' | 'or' | 'not';
  term?: SearchTerm;
  negated?: boolean;
}

function termFrom(chunk: string, allowPrefix: boolean): SearchTerm | null {
  const words = (chunk.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  return { words, prefix: allowPrefix && /\*\s*$/.test(chunk) };
}

function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  // A quoted phrase (closing quote optional: an unbalanced quote runs to the end), or a run of non-space.
  const pattern = /(-?)"([^"]*)"?(\*?)|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    if (match[4] !== undefined) {
      const chunk = match[4];
      if (chunk === 'OR') tokens.push({ kind: 'or' });
      else if (chunk === 'NOT') tokens.push({ kind: 'not' });
      else if (chunk === 'AND') continue;
      else {
        const negated = chunk.startsWith('-');
        const term = termFrom(negated ? chunk.slice(1) : chunk, true);
        if (term) tokens.push({ kind: 'term', term, negated });
      }
    } else {
      const term = termFrom(match[2] + (match[3] ?? ''), true);
      if (term) tokens.push({ kind: 'term', term, negated: match[1] === '-' });
    }
  }
  return tokens;
}

/** Parse a user's search text. Throws E040 when nothing searchable is left. */
export function parseSearchQuery(input: string): SearchQuery {
  const tokens = tokenize(input);
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let count = 0;
  for (const token of tokens) {
    if (token.kind === 'or') {
      pendingOr = groups.length > 0;
      continue;
    }
    if (token.kind === 'not') {
      pendingNot = true;
      continue;
    }
    const term = token.term!;
    if (++count > MAX_SEARCH_TERMS) {
      throw new SitrepError('E040', `search has more than ${MAX_SEARCH_TERMS} terms`, 'use fewer, more specific words');
    }
    if (token.negated || pendingNot) excluded.push(term);
    else if (pendingOr) groups[groups.length - 1].push(term);
    else groups.push([term]);
    pendingOr = false;
    pendingNot = false;
  }
  if (groups.length === 0) {
    throw new SitrepError(
      'E040',
      excluded.length > 0 ? 'search excludes words but asks for none' : 'search query has no words to look for',
      'type at least one word, e.g. sitrep search "suicide bombing"',
    );
  }
  return { groups, excluded };
}
