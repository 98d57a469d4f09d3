// Feature extraction: each token gets a list of 32-bit feature hashes (keys of the weight table).
// Token-level hashes are computed once per token; templates combine them with integer mixing, so no feature
// strings are built at tagging time.
import { FNV_START, fnv1a, fnvStep, mix1, mix2 } from './hash.js';
import { clusterBits, clusterDepth, GAZ_LISTS, MAX_GAZ_TOKENS, type Lexicon } from './lexicon.js';
import { charClass, isCapitalised, MAX_SHAPE_RUN } from './shape.js';

/** Affix lengths used as features; 4 covers most English derivational suffixes (-ton, -burg, -ski). */
export const MAX_AFFIX = 4;
/** Cluster path prefixes used as features, coarse to fine (as in Ratinov & Roth 2009). */
export const CLUSTER_PREFIXES = [4, 6, 10, 20];
/** Words longer than this share one length bucket. */
export const MAX_LENGTH_BUCKET = 12;

// Feature template ids. Changing any of these changes the model: bump FEATURE_VERSION.
export const FEATURE_VERSION = 1;
/** Feature template ids (also used by scorer.ts, which must build the very same features). */
export const enum T {
  Bias = 1, Word, Lower, Shape, ShortShape, Prefix, Suffix,
  LowerPrev, LowerNext, LowerPrev2, LowerNext2, ShapePrev, ShapeNext,
  ShapePrevCur, ShapeCurNext, LowerPrevCur, LowerCurNext, FirstShape, CapsSentenceLower,
  Cluster, ClusterPrev, ClusterNext, Gaz, GazPrev, GazNext, Length, LowerPrevShape, ShapeLowerNext,
  FirstWord, ShortShapeWindow, HyphenPart, NoCluster, Caps, CapsShape, CapsPrev, CapsNext, WordPrev, WordNext,
}

export const BOUNDARY_PREV = fnv1a('<s>');
export const BOUNDARY_NEXT = fnv1a('</s>');

export interface SentenceFeatures {
  /** 32-bit feature hashes for all tokens, token after token. */
  hashes: Int32Array;
  /** offsets[i]..offsets[i+1] index the features of token i. */
  offsets: Int32Array;
}

/**
 * Mark tokens i..j as a phrase of every gazetteer list in `mask`: three bits per list — a one-word entry, the
 * first word of a longer entry, a later word of it.
 */
export function markGazetteerPhrase(marks: Int32Array, i: number, j: number, mask: number): void {
  for (let list = 0; list < GAZ_LISTS.length; list++) {
    if ((mask & (1 << list)) === 0) continue;
    if (j === i) marks[i] |= 1 << (list * 3);
    else {
      marks[i] |= 1 << (list * 3 + 1);
      for (let k = i + 1; k <= j; k++) marks[k] |= 1 << (list * 3 + 2);
    }
  }
}

/** Per-token gazetteer evidence: bit (list*3 + position) where position is 0 single, 1 begin, 2 inside. */
export function gazetteerMarks(lowered: readonly string[], tokens: readonly string[], lexicon: Lexicon): Int32Array {
  const marks = new Int32Array(lowered.length);
  if (lexicon.gazetteer.size === 0) return marks;
  for (let i = 0; i < lowered.length; i++) {
    if (!isCapitalised(tokens[i]) || !lexicon.gazFirst.has(lowered[i])) continue;
    let phrase = '';
    const last = Math.min(lowered.length, i + MAX_GAZ_TOKENS);
    for (let j = i; j < last; j++) {
      phrase = j === i ? lowered[i] : `${phrase} ${lowered[j]}`;
      const mask = lexicon.gazetteer.get(phrase);
      if (mask === undefined) continue;
      markGazetteerPhrase(marks, i, j, mask);
    }
  }
  return marks;
}

/** Hashes and case counts of one token. */
export interface TokenHashes {
  /** The exact word. */
  word: number;
  /** Lower case with digits mapped to 0, so "1996" and "2004" share an identity feature. */
  lower: number;
  /** Character classes with runs cut at MAX_SHAPE_RUN ("Xxxxx"), and with runs collapsed ("Xx"). */
  shape: number;
  short: number;
  upper: number;
  lowerCount: number;
}

