// Rebuilds the tiny test model from hand-written sentences (never CoNLL):
//   npx tsx scripts/ner-tiny-model.ts   → src/ner/fixtures/tiny.bin
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.js';
import { writeFileAtomic } from '../src/ner/io.js';
import { GAZ_BIT } from '../src/ner/lexicon.js';
import { encodeModel } from '../src/ner/model.js';
import { trainStackedTagger } from '../src/ner/stacking.js';

export const TINY_EPOCHS = 10;
const fixtures = new URL('../src/ner/fixtures/', import.meta.url);
const train = parseConll(readFileSync(new URL('tiny-train.conll', fixtures), 'utf8'));
// Two stages, like the real model, so the document path is exercised by the tests too.
const result = trainStackedTagger({
  train,
  epochs: TINY_EPOCHS,
  seed: 1,
  // A handful of place names stand in for the real place gazetteer.
  gazetteer: ['Kabul', 'London', 'Paris', 'Cairo', 'Lagos', 'Accra', 'Mogadishu', 'Lyon'].map((p) => [p, GAZ_BIT.place] as const),
  info: { train: 'src/ner/fixtures/tiny-train.conll' },
});
const bytes = encodeModel(result.model);
writeFileAtomic(new URL('tiny.bin', fixtures).pathname, bytes);
console.log(`tiny model: ${result.model.header.rows} + ${result.model.header.second?.rows} rows, ${bytes.length} bytes`);
