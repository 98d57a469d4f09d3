// Builds the word clusters used by the NER features from unlabelled text in ../shared/data:
//   npx tsx scripts/ner-clusters.ts [--out models/ner-clusters.v1.tsv] [--data ../shared/data]
// Sources: BBC + Wikinews news, PolNeAR article texts, and the CoNLL training tokens (labels unused).
// The dev split is deliberately left out, so dev scores stay honest. Output: `word\tpath\tcount\tcapitalisedShare` lines.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildClusters, tokeniseText } from '../src/ner/clusters.js';
import { parseConll } from '../src/ner/conll.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const data = resolve(opt('--data', '../shared/data'));
const out = opt('--out', 'models/ner-clusters.v1.tsv');

function* files(dir: string, ext: RegExp): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path, ext);
    else if (ext.test(name)) yield path;
  }
}

const sentences: string[][] = [];
const sources: Record<string, number> = {};
const add = (source: string, list: string[][]) => {
  sentences.push(...list);
  sources[source] = (sources[source] ?? 0) + list.reduce((n, s) => n + s.length, 0);
};
for (const path of files(join(data, 'news', 'bbc'), /^\d+\.txt$/)) add('bbc', tokeniseText(readFileSync(path, 'utf8')));
for (const path of files(join(data, 'news', 'wikinews'), /\.csv$/)) add('wikinews', tokeniseText(readFileSync(path, 'utf8')));
for (const path of files(join(data, 'quotes', 'polnear'), /\.txt$/)) add('polnear', tokeniseText(readFileSync(path, 'utf8')));
add('conll-train', parseConll(readFileSync(join(data, 'conll2003', 'train.txt'), 'utf8')).map((s) => s.tokens));

const began = performance.now();
const { paths, counts, capitalised } = buildClusters(sentences);
const lines = [...paths.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, p]) => `${w}\t${p}\t${counts.get(w)}\t${capitalised.has(w) ? capitalised.get(w)!.toFixed(3) : ''}`);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`tokens per source: ${JSON.stringify(sources)}`);
console.log(`${paths.size} words clustered in ${((performance.now() - began) / 1000).toFixed(1)}s → ${out}`);
