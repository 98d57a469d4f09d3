// `npm run bench -- pipeline [corpus-dir]`: ingest the BBC corpus (2,225 articles) into a fresh database on one
// core and print articles/s and tokens/s for the whole pipeline and per stage — once with every stage, and once
// without the statistical tagger (knowledge-base entities only), so the tagger's cost is visible.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIntoStore, type IngestTimings } from '../src/app/ingest.js';
import type { Runtime } from '../src/app/runtime.js';
import type { Document } from '../src/core/document.js';
import { buildPipeline } from '../src/pipeline/registry.js';
import { loadResources, type ResourceOptions } from '../src/pipeline/resources.js';
import { openStore } from '../src/store/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'news', 'bbc');

const WARM_UP: Document = {
  source: { kind: 'inline', location: 'warm-up' },
  raw: { mediaType: 'text/plain', content: 'Warm up\n\nGunmen killed two people in Kabul, officials said.', charset: 'utf-8', contentHash: 'warm-up' },
};

async function run(corpus: string, label: string, resourceOptions: ResourceOptions): Promise<void> {
  const loadStarted = performance.now();
  const runtime: Runtime = { pipeline: buildPipeline(), resources: loadResources(resourceOptions) };
  runtime.pipeline.run(WARM_UP, runtime.resources);
  const loadMs = performance.now() - loadStarted;
  runtime.pipeline.timings.clear();

  const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = await openStore(join(work, 'bench.db'));
  const timings: IngestTimings = { read: 0, analyse: 0, store: 0 };
  let tokens = 0;
  const pipelineRun = runtime.pipeline.run.bind(runtime.pipeline);
  runtime.pipeline.run = (doc, resources) => {
    const out = pipelineRun(doc, resources);
    tokens += out.segments?.tokens.length ?? 0;
    return out;
  };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const summary = await ingestIntoStore([corpus], store, { runtime, timings });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  await store.close();
  rmSync(work, { recursive: true, force: true });

  const articles = summary.ingested + summary.updated + summary.unchanged;
  const perSecond = (count: number, ms: number) => (ms > 0 ? (count / (ms / 1000)).toFixed(0) : '∞');
  console.log(`\n== ${label}`);
  console.log(`stages: ${runtime.pipeline.stageNames.join(' → ')}${runtime.resources.tagger ? ` (tagger ${runtime.resources.tagger.name})` : ' (no tagger)'}`);
  console.log(`resources loaded in ${loadMs.toFixed(0)} ms (not counted below)`);
  console.log(`articles: ${articles} stored, ${summary.failed.length} failed; tokens: ${tokens}`);
  console.log(
    `whole pipeline (read → store): ${seconds.toFixed(2)} s wall = ${perSecond(articles, seconds * 1000)} articles/s, ` +
      `${perSecond(tokens, seconds * 1000)} tokens/s; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
  );
  console.log('phase/stage                    ms   articles/s     tokens/s');
  const row = (name: string, ms: number) =>
    console.log(`${name.padEnd(26)} ${ms.toFixed(0).padStart(7)} ${perSecond(articles, ms).padStart(12)} ${perSecond(tokens, ms).padStart(12)}`);
  row('read + decode', timings.read);
  for (const [name, ms] of runtime.pipeline.timings) row(`  ${name}`, ms);
  row('store (SQLite, batched)', timings.store);
  for (const failure of summary.failed.slice(0, 5)) console.log(`failed ${failure.location}: ${failure.error.format()}`);
}

export async function main(args: string[]): Promise<number> {
  const corpus = args[0] ?? CORPUS;
  if (!existsSync(corpus)) {
    console.error(`bench pipeline: corpus not found at ${corpus} (it lives in ../shared/data/news/bbc; pass another directory as the first argument)`);
    return 2;
  }
  console.log(`Sitrep pipeline benchmark — ${corpus}, one process, one thread for the pipeline`);
  await run(corpus, 'every stage, with the trained tagger (default)', {});
  await run(corpus, 'knowledge-base entities only (no statistical tagger)', { nerModel: false });
  return 0;
}
