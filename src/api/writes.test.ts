// The API's write routes and downloads: JSON-only, same-origin, validated; the commenter's email never comes back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { ISKP, TALIBAN, kabulBombing } from '../store/testing/documents.js';
import type { Store } from '../store/types.js';
import { createServerApp } from '../web/app.js';

let store: Store;
let app: ReturnType<typeof createServerApp>;
beforeEach(async () => {
  store = await openStore(':memory:');
  await store.saveDocument(kabulBombing());
  app = createServerApp(store, { onUnexpectedError: () => {} });
});
afterEach(() => store.close());

const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method, headers: { 'content-type': 'application/json', host: 'localhost', ...headers }, body: JSON.stringify(body) });

describe('API writes', () => {
  it('adds a comment and never returns the email', async () => {
    const email = 'secret.person@example.org';
    const response = await send('POST', '/api/comments', { targetType: 'article', targetId: 1, authorName: 'A', email, body: 'Hi' });
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).not.toContain(email);
    for (const path of ['/api/comments?targetType=article&targetId=1', '/api/articles/1', '/articles/1']) {
      expect(await (await app.request(path)).text()).not.toContain(email);
    }
    expect((await store.getArticle(1))!.commentCount).toBe(1);
  });

  it('refuses cross-site, non-JSON, unknown-field and oversized writes', async () => {
    const comment = { targetType: 'article', targetId: 1, authorName: 'A', email: 'a@example.org', body: 'Hi' };
    expect((await send('POST', '/api/comments', comment, { origin: 'https://evil.example' })).status).toBe(400);
    expect((await send('POST', '/api/comments', comment, { 'sec-fetch-site': 'cross-site' })).status).toBe(400);
    expect((await send('POST', '/api/comments', comment, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await send('POST', '/api/comments', { ...comment, extra: 1 })).status).toBe(400);
    expect((await send('POST', '/api/comments', { ...comment, email: 'not an email' })).status).toBe(400);
    expect((await send('POST', '/api/comments', { ...comment, body: 'x'.repeat(70_000) })).status).toBe(400);
    expect((await send('POST', '/api/comments', { ...comment, targetId: 99 })).status).toBe(404);
    expect((await send('POST', '/api/comments', comment, { origin: 'http://localhost' })).status).toBe(201);
  });

  it('reviews an event beside the machine value', async () => {
    const review = await send('POST', '/api/events/1/reviews', { action: 'edit', field: 'fatalities', value: '7', reviewer: 'ana' });
    expect(review.status).toBe(201);
    const reviews = (await (await app.request('/api/events/1/reviews')).json()) as Array<{ value: string }>;
    expect(reviews[0].value).toBe('7');
    const event = (await (await app.request('/api/events/1')).json()) as { reviewStatus: string; fatalities: { min: number } };
    expect(event).toMatchObject({ reviewStatus: 'edited', fatalities: { min: 6 } });
    expect((await app.request('/api/events/9/reviews')).status).toBe(404);
  });

  it('adds and removes aliases, merges and undoes', async () => {
    expect(await (await send('POST', `/api/actors/${TALIBAN.id}/aliases`, { alias: 'IEA' })).json()).toContainEqual({ alias: 'IEA', origin: 'analyst' });
    expect((await send('DELETE', `/api/actors/${TALIBAN.id}/aliases`, { alias: 'IEA' })).status).toBe(200);
    const merge = (await (await send('POST', `/api/actors/${TALIBAN.id}/merge`, { mergeId: ISKP.id })).json()) as { id: number };
    expect((await app.request(`/api/actors/${ISKP.id}`)).status).toBe(404);
    expect((await send('POST', `/api/merges/${merge.id}/undo`, {})).status).toBe(200);
    expect((await app.request(`/api/actors/${ISKP.id}`)).status).toBe(200);
    expect((await send('POST', `/api/merges/${merge.id}/undo`, {})).status).toBe(400);
  });

  it('exports the filtered events as CSV, JSONL and GeoJSON', async () => {
    const csv = await (await app.request('/api/events/export?country=AF')).text();
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect((await (await app.request('/api/events/export?country=FR')).text()).trim().split('\r\n')).toHaveLength(1);
    const jsonl = (await (await app.request('/api/events/export?format=jsonl')).text()).trim().split('\n');
    expect(JSON.parse(jsonl[0])).toMatchObject({ attackType: 'Bombing/Explosion' });
    const geo = (await (await app.request('/api/events/export?format=geojson')).json()) as { features: Array<{ geometry: { coordinates: number[] } }> };
    expect(geo.features[0].geometry.coordinates).toEqual([69.17233, 34.52813]);
    expect((await app.request('/api/events/export?format=xls')).status).toBe(400);
  });

  it('sets a strict Content-Security-Policy on pages and API', async () => {
    for (const path of ['/', '/api/health']) {
      expect((await app.request(path)).headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    }
  });
});
