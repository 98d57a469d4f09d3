// Fast emission scores for the sentence tagger: the same features and the same weights as extractFeatures +
// WeightIndex.addEmissions, computed differently. Most features depend on one word only (its identity, shape,
// affixes, cluster — or the word as the left or right neighbour), so their summed integer weights are computed
// once per distinct word and cached; only the features that join two or three words, the gazetteer and the
// sentence-level ones are looked up per token. Weights are integers until the final multiply by the scale and
// integer sums don't depend on order, so the scores are bit-for-bit those of the feature-list path.
import {
  BOUNDARY_NEXT,
  BOUNDARY_PREV,
  CLUSTER_PREFIXES,
  MAX_AFFIX,
  MAX_LENGTH_BUCKET,
  T,
  hashToken,
  markGazetteerPhrase,
  type TokenHashes,
} from './features.js';
import type { WeightIndex } from './featureindex.js';
import { FNV_PRIME, FNV_START, fnv1a, fnvStep, mix1, mix2 } from './hash.js';
import { N_LABELS } from './labels.js';
import { clusterBits, clusterDepth, MAX_GAZ_TOKENS, type Lexicon } from './lexicon.js';
import { charClass } from './shape.js';

/** Distinct words kept before the cache is emptied: ~0.25 KB each, so about 32 MB at most. */
const MAX_CACHED_WORDS = 1 << 17;
/** Hash tables start this small and double when half full: a compact table is a cache-friendly table. */
const INITIAL_SLOTS = 1 << 12;
/** Distinct word pairs kept before the pair cache is emptied: 72 bytes each, so about 19 MB at most. */
const MAX_CACHED_PAIRS = 1 << 18;
/** Pair ids for the sentence boundaries (word ids are ≥ 0). */
const START = -1, END = -1;
/** Ints per pair-table slot: key a, key b, entry, padding to 16 bytes. */
const PAIR_SLOT = 4;

// Per-word facts, FACTS ints a word.
const WORD = 0, LOWER = 1, SHAPE = 2, SHORT = 3, CAPS = 4, CAPITAL = 5, CLUSTER = 6, FLAGS = 7, GAZ_MASK = 8;
const SHORT_ID = 9, FACTS = 10;
/** Short shapes get small ids so a window of three is one integer key; more distinct short shapes than this
 *  (never seen in news) fall back to looking the window feature up directly. */
const MAX_SHORT_IDS = 1024;
/** Short-shape windows cached (36 bytes each); news has a few thousand. */
const MAX_WINDOWS = 1 << 16;
/** Gazetteer marks use bits 0..3 × GAZ_LISTS.length - 1 (< 2^24), so template × 2^24 + marks is a small-int key. */
const GAZ_KEY_SPAN = 1 << 24;
/** Distinct (template, marks) values cached; news shows a few hundred. */
const MAX_GAZ_VALUES = 1 << 14;
// GAZ_CANDIDATE: may start a gazetteer phrase; GAZ_LONGER: some longer phrase starts with this word.
const HAS_LOWER = 1, CAPS_WORD = 2, GAZ_CANDIDATE = 4, GAZ_LONGER = 8;

// Per-word summed weight vectors, N_LABELS ints each: the word's own features; the word as the previous,
// next, second previous, second next token; and the correction when the word starts the sentence.
const SELF = 0, AS_PREV = 1, AS_NEXT = 2, AS_PREV2 = 3, AS_NEXT2 = 4, FIRST = 5, VECTORS = 6;
const SUMS = VECTORS * N_LABELS;
// Per-pair summed weight vectors for adjacent words (a, b): b's features that read a (RIGHT), and a's that
// read b (LEFT).
const RIGHT = 0, LEFT = 1, PAIR_SUMS = 2 * N_LABELS;

