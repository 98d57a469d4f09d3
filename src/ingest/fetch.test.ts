import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import {
  bigChunked, bytes, gzipped, html, redirect, slow, stallingBody, startServer, status, type TestServer,
} from '../../test/fixtures/ingest/http-server.js';
import { assertPublicHost, forbiddenRange, guardedLookup } from './address.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { USER_AGENT } from './limits.js';
import type { FetchLike } from './transport.js';

let server: TestServer;
const PAGE = '<!DOCTYPE html><html><head><title>Page</title></head><body><p>Report text.</p></body></html>';
// Generous for pages that answer at once (the test machine may be busy); the timeout tests use SHORT.
const LOCAL: FetchOptions = { allowPrivate: true, timeoutMs: 5_000 };
const SHORT: FetchOptions = { ...LOCAL, timeoutMs: 300 };

beforeAll(async () => {
  server = await startServer({
    '/page': html(PAGE),
    '/ua': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers['user-agent'] ?? ''),
    '/gzip': gzipped(PAGE, 'text/html'),
    '/404': status(404),
    '/500': status(500),
    '/slow': slow(5_000),
    '/stall': stallingBody(5_000),
    '/image': bytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'image/png'),
    '/pdf': bytes(new TextEncoder().encode('%PDF-1.4'), 'application/pdf'),
    '/big': bigChunked(64 * 1024),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a', 301),
    '/hop/1': redirect('/hop/2'),
    '/hop/2': redirect('/hop/3', 307),
    '/hop/3': redirect('/page', 308),
    '/no-location': (_req, res) => res.writeHead(302).end(),
    '/to-ftp': redirect('ftp://files.example/report.txt'),
  });
});
afterAll(() => server.close());

async function errorOf(promise: Promise<unknown>): Promise<SitrepError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SitrepError);
    return error as SitrepError;
  }
  throw new Error('expected a SitrepError');
}

