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

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/** Every balanced quotation region, in text order, in one pass over the characters. */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAt = -1;
  let continuing = false;
  const push = (close: number, end: number) => {
    let s = openAt + 1;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) regions.push({ open: openAt, close, start: s, end: e, continues: continuing });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (openAt < 0) continue;
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const next = text[j];
      if (next !== undefined && (OPENERS.has(next) || next === STRAIGHT)) {
        push(-1, i);
        continuing = true;
        i = j; // the next paragraph's opening mark starts the continuation
        openAt = j;
      } else {
        openAt = -1;
        continuing = false;
      }
    } else if (OPENERS.has(c)) {
      if (openAt >= 0) continuing = false; // an unclosed mark before: drop it
      openAt = i;
    } else if (CLOSERS.has(c)) {
      if (openAt >= 0) push(i, i);
      openAt = -1;
      continuing = false;
    } else if (c === STRAIGHT) {
      if (openAt < 0) {
        openAt = i;
      } else {
        push(i, i);
        openAt = -1;
        continuing = false;
      }
    }
  }
  return regions;
}
