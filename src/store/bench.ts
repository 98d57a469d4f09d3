// Store write speed on synthetic documents: `npx tsx src/store/bench.ts [db-file] [count]`.
// Prints articles/s for one transaction per document, for batches, and for re-saving unchanged documents.
// The pipeline bench (bench/) measures the whole chain on real text; this isolates the store's share.

import { rmSync } from 'node:fs';
import { openStore } from './index.js';
import { makeDoc, type MentionSpec } from './testing/documents.js';
import type { Actor, Document } from '../core/document.js';

/** Sentences per synthetic article: about 4 KB of text, a typical news report. */
const SENTENCES = 40;
const BATCH = 100;
const NAMES = ['Kabul', 'Taliban', 'Herat', 'United Nations', 'Pakistan', 'Islamic State'];

function syntheticDocs(count: number): Document[] {
  const actors: Actor[] = NAMES.map((name, i) => ({
    id: `actor-${i}`,
    name,
    kind: 'organization',
    aliases: [name, name.toUpperCase()],
    origin: 'bundled',
  }));
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    const mentions: MentionSpec[] = [];
    for (let s = 0; s < SENTENCES; s++) {
      const k = (i + s) % NAMES.length;
      text += `Sentence ${s} of report ${i} says that ${NAMES[k]} officials met on day ${s} to discuss the matter at length. `;
      mentions.push({ surface: NAMES[k], label: 'ORG', actorId: actors[k].id, nth: Math.floor(s / NAMES.length) });
    }
    const url = `https://bench.example/${i}`;
    return makeDoc({ location: url, url, title: `Report ${i}`, text, mentions, actors, published: '2024-01-01' });
  });
}

async function timed(label: string, count: number, run: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${count} articles in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} articles/s`);
}

const path = process.argv[2] ?? ':memory:';
const count = Number(process.argv[3] ?? 2000);
const docs = syntheticDocs(count);
const fresh = async (suffix: string) => {
  const file = path === ':memory:' ? path : `${path}${suffix}`;
  if (file !== ':memory:') for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
  return openStore(file);
};

const single = await fresh('');
await timed('saveDocument (1 transaction each)', count, async () => {
  for (const doc of docs) await single.saveDocument(doc);
});
await timed('saveDocument again (unchanged)', count, async () => {
  for (const doc of docs) await single.saveDocument(doc);
});
await single.close();

const batched = await fresh('.batch');
await timed(`saveDocuments (batches of ${BATCH})`, count, async () => {
  for (let i = 0; i < docs.length; i += BATCH) await batched.saveDocuments(docs.slice(i, i + BATCH));
});
await batched.close();
