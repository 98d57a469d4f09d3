import type { Document, SegmentLayer, Sentence, Token } from '../core/document.js';
import { defineStage } from '../core/stage.js';

// Abbreviations that end with a period but rarely end a sentence (titles, ranks, months, common short forms).
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
    'gov', 'sen', 'rep', 'pres', 'amb', 'sec', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'brig', 'insp', 'supt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'univ', 'corp', 'inc', 'ltd', 'co', 'bros', 'mt',
    'ft', 'fig', 'al', 'e.g', 'i.e', 'cf', 'ca', 'mln', 'bn',
  ],
);

/** Time zones that follow "a.m."/"p.m." inside a sentence ("at 5 a.m. EST, a bat …"). */
const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'pt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'ist', 'jst', 'aest']);
const CLOCK_ABBREVIATIONS = new Set(['a.m', 'p.m']);

/** Abbreviations that are a title before a name or a place ending a sentence ("state Del. Marcia Price" — "Wilmington,
 *  Del. The …"): no boundary unless a sentence starter follows. */
const TITLE_OR_PLACE = new Set(['del']);

/** Abbreviations of "number", which only stand before a number. */
const NUMBER_SIGNS = new Set(['no', 'nos']);

// After an acronym with inner periods ("U.S."), these words show that a new sentence has begun.
const SENTENCE_STARTERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
    'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'there', 'his', 'her', 'their', 'its', 'our', 'after',
    'since', 'some', 'many', 'meanwhile', 'however', 'officials', 'police',
  ],
);

// Words (letters with inner apostrophes, hyphens, periods of acronyms), numbers (with separators), or one
// other non-space character. The possessive "'s" is its own token, as in the CoNLL corpora the tagger learns from.
// Zero-width and soft-hyphen characters, which web text leaves between a name and its "'s" ("Daily Xtra\u200d's"), are
// no tokens.
const TOKEN_PATTERN =
  /(?:\p{Lu}\.){2,}|\p{L}\.(?=\s*\p{Lu})|\d+(?:[.,:/]\d+)*(?:\p{L}+)?|['’](?:s|S)\b|\p{L}[\p{L}\p{M}\d]*(?:[-'’.&](?![sS]\b)[\p{L}\p{M}\d]+)*|[^\s\u00ad\u200b-\u200d\u2060\ufeff]/gu;

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function tokenKind(surface: string): Token['kind'] {
  const first = surface.charCodeAt(0);
  if (first >= 48 && first <= 57) return 'number';
  if (/^\p{L}|^['’][sS]$/u.test(surface)) return 'word';
  if (/^\p{P}$/u.test(surface)) return 'punct';
  return 'symbol';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const surface = match[0];
    const start = match.index;
    tokens.push({ start, end: start + surface.length, kind: tokenKind(surface) });
  }
  return tokens;
}

function isAbbreviation(text: string, token: Token): boolean {
  const surface = text.slice(token.start, token.end);
  if (surface.endsWith('.')) return true; // "U.S.", "Y." — matched with their periods
  return ABBREVIATIONS.has(surface.toLowerCase());
}

function wordAfter(text: string, tokens: Token[], index: number): string {
  const next = tokens[index];
  return next ? text.slice(next.start, next.end) : '';
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/**
 * Decide whether a sentence ends after token `i`. Returns the index of the last token of the sentence
 * (closing quotes and brackets after the terminator belong to it), or -1.
 */
function sentenceEndAt(text: string, tokens: Token[], i: number): number {
  const token = tokens[i];
  const surface = text.slice(token.start, token.end);
  let last = i;
  const isTerminator = surface === '.' || surface === '!' || surface === '?' || surface === '…';
  const acronymEnd = token.kind === 'word' && surface.endsWith('.');
  if (!isTerminator && !acronymEnd) return -1;
  while (last + 1 < tokens.length && CLOSERS.has(text.slice(tokens[last + 1].start, tokens[last + 1].end))) {
    if (tokens[last + 1].start !== tokens[last].end) break;
    last++;
  }
  const next = tokens[last + 1];
  if (!next) return last;
  if (next.start === tokens[last].end) return -1; // "3.5" or "e.g.x": no space, no boundary
  const nextSurface = text.slice(next.start, next.end);
  const nextFirst = nextSurface.charAt(0);
  const startsLikeSentence = /[\p{Lu}\d"“‘'(\[]/u.test(nextFirst);
  if (!startsLikeSentence) return -1;
  if (acronymEnd) {
    // "U.S. officials" continues; "in the U.S. The next day" ends. Single initials ("Y.") never end.
    // ("said M&S. Next is …": a capital glued after an ampersand ends a name, not an initial)
    const afterAmpersand = i > 0 && tokens[i - 1].end === token.start && text.slice(tokens[i - 1].start, tokens[i - 1].end) === '&';
    if (/^\p{L}\.$/u.test(surface) && !afterAmpersand) return -1;
    if (afterAmpersand) return last;
    return SENTENCE_STARTERS.has(nextSurface.toLowerCase()) ? last : -1;
  }
  // The word a full stop is glued to ("a.m", "Del", "No").
  const glued = surface === '.' && i > 0 && tokens[i - 1].end === token.start ? text.slice(tokens[i - 1].start, tokens[i - 1].end).toLowerCase() : '';
  // ("around 4:30 a.m. EST, a bat …": a clock time and its zone)
  if (CLOCK_ABBREVIATIONS.has(glued) && TIME_ZONES.has(nextSurface.toLowerCase())) return -1;
  if (TITLE_OR_PLACE.has(glued) && !SENTENCE_STARTERS.has(nextSurface.toLowerCase())) return -1;
  if (glued && isAbbreviation(text, tokens[i - 1])) {
    // "No. 10" abbreviates "number"; "the answer was no. An aide …" ends a sentence.
    const numberSign = NUMBER_SIGNS.has(glued);
    if (!numberSign || next.kind === 'number') return -1;
  }
  return last;
}

/** Sentences and tokens with character offsets. Line breaks always end a sentence (headlines, paragraphs). */
export function segment(text: string): SegmentLayer {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (lastIndex: number) => {
    if (lastIndex < first) return;
    sentences.push({
      start: tokens[first].start,
      end: tokens[lastIndex].end,
      tokenStart: first,
      tokenEnd: lastIndex + 1,
    });
    first = lastIndex + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next && hasLineBreak(text, tokens[i].end, next.start)) {
      close(i);
      continue;
    }
    const end = sentenceEndAt(text, tokens, i);
    if (end >= 0) {
      close(end);
      i = end;
    }
  }
  close(tokens.length - 1);
  return { sentences, tokens };
}

export const segmentStage = defineStage<unknown>({
  name: 'segment.rules.v1',
  requires: ['article'],
  assigns: ['segments'],
  run(doc: Document): Document {
    return { ...doc, segments: segment(doc.article!.text) };
  },
});
