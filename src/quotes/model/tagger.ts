// The trained attribution tagger: per sentence, IOB2 tags for source, cue and content (labels.ts), decoded with
// src/ner's weight index and constrained Viterbi. The model file is an src/ner model file (models/quotes-attrib.v1.bin).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SitrepError } from '../../core/errors.js';
import { viterbi } from '../../ner/decode.js';
import { WeightIndex } from '../../ner/featureindex.js';
import { LABELS, N_LABELS } from '../../ner/labels.js';
import { decodeModel, type NerModel } from '../../ner/model.js';
import { PACKAGE_ROOT } from '../../ner/tagger.js';
import type { QuoteContext } from '../context.js';
import { ATTRIBUTION_FEATURE_VERSION, cueWords, sentenceFeatures } from './features.js';

export const ATTRIBUTION_MODEL_PATH = resolve(PACKAGE_ROOT, 'models', 'quotes-attrib.v1.bin');

let scores = new Float64Array(256 * N_LABELS);

/** Gazetteer bit under which the model file stores its cue gate (see slim.ts). */
const CUE_GATE_BIT = 1;

/** Stores the cue gate words in the model's lexicon, so the model file carries it. */
export function setCueGate(model: NerModel, words: readonly string[]): void {
  model.lexicon.gazetteer = new Map(words.map((w) => [w, CUE_GATE_BIT]));
  model.lexicon.gazFirst = new Set(words);
}

export class AttributionTagger {
  private readonly index: WeightIndex;
  /** Words that may begin a cue; empty: every sentence is tagged. */
  private readonly gate: Set<string>;
  private cues?: { vocab: object; words: Set<string> };

  constructor(readonly model: NerModel) {
    const version = model.header.info?.attributionFeatureVersion;
    if (version !== ATTRIBUTION_FEATURE_VERSION) {
      throw new SitrepError(
        'E060',
        `attribution model has feature version ${String(version)}, this code needs ${ATTRIBUTION_FEATURE_VERSION}`,
        'retrain it with `npx tsx scripts/quotes-train.ts`',
      );
    }
    this.index = new WeightIndex(model.features, model.weights, model.header.scale);
    this.gate = new Set(model.lexicon.gazetteer.keys());
  }

  /** False when sentence `si` has no word of the cue gate: the tagger would find no cue there worth a decode. */
  mayHoldCue(ctx: QuoteContext, si: number): boolean {
    if (this.gate.size === 0) return true;
    const { tokenStart, tokenEnd } = ctx.sentences[si];
    for (let i = tokenStart; i < tokenEnd; i++) if (this.gate.has(ctx.low[i])) return true;
    return false;
  }

  /** IOB2 tags (NER label names; see labels.ts for the roles they stand for) of sentence `si`. */
  tagSentence(ctx: QuoteContext, si: number): string[] {
    if (this.cues?.vocab !== ctx.vocab) this.cues = { vocab: ctx.vocab, words: cueWords(ctx.vocab) };
    const features = sentenceFeatures(ctx, si, this.cues.words);
    const n = features.offsets.length - 1;
    if (n === 0) return [];
    if (scores.length < n * N_LABELS) scores = new Float64Array(n * N_LABELS * 2);
    scores.fill(0, 0, n * N_LABELS);
    this.index.addEmissions(features.hashes, features.offsets, scores);
    const path = viterbi(scores, n, this.model.transitions, this.model.start);
    const tags = new Array<string>(n);
    for (let i = 0; i < n; i++) tags[i] = LABELS[path[i]];
    return tags;
  }
}

const cache = new Map<string, AttributionTagger>();

/** The attribution tagger of a model file (default models/quotes-attrib.v1.bin), loaded once and cached. */
export function loadAttributionTagger(path: string = ATTRIBUTION_MODEL_PATH): AttributionTagger {
  const file = resolve(path);
  let tagger = cache.get(file);
  if (!tagger) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new SitrepError('E060', `attribution model ${file} not found or unreadable`, 'train one with `npx tsx scripts/quotes-train.ts`');
    }
    tagger = new AttributionTagger(decodeModel(bytes, file));
    cache.set(file, tagger);
  }
  return tagger;
}
