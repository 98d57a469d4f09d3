// Trains the attribution tagger (src/quotes/model) on the PolNeAR TRAIN split (train + annotator-training) and writes
// models/quotes-attrib.v1.bin; with --cues, the cue classifier (models/quotes-cues.v1.bin).
//   npx tsx scripts/quotes-train.ts [--data DIR] [--out FILE] [--epochs N] [--seed N] [--holdout K] [--gate-rate R]
//   npx tsx scripts/quotes-train.ts --cues [--out FILE] [--holdout K] [--threshold T] [--prefilter T]
// --holdout K leaves every K-th train article (index % K === K - 1) out of training and scores the tagger on them
// (role-span exact F1), for choosing how the model combines with the rules (eval: --split train --slice K).
// Deterministic for a given seed. Only derived weights are written; no PolNeAR text.
import { join, resolve } from 'node:path';
import { conllEval } from '../src/ner/conlleval.js';
import { writeFileAtomic } from '../src/ner/io.js';
import { encodeModel } from '../src/ner/model.js';
import { trainTagger } from '../src/ner/train.js';
import { ATTRIBUTION_FEATURE_VERSION, cueWords, sentenceFeatures } from '../src/quotes/model/features.js';
import { readSplit, type TrainingArticle } from '../src/quotes/model/polnear.js';
import { AttributionTagger, ATTRIBUTION_MODEL_PATH, setCueGate } from '../src/quotes/model/tagger.js';
import { cueGate, DEFAULT_PRUNE, MIN_CUE_RATE, pruneModel } from '../src/quotes/model/slim.js';
import { loadVocabulary } from '../src/quotes/vocabulary.js';
import { labelledCandidates, readGoldSplit, trainCueModel } from '../src/quotes/model/cue-train.js';
import { CUE_MODEL_PATH, encodeCueModel } from '../src/quotes/model/cues.js';

/** Cue classifier: hashed weight table size (2^bits), SGD epochs, step, L2, and the score (log-odds) threshold. */
const CUE_BITS = 15;
const CUE_EPOCHS = 10;
const CUE_RATE = 0.1;
const CUE_L2 = 1e-5;
const CUE_THRESHOLD = 0;
const CUE_PREFILTER = -3;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = resolve(opt('--data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'quotes', 'polnear'));
const out = resolve(opt('--out') ?? ATTRIBUTION_MODEL_PATH);
/** Epochs of the averaged perceptron; held-out role F1 levels off by about here. */
const epochs = Number(opt('--epochs') ?? 8);
const seed = Number(opt('--seed') ?? 1);
const holdout = Number(opt('--holdout') ?? 0);
/** Weight rows whose largest |weight| is under this share of the model's largest are dropped: they rarely change
 *  a decision, and a smaller table stays in cache (tagging speed). */
const prune = Number(opt('--prune') ?? DEFAULT_PRUNE);

const vocab = loadVocabulary();
const held = (i: number) => holdout > 0 && i % holdout === holdout - 1;
if (args.includes('--cues')) {
  trainCues();
  process.exit(0);
}
const cues = cueWords(vocab);
// annotator-training (4 articles) comes after train, so --holdout K leaves out the same train articles as eval --slice K.
const articles = [...readSplit(join(data, 'train'), vocab), ...readSplit(join(data, 'annotator-training'), vocab)];
const trainArticles = articles.filter((_, i) => !held(i));
const heldArticles = articles.filter((_, i) => held(i));

function sentences(list: TrainingArticle[]) {
  const out: { tokens: string[]; tags: string[] }[] = [];
  const extra: ReturnType<typeof sentenceFeatures>[] = [];
  for (const art of list) {
    art.ctx.sentences.forEach((s, si) => {
      if (s.tokenEnd === s.tokenStart) return;
      out.push({ tokens: art.ctx.surf.slice(s.tokenStart, s.tokenEnd), tags: art.tags[si] });
      const f = sentenceFeatures(art.ctx, si, cues);
      extra.push({ hashes: f.hashes.slice(), offsets: f.offsets.slice() });
    });
  }
  return { sentences: out, extra };
}

const train = sentences(trainArticles);
console.log(`training on ${trainArticles.length} articles, ${train.sentences.length} sentences; ${epochs} epochs, seed ${seed}`);
const result = trainTagger({
  train: train.sentences,
  extra: { train: train.extra },
  extraOnly: true,
  trainGazetteer: false,
  epochs,
  seed,
  info: { task: 'quotes.attribution', attributionFeatureVersion: ATTRIBUTION_FEATURE_VERSION, data: 'PolNeAR train', holdout },
  onEpoch: (r) => console.log(`epoch ${r.epoch}: ${r.mistakes} token mistakes, ${r.seconds.toFixed(1)} s`),
});
const model = pruneModel(result.model, prune);
setCueGate(model, cueGate(trainArticles, Number(opt('--gate-rate') ?? MIN_CUE_RATE)));
const bytes = encodeModel(model);
writeFileAtomic(out, bytes);
console.log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB, ${model.features.length} of ${result.model.features.length} rows kept)`);

if (heldArticles.length) {
  const tagger = new AttributionTagger(model);
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const art of heldArticles) {
    art.ctx.sentences.forEach((s, si) => {
      if (s.tokenEnd === s.tokenStart) return;
      gold.push(art.tags[si]);
      pred.push(tagger.mayHoldCue(art.ctx, si) ? tagger.tagSentence(art.ctx, si) : art.tags[si].map(() => 'O'));
    });
  }
  const score = conllEval(gold, pred);
  const role: Record<string, string> = { PER: 'source', ORG: 'cue', LOC: 'content' };
  console.log(`held-out ${heldArticles.length} articles: role-span exact micro F1 ${score.micro.f1.toFixed(3)}`);
  for (const [type, s] of Object.entries(score.byType)) {
    console.log(`  ${role[type] ?? type}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (gold ${s.gold})`);
  }
}

/**
 * --cues: the cue classifier (src/quotes/model/cues.ts) on train + annotator-training, written to
 * models/quotes-cues.v1.bin (or --out). --threshold T and --prefilter T set the stored log-odds thresholds of the
 * frame scorer and of the prefilter (chosen on the held-out train fifth).
 */
function trainCues(): void {
  const cueOut = resolve(opt('--out') ?? CUE_MODEL_PATH);
  const docs = [...readGoldSplit(join(data, 'train')), ...readGoldSplit(join(data, 'annotator-training'))];
  const kept = docs.filter((_, i) => !held(i));
  const started = performance.now();
  const candidates = kept.flatMap(({ doc, gold }) => labelledCandidates(doc, gold, vocab));
  const options = { bits: CUE_BITS, epochs: Number(opt('--epochs') ?? CUE_EPOCHS), seed, rate: CUE_RATE, l2: CUE_L2 };
  const threshold = Number(opt('--threshold') ?? CUE_THRESHOLD);
  const prefilterThreshold = Number(opt('--prefilter') ?? CUE_PREFILTER);
  const model = trainCueModel(candidates, options, { threshold, prefilterThreshold }, { task: 'quotes.cues', data: 'PolNeAR train + annotator-training', holdout });
  const bytes = encodeCueModel(model);
  writeFileAtomic(cueOut, bytes);
  console.log(`cue classifier: ${kept.length} articles, ${candidates.length} candidate frames (${candidates.filter((c) => c.positive).length} right), ` +
    `gate ${model.gate.length} words, ${String(model.info?.examples)} gated examples; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`wrote ${cueOut} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}
