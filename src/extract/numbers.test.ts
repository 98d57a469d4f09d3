import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from './numbers.js';

describe('parseNumber', () => {
  const table: Array<[string, number]> = [
    ['six', 6], ['twenty-one', 21], ['2,000', 2000], ['1.5 million', 1_500_000], ['a dozen', 12],
    ['one hundred and twenty', 120], ['Forty', 40], ['3bn', 3_000_000_000], ['12', 12],
  ];
  for (const [surface, value] of table) it(surface, () => expect(parseNumber(surface)).toBe(value));
  it('rejects words that are not numbers', () => expect(parseNumber('several')).toBeUndefined());
});

describe('findNumbers qualifiers', () => {
  const one = (text: string) => {
    const found = findNumbers(text);
    expect(found).toHaveLength(1);
    const { min, max, qualifier, text: surface } = found[0];
    return { min, max, qualifier, text: surface };
  };
  it('more than → lower bound, no max', () =>
    expect(one('more than 140 were hurt')).toEqual({ min: 140, max: undefined, qualifier: 'more than', text: 'more than 140' }));
  it('at least', () => expect(one('at least eight died')).toMatchObject({ min: 8, max: undefined, qualifier: 'at least' }));
  it('some → about', () => expect(one('some 170 villagers')).toMatchObject({ min: 170, max: 170, qualifier: 'about' }));
  it('up to', () => expect(one('up to 30 boats')).toMatchObject({ min: 30, max: 30, qualifier: 'up to' }));
  it('dozens → 24, open', () => expect(one('dozens of homes')).toMatchObject({ min: 24, max: undefined, qualifier: 'dozens' }));
  it('a total of', () => expect(one('a total of 20 bodies')).toMatchObject({ min: 20, max: 20, qualifier: 'a total of' }));
  it('between a and b', () => expect(one('between 10 and 15 guards')).toMatchObject({ min: 10, max: 15, qualifier: 'between' }));
  it('plain count is exact', () => expect(one('seven farmers')).toMatchObject({ min: 7, max: 7, qualifier: undefined }));
});

describe('findNumbers units and non-counts', () => {
  it('finds the counted noun past adjectives', () => {
    const found = findNumbers('They planned 14 overseas raids in five cities.');
    expect(found.map((n) => [n.value, n.unit])).toEqual([[14, 'raids'], [5, 'cities']]);
  });
  it('flags years and ages, skips codes and pronoun "one"', () => {
    const found = findNumbers('In 2019 a 32-year-old man with COVID-19 said no one knew.');
    expect(found.map((n) => [n.value, Boolean(n.yearLike), Boolean(n.age)])).toEqual([[2019, true, false], [32, false, true]]);
  });
  it('percent and dollars', () => {
    expect(findNumbers('up 12% to $4 million').map((n) => [n.value, n.unit])).toEqual([[12, '%'], [4_000_000, 'USD']]);
  });
});
