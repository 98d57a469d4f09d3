import { describe, expect, it } from 'vitest';
import { documentFromJsonl, publicationDay } from './analyze.js';

const TODAY = new Date('2026-11-29T12:00:00Z');

describe('publicationDay', () => {
  it('takes days, datetimes, and months or years without their day as the last day of the period', () => {
    expect(publicationDay('2024-09-15', TODAY)).toBe('2024-09-15');
    expect(publicationDay('2024-09-15T10:20:00Z', TODAY)).toBe('2024-09-15');
    expect(publicationDay('2021-01-00', TODAY)).toBe('2021-01-31');
    expect(publicationDay('2024-02', TODAY)).toBe('2024-02-29');
    expect(publicationDay('2020', TODAY)).toBe('2020-12-31');
    expect(publicationDay('2026-11', TODAY)).toBe('2026-11-29');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2021-13-01', '2021-02-30', 'yesterday', '21-01-01', '']) expect(publicationDay(bad, TODAY)).toBeUndefined();
  });
});

describe('documentFromJsonl', () => {
  it('turns a line into a plain-text document with its publication date', () => {
    const { id, doc } = documentFromJsonl(JSON.stringify({ id: 7, text: 'Gunmen killed two.', published: '2021-01-00' }), 1);
    expect(id).toBe(7);
    expect(doc?.raw?.mediaType).toBe('text/plain');
    expect(doc?.source.publishedOverride).toBe('2021-01-31');
  });

  it('gives a coded error for a bad date, missing text or broken JSON', () => {
    expect(documentFromJsonl(JSON.stringify({ id: 1, text: 'x', published: 'soon' }), 1).error?.code).toBe('E070');
    expect(documentFromJsonl(JSON.stringify({ id: 2 }), 2).error?.code).toBe('E070');
    expect(documentFromJsonl('{', 3)).toMatchObject({ id: null, error: { code: 'E070' } });
    expect(documentFromJsonl(JSON.stringify({ id: 4, text: '  ' }), 4).error?.code).toBe('E001');
  });
});
