// One read-only view of a document's tokens for the quote rules: surfaces, lower-case forms and quotation regions.
import type { Document, EntityMention, ResolutionLayer, SegmentLayer, Sentence, Token } from '../core/document.js';
import { segment } from '../text/segment.js';
import { referenceDate } from '../extract/dates.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import type { QuoteVocabulary } from './vocabulary.js';

export interface QuoteContext {
  text: string;
  published?: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  surf: string[];
  low: string[];
  /** `vocab.cueForms` bits of each token's lower-case form (0: no cue form). */
  cueForm: Uint8Array;
  /** Starts with an upper-case letter (or a digit-led acronym such as "9/11" is not). */
  cap: boolean[];
  regions: QuoteRegion[];
  /** Region index of each token inside quotation marks, else -1. */
  regionOf: Int32Array;
  /** Token index → region index when the token is that region's opening (or closing) mark. */
  opens: MarkIndex;
  closes: MarkIndex;
  entities?: EntityMention[];
  resolution?: ResolutionLayer;
  vocab: QuoteVocabulary;
}

const UPPER = /^\p{Lu}/u;
/** Capitalised words before a month rather than before the last part of a name ("In May", "Last May", "Early May"). */
const MONTH_LEADS = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'last', 'next', 'this', 'early', 'late', 'mid', 'from', 'through',
  'during', 'before', 'after', 'of', 'between', 'and', 'or', 'to', 'each', 'every', 'that']);
/** A subject pronoun fused with a clitic auxiliary ("we’re", "i'd", "they’ve", "i’m", "you’ll"). */
const CLITIC_PRONOUN = /^(i|we|they|you|he|she)['’](?:re|m|ve|d|ll)$/;

/** Titles of members of a parliament, written in capitals. */
const MEMBER_TITLES = new Set(['MP', 'MEP', 'MSP']);

/** Acronyms spelled like function words: the World Health Organization, Islamic State, information technology. */
const ACRONYMS_LIKE_WORDS = new Set(['WHO', 'IS', 'IT']);

export function buildContext(doc: Document, vocab: QuoteVocabulary): QuoteContext {
  const text = doc.article?.text ?? '';
  const layer: SegmentLayer = doc.segments ?? segment(text);
  const { tokens, sentences } = mergeTokens(text, layer);
  const n = tokens.length;
  const surf = new Array<string>(n);
  const low = new Array<string>(n);
  const cap = new Array<boolean>(n);
  const cueForm = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = text.slice(tokens[i].start, tokens[i].end);
    surf[i] = s;
    low[i] = s.toLowerCase();
    // "We’re", "I'd", "They’ve": the pronoun with its clitic auxiliary is one token; the rules read the pronoun.
    if (s.length >= 3 && s.length <= 7 && innerApostrophe(s)) {
      const clitic = CLITIC_PRONOUN.exec(low[i]);
      if (clitic) low[i] = clitic[1];
    }
    cueForm[i] = vocab.cueForms.get(low[i]) ?? 0;
    const c = s.charCodeAt(0);
    cap[i] = c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
  }
  // ("the Salford MP", "a senior Tory MP": a member's title in capitals is a common noun, not the end of a name; after a
  // person's name, "Andrew Tyrie MP", it stays in the name's run, where the entity layer's name ends before it, and before
  // one it is the name's title, "Labour MP Roger Godsiff", "Labour MP and former minister Jack Cunningham")
  for (let i = 1; i < n; i++) {
    // (a cheap test first: hashing every token's fresh string is what costs here)
    if (cap[i] && (surf[i].length === 2 || surf[i].length === 3) && surf[i].charCodeAt(0) === 77 && MEMBER_TITLES.has(surf[i]) &&
      !(i + 1 < n && (cap[i + 1] || low[i + 1] === 'and')) &&
      !doc.entities?.some((m) => m.label === 'PER' && m.end === tokens[i - 1].end)) cap[i] = false;
  }
  // "Theresa May said": a capitalised "May" ending a name (a capitalised word before, a lower-case word or a comma after)
  // is no auxiliary or month; its lower-case form keeps the capital so that no word list reads it ("Lee May Say" and
  // "In May, …" keep theirs).
  for (let i = 1; i + 1 < n; i++) {
    if (low[i] !== 'may' || !cap[i] || !cap[i - 1] || tokens[i - 1].kind !== 'word' || MONTH_LEADS.has(low[i - 1])) continue;
    if ((tokens[i + 1].kind === 'word' && !cap[i + 1]) || surf[i + 1] === ',') low[i] = surf[i];
  }
  // "WHO chief Tedros said", "IS said it carried out the attack", "IT firms say": an acronym spelled like a function word
  // keeps its capitals so that no word list reads it as the pronoun or verb (not inside a line in capitals).
  for (let i = 0; i < n; i++) {
    // (two or three capitals: a cheap test first, hashing every token's fresh string is what costs here)
    if (!cap[i] || surf[i].length < 2 || surf[i].length > 3 || !ACRONYMS_LIKE_WORDS.has(surf[i])) continue;
    const capsAround = (k: number) => k >= 0 && k < n && tokens[k].kind === 'word' && surf[k].length > 1 && surf[k] === surf[k].toUpperCase();
    if (!capsAround(i - 1) && !capsAround(i + 1)) {
      low[i] = surf[i];
      cueForm[i] = 0;
    }
  }
  const sentenceOf = new Int32Array(n).fill(-1);
  sentences.forEach((s, si) => {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) sentenceOf[t] = si;
  });
  const regions = findQuoteRegions(text);
  const regionOf = new Int32Array(n).fill(-1);
  const opens = new MarkIndex(n);
  const closes = new MarkIndex(n);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    while (r < regions.length && Math.max(regions[r].close, regions[r].end) < t.start) r++;
    if (r >= regions.length) break;
    const reg = regions[r];
    if (reg.open === t.start) opens.set(i, r);
    else if (reg.close === t.start) closes.set(i, r);
    else if (t.start >= reg.start && t.end <= reg.end) regionOf[i] = r;
  }
  return {
    text, published: referenceDate(doc), tokens, sentences, sentenceOf, surf, low, cueForm, cap, regions, regionOf,
    opens, closes, entities: doc.entities, resolution: doc.resolution, vocab,
  };
}

