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

/** Every balanced quotation region, in text order, in one pass over the marks and line breaks. */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAt = -1;
  let continuing = false;
  let openLen = 1;
  const push = (close: number, end: number) => {
    let s = openAt + openLen;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) regions.push({ open: openAt, close, start: s, end: e, continues: continuing });
  };
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
      if (next !== undefined && (OPENERS.has(next) || next === STRAIGHT || doubled)) {
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
      if (openAt >= 0) continuing = false; // an unclosed mark before: drop it
      openAt = i;
      openLen = 1;
    } else if (CLOSERS.has(c)) {
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
      if (openAt < 0) {
        openAt = i;
        openLen = len;
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
