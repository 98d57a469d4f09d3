import { describe, expect, it } from 'vitest';
import { render, toCsv, toTable } from './format.js';

const columns = [
  { header: 'id', value: (r: { id: number; name: string }) => r.id },
  { header: 'name', value: (r: { id: number; name: string }) => r.name, maxWidth: 8 },
];

describe('format', () => {
  it('writes RFC 4180 CSV with quoting', () => {
    expect(toCsv([{ id: 1, name: 'Al-Qaeda, "AQ"' }], columns)).toBe('id,name\r\n1,"Al-Qaeda, ""AQ"""\r\n');
  });

  it('aligns and cuts table cells but never CSV cells', () => {
    const table = toTable([{ id: 12, name: 'Islamic State Khorasan' }], columns);
    expect(table.split('\n')[2]).toBe('12  Islamic…');
    expect(toCsv([{ id: 12, name: 'Islamic State Khorasan' }], columns)).toContain('Islamic State Khorasan');
  });

  it('says so when there is nothing to show', () => {
    expect(render([], columns, 'table')).toBe('nothing found\n');
    expect(render([], columns, 'json')).toBe('[]\n');
  });
});
