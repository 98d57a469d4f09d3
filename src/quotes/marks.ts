// Quotation-mark regions: where quoted speech starts and ends in the text.
// News convention: a quote running over several paragraphs opens each paragraph with a mark and closes only the
// last one, so an open quote at a line break is continued when the next paragraph opens with a mark.

export interface QuoteRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the region ends at a paragraph break (multi-paragraph quote). */
  close: number;
  /** Span of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** True when this region continues the previous region's quote from the paragraph before. */
  continues: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const CLOSING_PUNCT = new Set([',', '.', '!', '?']);
/** Two apostrophes stand for a straight double quotation mark in some wire and archive texts (''like this''). */
const DOUBLED = "''";
/** The characters the scan acts on (a template: each call scans with its own copy); the rest is skipped by the regex engine. */
const MARK_OR_BREAK = /[\n“„«”»"']/g;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * Every balanced quotation region, in text order: double marks (“…”, "…", ''…''), and single marks (‘…’, '…') outside
 * them, as British, Irish, Australian and Indian outlets quote (‘We will not stop,’ he said). Double quotations inside a
 * single one are its inner quotations and make no region of their own.
 */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const doubles = doubleQuoteRegions(text);
  if (!text.includes('‘') && !text.includes("'")) return doubles;
  const singles = singleQuoteRegions(text, doubles);
  if (!singles.length) return doubles;
  const outer = doubles.filter((d) => !singles.some((r) => r.open < d.open && regionEnd(d) <= regionEnd(r)));
  return [...outer, ...singles].sort((x, y) => x.open - y.open);
}

/** The offset where a region's quoted text ends: its closing mark, or its end when it runs on into the next paragraph. */
function regionEnd(r: QuoteRegion): number {
  return r.close >= 0 ? r.close : r.end;
}

/** Double-mark regions, in one pass over the marks and line breaks. */
function doubleQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAt = -1;
  let continuing = false;
  let openLen = 1;
  const push = (close: number, end: number) => pushRegion(regions, text, openAt, openLen, close, end, continuing);
  const scan = new RegExp(MARK_OR_BREAK);
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (openAt < 0) continue;
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const next = text[j];
      const doubled = text.startsWith(DOUBLED, j);
      // (a straight quotation goes on in a paragraph opening with a straight mark: `"Trump walked onto the stage, chanting
      // “U-S-A!”` then `“That's right,” Melanie said` is a new quotation)
      const straightOpen = openLen === 1 && text[openAt] === STRAIGHT;
      if (next !== undefined && ((OPENERS.has(next) && !straightOpen) || next === STRAIGHT || doubled)) {
        push(-1, i);
        continuing = true;
        openAt = j;
        openLen = doubled ? 2 : 1;
        scan.lastIndex = j + openLen; // the next paragraph's opening mark starts the continuation
      } else {
        openAt = -1;
        continuing = false;
      }
    } else if (OPENERS.has(c)) {
      if (openAt >= 0 && i > openAt + 1 && CLOSING_PUNCT.has(text[i - 1]) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) {
        // `“…,“ said Lee` — an opening mark after closing punctuation and before a space is a misprinted closing mark.
        push(i, i);
        openAt = -1;
        continuing = false;
        continue;
      }
      // `"PENCE: Well, … thinks this is an episode of “Shark Tank.” But …`: a paragraph quoted with a straight mark
      // quotes inside itself with curly ones; the pair closing before the paragraph's end is its inner quotation.
      const inner = openAt >= 0 && openLen === 1 && text[openAt] === STRAIGHT && opensParagraph(text, openAt) ? curlyPairEnd(text, i) : -1;
      if (inner > 0) {
        scan.lastIndex = inner + 1;
        continue;
      }
      if (openAt >= 0) continuing = false; // an unclosed mark before: drop it
      openAt = i;
      openLen = 1;
    } else if (CLOSERS.has(c)) {
      if (openAt < 0 && c === '”' && opensParagraph(text, i)) {
        // `” … they are not like him,” she said`: a closing mark opening a paragraph is a misprinted opening mark.
        openAt = i;
        openLen = 1;
        continue;
      }
      if (openAt >= 0) push(i, i);
      openAt = -1;
      continuing = false;
    } else if (c === STRAIGHT || (c === "'" && text[i + 1] === "'")) {
      // "''… on 'Fox and Friends,''' said Lee": three apostrophes closing a doubled quotation are the inner single
      // mark and then the doubled one.
      if (c === "'" && openAt >= 0 && openLen === 2 && text[i + 2] === "'") {
        scan.lastIndex = i + 1;
        continue;
      }
      const len = c === STRAIGHT ? 1 : 2;
      // `"… he was going to "fake" an injury. "He also …"`: a short quotation inside the open one, marked the same way
      // (opening after a space, closing before a space or punctuation), is the speaker's own quoting.
      const inner = openAt >= 0 && c === STRAIGHT ? innerQuotationEnd(text, i) : -1;
      if (openAt < 0) {
        openAt = i;
        openLen = len;
      } else if (inner > 0) {
        scan.lastIndex = inner + 1;
        continue;
      } else if (c === STRAIGHT && reopensAfterSentence(text, i)) {
        // `"… in that direction. "If the imbalances …"`: a paragraph whose break was lost (each paragraph of a quote
        // opens with a mark and only the last closes): the quote goes on in a region of its own.
        push(-1, i);
        continuing = true;
        openAt = i;
        openLen = 1;
      } else {
        push(i, i);
        openAt = -1;
        continuing = false;
      }
      scan.lastIndex = i + len;
    }
  }
  return regions;
}

