// The statistical tagger behind the Tagger interface: features → weights → constrained Viterbi.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../core/errors.js';
import type { IobTag, Tagger } from '../core/tagger.js';
import { viterbi } from './decode.js';
import { extractFeatures } from './features.js';
import { WeightIndex } from './featureindex.js';
import { LABELS } from './labels.js';
import { decodeModel, type NerModel } from './model.js';

export const TAGGER_NAME = 'ner.perceptron.v1';

/** The package root: this file lives in src/ner/ (tsx) or dist/ner/ (built), two levels down either way. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_PATH = resolve(PACKAGE_ROOT, 'models', 'ner-en.v1.bin');

export class PerceptronTagger implements Tagger {
  readonly name = TAGGER_NAME;
  private readonly index: WeightIndex;

  constructor(readonly model: NerModel) {
    this.index = new WeightIndex(model.features, model.weights, model.header.scale);
  }

  tagSentence(tokens: readonly string[]): IobTag[] {
    if (tokens.length === 0) return [];
    const { transitions, start, lexicon } = this.model;
    const features = extractFeatures(tokens, lexicon);
    const path = viterbi(this.index.emissions(features.hashes, features.offsets), tokens.length, transitions, start);
    const tags: IobTag[] = new Array(tokens.length);
    for (let i = 0; i < path.length; i++) tags[i] = LABELS[path[i]];
    return tags;
  }
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
export function loadTagger(path?: string): Tagger {
  const file = path ? resolve(path) : DEFAULT_MODEL_PATH;
  let tagger = cache.get(file);
  if (!tagger) {
    tagger = new PerceptronTagger(readModel(file));
    cache.set(file, tagger);
  }
  return tagger;
}
