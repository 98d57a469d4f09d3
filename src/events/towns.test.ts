import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTown, townKey, townSkeleton } from './towns.js';

describe('town names', () => {
  it('keys ignore case, diacritics, hyphens and a trailing "village"/"district"', () => {
    expect(townKey('Dara-e-Taimoor village')).toBe(townKey('Dara e Taimoor'));
    expect(townKey('Qādis District')).toBe('qadis');
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
  it('a spelling variant needs an anchor', () => {
    expect(findTown('Jindires', 'SY')).toBeUndefined();
    expect(findTown('Jindires', 'SY', { lat: 36.2, lon: 37.2 })?.name).toBe('Jindayris');
  });
});

describe('findTown (a list written for the test)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towns-'));
  const path = join(dir, 'towns.json');
  writeFileSync(path, JSON.stringify({ towns: [
    ['Zenda', 'RT', 'N', 12.1, 21.1, 900], ['Zenda', 'RT', 'S', -5, 5, 300], ['Tarlenheim', 'RT', 'N', 12.3, 21.2, 0],
  ] }));
  it('an ambiguous name resolves only within the anchor region', () => {
    const find = findTown;
    expect(find('Zenda', 'RT', undefined, path)).toBeUndefined();
    expect(find('Zenda village', 'RT', { region: 'S', lat: -5, lon: 5 }, path)?.population).toBe(300);
    expect(find('Tarlenheim', 'RT', undefined, path)?.lat).toBe(12.3);
    expect(find('Tarlenheim', 'BT', undefined, path)).toBeUndefined();
  });
});
