// Child process of `npm run eval -- quotes`: the compiled quote stage (dist/, as `sitrep` runs it) over the BBC News
// articles, warm, per CPU second, in a process of its own so that the eval's heap and the TypeScript copy of the stage
// do not weigh on it. Prints the measure (eval/steady-rate.ts) as JSON. Usage: tsx eval/_quote-speed.ts DIST BBC_DIR OPTIONS_JSON
// [entities] — with "entities", each article first goes through the entity and resolve stages (bundled tagger and
// knowledge base), as `sitrep` runs them; only the quote stage is timed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Document } from '../src/core/document.js';
import { steadyRate, type SteadyRateOptions } from './steady-rate.js';

const [dist, bbcDir, optionsJson, layers] = process.argv.slice(2);
const load = async <T>(path: string) => (await import(pathToFileURL(join(dist, path)).href)) as T;
const { segment } = await load<typeof import('../src/text/segment.js')>('text/segment.js');
const { extractQuotes } = await load<typeof import('../src/quotes/extract.js')>('quotes/extract.js');
const { loadVocabulary } = await load<typeof import('../src/quotes/vocabulary.js')>('quotes/vocabulary.js');

type Prepare = (doc: Document) => Document;
let prepare: Prepare = (doc) => doc;
if (layers === 'entities') {
  const knowledge = await load<typeof import('../src/knowledge/index.js')>('knowledge/index.js');
  const { loadResources } = await load<typeof import('../src/pipeline/resources.js')>('pipeline/resources.js');
  const resources = loadResources();
  prepare = (doc) => knowledge.resolveStage.run(knowledge.entitiesStage.run(doc, resources), resources);
}

const docs: Document[] = [];
for (const topic of readdirSync(bbcDir, { withFileTypes: true })) {
  if (!topic.isDirectory()) continue;
  for (const f of readdirSync(join(bbcDir, topic.name)).sort()) {
    if (!f.endsWith('.txt')) continue;
    const text = readFileSync(join(bbcDir, topic.name, f), 'utf8');
    docs.push(prepare({ source: { kind: 'file' as const, location: f }, article: { title: '', text, paragraphs: [] }, segments: segment(text) }));
  }
}
const vocab = loadVocabulary();
const speed = steadyRate(() => {
  for (const d of docs) extractQuotes(d, vocab, {});
  return docs.length;
}, JSON.parse(optionsJson) as SteadyRateOptions);
console.log(JSON.stringify(speed));
