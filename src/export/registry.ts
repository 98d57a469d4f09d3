// Every event exporter, registered in one place under a versioned name (`export.acled.v1`), the way an extension
// would register one. The CLI (`sitrep export events`) and the API (`/api/events/export`) both go through here,
// so the same filters give byte-identical files.

import type { EventRow, ExportEventRow } from '../store/types.js';
import { ACLED_COLUMNS } from './acled.js';
import { csvTable } from './csv.js';
import { GTD_COLUMNS } from './gtd.js';
import { SITREP_COLUMNS } from './sitrep.js';

export interface Exporter<T extends EventRow = EventRow> {
  /** Versioned registry name; bump the version when columns change meaning. */
  id: string;
  mediaType: string;
  extension: string;
  /** Whether rows must carry their reports (`sourceRefs`): the store then reads them in the same query. */
  withSources: T extends ExportEventRow ? true : false;
  /** Column names, for CSV formats (documented in docs/export.md). */
  columns?: readonly string[];
  lines(rows: AsyncIterable<T>): AsyncGenerator<string>;
}

function csvExporter<T extends EventRow>(
  id: string,
  columns: Parameters<typeof csvTable<T>>[0],
  withSources: Exporter<T>['withSources'],
): Exporter<T> {
  const table = csvTable(columns);
  return {
    id,
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    withSources,
    columns: columns.map((c) => c.name),
    async *lines(rows) {
      yield table.header;
      for await (const row of rows) yield table.row(row);
    },
  };
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

const JSONL: Exporter = {
  id: 'export.jsonl.v1',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  withSources: false,
  async *lines(rows) {
    for await (const row of rows) yield `${JSON.stringify(row)}\n`;
  },
};

const GEOJSON: Exporter = {
  id: 'export.geojson.v1',
  mediaType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  withSources: false,
  async *lines(rows) {
    yield '{"type":"FeatureCollection","features":[\n';
    let first = true;
    for await (const row of rows) {
      yield `${first ? '' : ',\n'}${JSON.stringify(feature(row))}`;
      first = false;
    }
    yield '\n]}\n';
  },
};

export const EXPORTERS = {
  csv: csvExporter<EventRow>('export.csv.v1', SITREP_COLUMNS, false),
  jsonl: JSONL,
  geojson: GEOJSON,
  acled: csvExporter<ExportEventRow>('export.acled.v1', ACLED_COLUMNS, true),
  gtd: csvExporter<ExportEventRow>('export.gtd.v1', GTD_COLUMNS, true),
} as const;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as [ExportFormat, ...ExportFormat[]];
