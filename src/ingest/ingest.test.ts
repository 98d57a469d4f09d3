import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, html, redirect, startServer, status, type TestServer } from '../../test/fixtures/ingest/http-server.js';
import { contentHash } from './raw.js';
import { ingestSources, type IngestItem, type IngestOptions } from './ingest.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (rel: string): string => path.join(FIXTURES, rel);
const NOW = new Date('2024-05-01T12:00:00Z');

let tmp: string;
let server: TestServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'sitrep-ingest-'));
  const aden = readFileSync(fixture('wikinews/aden-journalist.html'));
  const reading = readFileSync(fixture('wikinews/reading-stabbing.txt'), 'utf8');
  const readingPage = `<!DOCTYPE html><html><head><title>Reading</title></head><body>${reading
    .split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
  server = await startServer({
    '/aden': bytes(aden, 'text/html; charset=utf-8'),
    '/reading': html(readingPage),
    '/moved': redirect('/reading', 301),
    '/latin': bytes(Uint8Array.from([...Buffer.from('<p>The minister'), 0x92, ...Buffer.from('s statement</p>')]), 'text/html'),
    '/plain': bytes(Buffer.from('Plain wire copy.\n\nSecond paragraph.'), 'text/plain; charset=utf-8'),
    '/feed': (_req, res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(readFileSync(fixture('feeds/full-text.rss'), 'utf8').replaceAll('{{BASE}}', base)),
    '/feed-404-items': (_req, res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<rss version="2.0"><channel><item><title>Gone</title><link>${base}/gone</link></item>` +
        `<item><title>Here</title><link>${base}/reading</link></item></channel></rss>`),
    '/bad-feed': bytes(Buffer.from('<html><body>Maintenance</body>'), 'application/rss+xml'),
    '/gone': status(404),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const LOCAL: IngestOptions = { allowPrivate: true, timeoutMs: 300, now: () => NOW };

async function collect(inputs: string[], options: IngestOptions = LOCAL): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingestSources(inputs, options)) items.push(item);
  return items;
}

