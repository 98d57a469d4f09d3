// Ingest service: sources → pipeline → store. Used by `sitrep ingest`, `sitrep start` and the benchmark.
import type { Document } from '../core/document.js';
import { toSitrepError, type SitrepError } from '../core/errors.js';
import { ingestSources, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { SaveStatus } from '../store/types.js';
import { analyse, getRuntime, type Runtime } from './runtime.js';

export interface IngestFailure {
  location: string;
  error: SitrepError;
}

export interface IngestSummary {
  ingested: number;
  updated: number;
  unchanged: number;
  failed: IngestFailure[];
}

/** What became of one document (or one input that failed), as soon as it is known. */
export type IngestItemResult =
  | { location: string; status: SaveStatus; articleId: number; title: string }
  | { location: string; status: 'failed'; error: SitrepError };

/** Milliseconds spent per phase, filled in when given (the benchmark reads it). */
export interface IngestTimings {
  read: number;
  analyse: number;
  store: number;
}

export interface IngestRunOptions extends IngestOptions {
  runtime?: Runtime;
  onProgress?(location: string): void;
  /** Called once per document stored or input failed, with the article id when stored (the workbench links it). */
  onItem?(item: IngestItemResult): void;
  timings?: IngestTimings;
}

// Saving documents in batches shares one transaction (and one full-text index flush) among them: the store
// is several times faster per document. A batch is flushed when it is this large…
const SAVE_BATCH_SIZE = 64;
// …or when its oldest document has waited this long, so slow sources (URLs, feeds) are stored promptly.
const SAVE_BATCH_MAX_WAIT_MS = 1_000;

interface Pending {
  location: string;
  doc: Document;
}

export async function ingestIntoStore(
  inputs: readonly string[],
  store: Store,
  options: IngestRunOptions = {},
): Promise<IngestSummary> {
  const runtime = options.runtime ?? getRuntime();
  const summary: IngestSummary = { ingested: 0, updated: 0, unchanged: 0, failed: [] };
  const timings = options.timings;
  let clock = performance.now();
  const lap = (phase: keyof IngestTimings) => {
    const now = performance.now();
    if (timings) timings[phase] += now - clock;
    clock = now;
  };
  let batch: Pending[] = [];
  let batchStarted = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    await saveBatch(store, pending, summary, options);
    lap('store');
  };
  for await (const item of ingestSources(inputs, options)) {
    lap('read');
    const location = item.ok ? item.doc.source.location : item.location;
    options.onProgress?.(location);
    if (!item.ok) {
      fail(summary, options, location, item.error);
    } else {
      const analysed = analyse(item.doc, runtime);
      lap('analyse');
      if (!analysed.ok) fail(summary, options, location, analysed.error);
      else {
        if (batch.length === 0) batchStarted = performance.now();
        batch.push({ location, doc: analysed.doc });
      }
    }
    if (batch.length >= SAVE_BATCH_SIZE || (batch.length > 0 && performance.now() - batchStarted > SAVE_BATCH_MAX_WAIT_MS)) {
      await flush();
    }
  }
  await flush();
  return summary;
}

function fail(summary: IngestSummary, options: IngestRunOptions, location: string, error: SitrepError): void {
  summary.failed.push({ location, error });
  options.onItem?.({ location, status: 'failed', error });
}

function saved(summary: IngestSummary, options: IngestRunOptions, pending: Pending, result: { articleId: number; status: SaveStatus }): void {
  summary[result.status]++;
  options.onItem?.({ location: pending.location, status: result.status, articleId: result.articleId, title: pending.doc.article?.title ?? '' });
}

/** One transaction for the batch; if it fails, each document alone, so one bad document costs only itself. */
async function saveBatch(store: Store, batch: Pending[], summary: IngestSummary, options: IngestRunOptions): Promise<void> {
  let results;
  try {
    results = await store.saveDocuments(batch.map((pending) => pending.doc));
  } catch {
    results = undefined; // find the document that failed, below
  }
  if (results) {
    results.forEach((result, i) => saved(summary, options, batch[i], result));
    return;
  }
  for (const pending of batch) {
    try {
      saved(summary, options, pending, await store.saveDocument(pending.doc));
    } catch (error) {
      fail(summary, options, pending.location, toSitrepError(error, 'E050'));
    }
  }
}
