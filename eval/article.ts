// `npm run eval -- article [--data DIR] [--pages N]`: article-body precision/recall/F1 (Zyte benchmark shingle
// metric) for Sitrep and @mozilla/readability side by side on the same DOM (linkedom), pages/s for both, and
// title / published-date accuracy against test/fixtures/article/metadata.json.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, shingleMatch, type BodyScores, type TpFpFn } from '../src/article/shingles.js';
import { extractFromDocument, extractFromHtml } from '../src/article/extract.js';
import { readabilityBody, readabilityOnDocument } from '../src/article/baseline.js';
import { parseDocument } from '../src/article/dom.js';
import { isSitrepError } from '../src/core/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA = resolve(here, '..', '..', 'shared', 'data', 'article-extraction');
const METADATA_FIXTURE = resolve(here, '..', 'test', 'fixtures', 'article', 'metadata.json');
/** Published full-benchmark (181 pages) figures of readability.js, from the benchmark's README. */
const PUBLISHED_READABILITY_JS = { precision: 0.914, recall: 0.982, f1: 0.947 };
/** Timing runs over the whole set; the median damps noise from other processes on a shared machine. */
const TIMING_ROUNDS = 3;

interface Truth {
  articleBody: string;
  url: string;
}

interface MetadataTruth {
  id: string;
  title: string;
  published: string | null;
}

