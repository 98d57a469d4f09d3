// `sitrep export events --format csv|jsonl|geojson|acled|gtd [filters] [--out FILE]`: every event matching the
// filters, streamed to stdout or a file through the same exporters as /api/events/export.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import type { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../../export/index.js';
import { eventFilterSchema, parseOrThrow } from '../../store/filters.js';
import type { Store } from '../../store/index.js';
import { openExisting } from '../db.js';
import { optionFor } from './list.js';

/** The listing filters (sort and order included); an export takes every matching row, no paging. */
const FILTER_KEYS = Object.keys(eventFilterSchema.shape);

async function writeTo(out: string | undefined, chunks: AsyncGenerator<string>): Promise<void> {
  if (!out) {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return;
  }
  // Written beside the target and renamed at the end, so a failed export never leaves half a file under its name.
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new SitrepError('E005', `cannot write ${out}: ${(error as Error).message}`, 'check the folder exists and is writable');
    }
    throw error;
  }
}

export function register(program: Command): void {
  const exporter = program.command('export').description('export stored data in research formats');
  const events = exporter
    .command('events')
    .description('every event matching the filters as CSV, JSON Lines, GeoJSON, or ACLED- or GTD-like CSV')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('csv'));
  for (const key of FILTER_KEYS) events.addOption(optionFor(key, eventFilterSchema.shape[key as keyof typeof eventFilterSchema.shape] as z.ZodType));
  events
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .addHelpText(
      'after',
      '\nColumns of each format: docs/export.md\n\nExamples:\n  $ sitrep export events --format acled --country AF --since 2024-01-01 --out af.csv\n  $ sitrep export events --format gtd --actor "IS-K" > iskp.csv',
    )
    .action(async (options: Record<string, unknown>) => {
      const raw: Record<string, unknown> = {};
      for (const key of FILTER_KEYS) if (options[key] !== undefined) raw[key] = options[key];
      const filter = parseOrThrow(eventFilterSchema, raw, 'events');
      const store: Store = await openExisting(options.db as string | undefined);
      try {
        await writeTo(options.out as string | undefined, exportChunks(store, options.format as ExportFormat, filter));
      } finally {
        await store.close();
      }
    });
}
