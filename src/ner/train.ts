// Averaged structured perceptron (Collins 2002) over hashed features, with constrained Viterbi in the loop.
// Deterministic: the only randomness is the seeded sentence shuffle.
import { conllEval, chunks } from './conlleval.js';
import type { ConllSentence } from './conll.js';
import { emissionScores, viterbi } from './decode.js';
import { appendFeatures, coreFeatures, extractFeatures, FEATURE_VERSION, type SentenceFeatures } from './features.js';
import { isValidIob2, LABELS, labelIndex, N_LABELS } from './labels.js';
import { addGazetteer, emptyLexicon, GAZ_BIT, type Lexicon } from './lexicon.js';
import { quantise, type NerModel, type WeightType } from './model.js';
import { mulberry32 } from '../core/random.js';

export const DEFAULT_EPOCHS = 10;
export const DEFAULT_SEED = 1;
/** Training-data gazetteers are built out-of-fold, so the model cannot learn to trust lists that contain the
 *  very sentence it is looking at (Ratinov & Roth's warning about gazetteers built from training data). */
export const GAZETTEER_FOLDS = 4;

export interface TrainOptions {
  train: readonly ConllSentence[];
  dev?: readonly ConllSentence[];
  epochs?: number;
  seed?: number;
  weightType?: WeightType;
  /** Word clusters (lower-cased word → packed path) and capitalisation buckets; see lexicon.ts. */
  clusters?: Map<string, number>;
  caps?: Map<string, number>;
  /** Extra gazetteer phrases from outside the training data (e.g. place names), with GAZ_BIT masks. */
  gazetteer?: ReadonlyArray<readonly [string, number]>;
  /** Build name/entity lists from the training data (out-of-fold). Default true. */
  trainGazetteer?: boolean;
  /** Extra feature hashes per sentence and token (document context for the second stage). */
  extra?: { train?: readonly SentenceFeatures[]; dev?: readonly SentenceFeatures[] };
  /** Use only the core features of each token (features.ts CORE_FEATURES) besides `extra`. */
  coreOnly?: boolean;
  /** Use `extra` alone as each token's features (a caller with its own feature extractor, e.g. src/quotes/model). */
  extraOnly?: boolean;
  /** Called after each epoch with the dev micro-F1 (NaN without dev data). */
  onEpoch?: (report: EpochReport) => void;
  info?: Record<string, unknown>;
}

export interface EpochReport {
  epoch: number;
  devF1: number;
  mistakes: number;
  seconds: number;
}

export interface TrainResult {
  model: NerModel;
  bestEpoch: number;
  devF1: number;
  history: EpochReport[];
}

export { mulberry32 } from '../core/random.js';

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

const NO_FEATURES: SentenceFeatures = { hashes: new Int32Array(0), offsets: new Int32Array(1) };

const TYPE_BIT: Record<string, number> = { PER: GAZ_BIT.per, ORG: GAZ_BIT.org, LOC: GAZ_BIT.loc, MISC: GAZ_BIT.misc };

/** Adds the gold entities of `sentences` to a lexicon's gazetteer (names, and first/last names of people). */
export function addTrainingGazetteer(lexicon: Lexicon, sentences: readonly ConllSentence[]): void {
  for (const sentence of sentences) {
    for (const chunk of chunks(sentence.tags)) {
      const words = sentence.tokens.slice(chunk.start, chunk.end);
      addGazetteer(lexicon, words.join(' '), TYPE_BIT[chunk.type] ?? 0);
      if (chunk.type === 'PER' && words.length > 1) {
        addGazetteer(lexicon, words[0], GAZ_BIT.first);
        addGazetteer(lexicon, words[words.length - 1], GAZ_BIT.last);
      }
    }
  }
}

function baseLexicon(options: TrainOptions): Lexicon {
  const lexicon = emptyLexicon();
  if (options.clusters) lexicon.clusters = options.clusters;
  if (options.caps) lexicon.caps = options.caps;
  for (const [phrase, bit] of options.gazetteer ?? []) addGazetteer(lexicon, phrase, bit);
  return lexicon;
}

