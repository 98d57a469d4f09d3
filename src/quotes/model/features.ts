// Features of the attribution tagger, one sentence at a time over the quote rules' token view (QuoteContext):
// words and neighbours, cue-verb vocabulary, quotation-mark state, capitalisation, punctuation, and each
// token's place relative to the nearest cue word and the commas between. Hashed like src/ner's features.
import type { SentenceFeatures } from '../../ner/features.js';
import { FNV_START, fnv1a, fnvStep, mix1, mix2 } from '../../ner/hash.js';
import type { QuoteContext } from '../context.js';
import type { QuoteVocabulary } from '../vocabulary.js';

/** Changing any template or bucket changes the model: bump this and retrain. */
export const ATTRIBUTION_FEATURE_VERSION = 2;

const enum T {
  Bias = 1, Low, LowPrev, LowNext, LowPrev2, LowNext2, PrevCur, CurNext, Shape, ShapeWindow, Suffix,
  Quote, QuoteShape, QuoteWindow, Cue, CueWindow, LeftCue, RightCue, LeftCueWord, RightCueWord, LeftCommas,
  RightCommas, Position, FromEnd, Pronoun, CapRun, SentenceQuoted, LowLeftDist, LowRightDist, FirstWord,
}

/** Distances to the nearest cue word, in tokens, fall into these buckets (index = bucket). */
const DISTANCE_EDGES = [1, 2, 3, 4, 7, 13, 25];
/** Suffix length: "-ed", "-ing", "-ly" separate verbs and adverbs from names. */
const SUFFIX = 3;
const NONE = -1;
/** Features per token: a fixed count, so offsets are i × PER_TOKEN. */
export const PER_TOKEN = 22;
const PER_TOKEN_COUNT = PER_TOKEN;
let scratch = new Int32Array(1 << 14);

const enum Shape { Lower = 1, Cap, AllCaps, Number, Punct, QuoteMark, Comma, Colon, End }

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '«', '»', "''", '``']);
const SHAPE_OF_PUNCT = new Map<string, number>([
  [',', Shape.Comma], [':', Shape.Colon], [';', Shape.Colon], ['—', Shape.Colon], ['–', Shape.Colon],
  ['.', Shape.End], ['?', Shape.End], ['!', Shape.End],
]);

function distanceBucket(d: number): number {
  if (d === NONE) return 99;
  let b = 0;
  while (b < DISTANCE_EDGES.length && d > DISTANCE_EDGES[b]) b++;
  return b;
}

function shapeOf(surface: string, low: string, kind: string): number {
  if (kind === 'number') return Shape.Number;
  if (kind !== 'word') {
    if (QUOTE_MARKS.has(surface)) return Shape.QuoteMark;
    return SHAPE_OF_PUNCT.get(surface) ?? Shape.Punct;
  }
  if (surface === low) return Shape.Lower;
  return surface.length > 1 && surface.charCodeAt(1) < 97 ? Shape.AllCaps : Shape.Cap;
}

/** Hash of the last SUFFIX characters of a word, without building the substring. */
function suffixHash(word: string): number {
  let h = FNV_START;
  for (let c = Math.max(0, word.length - SUFFIX); c < word.length; c++) h = fnvStep(h, word.charCodeAt(c));
  return h;
}

// Per-sentence working arrays, grown on demand and reused (tagging is single-threaded).
let capacity = 0;
let low = new Int32Array(0);
let shape = new Int32Array(0);
let quote = new Int32Array(0);
let isCue = new Uint8Array(0);
let leftCue = new Int32Array(0);
let rightCue = new Int32Array(0);
let leftCommas = new Int32Array(0);
let rightCommas = new Int32Array(0);
let offsetsBuffer = new Int32Array(0);
function grow(n: number): void {
  if (n + 4 <= capacity) return;
  capacity = (n + 4) * 2;
  low = new Int32Array(capacity);
  shape = new Int32Array(capacity);
  quote = new Int32Array(capacity);
  isCue = new Uint8Array(capacity);
  leftCue = new Int32Array(capacity);
  rightCue = new Int32Array(capacity);
  leftCommas = new Int32Array(capacity);
  rightCommas = new Int32Array(capacity);
  offsetsBuffer = new Int32Array(capacity);
  for (let k = 0; k < capacity; k++) offsetsBuffer[k] = k * PER_TOKEN;
}
const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

/** The words the tagger treats as cue candidates: every cue list of the quote vocabulary. */
export function cueWords(vocab: QuoteVocabulary): Set<string> {
  return new Set([
    ...vocab.cueVerbs, ...vocab.beliefVerbs, ...vocab.bareClauseVerbs, ...vocab.objectCues, ...vocab.participleCues,
    'according',
  ]);
}


