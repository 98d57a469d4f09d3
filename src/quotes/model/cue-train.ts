// Training the cue classifier (cues.ts) on PolNeAR: every word's rule frame is a candidate, labelled right when the
// frame's speaker span is an annotated Source of an attribution whose cue holds the word or whose content the frame's
// content overlaps. Logistic regression over hashed features, trained by SGD: the frame scorer on words with a frame,
// the prefilter on every gate word (a word with no frame is a negative for it). Used by scripts/quotes-train.ts only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Span } from '../../core/document.js';
import { segment } from '../../text/segment.js';
import { extractQuotes, type Attribution } from '../extract.js';
import type { QuoteContext } from '../context.js';
import type { QuoteVocabulary } from '../vocabulary.js';
import { cueCandidates, cueStem, ruleView, type CueModelData } from './cues.js';

export interface GoldAttribution {
  source?: Span;
  cue?: Span;
  content: Span[];
}

/** The attributions (events) of a brat .ann file, each with its first Source and Cue range and all Content ranges. */
export function parseBratEvents(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const space = body.indexOf(' ');
    spans.set(id, body.slice(space + 1).split(';').map((r) => {
      const [start, end] = r.trim().split(/\s+/).map(Number);
      return { start, end };
    }));
  }
  const out: GoldAttribution[] = [];
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const args = Object.fromEntries(body.trim().split(/\s+/).map((kv) => kv.split(':')));
    out.push({
      source: args.Source ? spans.get(args.Source)?.[0] : undefined,
      cue: args.Cue ? spans.get(args.Cue)?.[0] : undefined,
      content: (args.Content && spans.get(args.Content)) || [],
    });
  }
  return out;
}

/** Punctuation and spaces the eval trims off both ends of a speaker span before comparing. */
const TRIM = /[\s"“”‘’'.,;:—–()\-]/;
function trimmedKey(text: string, start: number, end: number): string {
  while (start < end && TRIM.test(text[start])) start++;
  while (end > start && TRIM.test(text[end - 1])) end--;
  return `${start}:${end}`;
}

export interface LabelledCandidate {
  /** The cue word's stem (cueStem): the unit of the gate. */
  word: string;
  features: number[];
  /** The prefilter's features. */
  token1: number[];
  positive: boolean;
  /** No frame around the word: a negative for the prefilter only. */
  frameless?: boolean;
}

/** The documents of one split (first annotator file of each article, in name order) with their gold attributions. */
export function readGoldSplit(dir: string): Array<{ doc: Document; gold: GoldAttribution[] }> {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: Array<{ doc: Document; gold: GoldAttribution[] }> = [];
  for (const file of anns) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const doc: Document = { source: { kind: 'file', location: name }, article: { title: '', text, paragraphs: [] }, segments: segment(text) };
    out.push({ doc, gold: parseBratEvents(readFileSync(join(dir, 'attributions', file), 'utf8')) });
  }
  return out;
}

/** Every candidate of one article (no gate), labelled against its gold attributions. */
export function labelledCandidates(doc: Document, gold: readonly GoldAttribution[], vocab: QuoteVocabulary): LabelledCandidate[] {
  const text = doc.article!.text;
  const out: LabelledCandidate[] = [];
  const bySource = new Map<string, GoldAttribution[]>();
  for (const g of gold) {
    if (!g.source) continue;
    const key = trimmedKey(text, g.source.start, g.source.end);
    bySource.set(key, [...(bySource.get(key) ?? []), g]);
  }
  const collect = (ctx: QuoteContext, rules: Attribution[], frameAt: (cue: number) => Attribution | undefined) => {
    const frameless = (i: number, token1: number[]) => {
      out.push({ word: cueStem(ctx.low[i]), features: [], token1, positive: false, frameless: true });
    };
    for (const c of cueCandidates(ctx, ruleView(ctx, rules), frameAt, undefined, undefined, frameless)) {
      const [s, e] = c.frame.source!;
      const matches = bySource.get(trimmedKey(text, ctx.tokens[s].start, ctx.tokens[e - 1].end)) ?? [];
      const cue = ctx.tokens[c.token];
      const positive = matches.some((g) =>
        (g.cue && g.cue.start <= cue.start && cue.end <= g.cue.end) ||
        g.content.some((x) => c.frame.parts.some((p) => p.start < x.end && x.start < p.end)));
      out.push({ word: cueStem(ctx.low[c.token]), features: c.features, token1: c.token1, positive });
    }
    return rules;
  };
  extractQuotes(doc, vocab, { addCues: collect });
  return out;
}

/** A word joins the gate when its frames were right at least this often… */
export const GATE_MIN_POSITIVES = 2;
/** …and in at least this share of its candidate frames (the rest would cost frame reads for nothing). */
export const GATE_MIN_RATE = 0.2;

export function cueGateWords(candidates: readonly LabelledCandidate[]): string[] {
  const all = new Map<string, number>();
  const pos = new Map<string, number>();
  for (const c of candidates) {
    if (c.frameless) continue;
    all.set(c.word, (all.get(c.word) ?? 0) + 1);
    if (c.positive) pos.set(c.word, (pos.get(c.word) ?? 0) + 1);
  }
  return [...pos].filter(([w, n]) => n >= GATE_MIN_POSITIVES && n / all.get(w)! >= GATE_MIN_RATE).map(([w]) => w).sort();
}

export interface CueTrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** SGD step size, decayed as 1 / (1 + epoch). */
  rate: number;
  /** L2 penalty per step. */
  l2: number;
}

/** Logistic regression over hashed features, SGD in a seeded shuffled order (deterministic for a seed). */
export function trainCueWeights(data: ReadonlyArray<{ features: number[]; positive: boolean }>, o: CueTrainOptions): Float32Array {
  const size = 1 << o.bits;
  const mask = size - 1;
  const w = new Float64Array(size);
  const order = data.map((_, k) => k);
  let state = o.seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const rate = o.rate / (1 + epoch);
    for (const k of order) {
      const x = data[k];
      let z = 0;
      for (const h of x.features) z += w[h & mask];
      const p = 1 / (1 + Math.exp(-z));
      const g = (x.positive ? 1 : 0) - p;
      for (const h of x.features) {
        const idx = h & mask;
        w[idx] += rate * (g - o.l2 * w[idx]);
      }
    }
  }
  return Float32Array.from(w);
}

export function trainCueModel(
  candidates: readonly LabelledCandidate[],
  o: CueTrainOptions,
  thresholds: { threshold: number; prefilterThreshold: number },
  info: Record<string, unknown>,
): CueModelData {
  const gate = cueGateWords(candidates);
  const gated = new Set(gate);
  const tokens = candidates.filter((c) => gated.has(c.word));
  const data = tokens.filter((c) => !c.frameless);
  return {
    bits: o.bits, ...thresholds, gate,
    weights: trainCueWeights(data, o),
    prefilter: trainCueWeights(tokens.map((c) => ({ features: c.token1, positive: c.positive })), o),
    info: { ...info, examples: data.length, positives: data.filter((c) => c.positive).length },
  };
}
