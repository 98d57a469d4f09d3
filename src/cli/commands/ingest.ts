import { Command, InvalidArgumentError } from 'commander';
import { ingestIntoStore, type IngestSummary } from '../../app/ingest.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from '../../ingest/index.js';
import { openForWriting } from '../db.js';
import { ExitCode, setExitCode } from '../exit.js';
import { createProgress } from '../progress.js';

export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
    return n;
  };
}

export function printSummary(summary: IngestSummary, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`ingested ${summary.ingested}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}\n`);
  for (const failure of summary.failed) out.write(`  failed ${failure.location}: ${failure.error.format()}\n`);
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read news reports and store them, with everything extracted, in the database')
    .argument('<sources...>', 'files (.txt .html .htm .html.gz), directories, http(s) URLs, RSS/Atom feeds, or - for stdin')
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses', false)
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', positiveInteger('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--timeout <ms>', 'HTTP timeout per URL in milliseconds', positiveInteger('--timeout'), DEFAULT_TIMEOUT_MS)
    .option('--max-redirects <n>', 'follow at most this many redirects', positiveInteger('--max-redirects'), DEFAULT_MAX_REDIRECTS)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText(
      'after',
      `
Re-ingesting the same content changes nothing (content hash); a changed page at the same URL is updated.
Each source that fails is reported with a coded reason; the others are still stored. Exit status 1 if any failed.

Examples:
  $ sitrep ingest data/demo
  $ sitrep ingest https://example.org/news/rss.xml
  $ cat story.txt | sitrep ingest -`,
    )
    .action(async (sources: string[], options) => {
      const store = await openForWriting(options.db);
      const progress = createProgress({ quiet: options.quiet || options.json });
      try {
        const summary = await ingestIntoStore(sources, store, {
          allowPrivate: options.allowPrivate,
          maxBytes: options.maxBytes,
          timeoutMs: options.timeout,
          maxRedirects: options.maxRedirects,
          onDiscovered: (total) => progress.setTotal(total),
          onProgress: (location) => progress.tick(location),
        });
        progress.stop();
        if (options.json) {
          process.stdout.write(
            JSON.stringify({ ...summary, failed: summary.failed.map((f) => ({ location: f.location, error: f.error.toJSON() })) }, null, 2) + '\n',
          );
        } else printSummary(summary);
        if (summary.failed.length > 0) setExitCode(ExitCode.failure);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
