// Output formats shared by the listing commands: aligned table (default), JSON, CSV (RFC 4180).

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /** Cap for the terminal table only; CSV and JSON are never cut. */
  maxWidth?: number;
}

export type OutputFormat = 'table' | 'json' | 'csv';

export function outputFormat(options: { json?: boolean; csv?: boolean }): OutputFormat {
  if (options.json && options.csv) return 'json';
  return options.json ? 'json' : options.csv ? 'csv' : 'table';
}

function cell(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cell(c.value(row)))).join(','));
  return lines.join('\r\n') + '\r\n';
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function toTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => fit(cell(c.value(row)), c.maxWidth ?? 60)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function render<T>(rows: T[], columns: Column<T>[], format: OutputFormat, json: unknown = rows): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  if (format === 'csv') return toCsv(rows, columns);
  return rows.length === 0 ? 'nothing found\n' : toTable(rows, columns);
}
