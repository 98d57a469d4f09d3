// The trained cue classifier. The rules' frames (extract.ts) read speaker and content extents well, but only around
// the cue words the vocabulary lists; PolNeAR's attributions run through a long tail of stance, belief and
// perception predicates ("took issue with", "doubts", "praised"). This model takes a word as a cue, asks the rules
// for the frame around it (subject = speaker, clause or object = content), and scores the word in its frame; frames
// scoring above the threshold join the rule attributions. Only words of the gate (words whose frames were right
// often enough in training; stored in the model file) are read, so the rules' frame code runs on few tokens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Span } from '../../core/document.js';
import { SitrepError } from '../../core/errors.js';
import { fnv1a, mix1, mix2 } from '../../ner/hash.js';
import { PACKAGE_ROOT } from '../../ner/tagger.js';
import { isWord, type QuoteContext } from '../context.js';
import { plausibleAddition, type CombinableAttribution } from './combine.js';

/** Changing any feature template or bucket changes the model: bump this and retrain. */
export const CUE_FEATURE_VERSION = 2;
export const CUE_MODEL_PATH = resolve(PACKAGE_ROOT, 'models', 'quotes-cues.v1.bin');
const MAGIC = 'SQC1';

/** A frame the rules read around a candidate cue: extract.ts's Attribution, of which these fields are read. */
export type CueFrame = CombinableAttribution;

/** Everything the features read about the rule attributions of the document. */
export interface RuleView {
  /** Sentences holding a rule cue. */
  ruled: Set<number>;
  /** Characters inside rule content. */
  mask: Uint8Array;
  /** Rule cue tokens. */
  cueTokens: Uint8Array;
  /** Rule speaker spans, "start:end" in tokens. */
  sources: Set<string>;
}

export function ruleView(ctx: QuoteContext, rules: readonly CueFrame[]): RuleView {
  const mask = new Uint8Array(ctx.text.length);
  const cueTokens = new Uint8Array(ctx.tokens.length);
  const ruled = new Set<number>();
  const sources = new Set<string>();
  for (const r of rules) {
    for (const p of r.parts) mask.fill(1, p.start, p.end);
    cueTokens.fill(1, r.cue, r.cueEnd);
    ruled.add(r.sentence);
    if (r.source) sources.add(`${r.source[0]}:${r.source[1]}`);
  }
  return { ruled, mask, cueTokens, sources };
}

const enum F {
  Bias = 1, Word, Suffix, Prev, Next, Next2, PrevWord, WordNext, SourceHead, SourceFirst, SourceLength, SourceKind,
  ContentLength, Direct, ContentSide, ContentFirst, WordSide, WordDirect, Ruled, InRuleContent, Covered, SameSource,
  SourceGap, KnownCue, WordSourceKind, Capital, Position, WordLength, PrevKind, SideThat, SourceCap, Stem, StemSide,
  StemSourceKind,
}

/** Endings stripped to join a verb's forms ("criticized", "criticizes", "criticize" → "criticiz"). */
const ENDINGS = ['ing', 'ed', 'es', 's', 'e'];
/** Fewest characters a stem keeps ("uses" is not "u"). */
const MIN_STEM = 3;

/** The word without its inflection ending: the unit of the gate and of the stem features. */
export function cueStem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** Length buckets for speaker and content spans, in tokens (index = bucket). */
const LENGTH_EDGES = [1, 2, 3, 5, 9, 17, 33];
function bucket(n: number): number {
  let b = 0;
  while (b < LENGTH_EDGES.length && n > LENGTH_EDGES[b]) b++;
  return b;
}

/** Suffix length: "-ed", "-ing", "-es" mark verb forms of words the model has never seen. */
const SUFFIX = 3;

function suffixOf(word: string): number {
  let h = 0;
  for (let c = Math.max(0, word.length - SUFFIX); c < word.length; c++) h = h * 31 + word.charCodeAt(c);
  return h;
}

function knownCueKind(ctx: QuoteContext, w: string): number {
  const v = ctx.vocab;
  return (v.cueVerbs.has(w) ? 1 : 0) | (v.beliefVerbs.has(w) ? 2 : 0) | (v.objectCues.has(w) ? 4 : 0) |
    (v.participleCues.has(w) ? 8 : 0) | (v.bareClauseVerbs.has(w) ? 16 : 0);
}

