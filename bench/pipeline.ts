// `npm run bench -- pipeline`: ingest the BBC corpus (2,225 articles) into a fresh database on one core and
// print articles/s and tokens/s for the whole pipeline and per stage.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIntoStore, type IngestTimings } from '../src/app/ingest.js';
import { getRuntime } from '../src/app/runtime.js';
import { openStore } from '../src/store/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'news', 'bbc');

export async function main(args: string[]): Promise<number> {
  const corpus = args[0] ?? CORPUS;
  if (!existsSync(corpus)) {
    console.error(`bench pipeline: corpus not found at ${corpus} (it lives in ../shared/data/news/bbc; pass another directory as the first argument)`);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = await openStore(join(work, 'bench.db'));
  const runtime = getRuntime();
  const loadStarted = performance.now();
  runtime.pipeline.run(
    { source: { kind: 'inline', location: 'warm-up' }, raw: { mediaType: 'text/plain', content: 'Warm up\n\nThe resources load once.', charset: 'utf-8', contentHash: 'warm-up' } },
    runtime.resources,
  );
  const loadMs = performance.now() - loadStarted;
  runtime.pipeline.timings.clear();
  const timings: IngestTimings = { read: 0, analyse: 0, store: 0 };
  let tokens = 0;
  const started = performance.now();
  const originalRun = runtime.pipeline.run.bind(runtime.pipeline);
  runtime.pipeline.run = (doc, resources) => {
    const out = originalRun(doc, resources);
    tokens += out.segments?.tokens.length ?? 0;
    return out;
  };
  const summary = await ingestIntoStore([corpus], store, { runtime, timings });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  rmSync(work, { recursive: true, force: true });

  const articles = summary.ingested + summary.updated + summary.unchanged;
  const rate = (ms: number) => (ms > 0 ? articles / (ms / 1000) : Infinity);
  console.log(`Sitrep pipeline benchmark — ${corpus}`);
  console.log(`stages: ${runtime.pipeline.stageNames.join(' → ')}`);
  console.log(`resources loaded in ${loadMs.toFixed(0)} ms (not counted below)`);
  console.log(`articles: ${articles} stored, ${summary.failed.length} failed; tokens: ${tokens}`);
  console.log(`whole pipeline (read → store): ${seconds.toFixed(2)} s = ${(articles / seconds).toFixed(0)} articles/s, ${(tokens / seconds).toFixed(0)} tokens/s`);
  console.log('');
  console.log('phase/stage                 ms       articles/s     tokens/s');
  const row = (name: string, ms: number) =>
    console.log(`${name.padEnd(24)} ${ms.toFixed(0).padStart(8)} ${rate(ms).toFixed(0).padStart(14)} ${(tokens / (ms / 1000)).toFixed(0).padStart(12)}`);
  row('read + decode', timings.read);
  for (const [name, ms] of runtime.pipeline.timings) row(`  ${name}`, ms);
  row('store (SQLite)', timings.store);
  for (const failure of summary.failed.slice(0, 5)) console.log(`failed ${failure.location}: ${failure.error.format()}`);
  return 0;
}
