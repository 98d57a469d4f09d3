import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { ISKP, MUJAHID, kabulBombing, plainReport } from '../store/testing/documents.js';
import type { Store } from '../store/types.js';
import { createApi } from './app.js';
import { openApiPath } from './openapi.js';
import { OPENAPI_PATH, ROUTES } from './routes.js';
import { serveApi } from './serve.js';

let store: Store;
let app: ReturnType<typeof createApi>;
let articleId: number;
const unexpected: unknown[] = [];

async function get(path: string): Promise<{ status: number; body: any; text: string }> {
  const response = await app.request(path);
  const text = await response.text();
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return { status: response.status, body: JSON.parse(text), text };
}

beforeAll(async () => {
  store = await openStore(':memory:');
  ({ articleId } = await store.saveDocument(kabulBombing()));
  for (let i = 1; i <= 60; i++) await store.saveDocument(plainReport(i, `Ceasefire talks continued, round ${i}.`));
  await store.addComment({ targetType: 'article', targetId: articleId, authorName: 'Reviewer', email: 'secret-reviewer@example.org', body: 'Check the toll.' });
  await store.addComment({ targetType: 'actor', targetId: ISKP.id, authorName: 'Reviewer', email: 'secret-reviewer@example.org', body: 'Alias list incomplete.' });
  app = createApi(store, { onUnexpectedError: (error) => unexpected.push(error) });
});

afterAll(async () => {
  await store.close();
});