function sourceKind(ctx: QuoteContext, s: number, e: number): number {
  const kind = e - s === 1 ? ctx.vocab.pronouns.get(ctx.low[s]) : undefined;
  if (kind === 'relative') return 1;
  if (kind) return 2;
  return ctx.cap.slice(s, e).some(Boolean) ? 3 : 4;
}

function tokenCategory(ctx: QuoteContext, i: number): number {
  if (i < 0) return 0;
  const w = ctx.low[i];
  if (!isWord(ctx, i)) return ctx.surf[i] === ',' ? 1 : 2;
  if (ctx.vocab.auxiliaries.has(w)) return 3;
  if (ctx.vocab.pronouns.has(w)) return 4;
  if (w.endsWith('ly')) return 5;
  return ctx.cap[i] ? 6 : 7;
}

/** Hashed features of token `i` read as a cue with `frame` (which has a source and content). */
export function cueFeatures(ctx: QuoteContext, i: number, frame: CueFrame, rules: RuleView): number[] {
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[frame.sentence];
  const low = (k: number) => (k >= a && k < b ? fnv1a(ctx.low[k]) : 0);
  const w = fnv1a(ctx.low[i]);
  const [s, e] = frame.source!;
  const first = frame.parts[0];
  let chars = 0;
  let covered = 0;
  for (const p of frame.parts) {
    chars += p.end - p.start;
    for (let c = p.start; c < p.end; c++) covered += rules.mask[c];
  }
  let contentTokens = 0;
  let contentFirst = -1;
  for (let k = a; k < b; k++) {
    if (ctx.tokens[k].start >= first.start && ctx.tokens[k].end <= frame.parts[frame.parts.length - 1].end) {
      contentTokens++;
      if (contentFirst < 0) contentFirst = k;
    }
  }
  const side = first.start >= ctx.tokens[i].end ? 1 : 2;
  const that = side === 1 && i + 1 < b && ctx.low[i + 1] === 'that' ? 1 : 0;
  const kind = sourceKind(ctx, s, e);
  const word = ctx.low[i];
  const suffix = suffixOf(word);
  const coveredBucket = covered === 0 ? 0 : covered * 2 < chars ? 1 : covered < chars ? 2 : 3;
  const gap = s > i ? s - i : i - e;
  const stem = fnv1a(cueStem(word));
  return [
    mix1(F.Bias, 0),
    mix1(F.Word, w),
    mix1(F.Suffix, suffix),
    mix1(F.Prev, low(i - 1)),
    mix1(F.Next, low(i + 1)),
    mix1(F.Next2, low(i + 2)),
    mix2(F.PrevWord, low(i - 1), w),
    mix2(F.WordNext, w, low(i + 1)),
    mix1(F.SourceHead, fnv1a(ctx.low[e - 1])),
    mix1(F.SourceFirst, fnv1a(ctx.low[s])),
    mix1(F.SourceLength, bucket(e - s)),
    mix1(F.SourceKind, kind),
    mix1(F.ContentLength, bucket(contentTokens)),
    mix1(F.Direct, frame.direct ? 1 : 0),
    mix2(F.ContentSide, side, that),
    mix1(F.ContentFirst, contentFirst >= 0 ? low(contentFirst) : 0),
    mix2(F.WordSide, w, side * 2 + that),
    mix2(F.WordDirect, w, frame.direct ? 1 : 0),
    mix1(F.Ruled, rules.ruled.has(frame.sentence) ? 1 : 0),
    mix1(F.InRuleContent, rules.mask[ctx.tokens[i].start]),
    mix1(F.Covered, coveredBucket),
    mix1(F.SameSource, rules.sources.has(`${s}:${e}`) ? 1 : 0),
    mix1(F.SourceGap, bucket(gap)),
    mix1(F.KnownCue, knownCueKind(ctx, word)),
    mix2(F.WordSourceKind, w, kind),
    mix1(F.Capital, ctx.cap[i] ? 1 : 0),
    mix1(F.Position, bucket(i - a)),
    mix1(F.WordLength, Math.min(word.length, 12)),
    mix2(F.PrevKind, tokenCategory(ctx, i - 1 >= a ? i - 1 : -1), tokenCategory(ctx, i + 1 < b ? i + 1 : -1)),
    mix2(F.SideThat, side, coveredBucket),
    mix2(F.SourceCap, kind, bucket(e - s)),
    mix1(F.Stem, stem),
    mix2(F.StemSide, stem, side * 2 + that),
    mix2(F.StemSourceKind, stem, kind),
  ];
}