function withTrainingGazetteer(options: TrainOptions, sentences: readonly ConllSentence[]): Lexicon {
  const lexicon = baseLexicon(options);
  lexicon.gazetteer = new Map(lexicon.gazetteer);
  lexicon.gazFirst = new Set(lexicon.gazFirst);
  if (options.trainGazetteer !== false) addTrainingGazetteer(lexicon, sentences);
  return lexicon;
}

function checkSentences(sentences: readonly ConllSentence[], name: string): void {
  sentences.forEach((sentence, i) => {
    if (sentence.tags.length !== sentence.tokens.length) throw new Error(`${name} sentence ${i + 1} has no tag column`);
    if (!isValidIob2(sentence.tags)) throw new Error(`${name} sentence ${i + 1} is not valid IOB2 (${sentence.tags.join(' ')})`);
  });
}

/** Tag every sentence of `features` with the given weights. */
export function tagAll(
  features: readonly RowFeatures[],
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
): string[][] {
  return features.map((f) => {
    const n = f.offsets.length - 1;
    return Array.from(viterbi(emissionScores(f.rows, f.offsets, weights), n, transitions, start), (l) => LABELS[l]);
  });
}

/** A sentence's features resolved to weight rows (-1 for features training never saw). */
interface RowFeatures {
  rows: Int32Array;
  offsets: Int32Array;
}

/** Assigns a row to every distinct feature hash seen in training. */
class FeatureDictionary {
  readonly ids = new Map<number, number>();
  add(f: SentenceFeatures): RowFeatures {
    const rows = new Int32Array(f.hashes.length);
    for (let i = 0; i < rows.length; i++) {
      let id = this.ids.get(f.hashes[i]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(f.hashes[i], id);
      }
      rows[i] = id;
    }
    return { rows, offsets: f.offsets };
  }
  lookup(f: SentenceFeatures): RowFeatures {
    return { rows: Int32Array.from(f.hashes, (h) => this.ids.get(h) ?? -1), offsets: f.offsets };
  }
}

/** Keeps the rows with any non-zero weight: the others can never change a score. */
function pruneRows(dictionary: FeatureDictionary, weights: Float32Array): { features: Int32Array; weights: Float32Array } {
  const keptFeatures: number[] = [];
  const keptRows: number[] = [];
  for (const [hash, row] of dictionary.ids) {
    for (let l = 0; l < N_LABELS; l++) {
      if (weights[row * N_LABELS + l] !== 0) {
        keptFeatures.push(hash);
        keptRows.push(row);
        break;
      }
    }
  }
  const out = new Float32Array(keptRows.length * N_LABELS);
  keptRows.forEach((row, i) => out.set(weights.subarray(row * N_LABELS, row * N_LABELS + N_LABELS), i * N_LABELS));
  return { features: Int32Array.from(keptFeatures), weights: out };
}

