import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bareKey, findRegion, findTown, townKey, townSkeleton } from './towns.js';

describe('town names', () => {
  it('keys ignore case, diacritics, hyphens, apostrophes and a trailing "village"/"district"', () => {
    expect(townKey('Dara-e-Taimoor village')).toBe(townKey('Dara e Taimoor'));
    expect(townKey('Qādis District')).toBe('qadis');
    expect(townKey('Ma‘rib')).toBe(townKey('Marib'));
  });
  it('bare keys drop a leading article, but never down to a stub', () => {
    expect(bareKey('Al-Rai')).toBe(bareKey('Ar Ra’i'));
    expect(bareKey('El Zenda')).toBe('zenda');
    expect(bareKey('Al Ba')).toBe('alba');
    expect(bareKey('Bio-Bio')).toBe(bareKey('Biobio'));
    expect(bareKey('Ain Issa')).toBe(bareKey('Ayn Isa'));
    expect(bareKey('Hillah')).toBe(bareKey('Hila'));
  });
  it('skeletons meet transliterations that differ in vowels, "al-" and a final h', () => {
    expect(townSkeleton('Jindires')).toBe(townSkeleton('Jindayris'));
    expect(townSkeleton('Qamishli')).toBe(townSkeleton('Al Qāmishlī'));
    expect(townSkeleton('Shoqra')).toBe(townSkeleton('Shuqrah'));
    expect(townSkeleton('Kandahar')).not.toBe(townSkeleton('Kunduz'));
  });
});

describe('findTown (the bundled list)', () => {
  it('finds a village below the gazetteer cut, near the region the text names', () => {
    const town = findTown('Jindayris', 'SY');
    expect(town).toBeDefined();
    expect(Math.abs(town!.lat - 36.39)).toBeLessThan(0.1);
  });
  it('a transliteration with doubled letters or "ai" for "ay" finds the town without an anchor', () => {
    expect(findTown('Ain Issa', 'SY')?.lat).toBeCloseTo(36.39, 1);
  });
  it('a spelling variant needs an anchor', () => {
    expect(findTown('Jindires', 'SY')).toBeUndefined();
    expect(findTown('Jindires', 'SY', { lat: 36.2, lon: 37.2 })?.name).toBe('Jindayris');
  });
  it('knows GeoNames alternate names', () => {
    // Gereshk, the seat of Nahr-e Saraj district, under the district's name.
    const seat = findTown('Nahr-e Saraj district', 'AF', { lat: 31.6, lon: 64.4 }, { district: true });
    expect(seat?.seat).toBe(2);
    expect(Math.abs(seat!.lat - 31.82)).toBeLessThan(0.1);
  });
  it('reads a region written without the gazetteer’s article or suffix', () => {
    expect(findRegion('Raqqah', 'SY')?.id).toBe('SY-RA');
    expect(findRegion('Raqqah', 'IQ')).toBeUndefined();
    expect(findRegion('Nord', 'BF')?.id).toBe('BF-10');
  });
});

describe('findTown (a list written for the test)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  const path = join(dir, 'places.gz');
  const member = gzipSync(JSON.stringify({
    country: 'RT',
    regions: [['RT-N', 'North Province', 'RT', 12, 21, ['North']], ['RT-S', 'Al-Sud Governorate', 'RT', -5, 5, ['Al-Sud']]],
    places: [
      ['Zenda', 'RT', 'N', 12.1, 21.1, 900, 0, ''], ['Zenda', 'RT', 'S', -5, 5, 300, 0, ''],
      ['Tarlenheim', 'RT', 'N', 12.3, 21.2, 0, 0, 'Tarlen Heim|Tarlenhaym'],
      ['Strelsau', 'RT', 'N', 12.5, 21.5, 5000, 2, 'Strelsau Kreis'], ['Strelsau Kreis', 'RT', 'N', 12.9, 21.9, 0, 0, ''],
      ['Hentzau', 'RT', 'S', -5.2, 5.1, 800, 0, ''], ['Hentzau District', 'RT', 'S', -5.25, 5.15, 0, 0, ''],
    ],
  }));
  // A second country's member before it, so the byte range is honoured.
  const other = gzipSync(JSON.stringify({ country: 'BT', regions: [], places: [['Zenda', 'BT', '', 1, 1, 0, 0, '']] }));
  writeFileSync(path, Buffer.concat([other, member]));
  writeFileSync(join(dir, 'places.json'), JSON.stringify({ countries: { BT: [0, other.length], RT: [other.length, member.length] } }));
  it('an ambiguous name resolves only within the anchor region', () => {
    expect(findTown('Zenda', 'RT', undefined, {}, path)).toBeUndefined();
    expect(findTown('Zenda village', 'RT', { region: 'S', lat: -5, lon: 5 }, {}, path)?.population).toBe(300);
    expect(findTown('Tarlenheim', 'RT', undefined, {}, path)?.lat).toBe(12.3);
    expect(findTown('Tarlenheim', 'BT', undefined, {}, path)).toBeUndefined();
    expect(findTown('Zenda', 'BT', undefined, {}, path)?.lat).toBe(1);
  });
  it('an alternate name finds its place; a skeleton variant of it needs an anchor', () => {
    expect(findTown('Tarlen-Heim', 'RT', undefined, {}, path)?.name).toBe('Tarlenheim');
    expect(findTown('Tarlenhiem', 'RT', undefined, {}, path)).toBeUndefined();
    expect(findTown('Tarlenhiem', 'RT', { region: 'N', lat: 12, lon: 21 }, {}, path)?.name).toBe('Tarlenheim');
  });
  it('"X district" prefers the seat of government named X', () => {
    expect(findTown('Strelsau Kreis', 'RT', { region: 'N', lat: 12.9, lon: 21.9 }, {}, path)?.name).toBe('Strelsau Kreis');
    expect(findTown('Strelsau Kreis district', 'RT', { region: 'N', lat: 12.9, lon: 21.9 }, { district: true }, path)?.name).toBe('Strelsau');
  });
  it('two rows of one name close together are one place, the more populous row', () => {
    expect(findTown('Hentzau', 'RT', undefined, {}, path)?.population).toBe(800);
    // Nothing of the name near the anchor: the one place stands if it is no farther than a neighbouring region.
    expect(findTown('Hentzau', 'RT', { region: 'N', lat: -4, lon: 6 }, {}, path)?.population).toBe(800);
    expect(findTown('Hentzau', 'RT', { region: 'N', lat: 12, lon: 21 }, {}, path)).toBeUndefined();
  });
  it('an anchor that is a town (the seat the chain names next) takes only a place of the name near it', () => {
    expect(findTown('Zenda', 'RT', { region: 'N', lat: 12.2, lon: 21.2, withinKm: 50 }, {}, path)?.population).toBe(900);
    expect(findTown('Zenda', 'RT', { region: 'N', lat: 14, lon: 23, withinKm: 50 }, {}, path)).toBeUndefined();
  });
  it('regions by their name without article or suffix', () => {
    expect(findRegion('Sud', 'RT', path)?.id).toBe('RT-S');
    expect(findRegion('North', 'RT', path)?.id).toBe('RT-N');
    expect(findRegion('Nowhere', 'RT', path)).toBeUndefined();
  });
});
