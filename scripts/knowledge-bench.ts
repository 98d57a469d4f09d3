// Measures the knowledge base: size, load time, alias-matcher throughput and entities+resolve speed on the
// Wikinews CSVs in ../shared/data/news/wikinews (or the files given).
// Run: npx tsx scripts/knowledge-bench.ts [file.csv ...]
// Throughputs are per second of this thread's CPU time (Linux; wall time elsewhere).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../src/knowledge/load.js';
import { entitiesStage } from '../src/knowledge/entities.js';
import { resolveStage } from '../src/knowledge/resolve.js';
import { pieces } from '../src/knowledge/normalize.js';
import { segment } from '../src/text/segment.js';
import type { Document } from '../src/core/document.js';
import { parseCsvObjects } from '../src/text/csv.js';

/** CPU time of this thread alone (Linux), so timings hold on a busy machine; undefined elsewhere. */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const WIKINEWS_DIR = path.resolve('..', 'shared', 'data', 'news', 'wikinews');
// Repeat the matcher pass so the figure is not dominated by timer noise on a short corpus.
const MATCH_ROUNDS = 3;

/** The `text` column of a CSV with a header. */
function csvTexts(file: string): string[] {
  return parseCsvObjects(readFileSync(file, 'utf8')).map((row) => row.text ?? '').filter((t) => t.length > 0);
}

const files = process.argv.slice(2);
const inputs = files.length > 0 ? files : existsSync(WIKINEWS_DIR) ? readdirSync(WIKINEWS_DIR).filter((f) => f.endsWith('.csv')).map((f) => path.join(WIKINEWS_DIR, f)) : [];
if (inputs.length === 0) {
  console.error('no input: pass CSV files with a "text" column');
  process.exit(1);
}
const texts = inputs.flatMap(csvTexts);
const chars = texts.reduce((n, t) => n + t.length, 0);

const c0 = threadCpuMs();
const t0 = performance.now();
const kb = loadKnowledgeBase();
const loadMs = performance.now() - t0;
const c1 = threadCpuMs();
let aliases = 0;
for (const a of kb.actors.values()) aliases += a.aliases.length;
console.log(`knowledge base: ${kb.actors.size} actors (${aliases} aliases), ${kb.countries.size} countries, ${kb.places.size} places, ${kb.matcher.size} matcher entries`);
console.log(`load: ${loadMs.toFixed(0)} ms wall${c0 !== undefined && c1 !== undefined ? `, ${c1 - c0} ms main-thread CPU` : ''}`);

let words = 0;
for (const t of texts) words += pieces(t).length;
const t1 = performance.now();
const m0 = threadCpuMs();
let matches = 0;
for (let r = 0; r < MATCH_ROUNDS; r++) for (const t of texts) matches += kb.matcher.match(t).length;
const m1 = threadCpuMs();
const matchS = (m0 !== undefined && m1 !== undefined ? m1 - m0 : performance.now() - t1) / 1000;
console.log(
  `matcher: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${words} word pieces; ` +
    `${((chars * MATCH_ROUNDS) / matchS / 1e6).toFixed(1)} M chars/s, ${Math.round((words * MATCH_ROUNDS) / matchS).toLocaleString('en')} pieces/s ` +
    `(${matches / MATCH_ROUNDS} matches)`,
);

const docs: Document[] = texts.map((text) => ({
  source: { kind: 'inline', location: 'bench' },
  article: { title: '', text, paragraphs: [] },
  segments: segment(text),
}));
const t2 = performance.now();
const s0 = threadCpuMs();
let links = 0;
let extracted = 0;
for (const d of docs) {
  const done = resolveStage.run(entitiesStage.run(d, { knowledge: kb }), { knowledge: kb });
  links += done.resolution!.links.length;
  extracted += done.resolution!.actors.filter((a) => a.origin === 'extracted').length;
}
const s1 = threadCpuMs();
const stageS = (s0 !== undefined && s1 !== undefined ? s1 - s0 : performance.now() - t2) / 1000;
console.log(
  `entities+resolve (no tagger): ${(docs.length / stageS).toFixed(0)} articles/s, ${(chars / stageS / 1e6).toFixed(2)} M chars/s; ` +
    `${links} links, ${extracted} extracted actors`,
);