export class SentenceScorer {
  // Word → id: an open-addressing table of (FNV hash, id + 1) over `words`; cheaper than a Map<string> for
  // the fresh (never hashed) token strings the pipeline slices from each text.
  private wordTable = new Int32Array(INITIAL_SLOTS * 2);
  private wordMask = INITIAL_SLOTS - 1;
  private words: string[] = [];
  private lowers: string[] = [];
  private facts = new Int32Array(1024 * FACTS);
  private sums = new Int32Array(1024 * SUMS);
  /** Sums for the sentence boundary in each neighbour role (indexed like `sums`, one pseudo-word). */
  private readonly boundary = new Int32Array(SUMS);
  private sentenceIds = new Int32Array(256);
  private gaz = new Int32Array(256);
  private readonly acc = new Int32Array(N_LABELS);
  private readonly hashes: TokenHashes = { word: 0, lower: 0, shape: 0, short: 0, upper: 0, lowerCount: 0 };
  /** Short-shape hash → small id (the boundaries first), and window of three ids → its summed weights. */
  private readonly shortIds = new Map<number, number>();
  private readonly windows = new Map<number, number>();
  /** (template, gazetteer marks of a token) → offset of their summed weights in gazSums. */
  private readonly gazCache = new Map<number, number>();
  private gazSums = new Int32Array(256 * N_LABELS);
  private windowSums = new Int32Array(256 * N_LABELS);
  // Open-addressing pair table, one 16-byte slot each (one cache line read per probe): key a + 2 (0 marks an
  // empty slot), key b + 2, and the entry indexing pairSums.
  private pairTable = new Int32Array(INITIAL_SLOTS * PAIR_SLOT);
  private pairMask = INITIAL_SLOTS - 1;
  private pairSums = new Int32Array(1024 * PAIR_SUMS);
  private pairs = 0;
  private sentencePairs = new Int32Array(257);
  /** Strings p such that a gazetteer phrase starts with p + ' ': a longer match is still possible. */
  private readonly gazPrefixes = new Set<string>();

