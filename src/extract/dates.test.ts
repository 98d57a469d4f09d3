import { describe, expect, it } from 'vitest';
import { findDates, publicationDate, referenceDate, resolveDate } from './dates.js';

// Publication on Sunday 15 September 2024 unless a row says otherwise.
const PUB = '2024-09-15';

describe('resolveDate table', () => {
  const table: Array<[string, string, string, string, string?]> = [
    ['fighting began in March', '2024-03-01', '2024-03-31', 'month'],
    ['in October', '2023-10-01', '2023-10-31', 'month'],
    ['in September', '2024-09-01', '2024-09-15', 'month'],
    ['last month', '2024-08-01', '2024-08-31', 'month'],
    ['last month', '2023-12-01', '2023-12-31', 'month', '2024-01-10'],
    ['three years ago', '2021-01-01', '2021-12-31', 'year'],
    ['two months ago', '2024-07-01', '2024-07-31', 'month'],
    ['five days ago', '2024-09-10', '2024-09-10', 'day'],
    ['on Friday', '2024-09-13', '2024-09-13', 'day'],
    ['on Sunday', '2024-09-15', '2024-09-15', 'day'],
    ['last Sunday', '2024-09-08', '2024-09-08', 'day'],
    ['Tuesday night', '2024-09-10', '2024-09-10', 'day'],
    ['in August 2021', '2021-08-01', '2021-08-31', 'month'],
    ['between March 2023 and March 2024', '2023-03-01', '2024-03-31', 'month'],
    ['from November to February', '2023-11-01', '2024-02-29', 'month', '2024-03-05'],
    ['this year', '2024-01-01', '2024-09-15', 'year'],
    ['last year', '2023-01-01', '2023-12-31', 'year'],
    ['yesterday', '2024-09-14', '2024-09-14', 'day'],
    ['today', '2024-09-15', '2024-09-15', 'day'],
    ['on 3 May 2019', '2019-05-03', '2019-05-03', 'day'],
    ['on January 7, 2015', '2015-01-07', '2015-01-07', 'day'],
    ['on December 24', '2023-12-24', '2023-12-24', 'day'],
    ['on 2 September', '2024-09-02', '2024-09-02', 'day'],
    ['in 2019', '2019-01-01', '2019-12-31', 'year'],
    ['between 2015 and 2017', '2015-01-01', '2017-12-31', 'year'],
    ['last week', '2024-09-02', '2024-09-08', 'day'],
  ];
  for (const [expression, start, end, precision, pub] of table) {
    it(`${expression} (published ${pub ?? PUB})`, () => {
      expect(resolveDate(expression, pub ?? PUB)).toEqual({ start, end, precision });
    });
  }
});

describe('findDates', () => {
  it('never resolves after publication: future expressions are dropped', () => {
    expect(findDates('Officials hope to finish by 2030 and to meet next month.', PUB)).toEqual([]);
    for (const mention of findDates('On Monday, in December, on October 3 and in 2024 it rained.', PUB)) {
      expect(mention.date.end <= PUB).toBe(true);
    }
  });

  it('gives spans that slice back to their text, without the leading preposition', () => {
    const text = 'The raid took place in June, weeks after the blast on Monday.';
    const mentions = findDates(text, PUB);
    expect(mentions.map((m) => m.text)).toEqual(['June', 'Monday']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not read "may" the verb or "march" the noun as months', () => {
    expect(findDates('Protesters may march to the square.', PUB)).toEqual([]);
  });

  it('respects a window inside the text', () => {
    const text = 'In May it began. In July it ended.';
    expect(findDates(text, PUB, 17).map((m) => m.text)).toEqual(['July']);
  });

  it('gives nothing for an unreadable publication date', () => {
    expect(findDates('on Friday', 'not a date')).toEqual([]);
    expect(publicationDate('2024-09-15T10:00:00Z')).toEqual({ start: PUB, end: PUB, precision: 'day' });
  });
});

describe('referenceDate', () => {
  const source = { kind: 'stdin' as const, location: '-', retrievedAt: '2024-05-14T08:00:00.000Z' };
  it('prefers the publication date, then a feed date, then the retrieval day', () => {
    const article = { title: 't', text: 'x', paragraphs: [] };
    expect(referenceDate({ source, article: { ...article, published: '2024-05-01' } })).toBe('2024-05-01');
    expect(referenceDate({ source: { ...source, publishedHint: '2024-05-10' }, article })).toBe('2024-05-10');
    expect(referenceDate({ source, article })?.slice(0, 10)).toBe('2024-05-14');
    expect(referenceDate({ source: { kind: 'inline', location: 'x' } })).toBeUndefined();
  });
});