describe('fetchUrl against a local server (allowPrivate)', () => {
  it('fetches a page with its content type and a Sitrep User-Agent', async () => {
    const page = await fetchUrl(`${server.base}/page`, LOCAL);
    expect(page.status).toBe(200);
    expect(page.declared).toBe('html');
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    const ua = await fetchUrl(`${server.base}/ua`, LOCAL);
    expect(new TextDecoder().decode(ua.bytes)).toBe(USER_AGENT);
  });

  it('decodes Content-Encoding: gzip', async () => {
    const page = await fetchUrl(`${server.base}/gzip`, LOCAL);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it('follows redirects (302, 307, 308) and reports the final URL', async () => {
    const page = await fetchUrl(`${server.base}/hop/1`, LOCAL);
    expect(page.url).toBe(`${server.base}/page`);
  });

  it('refuses more redirects than allowed (E014)', async () => {
    const error = await errorOf(fetchUrl(`${server.base}/hop/1`, { ...LOCAL, maxRedirects: 2 }));
    expect(error.code).toBe('E014');
    expect(error.message).toContain('more than 2');
  });

  it('detects a redirect loop (E014) and names the hops', async () => {
    const error = await errorOf(fetchUrl(`${server.base}/loop-a`, LOCAL));
    expect(error.code).toBe('E014');
    expect(error.message).toBe(`redirect loop: ${server.base}/loop-a → ${server.base}/loop-b → ${server.base}/loop-a`);
  });

  it('reports 404 and 500 with the status (E012)', async () => {
    const notFound = await errorOf(fetchUrl(`${server.base}/404`, LOCAL));
    expect(notFound.code).toBe('E012');
    expect(notFound.format()).toBe(`sitrep E012: ${server.base}/404 answered 404 Not Found — check the URL`);
    const failed = await errorOf(fetchUrl(`${server.base}/500`, LOCAL));
    expect(failed.code).toBe('E012');
    expect(failed.message).toContain('answered 500');
  });

  it('gives up on a server that does not answer in time (E013)', async () => {
    const started = Date.now();
    const error = await errorOf(fetchUrl(`${server.base}/slow`, SHORT));
    expect(error.code).toBe('E013');
    expect(error.message).toContain('within 300 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a body that stalls (E013)', async () => {
    expect((await errorOf(fetchUrl(`${server.base}/stall`, SHORT))).code).toBe('E013');
  });

  it('refuses non-text content types (E015)', async () => {
    const image = await errorOf(fetchUrl(`${server.base}/image`, LOCAL));
    expect(image.code).toBe('E015');
    expect(image.message).toContain('image/png');
    expect((await errorOf(fetchUrl(`${server.base}/pdf`, LOCAL))).code).toBe('E015');
  });

  it('stops reading at the byte limit (E003)', async () => {
    const error = await errorOf(fetchUrl(`${server.base}/big`, { ...LOCAL, maxBytes: 8 * 1024 }));
    expect(error.code).toBe('E003');
    const whole = await fetchUrl(`${server.base}/big`, LOCAL);
    expect(whole.bytes.length).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('refuses non-http URLs and redirects to them (E010), and broken redirects (E012)', async () => {
    expect((await errorOf(fetchUrl('ftp://files.example/a.txt', LOCAL))).code).toBe('E010');
    expect((await errorOf(fetchUrl('http://', LOCAL))).code).toBe('E010');
    expect((await errorOf(fetchUrl(`${server.base}/to-ftp`, LOCAL))).code).toBe('E010');
    expect((await errorOf(fetchUrl(`${server.base}/no-location`, LOCAL))).code).toBe('E012');
  });

  it('reports a refused connection as a network error (E016)', async () => {
    const closed = await startServer({});
    const base = closed.base;
    await closed.close();
    expect((await errorOf(fetchUrl(`${base}/page`, LOCAL))).code).toBe('E016');
  });
});

describe('private addresses', () => {
  it('refuses the local server without allowPrivate (E011), by literal IP and by name', async () => {
    const hitsBefore = server.hits.length;
    const literal = await errorOf(fetchUrl(`${server.base}/page`, { timeoutMs: 300 }));
    expect(literal.code).toBe('E011');
    expect(literal.hint).toContain('--allow-private');
    const byName = await errorOf(fetchUrl(`http://localhost:${server.port}/page`, { timeoutMs: 300 }));
    expect(byName.code).toBe('E011');
    expect(server.hits.length).toBe(hitsBefore);
  });

  it('refuses a redirect hop to a private address, checking every hop', async () => {
    const dns: Record<string, string> = { 'news.example': '93.184.216.34', 'intranet.example': '10.1.2.3' };
    const lookup = async (host: string): Promise<LookupAddress[]> => [{ address: dns[host], family: 4 }];
    const requested: string[] = [];
    const fakeFetch: FetchLike = async (url) => {
      requested.push(url);
      if (url === 'http://news.example/story') return new Response(null, { status: 302, headers: { location: 'http://intranet.example/admin' } });
      if (url === 'http://news.example/story2') return new Response(null, { status: 302, headers: { location: 'http://[::1]/x' } });
      return new Response(PAGE, { headers: { 'content-type': 'text/html' } });
    };
    const byName = await errorOf(fetchUrl('http://news.example/story', { fetch: fakeFetch, lookup }));
    expect(byName.code).toBe('E011');
    expect(byName.message).toContain('10.1.2.3');
    const literal = await errorOf(fetchUrl('http://news.example/story2', { fetch: fakeFetch, lookup }));
    expect(literal.code).toBe('E011');
    expect(requested).toEqual(['http://news.example/story', 'http://news.example/story2']);
    // The same chain is followed when private addresses are allowed.
    const allowed = await fetchUrl('http://news.example/story', { fetch: fakeFetch, lookup, allowPrivate: true });
    expect(allowed.url).toBe('http://intranet.example/admin');
  });

  it('refuses a name with any private address among its answers', async () => {
    const lookup = async (): Promise<LookupAddress[]> => [{ address: '93.184.216.34', family: 4 }, { address: 'fd00::1', family: 6 }];
    const error = await errorOf(assertPublicHost(new URL('https://mixed.example/'), lookup));
    expect(error.code).toBe('E011');
    expect(error.message).toContain('uniqueLocal');
  });

  it('classifies address ranges', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1']) {
      expect(forbiddenRange(address), address).toBeDefined();
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946']) {
      expect(forbiddenRange(address), address).toBeUndefined();
    }
  });

  it('refuses private answers at connect time too (DNS rebinding guard)', async () => {
    const error = await new Promise<unknown>((resolve) => guardedLookup('localhost', {}, (err) => resolve(err)));
    expect(error).toBeInstanceOf(SitrepError);
    expect((error as SitrepError).code).toBe('E011');
  });
});
