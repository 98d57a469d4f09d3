// Streaming an export: lines from the store's lazy event iterator, batched into chunks, so 100k events never sit
// in memory as one string. `exportResponse` serves it over HTTP; `exportEvents` gives the text for a file or stdout.

import type { EventFilter } from '../store/filters.js';
import type { EventRow, ExportEventRow, Store } from '../store/types.js';
import { EXPORTERS, type ExportFormat } from './registry.js';

/** Lines are batched into chunks of about this many characters before they are written out. */
export const CHUNK_CHARS = 64 * 1024;

/** The export's text, a line (or a header) at a time, for the events matching `filter`. */
export function exportLines(store: Store, format: ExportFormat, filter: EventFilter = {}): AsyncGenerator<string> {
  const exporter = EXPORTERS[format];
  if (exporter.withSources) {
    return (exporter as { lines(rows: AsyncIterable<ExportEventRow>): AsyncGenerator<string> }).lines(store.eachEventWithSources(filter));
  }
  return (exporter as { lines(rows: AsyncIterable<EventRow>): AsyncGenerator<string> }).lines(store.eachEvent(filter));
}

/** The same text in chunks of about CHUNK_CHARS. */
export async function* exportChunks(store: Store, format: ExportFormat, filter: EventFilter = {}): AsyncGenerator<string> {
  let chunk = '';
  for await (const line of exportLines(store, format, filter)) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The suggested file name of a download. */
export function exportFileName(format: ExportFormat): string {
  const exporter = EXPORTERS[format];
  return format === exporter.extension ? `sitrep-events.${exporter.extension}` : `sitrep-events-${format}.${exporter.extension}`;
}

export function exportResponse(store: Store, format: ExportFormat, filter: EventFilter = {}): Response {
  const encoder = new TextEncoder();
  const source = exportChunks(store, format, filter);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': EXPORTERS[format].mediaType,
      'Content-Disposition': `attachment; filename="${exportFileName(format)}"`,
    },
  });
}