const enum P {
  Bias = 101, Word, Stem, Prev, Next, PrevWord, WordNext, Kinds, Ruled, InRuleContent, Capital, Position, Next2,
}

/** Cheap features of token `i` alone (no frame read): the prefilter's, which decides whether a frame is read. */
export function tokenFeatures(ctx: QuoteContext, i: number, rules: RuleView): number[] {
  const si = ctx.sentenceOf[i];
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[si];
  const low = (k: number) => (k >= a && k < b ? fnv1a(ctx.low[k]) : 0);
  const w = fnv1a(ctx.low[i]);
  return [
    mix1(P.Bias, 0),
    mix1(P.Word, w),
    mix1(P.Stem, fnv1a(cueStem(ctx.low[i]))),
    mix1(P.Prev, low(i - 1)),
    mix1(P.Next, low(i + 1)),
    mix1(P.Next2, low(i + 2)),
    mix2(P.PrevWord, low(i - 1), w),
    mix2(P.WordNext, w, low(i + 1)),
    mix2(P.Kinds, tokenCategory(ctx, i - 1 >= a ? i - 1 : -1), tokenCategory(ctx, i + 1 < b ? i + 1 : -1)),
    mix1(P.Ruled, rules.ruled.has(si) ? 1 : 0),
    mix1(P.InRuleContent, rules.mask[ctx.tokens[i].start]),
    mix1(P.Capital, ctx.cap[i] ? 1 : 0),
    mix1(P.Position, bucket(i - a)),
  ];
}

/** A candidate cue: the token, the rules' frame around it and its features. */
export interface CueCandidate {
  token: number;
  frame: CueFrame;
  features: number[];
  /** The prefilter's features (tokenFeatures). */
  token1: number[];
}

/**
 * Every gate word form (every word when `gate` is undefined) outside quotation marks and rule cues whose rule frame has
 * a speaker and content, with its features.
 */
export function cueCandidates(
  ctx: QuoteContext,
  rules: RuleView,
  frameAt: (cue: number) => CueFrame | undefined,
  gate?: { has(word: string): boolean },
  prefilter: (features: number[]) => boolean = () => true,
  onFrameless?: (token: number, token1: number[]) => void,
): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i].kind !== 'word' || ctx.regionOf[i] >= 0 || rules.cueTokens[i]) continue;
    if (gate && !gate.has(ctx.low[i])) continue;
    const token1 = tokenFeatures(ctx, i, rules);
    if (!prefilter(token1)) continue;
    const frame = frameAt(i);
    if (!frame?.source || frame.parts.length === 0) {
      onFrameless?.(i, token1);
      continue;
    }
    out.push({ token: i, frame, features: cueFeatures(ctx, i, frame, rules), token1 });
  }
  return out;
}

export interface CueModelData {
  bits: number;
  threshold: number;
  /** Prefilter score (tokenFeatures, log-odds) a token needs before its frame is read. */
  prefilterThreshold: number;
  gate: string[];
  /** The frame scorer's weights, then the prefilter's (2^bits each). */
  weights: Float32Array;
  prefilter: Float32Array;
  info?: Record<string, unknown>;
}

const overlapsSpan = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/**
 * The gate as word forms: each stem and the stem with each ending. One lookup in a small set per token (a stem
 * computed per token, or a memo of every form seen, costs several times more on the stage's hot path).
 */
class StemGate {
  private readonly forms: Set<string>;
  constructor(readonly stems: ReadonlySet<string>) {
    this.forms = new Set([...stems].flatMap((stem) => [stem, ...ENDINGS.map((ending) => stem + ending)]));
  }
  has(word: string): boolean {
    return this.forms.has(word);
  }
}

export class CueClassifier {
  readonly gate: StemGate;
  private readonly mask: number;

  constructor(readonly data: CueModelData) {
    this.gate = new StemGate(new Set(data.gate));
    this.mask = (1 << data.bits) - 1;
  }

