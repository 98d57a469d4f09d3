// Quick training experiment: `npx tsx scripts/ner-experiment.ts [--epochs N] [--bits N] [--no-gaz] [--clusters FILE] [--places]`
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.js';
import { trainTagger } from '../src/ner/train.js';
import { loadClusterFile } from '../src/ner/clusters.js';
import { placeGazetteer } from '../src/ner/places.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = '/work/shared/data/conll2003';
const train = parseConll(readFileSync(`${data}/train.txt`, 'utf8'));
const dev = parseConll(readFileSync(`${data}/dev.txt`, 'utf8'));
const clustersFile = opt('--clusters');
const lex = clustersFile ? loadClusterFile(clustersFile) : undefined;
const t0 = performance.now();
const result = trainTagger({
  train,
  dev,
  epochs: Number(opt('--epochs') ?? 8),
  seed: Number(opt('--seed') ?? 1),

  trainGazetteer: !args.includes('--no-gaz'),
  weightType: (opt('--type') ?? 'i8') as 'i8',
  clusters: lex?.clusters,
  caps: args.includes('--no-caps') ? undefined : lex?.caps,
  gazetteer: args.includes('--places') ? placeGazetteer() : undefined,
  onEpoch: (r) => console.log(`epoch ${r.epoch} dev F1 ${(r.devF1 * 100).toFixed(2)} mistakes ${r.mistakes} ${r.seconds.toFixed(1)}s`),
});
console.log(`best epoch ${result.bestEpoch} F1 ${(result.devF1 * 100).toFixed(2)} total ${((performance.now() - t0) / 1000).toFixed(0)}s`);

// Re-score the saved (quantised) form, as tagging will see it.
import { decodeModel, encodeModel } from '../src/ner/model.js';
import { PerceptronTagger } from '../src/ner/tagger.js';
import { conllEval } from '../src/ner/conlleval.js';
const bytes = encodeModel(result.model);
const tagger = new PerceptronTagger(decodeModel(bytes));
const t1 = performance.now();
const predicted = dev.map((s) => tagger.tagSentence(s.tokens));
const seconds = (performance.now() - t1) / 1000;
const score = conllEval(dev.map((s) => s.tags), predicted);
const tokens = dev.reduce((n, s) => n + s.tokens.length, 0);
console.log(`saved ${result.model.header.weightType}: ${(bytes.length / 1e6).toFixed(1)} MB, dev F1 ${(score.micro.f1 * 100).toFixed(2)}, ${Math.round(tokens / seconds)} tokens/s`);
for (const [type, s] of Object.entries(score.byType)) console.log(`  ${type} P ${(s.precision * 100).toFixed(2)} R ${(s.recall * 100).toFixed(2)} F1 ${(s.f1 * 100).toFixed(2)}`);