/** Token index → quotation region, for the tokens that open (or close) one: a typed array rather than a map, as the rules
 *  ask it of nearly every token. */
export class MarkIndex {
  private readonly region: Int32Array;

  constructor(tokens: number) {
    this.region = new Int32Array(tokens).fill(-1);
  }

  set(i: number, region: number): void {
    this.region[i] = region;
  }

  has(i: number): boolean {
    return i >= 0 && i < this.region.length && this.region[i] >= 0;
  }

  get(i: number): number | undefined {
    return this.has(i) ? this.region[i] : undefined;
  }
}

/** Whether a short token holds an apostrophe after its first character ("we’re", "i'd"); a char loop, as this runs on
 *  every token. */
function innerApostrophe(s: string): boolean {
  for (let c = 1; c < s.length; c++) {
    const x = s.charCodeAt(c);
    if (x === 39 || x === 0x2019) return true;
  }
  return false;
}

/**
 * The segmenter's tokens with three kinds of runs joined into one token: doubled apostrophes used as quotation marks
 * ('' → one mark), words glued by an en dash ("Harvard–Smithsonian" is one name, not a clause dash) and a name with its
 * exclamation mark ("OutRage!", "Yahoo!").
 */
function mergeTokens(text: string, layer: SegmentLayer): { tokens: Token[]; sentences: Sentence[] } {
  if (!text.includes("''") && !text.includes('\u2013') && !text.includes('!')) return layer; // (no run can occur: most texts)
  const src = layer.tokens;
  const glued = (i: number) => i + 1 < src.length && src[i + 1].start === src[i].end;
  const doubledAt = (i: number) =>
    text.charCodeAt(src[i].start) === 39 && src[i].end - src[i].start === 1 && glued(i) &&
    text.charCodeAt(src[i + 1].start) === 39 && src[i + 1].end - src[i + 1].start === 1;
  const dashAt = (i: number) =>
    i + 2 < src.length && src[i].kind === 'word' && glued(i) && glued(i + 1) && src[i + 2].kind === 'word' &&
    src[i + 1].end - src[i + 1].start === 1 && text.charCodeAt(src[i + 1].start) === EN_DASH;
  // ("OutRage! said", "Yahoo!'s chief": an exclamation mark inside a name, a lower-case word or an "'s" after it)
  const bangAt = (i: number) => {
    if (i + 1 >= src.length || src[i].kind !== 'word' || !glued(i) || src[i + 1].end - src[i + 1].start !== 1 || text[src[i + 1].start] !== '!' ||
      !/^\p{Lu}/u.test(text[src[i].start])) return false;
    const after = src[i + 2];
    if (!after) return false;
    return after.start === src[i + 1].end ? /^['’]s?$/.test(text.slice(after.start, after.end)) : /^[\p{Ll},]/u.test(text[after.start]);
  };
  let any = false;
  for (let i = 0; i + 1 < src.length && !any; i++) any = doubledAt(i) || dashAt(i) || bangAt(i);
  if (!any) return layer;
  const tokens: Token[] = [];
  const newIndex = new Int32Array(src.length + 1);
  for (let i = 0; i < src.length; i++) {
    newIndex[i] = tokens.length;
    if (doubledAt(i)) {
      // (three apostrophes after a word close an inner single quotation and then the doubled one: "Friends,'''")
      if (doubledAt(i + 1) && i > 0 && src[i - 1].end === src[i].start) tokens.push(src[i++]);
      newIndex[i] = tokens.length;
      tokens.push({ ...src[i], end: src[i + 1].end });
      newIndex[++i] = tokens.length - 1;
      continue;
    }
    if (bangAt(i)) {
      tokens.push({ ...src[i], end: src[i + 1].end });
      newIndex[++i] = tokens.length - 1;
      continue;
    }
    if (dashAt(i)) {
      let j = i;
      while (dashAt(j)) j += 2;
      tokens.push({ ...src[i], end: src[j].end });
      for (let k = i + 1; k <= j; k++) newIndex[k] = tokens.length - 1;
      i = j;
      continue;
    }
    tokens.push(src[i]);
  }
  newIndex[src.length] = tokens.length;
  const sentences = layer.sentences.map((s) => ({
    ...s,
    tokenStart: newIndex[s.tokenStart],
    tokenEnd: s.tokenEnd > s.tokenStart ? newIndex[s.tokenEnd - 1] + 1 : newIndex[s.tokenStart],
  }));
  return { tokens, sentences };
}

const EN_DASH = 0x2013;

export function isWord(ctx: QuoteContext, i: number): boolean {
  const kind = ctx.tokens[i]?.kind;
  return kind === 'word' || kind === 'number';
}

/** The actor the resolver linked entity mention `mention` (an index into the entity layer) to, if any. */
export function actorOf(ctx: QuoteContext, mention: number): { id: string; name: string; kind: string } | undefined {
  if (mention < 0 || !ctx.resolution) return undefined;
  const link = ctx.resolution.links.find((l) => l.mention === mention);
  if (!link?.actorId) return undefined;
  const actor = ctx.resolution.actors.find((x) => x.id === link.actorId);
  return actor ? { id: actor.id, name: actor.name, kind: actor.kind } : undefined;
}

/** The first token starting at or after `offset` (binary search; `ctx.tokens.length` when none). */
export function firstTokenFrom(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