/** One pass over a token for its hashes and case counts, written into `out` (no allocation on the hot path). */
export function hashToken(token: string, lowered: string, out: TokenHashes): void {
  let hw = FNV_START;
  let hShape = FNV_START;
  let hShort = FNV_START;
  let last = -1;
  let run = 0;
  let upper = 0;
  let lowerCount = 0;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    hw = fnvStep(hw, code);
    const c = charClass(code);
    if (c === 88) upper++;
    else if (c === 120) lowerCount++;
    if (c === last) {
      run++;
      if (run <= MAX_SHAPE_RUN) hShape = fnvStep(hShape, c);
    } else {
      last = c;
      run = 1;
      hShape = fnvStep(hShape, c);
      hShort = fnvStep(hShort, c);
    }
  }
  let hl = FNV_START;
  for (let k = 0; k < lowered.length; k++) {
    const code = lowered.charCodeAt(k);
    hl = fnvStep(hl, code >= 48 && code <= 57 ? 48 : code);
  }
  out.word = hw;
  out.lower = hl;
  out.shape = hShape;
  out.short = hShort;
  out.upper = upper;
  out.lowerCount = lowerCount;
}

const facts: TokenHashes = { word: 0, lower: 0, shape: 0, short: 0, upper: 0, lowerCount: 0 };

// Scratch buffer for feature hashes, grown on demand and copied out per sentence.
let scratch = new Int32Array(1 << 14);