  constructor(
    private readonly index: WeightIndex,
    private readonly lexicon: Lexicon,
  ) {
    for (const phrase of lexicon.gazetteer.keys()) {
      for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) this.gazPrefixes.add(phrase.slice(0, at));
    }
    const b = this.boundary;
    index.accumulate(mix1(T.LowerPrev, BOUNDARY_PREV), b, AS_PREV * N_LABELS);
    index.accumulate(mix1(T.ShapePrev, BOUNDARY_PREV), b, AS_PREV * N_LABELS);
    index.accumulate(mix1(T.WordPrev, BOUNDARY_PREV), b, AS_PREV * N_LABELS);
    this.clusterInto(T.ClusterPrev, -1, b, AS_PREV * N_LABELS);
    index.accumulate(mix1(T.LowerNext, BOUNDARY_NEXT), b, AS_NEXT * N_LABELS);
    index.accumulate(mix1(T.ShapeNext, BOUNDARY_NEXT), b, AS_NEXT * N_LABELS);
    index.accumulate(mix1(T.WordNext, BOUNDARY_NEXT), b, AS_NEXT * N_LABELS);
    this.clusterInto(T.ClusterNext, -1, b, AS_NEXT * N_LABELS);
    index.accumulate(mix1(T.LowerPrev2, BOUNDARY_PREV), b, AS_PREV2 * N_LABELS);
    index.accumulate(mix1(T.LowerNext2, BOUNDARY_NEXT), b, AS_NEXT2 * N_LABELS);
  }

  /** Writes scale × emission scores into scores[i * N_LABELS + label] for each token (overwriting). */
  score(tokens: readonly string[], scores: Float64Array): void {
    const n = tokens.length;
    if (this.words.length + n > MAX_CACHED_WORDS) this.clear();
    if (this.pairs + n + 1 > MAX_CACHED_PAIRS) this.clearPairs();
    if (this.sentenceIds.length < n) {
      this.sentenceIds = new Int32Array(n * 2);
      this.gaz = new Int32Array(n * 2);
      this.sentencePairs = new Int32Array(n * 2 + 1);
    }
    const ids = this.sentenceIds;
    let anyLower = false;
    let capsWords = 0;
    let gazCandidates = false;
    for (let i = 0; i < n; i++) {
      const id = this.wordId(tokens[i]);
      ids[i] = id;
      const flags = this.facts[id * FACTS + FLAGS];
      if (flags & HAS_LOWER) anyLower = true;
      else if (flags & CAPS_WORD) capsWords++;
      if (flags & GAZ_CANDIDATE) gazCandidates = true;
    }
    const gaz = this.gaz;
    gaz.fill(0, 0, n);
    if (gazCandidates) this.gazetteerMarks(n);
    // Headlines in all capitals: see extractFeatures.
    const capsSentence = !anyLower && capsWords >= 2;

    // pairOf[k]: the pair (token k - 1, token k), with the boundaries at k = 0 and k = n.
    const pairOf = this.sentencePairs;
    for (let k = 0; k <= n; k++) pairOf[k] = this.pairId(k > 0 ? ids[k - 1] : START, k < n ? ids[k] : END);

    const facts = this.facts;
    const sums = this.sums;
    const pairSums = this.pairSums;
    const boundary = this.boundary;
    const index = this.index;
    const acc = this.acc;
    const scale = index.scale;
    const L = N_LABELS;
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      const f = id * FACTS;
      const own = id * SUMS;
      const prev = i > 0 ? ids[i - 1] : -1;
      const next = i + 1 < n ? ids[i + 1] : -1;
      const prevSums = prev >= 0 ? sums : boundary;
      const prevAt = (prev >= 0 ? prev * SUMS : 0) + AS_PREV * L;
      const nextSums = next >= 0 ? sums : boundary;
      const nextAt = (next >= 0 ? next * SUMS : 0) + AS_NEXT * L;
      const prev2Sums = i > 1 ? sums : boundary;
      const prev2At = (i > 1 ? ids[i - 2] * SUMS : 0) + AS_PREV2 * L;
      const next2Sums = i + 2 < n ? sums : boundary;
      const next2At = (i + 2 < n ? ids[i + 2] * SUMS : 0) + AS_NEXT2 * L;
      for (let l = 0; l < L; l++) {
        acc[l] =
          sums[own + l] + prevSums[prevAt + l] + nextSums[nextAt + l] + prev2Sums[prev2At + l] + next2Sums[next2At + l];
      }
      if (i === 0) for (let l = 0; l < L; l++) acc[l] += sums[own + FIRST * L + l];
      const right = pairOf[i] * PAIR_SUMS + RIGHT * L;
      const left = pairOf[i + 1] * PAIR_SUMS + LEFT * L;
      for (let l = 0; l < L; l++) acc[l] += pairSums[right + l] + pairSums[left + l];

      const window = this.windowEntry(prev, id, next);
      if (window >= 0) for (let l = 0; l < L; l++) acc[l] += this.windowSums[window + l];
      else {
        const ssp = prev >= 0 ? facts[prev * FACTS + SHORT] : BOUNDARY_PREV;
        const ssn = next >= 0 ? facts[next * FACTS + SHORT] : BOUNDARY_NEXT;
        index.accumulate(mix2(T.ShortShapeWindow, mix2(0, ssp, facts[f + SHORT]), ssn), acc, 0);
      }
      if (capsSentence) index.accumulate(mix1(T.CapsSentenceLower, facts[f + LOWER]), acc, 0);
      if (gazCandidates) {
        this.gazInto(T.Gaz, gaz[i]);
        if (i > 0) this.gazInto(T.GazPrev, gaz[i - 1]);
        if (i + 1 < n) this.gazInto(T.GazNext, gaz[i + 1]);
      }
      const base = i * L;
      for (let l = 0; l < L; l++) scores[base + l] = acc[l] * scale;
    }
  }

  /**
   * Offset in windowSums of the ShortShapeWindow weights for words prev, cur, next (-1 at the boundaries),
   * made on first use; -1 when the short-shape ids are too many to form a key.
   */
  private windowEntry(prev: number, cur: number, next: number): number {
    const facts = this.facts;
    const a = prev >= 0 ? facts[prev * FACTS + SHORT_ID] : 0;
    const b = facts[cur * FACTS + SHORT_ID];
    const c = next >= 0 ? facts[next * FACTS + SHORT_ID] : 1;
    if ((a | b | c) >= MAX_SHORT_IDS) return -1;
    const key = (a * MAX_SHORT_IDS + b) * MAX_SHORT_IDS + c;
    let at = this.windows.get(key);
    if (at === undefined) {
      if (this.windows.size >= MAX_WINDOWS) return -1;
      at = this.windows.size * N_LABELS;
      if (at + N_LABELS > this.windowSums.length) {
        const grown = new Int32Array(this.windowSums.length * 2);
        grown.set(this.windowSums);
        this.windowSums = grown;
      }
      this.windows.set(key, at);
      const ssp = prev >= 0 ? facts[prev * FACTS + SHORT] : BOUNDARY_PREV;
      const ssn = next >= 0 ? facts[next * FACTS + SHORT] : BOUNDARY_NEXT;
      this.index.accumulate(mix2(T.ShortShapeWindow, mix2(0, ssp, facts[cur * FACTS + SHORT]), ssn), this.windowSums, at);
    }
    return at;
  }

  /** Distinct words cached now. */
  get cachedWords(): number {
    return this.words.length;
  }

  clear(): void {
    this.wordTable = new Int32Array(INITIAL_SLOTS * 2);
    this.wordMask = INITIAL_SLOTS - 1;
    this.words = [];
    this.lowers = [];
    this.clearPairs();
  }

  private shortId(hash: number): number {
    const ids = this.shortIds;
    if (ids.size === 0) {
      // Ids 0 and 1 are the sentence boundaries, hashed as extractFeatures hashes them.
      ids.set(BOUNDARY_PREV, 0);
      ids.set(BOUNDARY_NEXT, 1);
    }
    let id = ids.get(hash);
    if (id === undefined) {
      if (ids.size >= MAX_SHORT_IDS) return MAX_SHORT_IDS;
      id = ids.size;
      ids.set(hash, id);
    }
    return id;
  }

  private clearPairs(): void {
    this.pairTable = new Int32Array(INITIAL_SLOTS * PAIR_SLOT);
    this.pairMask = INITIAL_SLOTS - 1;
    this.pairs = 0;
  }

  private static pairHash(ka: number, kb: number): number {
    const h = Math.imul(ka, 0x9e3779b1) ^ kb;
    const m = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    return m ^ (m >>> 13);
  }

  /** Doubles the pair table, re-inserting every pair (entries keep their indices into pairSums). */
  private growPairs(): void {
    const old = this.pairTable;
    const mask = this.pairMask * 2 + 1;
    const table = new Int32Array((mask + 1) * PAIR_SLOT);
    for (let at = 0; at < old.length; at += PAIR_SLOT) {
      if (old[at] === 0) continue;
      let slot = SentenceScorer.pairHash(old[at], old[at + 1]) & mask;
      while (table[slot * PAIR_SLOT] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + PAIR_SLOT), slot * PAIR_SLOT);
    }
    this.pairTable = table;
    this.pairMask = mask;
  }

  /** Doubles the word table, re-inserting every word by its stored hash. */
  private growWords(): void {
    const old = this.wordTable;
    const mask = this.wordMask * 2 + 1;
    const table = new Int32Array((mask + 1) * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = old[at];
      table[slot * 2 + 1] = old[at + 1];
    }
    this.wordTable = table;
    this.wordMask = mask;
  }

  /** The cached pair entry of adjacent words a, b (START / END at the sentence boundaries), made on first use. */
  private pairId(a: number, b: number): number {
    const ka = a + 2;
    const kb = b + 2;
    const mask = this.pairMask;
    let slot = SentenceScorer.pairHash(ka, kb) & mask;
    let table = this.pairTable;
    for (;;) {
      const at = slot * PAIR_SLOT;
      const k = table[at];
      if (k === 0) break;
      if (k === ka && table[at + 1] === kb) return table[at + 2];
      slot = (slot + 1) & mask;
    }
    if ((this.pairs + 1) * 2 > mask + 1) {
      this.growPairs();
      table = this.pairTable;
      slot = SentenceScorer.pairHash(ka, kb) & this.pairMask;
      while (table[slot * PAIR_SLOT] !== 0) slot = (slot + 1) & this.pairMask;
    }
    const entry = this.pairs++;
    table[slot * PAIR_SLOT] = ka;
    table[slot * PAIR_SLOT + 1] = kb;
    table[slot * PAIR_SLOT + 2] = entry;
    if ((entry + 1) * PAIR_SUMS > this.pairSums.length) {
      const grown = new Int32Array(this.pairSums.length * 2);
      grown.set(this.pairSums);
      this.pairSums = grown;
    }
    this.addPair(a, b, entry * PAIR_SUMS);
    return entry;
  }

  /** The features of extractFeatures that join two adjacent words, summed for this pair. */
  private addPair(a: number, b: number, at: number): void {
    const sums = this.pairSums;
    sums.fill(0, at, at + PAIR_SUMS);
    const facts = this.facts;
    const index = this.index;
    const fa = a * FACTS;
    const fb = b * FACTS;
    if (b !== END) {
      const right = at + RIGHT * N_LABELS;
      const sp = a !== START ? facts[fa + SHAPE] : BOUNDARY_PREV;
      const lp = a !== START ? facts[fa + LOWER] : BOUNDARY_PREV;
      const capsPrev = a !== START ? facts[fa + CAPS] + 8 * facts[fa + CAPITAL] : 99;
      index.accumulate(mix2(T.ShapePrevCur, sp, facts[fb + SHAPE]), sums, right);
      index.accumulate(mix2(T.LowerPrevCur, lp, facts[fb + LOWER]), sums, right);
      index.accumulate(mix2(T.LowerPrevShape, lp, facts[fb + SHAPE]), sums, right);
      index.accumulate(mix2(T.CapsPrev, facts[fb + CAPS], capsPrev), sums, right);
    }
    if (a !== START) {
      const left = at + LEFT * N_LABELS;
      const sn = b !== END ? facts[fb + SHAPE] : BOUNDARY_NEXT;
      const ln = b !== END ? facts[fb + LOWER] : BOUNDARY_NEXT;
      const capsNext = b !== END ? facts[fb + CAPS] + 8 * facts[fb + CAPITAL] : 99;
      index.accumulate(mix2(T.ShapeCurNext, facts[fa + SHAPE], sn), sums, left);
      index.accumulate(mix2(T.LowerCurNext, facts[fa + LOWER], ln), sums, left);
      index.accumulate(mix2(T.ShapeLowerNext, facts[fa + SHAPE], ln), sums, left);
      index.accumulate(mix2(T.CapsNext, facts[fa + CAPS], capsNext), sums, left);
    }
  }

  private wordId(token: string): number {
    let h = FNV_START;
    for (let k = 0; k < token.length; k++) h = Math.imul(h ^ token.charCodeAt(k), FNV_PRIME);
    const mask = this.wordMask;
    let table = this.wordTable;
    let slot = h & mask;
    for (;;) {
      const entry = table[slot * 2 + 1];
      if (entry === 0) break;
      if (table[slot * 2] === h && this.words[entry - 1] === token) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    if ((id + 1) * 2 > mask + 1) {
      this.growWords();
      table = this.wordTable;
      slot = h & this.wordMask;
      while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.wordMask;
    }
    this.words.push(token);
    table[slot * 2] = h;
    table[slot * 2 + 1] = id + 1;
    this.addWord(token, id);
    return id;
  }

  /** Same token facts and same single-word features as extractFeatures, summed once. */
  private addWord(token: string, id: number): void {
    if ((id + 1) * FACTS > this.facts.length) {
      const facts = new Int32Array(this.facts.length * 2);
      facts.set(this.facts);
      this.facts = facts;
      const sums = new Int32Array(this.sums.length * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    const lw = token.toLowerCase();
    this.lowers[id] = lw;
    hashToken(token, lw, this.hashes);
    const { word: hw, lower: hl, shape: hShape, short: hShort, upper, lowerCount } = this.hashes;
    const capital = token.length > 0 && charClass(token.charCodeAt(0)) === 88 ? 1 : 0;
    const cluster = this.lexicon.clusters.get(lw) ?? -1;
    const caps = this.lexicon.caps.get(lw) ?? 0;
    const f = id * FACTS;
    const facts = this.facts;
    // Hashes are stored as int32; mix1/mix2 only use them through ^ and Math.imul, which read them as int32.
    facts[f + WORD] = hw;
    facts[f + LOWER] = hl;
    facts[f + SHAPE] = hShape;
    facts[f + SHORT] = hShort;
    facts[f + SHORT_ID] = this.shortId(hShort);
    facts[f + CAPS] = caps;
    facts[f + CAPITAL] = capital;
    facts[f + CLUSTER] = cluster;
    // isCapitalised is charClass(first code) === 88, which is `capital` (also for the empty token: NaN ≠ 88).
    facts[f + FLAGS] =
      (lowerCount > 0 ? HAS_LOWER : 0) |
      (lowerCount === 0 && upper > 0 ? CAPS_WORD : 0) |
      (capital && this.lexicon.gazFirst.has(lw) ? GAZ_CANDIDATE : 0) |
      (this.gazPrefixes.has(lw) ? GAZ_LONGER : 0);
    facts[f + GAZ_MASK] = this.lexicon.gazetteer.get(lw) ?? 0;

    const sums = this.sums;
    const index = this.index;
    const L = N_LABELS;
    const own = id * SUMS;
    sums.fill(0, own, own + SUMS);
    index.accumulate(mix1(T.Bias, 0), sums, own);
    index.accumulate(mix1(T.Word, hw), sums, own);
    index.accumulate(mix1(T.Lower, hl), sums, own);
    index.accumulate(mix1(T.Shape, hShape), sums, own);
    index.accumulate(mix1(T.ShortShape, hShort), sums, own);
    index.accumulate(mix1(T.Length, Math.min(token.length, MAX_LENGTH_BUCKET)), sums, own);
    const affixes = Math.min(MAX_AFFIX, lw.length - 1);
    let hp = FNV_START;
    let hs = FNV_START;
    for (let k = 1; k <= affixes; k++) {
      hp = fnvStep(hp, lw.charCodeAt(k - 1));
      hs = fnvStep(hs, lw.charCodeAt(lw.length - k));
      index.accumulate(mix2(T.Prefix, k, hp), sums, own);
      index.accumulate(mix2(T.Suffix, k, hs), sums, own);
    }
    const dash = lw.indexOf('-');
    if (dash > 0 && dash < lw.length - 1) {
      index.accumulate(mix1(T.HyphenPart, fnv1a(lw.slice(0, dash))), sums, own);
      index.accumulate(mix1(T.HyphenPart, fnv1a(lw.slice(lw.lastIndexOf('-') + 1))), sums, own);
    }
    index.accumulate(mix1(T.Caps, caps), sums, own);
    index.accumulate(mix2(T.CapsShape, caps, hShort), sums, own);
    this.clusterInto(T.Cluster, cluster, sums, own);

    index.accumulate(mix1(T.LowerPrev, hl), sums, own + AS_PREV * L);
    index.accumulate(mix1(T.ShapePrev, hShape), sums, own + AS_PREV * L);
    index.accumulate(mix1(T.WordPrev, hw), sums, own + AS_PREV * L);
    this.clusterInto(T.ClusterPrev, cluster, sums, own + AS_PREV * L);
    index.accumulate(mix1(T.LowerNext, hl), sums, own + AS_NEXT * L);
    index.accumulate(mix1(T.ShapeNext, hShape), sums, own + AS_NEXT * L);
    index.accumulate(mix1(T.WordNext, hw), sums, own + AS_NEXT * L);
    this.clusterInto(T.ClusterNext, cluster, sums, own + AS_NEXT * L);
    index.accumulate(mix1(T.LowerPrev2, hl), sums, own + AS_PREV2 * L);
    index.accumulate(mix1(T.LowerNext2, hl), sums, own + AS_NEXT2 * L);

    // At the start of a sentence: FirstShape, FirstWord, and CapsShape sees short + 1 instead of short.
    const first = own + FIRST * L;
    index.accumulate(mix1(T.FirstShape, hShape), sums, first);
    index.accumulate(mix1(T.FirstWord, hl), sums, first);
    index.accumulate(mix2(T.CapsShape, caps, hShort + 1), sums, first);
    const plain = this.acc.fill(0);
    index.accumulate(mix2(T.CapsShape, caps, hShort), plain, 0);
    for (let l = 0; l < L; l++) sums[first + l] -= plain[l];
  }

  private clusterInto(template: number, packed: number, acc: Int32Array, at: number): void {
    if (packed < 0) {
      this.index.accumulate(mix1(T.NoCluster, template), acc, at);
      return;
    }
    const depth = clusterDepth(packed);
    const bits = clusterBits(packed);
    for (const p of CLUSTER_PREFIXES) {
      const d = Math.min(p, depth);
      this.index.accumulate(mix2(template, p, (bits >>> (depth - d)) + (d << 24)), acc, at);
      if (d === depth) break;
    }
  }

  /** Adds the gazetteer features of one token's marks (as the given template) to acc, cached per value. */
  private gazInto(template: number, marks: number): void {
    if (marks === 0) return;
    const key = template * GAZ_KEY_SPAN + marks;
    let at = this.gazCache.get(key);
    if (at === undefined) {
      if (this.gazCache.size >= MAX_GAZ_VALUES) {
        for (let b = 0; marks !== 0 && b < 31; b++) {
          if (marks & (1 << b)) {
            this.index.accumulate(mix1(template, b), this.acc, 0);
            marks &= ~(1 << b);
          }
        }
        return;
      }
      at = this.gazCache.size * N_LABELS;
      if (at + N_LABELS > this.gazSums.length) {
        const grown = new Int32Array(this.gazSums.length * 2);
        grown.set(this.gazSums);
        this.gazSums = grown;
      }
      this.gazCache.set(key, at);
      for (let b = 0; marks !== 0 && b < 31; b++) {
        if (marks & (1 << b)) {
          this.index.accumulate(mix1(template, b), this.gazSums, at);
          marks &= ~(1 << b);
        }
      }
    }
    const acc = this.acc;
    const sums = this.gazSums;
    for (let l = 0; l < N_LABELS; l++) acc[l] += sums[at + l];
  }

  /**
   * gazetteerMarks (features.ts) over the cached words of the current sentence: the one-word match is cached
   * per word, and a phrase is only extended while some gazetteer phrase starts with it.
   */
  private gazetteerMarks(n: number): void {
    const { gazetteer } = this.lexicon;
    const ids = this.sentenceIds;
    const facts = this.facts;
    const marks = this.gaz;
    for (let i = 0; i < n; i++) {
      const flags = facts[ids[i] * FACTS + FLAGS];
      if ((flags & GAZ_CANDIDATE) === 0) continue;
      let phrase = this.lowers[ids[i]];
      let longer = (flags & GAZ_LONGER) !== 0;
      const last = Math.min(n, i + MAX_GAZ_TOKENS);
      for (let j = i; j < last; j++) {
        let mask: number | undefined;
        if (j === i) mask = facts[ids[i] * FACTS + GAZ_MASK] || undefined;
        else {
          if (!longer) break;
          phrase = `${phrase} ${this.lowers[ids[j]]}`;
          mask = gazetteer.get(phrase);
          longer = this.gazPrefixes.has(phrase);
        }
        if (mask === undefined) continue;
        markGazetteerPhrase(marks, i, j, mask);
      }
    }
  }
}
