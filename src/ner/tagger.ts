// The statistical tagger behind the Tagger interface: features → weights → constrained Viterbi.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../core/errors.js';
import type { IobTag, Tagger } from '../core/tagger.js';
import { viterbi } from './decode.js';
import { contextFeatures } from './context.js';
import { coreFeatures, extractFeatures, type SentenceFeatures } from './features.js';
import { N_LABELS } from './labels.js';
import { WeightIndex } from './featureindex.js';
import { LABELS } from './labels.js';
import { decodeModel, type NerModel, type WeightSet } from './model.js';
import { SentenceScorer } from './scorer.js';

export const TAGGER_NAME = 'ner.perceptron.v1';

/** The package root: this file lives in src/ner/ (tsx) or dist/ner/ (built), two levels down either way. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_PATH = resolve(PACKAGE_ROOT, 'models', 'ner-en.v1.bin');

// Emission scores are rebuilt for every sentence; one zeroed buffer avoids an allocation each time.
let scores = new Float64Array(256 * N_LABELS);
function scratchScores(n: number): Float64Array {
  if (scores.length < n * N_LABELS) scores = new Float64Array(n * N_LABELS * 2);
  scores.fill(0, 0, n * N_LABELS);
  return scores;
}

// The best path of the sentence being tagged, reused likewise.
let path = new Int32Array(256);

export class PerceptronTagger implements Tagger {
  readonly name = TAGGER_NAME;
  private readonly index: WeightIndex;
  private readonly secondIndex?: WeightIndex;
  private readonly scorer: SentenceScorer;

  constructor(readonly model: NerModel) {
    this.index = new WeightIndex(model.features, model.weights, model.header.scale);
    if (model.second && model.header.second) {
      this.secondIndex = new WeightIndex(model.second.features, model.second.weights, model.header.second.scale);
    }
    this.scorer = new SentenceScorer(this.index, model.lexicon);
  }

  /** Tags one sentence on its own (first stage only: there is no document context). */
  tagSentence(tokens: readonly string[]): IobTag[] {
    const n = tokens.length;
    if (n === 0) return [];
    const scores = scratchScores(n);
    this.scorer.score(tokens, scores);
    if (path.length < n) path = new Int32Array(n * 2);
    return toTags(viterbi(scores, n, this.model.transitions, this.model.start, path), n);
  }

  /**
   * tagSentence through explicit feature lists (extractFeatures → addEmissions): the definition the fast
   * path (scorer.ts) must match tag for tag; kept for tests and `npm run bench -- ner`.
   */
  tagSentenceByFeatures(tokens: readonly string[]): IobTag[] {
    if (tokens.length === 0) return [];
    const features = extractFeatures(tokens, this.model.lexicon);
    return this.decode(this.index, this.model, features);
  }

  /**
   * Tags consecutive sentences of one text (or a stream of texts): the second stage, when the model has
   * one, sees how the first stage labelled the same words in the neighbouring sentences.
   */
  tagDocument(sentences: readonly (readonly string[])[]): IobTag[][] {
    const first = sentences.map((tokens) => this.tagSentence(tokens));
    const second = this.model.second;
    if (!this.secondIndex || !second) return first;
    const context = contextFeatures(sentences, first);
    const core = this.model.header.second?.core === true;
    return sentences.map((tokens, s) => {
      if (tokens.length === 0) return [];
      const f = extractFeatures(tokens, this.model.lexicon);
      return this.decode(this.secondIndex!, second, core ? coreFeatures(f) : f, context[s]);
    });
  }

  private decode(index: WeightIndex, set: WeightSet, features: SentenceFeatures, extra?: SentenceFeatures): IobTag[] {
    const n = features.offsets.length - 1;
    const scores = scratchScores(n);
    index.addEmissions(features.hashes, features.offsets, scores);
    if (extra) index.addEmissions(extra.hashes, extra.offsets, scores);
    return toTags(viterbi(scores, n, set.transitions, set.start), n);
  }
}

function toTags(path: Int32Array, n: number): IobTag[] {
  const tags: IobTag[] = new Array(n);
  for (let i = 0; i < n; i++) tags[i] = LABELS[path[i]];
  return tags;
}

export function readModel(path: string): NerModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new SitrepError('E060', `model file ${path} not found or unreadable`, 'train one with `sitrep train ner`');
  }
  return decodeModel(bytes, path);
}

const cache = new Map<string, PerceptronTagger>();

/** The tagger for a model file (default: the bundled models/ner-en.v1.bin), loaded once and cached. */
export function loadTagger(path?: string): PerceptronTagger {
  const file = path ? resolve(path) : DEFAULT_MODEL_PATH;
  let tagger = cache.get(file);
  if (!tagger) {
    tagger = new PerceptronTagger(readModel(file));
    cache.set(file, tagger);
  }
  return tagger;
}