function fmt(s: BodyScores): string {
  return `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Rates {
  /** HTML string in, article out: parsing included. */
  endToEnd: number;
  /** Extraction alone on the parsed DOM. */
  extraction: number;
}

/** Both extractors timed page by page, alternating, so both see the same machine load. */
function timeBoth(pages: string[], a: (d: Document) => unknown, b: (d: Document) => unknown): [Rates, Rates] {
  const runs: Array<{ total: number[]; extraction: number[] }> = [{ total: [], extraction: [] }, { total: [], extraction: [] }];
  for (let r = 0; r < TIMING_ROUNDS; r++) {
    const parseMs = [0, 0];
    const runMs = [0, 0];
    for (const html of pages) {
      [a, b].forEach((run, k) => {
        const t0 = performance.now();
        const document = parseDocument(html);
        const t1 = performance.now();
        try {
          run(document);
        } catch {
          // A page without text costs its time all the same.
        }
        parseMs[k]! += t1 - t0;
        runMs[k]! += performance.now() - t1;
      });
    }
    for (const k of [0, 1]) {
      runs[k]!.total.push(parseMs[k]! + runMs[k]!);
      runs[k]!.extraction.push(runMs[k]!);
    }
  }
  const rates = (k: number): Rates => ({
    endToEnd: pages.length / (median(runs[k]!.total) / 1000),
    extraction: pages.length / (median(runs[k]!.extraction) / 1000),
  });
  return [rates(0), rates(1)];
}

export async function main(args: string[]): Promise<number> {
  const dataIndex = args.indexOf('--data');
  const dataDir = dataIndex >= 0 && args[dataIndex + 1] ? resolve(args[dataIndex + 1]!) : DEFAULT_DATA;
  const verbose = args.includes('--verbose');
  if (!existsSync(join(dataDir, 'ground-truth.json'))) {
    console.error(`article eval: benchmark data not found at ${dataDir}`);
    console.error('  expected ../shared/data/article-extraction (ground-truth.json, html/*.html.gz); pass --data DIR');
    return 2;
  }
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const ids = Object.keys(truth);
  const html = new Map(ids.map((id) => [id, gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8')]));

  // 1. The metric: reproduce readability.js from its published outputs.
  const publishedPath = join(dataDir, 'published-outputs', 'readability_js.json');
  const readabilityScoresFromOutputs = existsSync(publishedPath)
    ? aggregate(ids.map((id) => {
        const out = (JSON.parse(readFileSync(publishedPath, 'utf8')) as { output: Record<string, { articleBody?: string }> }).output;
        return shingleMatch(truth[id]!.articleBody, out[id]?.articleBody ?? '');
      }))
    : undefined;

  // 2. Quality, both extractors on the same pages.
  const sitrep: TpFpFn[] = [];
  const readability: TpFpFn[] = [];
  const failures: string[] = [];
  for (const id of ids) {
    const page = html.get(id)!;
    let body = '';
    try {
      body = extractFromHtml(page, truth[id]!.url).text;
    } catch (error) {
      failures.push(`${id.slice(0, 12)}: ${isSitrepError(error) ? error.format() : String(error)}`);
    }
    sitrep.push(shingleMatch(truth[id]!.articleBody, body));
    readability.push(shingleMatch(truth[id]!.articleBody, readabilityBody(page).text));
    if (verbose) {
      const [tp, fp, fn] = sitrep.at(-1)!;
      console.log(`  ${id.slice(0, 12)}  P ${(tp / (tp + fp || 1)).toFixed(3)}  R ${(tp / (tp + fn || 1)).toFixed(3)}  ${truth[id]!.url}`);
    }
  }

  // 3. Speed, HTML string in, text out (parsing included for both: the same linkedom parse).
  const pages = [...html.values()];
  const [sitrepRate, readabilityRate] = timeBoth(pages, (d) => extractFromDocument(d), (d) => readabilityOnDocument(d));

  console.log(`Article body extraction — ${ids.length} pages of ${dataDir}`);
  if (readabilityScoresFromOutputs) {
    console.log(`metric check: readability_js published outputs on these pages → ${fmt(readabilityScoresFromOutputs)}`);
    const same = Math.abs(readabilityScoresFromOutputs.f1 - aggregate(readability).f1) < 1e-9;
    console.log(`              our in-process @mozilla/readability run ${same ? 'reproduces them exactly' : 'DIFFERS from them'}`);
    console.log(`              (published on all 181 pages: precision ${PUBLISHED_READABILITY_JS.precision}  recall ${PUBLISHED_READABILITY_JS.recall}  F1 ${PUBLISHED_READABILITY_JS.f1})`);
  }
  const ours = aggregate(sitrep);
  const theirs = aggregate(readability);
  const rate = (r: Rates): string => `${r.extraction.toFixed(1)} pages/s on the DOM, ${r.endToEnd.toFixed(1)} with parsing`;
  console.log(`sitrep                ${fmt(ours)}  ${rate(sitrepRate)}`);
  console.log(`@mozilla/readability  ${fmt(theirs)}  ${rate(readabilityRate)}`);
  console.log(`speed sitrep/readability on the same linkedom DOM: ${(sitrepRate.extraction / readabilityRate.extraction).toFixed(2)}x ` +
    `extraction, ${(sitrepRate.endToEnd / readabilityRate.endToEnd).toFixed(2)}x including the shared parse`);
  for (const f of failures) console.log(`  failed: ${f}`);

  // 4. Metadata against the hand-made fixture.
  if (existsSync(METADATA_FIXTURE)) {
    const expected = JSON.parse(readFileSync(METADATA_FIXTURE, 'utf8')) as MetadataTruth[];
    let titles = 0;
    let dated = 0;
    let datesRight = 0;
    let seen = 0;
    for (const row of expected) {
      const page = html.get(row.id);
      if (!page) continue;
      seen++;
      let got: { title: string; published?: string } = { title: '' };
      try {
        got = extractFromHtml(page, truth[row.id]!.url);
      } catch {
        // counted as wrong below
      }
      if (got.title === row.title) titles++;
      else if (verbose) console.log(`  title ${row.id.slice(0, 12)}: got "${got.title}" want "${row.title}"`);
      if (row.published) {
        dated++;
        if (got.published?.slice(0, 10) === row.published) datesRight++;
        else if (verbose) console.log(`  date  ${row.id.slice(0, 12)}: got ${got.published} want ${row.published}`);
      }
    }
    console.log(`metadata (${METADATA_FIXTURE.replace(`${resolve(here, '..')}/`, '')}): title exact ${titles}/${seen} = ${(titles / seen).toFixed(3)}; ` +
      `published date correct ${datesRight}/${dated} = ${(datesRight / Math.max(1, dated)).toFixed(3)}`);
  }
  return 0;
}
