// The API's search narrowing and facets, and quotes by affiliation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { kabulBombing, plainReport } from '../store/testing/documents.js';
import type { Store } from '../store/types.js';
import { createApi } from './app.js';

let store: Store;
let app: ReturnType<typeof createApi>;

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await app.request(path);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.saveDocument(kabulBombing());
  for (let i = 1; i <= 12; i++) await store.saveDocument(plainReport(i, `Ceasefire talks continued, round ${i}.`));
  app = createApi(store);
});
afterAll(() => store.close());

describe('search facets and narrowing', () => {
  it('counts facets over all matches and narrows the search by a facet value', async () => {
    const facets = await get('/api/search/facets?q=ceasefire');
    expect(facets.status).toBe(200);
    expect(facets.body.total).toBe(12);
    expect(facets.body.sites).toEqual([
      { value: 'Even Wire', count: 6 },
      { value: 'Odd Wire', count: 6 },
    ]);
    expect(facets.body.months).toEqual([{ value: '2024-01', count: 12 }]);
    const narrowed = await get('/api/search?q=ceasefire&site=Even%20Wire&limit=2');
    expect(narrowed.body.total).toBe(6);
    expect(narrowed.body.items.map((h: { site: string }) => h.site)).toEqual(['Even Wire', 'Even Wire']);
    expect((await get('/api/search?q=bomber&actor=taliban')).body.total).toBe(1);
    expect((await get('/api/search?q=bomber&period=2023')).body.total).toBe(0);
  });

  it('refuses a bad period and unknown parameters with E040', async () => {
    for (const path of ['/api/search?q=ceasefire&period=2024-1', '/api/search/facets?q=ceasefire&limit=3', '/api/search/facets']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.code).toBe('E040');
    }
  });

  it('filters quotes by affiliation', async () => {
    expect((await get('/api/quotes?affiliation=taliban')).body.total).toBe(1);
    expect((await get('/api/quotes?affiliation=ministry')).body.total).toBe(0);
  });
});
