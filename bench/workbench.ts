// `npm run bench -- workbench [--events N] [--runs R] [--db FILE]` (FILE is seeded once, then reused): seed a synthetic database with N events (default 100,000)
// and time the workbench pages and the API list endpoints in-process (no network), median of R runs.
// Targets from issue 7: overview and events pages under 1 s, API list endpoints under 50 ms.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { createServerApp } from '../src/web/app.js';
import { seedSynthetic } from '../src/web/testing/synthetic.js';

const PAGE_BUDGET_MS = 1_000;
const API_BUDGET_MS = 50;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function main(args: string[]): Promise<number> {
  const events = option(args, '--events', 100_000);
  const runs = option(args, '--runs', 5);
  const given = args.indexOf('--db') >= 0 ? args[args.indexOf('--db') + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const path = given ?? join(dir, 'bench.db');
  let t = performance.now();
  if (!given || !existsSync(given)) {
    const seeding = await openStore(path);
    const articles = await seedSynthetic(seeding, { events });
    await seeding.close();
    console.log(`seeded ${events.toLocaleString('en')} events in ${articles.toLocaleString('en')} articles: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } else {
    console.log(`reusing ${given}`);
  }
  // Opened again as `sitrep serve` would after an ingest (the planner's statistics are refreshed at open).
  const store = await openStore(path);
  try {
    const app = createServerApp(store);
    const targets: Array<[string, number]> = [
      ['/', PAGE_BUDGET_MS],
      ['/events', PAGE_BUDGET_MS],
      ['/events?sort=killed&order=desc', PAGE_BUDGET_MS],
      ['/events?country=AF&minKilled=10&from=2020-01-01', PAGE_BUDGET_MS],
      ['/events?q=checkpoint&offset=50000', PAGE_BUDGET_MS],
      ['/events/1', PAGE_BUDGET_MS],
      ['/actors/northern-front', PAGE_BUDGET_MS],
      ['/api/events', API_BUDGET_MS],
      ['/api/events?sort=killed', API_BUDGET_MS],
      ['/api/events?country=AF&attackType=Armed%20Assault', API_BUDGET_MS],
      ['/api/events?minKilled=30&reviewStatus=unreviewed', API_BUDGET_MS],
      ['/api/events?offset=90000', API_BUDGET_MS],
      ['/api/articles', API_BUDGET_MS],
      ['/api/actors', API_BUDGET_MS],
      ['/api/quotes', API_BUDGET_MS],
      ['/api/search?q=checkpoint', API_BUDGET_MS],
    ];
    t = performance.now();
    await (await app.request('/')).text();
    console.log(`overview, first render (aggregates not cached yet, basemap projected): ${(performance.now() - t).toFixed(0)} ms`);
    let failed = 0;
    console.log(`\n${'route'.padEnd(52)} ${'median ms'.padStart(10)} ${'budget'.padStart(8)}`);
    for (const [path, budget] of targets) {
      await (await app.request(path)).text(); // warm: prepared statements, the basemap
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        t = performance.now();
        const response = await app.request(path);
        await response.text();
        times.push(performance.now() - t);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const ok = median <= budget;
      if (!ok) failed++;
      console.log(`${path.padEnd(52)} ${median.toFixed(1).padStart(10)} ${String(budget).padStart(8)} ${ok ? '' : 'OVER'}`);
    }
    t = performance.now();
    const csv = await (await app.request('/api/events/export?format=csv')).text();
    console.log(`\nexport CSV of all ${events.toLocaleString('en')} events: ${(performance.now() - t).toFixed(0)} ms, ${(csv.length / 1e6).toFixed(1)} MB`);
    console.log(failed ? `${failed} route(s) over budget` : 'all routes within budget');
    return failed ? 1 : 0;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