export function extractFeatures(tokens: readonly string[], lexicon: Lexicon): SentenceFeatures {
  const n = tokens.length;
  const word = new Int32Array(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const short = new Int32Array(n);
  const capital = new Uint8Array(n);
  const cluster = new Float64Array(n).fill(-1);
  const caps = new Int32Array(n);
  const lowered: string[] = new Array(n);
  let capsWords = 0;
  let anyLower = false;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    const lw = token.toLowerCase();
    lowered[i] = lw;
    hashToken(token, lw, facts);
    const { word: hw, lower: hl, shape: hShape, short: hShort, upper, lowerCount } = facts;
    word[i] = hw;
    lower[i] = hl;
    shape[i] = hShape;
    short[i] = hShort;
    capital[i] = token.length > 0 && charClass(token.charCodeAt(0)) === 88 ? 1 : 0;
    if (lowerCount > 0) anyLower = true;
    else if (upper > 0) capsWords++;
    const packed = lexicon.clusters.get(lw);
    if (packed !== undefined) cluster[i] = packed;
    caps[i] = lexicon.caps.get(lw) ?? 0;
  }
  const gaz = gazetteerMarks(lowered, tokens, lexicon);
  // Headlines in all capitals ("SOCCER - JAPAN GET LUCKY WIN") defeat the case features; say so.
  const capsSentence = !anyLower && capsWords >= 2;

  if (scratch.length < n * 128) scratch = new Int32Array(n * 128);
  let out = scratch;
  let pos = 0;
  const offsets = new Int32Array(n + 1);
  const push = (h: number) => {
    if (pos === out.length) {
      const bigger = new Int32Array(out.length * 2);
      bigger.set(out);
      out = scratch = bigger;
    }
    out[pos++] = h;
  };

  const clusterFeatures = (template: number, packed: number) => {
    if (packed < 0) {
      push(mix1(T.NoCluster, template));
      return;
    }
    const depth = clusterDepth(packed);
    const bits = clusterBits(packed);
    for (const p of CLUSTER_PREFIXES) {
      const d = Math.min(p, depth);
      push(mix2(template, p, (bits >>> (depth - d)) + (d << 24)));
      if (d === depth) break;
    }
  };
  const gazFeatures = (template: number, marks: number) => {
    for (let b = 0; marks !== 0 && b < 31; b++) {
      if (marks & (1 << b)) {
        push(mix1(template, b));
        marks &= ~(1 << b);
      }
    }
  };

  for (let i = 0; i < n; i++) {
    offsets[i] = pos;
    const token = tokens[i];
    const lp = i > 0 ? lower[i - 1] : BOUNDARY_PREV;
    const ln = i + 1 < n ? lower[i + 1] : BOUNDARY_NEXT;
    const lp2 = i > 1 ? lower[i - 2] : BOUNDARY_PREV;
    const ln2 = i + 2 < n ? lower[i + 2] : BOUNDARY_NEXT;
    const sp = i > 0 ? shape[i - 1] : BOUNDARY_PREV;
    const sn = i + 1 < n ? shape[i + 1] : BOUNDARY_NEXT;
    const ssp = i > 0 ? short[i - 1] : BOUNDARY_PREV;
    const ssn = i + 1 < n ? short[i + 1] : BOUNDARY_NEXT;

    // The first CORE_FEATURES features of every token, always in this order (see coreFeatures).
    push(mix1(T.Bias, 0));
    push(mix1(T.Word, word[i]));
    push(mix1(T.Lower, lower[i]));
    push(mix1(T.Shape, shape[i]));
    push(mix1(T.ShortShape, short[i]));
    push(mix1(T.LowerPrev, lp));
    push(mix1(T.LowerNext, ln));
    push(mix2(T.ShapePrevCur, sp, shape[i]));
    push(mix2(T.ShapeCurNext, shape[i], sn));
    push(mix1(T.Length, Math.min(token.length, MAX_LENGTH_BUCKET)));

    // Affixes of the lower-cased word, hashed incrementally (no substrings).
    const lw = lowered[i];
    const affixes = Math.min(MAX_AFFIX, lw.length - 1);
    let hp = FNV_START;
    let hs = FNV_START;
    for (let k = 1; k <= affixes; k++) {
      hp = fnvStep(hp, lw.charCodeAt(k - 1));
      hs = fnvStep(hs, lw.charCodeAt(lw.length - k));
      push(mix2(T.Prefix, k, hp));
      push(mix2(T.Suffix, k, hs));
    }

    push(mix1(T.LowerPrev2, lp2));
    push(mix1(T.LowerNext2, ln2));
    push(mix1(T.ShapePrev, sp));
    push(mix1(T.ShapeNext, sn));
    push(mix2(T.LowerPrevCur, lp, lower[i]));
    push(mix2(T.LowerCurNext, lower[i], ln));
    push(mix2(T.LowerPrevShape, lp, shape[i]));
    push(mix2(T.ShapeLowerNext, shape[i], ln));
    push(mix2(T.ShortShapeWindow, mix2(0, ssp, short[i]), ssn));
    if (i === 0) {
      push(mix1(T.FirstShape, shape[i]));
      push(mix1(T.FirstWord, lower[i]));
    }
    if (capsSentence) push(mix1(T.CapsSentenceLower, lower[i]));

    const dash = lw.indexOf('-');
    if (dash > 0 && dash < lw.length - 1) {
      push(mix1(T.HyphenPart, fnv1a(lw.slice(0, dash))));
      push(mix1(T.HyphenPart, fnv1a(lw.slice(lw.lastIndexOf('-') + 1))));
    }

    push(mix1(T.Caps, caps[i]));
    push(mix2(T.CapsShape, caps[i], short[i] + (i === 0 ? 1 : 0)));
    push(mix2(T.CapsPrev, caps[i], i > 0 ? caps[i - 1] + 8 * capital[i - 1] : 99));
    push(mix2(T.CapsNext, caps[i], i + 1 < n ? caps[i + 1] + 8 * capital[i + 1] : 99));
    push(mix1(T.WordPrev, i > 0 ? word[i - 1] : BOUNDARY_PREV));
    push(mix1(T.WordNext, i + 1 < n ? word[i + 1] : BOUNDARY_NEXT));

    clusterFeatures(T.Cluster, cluster[i]);
    clusterFeatures(T.ClusterPrev, i > 0 ? cluster[i - 1] : -1);
    clusterFeatures(T.ClusterNext, i + 1 < n ? cluster[i + 1] : -1);

    gazFeatures(T.Gaz, gaz[i]);
    if (i > 0) gazFeatures(T.GazPrev, gaz[i - 1]);
    if (i + 1 < n) gazFeatures(T.GazNext, gaz[i + 1]);
  }
  offsets[n] = pos;
  return { hashes: out.slice(0, pos), offsets };
}

/** How many features at the start of every token's list form the core set (word, shapes, neighbours). */
export const CORE_FEATURES = 9;

/** The core features of each token only: what the document-context stage uses besides its own. */
export function coreFeatures(f: SentenceFeatures): SentenceFeatures {
  const n = f.offsets.length - 1;
  const hashes = new Int32Array(n * CORE_FEATURES);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = i * CORE_FEATURES;
    hashes.set(f.hashes.subarray(f.offsets[i], f.offsets[i] + CORE_FEATURES), i * CORE_FEATURES);
  }
  offsets[n] = n * CORE_FEATURES;
  return { hashes, offsets };
}

/** Joins two feature sets of the same sentence token by token (a's features, then b's). */
export function appendFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const hashes = new Int32Array(a.hashes.length + b.hashes.length);
  const offsets = new Int32Array(n + 1);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = pos;
    hashes.set(a.hashes.subarray(a.offsets[i], a.offsets[i + 1]), pos);
    pos += a.offsets[i + 1] - a.offsets[i];
    hashes.set(b.hashes.subarray(b.offsets[i], b.offsets[i + 1]), pos);
    pos += b.offsets[i + 1] - b.offsets[i];
  }
  offsets[n] = pos;
  return { hashes, offsets };
}
