// Ingest service: sources → pipeline → store. Used by `sitrep ingest`, `sitrep start` and the benchmark.
import { toSitrepError, type SitrepError } from '../core/errors.js';
import { ingestSources, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';
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

/** Milliseconds spent per phase, filled in when given (the benchmark reads it). */
export interface IngestTimings {
  read: number;
  analyse: number;
  store: number;
}

export interface IngestRunOptions extends IngestOptions {
  runtime?: Runtime;
  onProgress?(location: string): void;
  timings?: IngestTimings;
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
  for await (const item of ingestSources(inputs, options)) {
    lap('read');
    const location = item.ok ? item.doc.source.location : item.location;
    options.onProgress?.(location);
    if (!item.ok) {
      summary.failed.push({ location, error: item.error });
      continue;
    }
    const analysed = analyse(item.doc, runtime);
    lap('analyse');
    if (!analysed.ok) {
      summary.failed.push({ location, error: analysed.error });
      continue;
    }
    try {
      const saved = await store.saveDocument(analysed.doc);
      summary[saved.status]++;
    } catch (error) {
      summary.failed.push({ location, error: toSitrepError(error, 'E050') });
    }
    lap('store');
  }
  return summary;
}