function write(name: string, data: string | Uint8Array): string {
  const file = path.join(tmp, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}

function ok(item: IngestItem | undefined) {
  if (!item?.ok) throw new Error(`expected a document, got ${item ? item.error.format() : 'nothing'}`);
  return item.doc;
}

function failed(item: IngestItem | undefined) {
  if (!item || item.ok) throw new Error('expected a failure');
  return item;
}

describe('local files', () => {
  it('reads a plain-text file as text/plain with source and raw layers', async () => {
    const file = fixture('wikinews/reading-stabbing.txt');
    const [item] = await collect([file]);
    const doc = ok(item);
    const text = readFileSync(file, 'utf8');
    expect(doc.source).toEqual({ kind: 'file', location: file, retrievedAt: NOW.toISOString() });
    expect(doc.raw).toEqual({ mediaType: 'text/plain', content: text, charset: 'utf-8', contentHash: contentHash(text) });
    expect(doc.raw?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads HTML, .html.gz, and sniffs a file with an unknown extension', async () => {
    const page = readFileSync(fixture('wikinews/aden-journalist.html'));
    const gz = write('aden.html.gz', gzipSync(page));
    const odd = write('aden.page', page);
    const items = await collect([fixture('wikinews/aden-journalist.html'), gz, odd]);
    for (const item of items) {
      const doc = ok(item);
      expect(doc.raw?.mediaType).toBe('text/html');
      expect(doc.raw?.content).toContain('al-Quaety');
      expect(doc.raw?.content).toContain('nation’s');
    }
    // Same text, same hash: re-ingesting it in another wrapping changes nothing.
    expect(new Set(items.map((i) => ok(i).raw?.contentHash)).size).toBe(1);
  });

  it('accepts malformed HTML as text/html (the article stage copes with it)', async () => {
    const [item] = await collect([fixture('malformed.html')]);
    expect(ok(item).raw?.mediaType).toBe('text/html');
  });

  it('falls back to windows-1252 for an undeclared non-UTF-8 file (0x92 → ’)', async () => {
    const file = write('cp1252.txt', Uint8Array.from([...Buffer.from('The general'), 0x92, ...Buffer.from('s forces')]));
    const doc = ok((await collect([file]))[0]);
    expect(doc.raw).toMatchObject({ content: 'The general’s forces', charset: 'windows-1252' });
  });

  it('decodes a UTF-16 file with a BOM and an HTML file by its <meta charset>', async () => {
    const utf16 = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv — talks resumed', 'utf16le')]));
    const koi = write('koi8.html', Uint8Array.from([...Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>'),
      0xf0, 0xd2, 0xc9, ...Buffer.from('</p></body></html>')]));
    const [a, b] = await collect([utf16, koi]);
    expect(ok(a).raw).toMatchObject({ content: 'Kyiv — talks resumed', charset: 'utf-16le' });
    expect(ok(b).raw).toMatchObject({ charset: 'koi8-r', content: expect.stringContaining('<p>При</p>') });
  });

  it('reports an empty file (E001), a binary file (E002) and a file over the limit (E003)', async () => {
    const empty = write('empty.txt', '');
    const blank = write('blank.html', '  \n\n  ');
    const binary = write('photo.txt', Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0xff, 0xfe, 0x00]));
    const large = write('large.txt', 'x'.repeat(2_000));
    const items = await collect([empty, blank, binary, large], { ...LOCAL, maxBytes: 1_000 });
    expect(items.map((i) => failed(i).error.code)).toEqual(['E001', 'E001', 'E002', 'E003']);
    expect(failed(items[3]).location).toBe(large);
    expect(failed(items[3]).error.message).toContain('over the 1000 bytes limit');
  });

  it('reports a missing path (E005), a known unsupported type (E006) and a non-http scheme (E010)', async () => {
    const pdf = write('report.pdf', '%PDF-1.4');
    const items = await collect([path.join(tmp, 'nope.txt'), pdf, 'ftp://example.org/a.txt']);
    expect(items.map((i) => failed(i).error.code)).toEqual(['E005', 'E006', 'E010']);
  });

  it('reads standard input for "-"', async () => {
    const [item] = await collect(['-'], { ...LOCAL, stdin: Readable.from([Buffer.from('<p>From a pipe</p>'), Buffer.from('<p>two</p>')]) });
    expect(ok(item).source).toMatchObject({ kind: 'stdin', location: '-' });
    expect(ok(item).raw).toMatchObject({ mediaType: 'text/html', content: '<p>From a pipe</p><p>two</p>' });
    const [empty] = await collect(['-'], { ...LOCAL, stdin: Readable.from([]) });
    expect(failed(empty).error.code).toBe('E001');
  });
});

describe('directories', () => {
  it('walks recursively in sorted order, skipping hidden files and unsupported names', async () => {
    const totals: number[] = [];
    const items = await collect([fixture('corpus')], { ...LOCAL, onDiscovered: (n) => totals.push(n) });
    expect(items.map((i) => path.relative(FIXTURES, ok(i).source.location))).toEqual([
      path.join('corpus', 'a-report.txt'),
      path.join('corpus', 'sub', 'b-page.html'),
    ]);
    expect(items.map((i) => ok(i).raw?.mediaType)).toEqual(['text/plain', 'text/html']);
    expect(totals).toEqual([1, 2]);
  });

  it('reports a directory with nothing to ingest (E006) and keeps going', async () => {
    const dir = path.join(tmp, 'nothing');
    write('nothing/notes.md', '# notes');
    write('nothing/.hidden.txt', 'hidden');
    const items = await collect([dir, fixture('malformed.html')]);
    expect(failed(items[0]).error.code).toBe('E006');
    expect(failed(items[0]).error.message).toContain('1 other file skipped');
    expect(ok(items[1]).raw?.mediaType).toBe('text/html');
  });

  it('expands feeds found in a directory and gives one failure per bad file', async () => {
    write('mixed/a.txt', 'A report.');
    write('mixed/b-empty.txt', '');
    write('mixed/c.atom', readFileSync(fixture('feeds/atom.xml')));
    const items = await collect([path.join(tmp, 'mixed')]);
    expect(items.map((i) => (i.ok ? i.doc.source.kind : i.error.code))).toEqual(['file', 'E001', 'feed-item', 'feed-item']);
  });
});

