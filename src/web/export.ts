// Export exactly the filtered events as CSV, JSON Lines or GeoJSON, streamed row by row so 100k rows never sit in
// memory as one string.

import type { EventRow } from '../store/types.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

export const CSV_COLUMNS = [
  'id', 'date_start', 'date_end', 'date_precision', 'attack_type', 'event_type', 'sub_event_type', 'location', 'admin1',
  'country', 'country_code', 'latitude', 'longitude', 'location_precision', 'perpetrators', 'targets', 'target_types',
  'fatalities_min', 'fatalities_max', 'fatalities_qualifier', 'injuries_min', 'injuries_max', 'status', 'salience',
  'review_status', 'confidence', 'sources',
] as const;

function csvRow(values: Array<string | number | null | undefined>): string {
  return `${values
    .map((value) => {
      if (value === null || value === undefined) return '';
      let text = String(value);
      // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading quote keeps it text.
      if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}

export function eventCsvRow(e: EventRow): string {
  return csvRow([
    e.id, e.date.start, e.date.end, e.date.precision, e.attackType, e.eventType, e.subEventType, e.location?.name,
    e.location?.admin1, e.location?.country, e.location?.countryCode, e.location?.lat, e.location?.lon, e.location?.precision,
    e.perpetrators.map((p) => p.name).join('; '), e.targets.map((t) => t.name).join('; '), e.targets.map((t) => t.type).join('; '),
    e.fatalities?.min, e.fatalities?.max, e.fatalities?.qualifier, e.injuries?.min, e.injuries?.max, e.status, e.salience,
    e.reviewStatus, e.confidence, e.sourceCount,
  ]);
}

function feature(e: EventRow): object {
  const { location, ...properties } = e;
  return {
    type: 'Feature',
    id: e.id,
    geometry: location ? { type: 'Point', coordinates: [location.lon, location.lat] } : null,
    properties: { ...properties, location },
  };
}

async function* lines(format: ExportFormat, rows: AsyncIterable<EventRow>): AsyncGenerator<string> {
  if (format === 'csv') {
    yield csvRow([...CSV_COLUMNS]);
    for await (const row of rows) yield eventCsvRow(row);
  } else if (format === 'jsonl') {
    for await (const row of rows) yield `${JSON.stringify(row)}\n`;
  } else {
    yield '{"type":"FeatureCollection","features":[\n';
    let first = true;
    for await (const row of rows) {
      yield `${first ? '' : ',\n'}${JSON.stringify(feature(row))}`;
      first = false;
    }
    yield '\n]}\n';
  }
}

/** Rows are batched into chunks of about this many characters before being written to the socket. */
const CHUNK_CHARS = 64 * 1024;

export function exportResponse(format: ExportFormat, rows: AsyncIterable<EventRow>): Response {
  const encoder = new TextEncoder();
  const source = lines(format, rows);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK_CHARS) {
        const next = await source.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': MEDIA_TYPES[format],
      'Content-Disposition': `attachment; filename="sitrep-events.${format}"`,
    },
  });
}
