// Export speed and memory: `npx tsx src/export/bench.ts [events] [db-file]` seeds a synthetic database (the
// workbench's generator, through the store's write path, so clustering runs too), then streams every event in each
// format to nowhere, printing rows/s and the peak resident memory.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { seedSynthetic } from '../web/testing/synthetic.js';
import { EXPORT_FORMATS, exportChunks } from './index.js';

const events = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-bench-'));
const path = process.argv[3] ?? join(dir, 'bench.db');
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
try {
  let store = await openStore(path);
  let t = performance.now();
  const articles = await seedSynthetic(store, { events });
  const stats = await store.stats();
  console.log(`seeded ${events} extracted events from ${articles} articles in ${((performance.now() - t) / 1000).toFixed(1)} s → ${stats.events} stored events after clustering`);
  await store.close();
  store = await openStore(path);
  for (const format of EXPORT_FORMATS) {
    peak = process.memoryUsage().rss;
    t = performance.now();
    let bytes = 0;
    for await (const chunk of exportChunks(store, format)) bytes += chunk.length;
    const seconds = (performance.now() - t) / 1000;
    console.log(`${format.padEnd(8)} ${Math.round(stats.events / seconds).toLocaleString('en')} rows/s, ${(bytes / 1e6).toFixed(1)} MB, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
  }
  await store.close();
} finally {
  clearInterval(sample);
  rmSync(dir, { recursive: true, force: true });
}
