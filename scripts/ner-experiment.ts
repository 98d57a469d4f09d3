// Quick training experiment on the CoNLL data (nothing is written):
//   npx tsx scripts/ner-experiment.ts [--epochs N] [--seed N] [--no-gaz] [--clusters FILE] [--places] [--stacked] [--type i16]
import { readFileSync } from 'node:fs';
import { loadClusterFile } from '../src/ner/clusters.js';
import { parseConll } from '../src/ner/conll.js';
import { conllEval } from '../src/ner/conlleval.js';
import { decodeModel, encodeModel, type WeightType } from '../src/ner/model.js';
import { placeGazetteer } from '../src/ner/places.js';
import { trainStackedTagger } from '../src/ner/stacking.js';
import { PerceptronTagger } from '../src/ner/tagger.js';
import { trainTagger, type TrainOptions } from '../src/ner/train.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = '../shared/data/conll2003';
const train = parseConll(readFileSync(`${data}/train.txt`, 'utf8'));
const dev = parseConll(readFileSync(`${data}/dev.txt`, 'utf8'));
const clustersFile = opt('--clusters');
const lexicon = clustersFile ? loadClusterFile(clustersFile) : undefined;
const began = performance.now();
const options: TrainOptions = {
  train,
  dev,
  epochs: Number(opt('--epochs') ?? 8),
  seed: Number(opt('--seed') ?? 1),
  trainGazetteer: !args.includes('--no-gaz'),
  weightType: (opt('--type') ?? 'i16') as WeightType,
  clusters: lexicon?.clusters,
  caps: args.includes('--no-caps') ? undefined : lexicon?.caps,
  gazetteer: args.includes('--places') ? placeGazetteer() : undefined,
  onEpoch: (r) => console.log(`epoch ${r.epoch} dev F1 ${(r.devF1 * 100).toFixed(2)} mistakes ${r.mistakes} ${r.seconds.toFixed(1)}s`),
};
const model = args.includes('--stacked') ? trainStackedTagger(options, console.log).model : trainTagger(options).model;
console.log(`trained in ${((performance.now() - began) / 1000).toFixed(0)} s`);

// Score the saved (quantised) form, as tagging will see it.
const bytes = encodeModel(model);
const tagger = new PerceptronTagger(decodeModel(bytes));
const tokens = dev.reduce((n, s) => n + s.tokens.length, 0);
for (const [name, tag] of [
  ['sentence', () => dev.map((s) => tagger.tagSentence(s.tokens))],
  ['document', () => tagger.tagDocument(dev.map((s) => s.tokens))],
] as const) {
  tag();
  const t = performance.now();
  const predicted = tag();
  const seconds = (performance.now() - t) / 1000;
  const score = conllEval(dev.map((s) => s.tags), predicted);
  console.log(`${name}: ${(bytes.length / 1e6).toFixed(1)} MB, dev F1 ${(score.micro.f1 * 100).toFixed(2)}, ${Math.round(tokens / seconds)} tokens/s`);
  for (const [type, s] of Object.entries(score.byType)) console.log(`  ${type} P ${(s.precision * 100).toFixed(2)} R ${(s.recall * 100).toFixed(2)} F1 ${(s.f1 * 100).toFixed(2)}`);
}
