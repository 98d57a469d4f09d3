// The ingest box's file upload, in process: type, size and count checks, CSRF, and per-file results that link to
// the stored articles. The real pipeline runs (its models load in about a second).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestItemResult } from '../app/ingest.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { createServerApp } from './app.js';
import { CSRF_COOKIE, CSRF_FIELD } from './csrf.js';
import { MAX_FILE_BYTES, MAX_UPLOAD_FILES } from './upload.js';

const TOKEN = 'test-token-0123456789abcdef';
const STORY = 'Gunmen attacked a police checkpoint in Peshawar on Tuesday, killing two officers, police said.';
const HTML_STORY = '<html><head><title>Flood in Sylhet</title></head><body><article><h1>Flood in Sylhet</h1>' +
  '<p>Heavy rain flooded villages near Sylhet on Sunday and thousands of families left their homes, officials said.</p>' +
  '<p>Relief teams reached the area by boat on Monday.</p></article></body></html>';

let store: Store;
let app: ReturnType<typeof createServerApp>;
beforeAll(async () => {
  store = await openStore(':memory:');
  app = createServerApp(store, { onUnexpectedError: (e) => { throw e; } });
});
afterAll(() => store.close());

function upload(files: File[], token = TOKEN): Promise<Response> {
  const body = new FormData();
  body.set(CSRF_FIELD, token);
  for (const file of files) body.append('files', file);
  return Promise.resolve(
    app.request('/ingest/files', { method: 'POST', body, headers: { host: 'localhost', origin: 'http://localhost', cookie: `${CSRF_COOKIE}=${TOKEN}` } }),
  );
}

/** The results table: [input, status, article link or ''] per row. */
function rows(page: string): Array<[string, string, string]> {
  const body = page.slice(page.indexOf('<tbody>'), page.indexOf('</tbody>'));
  return [...body.matchAll(/<tr data-status="(\w+)"><td>([^<]*)[\s\S]*?<\/tr>/g)].map((m) => {
    const link = /href="(\/articles\/\d+)"/.exec(m[0]);
    return [m[2], m[1], link ? link[1] : ''];
  });
}

describe('ingest box: files', () => {
  it('ingests each file and links every stored article; again, they are unchanged', async () => {
    const files = [new File([STORY], 'checkpoint.txt', { type: 'text/plain' }), new File([HTML_STORY], 'flood.html', { type: 'text/html' })];
    const first = await upload(files);
    expect(first.status).toBe(200);
    const page = await first.text();
    const listed = rows(page);
    expect(listed.map(([input, status]) => [input, status])).toEqual([
      ['checkpoint.txt', 'ingested'],
      ['flood.html', 'ingested'],
    ]);
    for (const [, , link] of listed) {
      const article = await store.getArticle(Number(link.split('/').pop()));
      expect(article).not.toBeNull();
    }
    expect(page).toContain('Ingested 2, updated 0, unchanged 0, failed 0.');
    expect(rows(await (await upload(files)).text()).map(([, status]) => status)).toEqual(['unchanged', 'unchanged']);
  });

  it('refuses wrong types, binary, empty and oversized files one by one, with their codes', async () => {
    const page = await (
      await upload([
        new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }),
        new File(['GIF89a'], 'disguised.txt', { type: 'image/gif' }),
        new File([new Uint8Array([72, 105, 0, 1, 2])], 'binary.txt', { type: '' }),
        new File([''], 'empty.txt', { type: 'text/plain' }),
        new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(65)], 'huge.txt', { type: 'text/plain' }),
        new File([STORY.replace('two', 'three')], 'good.txt', { type: 'text/plain' }),
      ])
    ).text();
    expect(rows(page).map(([input, status]) => `${input} ${status}`)).toEqual([
      'report.pdf failed', 'disguised.txt failed', 'binary.txt failed', 'empty.txt failed', 'huge.txt failed', 'good.txt ingested',
    ]);
    for (const code of ['E006', 'E002', 'E001', 'E003']) expect(page).toContain(`<code>${code}</code>`);
  });

  it('refuses an upload without the form token, or with too many files', async () => {
    const one = [new File([STORY], 'a.txt', { type: 'text/plain' })];
    expect((await upload(one, 'wrong-token-0123456789abcd')).status).toBe(400);
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => new File([`${STORY} ${i}`], `${i}.txt`));
    const response = await upload(many);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('too many files');
  });

  it('serves the drop-zone script as a same-origin file, and the page loads it without inline script', async () => {
    const script = await app.request('/assets/ingest.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain("getElementById('dropzone')");
    const page = await (await app.request('/ingest')).text();
    expect(page).toContain('<script src="/assets/ingest.js" defer></script>');
    expect(page).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(page).toContain('enctype="multipart/form-data"');
  });

  it('reports pasted text with a link to its article', async () => {
    const body = new URLSearchParams({ [CSRF_FIELD]: TOKEN, text: STORY.replace('Tuesday', 'Friday') });
    const response = await app.request('/ingest', {
      method: 'POST',
      body,
      headers: { host: 'localhost', origin: 'http://localhost', cookie: `${CSRF_COOKIE}=${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const listed = rows(await response.text());
    expect(listed).toHaveLength(1);
    expect(listed[0][0]).toBe('pasted text');
    expect(listed[0][1]).toBe('ingested');
    expect(listed[0][2]).toMatch(/^\/articles\/\d+$/);
  });
});

describe('ingest service: per-item results', () => {
  it('gives each stored document its article id, and each failure its code', async () => {
    const { ingestIntoStore } = await import('../app/ingest.js');
    const items: IngestItemResult[] = [];
    const summary = await ingestIntoStore(['-', '/nonexistent/file.txt'], store, {
      stdin: (async function* () {
        yield 'A car bomb exploded outside a court in Mogadishu on Wednesday, killing five people, police said.';
      })(),
      onItem: (item) => items.push(item),
    });
    expect(summary.ingested).toBe(1);
    // Failures are told at once, stored documents when their batch is saved.
    expect(items.map((i) => i.status).sort()).toEqual(['failed', 'ingested']);
    const stored = items.find((i) => i.status === 'ingested') as Exclude<IngestItemResult, { status: 'failed' }>;
    const article = await store.getArticle(stored.articleId);
    expect(`${article?.title}\n${article?.text}`).toContain('Mogadishu');
    expect(stored.title).toBe(article?.title);
    expect((items.find((i) => i.status === 'failed') as Extract<IngestItemResult, { status: 'failed' }>).error.code).toBe('E005');
  });
});