/**
 * Features of the tokens of sentence `si` of `ctx`. The arrays returned are views of buffers that the next call
 * overwrites: copy them (SentenceFeatures' slice) to keep them.
 */
export function sentenceFeatures(ctx: QuoteContext, si: number, cues: ReadonlySet<string>): SentenceFeatures {
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[si];
  const n = b - a;
  grow(n);
  shape[0] = shape[n + 1] = 0;
  quote[0] = quote[n + 1] = 0;
  isCue[0] = isCue[n + 1] = 0;
  low[0] = low[1] = BOS;
  low[n + 2] = low[n + 3] = EOS;
  for (let k = 0; k < n; k++) {
    const i = a + k;
    const w = ctx.low[i];
    low[k + 2] = fnv1a(w);
    shape[k + 1] = shapeOf(ctx.surf[i], w, ctx.tokens[i].kind);
    quote[k + 1] = shape[k + 1] === Shape.QuoteMark ? 2 : ctx.regionOf[i] >= 0 ? 1 : 0;
    isCue[k + 1] = cues.has(w) ? 1 : 0;
  }
  // Nearest cue word to the left and right, and the commas between it and the token.
  let last = NONE;
  let commas = 0;
  for (let k = 0; k < n; k++) {
    leftCue[k] = last;
    leftCommas[k] = commas;
    if (isCue[k + 1]) {
      last = k;
      commas = 0;
    } else if (shape[k + 1] === Shape.Comma) commas++;
  }
  last = NONE;
  commas = 0;
  for (let k = n - 1; k >= 0; k--) {
    rightCue[k] = last;
    rightCommas[k] = commas;
    if (isCue[k + 1]) {
      last = k;
      commas = 0;
    } else if (shape[k + 1] === Shape.Comma) commas++;
  }

  if (scratch.length < n * PER_TOKEN_COUNT) scratch = new Int32Array(n * PER_TOKEN_COUNT * 2);
  const out = scratch;
  let p = 0;
  for (let k = 0; k < n; k++) {
    const i = a + k;
    const w = low[k + 2];
    const sh = shape[k + 1];
    const q = quote[k + 1];
    const lc = leftCue[k];
    const rc = rightCue[k];
    const ld = lc === NONE ? NONE : k - lc;
    const rd = rc === NONE ? NONE : rc - k;
    const lb = distanceBucket(ld);
    const rb = distanceBucket(rd);
    const word = ctx.low[i];
    out[p++] = mix1(T.Bias, 0);
    out[p++] = mix1(T.Low, w);
    out[p++] = mix1(T.LowPrev, low[k + 1]);
    out[p++] = mix1(T.LowNext, low[k + 3]);
    out[p++] = mix2(T.PrevCur, low[k + 1], w);
    out[p++] = mix2(T.CurNext, w, low[k + 3]);
    out[p++] = mix1(T.Shape, sh);
    out[p++] = mix1(T.ShapeWindow, shape[k] * 100 + sh * 10 + shape[k + 2]);
    out[p++] = mix1(T.Suffix, suffixHash(word));
    out[p++] = mix1(T.Quote, q);
    out[p++] = mix1(T.Cue, isCue[k + 1]);
    out[p++] = mix1(T.CueWindow, isCue[k] * 100 + isCue[k + 1] * 10 + isCue[k + 2]);
    out[p++] = mix1(T.LeftCue, lb);
    out[p++] = mix1(T.RightCue, rb);
    out[p++] = mix2(T.LeftCueWord, lc === NONE ? 0 : low[lc + 2], Math.min(lb, 3));
    out[p++] = mix2(T.RightCueWord, rc === NONE ? 0 : low[rc + 2], Math.min(rb, 3));
    out[p++] = mix2(T.LeftCommas, Math.min(leftCommas[k], 3), lc === NONE ? 0 : 1);
    out[p++] = mix2(T.RightCommas, Math.min(rightCommas[k], 3), rc === NONE ? 0 : 1);
    out[p++] = mix1(T.Pronoun, ctx.vocab.pronouns.has(word) ? 1 : 0);
    out[p++] = mix1(T.CapRun, (shape[k] === Shape.Cap ? 100 : 0) + (sh === Shape.Cap ? 10 : 0) + (shape[k + 2] === Shape.Cap ? 1 : 0));
    out[p++] = mix2(T.LowLeftDist, w, Math.min(lb, 2));
    out[p++] = mix2(T.LowRightDist, w, Math.min(rb, 2));
  }
  return { hashes: out.subarray(0, p), offsets: offsetsBuffer.subarray(0, n + 1) };
}