describe('HTTP API', () => {
  it('answers health', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', engine: 'sqlite' });
  });

  it('lists articles with default and explicit paging', async () => {
    const first = await get('/api/articles');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.total).toBe(61);
    expect(first.body.limit).toBe(50);
    const next = await get(`/api/articles?cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(next.body.items).toHaveLength(11);
    expect(next.body.nextCursor).toBeNull();
    const ids = new Set([...first.body.items, ...next.body.items].map((a: { id: number }) => a.id));
    expect(ids.size).toBe(61);
    const offset = await get('/api/articles?limit=5&offset=10');
    expect(offset.body.items.map((a: { id: number }) => a.id)).toEqual(first.body.items.slice(10, 15).map((a: { id: number }) => a.id));
  });

  it('filters articles', async () => {
    const { body } = await get('/api/articles?site=Example%20News&from=2024-03-01');
    expect(body.items.map((a: { id: number }) => a.id)).toEqual([articleId]);
  });

  it.each([
    ['/api/articles?limit=0', 'limit'],
    ['/api/articles?limit=501', 'limit'],
    ['/api/articles?limit=ten', 'limit'],
    ['/api/articles?offset=-1', 'offset'],
    ['/api/articles?from=yesterday', 'from'],
    ['/api/events?from=2024-02-30', 'from'],
    ['/api/articles?cursor=bogus', 'cursor'],
    ['/api/articles?sit=BBC', 'sit'],
    ['/api/articles?limit=1&limit=2', 'limit'],
    ['/api/actors?kind=wizard', 'kind'],
    ['/api/events?country=AFG', 'country'],
    ['/api/quotes?direct=maybe', 'direct'],
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    ['/api/search?q=%22', 'search'],
    ['/api/search?q=AND%20OR', 'search'],
    ['/api/search?q=*', 'search'],
    ['/api/articles/abc', 'id'],
    ['/api/articles/0', 'id'],
    ['/api/events/1.5', 'id'],
  ])('refuses %s with 400 and a JSON error', async (path, word) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('E040');
    expect(body.error.message).toContain(word);
  });

  it.each(['/api/articles/99999', '/api/actors/nobody', '/api/events/99999', '/api/nothing-here'])(
    'answers %s with 404 JSON',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body.error.code).toBe('E041');
    },
  );

  it('returns an article with all its annotations', async () => {
    const { status, body } = await get(`/api/articles/${articleId}`);
    expect(status).toBe(200);
    expect(body.text).toContain('Zabihullah Mujahid');
    expect(body.mentions).toHaveLength(4);
    expect(body.quotes[0].speaker.actorId).toBe(MUJAHID.id);
    expect(body.events[0].sources).toHaveLength(1);
    expect(body.claims).toHaveLength(1);
    expect(body.comments[0].body).toBe('Check the toll.');
  });

  it('searches with ranking and snippets', async () => {
    const { status, body } = await get('/api/search?q=ceasefire%20talks&limit=3');
    expect(status).toBe(200);
    expect(body.total).toBe(60);
    expect(body.items).toHaveLength(3);
    expect(body.items[0].snippet).toMatch(/Ceasefire talks/);
    expect(body.items[0].highlights.length).toBe(2);
  });

  it('serves actors, events, quotes, claims and stats', async () => {
    expect((await get('/api/actors?kind=armed_group')).body.items.map((a: { id: string }) => a.id)).toContain(ISKP.id);
    const actor = await get(`/api/actors/${ISKP.id}`);
    expect(actor.body.aliases.map((a: { alias: string }) => a.alias)).toContain('ISKP');
    expect((await get(`/api/events?actor=${ISKP.id}&country=af`)).body.total).toBe(1);
    const event = (await get('/api/events')).body.items[0];
    expect((await get(`/api/events/${event.id}`)).body.sources[0].articleId).toBe(articleId);
    expect((await get('/api/quotes?speaker=mujahid')).body.total).toBe(1);
    expect((await get('/api/claims?q=140')).body.total).toBe(1);
    expect((await get('/api/stats')).body).toMatchObject({ articles: 61, events: 1, comments: 2 });
  });

  it('never returns a commenter email on any route', async () => {
    const paths = [`/api/articles/${articleId}`, `/api/actors/${ISKP.id}`, '/api/articles', '/api/stats'];
    for (const path of paths) {
      const { text } = await get(path);
      expect(text).not.toContain('secret-reviewer');
      expect(text).not.toMatch(/"email"/);
    }
  });

  it('turns an unexpected failure into a 500 without a stack', async () => {
    const broken = createApi(
      { ...store, engine: 'sqlite', stats: async () => { throw new Error('disk on fire at /secret/path'); } } as Store,
      { onUnexpectedError: (error) => unexpected.push(error) },
    );
    const response = await broken.request('/api/stats');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'E500', message: 'internal error' } });
    expect(text).not.toContain('/secret/path');
    expect(unexpected.length).toBeGreaterThan(0);
  });
});

describe('OpenAPI document', () => {
  it('lists every route with its parameters', async () => {
    const { status, body } = await get(OPENAPI_PATH);
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = body.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, route.path).toBeDefined();
      const names = operation.parameters.map((p: { name: string }) => p.name).sort();
      const expected = [...Object.keys(route.params?.shape ?? {}), ...Object.keys(route.query?.shape ?? {})].sort();
      expect(names, route.path).toEqual(expected);
    }
    expect(body.paths['/api/articles/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(body.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'q').required).toBe(true);
    expect(body.paths[OPENAPI_PATH]).toBeDefined();
  });

  it('has the routes the issue asks for', () => {
    const paths = ROUTES.map((r) => r.path);
    for (const path of ['/api/health', '/api/articles', '/api/articles/:id', '/api/search', '/api/actors', '/api/actors/:id', '/api/events', '/api/quotes', '/api/claims', '/api/stats']) {
      expect(paths).toContain(path);
    }
  });
});

describe('serveApi', () => {
  it('serves on loopback and closes', async () => {
    const server = await serveApi({ store, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    } finally {
      await server.close();
    }
  });

  it('reports a busy port with E080', async () => {
    const first = await serveApi({ store, port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      await expect(serveApi({ store, port })).rejects.toMatchObject({ code: 'E080' });
    } finally {
      await first.close();
    }
  });
});