/** Whether the mark at `i` is the first character of a paragraph (or of the text). */
export function opensParagraph(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] !== '\n' && isSpace(text.charCodeAt(k))) k--;
  return k < 0 || text[k] === '\n';
}

/** The offset of the closing mark of the curly quotation opening at `open`, when it closes before the paragraph's end
 *  and before any straight mark; else -1. */
function curlyPairEnd(text: string, open: number): number {
  for (let k = open + 1; k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || c === STRAIGHT || OPENERS.has(c)) return -1;
    if (CLOSERS.has(c)) return k;
  }
  return -1;
}

/** Longest quotation inside an open straight quotation, in characters ("fake", "a very positive development"). */
const MAX_INNER_QUOTATION = 40;

/** The offset of the mark closing a short quotation that the straight mark at `i`, met inside an open straight quote
 *  after a space and before a word that does not open a sentence, opens; else -1. */
function innerQuotationEnd(text: string, i: number): number {
  if (i < 1 || text[i - 1] !== ' ' || !/\p{Ll}/u.test(text[i + 1] ?? '')) return -1;
  let k = i - 1;
  while (k > 0 && text[k] === ' ') k--;
  if (text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === ',' || text[k] === ':') return -1;
  const close = text.indexOf(STRAIGHT, i + 1);
  if (close < 0 || close - i > MAX_INNER_QUOTATION || text.slice(i + 1, close).includes('\n')) return -1;
  const after = text[close + 1] ?? ' ';
  return text[close - 1] !== ' ' && (after === ' ' || after === ',' || after === '.' || after === ';' || after === ')') ? close : -1;
}

/** Whether the straight mark at `i`, met inside an open quote, opens the next sentence instead of closing this one: it
 *  follows a sentence end and a space and comes right before a word ("… direction. "If …"), where a closing mark
 *  would follow the sentence end directly ("… direction." If …). */
function reopensAfterSentence(text: string, i: number): boolean {
  if (i < 2 || !isSpace(text.charCodeAt(i - 1)) || !LETTER_OR_DIGIT.test(text[i + 1] ?? '')) return false;
  let k = i - 1;
  while (k > 0 && isSpace(text.charCodeAt(k))) k--;
  return text[k] === '.' || text[k] === '!' || text[k] === '?';
}

const SINGLE_MARK = /[‘']/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters before an opening single mark: the mark opens a word after a space, a bracket or a dash. */
const BEFORE_OPENING = new Set([' ', '\t', '\n', '\u00a0', '(', '[', '—', '–', '-', '“', '"', ':']);

/** Single-mark regions outside the double ones: an opening mark at a word start, closed in its paragraph by a mark that
 *  ends a word (not the apostrophe of "don’t"); one left open at a paragraph break goes on when the next paragraph opens
 *  with the same mark, like a double one. */
function singleQuoteRegions(text: string, doubles: QuoteRegion[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const scan = new RegExp(SINGLE_MARK);
  let d = 0;
  let continues = false;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = m.index;
    while (d < doubles.length && regionEnd(doubles[d]) < i) d++;
    if (d < doubles.length && doubles[d].open <= i) {
      scan.lastIndex = regionEnd(doubles[d]) + 1;
      continue;
    }
    const curly = m[0] === '‘';
    if (!continues && !opensSingle(text, i, curly)) continue;
    const closer = curly ? '’' : "'";
    let j = i + 1;
    let close = -1;
    let broken = -1;
    while (j < text.length) {
      const c = text[j];
      if (c === '\n') {
        broken = j;
        break;
      }
      while (d < doubles.length && regionEnd(doubles[d]) < j) d++;
      if (d < doubles.length && doubles[d].open <= j && j <= regionEnd(doubles[d])) {
        j = regionEnd(doubles[d]) + 1;
        continue;
      }
      if (c === closer && j > i + 1 && !/\s/.test(text[j - 1]) && (j + 1 >= text.length || !LETTER_OR_DIGIT.test(text[j + 1]))) {
        close = j;
        break;
      }
      j++;
    }
    continues = false;
    // (a single letter in single marks is a label: "detainee 'A'")
    if (close >= 0 && close - i > 2) {
      pushRegion(regions, text, i, 1, close, close, regions.length > 0 && regions[regions.length - 1].close < 0);
      scan.lastIndex = close + 1;
      continue;
    }
    // left open at a paragraph break: it goes on only when the next paragraph opens with the same mark
    let k = broken + 1;
    while (broken >= 0 && k < text.length && /\s/.test(text[k])) k++;
    if (broken >= 0 && text[k] === m[0]) {
      pushRegion(regions, text, i, 1, -1, broken, regions.length > 0 && regions[regions.length - 1].close < 0);
      continues = true;
      scan.lastIndex = k;
      continue;
    }
    // (an opening mark never closed is an apostrophe or a stray mark: "'em", "the '90s"; so is a chain never closed)
    dropOpenChain(regions);
    scan.lastIndex = i + 1;
  }
  dropOpenChain(regions);
  return regions;
}

function dropOpenChain(regions: QuoteRegion[]): void {
  while (regions.length && regions[regions.length - 1].close < 0) regions.pop();
}

function opensSingle(text: string, i: number, curly: boolean): boolean {
  const next = text[i + 1];
  if (next === undefined || (curly ? !LETTER_OR_DIGIT.test(next) : !LETTER.test(next))) return false;
  return i === 0 || BEFORE_OPENING.has(text[i - 1]);
}

/** A region from its opening mark (`openLen` characters) to `end`, spaces trimmed; none when nothing is quoted. */
function pushRegion(regions: QuoteRegion[], text: string, open: number, openLen: number, close: number, end: number, continues: boolean): void {
  let s = open + openLen;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) regions.push({ open, close, start: s, end: e, continues });
}