export function trainTagger(options: TrainOptions): TrainResult {
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const train = options.train;
  const dev = options.dev ?? [];
  checkSentences(train, 'training');
  checkSentences(dev, 'dev');

  // Out-of-fold gazetteers for the training features; the full one for dev and for the saved model.
  const foldOf = (i: number) => Math.floor((i * GAZETTEER_FOLDS) / train.length);
  const foldLexicons: Lexicon[] = [];
  for (let k = 0; k < GAZETTEER_FOLDS; k++) {
    foldLexicons.push(withTrainingGazetteer(options, train.filter((_, i) => foldOf(i) !== k)));
  }
  const fullLexicon = withTrainingGazetteer(options, train);

  const dictionary = new FeatureDictionary();
  const withExtra = (full: SentenceFeatures, extra: SentenceFeatures | undefined) => {
    if (options.extraOnly) {
      if (!extra) throw new Error('extraOnly training needs extra features for every sentence');
      return extra;
    }
    const f = options.coreOnly ? coreFeatures(full) : full;
    return extra ? appendFeatures(f, extra) : f;
  };
  const ownFeatures = (tokens: readonly string[], lexicon: Lexicon) =>
    options.extraOnly ? NO_FEATURES : extractFeatures(tokens, lexicon);
  const trainFeatures = train.map((s, i) =>
    dictionary.add(withExtra(ownFeatures(s.tokens, foldLexicons[foldOf(i)]), options.extra?.train?.[i])),
  );
  const trainGold = train.map((s) => Int32Array.from(s.tags, labelIndex));
  const devFeatures = dev.map((s, i) =>
    dictionary.lookup(withExtra(ownFeatures(s.tokens, fullLexicon), options.extra?.dev?.[i])),
  );

  const size = dictionary.ids.size * N_LABELS;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c × update, for averaging: avg = w - u / c
  const tw = new Float64Array(N_LABELS * N_LABELS);
  const tu = new Float64Array(N_LABELS * N_LABELS);
  const sw = new Float64Array(N_LABELS);
  const su = new Float64Array(N_LABELS);
  let c = 1;

  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const order = Int32Array.from(train.keys());
  const history: EpochReport[] = [];
  let best: { epoch: number; f1: number; weights: Float32Array; transitions: Float32Array; start: Float32Array } | null =
    null;

  const averaged = (weights: Float64Array, sums: Float64Array) => {
    const out = new Float32Array(weights.length);
    for (let i = 0; i < weights.length; i++) out[i] = weights[i] - sums[i] / c;
    return out;
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    const began = performance.now();
    shuffle(order, random);
    let mistakes = 0;
    for (const s of order) {
      const features = trainFeatures[s];
      const gold = trainGold[s];
      const n = gold.length;
      const pred = viterbi(emissionScores(features.rows, features.offsets, w), n, tw, sw);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) continue;
        wrong = true;
        mistakes++;
        for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
          const row = features.rows[f] * N_LABELS;
          w[row + gold[i]] += 1;
          u[row + gold[i]] += c;
          w[row + pred[i]] -= 1;
          u[row + pred[i]] -= c;
        }
      }
      if (wrong) {
        if (gold[0] !== pred[0]) {
          sw[gold[0]] += 1; su[gold[0]] += c;
          sw[pred[0]] -= 1; su[pred[0]] -= c;
        }
        for (let i = 1; i < n; i++) {
          const g = gold[i - 1] * N_LABELS + gold[i];
          const p = pred[i - 1] * N_LABELS + pred[i];
          if (g === p) continue;
          tw[g] += 1; tu[g] += c;
          tw[p] -= 1; tu[p] -= c;
        }
      }
      c++;
    }
    const weights = averaged(w, u);
    const transitions = averaged(tw, tu);
    const start = averaged(sw, su);
    let devF1 = Number.NaN;
    if (dev.length > 0) {
      const predicted = tagAll(devFeatures, weights, transitions, start);
      devF1 = conllEval(dev.map((s) => s.tags), predicted).micro.f1;
    }
    const report = { epoch, devF1, mistakes, seconds: (performance.now() - began) / 1000 };
    history.push(report);
    options.onEpoch?.(report);
    if (!best || !(devF1 <= best.f1)) best = { epoch, f1: devF1, weights, transitions, start };
  }
  if (!best) throw new Error('training needs at least one epoch');

  const pruned = pruneRows(dictionary, best.weights);
  const { weights, scale } = quantise(pruned.weights, options.weightType ?? 'i16');
  const model: NerModel = {
    header: {
      featureVersion: FEATURE_VERSION,
      rows: pruned.features.length,
      labels: [...LABELS],
      weightType: options.weightType ?? 'i16',
      scale,
      info: {
        ...options.info,
        epoch: best.epoch,
        epochs,
        seed: options.seed ?? DEFAULT_SEED,
        devF1: Number.isNaN(best.f1) ? null : best.f1,
        trainSentences: train.length,
      },
    },
    features: pruned.features,
    weights,
    transitions: best.transitions,
    start: best.start,
    lexicon: fullLexicon,
  };
  return { model, bestEpoch: best.epoch, devF1: best.f1, history };
}