describe('URLs and feeds', () => {
  it('fetches a page, following redirects, and records the final URL', async () => {
    const [item] = await collect([`${server.base}/moved`]);
    const doc = ok(item);
    expect(doc.source).toEqual({ kind: 'url', location: `${server.base}/moved`, url: `${server.base}/reading`, retrievedAt: NOW.toISOString() });
    expect(doc.raw?.mediaType).toBe('text/html');
  });

  it('decodes a page without charset as windows-1252 when it is not UTF-8, and text/plain as text', async () => {
    const [latin, plain] = await collect([`${server.base}/latin`, `${server.base}/plain`]);
    expect(ok(latin).raw).toMatchObject({ content: '<p>The minister’s statement</p>', charset: 'windows-1252' });
    expect(ok(plain).raw?.mediaType).toBe('text/plain');
  });

  it('expands an RSS feed URL: full-text items used as is, teaser items fetched', async () => {
    const totals: number[] = [];
    const items = await collect([`${server.base}/feed`], { ...LOCAL, onDiscovered: (n) => totals.push(n) });
    expect(totals).toEqual([1, 2]);
    const [full, fetched] = items.map(ok);
    expect(full.source).toMatchObject({
      kind: 'feed-item', location: `${server.base}/aden`, feedUrl: `${server.base}/feed`,
      publishedHint: '2020-06-03T14:30:00.000Z', titleHint: 'Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden',
    });
    expect(full.raw?.mediaType).toBe('text/html');
    expect(full.raw?.content).toContain('<title>Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden</title>');
    expect(full.raw?.content).toContain('Rory Peck Awards');
    expect(fetched.source).toMatchObject({ kind: 'feed-item', location: `${server.base}/reading`, url: `${server.base}/reading` });
    expect(fetched.raw?.content).toContain('Forbury Gardens');
    // The full-text item was not fetched.
    expect(server.hits).not.toContain('/aden');
  });

  it('expands a feed given as a local file, fetching item links', async () => {
    const feed = write('local.rss', readFileSync(fixture('feeds/full-text.rss'), 'utf8').replaceAll('{{BASE}}', server.base));
    const items = await collect([feed]);
    expect(items.map((i) => ok(i).source.feedUrl)).toEqual([feed, feed]);
    expect(ok(items[1]).raw?.content).toContain('Forbury Gardens');
  });

  it('gives one failure per bad feed item and keeps the good ones', async () => {
    const items = await collect([`${server.base}/feed-404-items`]);
    expect(failed(items[0])).toMatchObject({ location: `${server.base}/gone`, error: { code: 'E012' } });
    expect(ok(items[1]).source.titleHint).toBe('Here');
  });

  it('uses short Atom content when the entry has no link', async () => {
    const items = await collect([fixture('feeds/atom.xml')]);
    const short = ok(items[1]);
    expect(short.source.location).toBe(`${fixture('feeds/atom.xml')}#item-2`);
    expect(short.raw?.content).toContain('Only a <b>short</b> summary');
  });

  it('reports a feed that is not XML (E020) and a feed without items (E021)', async () => {
    const items = await collect([fixture('feeds/not-a-feed.xml'), fixture('feeds/empty.rss'), `${server.base}/bad-feed`]);
    expect(items.map((i) => failed(i).error.code)).toEqual(['E020', 'E021', 'E020']);
  });

  it('refuses the local server without allowPrivate (E011), and the rest still runs', async () => {
    const items = await collect([`${server.base}/reading`, fixture('malformed.html')], { timeoutMs: 300, now: () => NOW });
    expect(failed(items[0]).error.code).toBe('E011');
    expect(ok(items[1]).source.kind).toBe('file');
  });

  it('refuses feed item links that point at private addresses', async () => {
    const feed = write('private.rss', readFileSync(fixture('feeds/full-text.rss'), 'utf8').replaceAll('{{BASE}}', server.base));
    const items = await collect([feed], { timeoutMs: 300 });
    // The full-text item needs no fetch; the teaser's link is on 127.0.0.1.
    expect(ok(items[0]).source.kind).toBe('feed-item');
    expect(failed(items[1]).error.code).toBe('E011');
  });
});
