// Quotes by affiliation, and search narrowed by facets with counts over the whole result set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { TALIBAN, kabulBombing, makeDoc, plainReport, spanOf } from './testing/documents.js';
import type { Store } from './types.js';
import { codeOf } from './testing/errors.js';

const MINISTRY_TEXT = 'Rockets hit a market in Herat. "We are investigating," the spokesman for the Interior Ministry, Abdul Nafi, said.';

function ministryQuote() {
  const text = MINISTRY_TEXT;
  const quote = spanOf(text, 'We are investigating,');
  const speaker = spanOf(text, 'Abdul Nafi');
  const cue = spanOf(text, 'said');
  return makeDoc({
    location: 'https://other.example.org/herat',
    url: 'https://other.example.org/herat',
    title: 'Rockets hit Herat market',
    text,
    published: '2023-07-02',
    site: 'Other Site',
    quotes: [
      {
        ...quote,
        text: text.slice(quote.start, quote.end),
        direct: true,
        cue: 'said',
        cueStart: cue.start,
        cueEnd: cue.end,
        speaker: { name: 'Abdul Nafi', ...speaker },
        affiliation: { name: 'Interior Ministry' },
        role: 'spokesman',
      },
    ],
  });
}

describe('quotes by affiliation', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
    await store.saveDocument(kabulBombing());
    await store.saveDocument(ministryQuote());
  });
  afterEach(() => store.close());

  const speakers = async (affiliation: string) =>
    (await store.listQuotes({ affiliation })).items.map((q) => q.speaker.name);

  it('matches a substring of the affiliation name, any case', async () => {
    expect(await speakers('interior')).toEqual(['Abdul Nafi']);
    expect(await speakers('Talib')).toEqual(['Zabihullah Mujahid']);
  });

  it('matches the organisation actor id exactly, and its stored name', async () => {
    expect(await speakers(TALIBAN.id)).toEqual(['Zabihullah Mujahid']);
    expect(await speakers('Islamic')).toEqual([]);
  });

  it('combines with the speaker filter, and treats LIKE wildcards literally', async () => {
    expect((await store.listQuotes({ affiliation: 'Ministry', speaker: 'Mujahid' })).total).toBe(0);
    expect((await store.listQuotes({ affiliation: '%' })).total).toBe(0);
  });
});

describe('search facets', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
    await store.saveDocument(kabulBombing());
    await store.saveDocument(ministryQuote());
    // 30 wire reports mention "convoy": more than one page, two sites, January 2024.
    for (let n = 1; n <= 30; n++) await store.saveDocument(plainReport(n, 'A convoy was attacked.'));
    await store.saveDocument(
      makeDoc({
        location: 'https://news.example.org/convoy-2023',
        title: 'Convoy ambushed',
        text: 'Taliban fighters ambushed a convoy. The Taliban denied it.',
        published: '2023-11-05',
        site: 'Example News',
        mentions: [
          { surface: 'Taliban', label: 'ORG', actorId: TALIBAN.id },
          { surface: 'Taliban', label: 'ORG', actorId: TALIBAN.id, nth: 1 },
        ],
        actors: [TALIBAN],
      }),
    );
  });
  afterEach(() => store.close());

  it('counts over the whole result set, not the page', async () => {
    const page = await store.search('convoy', { limit: 5 });
    expect(page.items).toHaveLength(5);
    const facets = await store.searchFacets('convoy');
    expect(facets.total).toBe(31);
    expect(facets.sites).toEqual([
      { value: 'Even Wire', count: 15 },
      { value: 'Odd Wire', count: 15 },
      { value: 'Example News', count: 1 },
    ]);
    expect(facets.years).toEqual([
      { value: '2024', count: 30 },
      { value: '2023', count: 1 },
    ]);
    expect(facets.months).toEqual([
      { value: '2024-01', count: 30 },
      { value: '2023-11', count: 1 },
    ]);
    expect(facets.actors).toEqual([{ value: 'taliban', name: 'Taliban', kind: 'armed_group', count: 1, mentions: 2 }]);
  });

  it('narrows by site, period and actor; totals agree with the facet counts', async () => {
    const bySite = await store.search('convoy', { site: 'odd wire', limit: 50 });
    expect(bySite.total).toBe(15);
    expect(new Set(bySite.items.map((h) => h.site))).toEqual(new Set(['Odd Wire']));
    expect((await store.search('convoy', { period: '2023' })).items.map((h) => h.title)).toEqual(['Convoy ambushed']);
    expect((await store.search('convoy', { period: '2024-01' })).total).toBe(30);
    expect((await store.search('convoy', { period: '2024-02' })).total).toBe(0);
    expect((await store.search('convoy', { actor: 'taliban' })).total).toBe(1);
    const narrowed = await store.searchFacets('convoy', { site: 'Odd Wire' });
    expect(narrowed.total).toBe(15);
    expect(narrowed.sites).toEqual([{ value: 'Odd Wire', count: 15 }]);
    expect(narrowed.actors).toEqual([]);
  });

  it('keeps cursors of one narrowing out of another', async () => {
    const first = await store.search('convoy', { site: 'Odd Wire', limit: 10 });
    expect(first.nextCursor).not.toBeNull();
    expect((await store.search('convoy', { site: 'Odd Wire', cursor: first.nextCursor! })).offset).toBe(10);
    expect(await codeOf(store.search('convoy', { site: 'Even Wire', cursor: first.nextCursor! }))).toBe('E040');
  });

  it('refuses a malformed period or an empty query with E040', async () => {
    expect(await codeOf(store.search('convoy', { period: '2024-13' }))).toBe('E040');
    expect(await codeOf(store.searchFacets('convoy', { period: 'last year' }))).toBe('E040');
    expect(await codeOf(store.searchFacets('  '))).toBe('E040');
  });
});
