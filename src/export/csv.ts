// CSV cells and lines as every CSV export writes them (RFC 4180 quoting, CRLF line ends).

export type Cell = string | number | null | undefined;

/** A named column of a CSV export: how to read its cell from one row. */
export interface Column<T> {
  name: string;
  value: (row: T) => Cell;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading quote keeps it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: Cell[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}

/** The header line and a row writer for a list of columns. */
export function csvTable<T>(columns: readonly Column<T>[]): { header: string; row: (value: T) => string } {
  return {
    header: csvLine(columns.map((c) => c.name)),
    row: (value) => csvLine(columns.map((c) => c.value(value))),
  };
}