  score(features: readonly number[]): number {
    let sum = 0;
    for (const h of features) sum += this.data.weights[h & this.mask];
    return sum;
  }

  prescore(features: readonly number[]): number {
    let sum = 0;
    for (const h of features) sum += this.data.prefilter[h & this.mask];
    return sum;
  }

  /**
   * The rule attributions plus the frames of gate words scoring above the threshold, best first: a frame is left
   * out when its cue lies in an accepted one's cue, or it repeats an accepted speaker with overlapping content.
   */
  add<A extends CueFrame>(ctx: QuoteContext, rules: A[], frameAt: (cue: number) => A | undefined, threshold = this.data.threshold): A[] {
    const view = ruleView(ctx, rules);
    const scored = cueCandidates(ctx, view, frameAt, this.gate, (f) => this.prescore(f) > this.data.prefilterThreshold)
      .map((c) => ({ c, score: this.score(c.features) }))
      .filter((x) => x.score > threshold)
      .sort((x, y) => y.score - x.score || x.c.token - y.c.token);
    const out = [...rules];
    const added: A[] = [];
    for (const { c } of scored) {
      const f = c.frame as A;
      const clash = [...rules, ...added].some(
        (r) => (r.cue <= c.token && c.token < r.cueEnd) ||
          (r.source?.[0] === f.source![0] && r.source?.[1] === f.source![1] && r.parts.some((p) => f.parts.some((q) => overlapsSpan(p, q)))),
      );
      if (clash || !plausibleAddition(ctx, f)) continue;
      added.push(f);
      out.push(f);
    }
    return out;
  }
}

/** Model file: magic, header length (uint32 LE), JSON header (bits, thresholds, gate, info), float32 weights, float32 prefilter weights. */
export function encodeCueModel(data: CueModelData): Uint8Array {
  const header = Buffer.from(JSON.stringify({
    version: CUE_FEATURE_VERSION, bits: data.bits, threshold: data.threshold, prefilterThreshold: data.prefilterThreshold,
    gate: data.gate, info: data.info ?? {},
  }));
  const pad = (4 - ((8 + header.length) % 4)) % 4;
  const out = Buffer.alloc(8 + header.length + pad + data.weights.length * 8);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length + pad, 4);
  header.copy(out, 8);
  out.fill(32, 8 + header.length, 8 + header.length + pad);
  Buffer.from(data.weights.buffer, data.weights.byteOffset, data.weights.byteLength).copy(out, 8 + header.length + pad);
  Buffer.from(data.prefilter.buffer, data.prefilter.byteOffset, data.prefilter.byteLength).copy(out, 8 + header.length + pad + data.weights.byteLength);
  return out;
}

export function decodeCueModel(bytes: Uint8Array, file = 'cue model'): CueModelData {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) {
    throw new SitrepError('E060', `${file} is not a quote cue model`, 'retrain it with `npx tsx scripts/quotes-train.ts --cues`');
  }
  const length = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + length)) as Omit<CueModelData, 'weights' | 'prefilter'> & { version: number };
  if (header.version !== CUE_FEATURE_VERSION) {
    throw new SitrepError('E060', `${file} has cue feature version ${header.version}, this code needs ${CUE_FEATURE_VERSION}`, 'retrain it with `npx tsx scripts/quotes-train.ts --cues`');
  }
  const start = 8 + length;
  const size = (1 << header.bits) * 4;
  const weights = new Float32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + size));
  const prefilter = new Float32Array(buf.buffer.slice(buf.byteOffset + start + size, buf.byteOffset + start + 2 * size));
  return { bits: header.bits, threshold: header.threshold, prefilterThreshold: header.prefilterThreshold, gate: header.gate, weights, prefilter, info: header.info };
}

const cache = new Map<string, CueClassifier>();

/** The cue classifier of a model file (default models/quotes-cues.v1.bin), loaded once and cached. */
export function loadCueClassifier(path: string = CUE_MODEL_PATH): CueClassifier {
  const file = resolve(path);
  let model = cache.get(file);
  if (!model) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new SitrepError('E060', `quote cue model ${file} not found or unreadable`, 'train one with `npx tsx scripts/quotes-train.ts --cues`');
    }
    model = new CueClassifier(decodeCueModel(bytes, file));
    cache.set(file, model);
  }
  return model;
}
